// generated — do not edit — regenerate with `pnpm gen`
// Source: spec/ (openapi.yaml, errors.yaml). Any change here is overwritten by the next `pnpm gen`.

// From spec/asyncapi.yaml, the WOO X V3 WebSocket API. Shared schemas (symbols, decimals, ids, sides,
// statuses) are spec/openapi.yaml's, typed by openapi.gen.ts.

import type { components } from "./openapi.gen.js";

type S = components["schemas"];

// ---- Topics

/** Order book deltas: 50 ms at depth 50, 100 ms at depth 200, 200 ms at depth 500; only when the book changed (public socket). */
export type OrderbookUpdateTopic = `orderbookupdate@${"SPOT" | "PERP"}_${string}_${string}@${"50" | "200" | "500"}`;
/** Order book deltas (RPI): 50 ms at depth 50, 100 ms at depth 200, 200 ms at depth 500 (public socket). */
export type OrderbookUpdateRpiTopic =
  `orderbookupdaterpi@${"SPOT" | "PERP"}_${string}_${string}@${"50" | "200" | "500"}`;
/** Order book top 10: every 200 ms (public socket). */
export type Orderbook10Topic = `orderbook10@${"SPOT" | "PERP"}_${string}_${string}`;
/** Best bid and offer: every 10 ms (public socket). */
export type BboTopic = `bbo@${"SPOT" | "PERP"}_${string}_${string}`;
/** Best bid and offer (RPI): every 10 ms (public socket). */
export type BboRpiTopic = `bborpi@${"SPOT" | "PERP"}_${string}_${string}`;
/** Public trades: real time, one push per trade (public socket). */
export type TradeTopic = `trade@${"SPOT" | "PERP"}_${string}_${string}`;
/** 24 h ticker: every 1 s (public socket). */
export type TickerTopic = `ticker@${"SPOT" | "PERP"}_${string}_${string}`;
/** Candles: each second with a trade, otherwise on trade; always once at candle close (public socket). */
export type KlineTopic =
  `kline@${"SPOT" | "PERP"}_${string}_${string}@${"1m" | "3m" | "5m" | "15m" | "30m" | "1h" | "2h" | "4h" | "6h" | "12h" | "1d" | "3d" | "1w" | "1M"}`;
/** Mark price: every 1 s (public socket). */
export type MarkPriceTopic = `markprice@${"SPOT" | "PERP"}_${string}_${string}`;
/** Index price: every 1 s (public socket). */
export type IndexPriceTopic = `indexprice@SPOT_${string}_${string}`;
/** Estimated funding rate: every 1 min (public socket). */
export type EstFundingRateTopic = `estfundingrate@PERP_${string}_${string}`;
/** Open interest: every 1 s if changed, forced every 10 s (public socket). */
export type OpenInterestTopic = `openinterest@PERP_${string}_${string}`;
/** Order execution reports: real time, on every order change (private socket). */
export type ExecutionReportTopic = "executionreport";
/** Algo order execution reports: real time, on every algo order change (private socket). */
export type AlgoExecutionReportTopic = "algoexecutionreport";
/** Balances: real time, on every balance change (private socket). */
export type BalanceTopic = "balance";
/** Positions: real time, on every position change (private socket). */
export type PositionTopic = "position";
/** Account: on change (private socket). */
export type AccountTopic = "account";

/** A topic of the public socket. */
export type PublicTopic =
  | OrderbookUpdateTopic
  | OrderbookUpdateRpiTopic
  | Orderbook10Topic
  | BboTopic
  | BboRpiTopic
  | TradeTopic
  | TickerTopic
  | KlineTopic
  | MarkPriceTopic
  | IndexPriceTopic
  | EstFundingRateTopic
  | OpenInterestTopic;
/** A topic of the private socket. */
export type PrivateTopic =
  ExecutionReportTopic | AlgoExecutionReportTopic | BalanceTopic | PositionTopic | AccountTopic;
/** Any topic, as written in a SUBSCRIBE command. */
export type Topic = PublicTopic | PrivateTopic;

/** The push payload of each topic family. */
export interface TopicPayloads {
  orderbookupdate: OrderbookUpdatePush;
  orderbookupdaterpi: OrderbookUpdateRpiPush;
  orderbook10: Orderbook10Push;
  bbo: BboPush;
  bborpi: BboRpiPush;
  trade: TradePush;
  ticker: TickerPush;
  kline: KlinePush;
  markprice: MarkPricePush;
  indexprice: IndexPricePush;
  estfundingrate: EstFundingRatePush;
  openinterest: OpenInterestPush;
  executionreport: ExecutionReportPush;
  algoexecutionreport: AlgoExecutionReportPush;
  balance: BalancePush;
  position: PositionPush;
  account: AccountPush;
}
export type TopicFamily = keyof TopicPayloads;
/** The family of a topic: its first `@` segment. */
export type FamilyOf<T extends string> = T extends `${infer F}@${string}` ? F : T;
/** The push payload of a topic, e.g. `PayloadOf<"bbo@PERP_BTC_USDT">` is `BboPush`. */
export type PayloadOf<T extends Topic> = TopicPayloads[FamilyOf<T> & TopicFamily];
/** The `data` of a topic's pushes. */
export type DataOf<T extends Topic> = PayloadOf<T>["data"];

/** How many `@`-separated segments each family's topics have. */
type TopicSegments = {
  orderbookupdate: 3;
  orderbookupdaterpi: 3;
  orderbook10: 2;
  bbo: 2;
  bborpi: 2;
  trade: 2;
  ticker: 2;
  kline: 3;
  markprice: 2;
  indexprice: 2;
  estfundingrate: 2;
  openinterest: 2;
  executionreport: 1;
  algoexecutionreport: 1;
  balance: 1;
  position: 1;
  account: 1;
};
type SegmentCount<T extends string, N extends unknown[] = [unknown]> = T extends `${string}@${infer R}`
  ? SegmentCount<R, [...N, unknown]>
  : N["length"];
/**
 * `T` when it is a topic with exactly its family's segments, else `never`. A `${string}` part of a topic
 * type may itself contain `@` (`bbo@PERP_BTC_USDT@x` is a `BboTopic`); `topic: T & ExactTopic<T>` refuses that.
 */
export type ExactTopic<T extends string> = T extends Topic
  ? SegmentCount<T> extends TopicSegments[FamilyOf<T> & TopicFamily]
    ? T
    : never
  : never;

// ---- Payloads and commands (components.schemas)

/**
 * Client-chosen request id, echoed in the reply. The official examples and the live probe use
 * strings; two independent clients send integers. Optional: frames without it are accepted.
 */
export type CommandId = string | number;

/** Topic strings as in the channel addresses, e.g. `bbo@PERP_BTC_USDT`. */
export type TopicList = string[];

