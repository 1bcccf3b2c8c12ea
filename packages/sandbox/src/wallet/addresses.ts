import { createHash } from "node:crypto";
import type { AddressStyle } from "./networks.js";

/**
 * Deterministic addresses and transaction hashes in each network's style, derived from a seed by SHA-256:
 * the same seed gives the same address on every call and every run. They look right (prefix, alphabet,
 * length) but carry no valid checksum: nothing is ever sent on a chain.
 */

const BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

const digest = (seed: string): Buffer => createHash("sha256").update(seed).digest();

/** `length` characters of `alphabet` drawn from the seed's hash. */
function encode(seed: string, alphabet: string, length: number): string {
  let n = BigInt(`0x${digest(seed).toString("hex")}${digest(`${seed}#`).toString("hex")}`);
  const base = BigInt(alphabet.length);
  let out = "";
  for (let i = 0; i < length; i++) {
    out += alphabet[Number(n % base)];
    n /= base;
  }
  return out;
}

export function address(style: AddressStyle, seed: string): string {
  switch (style) {
    case "EVM":
      return `0x${digest(seed).toString("hex").slice(0, 40)}`;
    case "TRON":
      return `T${encode(seed, BASE58, 33)}`;
    case "BTC":
      return `bc1q${encode(seed, BECH32, 38)}`;
  }
}

/** Whether `text` has the shape of an address of this style (what a withdrawal to it needs). */
export function looksLike(style: AddressStyle, text: string): boolean {
  switch (style) {
    case "EVM":
      return /^0x[0-9a-fA-F]{40}$/.test(text);
    case "TRON":
      return /^T[1-9A-HJ-NP-Za-km-z]{33}$/.test(text);
    case "BTC":
      return /^(bc1[02-9ac-hj-np-z]{11,71}|[13][1-9A-HJ-NP-Za-km-z]{25,34})$/.test(text);
  }
}

/** A transaction hash: `0x` and 64 hex digits on EVM chains, 64 hex digits elsewhere. */
export function txHash(style: AddressStyle, seed: string): string {
  const hex = digest(`tx|${seed}`).toString("hex");
  return style === "EVM" ? `0x${hex}` : hex;
}
