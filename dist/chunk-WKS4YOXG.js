import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  require_src
} from "./chunk-DGOV536S.js";
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

// node_modules/@stoplight/spectral-parsers/dist/json.js
var require_json = __commonJS({
  "node_modules/@stoplight/spectral-parsers/dist/json.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Json = exports.parseJson = void 0;
    var json_1 = (init_index_es(), __toCommonJS(index_es_exports));
    var parseJson = (input) => (0, json_1.parseWithPointers)(input, {
      ignoreDuplicateKeys: false,
      preserveKeyOrder: true
    });
    exports.parseJson = parseJson;
    exports.Json = {
      parse: exports.parseJson,
      getLocationForJsonPath: json_1.getLocationForJsonPath,
      trapAccess: json_1.trapAccess
    };
  }
});

// node_modules/@stoplight/yaml/types.js
var require_types = __commonJS({
  "node_modules/@stoplight/yaml/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var yaml_ast_parser_1 = require_src();
    exports.Kind = yaml_ast_parser_1.Kind;
    exports.ScalarType = yaml_ast_parser_1.ScalarType;
  }
});

// node_modules/@stoplight/yaml/utils.js
var require_utils = __commonJS({
  "node_modules/@stoplight/yaml/utils.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isObject = (sth) => sth !== null && typeof sth === "object";
  }
});

// node_modules/@stoplight/yaml/buildJsonPath.js
var require_buildJsonPath = __commonJS({
  "node_modules/@stoplight/yaml/buildJsonPath.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var types_1 = require_types();
    var utils_1 = require_utils();
    function buildJsonPath(node) {
      const path = [];
      let prevNode = node;
      while (node) {
        switch (node.kind) {
          case types_1.Kind.SCALAR:
            path.unshift(node.value);
            break;
          case types_1.Kind.MAPPING:
            if (prevNode !== node.key) {
              if (path.length > 0 && utils_1.isObject(node.value) && node.value.value === path[0]) {
                path[0] = node.key.value;
              } else {
                path.unshift(node.key.value);
              }
            }
            break;
          case types_1.Kind.SEQ:
            if (prevNode) {
              const index = node.items.indexOf(prevNode);
              if (prevNode.kind === types_1.Kind.SCALAR) {
                path[0] = index;
              } else if (index !== -1) {
                path.unshift(index);
              }
            }
            break;
        }
        prevNode = node;
        node = node.parent;
      }
      return path;
    }
    exports.buildJsonPath = buildJsonPath;
  }
});

// node_modules/@stoplight/yaml/dereferenceAnchor.js
var require_dereferenceAnchor = __commonJS({
  "node_modules/@stoplight/yaml/dereferenceAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var types_1 = require_types();
    var utils_1 = require_utils();
    exports.dereferenceAnchor = (node, anchorId) => {
      if (!utils_1.isObject(node))
        return node;
      if (node.kind === types_1.Kind.ANCHOR_REF && node.referencesAnchor === anchorId)
        return null;
      switch (node.kind) {
        case types_1.Kind.MAP:
          return Object.assign({}, node, { mappings: node.mappings.map((mapping) => exports.dereferenceAnchor(mapping, anchorId)) });
        case types_1.Kind.SEQ:
          return Object.assign({}, node, { items: node.items.map((item) => exports.dereferenceAnchor(item, anchorId)) });
        case types_1.Kind.MAPPING:
          return Object.assign({}, node, { value: exports.dereferenceAnchor(node.value, anchorId) });
        case types_1.Kind.SCALAR:
          return node;
        case types_1.Kind.ANCHOR_REF:
          if (utils_1.isObject(node.value) && isSelfReferencingAnchorRef(node)) {
            return null;
          }
          return node;
        default:
          return node;
      }
    };
    var isSelfReferencingAnchorRef = (anchorRef) => {
      const { referencesAnchor } = anchorRef;
      let node = anchorRef;
      while (node = node.parent) {
        if ("anchorId" in node && node.anchorId === referencesAnchor) {
          return true;
        }
      }
      return false;
    };
  }
});

