import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-ELPKQBRT.js";
import {
  require_dist as require_dist3,
  require_dist2 as require_dist4
} from "./chunk-HZKCIKHG.js";
import {
  require__,
  require_ajv,
  require_codegen,
  require_core,
  require_discriminator,
  require_draft7,
  require_dynamic,
  require_next,
  require_ref_error,
  require_unevaluated,
  require_validate,
  require_validation_error
} from "./chunk-TVRYNVJ6.js";
import {
  require_dist as require_dist5
} from "./chunk-EM2GRXHK.js";
import {
  require_dist as require_dist2
} from "./chunk-UAZEUQRR.js";
import {
  index_es_exports2 as index_es_exports,
  init_index_es2 as init_index_es,
  init_tslib_es6,
  require_lodash,
  tslib_es6_exports
} from "./chunk-7UEDC5FY.js";
import {
  __commonJS,
  __toCommonJS
} from "./chunk-N4LTUWFQ.js";

// node_modules/@stoplight/spectral-functions/dist/types.js
var require_types = __commonJS({
  "node_modules/@stoplight/spectral-functions/dist/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CasingType = void 0;
    var CasingType;
    (function(CasingType2) {
      CasingType2["flat"] = "flat";
      CasingType2["camel"] = "camel";
      CasingType2["pascal"] = "pascal";
      CasingType2["kebab"] = "kebab";
      CasingType2["cobol"] = "cobol";
      CasingType2["snake"] = "snake";
      CasingType2["macro"] = "macro";
    })(CasingType = exports.CasingType || (exports.CasingType = {}));
  }
});

// node_modules/@stoplight/spectral-functions/dist/optionSchemas.js
var require_optionSchemas = __commonJS({
  "node_modules/@stoplight/spectral-functions/dist/optionSchemas.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.optionSchemas = void 0;
    var types_1 = require_types();
    exports.optionSchemas = {
      alphabetical: {
        type: ["object", "null"],
        properties: {
          keyedBy: {
            type: "string",
            description: "The key to sort an object by."
          }
        },
        additionalProperties: false,
        errorMessage: {
          type: `"alphabetical" function has invalid options specified. Example valid options: null (no options), { "keyedBy": "my-key" }`
        }
      },
      casing: {
        required: ["type"],
        type: "object",
        properties: {
          type: {
            type: "string",
            enum: Object.values(types_1.CasingType),
            errorMessage: `"casing" function and its "type" option accept the following values: ${Object.values(types_1.CasingType).join(", ")}`,
            description: "The casing type to match against."
          },
          disallowDigits: {
            type: "boolean",
            default: false,
            description: "If not true, digits are allowed."
          },
          separator: {
            type: "object",
            required: ["char"],
            additionalProperties: false,
            properties: {
              char: {
                type: "string",
                maxLength: 1,
                errorMessage: `"casing" function and its "separator.char" option accepts only char, i.e. "I" or "/"`,
                description: "The additional char to separate groups of words."
              },
              allowLeading: {
                type: "boolean",
                description: "Can the group separator char be used at the first char?"
              }
            }
          }
        },
        additionalProperties: false,
        errorMessage: {
          type: `"casing" function has invalid options specified. Example valid options: { "type": "camel" }, { "type": "pascal", "disallowDigits": true }`
        }
      },
      defined: null,
      enumeration: {
        type: "object",
        additionalProperties: false,
        properties: {
          values: {
            type: "array",
            items: {
              type: ["string", "number", "null", "boolean"]
            },
            errorMessage: '"enumeration" and its "values" option support only arrays of primitive values, i.e. ["Berlin", "London", "Paris"]',
            description: "An array of possible values."
          }
        },
        required: ["values"],
        errorMessage: {
          type: `"enumeration" function has invalid options specified. Example valid options: { "values": ["Berlin", "London", "Paris"] }, { "values": [2, 3, 5, 8, 13, 21] }`
        }
      },
      falsy: null,
      length: {
        type: "object",
        properties: {
          min: {
            type: "number",
            description: "The minimum length to match."
          },
          max: {
            type: "number",
            description: "The maximum length to match."
          }
        },
        minProperties: 1,
        additionalProperties: false,
        errorMessage: {
          type: `"length" function has invalid options specified. Example valid options: { "min": 2 }, { "max": 5 }, { "min": 0, "max": 10 }`
        }
      },
      or: {
        type: "object",
        properties: {
          properties: {
            type: "array",
            items: {
              type: "string"
            },
            minItems: 2,
            errorMessage: `"or" requires at least two enumerated "properties", i.e. ["default", "example"], ["title", "summary", "description"], etc.`,
            description: "The properties to check."
          }
        },
        additionalProperties: false,
        required: ["properties"],
        errorMessage: {
          type: `"or" function has invalid options specified. Example valid options: { "properties": ["default", "example"] }, { "properties": ["title", "summary", "description"] }, etc.`
        }
      },
      pattern: {
        type: "object",
        additionalProperties: false,
        properties: {
          match: {
            anyOf: [
              {
                type: "string"
              },
              {
                type: "object",
                properties: {
                  exec: {},
                  test: {},
                  flags: {
                    type: "string"
                  }
                },
                required: ["test", "flags"],
                "x-internal": true
              }
            ],
            errorMessage: `"pattern" function and its "match" option must be string or RegExp instance`,
            description: "If provided, value must match this regex."
          },
          notMatch: {
            anyOf: [
              {
                type: "string"
              },
              {
                type: "object",
                properties: {
                  exec: {},
                  test: {},
                  flags: {
                    type: "string"
                  }
                },
                required: ["test", "flags"],
                "x-internal": true
              }
            ],
            errorMessage: `"pattern" function and its "notMatch" option must be string or RegExp instance`,
            description: "If provided, value must _not_ match this regex."
          }
        },
        minProperties: 1,
        errorMessage: {
          type: `"pattern" function has invalid options specified. Example valid options: { "match": "^Stoplight" }, { "notMatch": "Swagger" }, { "match": "Stoplight", "notMatch": "Swagger" }`,
          minProperties: `"pattern" function has invalid options specified. Example valid options: { "match": "^Stoplight" }, { "notMatch": "Swagger" }, { "match": "Stoplight", "notMatch": "Swagger" }`
        }
      },
      truthy: null,
      undefined: null,
      schema: {
        additionalProperties: false,
        properties: {
          schema: {
            type: "object",
            description: "Any valid JSON Schema document."
          },
          dialect: {
            enum: ["auto", "draft4", "draft6", "draft7", "draft2019-09", "draft2020-12"],
            default: "auto",
            description: "The JSON Schema draft used by function."
          },
          allErrors: {
            type: "boolean",
            default: false,
            description: "Returns all errors when true; otherwise only returns the first error."
          },
          prepareResults: {
            "x-internal": true
          }
        },
        required: ["schema"],
        type: "object",
        errorMessage: {
          type: '"schema" function has invalid options specified. Example valid options: { "schema": { /* any JSON Schema can be defined here */ } , { "schema": { "type": "object" }, "dialect": "auto" }'
        }
      },
      unreferencedReusableObject: {
        type: "object",
        properties: {
          reusableObjectsLocation: {
            type: "string",
            format: "json-pointer-uri-fragment",
            errorMessage: '"unreferencedReusableObject" and its "reusableObjectsLocation" option support only valid JSON Pointer fragments, i.e. "#", "#/foo", "#/paths/~1user"',
            description: "A local json pointer to the document member holding the reusable objects (eg. #/definitions for an OAS2 document, #/components/schemas for an OAS3 document)."
          }
        },
        additionalProperties: false,
        required: ["reusableObjectsLocation"],
        errorMessage: {
          type: '"unreferencedReusableObject" function has invalid options specified. Example valid options: { "reusableObjectsLocation": "#/components/schemas" }, { "reusableObjectsLocation": "#/$defs" }',
          required: '"unreferencedReusableObject" function is missing "reusableObjectsLocation" option. Example valid options: { "reusableObjectsLocation": "#/components/schemas" }, { "reusableObjectsLocation": "#/$defs" }'
        }
      },
      xor: {
        type: "object",
        properties: {
          properties: {
            type: "array",
            items: {
              type: "string"
            },
            minItems: 2,
            errorMessage: `"xor" requires at least two enumerated "properties", i.e. ["country", "street"], ["one", "two", "three"], etc.`,
            description: "The properties to check."
          }
        },
        additionalProperties: false,
        required: ["properties"],
        errorMessage: {
          type: `"xor" function has invalid options specified. Example valid options: { "properties": ["country", "street"] }, { "properties": ["one", "two", "three"] }, etc.`
        }
      }
    };
  }
});

