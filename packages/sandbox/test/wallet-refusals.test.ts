import { afterEach, describe, expect, it } from "vitest";
import { TokenHistoryType } from "@woox-sdk/types/enums";
import { decOf } from "../src/decimal.js";
import { DEFAULT_NETWORKS, type SandboxError, type SandboxOptions } from "../src/index.js";
import { amountOf } from "../src/wallet/amount.js";
import { failure } from "./helpers.js";
import { balanceOf, TO, walletHarness, withdraw, type WalletHarness } from "./wallet-helpers.js";

// What withdraw refuses, and that frozen withdrawal funds are not spent twice. USDT on TRX: minimum 10, fee 1.

let h: WalletHarness | undefined;
const start = async (options: SandboxOptions = {}) => (h = await walletHarness(options));
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

const usdtTrx = (amount: string | number, address = TO.TRX) => ({ token: "USDT", network: "TRX", address, amount });

describe("withdraw refuses", () => {
  it("a token or network the sandbox does not have, a suspended network, a bad address or amount (-1005)", async () => {
    const networks = DEFAULT_NETWORKS.map((n) => (n.network === "TRX" ? { ...n, allowWithdraw: false } : n));
    const w = await start({ wallet: { networks } });
    const refused = async (body: Parameters<typeof withdraw>[1], text: string) => {
      const e = await failure(withdraw(w, body));
      expect(e.code).toBe("-1005");
      expect(e.message).toContain(text);
    };
    await refused({ ...usdtTrx("50"), token: "NOPE" }, "The token is not supported");
    await refused({ ...usdtTrx("50"), network: "BTC" }, "The token is not supported");
    await refused(usdtTrx("50"), "suspended");
    await refused({ ...usdtTrx("9.99", TO.ETH), network: "ETH" }, "minimum withdrawal of USDT on ETH is 10");
    await refused({ ...usdtTrx("10.1234567", TO.ETH), network: "ETH" }, "more than 6 decimal places");
    await refused({ ...usdtTrx("50", TO.TRX), network: "ETH" }, "not a valid ETH address");
    // The network's flags are the ones tokenInfo shows.
    const [usdt] = (await w.client.market.tokenInfo({ token: "USDT" })).rows;
    expect(usdt!.networks!.find((n) => n.network === "TRX")).toMatchObject({ allowWithdraw: false });
    expect((await balanceOf(w, "USDT")).frozen).toBe("0");
  });

  it("an amount not above zero (302135), or above what is available (302301)", async () => {
    const w = await start();
    expect(await failure(withdraw(w, usdtTrx(0)))).toMatchObject({ codeName: "AMOUNT_MUST_BE_POSITIVE" });
    expect(await failure(withdraw(w, usdtTrx("-20")))).toMatchObject({ codeName: "AMOUNT_MUST_BE_POSITIVE" });
    // 100000 USDT: 99999 plus the fee is everything; nothing more is available, not even for the fee.
    expect(await failure(withdraw(w, usdtTrx("100000")))).toMatchObject({ codeName: "BALANCE_NOT_ENOUGH" });
    await withdraw(w, usdtTrx("99999"));
    expect(await balanceOf(w, "USDT")).toMatchObject({ holding: "100000", availableBalance: "0" });
    expect(await failure(withdraw(w, usdtTrx("10")))).toMatchObject({ codeName: "BALANCE_NOT_ENOUGH" });
    // Orders cannot spend what a withdrawal holds either.
    const buy = w.client.orders.place({ symbol: "SPOT_BTC_USDT", side: "BUY", type: "MARKET", quantity: "0.001" });
    expect(await failure(buy)).toMatchObject({ codeName: "INSUFFICIENT_FUNDS_MARGIN_DISABLED" });
  });

  it("what positions need as margin (302103), and anything while the account owes a token (-1009)", async () => {
    const w = await start({ balances: { USDT: "100000" } });
    // 1.5 BTC long at 60000 and leverage 10: 9000 margin and a 45 USDT fee, 90955 free.
    await w.client.orders.place({ symbol: "PERP_BTC_USDT", side: "BUY", type: "MARKET", quantity: "1.5" });
    expect(await failure(withdraw(w, usdtTrx("95000")))).toMatchObject({
      codeName: "MARGIN_INSUFFICIENT_AFTER_WITHDRAWAL",
    });
    await withdraw(w, usdtTrx("90000"));

    w.sandbox.exchange.ledger.move(w.sandbox.credentials.apiKey, "BTC", decOf("-0.01"), TokenHistoryType.INTEREST);
    expect(await failure(withdraw(w, usdtTrx("10")))).toMatchObject({ codeName: "CAN_NOT_WITHDRAWAL" });
  });
});

describe("withdrawal amounts", () => {
  it("are read exactly from strings and JSON numbers, exponent forms included", () => {
    expect(amountOf("12.50", "USDT")).toBe(decOf("12.5"));
    expect(amountOf(1e-7, "BTC")).toBe(decOf("0.0000001"));
    expect(amountOf(1.5e21, "WOO")).toBe(decOf("1500000000000000000000"));
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as SandboxError).entry.code;
      }
      return undefined;
    };
    expect(code(() => amountOf(0.1 + 0.2, "BTC"))).toBe(-1005); // 0.30000000000000004: beyond 8 places
    expect(code(() => amountOf(1e-7, "USDT"))).toBe(-1005);
    expect(code(() => amountOf(-1, "USDT"))).toBe(302135);
  });
});
