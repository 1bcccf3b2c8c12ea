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

/** The value to send for a 64-bit field, or undefined when it cannot be sent exactly (see toWireInt64). */
function wireInt64(value: unknown): number | bigint | undefined {
  if (typeof value === "bigint") return value;
  if (typeof value === "number") return Number.isSafeInteger(value) ? value : undefined;
  if (typeof value === "string" && DIGITS.test(value.trim())) {
    const big = BigInt(value.trim());
    return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
  }
  return undefined;
}

/** Why a value cannot be sent as a 64-bit integer. */
function int64Problem(value: unknown): string {
  if (typeof value === "number") {
    return Number.isInteger(value)
      ? `${value} is beyond Number.MAX_SAFE_INTEGER and has already lost digits; pass it as a bigint or a decimal string`
      : `expected an integer, got ${value}`;
  }
  return `expected an integer id (number, bigint or decimal string), got ${JSON.stringify(value) ?? typeof value}`;
}

/**
 * Checks one 64-bit value on its way out and returns what to send: numbers must be safe integers (a
 * larger number was already rounded when it was parsed, so sending it would address another order);
 * digit strings become bigint so the JSON carries the exact digits.
 */
export function toWireInt64(value: unknown, field: string): number | bigint {
  const wire = wireInt64(value);
  if (wire === undefined) throw new WooxRequestError(field, int64Problem(value));
  return wire;
}

/** A request object on its way out: int64 fields checked and converted, and whether it holds a bigint. */
export class Outgoing {
  hasBigint = false;

  /**
   * Returns the value with every int64 field (nested too) checked and converted: the value itself
   * when nothing changes, else a copy, so the caller's object is never modified. `where` ("body",
   * "query") only names a field in an error, and is extended only on the way into nested values.
   */
  prepare(value: unknown, where: string): unknown {
    if (typeof value === "bigint") this.hasBigint = true;
    if (value === null || typeof value !== "object") return value;
    if (Array.isArray(value)) {
      let out: unknown[] | undefined;
      for (let i = 0; i < value.length; i++) {
        const v: unknown = value[i];
        const w = typeof v === "object" && v !== null ? this.prepare(v, `${where}[${i}]`) : this.note(v);
        if (w !== v) (out ??= value.slice())[i] = w;
      }
      return out ?? value;
    }
    const obj = value as Record<string, unknown>;
    let out: Record<string, unknown> | undefined;
    for (const k in obj) {
      if (!Object.hasOwn(obj, k)) continue;
      const v = obj[k];
      let w: unknown;
      if (typeof v === "object" && v !== null) w = this.prepare(v, `${where}.${k}`);
      else if (v !== undefined && v !== null && int64Names.has(k)) {
        w = wireInt64(v);
        if (w === undefined) throw new WooxRequestError(`${where}.${k}`, int64Problem(v));
        if (typeof w === "bigint") this.hasBigint = true;
      } else w = this.note(v);
      if (w !== v) (out ??= { ...obj })[k] = w;
    }
    return out ?? obj;
  }

  private note(v: unknown): unknown {
    if (typeof v === "bigint") this.hasBigint = true;
    return v;
  }
}

/** Returns a request object with every int64 field checked and converted (nested too); see Outgoing. */
export function prepareOutgoing(value: unknown, path: string): unknown {
  return new Outgoing().prepare(value, path);
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