// node_modules/@stoplight/spectral-functions/dist/alphabetical.js
var require_alphabetical = __commonJS({
  "node_modules/@stoplight/spectral-functions/dist/alphabetical.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var lodash_1 = require_lodash();
    var spectral_core_1 = require_dist4();
    var spectral_runtime_1 = require_dist2();
    var optionSchemas_1 = require_optionSchemas();
    var compare = (a, b) => {
      if ((typeof a === "number" || Number.isNaN(Number(a))) && (typeof b === "number" || !Number.isNaN(Number(b)))) {
        return Math.min(1, Math.max(-1, Number(a) - Number(b)));
      }
      if (typeof a !== "string" || typeof b !== "string") {
        return 0;
      }
      return a.localeCompare(b);
    };
    var getUnsortedItems = (arr, compareFn) => {
      for (let i = 0; i < arr.length - 1; i += 1) {
        if (compareFn(arr[i], arr[i + 1]) >= 1) {
          return [i, i + 1];
        }
      }
      return null;
    };
    function isStringOrNumber(maybeStringOrNumber) {
      return typeof maybeStringOrNumber === "string" || typeof maybeStringOrNumber === "number";
    }
    function isValidArray(arr) {
      return arr.every(isStringOrNumber);
    }
    exports.default = (0, spectral_core_1.createRulesetFunction)({
      input: {
        type: ["object", "array"]
      },
      options: optionSchemas_1.optionSchemas.alphabetical
    }, function alphabetical(targetVal, opts, { path, documentInventory }) {
      var _a, _b;
      let targetArray;
      if (Array.isArray(targetVal)) {
        targetArray = targetVal;
      } else {
        targetArray = Object.keys((_b = (_a = documentInventory.findAssociatedItemForPath(path, true)) === null || _a === void 0 ? void 0 : _a.document.trapAccess(targetVal)) !== null && _b !== void 0 ? _b : targetVal);
      }
      if (targetArray.length < 2) {
        return;
      }
      const keyedBy = opts === null || opts === void 0 ? void 0 : opts.keyedBy;
      if (keyedBy !== void 0) {
        const _targetArray = [];
        for (const item of targetArray) {
          if (!(0, lodash_1.isObject)(item)) {
            return [
              {
                message: '#{{print("property")}}must be an object'
              }
            ];
          }
          _targetArray.push(item[keyedBy]);
        }
        targetArray = _targetArray;
      }
      if (!isValidArray(targetArray)) {
        return [
          {
            message: '#{{print("property")}}must be one of the allowed types: number, string'
          }
        ];
      }
      const unsortedItems = getUnsortedItems(targetArray, compare);
      if (unsortedItems != null) {
        return [
          {
            ...keyedBy === void 0 ? {
              path: [...path, Array.isArray(targetVal) ? unsortedItems[0] : targetArray[unsortedItems[0]]]
            } : null,
            message: keyedBy !== void 0 ? "properties must follow the alphabetical order" : `${(0, spectral_runtime_1.printValue)(targetArray[unsortedItems[0]])} must be placed after ${(0, spectral_runtime_1.printValue)(targetArray[unsortedItems[1]])}`
          }
        ];
      }
      return;
    });
  }
});

// node_modules/@stoplight/spectral-functions/dist/casing.js
var require_casing = __commonJS({
  "node_modules/@stoplight/spectral-functions/dist/casing.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CasingType = void 0;
    var lodash_1 = require_lodash();
    var spectral_core_1 = require_dist4();
    var optionSchemas_1 = require_optionSchemas();
    var types_1 = require_types();
    Object.defineProperty(exports, "CasingType", { enumerable: true, get: function() {
      return types_1.CasingType;
    } });
    var CASES = {
      [types_1.CasingType.flat]: "[a-z][a-z{__DIGITS__}]*",
      [types_1.CasingType.camel]: "[a-z][a-z{__DIGITS__}]*(?:[A-Z{__DIGITS__}](?:[a-z{__DIGITS__}]+|$))*",
      [types_1.CasingType.pascal]: "[A-Z][a-z{__DIGITS__}]*(?:[A-Z{__DIGITS__}](?:[a-z{__DIGITS__}]+|$))*",
      [types_1.CasingType.kebab]: "[a-z][a-z{__DIGITS__}]*(?:-[a-z{__DIGITS__}]+)*",
      [types_1.CasingType.cobol]: "[A-Z][A-Z{__DIGITS__}]*(?:-[A-Z{__DIGITS__}]+)*",
      [types_1.CasingType.snake]: "[a-z][a-z{__DIGITS__}]*(?:_[a-z{__DIGITS__}]+)*",
      [types_1.CasingType.macro]: "[A-Z][A-Z{__DIGITS__}]*(?:_[A-Z{__DIGITS__}]+)*"
    };
    exports.default = (0, spectral_core_1.createRulesetFunction)({
      input: {
        type: "string",
        minLength: 1
      },
      options: optionSchemas_1.optionSchemas.casing
    }, function casing(targetVal, opts) {
      if (targetVal.length === 1 && opts.separator !== void 0 && opts.separator.allowLeading === true && targetVal === opts.separator.char) {
        return;
      }
      const casingValidator = buildFrom(CASES[opts.type], opts);
      if (casingValidator.test(targetVal)) {
        return;
      }
      return [
        {
          message: `must be ${opts.type} case`
        }
      ];
    });
    var DIGITS_PATTERN = "0-9";
    var buildFrom = (basePattern, overrides) => {
      const injectDigits = overrides.disallowDigits !== true;
      const pattern = basePattern.replace(/\{__DIGITS__\}/g, injectDigits ? DIGITS_PATTERN : "");
      if (overrides.separator === void 0) {
        return new RegExp(`^${pattern}$`);
      }
      const separatorPattern = `[${(0, lodash_1.escapeRegExp)(overrides.separator.char)}]`;
      const leadingSeparatorPattern = overrides.separator.allowLeading === true ? `${separatorPattern}?` : "";
      return new RegExp(`^${leadingSeparatorPattern}${pattern}(?:${separatorPattern}${pattern})*$`);
    };
  }
});