export interface SubscribeRequest {
  id?: CommandId;
  /** Send upper case. Lower case `"subscribe"` was also accepted live (observed) and one independent feed handler sends it. */
  cmd: "SUBSCRIBE";
  params: TopicList;
}

export interface UnsubscribeRequest {
  id?: CommandId;
  cmd: "UN_SUBSCRIBE";
  params: TopicList;
}

export interface PingRequest {
  cmd: "PING";
  ts?: S["TimestampMs"];
}

/** Fields common to every command reply. Replies never carry `topic`. */
export interface ReplyBase {
  /** The request's `id`; `""` when the request could not be parsed. Absent on PONG. */
  id?: CommandId;
  cmd: string;
  success: boolean;
  time: S["TimestampMs"];
}

export interface SubscribeAck {
  /** The request's `id`; `""` when the request could not be parsed. Absent on PONG. */
  id?: CommandId;
  cmd: "SUBSCRIBE";
  success: true;
  time: S["TimestampMs"];
  /** The topics actually subscribed; compare with the request, missing ones were silently refused. */
  data: TopicList;
}

export interface UnsubscribeAck {
  /** The request's `id`; `""` when the request could not be parsed. Absent on PONG. */
  id?: CommandId;
  cmd: "UN_SUBSCRIBE";
  success: true;
  time: S["TimestampMs"];
  data?: TopicList;
}

export interface Pong {
  /** The request's `id`; `""` when the request could not be parsed. Absent on PONG. */
  id?: CommandId;
  cmd: "PONG";
  success: true;
  time: S["TimestampMs"];
}

export interface CommandRejected {
  /** The request's `id`; `""` when the request could not be parsed. Absent on PONG. */
  id?: CommandId;
  /** The refused command (`SUBSCRIBE`, `UN_SUBSCRIBE`) or `ERROR` for an unusable frame. */
  cmd: "SUBSCRIBE" | "UN_SUBSCRIBE" | "ERROR" | (string & {});
  success: false;
  time: S["TimestampMs"];
  /** Seen: `Command type invalid!`, `Invalid request.` */
  data: string;
}

export interface ServerPing {
  cmd: "PING";
}

export interface ClientPong {
  cmd: "PONG";
}

/** Every topic push. `ts` is when the server sent the frame; `data.ts`, where present, is when the engine produced the data. */
export interface PushEnvelope {
  /** The topic as subscribed, e.g. `bbo@PERP_BTC_USDT`. */
  topic: string;
  ts: S["TimestampMs"];
  data: unknown;
}

/** Levels per side of an `orderbookupdate` book, as written in the topic. */
export type OrderbookDepth = "50" | "200" | "500";

/** Candle interval as the WebSocket spells it. Differs from the REST `KlineInterval` (`1mon`, `1y`). */
export type StreamKlineInterval =
  "1m" | "3m" | "5m" | "15m" | "30m" | "1h" | "2h" | "4h" | "6h" | "12h" | "1d" | "3d" | "1w" | "1M";

/** One price level `[price, size]`. Sizes are absolute, in base-asset units; in delta topics size `"0"` deletes the level. */
export type BookLevel = [S["DecimalOut"], S["DecimalOut"]];

/** 0 = execution report, 1 = edit rejected, 2 = cancel rejected, 3 = cancel-all rejected. */
export type ExecutionReportMsgType = 0 | 1 | 2 | 3 | (number & {});

export interface OrderbookDeltaData {
  s: S["Symbol"];
  /** `ts` of the previous delta of this book (chain check: must equal the last applied `ts`). */
  prevTs: S["TimestampMs"];
  /** When the engine produced this book state. */
  ts: S["TimestampMs"];
  /** Changed ask levels (may be empty). */
  asks: BookLevel[];
  /** Changed bid levels (may be empty). */
  bids: BookLevel[];
}

export interface OrderbookUpdatePush {
  topic: OrderbookUpdateTopic;
  ts: S["TimestampMs"];
  data: OrderbookDeltaData;
}

export interface OrderbookUpdateRpiPush {
  topic: OrderbookUpdateRpiTopic;
  ts: S["TimestampMs"];
  data: OrderbookDeltaData;
}

export interface Orderbook10Data {
  s: S["Symbol"];
  ts: S["TimestampMs"];
  /** Up to 10 ask levels, best (lowest) first. */
  asks: BookLevel[];
  /** Up to 10 bid levels, best (highest) first. */
  bids: BookLevel[];
}

export interface Orderbook10Push {
  topic: Orderbook10Topic;
  ts: S["TimestampMs"];
  data: Orderbook10Data;
}

export interface BboData {
  s: S["Symbol"];
  /** Best ask price. */
  ap: S["DecimalOut"];
  /** Best ask quantity. */
  aq: S["DecimalOut"];
  /** Best bid price. */
  bp: S["DecimalOut"];
  /** Best bid quantity. */
  bq: S["DecimalOut"];
  /** When the engine produced this BBO. */
  ts: S["TimestampMs"];
}

export interface BboPush {
  topic: BboTopic;
  ts: S["TimestampMs"];
  data: BboData;
}

export interface BboRpiPush {
  topic: BboRpiTopic;
  ts: S["TimestampMs"];
  data: BboData;
}

export interface TradeData {
  s: S["Symbol"];
  /** Trade price. */
  px: S["DecimalOut"];
  /** Trade size in base asset. */
  sx: S["DecimalOut"];
  /** Taker side. */
  sd: S["Side"];
  /** Trade source (an integer code; 0 seen). Meaning of other values is not documented here. */
  src?: number;
  /** Whether the trade matched an RPI order. */
  rpi?: boolean;
  /** Trade time. */
  ts: S["TimestampMs"];
}

export interface TradePush {
  topic: TradeTopic;
  ts: S["TimestampMs"];
  data: TradeData;
}

export interface TickerData {
  s: S["Symbol"];
  /** Open (24 h ago). */
  o: S["DecimalOut"];
  /** Close (last price). */
  c: S["DecimalOut"];
  /** High. */
  h: S["DecimalOut"];
  /** Low. */
  l: S["DecimalOut"];
  /** Volume in base asset. */
  v: S["DecimalOut"];
  /** Amount in quote asset. */
  a: S["DecimalOut"];
  /** Aggregated volume in base asset. */
  q?: S["DecimalOut"];
  /** Aggregated amount in quote asset. */
  u?: S["DecimalOut"];
  /** Number of trades. */
  cnt?: number;
  /** When the ticker was produced. */
  ts: S["TimestampMs"];
  /** Time of the last trade. */
  tts?: S["TimestampMs"];
}

export interface TickerPush {
  topic: TickerTopic;
  ts: S["TimestampMs"];
  data: TickerData;
}

