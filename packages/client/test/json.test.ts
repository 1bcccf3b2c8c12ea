import { describe, expect, it } from "vitest";
import { parseJson, parseJsonOrText, stringifyJson } from "../src/json.js";

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

  // Issue 13 §1: the scanner read the digits after a decimal point or an exponent as an integer, so any
  // number with 16 or more of them broke a valid answer.
  describe("numbers with long fractions or exponents parse as JSON.parse parses them", () => {
    for (const text of [
      "0.30000000000000004",
      "-0.00012345678901234567",
      "1e12345678901234567",
      "-1E-12345678901234567",
      "1.2345678901234567890e+12345678901234567",
      "12345678901234567890.5",
      "9223372036854775807.0",
      "9223372036854775807e0",
      "-0",
      "-0.0000000000000000000",
    ]) {
      it(text, () => {
        expect(Object.is(parseJson(text), JSON.parse(text))).toBe(true);
        expect(parseJson(`{"estFundingRate":${text}}`)).toEqual(JSON.parse(`{"estFundingRate":${text}}`));
        expect(parseJson(`[1, ${text}, 9223372036854775807]`)).toEqual([1, JSON.parse(text), 9223372036854775807n]);
      });
    }
  });

  it("keeps 2^53 and beyond exact, on both sides, and leaves 2^53 - 1 a number", () => {
    expect(parseJson("[9007199254740991,9007199254740992,9007199254740993,-9007199254740993]")).toEqual([
      9007199254740991,
      9007199254740992n,
      9007199254740993n,
      -9007199254740993n,
    ]);
    expect(parseJson("18446744073709551617")).toBe(18446744073709551617n);
    expect(parseJson(' \n{ "a" :\t-9223372036854775808 } ')).toEqual({ a: -9223372036854775808n });
  });

  describe("rejects what JSON.parse rejects, with a SyntaxError", () => {
    for (const text of [
      "01",
      "-",
      "1.",
      ".5",
      "1e",
      "1e+",
      "--1",
      "+1",
      "01234567890123456789",
      "-01234567890123456789",
      "--12345678901234567890",
      "{12345678901234567890:1}",
      "{12345678901234567890 : 1}",
      "[12345678901234567890:1]",
      "12345678901234567890.",
      ".12345678901234567890",
      '"\\\\"12345678901234567890"',
      '"\\"12345678901234567890',
    ]) {
      it(JSON.stringify(text), () => {
        expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
        expect(() => parseJson(text)).toThrow(SyntaxError);
      });
    }
  });

  it("does not read digits after an escaped quote inside a string as a number", () => {
    // The text "\\\"12345678901234567890": an escaped backslash, an escaped quote, then digits, all one string.
    expect(parseJson('"\\\\\\"12345678901234567890"')).toBe('\\"12345678901234567890');
    expect(parseJson('{"12345678901234567890":"\\\\","b":"\\"9223372036854775807\\""}')).toEqual({
      "12345678901234567890": "\\",
      b: '"9223372036854775807"',
    });
  });

  it("never reads digits inside an unterminated string as a number", () => {
    // A placeholder put there would close the string after the backslash and make the text valid.
    for (const text of [
      '"\\12345678901234567890',
      '["a", "b \\12345678901234567890]',
      '{"a":"\\\n12345678901234567890"}',
    ]) {
      expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
      expect(() => parseJson(text)).toThrow(SyntaxError);
    }
  });

  it("handles nesting as deep as JSON.parse does, with a bigint at the bottom", () => {
    const depth = 100_000;
    let v = parseJson(`${"[".repeat(depth)}-12345678901234567890${"]".repeat(depth)}`);
    for (let i = 0; i < depth; i++) v = (v as unknown[])[0];
    expect(v).toBe(-12345678901234567890n);
  });

  it("parseJsonOrText: JSON losslessly, anything else as the text itself", () => {
    expect(parseJsonOrText('{"data":{"orderId":9223372036854775806}}')).toEqual({
      data: { orderId: 9223372036854775806n },
    });
    expect(parseJsonOrText("<html>502 Bad Gateway</html>")).toBe("<html>502 Bad Gateway</html>");
    expect(parseJsonOrText("")).toBe("");
  });
});