// node_modules/@stoplight/spectral-functions/dist/defined.js
var require_defined = __commonJS({
  "node_modules/@stoplight/spectral-functions/dist/defined.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var spectral_core_1 = require_dist4();
    var optionSchemas_1 = require_optionSchemas();
    exports.default = (0, spectral_core_1.createRulesetFunction)({
      input: null,
      options: optionSchemas_1.optionSchemas.defined
    }, function defined(input) {
      if (typeof input === "undefined") {
        return [
          {
            message: '#{{print("property")}}must be defined'
          }
        ];
      }
      return;
    });
  }
});

// node_modules/@stoplight/spectral-functions/dist/enumeration.js
var require_enumeration = __commonJS({
  "node_modules/@stoplight/spectral-functions/dist/enumeration.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var spectral_core_1 = require_dist4();
    var spectral_runtime_1 = require_dist2();
    var optionSchemas_1 = require_optionSchemas();
    exports.default = (0, spectral_core_1.createRulesetFunction)({
      input: {
        type: ["string", "number", "null", "boolean"]
      },
      options: optionSchemas_1.optionSchemas.enumeration
    }, function enumeration(targetVal, { values }) {
      if (!values.includes(targetVal)) {
        return [
          {
            message: `#{{print("value")}} must be equal to one of the allowed values: ${values.map(spectral_runtime_1.printValue).join(", ")}`
          }
        ];
      }
      return;
    });
  }
});

// node_modules/@stoplight/spectral-functions/dist/falsy.js
var require_falsy = __commonJS({
  "node_modules/@stoplight/spectral-functions/dist/falsy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var spectral_core_1 = require_dist4();
    var optionSchemas_1 = require_optionSchemas();
    exports.default = (0, spectral_core_1.createRulesetFunction)({
      input: null,
      options: optionSchemas_1.optionSchemas.falsy
    }, function falsy(input) {
      if (input) {
        return [
          {
            message: '#{{print("property")}}must be falsy'
          }
        ];
      }
      return;
    });
  }
});

// node_modules/@stoplight/spectral-functions/dist/length.js
var require_length = __commonJS({
  "node_modules/@stoplight/spectral-functions/dist/length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var spectral_core_1 = require_dist4();
    var spectral_runtime_1 = require_dist2();
    var json_1 = (init_index_es(), __toCommonJS(index_es_exports));
    var optionSchemas_1 = require_optionSchemas();
    exports.default = (0, spectral_core_1.createRulesetFunction)({
      input: {
        type: ["array", "object", "string", "number"]
      },
      options: optionSchemas_1.optionSchemas.length
    }, function length(targetVal, opts) {
      let value;
      if ((0, json_1.isPlainObject)(targetVal)) {
        value = Object.keys(targetVal).length;
      } else if (Array.isArray(targetVal)) {
        value = targetVal.length;
      } else if (typeof targetVal === "number") {
        value = targetVal;
      } else {
        value = targetVal.length;
      }
      let results;
      if ("min" in opts && value < opts.min) {
        results = [
          {
            message: `#{{print("property")}}must be longer than ${(0, spectral_runtime_1.printValue)(opts.min)}`
          }
        ];
      }
      if ("max" in opts && value > opts.max) {
        (results !== null && results !== void 0 ? results : results = []).push({
          message: `#{{print("property")}}must be shorter than ${(0, spectral_runtime_1.printValue)(opts.max)}`
        });
      }
      return results;
    });
  }
});

// node_modules/@stoplight/spectral-functions/dist/pattern.js
var require_pattern = __commonJS({
  "node_modules/@stoplight/spectral-functions/dist/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var spectral_core_1 = require_dist4();
    var spectral_runtime_1 = require_dist2();
    var optionSchemas_1 = require_optionSchemas();
    var REGEXP_PATTERN = /^\/(.+)\/([a-z]*)$/;
    var cache = /* @__PURE__ */ new Map();
    function getFromCache(pattern) {
      const existingPattern = cache.get(pattern);
      if (existingPattern !== void 0) {
        existingPattern.lastIndex = 0;
        return existingPattern;
      }
      const newPattern = createRegex(pattern);
      cache.set(pattern, newPattern);
      return newPattern;
    }
    function createRegex(pattern) {
      const splitRegex = REGEXP_PATTERN.exec(pattern);
      if (splitRegex !== null) {
        return new RegExp(splitRegex[1], splitRegex[2]);
      } else {
        return new RegExp(pattern);
      }
    }
    exports.default = (0, spectral_core_1.createRulesetFunction)({
      input: {
        type: "string"
      },
      options: optionSchemas_1.optionSchemas.pattern
    }, function pattern(targetVal, opts) {
      let results;
      if ("match" in opts) {
        const pattern2 = getFromCache(opts.match);
        if (!pattern2.test(targetVal)) {
          results = [
            {
              message: `#{{print("value")}} must match the pattern ${(0, spectral_runtime_1.printValue)(opts.match)}`
            }
          ];
        }
      }
      if ("notMatch" in opts) {
        const pattern2 = getFromCache(opts.notMatch);
        if (pattern2.test(targetVal)) {
          (results !== null && results !== void 0 ? results : results = []).push({
            message: `#{{print("value")}} must not match the pattern ${(0, spectral_runtime_1.printValue)(opts.notMatch)}`
          });
        }
      }
      return results;
    });
  }
});

