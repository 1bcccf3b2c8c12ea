import { describe, expect, it } from "vitest";
import { createSigner, stringToSign } from "../src/sign.js";

// Official inputs of the WOO X API guide. Expected digests were computed independently with
// `printf '%s' "$STRING" | openssl dgst -sha256 -hmac "$SECRET"`, not with this code.
const SECRET = "QHKRXHPAW1MC9YGZMAT8YDJG2HPR";
const TS = "1578565539808";

const vectors: [id: string, text: string, hex: string][] = [
  // Legacy V1 string: its digest is printed in the official docs, which confirms the method
  // (secret as raw UTF-8 bytes, lowercase hex).
  [
    "V1 (official digest)",
    `order_price=9000&order_quantity=0.11&order_type=LIMIT&side=BUY&symbol=SPOT_BTC_USDT|${TS}`,
    "20da0852f73b20da0208c7e627975a59ff072379883d8457d03104651032033d",
  ],
  [
    "A: GET with query",
    `${TS}GET/v3/algo/orders?algoType=STOP`,
    "fddab579aff8c193f920c2d4f0cda6a21a60f06fd9c3916541ecc4f6461f5977",
  ],
  [
    "B: POST, spaced one-line body",
    `${TS}POST/v3/algo/order{"symbol": "PERP_BTC_USDT", "side": "BUY", "reduceOnly": false, "type": "MARKET", "quantity": "1", "algoType": "TRAILING_STOP", "callbackRate": "100"}`,
    "d2d18e208166bb9bc79d836bd4a8e80ba310abe75821079c18c51aa877f4b737",
  ],
  [
    "C: POST, pretty body with LF",
    `${TS}POST/v3/algo/order{\n    "symbol": "PERP_BTC_USDT",\n    "side": "BUY",\n    "reduceOnly": false,\n    "type": "MARKET",\n    "quantity": "1",\n    "algoType": "TRAILING_STOP",\n    "callbackRate": "0.012"\n}`,
    "bf004842d04d3179015189279c414ea6a2341b0e2f37778f474412868ecc5933",
  ],
  [
    "D1: POST /v3/trade/algoOrder, compact body",
    `${TS}POST/v3/trade/algoOrder{"symbol":"PERP_BTC_USDT","side":"BUY","reduceOnly":false,"type":"MARKET","quantity":"1","algoType":"TRAILING_STOP","callbackRate":"100"}`,
    "a3fbbf1fbe5f88d00cb233b1e7dd5eba28a536f4a894fd667a4f99a12ed5464a",
  ],
  [
    "D2: GET /v3/trade/algoOrder?algoOrderId",
    `${TS}GET/v3/trade/algoOrder?algoOrderId=792420`,
    "dc41787dfbf7a107ed6f0ed9ac0e07ba5a2f13fbe52ede2d2dfc405f13de44c6",
  ],
  [
    "D3: DELETE with query",
    `${TS}DELETE/v3/trade/algoOrder?algoOrderId=792420`,
    "a523302a196d3657e6e1b2ea031811df62c7b1e8be95620eb095de01da18f90b",
  ],
  [
    "D4: GET without query",
    `${TS}GET/v3/account/info`,
    "4d1a0b826f2c6099f919eac99968b5de7700abf410e663ab4afc4b18bb917037",
  ],
];

describe("V3 signing", () => {
  for (const path of ["node", "webcrypto"] as const) {
    describe(`${path} HMAC`, () => {
      const sign = createSigner(SECRET, path);
      for (const [id, text, hex] of vectors) {
        it(`matches the openssl digest for ${id}`, async () => {
          expect(await sign(text)).toBe(hex);
        });
      }
    });
  }

  it("builds the string to sign with no separators and an uppercase method", () => {
    expect(stringToSign(TS, "get", "/v3/trade/algoOrder?algoOrderId=792420", "")).toBe(vectors[5]![1]);
    expect(stringToSign(TS, "DELETE", "/v3/trade/algoOrder?algoOrderId=792420", "")).toBe(vectors[6]![1]);
  });

  it("signs non-ASCII text as UTF-8 on both paths", async () => {
    const text = `${TS}POST/v3/trade/algoOrder{"algoOrderTag":"café ☕"}`;
    expect(await createSigner(SECRET, "node")(text)).toBe(await createSigner(SECRET, "webcrypto")(text));
  });
});
