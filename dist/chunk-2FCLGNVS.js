import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  require_dist2 as require_dist
} from "./chunk-EE3I4FVU.js";
import "./chunk-ELPKQBRT.js";
import "./chunk-HZKCIKHG.js";
import "./chunk-TVRYNVJ6.js";
import "./chunk-EM2GRXHK.js";
import "./chunk-WKS4YOXG.js";
import "./chunk-DGOV536S.js";
import "./chunk-UAZEUQRR.js";
import "./chunk-7UEDC5FY.js";
import {
  __toESM
} from "./chunk-N4LTUWFQ.js";

// publish-gate-lazy:@stoplight/spectral-functions.mjs
var namespace = __toESM(require_dist(), 1);
export {
  namespace
};