// node_modules/@stoplight/yaml/getJsonPathForPosition.js
var require_getJsonPathForPosition = __commonJS({
  "node_modules/@stoplight/yaml/getJsonPathForPosition.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var buildJsonPath_1 = require_buildJsonPath();
    var types_1 = require_types();
    var utils_1 = require_utils();
    exports.getJsonPathForPosition = ({ ast, lineMap }, { line, character }) => {
      if (line >= lineMap.length || character >= lineMap[line]) {
        return;
      }
      const startOffset = line === 0 ? 0 : lineMap[line - 1] + 1;
      const node = findClosestScalar(ast, Math.min(lineMap[line] - 1, startOffset + character), line, lineMap);
      if (!utils_1.isObject(node))
        return;
      const path = buildJsonPath_1.buildJsonPath(node);
      if (path.length === 0)
        return;
      return path;
    };
    function* walk(node) {
      switch (node.kind) {
        case types_1.Kind.MAP:
          if (node.mappings.length !== 0) {
            for (const mapping of node.mappings) {
              if (utils_1.isObject(mapping)) {
                yield mapping;
              }
            }
          }
          break;
        case types_1.Kind.MAPPING:
          if (utils_1.isObject(node.key)) {
            yield node.key;
          }
          if (utils_1.isObject(node.value)) {
            yield node.value;
          }
          break;
        case types_1.Kind.SEQ:
          if (node.items.length !== 0) {
            for (const item of node.items) {
              if (utils_1.isObject(item)) {
                yield item;
              }
            }
          }
          break;
        case types_1.Kind.SCALAR:
          yield node;
          break;
      }
    }
    function getFirstScalarChild(node, line, lineMap) {
      const startOffset = lineMap[line - 1] + 1;
      const endOffset = lineMap[line];
      switch (node.kind) {
        case types_1.Kind.MAPPING:
          return node.key;
        case types_1.Kind.MAP:
          if (node.mappings.length !== 0) {
            for (const mapping of node.mappings) {
              if (mapping.startPosition > startOffset && mapping.startPosition <= endOffset) {
                return getFirstScalarChild(mapping, line, lineMap);
              }
            }
          }
          break;
        case types_1.Kind.SEQ:
          if (node.items.length !== 0) {
            for (const item of node.items) {
              if (item !== null && item.startPosition > startOffset && item.startPosition <= endOffset) {
                return getFirstScalarChild(item, line, lineMap);
              }
            }
          }
          break;
      }
      return node;
    }
    function findClosestScalar(container, offset, line, lineMap) {
      for (const node of walk(container)) {
        if (node.startPosition <= offset && offset <= node.endPosition) {
          return node.kind === types_1.Kind.SCALAR ? node : findClosestScalar(node, offset, line, lineMap);
        }
      }
      if (lineMap[line - 1] === lineMap[line] - 1) {
        return container;
      }
      if (container.startPosition < lineMap[line - 1] && offset <= container.endPosition) {
        if (container.kind !== types_1.Kind.MAPPING) {
          return getFirstScalarChild(container, line, lineMap);
        }
        if (container.value && container.key.endPosition < offset) {
          return getFirstScalarChild(container.value, line, lineMap);
        }
      }
      return container;
    }
  }
});

// node_modules/@stoplight/yaml/lineForPosition.js
var require_lineForPosition = __commonJS({
  "node_modules/@stoplight/yaml/lineForPosition.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.lineForPosition = (pos, lines, start = 0, end) => {
      if (pos === 0 || lines.length === 0 || pos < lines[0]) {
        return 0;
      }
      if (typeof end === "undefined") {
        end = lines.length;
      }
      const target = Math.floor((end - start) / 2) + start;
      if (pos >= lines[target] && !lines[target + 1]) {
        return target + 1;
      }
      const nextLinePos = lines[Math.min(target + 1, lines.length)];
      if (pos === lines[target] - 1) {
        return target;
      }
      if (pos >= lines[target] && pos <= nextLinePos) {
        if (pos === nextLinePos) {
          return target + 2;
        }
        return target + 1;
      }
      if (pos > lines[target]) {
        return exports.lineForPosition(pos, lines, target + 1, end);
      } else {
        return exports.lineForPosition(pos, lines, start, target - 1);
      }
    };
  }
});

