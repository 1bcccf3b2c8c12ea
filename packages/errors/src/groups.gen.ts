// generated — do not edit — regenerate with `pnpm gen`
// Source: spec/ (openapi.yaml, errors.yaml). Any change here is overwritten by the next `pnpm gen`.

import type { ApiInfo, ErrorGroup } from "./types.gen.js";

/** The APIs whose codes the catalog holds. */
export const apis = {
  woox: {
    title: "WOO X V3 (api.woox.io)",
    description:
      'The WOO X centralised exchange REST API at https://api.woox.io (V3 paths under /v3), which this SDK targets. Errors arrive as {"success": false, "code": ..., "message": ...} with a non-2xx status; code may be a number or a numeric string.',
  },
  "woox-pro": {
    title: "WOO X Pro",
    description:
      "A separate, BitMart-derived API (https://cloud-api.wooxpro.com, X-BM-* auth headers), not api.woox.io: codes here are never returned by V3. Success is code 1000, and several errors come with HTTP 200, so check code, not only the status.",
  },
} as const satisfies Record<string, ApiInfo>;

/** How the published tables group their codes, in table order. */
export const groups = [
  {
    id: "woox-general",
    api: "woox",
    title: "General errors (-1000 … -1105)",
    description:
      "The official error table of the WOO X API docs (legacy docs.woo.org, 2023), with HTTP status and error name. Codes are universal, messages can vary: the live API often sends a more specific text under the same code.",
  },
  {
    id: "woox-order-service",
    api: "woox",
    title: "Order and algo-order service (317xxx)",
    description:
      "Codes from the order and algo-order service (validation of orders and algo orders, receive window, trading suspension), observed from the live API and catalogued by ccxt. No official page lists them; HTTP statuses are inferred.",
  },
  {
    id: "woox-trading-engine",
    api: "woox",
    title: "Trading, margin and account engine (302xxx)",
    description:
      "Codes from the trading, margin and account engine (balances, margin, positions, reduce-only, futures credits), observed from the live API and catalogued by ccxt. No official page lists them; HTTP statuses are inferred.",
  },
  {
    id: "woox-generic",
    api: "woox",
    title: "Generic service errors (311xxx)",
    description:
      "Generic data and system errors observed from the live API and catalogued by ccxt. No official page lists them; HTTP statuses are inferred.",
  },
  {
    id: "woox-pro-http",
    api: "woox-pro",
    title: "List of global HTTP return codes",
    description:
      'The HTTP statuses the WOO X Pro "Restful Error Code" page lists globally. They are statuses, not body codes; each is catalogued under its status number.',
  },
  {
    id: "woox-pro-auth",
    api: "woox-pro",
    title: "Authentication Error Code",
    description:
      "WOO X Pro authentication, gateway and rate-limit codes (30000-30031), as published with their HTTP status. Some come with HTTP 200 or 418. The .md version of the page names the key header X-API-KEY instead of X-BM-KEY.",
  },
  {
    id: "woox-pro-contract",
    api: "woox-pro",
    title: "Contract API Error Code",
    description:
      "WOO X Pro contract (futures) API codes: 1000 OK, 40001-40050 and 42000, as published with their HTTP status (42000 comes with HTTP 200).",
  },
] as const satisfies readonly ErrorGroup[];