export interface KlineData {
  s: S["Symbol"];
  t: StreamKlineInterval;
  /** Open. */
  o: S["DecimalOut"];
  /** Close (latest price while the candle is open). */
  c: S["DecimalOut"];
  /** High. */
  h: S["DecimalOut"];
  /** Low. */
  l: S["DecimalOut"];
  /** Volume in base asset. */
  v: S["DecimalOut"];
  /** Amount in quote asset. */
  a: S["DecimalOut"];
  /** Candle start. */
  st: S["TimestampMs"];
  /** Candle end. */
  et: S["TimestampMs"];
  /** When this candle state was produced. */
  ts?: S["TimestampMs"];
  /** Time of the last trade. */
  tts?: S["TimestampMs"];
}

export interface KlinePush {
  topic: KlineTopic;
  ts: S["TimestampMs"];
  data: KlineData;
}

export interface PriceData {
  s: S["Symbol"];
  /** The price. */
  px: S["DecimalOut"];
  ts: S["TimestampMs"];
}

export interface MarkPricePush {
  topic: MarkPriceTopic;
  ts: S["TimestampMs"];
  data: PriceData;
}

export interface IndexPricePush {
  topic: IndexPriceTopic;
  ts: S["TimestampMs"];
  data: PriceData;
}

export interface EstFundingRateData {
  s: S["Symbol"];
  /** Estimated funding rate. */
  r: S["DecimalOut"];
  /** Next funding time. */
  ft: S["TimestampMs"];
  /** System time of the estimate. */
  ts?: S["TimestampMs"];
}

export interface EstFundingRatePush {
  topic: EstFundingRateTopic;
  ts: S["TimestampMs"];
  data: EstFundingRateData;
}

export interface OpenInterestData {
  s: S["Symbol"];
  /** Open interest. */
  oi: S["DecimalOut"];
  /** Time of the last change. */
  ts?: S["TimestampMs"];
}

export interface OpenInterestPush {
  /** `openinterest@{symbol}`; one official rendering shows the bare `openinterest`. */
  topic: OpenInterestTopic | "openinterest";
  ts: S["TimestampMs"];
  data: OpenInterestData;
}

/** An execution report (`mt` 0 or absent). */
export interface ExecutionReportUpdate {
  /** Message type; 0 here. */
  mt?: ExecutionReportMsgType;
  s: S["Symbol"];
  /** REST `clientOrderId`; 0 = none. */
  cid?: S["ClientOrderId"];
  /** REST `orderId`. */
  oid: S["Int64Id"];
  /** Order type. */
  t?: S["OrderTypeOut"] | (string & {});
  sd?: S["Side"];
  ps?: S["PositionSide"];
  /** Order quantity. */
  sx?: S["DecimalOut"];
  /** Order price (0 for MARKET). */
  px?: S["DecimalOut"];
  /** Trade id of the fill this push reports; 0 when the push is not a fill. */
  tid?: S["Int64Id"];
  /** Price of this fill. */
  epx?: S["DecimalOut"];
  /** Quantity of this fill. */
  esx?: S["DecimalOut"];
  /** Fee of this fill. */
  f?: S["DecimalOut"];
  /** Fee asset of this fill. */
  fa?: string;
  /** Total executed quantity. */
  tesx?: S["DecimalOut"];
  /** Average executed price. */
  aepx?: S["DecimalOut"];
  ss: S["OrderStatus"] | (string & {});
  /** Reason (empty when none). */
  rs?: string;
  /** Order tag (`default` when none was given). */
  tg?: string;
  /** Total fee. */
  tf?: S["DecimalOut"];
  /** Currency of the total fee. */
  tfc?: string;
  /** Total rebate. */
  tr?: S["DecimalOut"];
  /** Currency of the rebate. */
  trc?: string;
  /** Visible quantity. */
  vsx?: S["DecimalOut"];
  /** Event time. */
  ts: S["TimestampMs"];
  /** Reduce-only. */
  ro?: boolean;
  /** Whether this fill was as maker. */
  mk?: boolean;
  /** Leverage. */
  lv?: S["DecimalOut"];
  /** Whether this fill matched an RPI order. */
  rpi?: boolean;
  m?: S["MarginMode"];
}

/** A rejected edit (`mt` 1), cancel (2) or cancel-all (3); carries only the symbol, the order ids and the reason (cancel-all rejects carry no ids). */
export interface ExecutionReportReject {
  mt: 1 | 2 | 3;
  s: S["Symbol"];
  oid?: S["Int64Id"];
  cid?: S["ClientOrderId"];
  rs?: string;
}

export interface ExecutionReportPush {
  topic: ExecutionReportTopic;
  ts: S["TimestampMs"];
  data: ExecutionReportUpdate | ExecutionReportReject;
}

/** One node of an algo order tree. */
export interface AlgoExecutionNode {
  s: S["Symbol"];
  /** Root algo order id (REST `rootAlgoOrderId`). */
  raid: S["Int64Id"];
  /** Parent algo order id (REST `parentAlgoOrderId`); 0 for the root. */
  paid: S["Int64Id"];
  /** This node's id (REST `algoOrderId`). */
  aid: S["Int64Id"];
  /** REST `clientAlgoOrderId`; 0 = none. */
  caid?: S["ClientOrderId"];
  /** Order tag. */
  tg?: string;
  ss?: S["OrderStatus"] | (string & {});
  at: S["AlgoNodeType"] | (string & {});
  sd?: S["Side"];
  ps?: S["PositionSide"];
  /** Quantity (0 on CLOSE_POSITION legs). */
  sx?: S["DecimalOut"];
  /** Trigger price; absent on nodes without a trigger. */
  trp?: S["DecimalOut"];
  trpt?: S["TriggerPriceType"];
  tss?: S["TriggerStatus"] | (string & {});
  /** Price. */
  px?: S["DecimalOut"];
  /** `LIMIT`, `MARKET` or `CLOSE_POSITION`. */
  t?: S["OrderTypeOut"] | (string & {});
  /** Trade price that fired the trigger. */
  tpx?: S["DecimalOut"];
  /** Trigger time; 0 before the trigger. */
  tt?: S["TimestampMs"];
  /** Trade id of the fill this push reports; 0 if none. */
  tid?: S["Int64Id"];
  /** Price of this fill. */
  epx?: S["DecimalOut"];
  /** Quantity of this fill. */
  esx?: S["DecimalOut"];
  /** Fee of this fill. */
  f?: S["DecimalOut"];
  /** Fee asset of this fill. */
  fa?: string;
  /** Reason. */
  rs?: string;
  /** Total executed quantity. */
  tesx?: S["DecimalOut"];
  /** Average executed price. */
  aepx?: S["DecimalOut"];
  /** Total fee. */
  tf?: S["DecimalOut"];
  /** Currency of the total fee. */
  tfc?: string;
  /** Total rebate. */
  tr?: S["DecimalOut"];
  /** Currency of the rebate. */
  trc?: string;
  /** Visible quantity. */
  vsx?: S["DecimalOut"];
  /** Event time. */
  ts: S["TimestampMs"];
}

