import type { OperationId } from "@woox-sdk/types/operations";

/** One request and the response the sandbox sent, for tests that check every response against the spec. */
export interface ExchangeRecord {
  method: string;
  /** The request target as received: path and query. */
  target: string;
  /** The operation the request was routed to; undefined outside the spec (unknown paths, control routes). */
  operationId: OperationId | undefined;
  status: number;
  headers: Record<string, string>;
  /** The response body text. */
  body: string;
}

/** What is known of an exchange before the response: the request and where it was routed. */
export type RequestRecord = Pick<ExchangeRecord, "method" | "target" | "operationId">;
