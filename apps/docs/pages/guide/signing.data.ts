// Build-time data for the signing guide: a worked example computed by @woox-sdk/client itself
// (stringToSign, createSigner), so the text shown is what the SDK really signs, never a hand copy.
import { createSigner, stringifyJson, stringToSign } from "@woox-sdk/client";
import { operations, securitySchemes } from "@woox-sdk/types/operations";
import { loadSpec } from "../../src/spec.js";
import { inlineMd } from "../../src/html.js";

export interface SignedExample {
  method: string;
  target: string;
  body: string;
  text: string;
  signature: string;
}

export interface SigningData {
  secret: string;
  timestamp: string;
  examples: SignedExample[];
  /** Name and description (HTML) of each security scheme, from the spec. */
  headers: { name: string; description: string }[];
}

declare const data: SigningData;
export { data };

export default {
  async load(): Promise<SigningData> {
    // A made-up secret: the point is that readers can reproduce the signature with their own HMAC code.
    const secret = "example-secret-do-not-use";
    const timestamp = "1700000000000";
    const sign = createSigner(secret);
    const one = async (method: string, target: string, body: string): Promise<SignedExample> => {
      const text = stringToSign(timestamp, method, target, body);
      return { method, target, body, text, signature: await sign(text) };
    };
    const described = loadSpec().components?.securitySchemes ?? {};
    return {
      secret,
      timestamp,
      examples: [
        await one(
          operations.placeAlgoOrder.method,
          operations.placeAlgoOrder.path,
          stringifyJson({
            symbol: "PERP_BTC_USDT",
            algoType: "STOP",
            side: "BUY",
            type: "MARKET",
            quantity: "0.01",
            triggerPrice: "62000",
          }),
        ),
        await one(operations.getAlgoOrder.method, `${operations.getAlgoOrder.path}?algoOrderId=1000001`, ""),
      ],
      headers: Object.entries(securitySchemes).map(([id, s]) => ({
        name: s.name,
        description: inlineMd(described[id]?.description ?? ""),
      })),
    };
  },
};