export interface AlgoExecutionReportPush {
  topic: AlgoExecutionReportTopic;
  ts: S["TimestampMs"];
  data: [AlgoExecutionNode, ...AlgoExecutionNode[]];
}

export interface BalanceItem {
  /** Token. */
  t: string;
  /** Holding. */
  h: S["DecimalOut"];
  /** Frozen. */
  f?: S["DecimalOut"];
  /** Interest. */
  i?: S["DecimalOut"];
  /** Pending short quantity. */
  psq?: S["DecimalOut"];
  /** Pending long quantity. */
  plq?: S["DecimalOut"];
  /** Staked. */
  s?: S["DecimalOut"];
  /** Unbonding. */
  u?: S["DecimalOut"];
  /** Vault. */
  v?: S["DecimalOut"];
  /** Launchpad vault. */
  l?: S["DecimalOut"];
  /** Earn. */
  e?: S["DecimalOut"];
  /** Average open price. */
  aop?: S["DecimalOut"];
  /** 24 h PnL. */
  pnl?: S["DecimalOut"];
  /** 24 h PnL ratio. */
  roi?: S["DecimalOut"];
  /** 24 h fee. */
  fee?: S["DecimalOut"];
  /** Mark price. */
  mp?: S["DecimalOut"];
  /** Version; grows with every change of this token's balance. */
  ver?: number;
  /** Trial fund bonus. */
  b?: S["DecimalOut"];
  /** Loss cover ratio (a JSON number in the official example). */
  lcr?: S["DecimalOut"];
  /** Time of the balance change. */
  ts?: S["TimestampMs"];
}

export interface BalancePush {
  topic: BalanceTopic;
  ts: S["TimestampMs"];
  data: {
    balances: BalanceItem[];
  };
}

export interface PositionItem {
  s: S["Symbol"];
  /** Holding (signed in one-way mode). */
  h: S["DecimalOut"];
  /** Pending long quantity. */
  plq?: S["DecimalOut"];
  /** Pending short quantity. */
  psq?: S["DecimalOut"];
  /** Average open price. */
  aop?: S["DecimalOut"];
  /** 24 h PnL. */
  pnl?: S["DecimalOut"];
  /** 24 h PnL ratio. */
  roi?: S["DecimalOut"];
  /** 24 h fee. */
  fee?: S["DecimalOut"];
  /** Last settle price. */
  sp?: S["DecimalOut"];
  /** Mark price. */
  mp?: S["DecimalOut"];
  /** Opening time. */
  ot?: S["TimestampMs"];
  /** ADL quantile. */
  aq?: number;
  /** Leverage. */
  lv?: S["DecimalOut"];
  m?: S["MarginMode"];
  ps?: S["PositionSide"];
  /** Isolated margin token (empty in cross mode). */
  it?: string;
  /** Isolated margin amount. */
  ia?: S["DecimalOut"];
  /** Isolated margin frozen for long orders. */
  il?: S["DecimalOut"];
  /** Isolated margin frozen for short orders. */
  is?: S["DecimalOut"];
  /** Version; grows with every change of this position. */
  ver?: number;
  /** Time of the position change. */
  ts?: S["TimestampMs"];
}

export interface PositionPush {
  topic: PositionTopic;
  ts: S["TimestampMs"];
  data: {
    positions: PositionItem[];
  };
}

export interface AccountData {
  /** Trading (account) mode, e.g. `PURE_SPOT`, `MARGIN`, `FUTURES` (values as REST `accountMode`; not confirmed for this topic). */
  m?: string;
  /** Default margin mode for futures. */
  M?: S["MarginMode"];
  /** Position mode. */
  P?: S["PositionMode"];
  /** Account leverage for margin trading. */
  l?: S["DecimalOut"];
  /** Margin ratio. */
  mr?: S["DecimalOut"];
  /** Open margin ratio. */
  omr?: S["DecimalOut"];
  /** Initial margin ratio. */
  imr?: S["DecimalOut"];
  /** Maintenance margin ratio. */
  mmr?: S["DecimalOut"];
  /** Total collateral. */
  tc?: S["DecimalOut"];
  /** Free collateral. */
  fc?: S["DecimalOut"];
  /** Total account value. */
  v?: S["DecimalOut"];
}

export interface AccountPush {
  topic: AccountTopic;
  ts: S["TimestampMs"];
  data: AccountData;
}

/** Every frame a client sends. */
export type ClientFrame = SubscribeRequest | UnsubscribeRequest | PingRequest | ClientPong;
/** Every frame the server sends that is not a topic push: command replies, refusals, pings. */
export type ControlFrame = SubscribeAck | CommandRejected | UnsubscribeAck | Pong | ServerPing;
/** Every topic push. */
export type PushFrame = TopicPayloads[TopicFamily];

// ---- The topic table

/** One row of the topic table (`x-topic` of spec/asyncapi.yaml). */
export interface TopicMeta {
  /** The topic family: the first `@` segment. */
  name: string;
  /** The topic with its parameters as placeholders, e.g. `kline@{symbol}@{interval}`. */
  pattern: string;
  /** The socket that carries it. */
  scope: "public" | "private";
  /** delta: changes to apply to local state; snapshot: the whole state for its key; event: one occurrence; update: a partial state merged by key. */
  kind: "delta" | "snapshot" | "event" | "update";
  /** Whether `data` is one object or an array. */
  dataShape: "object" | "array";
  /** The parameters in topic order, with their values where the spec lists them. */
  params: readonly { name: string; enum?: readonly string[] }[];
  /** A regular expression (source) that matches a whole topic of this family; one named group per parameter. */
  match: string;
  /** Push interval: a number of ms, null when event driven, or per value of a parameter. */
  pushIntervalMs: number | null | { param: string; values: Readonly<Record<string, number>> };
  /** Longest silence while subscribed, where the spec states one. */
  maxSilenceMs?: number;
  /** Each push fully replaces the state for its key fields. */
  snapshot: boolean;
  /** The server pushes the current state right after SUBSCRIBE. */
  snapshotOnSubscribe: boolean;
  /** The `data` field that holds the symbol, if any (routing fallback). */
  symbolField: string | null;
  /** The `data` array that holds one entry per entity (balances, positions); the fields below are its entries'. */
  itemsField?: string;
  /** The `data` fields that identify what a push is about. */
  keyFields: readonly string[];
  /** A per-key version that grows with every change (drop older pushes). */
  versionField?: string;
  /** Delta chaining and the REST snapshot that seeds it (order books). */
  sequence?: {
    prevField: string;
    currentField: string;
    seed: { operationId: string; query: Readonly<Record<string, string>>; anchorField: string };
  };
  /** REST operations that rebuild the state after a reconnect. */
  reconcile?: readonly string[];
}