// node_modules/@stoplight/yaml/getLocationForJsonPath.js
var require_getLocationForJsonPath = __commonJS({
  "node_modules/@stoplight/yaml/getLocationForJsonPath.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var lineForPosition_1 = require_lineForPosition();
    var types_1 = require_types();
    var utils_1 = require_utils();
    exports.getLocationForJsonPath = ({ ast, lineMap, metadata }, path, closest = false) => {
      const node = findNodeAtPath(ast, path, { closest, mergeKeys: metadata !== void 0 && metadata.mergeKeys === true });
      if (node === void 0)
        return;
      return getLoc(lineMap, {
        start: getStartPosition(node, lineMap.length > 0 ? lineMap[0] : 0),
        end: getEndPosition(node)
      });
    };
    function getStartPosition(node, offset) {
      if (node.parent && node.parent.kind === types_1.Kind.MAPPING) {
        if (node.parent.value === null) {
          return node.parent.endPosition;
        }
        if (node.kind !== types_1.Kind.SCALAR) {
          return node.parent.key.endPosition + 1;
        }
      }
      if (node.parent === null && offset - node.startPosition === 0) {
        return 0;
      }
      return node.startPosition;
    }
    function getEndPosition(node) {
      switch (node.kind) {
        case types_1.Kind.SEQ:
          const { items } = node;
          if (items.length !== 0) {
            const lastItem = items[items.length - 1];
            if (lastItem !== null) {
              return getEndPosition(lastItem);
            }
          }
          break;
        case types_1.Kind.MAPPING:
          if (node.value !== null) {
            return getEndPosition(node.value);
          }
          break;
        case types_1.Kind.MAP:
          if (node.value !== null && node.mappings.length !== 0) {
            return getEndPosition(node.mappings[node.mappings.length - 1]);
          }
          break;
        case types_1.Kind.SCALAR:
          if (node.parent !== null && node.parent.kind === types_1.Kind.MAPPING && node.parent.value === null) {
            return node.parent.endPosition;
          }
          break;
      }
      return node.endPosition;
    }
    function findNodeAtPath(node, path, { closest, mergeKeys }) {
      pathLoop: for (const segment of path) {
        if (!utils_1.isObject(node)) {
          return closest ? node : void 0;
        }
        switch (node.kind) {
          case types_1.Kind.MAP:
            const mappings = getMappings(node.mappings, mergeKeys);
            for (let i = mappings.length - 1; i >= 0; i--) {
              const item = mappings[i];
              if (item.key.value === segment) {
                if (item.value === null) {
                  node = item.key;
                } else {
                  node = item.value;
                }
                continue pathLoop;
              }
            }
            return closest ? node : void 0;
          case types_1.Kind.SEQ:
            for (let i = 0; i < node.items.length; i++) {
              if (i === Number(segment)) {
                const item = node.items[i];
                if (item === null) {
                  break;
                }
                node = item;
                continue pathLoop;
              }
            }
            return closest ? node : void 0;
          default:
            return closest ? node : void 0;
        }
      }
      return node;
    }
    function getMappings(mappings, mergeKeys) {
      if (!mergeKeys)
        return mappings;
      return mappings.reduce((mergedMappings, mapping) => {
        if (utils_1.isObject(mapping)) {
          if (mapping.key.value === "<<") {
            mergedMappings.push(...reduceMergeKeys(mapping.value));
          } else {
            mergedMappings.push(mapping);
          }
        }
        return mergedMappings;
      }, []);
    }
    function reduceMergeKeys(node) {
      if (!utils_1.isObject(node))
        return [];
      switch (node.kind) {
        case types_1.Kind.SEQ:
          return node.items.reduceRight((items, item) => {
            items.push(...reduceMergeKeys(item));
            return items;
          }, []);
        case types_1.Kind.MAP:
          return node.mappings;
        case types_1.Kind.ANCHOR_REF:
          return reduceMergeKeys(node.value);
        default:
          return [];
      }
    }
    var getLoc = (lineMap, { start = 0, end = 0 }) => {
      const startLine = lineForPosition_1.lineForPosition(start, lineMap);
      const endLine = lineForPosition_1.lineForPosition(end, lineMap);
      return {
        range: {
          start: {
            line: startLine,
            character: start - (startLine === 0 ? 0 : lineMap[startLine - 1])
          },
          end: {
            line: endLine,
            character: end - (endLine === 0 ? 0 : lineMap[endLine - 1])
          }
        }
      };
    };
  }
});

// node_modules/@stoplight/ordered-object-literal/src/index.cjs
var require_src2 = __commonJS({
  "node_modules/@stoplight/ordered-object-literal/src/index.cjs"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var TIMESTAMP = Math.floor(Date.now() / 36e5);
    var ORDER_KEY_ID = `__object_order_${TIMESTAMP}__`;
    var ORDER_KEY = Symbol.for(ORDER_KEY_ID);
    var STRINGIFIED_ORDER_KEY = String(ORDER_KEY);
    var traps = {
      defineProperty(target, key, descriptor) {
        const hasKey = Object.prototype.hasOwnProperty.call(target, key);
        if (!hasKey && ORDER_KEY in target) {
          target[ORDER_KEY].push(key);
        } else if ("value" in descriptor && key === ORDER_KEY && descriptor.value.lastIndexOf(ORDER_KEY) === -1) {
          descriptor.value.push(ORDER_KEY);
        }
        return Reflect.defineProperty(target, key, descriptor);
      },
      deleteProperty(target, key) {
        const hasKey = Object.prototype.hasOwnProperty.call(target, key);
        const deleted = Reflect.deleteProperty(target, key);
        if (deleted && hasKey && ORDER_KEY in target) {
          const index = target[ORDER_KEY].indexOf(key);
          if (index !== -1) {
            target[ORDER_KEY].splice(index, 1);
          }
        }
        return deleted;
      },
      ownKeys(target) {
        if (ORDER_KEY in target) {
          return target[ORDER_KEY];
        }
        return Reflect.ownKeys(target);
      },
      set(target, key, value) {
        const hasKey = Object.prototype.hasOwnProperty.call(target, key);
        const set = Reflect.set(target, key, value);
        if (set && !hasKey && ORDER_KEY in target) {
          target[ORDER_KEY].push(key);
        }
        return set;
      }
    };
    function createObj(target, order = Reflect.ownKeys(target)) {
      assertObjectLiteral(target);
      const t = new Proxy(target, traps);
      setOrder(t, order);
      return t;
    }
    function setOrder(target, order) {
      if (ORDER_KEY in target) {
        target[ORDER_KEY].length = 0;
        target[ORDER_KEY].push(...order);
        return true;
      } else {
        return Reflect.defineProperty(target, ORDER_KEY, {
          configurable: true,
          value: order
        });
      }
    }
    function getOrder(target) {
      return target[ORDER_KEY];
    }
    function serializeArray(target) {
      const newTarget = target.slice();
      for (let i = 0; i < newTarget.length; i += 1) {
        const value = newTarget[i];
        if (isObject(value)) {
          newTarget[i] = Array.isArray(value) ? serializeArray(value) : serialize(value, true);
        }
      }
      return newTarget;
    }
    function serialize(target, deep) {
      assertObjectLiteral(target, "Invalid target provided");
      const newTarget = { ...target };
      if (ORDER_KEY in target) {
        Object.defineProperty(newTarget, STRINGIFIED_ORDER_KEY, {
          enumerable: true,
          value: target[ORDER_KEY].filter((item) => item !== ORDER_KEY)
        });
      }
      if (deep) {
        for (const key of Object.keys(target)) {
          if (key === STRINGIFIED_ORDER_KEY) continue;
          const value = target[key];
          if (isObject(value)) {
            newTarget[key] = Array.isArray(value) ? serializeArray(value) : serialize(value, true);
          }
        }
      }
      return newTarget;
    }
    function deserializeArray(target) {
      for (let i = 0; i < target.length; i += 1) {
        const value = target[i];
        if (isObject(value)) {
          target[i] = Array.isArray(value) ? deserializeArray(value) : deserialize(value, true);
        }
      }
      return target;
    }
    function deserialize(target, deep) {
      assertObjectLiteral(target, "Invalid target provided");
      const newTarget = createObj(
        target,
        STRINGIFIED_ORDER_KEY in target ? target[STRINGIFIED_ORDER_KEY] : Reflect.ownKeys(target)
      );
      delete newTarget[STRINGIFIED_ORDER_KEY];
      if (deep) {
        for (const key of Object.keys(target)) {
          const value = target[key];
          if (isObject(value)) {
            target[key] = Array.isArray(value) ? deserializeArray(value) : deserialize(value, true);
          }
        }
      }
      return newTarget;
    }
    function isOrderedObject(target) {
      return ORDER_KEY in target;
    }
    function isObject(maybeObj) {
      return maybeObj !== null && typeof maybeObj === "object";
    }
    function isObjectLiteral(obj) {
      if (!isObject(obj)) return false;
      if (obj[Symbol.toStringTag] !== void 0) {
        const proto = Object.getPrototypeOf(obj);
        return proto === null || proto === Object.prototype;
      }
      return toStringTag(obj) === "Object";
    }
    function toStringTag(obj) {
      const tag = obj[Symbol.toStringTag];
      if (typeof tag === "string") {
        return tag;
      }
      const name = Reflect.apply(Object.prototype.toString, obj, []);
      return name.slice(8, name.length - 1);
    }
    function assertObjectLiteral(maybeObj, message) {
      if (isDevEnv() && !isObjectLiteral(maybeObj)) {
        throw new TypeError(message);
      }
    }
    function isDevEnv() {
      if (typeof process === "undefined" || !isObject(process) || !isObject(process.env)) {
        return false;
      }
      return process.env.NODE_ENV === "development" || process.env.NODE_ENV === "test";
    }
    exports.ORDER_KEY_ID = ORDER_KEY_ID;
    exports.default = createObj;
    exports.deserialize = deserialize;
    exports.getOrder = getOrder;
    exports.isOrderedObject = isOrderedObject;
    exports.serialize = serialize;
    exports.setOrder = setOrder;
  }
});

