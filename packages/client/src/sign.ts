/**
 * V3 request signing: lowercase hex HMAC-SHA256, keyed with the API secret's UTF-8 bytes, of
 * `timestamp + METHOD + path[?query] + body`.
 *
 * In Node the synchronous node:crypto HMAC is several times faster than WebCrypto; it is reached through
 * process.getBuiltinModule so that bundles for browsers never see a `node:crypto` import. Browsers (and
 * any runtime without it) use crypto.subtle with a key imported once.
 */

import { builtin } from "./runtime.js";

export type Signer = (text: string) => string | Promise<string>;

interface NodeCrypto {
  createHmac(alg: string, key: string): { update(data: string, enc: "utf8"): { digest(enc: "hex"): string } };
}

function nodeCrypto(): NodeCrypto | undefined {
  const mod = builtin<NodeCrypto>("node:crypto");
  return typeof mod?.createHmac === "function" ? mod : undefined;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

function toHex(buf: ArrayBuffer): string {
  const bytes = new Uint8Array(buf);
  let s = "";
  for (const b of bytes) s += HEX[b];
  return s;
}

/** Builds the signing function for one secret. `prefer` forces a path (tests compare both). */
export function createSigner(secret: string, prefer?: "node" | "webcrypto"): Signer {
  const node = prefer === "webcrypto" ? undefined : nodeCrypto();
  if (node) return (text) => node.createHmac("sha256", secret).update(text, "utf8").digest("hex");
  if (prefer === "node") throw new Error("node:crypto is not available in this runtime");
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new Error("No HMAC implementation: neither node:crypto nor crypto.subtle is available");
  const encoder = new TextEncoder();
  const key = subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return async (text) => toHex(await subtle.sign("HMAC", await key, encoder.encode(text)));
}

/** The exact text V3 signs. `pathWithQuery` starts with "/v3/"; `body` is the exact bytes sent, or "". */
export function stringToSign(timestamp: string, method: string, pathWithQuery: string, body: string): string {
  return `${timestamp}${method.toUpperCase()}${pathWithQuery}${body}`;
}
