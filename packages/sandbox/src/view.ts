import { fmt, ZERO } from "./decimal.js";
import { rootOf, type AlgoNode } from "./engine.js";
import type { Json } from "./json.js";

/**
 * An algo order as V3 returns it (spec schema AlgoOrder). Decimals go out as strings and ids as exact
 * integers; `tagField` is `orderTag` for GET algoOrder and `algoOrderTag` for the list, as the official
 * examples name it.
 */
export function algoOrderView(n: AlgoNode, quoteAsset: string, tagField: "orderTag" | "algoOrderTag" = "orderTag"): Record<string, Json> {
  const root = rootOf(n);
  const out: Record<string, Json> = {
    algoOrderId: n.algoOrderId,
    clientAlgoOrderId: n.clientAlgoOrderId,
    rootAlgoOrderId: root.algoOrderId,
    parentAlgoOrderId: n.parent?.algoOrderId ?? 0n,
    symbol: n.symbol,
    [tagField]: n.tag,
    algoType: n.algoType,
    side: n.side,
    positionSide: n.positionSide,
    quantity: fmt(n.quantity ?? ZERO),
    isTriggered: n.isTriggered,
    // USELESS while nothing has fired (as in the official example of an untriggered order), SUCCESS after.
    triggerStatus: n.isTriggered ? "SUCCESS" : "USELESS",
    type: n.type,
    rootAlgoStatus: root.status,
    algoStatus: n.status,
    triggerPriceType: n.triggerPriceType,
    triggerTime: String(n.triggerTime),
    totalExecutedQuantity: fmt(n.executed),
    averageExecutedPrice: fmt(n.averagePrice),
    totalFee: "0",
    feeAsset: n.executed > ZERO ? quoteAsset : "",
    totalRebate: "0",
    rebateCurrency: quoteAsset,
    reduceOnly: n.reduceOnly,
    createdTime: n.createdTime,
    updatedTime: n.updatedTime,
    isActivated: n.isActivated,
  };
  if (n.triggerPrice !== undefined) out.triggerPrice = fmt(n.triggerPrice);
  if (n.price !== undefined) out.price = fmt(n.price);
  if (n.visibleQuantity !== undefined) out.visibleQuantity = fmt(n.visibleQuantity);
  if (n.callbackRate !== undefined) out.callbackRate = fmt(n.callbackRate);
  if (n.callbackValue !== undefined) out.callbackValue = fmt(n.callbackValue);
  if (n.activatedPrice !== undefined) out.activatedPrice = fmt(n.activatedPrice);
  if (n.marginMode !== undefined) out.marginMode = n.marginMode;
  if (n.children.length > 0) out.childOrders = n.children.map((c) => algoOrderView(c, quoteAsset, tagField));
  return out;
}
