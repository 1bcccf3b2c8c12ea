// One page per entry of the error catalog (@woox-sdk/errors), at /errors/<api>/<code>.
import { errorRoutes } from "../../../src/routes-data.js";

export default { paths: () => errorRoutes() };
