// The index of each api's codes, at /errors/<api>/.
import { apiIndexRoutes } from "../../../src/routes-data.js";

export default { paths: () => apiIndexRoutes() };
