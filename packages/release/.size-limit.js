// Size budgets (`pnpm size`), minified and brotli-compressed with all dependencies. Raise a budget only
// on purpose, in the same change that makes the bundle bigger; lower it when a change makes it smaller,
// so that the budget stays the measured figure plus a few hundred bytes.
//
// What a dynamic import() reaches loads later, and browser bundlers put it in a chunk of its own: the
// catalog's prose behind `WooxApiError#explain()`, and the client's node:http wire, which is imported
// only in Node. The budgets hold what an app loads up front, so those chunks are left out of the bundle
// measured; a static import of the prose (as `@woox-sdk/errors/text` has) still counts.
const loadsLater = {
  name: "dynamic-imports-load-later",
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === "dynamic-import" ? { path: args.path, external: true } : undefined,
    );
  },
};
const initialLoad = {
  modifyEsbuildConfig: (config) => ({ ...config, plugins: [...(config.plugins ?? []), loadsLater] }),
};

export default [
  {
    name: "@woox-sdk/client: import { createWooxClient }",
    path: "../client/dist/index.js",
    import: "{ createWooxClient }",
    // What only a failure needs (WooxApiError with the catalog's rules, the transport errors, the retry loop
    // and its rules, reconciliation) loads on the first failure, unless the app imports those names itself;
    // openapi-fetch and its adapter on the first call with the caller's own headers or openapi-fetch options.
    // 10.40 -> 9.56 kB since the retry loop and openapi-fetch's adapter load later.
    limit: "9.8 kB",
    ...initialLoad,
  },
  {
    // The client that counts its bytes: the machinery of a call and the one row the app names.
    name: "@woox-sdk/client/core: import { createWooxCore, placeAlgoOrder }",
    path: "../client/dist/core.js",
    import: "{ createWooxCore, placeAlgoOrder }",
    // 6.95 -> 6.11 kB: the retry loop and openapi-fetch's adapter load later, parseJson is one regex.
    limit: "6.3 kB",
    ...initialLoad,
  },
  {
    name: "@woox-sdk/errors: import { WooxApiError }",
    path: "../errors/dist/index.js",
    import: "{ WooxApiError }",
    limit: "4 kB",
    ...initialLoad,
  },
  {
    name: "@woox-sdk/errors/woox-pro: import { wooxPro }",
    path: "../errors/dist/woox-pro.js",
    import: "{ wooxPro }",
    limit: "1.7 kB",
    ...initialLoad,
  },
  {
    // What the stream client adds to an app that already has the REST client (browser conditions: the
    // page's own WebSocket, no `ws`).
    name: "@woox-sdk/streams: import { withStreams }",
    path: "../streams/dist/index.js",
    import: "{ withStreams }",
    // 12.62 -> 13.07 kB since each row of the client's operation table carries its id (for
    // @woox-sdk/client/core); `operations` is the whole table, which the streams read. 12.85 kB since the
    // client's retry loop and openapi-fetch's adapter load later.
    limit: "13.0 kB",
    ...initialLoad,
  },
  {
    name: "@woox-sdk/errors/text: import { catalog } (all prose, for docs and tools)",
    path: "../errors/dist/text.js",
    import: "{ catalog }",
    // 12.41 kB built by tsc file by file, 12.56 kB bundled per entry (tools/build-package.mjs), 12.45 kB since
    // the base class is an entry of its own (@woox-sdk/errors/base).
    limit: "12.6 kB",
  },
];
