// generated — do not edit — regenerate with `pnpm gen`
// Source: spec/ (openapi.yaml, errors.yaml). Any change here is overwritten by the next `pnpm gen`.

import type { Api } from "./types.gen.js";
import type { ErrorCatalog, TextTable } from "./catalog.js";
import { woox } from "./rules-woox.gen.js";
import { wooxPro } from "./rules-woox-pro.gen.js";
import { wooxText } from "./text-woox.gen.js";
import { wooxProText } from "./text-woox-pro.gen.js";

/** The catalog of every api. */
export const catalogs: { readonly [A in Api]: ErrorCatalog<A> } = { woox: woox, "woox-pro": wooxPro };

/** The prose of every api, by code. */
export const texts: { readonly [A in Api]: TextTable } = { woox: wooxText, "woox-pro": wooxProText };
