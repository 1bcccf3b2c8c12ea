// One page per group of codes, at /errors/groups/<group>.
import { groupRoutes } from "../../../src/routes-data.js";

export default { paths: () => groupRoutes() };
