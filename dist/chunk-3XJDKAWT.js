import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-WKS4YOXG.js";
import "./chunk-DGOV536S.js";
import "./chunk-7UEDC5FY.js";
import {
  __toESM
} from "./chunk-N4LTUWFQ.js";

// publish-gate-lazy:@stoplight/spectral-parsers.mjs
var namespace = __toESM(require_dist(), 1);
export {
  namespace
};
