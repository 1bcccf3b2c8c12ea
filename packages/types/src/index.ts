// Types only: everything here is generated from spec/openapi.yaml into openapi.gen.ts. Runtime values
// live in subpaths: "./operations" (the operation table), "./enums" (string enums), "./spec" (reading
// the bundled "./openapi.json").
export type * from "./openapi.gen.js";
export type * from "./operation-meta.js";
