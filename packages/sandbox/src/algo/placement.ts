import type { AlgoOrderRequest, PlacedAlgoOrderRow } from "@woox-sdk/types";
import { AlgoType, PositionMode, PositionSide } from "@woox-sdk/types/enums";
import { fmt, ZERO } from "../decimal.js";
import type { Exchange } from "../engine/exchange.js";
import { idField, text } from "../engine/fields.js";
import { reject } from "../errors.js";
import { buildTree } from "./build.js";
import { BRACKETS, isOpenTree, TP_SL_CONTAINERS, walk, type AlgoNode } from "./node.js";
import { checkLimits, checkRules, type OpenOrderLimits } from "./rules.js";
import { settle } from "./triggers.js";

/** One row of a placement's answer, with the exact ids the engine holds. */
export type PlacedRow = PlacedAlgoOrderRow & { algoOrderId?: bigint; orderId?: bigint; clientAlgoOrderId: bigint };

/**
 * POST /v3/trade/algoOrder: builds the tree, checks it, registers it, and lets the current price act on
 * it at once (a MARKET bracket entry fills now). Nothing is registered when a rule refuses it.
 */
export function placeAlgoOrder(
  ex: Exchange,
  account: string,
  body: AlgoOrderRequest,
  limits: OpenOrderLimits,
): PlacedRow[] {
  const inst = ex.instrument(text(body, "symbol")!);
  ex.accounts.checkAlgoOrder(account, inst);
  const openRoots = ex.algos.roots(account).filter((r) => r.symbol === inst.symbol && isOpenTree(r));

  const clientAlgoOrderId = idField(body, "clientAlgoOrderId") ?? 0n;
  // Unique among *open* algo orders only: a completed order's id may be used again (S2).
  if (
    clientAlgoOrderId !== 0n &&
    ex.algos.roots(account).some((r) => r.clientAlgoOrderId === clientAlgoOrderId && isOpenTree(r))
  ) {
    reject("DUPLICATE_CLIENT_ORDER_ID");
  }

  const root = buildTree(
    { nextAlgoOrderId: () => ex.algos.nextAlgoOrderId(), now: () => ex.now(), account, inst },
    body,
    undefined,
    clientAlgoOrderId,
  );
  if (inst.kind === "PERP") {
    // One-way mode has BOTH positions only; hedge mode needs LONG or SHORT. Without a marginMode the
    // order uses the account's default for the symbol.
    const hedge = ex.ledger.account(account).positionMode === PositionMode.HEDGE_MODE;
    const marginMode = ex.futures.marginModeFor(account, inst.symbol, root.marginMode);
    for (const n of walk(root)) {
      if ((n.positionSide === PositionSide.BOTH) === hedge) reject("POSITION_SIDE_INCOMPATIBLE_WITH_MODE");
      n.marginMode ??= marginMode;
    }
  }
  checkRules(inst, root);
  checkLimits(openRoots, root, limits);

  ex.algos.add(root);
  ex.events.change(account, { kind: "algoOrder", algoOrderId: root.algoOrderId });
  settle(ex, inst);
  return rows(root);
}

/** The answer's rows, in the documented order (S2 / spec description). */
function rows(root: AlgoNode): PlacedRow[] {
  const row = (n: AlgoNode, key: "algoOrderId" | "orderId" = "algoOrderId"): PlacedRow => ({
    [key]: n.algoOrderId,
    clientAlgoOrderId: n.clientAlgoOrderId,
    algoType: n.algoType,
    quantity: fmt(n.quantity ?? ZERO),
  });
  const legRows = (c: AlgoNode): PlacedRow[] =>
    (["TAKE_PROFIT", "STOP_LOSS"] as const)
      .flatMap((t) => c.children.filter((x) => x.algoType === t))
      .map((x) => row(x));
  if (TP_SL_CONTAINERS.has(root.algoType)) return [...legRows(root), row(root)];
  if (BRACKETS.has(root.algoType)) {
    const container = root.children[0]!;
    // The official BRACKET example keys the POSITIONAL_TP_SL row `orderId`; reproduce it so that
    // clients built against the sandbox tolerate it, as they must against the real API.
    return [
      ...legRows(container),
      row(container, container.algoType === AlgoType.POSITIONAL_TP_SL ? "orderId" : "algoOrderId"),
      row(root),
    ];
  }
  return [row(root)];
}
