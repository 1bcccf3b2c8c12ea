import { operations, type OperationId } from "./operations.gen.js";

// One lookup from "METHOD /path" to the spec's operation, shared by the client (limits, client ids,
// hooks) and the transport (whether to sign).
const ROUTES = new Map(Object.entries(operations).map(([id, op]) => [`${op.method} ${op.path}`, id as OperationId]));

export function operationAt(method: string, path: string): OperationId | undefined {
  return ROUTES.get(`${method} ${path}`);
}
