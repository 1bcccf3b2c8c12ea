// The API reference: /api/ and one page per operation of the bundled spec, at /api/<operationId>.
import { referenceRoutes } from "../../src/routes-data.js";

export default { paths: () => referenceRoutes() };
