import type { EditAlgoOrderRequest } from "@woox-sdk/types";
import { AlgoType, type TriggerPriceType } from "@woox-sdk/types/enums";
import type { Dec } from "../decimal.js";
import type { Exchange } from "../engine/exchange.js";
import { decimal, idField, objects, text } from "../engine/fields.js";
import { reject } from "../errors.js";
import { lookup } from "./manage.js";
import { inBracket, isLeg, isOpenNode, isOpenTree, walk, type AlgoNode } from "./node.js";
import { checkRules } from "./rules.js";
import { settle } from "./triggers.js";

/** The fields PUT /v3/trade/algoOrder may change on a node. */
const AMOUNTS = [
  "quantity",
  "price",
  "triggerPrice",
  "visibleQuantity",
  "activatedPrice",
  "callbackRate",
  "callbackValue",
] as const;

/**
 * PUT /v3/trade/algoOrder: edits an open order's quantity or prices, and those of its legs. The edit is made
 * on a copy of the tree and checked with the placement rules before anything changes, so a refused edit
 * changes nothing; a committed one lets the current price act at once.
 */
export function editAlgoOrder(ex: Exchange, account: string, body: EditAlgoOrderRequest): void {
  const n = lookup(ex, account, {
    algoOrderId: idField(body, "algoOrderId"),
    clientAlgoOrderId: idField(body, "clientAlgoOrderId"),
  });
  const legEdits = objects(body, "childOrders");
  if (legEdits.length === 0 ? !isOpenNode(n) : !isOpenTree(n)) reject("ORDER_COMPLETED");
  const inst = ex.instrument(n.symbol);

  const clones = new Map<AlgoNode, AlgoNode>();
  const clone = (x: AlgoNode, parent: AlgoNode | undefined): AlgoNode => {
    const c: AlgoNode = { ...x, parent, children: [] };
    clones.set(x, c);
    c.children = x.children.map((ch) => clone(ch, c));
    return c;
  };
  const probe = clone(n, n.parent);
  if (decimal(body, "quantity") !== undefined && n.algoType === AlgoType.TP_SL && inBracket(n))
    reject("EDIT_TPSL_QUANTITY_NOT_ALLOWED");
  applyEdit(probe, body);

  const legQuantities: Dec[] = [];
  for (const e of legEdits) {
    const id = idField(e, "algoOrderId") ?? 0n;
    const target = [...walk(n)].find((x) => x !== n && x.algoOrderId === id);
    if (target === undefined) reject("CHILD_ORDER_NOT_FOUND", { vars: { orderId: String(id) } });
    const q = decimal(e, "quantity");
    if (q !== undefined) {
      if (inBracket(target)) reject("BRACKET_TPSL_QUANTITY_EDIT_NOT_ALLOWED");
      if (target.type === "CLOSE_POSITION") reject("TPSL_QUANTITY_CLOSE_POSITION_NOT_ALLOWED");
      legQuantities.push(q);
    }
    applyEdit(clones.get(target)!, e);
  }
  if (legQuantities.length > 0) {
    // A TP/SL's legs share one quantity: an edit must name both legs, with the same value.
    const container = n.algoType === AlgoType.TP_SL ? n : undefined;
    const legs = container?.children.filter(isLeg) ?? [];
    if (legQuantities.length < legs.length) reject("EDIT_QUANTITY_BOTH_LEGS_REQUIRED");
    if (legQuantities.some((q) => q !== legQuantities[0])) reject("EDIT_QUANTITY_LEGS_MISMATCH");
    if (container) clones.get(container)!.quantity = legQuantities[0];
  }
  // Children that carry their parent's quantity (TP_SL legs, a bracket's TP_SL) follow an edited quantity.
  const follow = (orig: AlgoNode): void => {
    const c = clones.get(orig)!;
    if (c.quantity === orig.quantity) return orig.children.forEach(follow);
    for (const ch of orig.children) {
      const cc = clones.get(ch)!;
      if (ch.quantity === orig.quantity && cc.quantity === ch.quantity && ch.algoType !== AlgoType.POSITIONAL_TP_SL)
        cc.quantity = c.quantity;
      follow(ch);
    }
  };
  follow(n);
  checkRules(inst, probe, n.isTriggered);

  const t = ex.now();
  for (const [orig, c] of clones) {
    let changed = false;
    for (const k of AMOUNTS) {
      if (orig[k] === c[k]) continue;
      orig[k] = c[k];
      changed = true;
    }
    if (orig.triggerPriceType !== c.triggerPriceType) {
      orig.triggerPriceType = c.triggerPriceType;
      changed = true;
    }
    if (changed) orig.updatedTime = t;
  }
  ex.events.change(account, { kind: "algoOrder", algoOrderId: n.algoOrderId });
  settle(ex, inst);
}

/** Applies the fields of one edit to a node (a copy), with the edit-only rules. */
function applyEdit(c: AlgoNode, body: object): void {
  const before = c.triggerPrice;
  for (const k of AMOUNTS) {
    const v = decimal(body, k);
    if (v !== undefined) c[k] = v;
  }
  const triggerPriceType = text<TriggerPriceType>(body, "triggerPriceType");
  if (triggerPriceType !== undefined) c.triggerPriceType = triggerPriceType;
  if (decimal(body, "quantity") !== undefined && c.quantity !== undefined && c.quantity <= c.executed)
    reject("ORDER_QUANTITY_BELOW_EXECUTED");
  // An order that has triggered is being executed: its trigger can no longer change.
  if (c.isTriggered && c.triggerPrice !== before) reject("ORDER_PROCESSING");
}
