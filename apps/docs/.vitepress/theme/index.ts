// The default VitePress theme plus the components that generated and guide pages use.
import { defineAsyncComponent } from "vue";
import DefaultTheme from "vitepress/theme";
import type { Theme } from "vitepress";
import "./style.css";

const theme: Theme = {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    // Async: the lookup bundles the whole error catalog, which only the pages that show it should load.
    app.component(
      "ErrorLookup",
      defineAsyncComponent(() => import("./components/ErrorLookup.vue")),
    );
    // Async too: it bundles @woox-sdk/client (and its error catalog) for the try-it page only.
    app.component(
      "TryIt",
      defineAsyncComponent(() => import("./components/TryIt.vue")),
    );
    // Async: it bundles @woox-sdk/streams (with the browser's WebSocket) for the stream page only.
    app.component(
      "TryStream",
      defineAsyncComponent(() => import("./components/TryStream.vue")),
    );
  },
};

export default theme;
