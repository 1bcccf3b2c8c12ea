import type { WooxErrorName } from "@woox-sdk/errors";
import type { operations } from "@woox-sdk/types/operations";
import { AlgoType } from "@woox-sdk/types/enums";
import { fmt, isMultiple, mul, ONE, ZERO } from "../decimal.js";
import { reject } from "../errors.js";
import type { Instrument } from "../market/instruments.js";
import { BRACKETS, isLeg, isOpenNode, TP_SL_CONTAINERS, walk, type AlgoNode } from "./node.js";

/**
 * The rules a placement or an edit must pass, with the catalog's codes: instrument grids and ranges,
 * trigger prices on the side they fire from, well-formed TP/SL legs, and the spec's open-order limits.
 */

/** The caps of `x-open-order-limits` on placeAlgoOrder, by the names the spec gives them. */
export type OpenOrderLimits = {
  readonly [K in keyof (typeof operations)["placeAlgoOrder"]["openOrderLimits"]]?: number;
};

/** Tick, step, notional and trigger-side rules for every node of a tree. */
export function checkRules(inst: Instrument, root: AlgoNode, skipTriggerSide = false): void {
  for (const n of walk(root)) checkAmounts(inst, n);

  for (const c of walk(root)) {
    if (!TP_SL_CONTAINERS.has(c.algoType)) continue;
    const legs = c.children.filter(isLeg);
    if (legs.length === 2 && legs[0]!.side !== legs[1]!.side) reject("TPSL_LEG_SIDE_MISMATCH");
    if (new Set(legs.map((l) => l.algoType)).size !== legs.length)
      reject("INVALID_PARAM", { detail: "childOrders must hold at most one TAKE_PROFIT and one STOP_LOSS" });
  }

  // Trigger prices must lie on the side of the reference price they fire from: the market for
  // orders armed now, the entry price for the TP/SL of a bracket.
  const entry = BRACKETS.has(root.algoType) ? (root.price ?? root.triggerPrice ?? inst.price) : undefined;
  for (const n of walk(root)) {
    if (skipTriggerSide || n.isTriggered) continue;
    if (n.triggerPrice === undefined || n.direction === undefined) continue;
    const ref = entry !== undefined && n !== root ? entry : inst.price;
    const code: WooxErrorName = n.direction === "up" ? "TRIGGER_PRICE_TOO_LOW" : "TRIGGER_PRICE_TOO_HIGH";
    if (n.direction === "up" ? n.triggerPrice <= ref : n.triggerPrice >= ref)
      reject(code, { vars: { price: fmt(ref) } });
  }
}

function checkAmounts(inst: Instrument, n: AlgoNode): void {
  for (const [k, v] of [
    ["price", n.price],
    ["triggerPrice", n.triggerPrice],
    ["activatedPrice", n.activatedPrice],
    ["callbackValue", n.callbackValue],
  ] as const) {
    if (v === undefined) continue;
    if (v <= ZERO) reject("INVALID_PARAM", { detail: `${k} must be greater than 0` });
    if (!isMultiple(v, inst.quoteTick)) reject("PRICE_FILTER");
  }
  if (n.callbackRate !== undefined && (n.callbackRate <= ZERO || n.callbackRate >= ONE)) {
    reject("INVALID_PARAM", {
      detail: `callbackRate is a fraction (0.01 = 1%) and must be between 0 and 1, got ${fmt(n.callbackRate)}`,
    });
  }
  for (const [k, v] of [
    ["quantity", n.quantity],
    ["visibleQuantity", n.visibleQuantity],
  ] as const) {
    if (v === undefined || (k === "visibleQuantity" && v === ZERO)) continue; // visibleQuantity 0 hides the order
    if (v <= ZERO) reject("INVALID_PARAM", { detail: `${k} must be greater than 0` });
    if (!isMultiple(v, inst.baseTick)) reject("SIZE_FILTER");
    if (k === "quantity" && (v < inst.baseMin || v > inst.baseMax)) reject("SIZE_FILTER");
  }
  if (n.quantity !== undefined && n.quantity > ZERO) {
    const at = n.price ?? n.triggerPrice ?? inst.price;
    if (mul(at, n.quantity) < inst.minNotional) reject("MIN_NOTIONAL");
  }
}

/** The open-order caps a new tree counts against, given the account's open roots on its symbol. */
export function checkLimits(openRoots: readonly AlgoNode[], root: AlgoNode, limits: OpenOrderLimits): void {
  const perInstrument = limits.perInstrument;
  if (perInstrument !== undefined && openRoots.length + 1 > perInstrument) {
    reject("RPC_REJECT", {
      detail: `At most ${perInstrument} open algo orders are allowed per instrument; ${root.symbol} has ${openRoots.length}.`,
    });
  }
  const tpSl = limits.tpSlPerInstrument;
  if (tpSl !== undefined) {
    const count = (n: AlgoNode): number =>
      [...walk(n)].filter((x) => x.algoType === AlgoType.TP_SL && isOpenNode(x)).length;
    const open = openRoots.reduce((s, r) => s + count(r), 0);
    const adding = count(root);
    if (adding > 0 && open + adding > tpSl) {
      reject("RPC_REJECT", {
        detail: `At most ${tpSl} open TP_SL orders are allowed per instrument, including those attached to brackets; ${root.symbol} has ${open}.`,
      });
    }
  }
  const positional = limits.positionalTpSlPerInstrumentSide;
  // Only a standalone POSITIONAL_TP_SL is refused: one inside a bracket replaces the previous one when it activates.
  if (positional !== undefined && root.algoType === AlgoType.POSITIONAL_TP_SL) {
    const open = openRoots
      .flatMap((r) => [...walk(r)])
      .filter(
        (x) => x.algoType === AlgoType.POSITIONAL_TP_SL && isOpenNode(x) && x.isActivated && x.side === root.side,
      ).length;
    if (open + 1 > positional) {
      reject("RPC_REJECT", {
        detail: `At most ${positional} open POSITIONAL_TP_SL order is allowed per instrument and side; ${root.symbol} already has one for ${root.side}.`,
      });
    }
  }
}
