import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { computeSignature, signatureMatches } from "../src/index.js";

// Pinned V3 vectors: secret and timestamp from the official docs, digests computed with openssl
// (`printf '%s' "$STRING" | openssl dgst -sha256 -hmac "$SECRET"`).
const SECRET = "QHKRXHPAW1MC9YGZMAT8YDJG2HPR";
const TS = "1578565539808";
const POST_BODY =
  '{"symbol":"PERP_BTC_USDT","side":"BUY","reduceOnly":false,"type":"MARKET","quantity":"1","algoType":"TRAILING_STOP","callbackRate":"100"}';

describe("signature verifier", () => {
  it("matches the pinned POST vector", () => {
    expect(computeSignature(SECRET, TS, "POST", "/v3/trade/algoOrder", Buffer.from(POST_BODY))).toBe(
      "a3fbbf1fbe5f88d00cb233b1e7dd5eba28a536f4a894fd667a4f99a12ed5464a",
    );
  });

  it("matches the pinned GET vector (query in the signed target, empty body)", () => {
    expect(computeSignature(SECRET, TS, "GET", "/v3/trade/algoOrder?algoOrderId=792420", Buffer.alloc(0))).toBe(
      "dc41787dfbf7a107ed6f0ed9ac0e07ba5a2f13fbe52ede2d2dfc405f13de44c6",
    );
  });

  it("signs the raw body bytes, so a re-serialised body does not verify", () => {
    const spaced = Buffer.from(POST_BODY.replace(/,/g, ", "));
    expect(computeSignature(SECRET, TS, "POST", "/v3/trade/algoOrder", spaced)).not.toBe(
      "a3fbbf1fbe5f88d00cb233b1e7dd5eba28a536f4a894fd667a4f99a12ed5464a",
    );
    // Multi-byte UTF-8 in the body is hashed as bytes, the same as node:crypto over the whole string.
    const body = Buffer.from('{"algoOrderTag":"été"}');
    expect(computeSignature(SECRET, TS, "POST", "/p", body)).toBe(
      createHmac("sha256", SECRET).update(`${TS}POST/p{"algoOrderTag":"été"}`).digest("hex"),
    );
  });

  it("compares in constant time and rejects other lengths and case", () => {
    const good = "dc41787dfbf7a107ed6f0ed9ac0e07ba5a2f13fbe52ede2d2dfc405f13de44c6";
    expect(signatureMatches(good, good)).toBe(true);
    expect(signatureMatches(good, good.slice(0, 63))).toBe(false);
    expect(signatureMatches(good, `${good.slice(0, 63)}7`)).toBe(false);
    expect(signatureMatches(good, good.toUpperCase())).toBe(false);
  });
});