// node_modules/@stoplight/yaml/node_modules/@stoplight/types/dist/index.js
var require_dist = __commonJS({
  "node_modules/@stoplight/yaml/node_modules/@stoplight/types/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HttpOperationSecurityDeclarationTypes = void 0;
    (function(HttpOperationSecurityDeclarationTypes) {
      HttpOperationSecurityDeclarationTypes["None"] = "none";
      HttpOperationSecurityDeclarationTypes["Declared"] = "declared";
      HttpOperationSecurityDeclarationTypes["InheritedFromService"] = "inheritedFromService";
    })(exports.HttpOperationSecurityDeclarationTypes || (exports.HttpOperationSecurityDeclarationTypes = {}));
    exports.HttpParamStyles = void 0;
    (function(HttpParamStyles) {
      HttpParamStyles["Unspecified"] = "unspecified";
      HttpParamStyles["Simple"] = "simple";
      HttpParamStyles["Matrix"] = "matrix";
      HttpParamStyles["Label"] = "label";
      HttpParamStyles["Form"] = "form";
      HttpParamStyles["CommaDelimited"] = "commaDelimited";
      HttpParamStyles["SpaceDelimited"] = "spaceDelimited";
      HttpParamStyles["PipeDelimited"] = "pipeDelimited";
      HttpParamStyles["DeepObject"] = "deepObject";
      HttpParamStyles["TabDelimited"] = "tabDelimited";
    })(exports.HttpParamStyles || (exports.HttpParamStyles = {}));
    exports.DiagnosticSeverity = void 0;
    (function(DiagnosticSeverity) {
      DiagnosticSeverity[DiagnosticSeverity["Error"] = 0] = "Error";
      DiagnosticSeverity[DiagnosticSeverity["Warning"] = 1] = "Warning";
      DiagnosticSeverity[DiagnosticSeverity["Information"] = 2] = "Information";
      DiagnosticSeverity[DiagnosticSeverity["Hint"] = 3] = "Hint";
    })(exports.DiagnosticSeverity || (exports.DiagnosticSeverity = {}));
    exports.NodeType = void 0;
    (function(NodeType) {
      NodeType["Article"] = "article";
      NodeType["HttpService"] = "http_service";
      NodeType["HttpServer"] = "http_server";
      NodeType["HttpOperation"] = "http_operation";
      NodeType["HttpCallback"] = "http_callback";
      NodeType["HttpWebhook"] = "http_webhook";
      NodeType["Model"] = "model";
      NodeType["Generic"] = "generic";
      NodeType["Unknown"] = "unknown";
      NodeType["TableOfContents"] = "table_of_contents";
      NodeType["SpectralRuleset"] = "spectral_ruleset";
      NodeType["Styleguide"] = "styleguide";
      NodeType["Image"] = "image";
      NodeType["StoplightResolutions"] = "stoplight_resolutions";
      NodeType["StoplightOverride"] = "stoplight_override";
    })(exports.NodeType || (exports.NodeType = {}));
    exports.NodeFormat = void 0;
    (function(NodeFormat) {
      NodeFormat["Json"] = "json";
      NodeFormat["Markdown"] = "markdown";
      NodeFormat["Yaml"] = "yaml";
      NodeFormat["Javascript"] = "javascript";
      NodeFormat["Apng"] = "apng";
      NodeFormat["Avif"] = "avif";
      NodeFormat["Bmp"] = "bmp";
      NodeFormat["Gif"] = "gif";
      NodeFormat["Jpeg"] = "jpeg";
      NodeFormat["Png"] = "png";
      NodeFormat["Svg"] = "svg";
      NodeFormat["Webp"] = "webp";
    })(exports.NodeFormat || (exports.NodeFormat = {}));
  }
});

