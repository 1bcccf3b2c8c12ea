import { stringifyJson, type WooxApiError } from "@woox-sdk/client";
import { explainError } from "@woox-sdk/errors/text";

/**
 * Human-readable progress on stdout by default; with --json, nothing but one JSON document at the end
 * (bigint ids written as exact digits), so that scripts can pipe it.
 */
export class Output {
  constructor(
    readonly json: boolean,
    private readonly write: (text: string) => void = (t) => process.stdout.write(t),
  ) {}

  /** A progress line, shown only in human mode. */
  line(text = ""): void {
    if (!this.json) this.write(`${text}\n`);
  }

  /** The command's result: the JSON document in --json mode, nothing otherwise (lines already said it). */
  result(value: unknown): void {
    if (this.json) this.write(`${stringifyJson(value)}\n`);
  }
}

/** What the error catalog says about an API error, as printed lines and as data (a CLI loads the prose at once). */
export function errorSummary(e: WooxApiError): {
  code: string | null;
  name: string | null;
  httpStatus: number;
  message: string | null;
  hint: string;
  docsUrl: string;
  retryable: boolean;
} {
  return {
    code: e.code,
    name: e.codeName,
    httpStatus: e.httpStatus,
    message: e.wooMessage,
    hint: explainError(e).hint,
    docsUrl: e.docsUrl,
    retryable: e.retryable,
  };
}

export function errorLines(e: WooxApiError, indent = "    "): string[] {
  return [
    `${indent}${e.code ?? "(no code)"} ${e.codeName ?? "(not in catalog)"}  HTTP ${e.httpStatus}${e.retryable ? "  retryable" : ""}`,
    `${indent}message: ${e.wooMessage ?? "(none)"}`,
    `${indent}hint:    ${explainError(e).hint}`,
    `${indent}docs:    ${e.docsUrl}`,
  ];
}
