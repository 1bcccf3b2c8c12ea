// Types only: everything here is generated from spec/openapi.yaml into openapi.gen.ts.
export type * from "./openapi.gen.js";
