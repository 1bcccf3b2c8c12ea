import { dec, type Dec } from "../decimal.js";
import { reject } from "../errors.js";

/**
 * Reading request bodies that the HTTP layer has already validated against the spec. Every field has the
 * JSON type its schema gives it (enums included), so these readers only pick the field out; the engine
 * walks nested bodies (an algo order's child orders) field by field rather than variant by variant.
 */

const field = (body: object, key: string): unknown => (body as Record<string, unknown>)[key];

/** A string field, as the enum type its schema gives it where it has one. */
export function text<T extends string = string>(body: object, key: string): T | undefined {
  const v = field(body, key);
  return typeof v === "string" ? (v as T) : undefined;
}

export function flag(body: object, key: string): boolean | undefined {
  const v = field(body, key);
  return typeof v === "boolean" ? v : undefined;
}

const INT64_MAX = 2n ** 63n - 1n;

/**
 * An int64 id as the lossless parser gives it (a number, or a bigint beyond 2^53), or as a string of
 * digits: the spec's Int64IdLoose, because the live API takes `"clientOrderId": "1954766344355779056"`.
 * A digit string beyond the int64 range is -1005 (the schema's pattern admits 19 digits).
 */
export function int64(v: unknown): bigint | undefined {
  if (typeof v === "bigint") return v;
  if (typeof v === "number") return BigInt(v);
  if (typeof v !== "string" || !/^\d+$/.test(v)) return undefined;
  const id = BigInt(v);
  if (id > INT64_MAX) reject("INVALID_PARAM", { detail: `${v} is out of the int64 range` });
  return id;
}

export const idField = (body: object, key: string): bigint | undefined => int64(field(body, key));

export function integer(body: object, key: string): number | undefined {
  const v = field(body, key);
  return typeof v === "number" ? v : undefined;
}

/** An array of objects, e.g. `childOrders`; empty when absent. */
export function objects(body: object, key: string): object[] {
  const v = field(body, key);
  return Array.isArray(v) ? (v as object[]) : [];
}

const SIZES = new Set(["quantity", "visibleQuantity", "amount"]);

/**
 * A decimal field. The spec's pattern admits plain decimals only, so the one way to fail here is more
 * than 12 places, which can be on no grid: -1104 SIZE_FILTER for quantities, -1103 PRICE_FILTER otherwise.
 */
export function decimal(body: object, key: string): Dec | undefined {
  const s = text(body, key);
  if (s === undefined) return undefined;
  const v = dec(s);
  if (v === undefined) reject(SIZES.has(key) ? "SIZE_FILTER" : "PRICE_FILTER");
  return v;
}
