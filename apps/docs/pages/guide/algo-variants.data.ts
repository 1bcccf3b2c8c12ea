// Build-time data for the algo-orders guide: each algoType's description and fields, rendered from the
// spec's AlgoOrderRequest union exactly as the reference page renders them, so the guide adds advice and
// examples without restating a single field.
import type { OperationId } from "@woox-sdk/types/operations";
import { SchemaRenderer } from "../../src/schema.js";
import { context } from "../../src/routes-data.js";
import { routes } from "../../src/site.js";
import { inlineMd, withBasePath } from "../../src/html.js";

const PLACE: OperationId = "placeAlgoOrder";

export interface AlgoVariantData {
  title: string;
  description: string;
  fields: string;
}

export interface AlgoGuideData {
  /** The operation that takes the union, for links. */
  operationUrl: string;
  /** The shared fields, rendered once. */
  common: string;
  variants: Record<string, AlgoVariantData>;
}

declare const data: AlgoGuideData;
export { data };

export default {
  load(): AlgoGuideData {
    const ctx = context();
    const op = ctx.ops.find((o) => o.operationId === PLACE);
    if (!op?.requestBody?.schema) throw new Error(`The spec has no ${PLACE} body`);
    const operationUrl = withBasePath(ctx.base, routes.operation(op.operationId));
    // Type names link to the reference page's Types table rather than to this page.
    const relink = (html: string) => html.replace(/href="#type-/g, `href="${operationUrl}#type-`);
    const { common, variants } = new SchemaRenderer(ctx.doc).union(op.requestBody.schema);
    return {
      operationUrl,
      common: relink(common),
      variants: Object.fromEntries(
        variants.map((v) => [
          v.key ?? v.title,
          { title: v.title, description: v.description ? inlineMd(v.description) : "", fields: relink(v.html) },
        ]),
      ),
    };
  },
};
