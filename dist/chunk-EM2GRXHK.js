import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  index_es_exports2 as index_es_exports,
  init_index_es2 as init_index_es,
  init_tslib_es6,
  tslib_es6_exports
} from "./chunk-7UEDC5FY.js";
import {
  __commonJS,
  __toCommonJS
} from "./chunk-N4LTUWFQ.js";

// node_modules/@stoplight/spectral-formats/dist/openapi.js
var require_openapi = __commonJS({
  "node_modules/@stoplight/spectral-formats/dist/openapi.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.oas3_2 = exports.oas3_1 = exports.oas3_0 = exports.oas3 = exports.oas2 = void 0;
    var json_1 = (init_index_es(), __toCommonJS(index_es_exports));
    var oas2 = (document) => (0, json_1.isPlainObject)(document) && "swagger" in document && parseInt(String(document.swagger)) === 2;
    exports.oas2 = oas2;
    exports.oas2.displayName = "OpenAPI 2.0 (Swagger)";
    var isOas3 = (document) => (0, json_1.isPlainObject)(document) && "openapi" in document && Number.parseInt(String(document.openapi)) === 3;
    exports.oas3 = isOas3;
    exports.oas3.displayName = "OpenAPI 3.x";
    var oas3_0 = (document) => isOas3(document) && /^3\.0(?:\.[0-9]*)?$/.test(String(document.openapi));
    exports.oas3_0 = oas3_0;
    exports.oas3_0.displayName = "OpenAPI 3.0.x";
    var oas3_1 = (document) => isOas3(document) && /^3\.1(?:\.[0-9]*)?$/.test(String(document.openapi));
    exports.oas3_1 = oas3_1;
    exports.oas3_1.displayName = "OpenAPI 3.1.x";
    var oas3_2 = (document) => isOas3(document) && /^3\.2(?:\.[0-9]*)?$/.test(String(document.openapi));
    exports.oas3_2 = oas3_2;
    exports.oas3_2.displayName = "OpenAPI 3.2.x";
  }
});

// node_modules/@stoplight/spectral-formats/dist/asyncapi.js
var require_asyncapi = __commonJS({
  "node_modules/@stoplight/spectral-formats/dist/asyncapi.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.aas3_1 = exports.aas3_0 = exports.aas2_6 = exports.aas2_5 = exports.aas2_4 = exports.aas2_3 = exports.aas2_2 = exports.aas2_1 = exports.aas2_0 = exports.asyncapi2 = exports.asyncApi2 = exports.aas3 = exports.aas2 = void 0;
    var json_1 = (init_index_es(), __toCommonJS(index_es_exports));
    var aas2Regex = /^2\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;
    var aas3Regex = /^3\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;
    var aas2_0Regex = /^2\.0(?:\.[0-9]*)?$/;
    var aas2_1Regex = /^2\.1(?:\.[0-9]*)?$/;
    var aas2_2Regex = /^2\.2(?:\.[0-9]*)?$/;
    var aas2_3Regex = /^2\.3(?:\.[0-9]*)?$/;
    var aas2_4Regex = /^2\.4(?:\.[0-9]*)?$/;
    var aas2_5Regex = /^2\.5(?:\.[0-9]*)?$/;
    var aas2_6Regex = /^2\.6(?:\.[0-9]*)?$/;
    var aas3_0Regex = /^3\.0(?:\.[0-9]*)?$/;
    var aas3_1Regex = /^3\.1(?:\.[0-9]*)?$/;
    var isAas2 = (document) => (0, json_1.isPlainObject)(document) && "asyncapi" in document && aas2Regex.test(String(document.asyncapi));
    var isAas3 = (document) => (0, json_1.isPlainObject)(document) && "asyncapi" in document && aas3Regex.test(String(document.asyncapi));
    exports.aas2 = isAas2;
    exports.aas2.displayName = "AsyncAPI 2.x";
    exports.aas3 = isAas3;
    exports.aas3.displayName = "AsyncAPI 3.x";
    exports.asyncApi2 = exports.aas2;
    exports.asyncapi2 = exports.aas2;
    var aas2_0 = (document) => isAas2(document) && aas2_0Regex.test(String(document.asyncapi));
    exports.aas2_0 = aas2_0;
    exports.aas2_0.displayName = "AsyncAPI 2.0.x";
    var aas2_1 = (document) => isAas2(document) && aas2_1Regex.test(String(document.asyncapi));
    exports.aas2_1 = aas2_1;
    exports.aas2_1.displayName = "AsyncAPI 2.1.x";
    var aas2_2 = (document) => isAas2(document) && aas2_2Regex.test(String(document.asyncapi));
    exports.aas2_2 = aas2_2;
    exports.aas2_2.displayName = "AsyncAPI 2.2.x";
    var aas2_3 = (document) => isAas2(document) && aas2_3Regex.test(String(document.asyncapi));
    exports.aas2_3 = aas2_3;
    exports.aas2_3.displayName = "AsyncAPI 2.3.x";
    var aas2_4 = (document) => isAas2(document) && aas2_4Regex.test(String(document.asyncapi));
    exports.aas2_4 = aas2_4;
    exports.aas2_4.displayName = "AsyncAPI 2.4.x";
    var aas2_5 = (document) => isAas2(document) && aas2_5Regex.test(String(document.asyncapi));
    exports.aas2_5 = aas2_5;
    exports.aas2_5.displayName = "AsyncAPI 2.5.x";
    var aas2_6 = (document) => isAas2(document) && aas2_6Regex.test(String(document.asyncapi));
    exports.aas2_6 = aas2_6;
    exports.aas2_6.displayName = "AsyncAPI 2.6.x";
    var aas3_0 = (document) => isAas3(document) && aas3_0Regex.test(String(document.asyncapi));
    exports.aas3_0 = aas3_0;
    exports.aas3_0.displayName = "AsyncAPI 3.0.x";
    var aas3_1 = (document) => isAas3(document) && aas3_1Regex.test(String(document.asyncapi));
    exports.aas3_1 = aas3_1;
    exports.aas3_1.displayName = "AsyncAPI 3.1.x";
  }
});