// node_modules/jsonpointer/jsonpointer.js
var require_jsonpointer = __commonJS({
  "node_modules/jsonpointer/jsonpointer.js"(exports) {
    var hasExcape = /~/;
    var escapeMatcher = /~[01]/g;
    function escapeReplacer(m) {
      switch (m) {
        case "~1":
          return "/";
        case "~0":
          return "~";
      }
      throw new Error("Invalid tilde escape: " + m);
    }
    function untilde(str) {
      if (!hasExcape.test(str)) return str;
      return str.replace(escapeMatcher, escapeReplacer);
    }
    function setter(obj, pointer, value) {
      var part;
      var hasNextPart;
      for (var p = 1, len = pointer.length; p < len; ) {
        if (pointer[p] === "constructor" || pointer[p] === "prototype" || pointer[p] === "__proto__") return obj;
        part = untilde(pointer[p++]);
        hasNextPart = len > p;
        if (typeof obj[part] === "undefined") {
          if (Array.isArray(obj) && part === "-") {
            part = obj.length;
          }
          if (hasNextPart) {
            if (pointer[p] !== "" && pointer[p] < Infinity || pointer[p] === "-") obj[part] = [];
            else obj[part] = {};
          }
        }
        if (!hasNextPart) break;
        obj = obj[part];
      }
      var oldValue = obj[part];
      if (value === void 0) delete obj[part];
      else obj[part] = value;
      return oldValue;
    }
    function compilePointer(pointer) {
      if (typeof pointer === "string") {
        pointer = pointer.split("/");
        if (pointer[0] === "") return pointer;
        throw new Error("Invalid JSON pointer.");
      } else if (Array.isArray(pointer)) {
        for (const part of pointer) {
          if (typeof part !== "string" && typeof part !== "number") {
            throw new Error("Invalid JSON pointer. Must be of type string or number.");
          }
        }
        return pointer;
      }
      throw new Error("Invalid JSON pointer.");
    }
    function get(obj, pointer) {
      if (typeof obj !== "object") throw new Error("Invalid input object.");
      pointer = compilePointer(pointer);
      var len = pointer.length;
      if (len === 1) return obj;
      for (var p = 1; p < len; ) {
        obj = obj[untilde(pointer[p++])];
        if (len === p) return obj;
        if (typeof obj !== "object" || obj === null) return void 0;
      }
    }
    function set(obj, pointer, value) {
      if (typeof obj !== "object") throw new Error("Invalid input object.");
      pointer = compilePointer(pointer);
      if (pointer.length === 0) throw new Error("Invalid JSON pointer for set.");
      return setter(obj, pointer, value);
    }
    function compile(pointer) {
      var compiled = compilePointer(pointer);
      return {
        get: function(object) {
          return get(object, compiled);
        },
        set: function(object, value) {
          return set(object, compiled, value);
        }
      };
    }
    exports.get = get;
    exports.set = set;
    exports.compile = compile;
  }
});

// node_modules/leven/index.js
var require_leven = __commonJS({
  "node_modules/leven/index.js"(exports, module) {
    "use strict";
    var array = [];
    var charCodeCache = [];
    var leven = (left, right) => {
      if (left === right) {
        return 0;
      }
      const swap = left;
      if (left.length > right.length) {
        left = right;
        right = swap;
      }
      let leftLength = left.length;
      let rightLength = right.length;
      while (leftLength > 0 && left.charCodeAt(~-leftLength) === right.charCodeAt(~-rightLength)) {
        leftLength--;
        rightLength--;
      }
      let start = 0;
      while (start < leftLength && left.charCodeAt(start) === right.charCodeAt(start)) {
        start++;
      }
      leftLength -= start;
      rightLength -= start;
      if (leftLength === 0) {
        return rightLength;
      }
      let bCharCode;
      let result;
      let temp;
      let temp2;
      let i = 0;
      let j = 0;
      while (i < leftLength) {
        charCodeCache[i] = left.charCodeAt(start + i);
        array[i] = ++i;
      }
      while (j < rightLength) {
        bCharCode = right.charCodeAt(start + j);
        temp = j++;
        result = j;
        for (i = 0; i < leftLength; i++) {
          temp2 = bCharCode === charCodeCache[i] ? temp : temp + 1;
          temp = array[i];
          result = array[i] = temp > result ? temp2 > result ? result + 1 : temp2 : temp2 > temp ? temp + 1 : temp2;
        }
      }
      return result;
    };
    module.exports = leven;
    module.exports.default = leven;
  }
});

