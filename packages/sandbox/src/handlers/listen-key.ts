import type { HandlerTable } from "./types.js";

/** The key that opens the account's private stream (served at /v3/private?key=). */
export const listenKeyHandlers = {
  createListenKey: {
    handle({ exchange, account }) {
      const { key, expiresAt } = exchange.listenKeys.create(account);
      return { authKey: key, expiredTime: expiresAt };
    },
  },
} satisfies Partial<HandlerTable>;
