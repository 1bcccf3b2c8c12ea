// Lets tsc type-check the theme's imports of single-file components (their insides are checked by Vite).
declare module "*.vue" {
  import type { DefineComponent } from "vue";
  const component: DefineComponent<object, object, unknown>;
  export default component;
}