// node_modules/@stoplight/yaml/parseWithPointers.js
var require_parseWithPointers = __commonJS({
  "node_modules/@stoplight/yaml/parseWithPointers.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ordered_object_literal_1 = require_src2();
    var types_1 = require_dist();
    var yaml_ast_parser_1 = require_src();
    var buildJsonPath_1 = require_buildJsonPath();
    var dereferenceAnchor_1 = require_dereferenceAnchor();
    var lineForPosition_1 = require_lineForPosition();
    var types_2 = require_types();
    var utils_1 = require_utils();
    exports.parseWithPointers = (value, options) => {
      const lineMap = computeLineMap(value);
      const ast = yaml_ast_parser_1.load(value, Object.assign({}, options, { ignoreDuplicateKeys: true }));
      const parsed = {
        ast,
        lineMap,
        data: void 0,
        diagnostics: [],
        metadata: options,
        comments: {}
      };
      if (!ast)
        return parsed;
      const normalizedOptions = normalizeOptions(options);
      const comments = new Comments(parsed.comments, Comments.mapComments(normalizedOptions.attachComments && ast.comments ? ast.comments : [], lineMap), ast, lineMap, "#");
      const ctx = {
        lineMap,
        diagnostics: parsed.diagnostics
      };
      parsed.data = walkAST(ctx, ast, comments, normalizedOptions);
      if (ast.errors) {
        parsed.diagnostics.push(...transformErrors(ast.errors, lineMap));
      }
      if (parsed.diagnostics.length > 0) {
        parsed.diagnostics.sort((itemA, itemB) => itemA.range.start.line - itemB.range.start.line);
      }
      if (Array.isArray(parsed.ast.errors)) {
        parsed.ast.errors.length = 0;
      }
      return parsed;
    };
    var TILDE_REGEXP = /~/g;
    var SLASH_REGEXP = /\//g;
    function encodeSegment(input) {
      return input.replace(TILDE_REGEXP, "~0").replace(SLASH_REGEXP, "~1");
    }
    var walkAST = (ctx, node, comments, options) => {
      if (node) {
        switch (node.kind) {
          case types_2.Kind.MAP: {
            const mapComments = comments.enter(node);
            const { lineMap, diagnostics } = ctx;
            const { preserveKeyOrder, ignoreDuplicateKeys, json, mergeKeys } = options;
            const container = createMapContainer(preserveKeyOrder);
            const seenKeys = [];
            const handleMergeKeys = mergeKeys;
            const yamlMode = !json;
            const handleDuplicates = !ignoreDuplicateKeys;
            for (const mapping of node.mappings) {
              if (!validateMappingKey(mapping, lineMap, diagnostics, yamlMode))
                continue;
              const key = String(getScalarValue(mapping.key));
              const mappingComments = mapComments.enter(mapping, encodeSegment(key));
              if ((yamlMode || handleDuplicates) && (!handleMergeKeys || key !== "<<")) {
                if (seenKeys.includes(key)) {
                  if (yamlMode) {
                    throw new Error("Duplicate YAML mapping key encountered");
                  }
                  if (handleDuplicates) {
                    diagnostics.push(createYAMLException(mapping.key, lineMap, "duplicate key"));
                  }
                } else {
                  seenKeys.push(key);
                }
              }
              if (handleMergeKeys && key === "<<") {
                const reduced = reduceMergeKeys(walkAST(ctx, mapping.value, mappingComments, options), preserveKeyOrder);
                Object.assign(container, reduced);
              } else {
                container[key] = walkAST(ctx, mapping.value, mappingComments, options);
                if (preserveKeyOrder) {
                  pushKey(container, key);
                }
              }
              mappingComments.attachComments();
            }
            mapComments.attachComments();
            return container;
          }
          case types_2.Kind.SEQ: {
            const nodeComments = comments.enter(node);
            const container = node.items.map((item, i) => {
              if (item !== null) {
                const sequenceItemComments = nodeComments.enter(item, i);
                const walked = walkAST(ctx, item, sequenceItemComments, options);
                sequenceItemComments.attachComments();
                return walked;
              } else {
                return null;
              }
            });
            nodeComments.attachComments();
            return container;
          }
          case types_2.Kind.SCALAR: {
            const value = getScalarValue(node);
            return !options.bigInt && typeof value === "bigint" ? Number(value) : value;
          }
          case types_2.Kind.ANCHOR_REF: {
            if (utils_1.isObject(node.value)) {
              node.value = dereferenceAnchor_1.dereferenceAnchor(node.value, node.referencesAnchor);
            }
            return walkAST(ctx, node.value, comments, options);
          }
          default:
            return null;
        }
      }
      return node;
    };
    function getScalarValue(node) {
      switch (yaml_ast_parser_1.determineScalarType(node)) {
        case types_2.ScalarType.null:
          return null;
        case types_2.ScalarType.string:
          return String(node.value);
        case types_2.ScalarType.bool:
          return yaml_ast_parser_1.parseYamlBoolean(node.value);
        case types_2.ScalarType.int:
          return yaml_ast_parser_1.parseYamlBigInteger(node.value);
        case types_2.ScalarType.float:
          return yaml_ast_parser_1.parseYamlFloat(node.value);
      }
    }
    var computeLineMap = (input) => {
      const lineMap = [];
      let i = 0;
      for (; i < input.length; i++) {
        if (input[i] === "\n") {
          lineMap.push(i + 1);
        }
      }
      lineMap.push(i + 1);
      return lineMap;
    };
    function getLineLength(lineMap, line) {
      if (line === 0) {
        return Math.max(0, lineMap[0] - 1);
      }
      return Math.max(0, lineMap[line] - lineMap[line - 1] - 1);
    }
    var transformErrors = (errors, lineMap) => {
      const validations = [];
      let possiblyUnexpectedFlow = -1;
      let i = 0;
      for (const error of errors) {
        const validation = {
          code: error.name,
          message: error.reason,
          severity: error.isWarning ? types_1.DiagnosticSeverity.Warning : types_1.DiagnosticSeverity.Error,
          range: {
            start: {
              line: error.mark.line,
              character: error.mark.column
            },
            end: {
              line: error.mark.line,
              character: error.mark.toLineEnd ? getLineLength(lineMap, error.mark.line) : error.mark.column
            }
          }
        };
        const isBrokenFlow = error.reason === "missed comma between flow collection entries";
        if (isBrokenFlow) {
          possiblyUnexpectedFlow = possiblyUnexpectedFlow === -1 ? i : possiblyUnexpectedFlow;
        } else if (possiblyUnexpectedFlow !== -1) {
          validations[possiblyUnexpectedFlow].range.end = validation.range.end;
          validations[possiblyUnexpectedFlow].message = "invalid mixed usage of block and flow styles";
          validations.length = possiblyUnexpectedFlow + 1;
          i = validations.length;
          possiblyUnexpectedFlow = -1;
        }
        validations.push(validation);
        i++;
      }
      return validations;
    };
    var reduceMergeKeys = (items, preserveKeyOrder) => {
      if (Array.isArray(items)) {
        const reduced = items.reduceRight(preserveKeyOrder ? (merged, item) => {
          const keys = Object.keys(item);
          Object.assign(merged, item);
          for (let i = keys.length - 1; i >= 0; i--) {
            unshiftKey(merged, keys[i]);
          }
          return merged;
        } : (merged, item) => Object.assign(merged, item), createMapContainer(preserveKeyOrder));
        return reduced;
      }
      return typeof items !== "object" || items === null ? null : Object(items);
    };
    function createMapContainer(preserveKeyOrder) {
      return preserveKeyOrder ? ordered_object_literal_1.default({}) : {};
    }
    function deleteKey(container, key) {
      if (!(key in container))
        return;
      const order = ordered_object_literal_1.getOrder(container);
      const index = order.indexOf(key);
      if (index !== -1) {
        order.splice(index, 1);
      }
    }
    function unshiftKey(container, key) {
      deleteKey(container, key);
      ordered_object_literal_1.getOrder(container).unshift(key);
    }
    function pushKey(container, key) {
      deleteKey(container, key);
      ordered_object_literal_1.getOrder(container).push(key);
    }
    function validateMappingKey(mapping, lineMap, diagnostics, yamlMode) {
      if (mapping.key.kind !== types_2.Kind.SCALAR) {
        if (!yamlMode) {
          diagnostics.push(createYAMLIncompatibilityException(mapping.key, lineMap, "mapping key must be a string scalar", yamlMode));
        }
        return false;
      }
      if (!yamlMode) {
        const type = typeof getScalarValue(mapping.key);
        if (type !== "string") {
          diagnostics.push(createYAMLIncompatibilityException(mapping.key, lineMap, `mapping key must be a string scalar rather than ${mapping.key.valueObject === null ? "null" : type}`, yamlMode));
        }
      }
      return true;
    }
    function createYAMLIncompatibilityException(node, lineMap, message, yamlMode) {
      const exception = createYAMLException(node, lineMap, message);
      exception.code = "YAMLIncompatibleValue";
      exception.severity = yamlMode ? types_1.DiagnosticSeverity.Hint : types_1.DiagnosticSeverity.Warning;
      return exception;
    }
    function createYAMLException(node, lineMap, message) {
      return {
        code: "YAMLException",
        message,
        severity: types_1.DiagnosticSeverity.Error,
        path: buildJsonPath_1.buildJsonPath(node),
        range: getRange(lineMap, node.startPosition, node.endPosition)
      };
    }
    function getRange(lineMap, startPosition, endPosition) {
      const startLine = lineForPosition_1.lineForPosition(startPosition, lineMap);
      const endLine = lineForPosition_1.lineForPosition(endPosition, lineMap);
      return {
        start: {
          line: startLine,
          character: startLine === 0 ? startPosition : startPosition - lineMap[startLine - 1]
        },
        end: {
          line: endLine,
          character: endLine === 0 ? endPosition : endPosition - lineMap[endLine - 1]
        }
      };
    }
    var Comments = class _Comments {
      constructor(attachedComments, comments, node, lineMap, pointer) {
        this.attachedComments = attachedComments;
        this.node = node;
        this.lineMap = lineMap;
        this.pointer = pointer;
        if (comments.length === 0) {
          this.comments = [];
        } else {
          const startPosition = this.getStartPosition(node);
          const endPosition = this.getEndPosition(node);
          const startLine = lineForPosition_1.lineForPosition(startPosition, this.lineMap);
          const endLine = lineForPosition_1.lineForPosition(endPosition, this.lineMap);
          const matchingComments = [];
          for (let i = comments.length - 1; i >= 0; i--) {
            const comment = comments[i];
            if (comment.range.start.line >= startLine && comment.range.end.line <= endLine) {
              matchingComments.push(comment);
              comments.splice(i, 1);
            }
          }
          this.comments = matchingComments;
        }
      }
      getStartPosition(node) {
        if (node.parent === null) {
          return 0;
        }
        return node.kind === types_2.Kind.MAPPING ? node.key.startPosition : node.startPosition;
      }
      getEndPosition(node) {
        switch (node.kind) {
          case types_2.Kind.MAPPING:
            return node.value === null ? node.endPosition : this.getEndPosition(node.value);
          case types_2.Kind.MAP:
            return node.mappings.length === 0 ? node.endPosition : node.mappings[node.mappings.length - 1].endPosition;
          case types_2.Kind.SEQ: {
            if (node.items.length === 0) {
              return node.endPosition;
            }
            const lastItem = node.items[node.items.length - 1];
            return lastItem === null ? node.endPosition : lastItem.endPosition;
          }
          default:
            return node.endPosition;
        }
      }
      static mapComments(comments, lineMap) {
        return comments.map((comment) => ({
          value: comment.value,
          range: getRange(lineMap, comment.startPosition, comment.endPosition),
          startPosition: comment.startPosition,
          endPosition: comment.endPosition
        }));
      }
      enter(node, key) {
        return new _Comments(this.attachedComments, this.comments, node, this.lineMap, key === void 0 ? this.pointer : `${this.pointer}/${key}`);
      }
      static isLeading(node, startPosition) {
        switch (node.kind) {
          case types_2.Kind.MAP:
            return node.mappings.length === 0 || node.mappings[0].startPosition > startPosition;
          case types_2.Kind.SEQ: {
            if (node.items.length === 0) {
              return true;
            }
            const firstItem = node.items[0];
            return firstItem === null || firstItem.startPosition > startPosition;
          }
          case types_2.Kind.MAPPING:
            return node.value === null || node.value.startPosition > startPosition;
          default:
            return false;
        }
      }
      static isTrailing(node, endPosition) {
        switch (node.kind) {
          case types_2.Kind.MAP:
            return node.mappings.length > 0 && endPosition > node.mappings[node.mappings.length - 1].endPosition;
          case types_2.Kind.SEQ:
            if (node.items.length === 0) {
              return false;
            }
            const lastItem = node.items[node.items.length - 1];
            return lastItem !== null && endPosition > lastItem.endPosition;
          case types_2.Kind.MAPPING:
            return node.value !== null && endPosition > node.value.endPosition;
          default:
            return false;
        }
      }
      static findBetween(node, startPosition, endPosition) {
        switch (node.kind) {
          case types_2.Kind.MAP: {
            let left;
            for (const mapping of node.mappings) {
              if (startPosition > mapping.startPosition) {
                left = mapping.key.value;
              } else if (left !== void 0 && mapping.startPosition > endPosition) {
                return [left, mapping.key.value];
              }
            }
            return null;
          }
          case types_2.Kind.SEQ: {
            let left;
            for (let i = 0; i < node.items.length; i++) {
              const item = node.items[i];
              if (item === null)
                continue;
              if (startPosition > item.startPosition) {
                left = String(i);
              } else if (left !== void 0 && item.startPosition > endPosition) {
                return [left, String(i)];
              }
            }
            return null;
          }
          default:
            return null;
        }
      }
      isBeforeEOL(comment) {
        return this.node.kind === types_2.Kind.SCALAR || this.node.kind === types_2.Kind.MAPPING && comment.range.end.line === lineForPosition_1.lineForPosition(this.node.key.endPosition, this.lineMap);
      }
      attachComments() {
        if (this.comments.length === 0)
          return;
        const attachedComments = this.attachedComments[this.pointer] = this.attachedComments[this.pointer] || [];
        for (const comment of this.comments) {
          if (this.isBeforeEOL(comment)) {
            attachedComments.push({
              value: comment.value,
              placement: "before-eol"
            });
          } else if (_Comments.isLeading(this.node, comment.startPosition)) {
            attachedComments.push({
              value: comment.value,
              placement: "leading"
            });
          } else if (_Comments.isTrailing(this.node, comment.endPosition)) {
            attachedComments.push({
              value: comment.value,
              placement: "trailing"
            });
          } else {
            const between = _Comments.findBetween(this.node, comment.startPosition, comment.endPosition);
            if (between !== null) {
              attachedComments.push({
                value: comment.value,
                placement: "between",
                between
              });
            } else {
              attachedComments.push({
                value: comment.value,
                placement: "trailing"
              });
            }
          }
        }
      }
    };
    function normalizeOptions(options) {
      if (options === void 0) {
        return {
          attachComments: false,
          preserveKeyOrder: false,
          bigInt: false,
          mergeKeys: false,
          json: true,
          ignoreDuplicateKeys: false
        };
      }
      return Object.assign({}, options, { attachComments: options.attachComments === true, preserveKeyOrder: options.preserveKeyOrder === true, bigInt: options.bigInt === true, mergeKeys: options.mergeKeys === true, json: options.json !== false, ignoreDuplicateKeys: options.ignoreDuplicateKeys !== false });
    }
  }
});

