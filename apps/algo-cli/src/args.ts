import { parseArgs, type ParseArgsConfig } from "node:util";

/** Bad command-line input: printed with the usage and exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export type Options = NonNullable<ParseArgsConfig["options"]>;

/** node:util parseArgs in strict mode, with its errors turned into UsageErrors. */
export function parse(
  args: string[],
  options: Options,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options, strict: true, allowPositionals: true });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** A decimal as the API wants it: a plain string such as "0.01" (no exponent, no sign). */
export function decimalArg(name: string, v: string | boolean | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== "string" || !/^(0|[1-9]\d*)(\.\d+)?$/.test(v))
    throw new UsageError(`--${name} must be a positive decimal such as 0.01, got "${String(v)}"`);
  return v;
}

/** An int64 id, kept exact (ids above 2^53 become bigint). */
export function idArg(name: string, v: string | boolean | undefined): number | bigint | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== "string" || !/^\d+$/.test(v) || BigInt(v) > 2n ** 63n - 1n)
    throw new UsageError(`--${name} must be a whole number from 0 to 9223372036854775807, got "${String(v)}"`);
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : BigInt(v);
}
