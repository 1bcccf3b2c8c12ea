import { describe, expect, it } from "vitest";
import { parseJson, stringifyJson } from "../src/json.js";

describe("lossless JSON", () => {
  it("writes bigint as exact digits", () => {
    expect(stringifyJson({ clientAlgoOrderId: 9223372036854775807n, n: 1, s: "x" })).toBe(
      '{"clientAlgoOrderId":9223372036854775807,"n":1,"s":"x"}',
    );
    expect(stringifyJson([-9223372036854775808n])).toBe("[-9223372036854775808]");
    expect(stringifyJson({ a: "9223372036854775807" })).toBe('{"a":"9223372036854775807"}');
  });

  it("reads integers beyond 2^53 as bigint and leaves safe numbers alone", () => {
    const v = parseJson(
      '{"a":9223372036854775807,"b":9007199254740991,"c":-9223372036854775808,"d":1.5,"e":12345678901234567890.5,"f":1e300}',
    ) as Record<string, unknown>;
    expect(v.a).toBe(9223372036854775807n);
    expect(v.b).toBe(9007199254740991);
    expect(v.c).toBe(-9223372036854775808n);
    expect(v.d).toBe(1.5);
    expect(typeof v.e).toBe("number");
    expect(v.f).toBe(1e300);
  });

  it("does not touch digits inside strings, escaped quotes included", () => {
    const v = parseJson('{"m":"id 9223372036854775807 \\" 9223372036854775807","n":[9223372036854775806]}') as {
      m: string;
      n: bigint[];
    };
    expect(v.m).toBe('id 9223372036854775807 " 9223372036854775807');
    expect(v.n[0]).toBe(9223372036854775806n);
  });

  it("round-trips the largest client id", () => {
    const body = { rows: [{ algoOrderId: 9223372036854775807n, clientAlgoOrderId: 9223372036854775807n }] };
    expect(parseJson(stringifyJson(body))).toEqual(body);
  });

  it("still rejects invalid JSON", () => {
    expect(() => parseJson("{oops")).toThrow(SyntaxError);
    expect(() => parseJson('{"a":92233720368547758070000,}')).toThrow(SyntaxError);
  });
});