// node_modules/@stoplight/better-ajv-errors/dist/index.js
var require_dist6 = __commonJS({
  "node_modules/@stoplight/better-ajv-errors/dist/index.js"(exports, module) {
    "use strict";
    var pointer = require_jsonpointer();
    var leven = require_leven();
    function _interopDefaultLegacy(e) {
      return e && typeof e === "object" && "default" in e ? e : { "default": e };
    }
    var pointer__default = /* @__PURE__ */ _interopDefaultLegacy(pointer);
    var leven__default = /* @__PURE__ */ _interopDefaultLegacy(leven);
    var eq = (x) => (y) => x === y;
    var not = (fn) => (x) => !fn(x);
    var getValues = (
      /*::<Obj: Object>*/
      (o) => Object.values(o)
    );
    var notUndefined = (x) => x !== void 0;
    var isXError = (x) => (error) => error.keyword === x;
    var isAnyOfError = isXError("anyOf");
    var isEnumError = isXError("enum");
    var getErrors = (node) => node && node.errors || [];
    var getChildren = (node) => node && getValues(node.children) || [];
    var getSiblings = (parent) => (node) => getChildren(parent).filter(not(eq(node)));
    var concatAll = (
      /*::<T>*/
      (xs) => (ys) => ys.reduce((zs, z) => zs.concat(z), xs)
    );
    function getLastSegment(instancePath) {
      const index2 = instancePath.lastIndexOf("/");
      if (index2 !== -1) {
        return instancePath.slice(index2 + 1);
      }
      return null;
    }
    var QUOTES = /['"]/g;
    var NOT = /NOT/g;
    var FIRST_LETTER = /^[a-z]/;
    function cleanAjvMessage(word) {
      return word.replace(QUOTES, '"').replace(NOT, "not");
    }
    function toUpperCase(word) {
      return word.toUpperCase();
    }
    function capitalize(word) {
      return word.replace(FIRST_LETTER, toUpperCase);
    }
    var BaseValidationError = class {
      constructor(options = { isIdentifierLocation: false }, { data, schema, propPath }) {
        this.options = options;
        this.data = data;
        this.schema = schema;
        this.propPath = propPath;
      }
      getError() {
        throw new Error(
          `Implement the 'getError' method inside ${this.constructor.name}!`
        );
      }
      getPrettyPropertyName(dataPath) {
        const propName = this.getPropertyName(dataPath);
        if (propName === null) {
          return capitalize(typeof this.getPropertyValue(dataPath));
        }
        return `"${propName}" property`;
      }
      getPropertyName(path) {
        const propName = getLastSegment(path);
        if (propName !== null) {
          return propName;
        }
        if (this.propPath.length === 0) {
          return null;
        }
        return this.propPath[this.propPath.length - 1];
      }
      getPropertyValue(path) {
        return path === "" ? this.data : pointer__default["default"].get(this.data, path);
      }
    };
    var RequiredValidationError = class extends BaseValidationError {
      getError() {
        const { message, instancePath } = this.options;
        return {
          error: `${this.getPrettyPropertyName(instancePath)} ${cleanAjvMessage(
            message
          )}`,
          path: instancePath
        };
      }
    };
    var AdditionalPropValidationError = class extends BaseValidationError {
      constructor(...args) {
        super(...args);
      }
      getError() {
        const { params, instancePath } = this.options;
        return {
          error: `Property "${params.additionalProperty}" is not expected to be here`,
          path: instancePath
        };
      }
    };
    var EnumValidationError = class extends BaseValidationError {
      getError() {
        const { message, instancePath, params } = this.options;
        const bestMatch = this.findBestMatch();
        const output = {
          error: `${this.getPrettyPropertyName(
            instancePath
          )} ${message}: ${params.allowedValues.map(
            (value) => typeof value === "string" ? `"${value}"` : JSON.stringify(value)
          ).join(", ")}`,
          path: instancePath
        };
        if (bestMatch !== null) {
          output.suggestion = `Did you mean "${bestMatch}"?`;
        }
        return output;
      }
      findBestMatch() {
        const {
          instancePath,
          params: { allowedValues }
        } = this.options;
        const currentValue = this.getPropertyValue(instancePath);
        if (typeof currentValue !== "string") {
          return null;
        }
        const matches = allowedValues.filter((value) => typeof value === "string").map((value) => ({
          value,
          weight: leven__default["default"](value, currentValue.toString())
        })).sort((x, y) => x.weight > y.weight ? 1 : x.weight < y.weight ? -1 : 0);
        if (matches.length === 0) {
          return null;
        }
        const bestMatch = matches[0];
        return allowedValues.length === 1 || bestMatch.weight < bestMatch.value.length ? bestMatch.value : null;
      }
    };
    var DefaultValidationError = class extends BaseValidationError {
      getError() {
        const { message, instancePath } = this.options;
        return {
          error: `${this.getPrettyPropertyName(instancePath)} ${cleanAjvMessage(
            message
          )}`,
          path: instancePath
        };
      }
    };
    var TypeValidationError = class extends BaseValidationError {
      getError() {
        const { message, instancePath } = this.options;
        const propertyName = this.getPropertyName(instancePath);
        return {
          error: propertyName === null ? `Value type ${message}` : `"${propertyName}" property type ${message}`,
          path: instancePath
        };
      }
    };
    var ErrorMessageError = class extends BaseValidationError {
      getError() {
        const { message, instancePath } = this.options;
        return {
          error: message,
          path: instancePath
        };
      }
    };
    var JSON_POINTERS_REGEX = /\/[\w$_-]+(\/\d+)?/g;
    function makeTree(ajvErrors = []) {
      const root = { children: {} };
      ajvErrors.forEach((ajvError) => {
        const { instancePath } = ajvError;
        const paths = instancePath === "" ? [""] : instancePath.match(JSON_POINTERS_REGEX);
        paths && paths.reduce((obj, path, i) => {
          obj.children[path] = obj.children[path] || { children: {}, errors: [] };
          if (i === paths.length - 1) {
            obj.children[path].errors.push(ajvError);
          }
          return obj.children[path];
        }, root);
      });
      return root;
    }
    function filterRedundantErrors(root, parent, key) {
      if (getErrors(root).some(isAnyOfError)) {
        if (Object.keys(root.children).length > 0) {
          delete root.errors;
        }
      }
      if (root.errors && root.errors.length && getErrors(root).every(isEnumError)) {
        if (getSiblings(parent)(root).filter(notUndefined).some(getErrors)) {
          delete parent.children[key];
        }
      }
      Object.entries(root.children).forEach(
        ([key2, child]) => filterRedundantErrors(child, root, key2)
      );
    }
    function createErrorInstances(root, options) {
      const errors = getErrors(root);
      if (errors.length && errors.every(isEnumError)) {
        const uniqueValues = new Set(
          concatAll([])(errors.map((e) => e.params.allowedValues))
        );
        const allowedValues = [...uniqueValues];
        const error = errors[0];
        return [
          new EnumValidationError(
            {
              ...error,
              params: { allowedValues }
            },
            options
          )
        ];
      } else {
        return concatAll(
          errors.reduce((ret, error) => {
            switch (error.keyword) {
              case "additionalProperties":
                return ret.concat(
                  new AdditionalPropValidationError(error, options)
                );
              case "required":
                return ret.concat(new RequiredValidationError(error, options));
              case "type":
                return ret.concat(new TypeValidationError(error, options));
              case "errorMessage":
                return ret.concat(new ErrorMessageError(error, options));
              default:
                return ret.concat(new DefaultValidationError(error, options));
            }
          }, [])
        )(getChildren(root).map((child) => createErrorInstances(child, options)));
      }
    }
    var prettify = (ajvErrors, options) => {
      const tree = makeTree(ajvErrors || []);
      filterRedundantErrors(tree);
      return createErrorInstances(tree, options);
    };
    var customErrorToStructure = (error) => error.getError();
    var index = (schema, errors, { propertyPath, targetValue }) => {
      const customErrors = prettify(errors, {
        data: targetValue,
        schema,
        propPath: propertyPath
      });
      return customErrors.map(customErrorToStructure);
    };
    module.exports = index;
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/schema.json
var require_schema = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/core": true,
        "https://json-schema.org/draft/2019-09/vocab/applicator": true,
        "https://json-schema.org/draft/2019-09/vocab/validation": true,
        "https://json-schema.org/draft/2019-09/vocab/meta-data": true,
        "https://json-schema.org/draft/2019-09/vocab/format": false,
        "https://json-schema.org/draft/2019-09/vocab/content": true
      },
      $recursiveAnchor: true,
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      properties: {
        definitions: {
          $comment: "While no longer an official keyword as it is replaced by $defs, this keyword is retained in the meta-schema to prevent incompatible extensions as it remains in common use.",
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" is no longer a keyword, but schema authors should avoid redefining it to facilitate a smooth transition to "dependentSchemas" and "dependentRequired"',
          type: "object",
          additionalProperties: {
            anyOf: [{ $recursiveRef: "#" }, { $ref: "meta/validation#/$defs/stringArray" }]
          }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/applicator.json
var require_applicator = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/applicator": true
      },
      $recursiveAnchor: true,
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        additionalItems: { $recursiveRef: "#" },
        unevaluatedItems: { $recursiveRef: "#" },
        items: {
          anyOf: [{ $recursiveRef: "#" }, { $ref: "#/$defs/schemaArray" }]
        },
        contains: { $recursiveRef: "#" },
        additionalProperties: { $recursiveRef: "#" },
        unevaluatedProperties: { $recursiveRef: "#" },
        properties: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: {
            $recursiveRef: "#"
          }
        },
        propertyNames: { $recursiveRef: "#" },
        if: { $recursiveRef: "#" },
        then: { $recursiveRef: "#" },
        else: { $recursiveRef: "#" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $recursiveRef: "#" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $recursiveRef: "#" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/content.json
var require_content = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/content": true
      },
      $recursiveAnchor: true,
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        contentSchema: { $recursiveRef: "#" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/core.json
var require_core2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/core": true
      },
      $recursiveAnchor: true,
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $anchor: {
          type: "string",
          pattern: "^[A-Za-z][-A-Za-z0-9.:_]*$"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $recursiveRef: {
          type: "string",
          format: "uri-reference"
        },
        $recursiveAnchor: {
          type: "boolean",
          default: false
        },
        $vocabulary: {
          type: "object",
          propertyNames: {
            type: "string",
            format: "uri"
          },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/format.json
var require_format = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/format.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/format",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/format": true
      },
      $recursiveAnchor: true,
      title: "Format vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/meta-data.json
var require_meta_data = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/meta-data": true
      },
      $recursiveAnchor: true,
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/validation.json
var require_validation = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/validation": true
      },
      $recursiveAnchor: true,
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/index.js
var require_json_schema_2019_09 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema();
    var applicator = require_applicator();
    var content = require_content();
    var core = require_core2();
    var format = require_format();
    var metadata = require_meta_data();
    var validation = require_validation();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2019($data) {
      ;
      [
        metaSchema,
        applicator,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2019;
  }
});

// node_modules/ajv/dist/2019.js
var require__2 = __commonJS({
  "node_modules/ajv/dist/2019.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2019 = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var discriminator_1 = require_discriminator();
    var json_schema_2019_09_1 = require_json_schema_2019_09();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2019-09/schema";
    var Ajv2019 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        this.addVocabulary(dynamic_1.default);
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        this.addVocabulary(next_1.default);
        this.addVocabulary(unevaluated_1.default);
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2019_09_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2019 = Ajv2019;
    module.exports = exports = Ajv2019;
    module.exports.Ajv2019 = Ajv2019;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2019;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/@stoplight/spectral-functions/node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/@stoplight/spectral-functions/node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(time, compareTime),
      "date-time": fmtDef(date_time, compareDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d)(\.\d+)?(z|[+-]\d\d(?::?\d\d)?)?$/i;
    function time(str, withTimeZone) {
      const matches = TIME.exec(str);
      if (!matches)
        return false;
      const hour = +matches[1];
      const minute = +matches[2];
      const second = +matches[3];
      const timeZone = matches[5];
      return (hour <= 23 && minute <= 59 && second <= 59 || hour === 23 && minute === 59 && second === 60) && (!withTimeZone || timeZone !== "");
    }
    function compareTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3] + (a1[4] || "");
      t2 = a2[1] + a2[2] + a2[3] + (a2[4] || "");
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function date_time(str) {
      const dateTime = str.split(DATE_TIME_SEPARATOR);
      return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1], true);
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// node_modules/@stoplight/spectral-functions/node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/@stoplight/spectral-functions/node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => codegen_1.str`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => codegen_1._`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt = gen.const("fmt", codegen_1._`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data(codegen_1.or(codegen_1._`typeof ${fmt} != "object"`, codegen_1._`${fmt} instanceof RegExp`, codegen_1._`typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
          const format = fCxt.schema;
          const fmtDef = self.formats[format];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          }
          const fmt = gen.scopeValue("formats", {
            key: format,
            ref: fmtDef,
            code: opts.code.formats ? codegen_1._`${opts.code.formats}${codegen_1.getProperty(format)}` : void 0
          });
          cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
          return codegen_1._`${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv) => {
      ajv.addKeyword(exports.formatLimitDefinition);
      return ajv;
    };
    exports.default = formatLimitPlugin;
  }
});

// node_modules/@stoplight/spectral-functions/node_modules/ajv-formats/dist/index.js
var require_dist7 = __commonJS({
  "node_modules/@stoplight/spectral-functions/node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats(ajv, opts, formats_1.fullFormats, fullName);
        return ajv;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list = opts.formats || formats_1.formatNames;
      addFormats(ajv, list, formats, exportName);
      if (opts.keywords)
        limit_1.default(ajv);
      return ajv;
    };
    formatsPlugin.get = (name, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats(ajv, list, fs, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = codegen_1._`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list)
        ajv.addFormat(f, fs[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-06.json
var require_json_schema_draft_06 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-06.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-06/schema#",
      $id: "http://json-schema.org/draft-06/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: {},
        examples: {
          type: "array",
          items: {}
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: {}
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: {},
        enum: {
          type: "array",
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: {}
    };
  }
});

