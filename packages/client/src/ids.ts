import { int64Names } from "./operations.gen.js";

/** An id as callers may hold it: a safe number, a bigint, or a string of decimal digits. */
export type IdInput = number | bigint | string;

const DIGITS = /^-?\d+$/;

/** Thrown before sending when a request holds a value that cannot be sent as the spec requires. */
export class WooxRequestError extends TypeError {
  override readonly name = "WooxRequestError";
  /** Where in the request: e.g. "body.clientAlgoOrderId" or "query.algoOrderId". */
  readonly field: string;
  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.field = field;
  }
}

/**
 * Checks one 64-bit value on its way out and returns what to send: numbers must be safe integers (a
 * larger number was already rounded when it was parsed, so sending it would address another order);
 * digit strings become bigint so the JSON carries the exact digits.
 */
export function toWireInt64(value: unknown, field: string): number | bigint {
  if (typeof value === "bigint") return value;
  if (typeof value === "number") {
    if (!Number.isInteger(value)) throw new WooxRequestError(field, `expected an integer, got ${value}`);
    if (!Number.isSafeInteger(value)) {
      throw new WooxRequestError(
        field,
        `${value} is beyond Number.MAX_SAFE_INTEGER and has already lost digits; pass it as a bigint or a decimal string`,
      );
    }
    return value;
  }
  if (typeof value === "string" && DIGITS.test(value.trim())) {
    const big = BigInt(value.trim());
    return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
  }
  throw new WooxRequestError(
    field,
    `expected an integer id (number, bigint or decimal string), got ${JSON.stringify(typeof value === "bigint" ? String(value) : value) ?? typeof value}`,
  );
}

/** Returns a copy of a request object with every int64 field checked and converted (nested too). */
export function prepareOutgoing(value: unknown, path: string): unknown {
  if (Array.isArray(value)) return value.map((v, i) => prepareOutgoing(v, `${path}[${i}]`));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const field = `${path}.${k}`;
    if (v === undefined) continue;
    out[k] = int64Names.has(k) && typeof v !== "object" ? toWireInt64(v, field) : prepareOutgoing(v, field);
  }
  return out;
}

/**
 * Ids that the API sent as strings ("orderId": "1578938" has been seen) become numbers, or bigint
 * above 2^53, so that callers always get `number | bigint` as the types say. Mutates in place: the
 * object was just parsed and is not shared.
 */
export function normalizeIncoming(value: unknown): void {
  if (Array.isArray(value)) {
    for (const v of value) normalizeIncoming(v);
    return;
  }
  if (value === null || typeof value !== "object") return;
  const obj = value as Record<string, unknown>;
  for (const k in obj) {
    const v = obj[k];
    if (typeof v === "string") {
      if (int64Names.has(k) && DIGITS.test(v)) {
        const n = Number(v);
        obj[k] = Number.isSafeInteger(n) ? n : BigInt(v);
      }
    } else if (typeof v === "object" && v !== null) {
      normalizeIncoming(v);
    }
  }
}
