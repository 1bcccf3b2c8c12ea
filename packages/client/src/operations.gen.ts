// generated — do not edit — regenerate with `pnpm gen`
// Source: spec/ (openapi.yaml, errors.yaml). Any change here is overwritten by the next `pnpm gen`.

/** Every operation of the spec: method, path, whether it is signed, its rate limit (x-rate-limit) and the error codes it documents (x-error-codes). */
export const operations = {
  getAlgoOrder: {"method":"GET","path":"/v3/trade/algoOrder","auth":true,"rateLimit":{"requests":10,"perMs":1000,"key":"account","source":"documented"},"errorCodes":[-1000,-1001,-1002,-1003,-1005,-1006,317152,317184]},
  placeAlgoOrder: {"method":"POST","path":"/v3/trade/algoOrder","auth":true,"rateLimit":{"requests":2,"perMs":1000,"key":"symbol","source":"documented"},"errorCodes":[-1000,-1001,-1002,-1003,-1004,-1005,-1011,-1012,-1101,-1102,-1103,-1104,-1105,302117,317139,317140,317141,317142,317143,317150,317151,317167]},
} as const;

export type OperationId = keyof typeof operations;