// node_modules/@stoplight/spectral-functions/dist/schema/draft4.json
var require_draft4 = __commonJS({
  "node_modules/@stoplight/spectral-functions/dist/schema/draft4.json"(exports, module) {
    module.exports = {
      $id: "http://json-schema.org/draft-04/schema#",
      $schema: "http://json-schema.org/draft-07/schema#",
      description: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        positiveInteger: {
          type: "integer",
          minimum: 0
        },
        positiveIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/positiveInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          minItems: 1,
          uniqueItems: true
        }
      },
      type: "object",
      properties: {
        id: {
          type: "string",
          format: "uri"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        deprecationMessage: {
          type: "string",
          description: "Non-standard: deprecation message for a property, if it is deprecated"
        },
        default: {},
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "boolean",
          default: false
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "boolean",
          default: false
        },
        maxLength: { $ref: "#/definitions/positiveInteger" },
        minLength: { $ref: "#/definitions/positiveIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: {
          anyOf: [{ type: "boolean" }, { $ref: "#" }],
          default: {}
        },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: {}
        },
        maxItems: { $ref: "#/definitions/positiveInteger" },
        minItems: { $ref: "#/definitions/positiveIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxProperties: { $ref: "#/definitions/positiveInteger" },
        minProperties: { $ref: "#/definitions/positiveIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: {
          anyOf: [{ type: "boolean" }, { $ref: "#" }],
          default: {}
        },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        enum: {
          type: "array",
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: {}
    };
  }
});

