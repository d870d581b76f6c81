import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-EM2GRXHK.js";
import "./chunk-7UEDC5FY.js";
import {
  __toESM
} from "./chunk-N4LTUWFQ.js";

// publish-gate-lazy:@stoplight/spectral-formats.mjs
var namespace = __toESM(require_dist(), 1);
export {
  namespace
};