// node_modules/@stoplight/yaml/parse.js
var require_parse = __commonJS({
  "node_modules/@stoplight/yaml/parse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var parseWithPointers_1 = require_parseWithPointers();
    exports.parse = (value) => parseWithPointers_1.parseWithPointers(value).data;
  }
});

// node_modules/@stoplight/yaml/safeStringify.js
var require_safeStringify = __commonJS({
  "node_modules/@stoplight/yaml/safeStringify.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var yaml_ast_parser_1 = require_src();
    exports.safeStringify = (value, options) => typeof value === "string" ? value : yaml_ast_parser_1.safeDump(value, options);
  }
});

// node_modules/@stoplight/yaml/trapAccess.js
var require_trapAccess = __commonJS({
  "node_modules/@stoplight/yaml/trapAccess.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ordered_object_literal_1 = require_src2();
    exports.KEYS = Symbol.for(ordered_object_literal_1.ORDER_KEY_ID);
    var traps = {
      ownKeys(target) {
        return exports.KEYS in target ? target[exports.KEYS] : Reflect.ownKeys(target);
      }
    };
    exports.trapAccess = (target) => new Proxy(target, traps);
  }
});

// node_modules/@stoplight/yaml/index.js
var require_yaml = __commonJS({
  "node_modules/@stoplight/yaml/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var tslib_1 = (init_tslib_es6(), __toCommonJS(tslib_es6_exports));
    tslib_1.__exportStar(require_buildJsonPath(), exports);
    tslib_1.__exportStar(require_dereferenceAnchor(), exports);
    tslib_1.__exportStar(require_getJsonPathForPosition(), exports);
    tslib_1.__exportStar(require_getLocationForJsonPath(), exports);
    tslib_1.__exportStar(require_lineForPosition(), exports);
    var parse_1 = require_parse();
    exports.parse = parse_1.parse;
    var parseWithPointers_1 = require_parseWithPointers();
    exports.parseWithPointers = parseWithPointers_1.parseWithPointers;
    tslib_1.__exportStar(require_safeStringify(), exports);
    tslib_1.__exportStar(require_types(), exports);
    tslib_1.__exportStar(require_trapAccess(), exports);
  }
});