// node_modules/@stoplight/spectral-functions/dist/schema/ajv.js
var require_ajv2 = __commonJS({
  "node_modules/@stoplight/spectral-functions/dist/schema/ajv.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createAjvInstances = void 0;
    var tslib_1 = (init_tslib_es6(), __toCommonJS(tslib_es6_exports));
    var ajv_1 = tslib_1.__importDefault(require_ajv());
    var _2019_1 = tslib_1.__importDefault(require__2());
    var _2020_1 = tslib_1.__importDefault(require__());
    var ajv_draft_04_1 = tslib_1.__importDefault(require_dist());
    var ajv_formats_1 = tslib_1.__importDefault(require_dist7());
    var ajv_errors_1 = tslib_1.__importDefault(require_dist3());
    var draft6MetaSchema = tslib_1.__importStar(require_json_schema_draft_06());
    var draft4MetaSchema = tslib_1.__importStar(require_draft4());
    var logger = {
      warn(...args) {
        const firstArg = args[0];
        if (typeof firstArg === "string") {
          if (firstArg.startsWith("unknown format"))
            return;
          console.warn(...args);
        }
      },
      log: console.log,
      error: console.error
    };
    function createAjvInstance(Ajv, allErrors) {
      const ajv = new Ajv({
        allErrors,
        meta: true,
        messages: true,
        strict: false,
        allowUnionTypes: true,
        logger,
        unicodeRegExp: false
      });
      (0, ajv_formats_1.default)(ajv);
      if (allErrors) {
        (0, ajv_errors_1.default)(ajv);
      }
      if (Ajv === ajv_1.default) {
        ajv.addSchema(draft4MetaSchema);
        ajv.addSchema(draft6MetaSchema);
      }
      return ajv;
    }
    function _createAjvInstances(Ajv) {
      let _default;
      let _allErrors;
      return {
        get default() {
          _default !== null && _default !== void 0 ? _default : _default = createAjvInstance(Ajv, false);
          return _default;
        },
        get allErrors() {
          _allErrors !== null && _allErrors !== void 0 ? _allErrors : _allErrors = createAjvInstance(Ajv, true);
          return _allErrors;
        }
      };
    }
    function createAjvInstances() {
      const ajvInstances = {
        auto: _createAjvInstances(ajv_1.default),
        draft4: _createAjvInstances(ajv_draft_04_1.default),
        "draft2019-09": _createAjvInstances(_2019_1.default),
        "draft2020-12": _createAjvInstances(_2020_1.default)
      };
      const compiledSchemas = /* @__PURE__ */ new WeakMap();
      return function(schema, dialect, allErrors) {
        var _a, _b, _c, _d;
        const instances = (_a = ajvInstances[dialect]) !== null && _a !== void 0 ? _a : ajvInstances.auto;
        const ajv = instances[allErrors ? "allErrors" : "default"];
        const $id = schema.$id;
        if (typeof $id === "string") {
          return (_b = ajv.getSchema($id)) !== null && _b !== void 0 ? _b : ajv.compile(schema);
        } else {
          const actualCompiledSchemas = (_c = compiledSchemas.get(ajv)) !== null && _c !== void 0 ? _c : compiledSchemas.set(ajv, /* @__PURE__ */ new WeakMap()).get(ajv);
          return (_d = actualCompiledSchemas.get(schema)) !== null && _d !== void 0 ? _d : actualCompiledSchemas.set(schema, ajv.compile(schema)).get(schema);
        }
      };
    }
    exports.createAjvInstances = createAjvInstances;
  }
});

// node_modules/@stoplight/spectral-functions/dist/schema/index.js
var require_schema2 = __commonJS({
  "node_modules/@stoplight/spectral-functions/dist/schema/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var tslib_1 = (init_tslib_es6(), __toCommonJS(tslib_es6_exports));
    var better_ajv_errors_1 = tslib_1.__importDefault(require_dist6());
    var spectral_formats_1 = require_dist5();
    var ajv_1 = require_ajv2();
    var ref_error_1 = tslib_1.__importDefault(require_ref_error());
    var spectral_core_1 = require_dist4();
    var lodash_1 = require_lodash();
    var optionSchemas_1 = require_optionSchemas();
    function describeArrayItem(message, errorPath) {
      const index = errorPath.split("/").pop();
      if (index === void 0 || !/^\d+$/.test(index))
        return message;
      const typePrefix = `"${index}" property type`;
      if (message.startsWith(typePrefix))
        return `Item at index ${index}${message.slice(typePrefix.length)}`;
      const prefix = `"${index}" property`;
      return message.startsWith(prefix) ? `Item at index ${index}${message.slice(prefix.length)}` : message;
    }
    function findUnmatchedCombinators(errors) {
      const unmatched = /* @__PURE__ */ new Map();
      for (const { keyword, instancePath, params } of errors) {
        if ((keyword === "oneOf" || keyword === "anyOf") && !Array.isArray(params.passingSchemas)) {
          unmatched.set(instancePath, keyword);
        }
      }
      return unmatched;
    }
    function describeCombinator(message, keyword) {
      return keyword !== void 0 && message.endsWith(` in ${keyword}`) ? `${message}. None of the schemas matched, see the other errors reported for this value` : message;
    }
    var instances = /* @__PURE__ */ new WeakMap();
    exports.default = (0, spectral_core_1.createRulesetFunction)({
      input: null,
      options: optionSchemas_1.optionSchemas.schema
    }, function schema(targetVal, opts, { path, rule, documentInventory }) {
      var _a, _b, _c;
      if (targetVal === void 0) {
        return [
          {
            path,
            message: `#{{print("property")}}must exist`
          }
        ];
      }
      const assignAjvInstance = (_a = instances.get(documentInventory)) !== null && _a !== void 0 ? _a : instances.set(documentInventory, (0, ajv_1.createAjvInstances)()).get(documentInventory);
      const results = [];
      const { allErrors = false, schema: schemaObj } = opts;
      try {
        const dialect = (_b = opts.dialect === void 0 || opts.dialect === "auto" ? (0, spectral_formats_1.detectDialect)(schemaObj) : opts === null || opts === void 0 ? void 0 : opts.dialect) !== null && _b !== void 0 ? _b : "draft7";
        const validator = assignAjvInstance(schemaObj, dialect, allErrors);
        if ((validator === null || validator === void 0 ? void 0 : validator(targetVal)) === false && Array.isArray(validator.errors)) {
          (_c = opts.prepareResults) === null || _c === void 0 ? void 0 : _c.call(opts, validator.errors);
          const unmatched = findUnmatchedCombinators(validator.errors);
          results.push(...(0, better_ajv_errors_1.default)(schemaObj, validator.errors, {
            propertyPath: path,
            targetValue: targetVal
          }).map(({ suggestion, error, path: errorPath }) => ({
            message: describeCombinator(describeArrayItem(suggestion !== void 0 ? `${error}. ${suggestion}` : error, errorPath), unmatched.get(errorPath)),
            path: [...path, ...errorPath !== "" ? errorPath.replace(/^\//, "").split("/") : []]
          })));
        }
      } catch (ex) {
        if (!(0, lodash_1.isError)(ex)) {
          throw new Error("Unexpected error");
        }
        const ignoreError = (rule === null || rule === void 0 ? void 0 : rule.resolved) && ex instanceof ref_error_1.default;
        if (!ignoreError) {
          results.push({
            message: ex.message,
            path
          });
        }
      }
      return results;
    });
  }
});

// node_modules/@stoplight/spectral-functions/dist/truthy.js
var require_truthy = __commonJS({
  "node_modules/@stoplight/spectral-functions/dist/truthy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var spectral_core_1 = require_dist4();
    var optionSchemas_1 = require_optionSchemas();
    exports.default = (0, spectral_core_1.createRulesetFunction)({
      input: null,
      options: optionSchemas_1.optionSchemas.truthy
    }, function truthy(input) {
      if (!input) {
        return [
          {
            message: '#{{print("property")}}must be truthy'
          }
        ];
      }
      return;
    });
  }
});

// node_modules/@stoplight/spectral-functions/dist/undefined.js
var require_undefined = __commonJS({
  "node_modules/@stoplight/spectral-functions/dist/undefined.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var spectral_core_1 = require_dist4();
    var optionSchemas_1 = require_optionSchemas();
    exports.default = (0, spectral_core_1.createRulesetFunction)({
      input: null,
      options: optionSchemas_1.optionSchemas.undefined
    }, function undefined2(targetVal) {
      if (typeof targetVal !== "undefined") {
        return [
          {
            message: '#{{print("property")}}must be undefined'
          }
        ];
      }
      return;
    });
  }
});