export const topics = {
  orderbookupdate: {
    name: "orderbookupdate",
    pattern: "orderbookupdate@{symbol}@{depth}",
    scope: "public",
    kind: "delta",
    dataShape: "object",
    params: [
      { name: "symbol" },
      {
        name: "depth",
        enum: ["50", "200", "500"],
      },
    ],
    match: "^orderbookupdate@(?<symbol>[A-Z]+_[^_\\s@]+_[^_\\s@]+)@(?<depth>(?:50|200|500))$",
    pushIntervalMs: {
      param: "depth",
      values: { "50": 50, "200": 100, "500": 200 },
    },
    snapshot: false,
    snapshotOnSubscribe: false,
    symbolField: "s",
    keyFields: ["s"],
    sequence: {
      prevField: "prevTs",
      currentField: "ts",
      seed: {
        operationId: "getOrderbook",
        query: { symbol: "{symbol}", maxLevel: "{depth}" },
        anchorField: "timestamp",
      },
    },
  },
  orderbookupdaterpi: {
    name: "orderbookupdaterpi",
    pattern: "orderbookupdaterpi@{symbol}@{depth}",
    scope: "public",
    kind: "delta",
    dataShape: "object",
    params: [
      { name: "symbol" },
      {
        name: "depth",
        enum: ["50", "200", "500"],
      },
    ],
    match: "^orderbookupdaterpi@(?<symbol>[A-Z]+_[^_\\s@]+_[^_\\s@]+)@(?<depth>(?:50|200|500))$",
    pushIntervalMs: {
      param: "depth",
      values: { "50": 50, "200": 100, "500": 200 },
    },
    snapshot: false,
    snapshotOnSubscribe: false,
    symbolField: "s",
    keyFields: ["s"],
    sequence: {
      prevField: "prevTs",
      currentField: "ts",
      seed: {
        operationId: "getOrderbook",
        query: { symbol: "{symbol}", maxLevel: "{depth}", rpi: "true" },
        anchorField: "timestamp",
      },
    },
  },
  orderbook10: {
    name: "orderbook10",
    pattern: "orderbook10@{symbol}",
    scope: "public",
    kind: "snapshot",
    dataShape: "object",
    params: [{ name: "symbol" }],
    match: "^orderbook10@(?<symbol>[A-Z]+_[^_\\s@]+_[^_\\s@]+)$",
    pushIntervalMs: 200,
    snapshot: true,
    snapshotOnSubscribe: false,
    symbolField: "s",
    keyFields: ["s"],
  },
  bbo: {
    name: "bbo",
    pattern: "bbo@{symbol}",
    scope: "public",
    kind: "snapshot",
    dataShape: "object",
    params: [{ name: "symbol" }],
    match: "^bbo@(?<symbol>[A-Z]+_[^_\\s@]+_[^_\\s@]+)$",
    pushIntervalMs: 10,
    snapshot: true,
    snapshotOnSubscribe: false,
    symbolField: "s",
    keyFields: ["s"],
  },
  bborpi: {
    name: "bborpi",
    pattern: "bborpi@{symbol}",
    scope: "public",
    kind: "snapshot",
    dataShape: "object",
    params: [{ name: "symbol" }],
    match: "^bborpi@(?<symbol>[A-Z]+_[^_\\s@]+_[^_\\s@]+)$",
    pushIntervalMs: 10,
    snapshot: true,
    snapshotOnSubscribe: false,
    symbolField: "s",
    keyFields: ["s"],
  },
  trade: {
    name: "trade",
    pattern: "trade@{symbol}",
    scope: "public",
    kind: "event",
    dataShape: "object",
    params: [{ name: "symbol" }],
    match: "^trade@(?<symbol>[A-Z]+_[^_\\s@]+_[^_\\s@]+)$",
    pushIntervalMs: null,
    snapshot: false,
    snapshotOnSubscribe: false,
    symbolField: "s",
    keyFields: [],
  },
  ticker: {
    name: "ticker",
    pattern: "ticker@{symbol}",
    scope: "public",
    kind: "snapshot",
    dataShape: "object",
    params: [{ name: "symbol" }],
    match: "^ticker@(?<symbol>[A-Z]+_[^_\\s@]+_[^_\\s@]+)$",
    pushIntervalMs: 1000,
    snapshot: true,
    snapshotOnSubscribe: false,
    symbolField: "s",
    keyFields: ["s"],
  },
  kline: {
    name: "kline",
    pattern: "kline@{symbol}@{interval}",
    scope: "public",
    kind: "snapshot",
    dataShape: "object",
    params: [
      { name: "symbol" },
      {
        name: "interval",
        enum: ["1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "12h", "1d", "3d", "1w", "1M"],
      },
    ],
    match:
      "^kline@(?<symbol>[A-Z]+_[^_\\s@]+_[^_\\s@]+)@(?<interval>(?:1m|3m|5m|15m|30m|1h|2h|4h|6h|12h|1d|3d|1w|1M))$",
    pushIntervalMs: null,
    snapshot: true,
    snapshotOnSubscribe: false,
    symbolField: "s",
    keyFields: ["s", "t", "st"],
  },
  markprice: {
    name: "markprice",
    pattern: "markprice@{symbol}",
    scope: "public",
    kind: "snapshot",
    dataShape: "object",
    params: [{ name: "symbol" }],
    match: "^markprice@(?<symbol>[A-Z]+_[^_\\s@]+_[^_\\s@]+)$",
    pushIntervalMs: 1000,
    snapshot: true,
    snapshotOnSubscribe: false,
    symbolField: "s",
    keyFields: ["s"],
  },
  indexprice: {
    name: "indexprice",
    pattern: "indexprice@{symbol}",
    scope: "public",
    kind: "snapshot",
    dataShape: "object",
    params: [{ name: "symbol" }],
    match: "^indexprice@(?<symbol>(?=SPOT_)[A-Z]+_[^_\\s@]+_[^_\\s@]+)$",
    pushIntervalMs: 1000,
    snapshot: true,
    snapshotOnSubscribe: false,
    symbolField: "s",
    keyFields: ["s"],
  },
  estfundingrate: {
    name: "estfundingrate",
    pattern: "estfundingrate@{symbol}",
    scope: "public",
    kind: "snapshot",
    dataShape: "object",
    params: [{ name: "symbol" }],
    match: "^estfundingrate@(?<symbol>(?=PERP_)[A-Z]+_[^_\\s@]+_[^_\\s@]+)$",
    pushIntervalMs: 60000,
    snapshot: true,
    snapshotOnSubscribe: false,
    symbolField: "s",
    keyFields: ["s"],
  },
  openinterest: {
    name: "openinterest",
    pattern: "openinterest@{symbol}",
    scope: "public",
    kind: "snapshot",
    dataShape: "object",
    params: [{ name: "symbol" }],
    match: "^openinterest@(?<symbol>(?=PERP_)[A-Z]+_[^_\\s@]+_[^_\\s@]+)$",
    pushIntervalMs: 1000,
    maxSilenceMs: 10000,
    snapshot: true,
    snapshotOnSubscribe: false,
    symbolField: "s",
    keyFields: ["s"],
  },
  executionreport: {
    name: "executionreport",
    pattern: "executionreport",
    scope: "private",
    kind: "event",
    dataShape: "object",
    params: [],
    match: "^executionreport$",
    pushIntervalMs: null,
    snapshot: false,
    snapshotOnSubscribe: false,
    symbolField: "s",
    keyFields: ["oid"],
    reconcile: ["getOrders"],
  },
  algoexecutionreport: {
    name: "algoexecutionreport",
    pattern: "algoexecutionreport",
    scope: "private",
    kind: "event",
    dataShape: "array",
    params: [],
    match: "^algoexecutionreport$",
    pushIntervalMs: null,
    snapshot: false,
    snapshotOnSubscribe: false,
    symbolField: "s",
    keyFields: ["aid"],
    reconcile: ["getAlgoOrders"],
  },
  balance: {
    name: "balance",
    pattern: "balance",
    scope: "private",
    kind: "update",
    dataShape: "object",
    params: [],
    match: "^balance$",
    pushIntervalMs: null,
    snapshot: false,
    snapshotOnSubscribe: false,
    symbolField: null,
    itemsField: "balances",
    keyFields: ["t"],
    versionField: "ver",
    reconcile: ["getBalances"],
  },
  position: {
    name: "position",
    pattern: "position",
    scope: "private",
    kind: "update",
    dataShape: "object",
    params: [],
    match: "^position$",
    pushIntervalMs: null,
    snapshot: false,
    snapshotOnSubscribe: false,
    symbolField: null,
    itemsField: "positions",
    keyFields: ["s", "ps"],
    versionField: "ver",
    reconcile: ["getPositions"],
  },
  account: {
    name: "account",
    pattern: "account",
    scope: "private",
    kind: "snapshot",
    dataShape: "object",
    params: [],
    match: "^account$",
    pushIntervalMs: null,
    snapshot: true,
    snapshotOnSubscribe: false,
    symbolField: null,
    keyFields: [],
    reconcile: ["getAccountInfo"],
  },
} as const satisfies Record<TopicFamily, TopicMeta>;

const compiled = new Map<string, RegExp>();

/** The family and parameter values of a topic string, or undefined when it is not a topic of this API. */
export function parseTopic(topic: string): { family: TopicFamily; params: Record<string, string> } | undefined {
  const family = topic.split("@", 1)[0]!;
  if (!Object.hasOwn(topics, family)) return undefined;
  const meta: TopicMeta = topics[family as TopicFamily];
  let re = compiled.get(family);
  if (re === undefined) compiled.set(family, (re = new RegExp(meta.match)));
  const m = re.exec(topic);
  return m ? { family: family as TopicFamily, params: { ...m.groups } } : undefined;
}

/** Whether a string is a topic of this API, spelled as SUBSCRIBE expects it. */
export function isTopic(topic: string): topic is Topic {
  return parseTopic(topic) !== undefined;
}

// ---- Sockets

/** The sockets: URL and which topics they carry. */
export const servers = {
  public: { url: "wss://wss.woox.io/v3/public", scope: "public" },
  publicStaging: {
    url: "wss://wss.staging.woox.io/v3/public",
    scope: "public",
  },
  private: { url: "wss://wss.woox.io/v3/private", scope: "private" },
  privateStaging: {
    url: "wss://wss.staging.woox.io/v3/private",
    scope: "private",
  },
} as const;

/** How to get and pass the private socket's listen key (`x-listen-key` of spec/asyncapi.yaml). */
export const listenKey = {
  create: {
    method: "POST",
    path: "/v3/account/listenKey",
    body: { type: "WEBSOCKET" },
    operationId: "createListenKey",
    rateLimit: { requests: 5, perMs: 10000, key: "account" },
  },
  responseKeyFields: ["data.authKey", "data.listenKey"],
  responseExpiryField: "data.expiredTime",
  queryParameter: "key",
  lifetimeMs: 86400000,
  newKeyExpiresOld: true,
} as const;

/** Connection and subscription limits: `documented`, `observed` and the `recommended` value to use. */
export const limits = {
  connectionsPerIp: { documented: 100 },
  newConnectionsPerIpPer5Min: { documented: 100 },
  topicsPerConnection: { documented: 100, observed: 100 },
  topicsPerSubscribe: { documented: 20, observed: 10, recommended: 10 },
  subscribeCommandsPerSecond: { documented: 200 },
  connectionLifetimeMs: { documented: 86400000 },
  idleCloseMs: {
    documented: null,
    observed: 60000,
    recommendedPingIntervalMs: 15000,
  },
  compression: { observed: "none" },
} as const;

/** Push and reply fields that hold 64-bit integers; they may arrive as digit strings. */
export const int64Fields: ReadonlySet<string> = new Set([
  "aid",
  "caid",
  "cid",
  "et",
  "ft",
  "oid",
  "ot",
  "paid",
  "prevTs",
  "raid",
  "st",
  "tid",
  "time",
  "ts",
  "tt",
  "tts",
]);

// ---- Runtime guards: required fields present, present fields of the right JSON type. Extra fields,
// ---- unknown enum values, decimals as string or number and int64 as number, bigint or digits all pass.

type Check = (v: unknown) => boolean;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === "string";
const isNum = (v: unknown): v is number => typeof v === "number";
const isInt = (v: unknown): v is number => Number.isInteger(v);
const isBool = (v: unknown): v is boolean => typeof v === "boolean";
/** A decimal as the exchange sends it: a string or a number. */
const isDec = (v: unknown): boolean => typeof v === "string" || typeof v === "number";
/** A 64-bit integer as it may arrive: a number, a bigint (lossless parse) or a string of digits. */
const isInt64 = (v: unknown): boolean =>
  typeof v === "bigint" || Number.isInteger(v) || (typeof v === "string" && /^\d+$/.test(v));
const isArr = (v: unknown, item: Check, min = 0): boolean => Array.isArray(v) && v.length >= min && v.every(item);
const opt = (v: unknown, check: Check): boolean => v === undefined || check(v);

export const isSubscribeAck = (v: unknown): v is SubscribeAck =>
  isObj(v) &&
  opt(v.id, (x: unknown) => isStr(x) || isInt(x)) &&
  v.cmd === "SUBSCRIBE" &&
  v.success === true &&
  isInt64(v.time) &&
  isTopicList(v.data);

const isTopicList = (v: unknown): v is TopicList => isArr(v, isStr);

export const isCommandRejected = (v: unknown): v is CommandRejected =>
  isObj(v) &&
  opt(v.id, (x: unknown) => isStr(x) || isInt(x)) &&
  isStr(v.cmd) &&
  v.success === false &&
  isInt64(v.time) &&
  isStr(v.data);

export const isUnsubscribeAck = (v: unknown): v is UnsubscribeAck =>
  isObj(v) &&
  opt(v.id, (x: unknown) => isStr(x) || isInt(x)) &&
  v.cmd === "UN_SUBSCRIBE" &&
  v.success === true &&
  isInt64(v.time) &&
  opt(v.data, isTopicList);

export const isPong = (v: unknown): v is Pong =>
  isObj(v) &&
  opt(v.id, (x: unknown) => isStr(x) || isInt(x)) &&
  v.cmd === "PONG" &&
  v.success === true &&
  isInt64(v.time);

export const isServerPing = (v: unknown): v is ServerPing => isObj(v) && v.cmd === "PING";

export const isOrderbookUpdatePush = (v: unknown): v is OrderbookUpdatePush =>
  isObj(v) && isStr(v.topic) && isInt64(v.ts) && isOrderbookDeltaData(v.data);

const isOrderbookDeltaData = (v: unknown): v is OrderbookDeltaData =>
  isObj(v) &&
  isStr(v.s) &&
  isInt64(v.prevTs) &&
  isInt64(v.ts) &&
  isArr(v.asks, isBookLevel) &&
  isArr(v.bids, isBookLevel);

const isBookLevel = (v: unknown): v is BookLevel => isArr(v, isDec, 2);

export const isOrderbookUpdateRpiPush = (v: unknown): v is OrderbookUpdateRpiPush =>
  isObj(v) && isStr(v.topic) && isInt64(v.ts) && isOrderbookDeltaData(v.data);

export const isOrderbook10Push = (v: unknown): v is Orderbook10Push =>
  isObj(v) && isStr(v.topic) && isInt64(v.ts) && isOrderbook10Data(v.data);

const isOrderbook10Data = (v: unknown): v is Orderbook10Data =>
  isObj(v) && isStr(v.s) && isInt64(v.ts) && isArr(v.asks, isBookLevel) && isArr(v.bids, isBookLevel);

export const isBboPush = (v: unknown): v is BboPush => isObj(v) && isStr(v.topic) && isInt64(v.ts) && isBboData(v.data);

const isBboData = (v: unknown): v is BboData =>
  isObj(v) && isStr(v.s) && isDec(v.ap) && isDec(v.aq) && isDec(v.bp) && isDec(v.bq) && isInt64(v.ts);

export const isBboRpiPush = (v: unknown): v is BboRpiPush =>
  isObj(v) && isStr(v.topic) && isInt64(v.ts) && isBboData(v.data);

export const isTradePush = (v: unknown): v is TradePush =>
  isObj(v) && isStr(v.topic) && isInt64(v.ts) && isTradeData(v.data);

const isTradeData = (v: unknown): v is TradeData =>
  isObj(v) &&
  isStr(v.s) &&
  isDec(v.px) &&
  isDec(v.sx) &&
  isStr(v.sd) &&
  opt(v.src, isInt) &&
  opt(v.rpi, isBool) &&
  isInt64(v.ts);

export const isTickerPush = (v: unknown): v is TickerPush =>
  isObj(v) && isStr(v.topic) && isInt64(v.ts) && isTickerData(v.data);

const isTickerData = (v: unknown): v is TickerData =>
  isObj(v) &&
  isStr(v.s) &&
  isDec(v.o) &&
  isDec(v.c) &&
  isDec(v.h) &&
  isDec(v.l) &&
  isDec(v.v) &&
  isDec(v.a) &&
  opt(v.q, isDec) &&
  opt(v.u, isDec) &&
  opt(v.cnt, isInt) &&
  isInt64(v.ts) &&
  opt(v.tts, isInt64);

export const isKlinePush = (v: unknown): v is KlinePush =>
  isObj(v) && isStr(v.topic) && isInt64(v.ts) && isKlineData(v.data);

const isKlineData = (v: unknown): v is KlineData =>
  isObj(v) &&
  isStr(v.s) &&
  isStr(v.t) &&
  isDec(v.o) &&
  isDec(v.c) &&
  isDec(v.h) &&
  isDec(v.l) &&
  isDec(v.v) &&
  isDec(v.a) &&
  isInt64(v.st) &&
  isInt64(v.et) &&
  opt(v.ts, isInt64) &&
  opt(v.tts, isInt64);

export const isMarkPricePush = (v: unknown): v is MarkPricePush =>
  isObj(v) && isStr(v.topic) && isInt64(v.ts) && isPriceData(v.data);

const isPriceData = (v: unknown): v is PriceData => isObj(v) && isStr(v.s) && isDec(v.px) && isInt64(v.ts);

export const isIndexPricePush = (v: unknown): v is IndexPricePush =>
  isObj(v) && isStr(v.topic) && isInt64(v.ts) && isPriceData(v.data);

export const isEstFundingRatePush = (v: unknown): v is EstFundingRatePush =>
  isObj(v) && isStr(v.topic) && isInt64(v.ts) && isEstFundingRateData(v.data);

const isEstFundingRateData = (v: unknown): v is EstFundingRateData =>
  isObj(v) && isStr(v.s) && isDec(v.r) && isInt64(v.ft) && opt(v.ts, isInt64);

export const isOpenInterestPush = (v: unknown): v is OpenInterestPush =>
  isObj(v) && isStr(v.topic) && isInt64(v.ts) && isOpenInterestData(v.data);

const isOpenInterestData = (v: unknown): v is OpenInterestData =>
  isObj(v) && isStr(v.s) && isDec(v.oi) && opt(v.ts, isInt64);

export const isExecutionReportPush = (v: unknown): v is ExecutionReportPush =>
  isObj(v) &&
  v.topic === "executionreport" &&
  isInt64(v.ts) &&
  (isExecutionReportUpdate(v.data) || isExecutionReportReject(v.data));

const isExecutionReportUpdate = (v: unknown): v is ExecutionReportUpdate =>
  isObj(v) &&
  opt(v.mt, isInt) &&
  isStr(v.s) &&
  opt(v.cid, isInt64) &&
  isInt64(v.oid) &&
  opt(v.t, isStr) &&
  opt(v.sd, isStr) &&
  opt(v.ps, isStr) &&
  opt(v.sx, isDec) &&
  opt(v.px, isDec) &&
  opt(v.tid, isInt64) &&
  opt(v.epx, isDec) &&
  opt(v.esx, isDec) &&
  opt(v.f, isDec) &&
  opt(v.fa, isStr) &&
  opt(v.tesx, isDec) &&
  opt(v.aepx, isDec) &&
  isStr(v.ss) &&
  opt(v.rs, isStr) &&
  opt(v.tg, isStr) &&
  opt(v.tf, isDec) &&
  opt(v.tfc, isStr) &&
  opt(v.tr, isDec) &&
  opt(v.trc, isStr) &&
  opt(v.vsx, isDec) &&
  isInt64(v.ts) &&
  opt(v.ro, isBool) &&
  opt(v.mk, isBool) &&
  opt(v.lv, isDec) &&
  opt(v.rpi, isBool) &&
  opt(v.m, isStr);

const isExecutionReportReject = (v: unknown): v is ExecutionReportReject =>
  isObj(v) && isInt(v.mt) && isStr(v.s) && opt(v.oid, isInt64) && opt(v.cid, isInt64) && opt(v.rs, isStr);

export const isAlgoExecutionReportPush = (v: unknown): v is AlgoExecutionReportPush =>
  isObj(v) && v.topic === "algoexecutionreport" && isInt64(v.ts) && isArr(v.data, isAlgoExecutionNode, 1);

const isAlgoExecutionNode = (v: unknown): v is AlgoExecutionNode =>
  isObj(v) &&
  isStr(v.s) &&
  isInt64(v.raid) &&
  isInt64(v.paid) &&
  isInt64(v.aid) &&
  opt(v.caid, isInt64) &&
  opt(v.tg, isStr) &&
  opt(v.ss, isStr) &&
  isStr(v.at) &&
  opt(v.sd, isStr) &&
  opt(v.ps, isStr) &&
  opt(v.sx, isDec) &&
  opt(v.trp, isDec) &&
  opt(v.trpt, isStr) &&
  opt(v.tss, isStr) &&
  opt(v.px, isDec) &&
  opt(v.t, isStr) &&
  opt(v.tpx, isDec) &&
  opt(v.tt, isInt64) &&
  opt(v.tid, isInt64) &&
  opt(v.epx, isDec) &&
  opt(v.esx, isDec) &&
  opt(v.f, isDec) &&
  opt(v.fa, isStr) &&
  opt(v.rs, isStr) &&
  opt(v.tesx, isDec) &&
  opt(v.aepx, isDec) &&
  opt(v.tf, isDec) &&
  opt(v.tfc, isStr) &&
  opt(v.tr, isDec) &&
  opt(v.trc, isStr) &&
  opt(v.vsx, isDec) &&
  isInt64(v.ts);

export const isBalancePush = (v: unknown): v is BalancePush =>
  isObj(v) && v.topic === "balance" && isInt64(v.ts) && isObj(v.data) && isArr(v.data.balances, isBalanceItem);

const isBalanceItem = (v: unknown): v is BalanceItem =>
  isObj(v) &&
  isStr(v.t) &&
  isDec(v.h) &&
  opt(v.f, isDec) &&
  opt(v.i, isDec) &&
  opt(v.psq, isDec) &&
  opt(v.plq, isDec) &&
  opt(v.s, isDec) &&
  opt(v.u, isDec) &&
  opt(v.v, isDec) &&
  opt(v.l, isDec) &&
  opt(v.e, isDec) &&
  opt(v.aop, isDec) &&
  opt(v.pnl, isDec) &&
  opt(v.roi, isDec) &&
  opt(v.fee, isDec) &&
  opt(v.mp, isDec) &&
  opt(v.ver, isInt) &&
  opt(v.b, isDec) &&
  opt(v.lcr, isDec) &&
  opt(v.ts, isInt64);

export const isPositionPush = (v: unknown): v is PositionPush =>
  isObj(v) && v.topic === "position" && isInt64(v.ts) && isObj(v.data) && isArr(v.data.positions, isPositionItem);

const isPositionItem = (v: unknown): v is PositionItem =>
  isObj(v) &&
  isStr(v.s) &&
  isDec(v.h) &&
  opt(v.plq, isDec) &&
  opt(v.psq, isDec) &&
  opt(v.aop, isDec) &&
  opt(v.pnl, isDec) &&
  opt(v.roi, isDec) &&
  opt(v.fee, isDec) &&
  opt(v.sp, isDec) &&
  opt(v.mp, isDec) &&
  opt(v.ot, isInt64) &&
  opt(v.aq, isInt) &&
  opt(v.lv, isDec) &&
  opt(v.m, isStr) &&
  opt(v.ps, isStr) &&
  opt(v.it, isStr) &&
  opt(v.ia, isDec) &&
  opt(v.il, isDec) &&
  opt(v.is, isDec) &&
  opt(v.ver, isInt) &&
  opt(v.ts, isInt64);

export const isAccountPush = (v: unknown): v is AccountPush =>
  isObj(v) && v.topic === "account" && isInt64(v.ts) && isAccountData(v.data);

const isAccountData = (v: unknown): v is AccountData =>
  isObj(v) &&
  opt(v.m, isStr) &&
  opt(v.M, isStr) &&
  opt(v.P, isStr) &&
  opt(v.l, isDec) &&
  opt(v.mr, isDec) &&
  opt(v.omr, isDec) &&
  opt(v.imr, isDec) &&
  opt(v.mmr, isDec) &&
  opt(v.tc, isDec) &&
  opt(v.fc, isDec) &&
  opt(v.v, isDec);

/** The guard of each topic family's push. */
export const pushGuards: { readonly [F in TopicFamily]: (v: unknown) => v is TopicPayloads[F] } = {
  orderbookupdate: isOrderbookUpdatePush,
  orderbookupdaterpi: isOrderbookUpdateRpiPush,
  orderbook10: isOrderbook10Push,
  bbo: isBboPush,
  bborpi: isBboRpiPush,
  trade: isTradePush,
  ticker: isTickerPush,
  kline: isKlinePush,
  markprice: isMarkPricePush,
  indexprice: isIndexPricePush,
  estfundingrate: isEstFundingRatePush,
  openinterest: isOpenInterestPush,
  executionreport: isExecutionReportPush,
  algoexecutionreport: isAlgoExecutionReportPush,
  balance: isBalancePush,
  position: isPositionPush,
  account: isAccountPush,
};