// node_modules/@stoplight/spectral-parsers/dist/yaml.js
var require_yaml2 = __commonJS({
  "node_modules/@stoplight/spectral-parsers/dist/yaml.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Yaml = exports.parseYaml = void 0;
    var yaml_1 = require_yaml();
    function getLocationForJsonPath(result, path) {
      return (0, yaml_1.getLocationForJsonPath)(result, path);
    }
    var parseYaml = (input) => (0, yaml_1.parseWithPointers)(input, {
      ignoreDuplicateKeys: false,
      mergeKeys: true,
      preserveKeyOrder: true,
      attachComments: false
    });
    exports.parseYaml = parseYaml;
    exports.Yaml = {
      parse: exports.parseYaml,
      getLocationForJsonPath,
      trapAccess: yaml_1.trapAccess
    };
  }
});

// node_modules/@stoplight/spectral-parsers/dist/types.js
var require_types2 = __commonJS({
  "node_modules/@stoplight/spectral-parsers/dist/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/@stoplight/spectral-parsers/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/@stoplight/spectral-parsers/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var tslib_1 = (init_tslib_es6(), __toCommonJS(tslib_es6_exports));
    (0, tslib_1.__exportStar)(require_json(), exports);
    (0, tslib_1.__exportStar)(require_yaml2(), exports);
    (0, tslib_1.__exportStar)(require_types2(), exports);
  }
});

export {
  require_dist2 as require_dist
};