// node_modules/@stoplight/spectral-functions/dist/unreferencedReusableObject.js
var require_unreferencedReusableObject = __commonJS({
  "node_modules/@stoplight/spectral-functions/dist/unreferencedReusableObject.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var spectral_core_1 = require_dist4();
    var spectral_runtime_1 = require_dist2();
    var json_1 = (init_index_es(), __toCommonJS(index_es_exports));
    var optionSchemas_1 = require_optionSchemas();
    exports.default = (0, spectral_core_1.createRulesetFunction)({
      input: {
        type: "object"
      },
      options: optionSchemas_1.optionSchemas.unreferencedReusableObject
    }, function unreferencedReusableObject(data, opts, { document, documentInventory }) {
      var _a;
      const graph = documentInventory.graph;
      if (graph === null) {
        throw new Error("unreferencedReusableObject requires dependency graph");
      }
      const normalizedSource = (_a = document.source) !== null && _a !== void 0 ? _a : "";
      const defined = Object.keys(data).map((name) => `${normalizedSource}${opts.reusableObjectsLocation}/${name}`);
      const decodedNodes = new Set(graph.overallOrder().map((n) => (0, json_1.decodePointer)(n)));
      const orphans = defined.filter((defPath) => !decodedNodes.has(defPath));
      return orphans.map((orphanPath) => {
        return {
          message: "Potential orphaned reusable object has been detected",
          path: (0, spectral_runtime_1.safePointerToPath)(orphanPath)
        };
      });
    });
  }
});

// node_modules/@stoplight/spectral-functions/dist/xor.js
var require_xor = __commonJS({
  "node_modules/@stoplight/spectral-functions/dist/xor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var spectral_core_1 = require_dist4();
    var optionSchemas_1 = require_optionSchemas();
    exports.default = (0, spectral_core_1.createRulesetFunction)({
      input: {
        type: "object"
      },
      options: optionSchemas_1.optionSchemas.xor
    }, function xor(targetVal, { properties }) {
      if (properties.length < 2)
        return;
      const results = [];
      const intersection = Object.keys(targetVal).filter((value) => -1 !== properties.indexOf(value));
      if (intersection.length == 0) {
        if (properties.length > 4) {
          const shortprops = properties.slice(0, 3);
          const count = String(properties.length - 3) + " other properties must be defined";
          results.push({
            message: 'At least one of "' + shortprops.join('" or "') + '" or ' + count
          });
        } else {
          results.push({
            message: 'At least one of "' + properties.join('" or "') + '" must be defined'
          });
        }
      }
      if (intersection.length > 1) {
        results.push({
          message: 'Just one of "' + intersection.join('" and "') + '" must be defined'
        });
      }
      return results;
    });
  }
});

// node_modules/@stoplight/spectral-functions/dist/or.js
var require_or = __commonJS({
  "node_modules/@stoplight/spectral-functions/dist/or.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var spectral_core_1 = require_dist4();
    var optionSchemas_1 = require_optionSchemas();
    exports.default = (0, spectral_core_1.createRulesetFunction)({
      input: {
        type: "object"
      },
      options: optionSchemas_1.optionSchemas.or
    }, function or(targetVal, { properties }) {
      if (properties.length < 2)
        return;
      const results = [];
      const intersection = Object.keys(targetVal).filter((value) => -1 !== properties.indexOf(value));
      if (intersection.length == 0) {
        if (properties.length > 4) {
          const shortprops = properties.slice(0, 3);
          const count = String(properties.length - 3) + " other properties must be defined";
          results.push({
            message: 'At least one of "' + shortprops.join('" or "') + '" or ' + count
          });
        } else {
          results.push({
            message: 'At least one of "' + properties.join('" or "') + '" must be defined'
          });
        }
      }
      return results;
    });
  }
});

// node_modules/@stoplight/spectral-functions/dist/index.js
var require_dist8 = __commonJS({
  "node_modules/@stoplight/spectral-functions/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.xor = exports.unreferencedReusableObject = exports.undefined = exports.truthy = exports.schema = exports.pattern = exports.length = exports.falsy = exports.enumeration = exports.defined = exports.casing = exports.alphabetical = void 0;
    var tslib_1 = (init_tslib_es6(), __toCommonJS(tslib_es6_exports));
    var alphabetical_1 = tslib_1.__importDefault(require_alphabetical());
    Object.defineProperty(exports, "alphabetical", { enumerable: true, get: function() {
      return alphabetical_1.default;
    } });
    var casing_1 = tslib_1.__importDefault(require_casing());
    Object.defineProperty(exports, "casing", { enumerable: true, get: function() {
      return casing_1.default;
    } });
    var defined_1 = tslib_1.__importDefault(require_defined());
    Object.defineProperty(exports, "defined", { enumerable: true, get: function() {
      return defined_1.default;
    } });
    var enumeration_1 = tslib_1.__importDefault(require_enumeration());
    Object.defineProperty(exports, "enumeration", { enumerable: true, get: function() {
      return enumeration_1.default;
    } });
    var falsy_1 = tslib_1.__importDefault(require_falsy());
    Object.defineProperty(exports, "falsy", { enumerable: true, get: function() {
      return falsy_1.default;
    } });
    var length_1 = tslib_1.__importDefault(require_length());
    Object.defineProperty(exports, "length", { enumerable: true, get: function() {
      return length_1.default;
    } });
    var pattern_1 = tslib_1.__importDefault(require_pattern());
    Object.defineProperty(exports, "pattern", { enumerable: true, get: function() {
      return pattern_1.default;
    } });
    var schema_1 = tslib_1.__importDefault(require_schema2());
    Object.defineProperty(exports, "schema", { enumerable: true, get: function() {
      return schema_1.default;
    } });
    var truthy_1 = tslib_1.__importDefault(require_truthy());
    Object.defineProperty(exports, "truthy", { enumerable: true, get: function() {
      return truthy_1.default;
    } });
    var undefined_1 = tslib_1.__importDefault(require_undefined());
    Object.defineProperty(exports, "undefined", { enumerable: true, get: function() {
      return undefined_1.default;
    } });
    var unreferencedReusableObject_1 = tslib_1.__importDefault(require_unreferencedReusableObject());
    Object.defineProperty(exports, "unreferencedReusableObject", { enumerable: true, get: function() {
      return unreferencedReusableObject_1.default;
    } });
    var xor_1 = tslib_1.__importDefault(require_xor());
    Object.defineProperty(exports, "xor", { enumerable: true, get: function() {
      return xor_1.default;
    } });
    var or_1 = tslib_1.__importDefault(require_or());
    Object.defineProperty(exports, "or", { enumerable: true, get: function() {
      return or_1.default;
    } });
  }
});

export {
  require_leven,
  require_dist6 as require_dist,
  require_dist8 as require_dist2
};
