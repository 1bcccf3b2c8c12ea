// The WebSocket streams: /streams/ and one page per topic family of the topic table, at /streams/<family>.
import { streamRoutes } from "../../src/routes-data.js";

export default { paths: () => streamRoutes() };
