import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { securitySchemes } from "@woox-sdk/types/operations";
import { reject } from "../errors.js";

/** The request headers of the spec's security schemes (Node gives header names in lower case). */
const KEY = securitySchemes.apiKey.name.toLowerCase();
const TIMESTAMP = securitySchemes.apiTimestamp.name.toLowerCase();
const SIGNATURE = securitySchemes.apiSignature.name.toLowerCase();

/**
 * V3 signature check, written independently of @woox-sdk/client on purpose: if both sides shared one
 * helper, a bug in it would sign and verify wrongly in the same way and every test would still pass.
 *
 * signature = lowercase hex HMAC-SHA256(key = secret as UTF-8, timestamp + METHOD + target + body), where
 * `target` is the request target exactly as received (path plus "?query" when there is one) and `body`
 * the raw bytes received: nothing is re-serialised before checking.
 */
export function computeSignature(
  secret: string,
  timestamp: string,
  method: string,
  target: string,
  body: Uint8Array,
): string {
  return createHmac("sha256", Buffer.from(secret, "utf8"))
    .update(Buffer.from(`${timestamp}${method}${target}`, "utf8"))
    .update(body)
    .digest("hex");
}

/** Constant-time comparison of a received signature with the expected one. */
export function signatureMatches(expectedHex: string, receivedHex: string): boolean {
  const a = Buffer.from(expectedHex, "utf8");
  const b = Buffer.from(receivedHex, "utf8");
  // The length of a valid signature (64) is public, so leaving early on a length mismatch leaks nothing.
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The legacy docs reject requests whose timestamp is 300 s or more away from server time. */
export const TIMESTAMP_WINDOW_MS = 300_000;

export interface AuthInput {
  headers: IncomingHttpHeaders;
  method: string;
  target: string;
  body: Uint8Array;
  now: number;
  /**
   * The clock before a test moved it (advanceClock): a timestamp near either is inside the window, so a
   * client that signs with its own (real) clock keeps working after the sandbox clock jumps hours ahead.
   */
  unmovedNow?: number;
  secretOf(apiKey: string): string | undefined;
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * Checks the headers of the spec's security schemes (key, timestamp, signature) and returns the API key. Codes, from the catalog's descriptions:
 * - -1001 INVALID_SIGNATURE ("The api key or secret is in wrong format"): a header is missing or
 *   malformed (no key, timestamp not 13 digits, signature not 64 hex characters).
 * - -1002 UNAUTHORIZED ("API key or secret is invalid … expired/revoked"): the key is unknown, or the
 *   signature does not match, i.e. the secret used is not this key's. WOO X's own support article on
 *   -1002 is about wrong signatures, which is why a mismatch is -1002 and not -1001.
 * - 317179 RECEIVE_WINDOW_EXCEEDED (category "clock", recovery "resync"): the timestamp is 300 s or more
 *   from server time. Chosen over -1002 so that a client can tell a clock problem from a bad key and
 *   resync; its HTTP status (400) is the catalog's. After a test moved the sandbox clock, a timestamp
 *   near the unmoved clock is accepted too.
 */
export function authenticate(input: AuthInput): string {
  const apiKey = header(input.headers, KEY);
  const timestamp = header(input.headers, TIMESTAMP);
  const signature = header(input.headers, SIGNATURE);
  if (!apiKey) reject("INVALID_SIGNATURE", { detail: `The ${KEY} header is missing.` });
  if (!timestamp) reject("INVALID_SIGNATURE", { detail: `The ${TIMESTAMP} header is missing.` });
  if (!signature) reject("INVALID_SIGNATURE", { detail: `The ${SIGNATURE} header is missing.` });
  if (!/^\d{13}$/.test(timestamp))
    reject("INVALID_SIGNATURE", { detail: `${TIMESTAMP} must be 13 digits of Unix epoch milliseconds.` });
  if (!/^[0-9a-f]{64}$/.test(signature))
    reject("INVALID_SIGNATURE", { detail: `${SIGNATURE} must be 64 lowercase hex characters (HMAC-SHA256).` });
  const secret = input.secretOf(apiKey);
  if (secret === undefined) reject("UNAUTHORIZED", { detail: "The request is unauthorized: unknown API key." });
  const expected = computeSignature(secret, timestamp, input.method, input.target, input.body);
  if (!signatureMatches(expected, signature))
    reject("UNAUTHORIZED", { detail: "The request is unauthorized: signature mismatch." });
  const off = (clock: number) => Math.abs(clock - Number(timestamp)) >= TIMESTAMP_WINDOW_MS;
  if (off(input.now) && (input.unmovedNow === undefined || off(input.unmovedNow))) {
    reject("RECEIVE_WINDOW_EXCEEDED", { vars: { recv_window: String(TIMESTAMP_WINDOW_MS), api_timestamp: timestamp } });
  }
  return apiKey;
}