// node_modules/@stoplight/spectral-formats/dist/jsonSchema.js
var require_jsonSchema = __commonJS({
  "node_modules/@stoplight/spectral-formats/dist/jsonSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.detectDialect = exports.extractDraftVersion = exports.jsonSchemaDraft2020_12 = exports.jsonSchemaDraft2019_09 = exports.jsonSchemaDraft7 = exports.jsonSchemaDraft6 = exports.jsonSchemaDraft4 = exports.jsonSchemaLoose = exports.jsonSchema = void 0;
    var json_1 = (init_index_es(), __toCommonJS(index_es_exports));
    var KNOWN_JSON_SCHEMA_TYPES = ["array", "boolean", "integer", "null", "number", "object", "string"];
    var KNOWN_JSON_SCHEMA_COMPOUND_KEYWORDS = ["allOf", "oneOf", "anyOf", "not", "if"];
    var SCHEMA_DRAFT_REGEX = /^https?:\/\/json-schema.org\/(?:draft-0([467])|draft\/(20(?:19-09|20-12)))\/(?:hyper-)?schema#?$/;
    var hasValidJSONSchemaType = (document) => {
      if (!("type" in document))
        return false;
      if (typeof document.type === "string") {
        return KNOWN_JSON_SCHEMA_TYPES.includes(document.type);
      }
      return Array.isArray(document.type) && document.type.every((type) => KNOWN_JSON_SCHEMA_TYPES.includes(type));
    };
    var hasValidJSONSchemaEnumKeyword = (document) => Array.isArray(document["enum"]);
    var hasValidJSONSchemaCompoundKeyword = (document) => KNOWN_JSON_SCHEMA_COMPOUND_KEYWORDS.some((combiner) => combiner in document && typeof document[combiner] === "object" && document[combiner] !== null);
    function hasSchemaVersion(document) {
      return (0, json_1.isPlainObject)(document) && "$schema" in document && typeof document.$schema === "string";
    }
    var isJsonSchema = (document) => hasSchemaVersion(document) && document.$schema.includes("//json-schema.org/");
    exports.jsonSchema = isJsonSchema;
    exports.jsonSchema.displayName = "JSON Schema";
    var jsonSchemaLoose = (document) => (0, json_1.isPlainObject)(document) && (isJsonSchema(document) || hasValidJSONSchemaType(document) || hasValidJSONSchemaEnumKeyword(document) || hasValidJSONSchemaCompoundKeyword(document));
    exports.jsonSchemaLoose = jsonSchemaLoose;
    exports.jsonSchemaLoose.displayName = "JSON Schema (loose)";
    exports.jsonSchemaDraft4 = createJsonSchemaFormat("draft4", "JSON Schema Draft 4");
    exports.jsonSchemaDraft6 = createJsonSchemaFormat("draft6", "JSON Schema Draft 6");
    exports.jsonSchemaDraft7 = createJsonSchemaFormat("draft7", "JSON Schema Draft 7");
    exports.jsonSchemaDraft2019_09 = createJsonSchemaFormat("draft2019-09", "JSON Schema Draft 2019-09");
    exports.jsonSchemaDraft2020_12 = createJsonSchemaFormat("draft2020-12", "JSON Schema Draft 2020-12");
    function createJsonSchemaFormat(draft, name) {
      const format = (document) => isJsonSchema(document) && extractDraftVersion(document.$schema) === draft;
      format.displayName = name;
      return format;
    }
    function extractDraftVersion($schema) {
      var _a;
      const match = SCHEMA_DRAFT_REGEX.exec($schema);
      return match !== null ? `draft${(_a = match[1]) !== null && _a !== void 0 ? _a : match[2]}` : null;
    }
    exports.extractDraftVersion = extractDraftVersion;
    function detectDialect(document) {
      if (!isJsonSchema(document)) {
        return null;
      }
      return extractDraftVersion(document.$schema);
    }
    exports.detectDialect = detectDialect;
  }
});

// node_modules/@stoplight/spectral-formats/dist/arazzo.js
var require_arazzo = __commonJS({
  "node_modules/@stoplight/spectral-formats/dist/arazzo.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.arazzo1_0 = void 0;
    var json_1 = (init_index_es(), __toCommonJS(index_es_exports));
    var arazzo1_0Regex = /^1\.0(?:\.[0-9]*)?$/;
    var isArazzo = (document) => (0, json_1.isPlainObject)(document) && "arazzo" in document && arazzo1_0Regex.test(String(document.arazzo));
    exports.arazzo1_0 = isArazzo;
    exports.arazzo1_0.displayName = "Arazzo 1.0.x";
  }
});

// node_modules/@stoplight/spectral-formats/dist/index.js
var require_dist = __commonJS({
  "node_modules/@stoplight/spectral-formats/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var tslib_1 = (init_tslib_es6(), __toCommonJS(tslib_es6_exports));
    tslib_1.__exportStar(require_openapi(), exports);
    tslib_1.__exportStar(require_asyncapi(), exports);
    tslib_1.__exportStar(require_jsonSchema(), exports);
    tslib_1.__exportStar(require_arazzo(), exports);
  }
});

export {
  require_dist
};
