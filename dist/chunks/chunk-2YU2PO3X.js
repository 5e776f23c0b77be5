import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);
import {
  packageRoot
} from "./chunk-YJ6TIQPF.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-EUDNGKAI.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors2 = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors2();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors2();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative = parse(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
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
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv.ValidationError = validation_error_1.default;
    Ajv.MissingRefError = ref_error_1.default;
    exports.default = Ajv;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
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
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
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
          default: true
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
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
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
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv;
    module.exports = exports = Ajv;
    module.exports.Ajv = Ajv;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv;
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

// node_modules/ajv/dist/standalone/index.js
var require_standalone = __commonJS({
  "node_modules/ajv/dist/standalone/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var scope_1 = require_scope();
    var code_1 = require_code();
    function standaloneCode(ajv, refsOrFunc) {
      if (!ajv.opts.code.source) {
        throw new Error("moduleCode: ajv instance must have code.source option");
      }
      const { _n } = ajv.scope.opts;
      return typeof refsOrFunc == "function" ? funcExportCode(refsOrFunc.source) : refsOrFunc !== void 0 ? multiExportsCode(refsOrFunc, getValidate) : multiExportsCode(ajv.schemas, (sch) => sch.meta ? void 0 : ajv.compile(sch.schema));
      function getValidate(id) {
        const v = ajv.getSchema(id);
        if (!v)
          throw new Error(`moduleCode: no schema with id ${id}`);
        return v;
      }
      function funcExportCode(source) {
        const usedValues = {};
        const n = source === null || source === void 0 ? void 0 : source.validateName;
        const vCode = validateCode(usedValues, source);
        if (ajv.opts.code.esm) {
          return `"use strict";${_n}export const validate = ${n};${_n}export default ${n};${_n}${vCode}`;
        }
        return `"use strict";${_n}module.exports = ${n};${_n}module.exports.default = ${n};${_n}${vCode}`;
      }
      function multiExportsCode(schemas, getValidateFunc) {
        var _a;
        const usedValues = {};
        let code = (0, code_1._)`"use strict";`;
        for (const name in schemas) {
          const v = getValidateFunc(schemas[name]);
          if (v) {
            const vCode = validateCode(usedValues, v.source);
            const exportSyntax = ajv.opts.code.esm ? (0, code_1._)`export const ${(0, code_1.getEsmExportName)(name)}` : (0, code_1._)`exports${(0, code_1.getProperty)(name)}`;
            code = (0, code_1._)`${code}${_n}${exportSyntax} = ${(_a = v.source) === null || _a === void 0 ? void 0 : _a.validateName};${_n}${vCode}`;
          }
        }
        return `${code}`;
      }
      function validateCode(usedValues, s) {
        if (!s)
          throw new Error('moduleCode: function does not have "source" property');
        if (usedState(s.validateName) === scope_1.UsedValueState.Completed)
          return code_1.nil;
        setUsedState(s.validateName, scope_1.UsedValueState.Started);
        const scopeCode = ajv.scope.scopeCode(s.scopeValues, usedValues, refValidateCode);
        const code = new code_1._Code(`${scopeCode}${_n}${s.validateCode}`);
        return s.evaluated ? (0, code_1._)`${code}${s.validateName}.evaluated = ${s.evaluated};${_n}` : code;
        function refValidateCode(n) {
          var _a;
          const vRef = (_a = n.value) === null || _a === void 0 ? void 0 : _a.ref;
          if (n.prefix === "validate" && typeof vRef == "function") {
            const v = vRef;
            return validateCode(usedValues, v.source);
          } else if ((n.prefix === "root" || n.prefix === "wrapper") && typeof vRef == "object") {
            const { validate, validateName } = vRef;
            if (!validateName)
              throw new Error("ajv internal error");
            const def = ajv.opts.code.es5 ? scope_1.varKinds.var : scope_1.varKinds.const;
            const wrapper = (0, code_1._)`${def} ${n} = {validate: ${validateName}};`;
            if (usedState(validateName) === scope_1.UsedValueState.Started)
              return wrapper;
            const vCode = validateCode(usedValues, validate === null || validate === void 0 ? void 0 : validate.source);
            return (0, code_1._)`${wrapper}${_n}${vCode}`;
          }
          return void 0;
        }
        function usedState(name) {
          var _a;
          return (_a = usedValues[name.prefix]) === null || _a === void 0 ? void 0 : _a.get(name);
        }
        function setUsedState(name, state) {
          const { prefix } = name;
          const names = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          names.set(name, state);
        }
      }
    }
    module.exports = exports = standaloneCode;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = standaloneCode;
  }
});

// src/ajv-lazy.cjs
var require_ajv_lazy = __commonJS({
  "src/ajv-lazy.cjs"(exports) {
    "use strict";
    exports.loadAjv = () => require_ajv();
    exports.loadStandalone = () => require_standalone();
  }
});

// src/catalog/load.ts
var import_yaml = __toESM(require_dist(), 1);
var import_ajv_lazy = __toESM(require_ajv_lazy(), 1);
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

// src/catalog/builtin.ts
var BUILTIN = JSON.parse('{"digest":"2228a335c1332db9e2c8f0f56b58174af731eaaaedeef046d0465c1ce5d6d274","version":"45v-22f-1ff2afe3","source":{"vendors":[{"id":"ai21","name":"AI21 Labs","category":"llm-api","website":"https://www.ai21.com","sources":["github.com/AI21Labs/ai21-python@c13355b (pyproject.toml [tool.poetry] name ai21; ai21/constants.py STUDIO_HOST https://api.ai21.com/studio/v1; ai21/ai21_env_config.py AI21_* env names)","AI21 TypeScript SDK README (\\"npm install ai21\\"); npm view ai21 (description \\"AI21 TypeScript SDK\\")"],"packages":{"npm":["ai21"],"pypi":["ai21"]},"hosts":["api.ai21.com"],"env":["AI21_API_KEY","AI21_API_HOST","AI21_API_VERSION","AI21_AWS_REGION","AI21_TIMEOUT_SEC","AI21_NUM_RETRIES","AI21_LOG_LEVEL"],"models":["jamba-*","j2-*"]},{"id":"anthropic","name":"Anthropic","category":"llm-api","website":"https://www.anthropic.com","sources":["github.com/jamesrochabrun/SwiftAnthropic@783bdce:Package.swift (library/module SwiftAnthropic)","github.com/anthropics/claude-code-action@008284398f:action.yml (inputs anthropic_api_key, use_bedrock, use_vertex); github.com/anthropics/claude-code-base-action@8208cd1d:action.yml","github.com/anthropics/anthropic-sdk-python@009b0353:pyproject.toml (name anthropic; extras bedrock, vertex, aws, google_cloud)","github.com/anthropics/anthropic-sdk-python@009b0353:src/anthropic/_client.py (api.anthropic.com; ANTHROPIC_* env names)","github.com/anthropics/anthropic-sdk-python@009b0353:src/anthropic/lib/aws/_credentials.py L113 (aws-external-anthropic.{region}.api.aws, ANTHROPIC_AWS_*)","github.com/anthropics/anthropic-sdk-python@009b0353:src/anthropic/lib/google_cloud/_client.py L33 (claude.googleapis.com, ANTHROPIC_GOOGLE_CLOUD_*)","github.com/anthropics/anthropic-sdk-typescript@bfa9197f:packages/*/package.json (@anthropic-ai/{aws,bedrock,foundry,google-cloud,vertex}-sdk), src readEnv names","npm registry (npm view): @anthropic-ai/sdk, @anthropic-ai/bedrock-sdk, @anthropic-ai/vertex-sdk, @anthropic-ai/foundry-sdk, @anthropic-ai/aws-sdk, @anthropic-ai/google-cloud-sdk, @anthropic-ai/claude-agent-sdk, @anthropic-ai/claude-code (\\"Use Claude, Anthropic\'s AI assistant, right from your terminal\\")","github.com/anthropics/claude-agent-sdk-python@04e5d7ca:pyproject.toml (name claude-agent-sdk)","github.com/anthropics/anthropic-sdk-go@00fae190:go.mod (module github.com/anthropics/anthropic-sdk-go)","github.com/anthropics/anthropic-sdk-java@010bfaeb:build.gradle.kts (group com.anthropic; modules anthropic-java, -core, -bedrock, -aws, -foundry, -client-okhttp)","github.com/anthropics/anthropic-sdk-csharp@004b00d1:src/Anthropic/Anthropic.csproj (PackageId Anthropic, v12); README (v10+ official, 3.x was tryAGI, now tryAGI.Anthropic)","github.com/anthropics/anthropic-sdk-csharp src/Anthropic.Bedrock, src/Anthropic.Vertex, src/Anthropic.Foundry *.csproj (PackageIds)","github.com/anthropics/anthropic-sdk-ruby@5d495598:anthropic.gemspec","github.com/anthropics/anthropic-sdk-php@475a1345:composer.json (name anthropic-ai/sdk, psr-4 Anthropic\\\\)","github.com/liushuangls/go-anthropic@1be3e510:go.mod (community, module github.com/liushuangls/go-anthropic/v2)","github.com/tghamm/Anthropic.SDK@01895ccf:Anthropic.SDK/Anthropic.SDK.csproj (community, PackageId Anthropic.SDK)","gitleaks@b58d3f10:cmd/generate/config/rules/anthropic.go (anthropic-api-key, anthropic-admin-api-key)","trufflehog@3ab759fe:pkg/detectors/anthropic/anthropic.go (keywords sk-ant-api03, sk-ant-admin01)","github.com/lebrunel/anthropix mix.exs (hex anthropix, module Anthropix); {:anthropix, \\"~> 0.6\\"} in public mix.exs files","github.com/davidmigloz/langchain_dart packages/anthropic_sdk_dart/pubspec.yaml (pub anthropic_sdk_dart), seen in public pubspec.yaml files","github.com/anthropics/anthropic-sdk-go README (option.WithAPIKey; bedrock.WithLoadDefaultConfig, vertex.WithGoogleAuth beside it in public code such as yumosx/crush internal/llm/provider/anthropic.go, chosen by a switch)"],"packages":{"npm":["@anthropic-ai/sdk",{"name":"@anthropic-ai/bedrock-sdk","note":"Anthropic SDK whose requests go to AWS Bedrock (the host attributes the processor)"},{"name":"@anthropic-ai/vertex-sdk","note":"Anthropic SDK whose requests go to Google Vertex AI (the host attributes the processor)"},{"name":"@anthropic-ai/foundry-sdk","note":"Anthropic SDK whose requests go to Azure AI Foundry (the host attributes the processor)"},{"name":"@anthropic-ai/aws-sdk","note":"Claude Platform on AWS (Anthropic-operated)"},{"name":"@anthropic-ai/google-cloud-sdk","note":"Claude Platform on Google Cloud (Anthropic-managed)"},{"name":"@anthropic-ai/claude-agent-sdk","note":"Claude Agent SDK (drives Claude Code, which calls the Anthropic API)"},{"name":"@anthropic-ai/claude-code","note":"the Claude Code CLI (a dev dependency, or installed in an image or CI job), which sends code to the Anthropic API"}],"pypi":[{"name":"anthropic","note":"extras [bedrock], [vertex], [aws], [google_cloud] select the cloud route"},{"name":"claude-agent-sdk","note":"Claude Agent SDK (drives Claude Code, which calls the Anthropic API)"}],"go":["github.com/anthropics/anthropic-sdk-go",{"name":"github.com/liushuangls/go-anthropic","note":"community SDK"}],"maven":[{"name":"com.anthropic:*","note":"official Java SDK modules (anthropic-java, anthropic-java-core, -bedrock, -aws, -foundry, -client-okhttp)"}],"nuget":[{"name":"Anthropic","note":"Official SDK from v10. Versions 3.x and below were the tryAGI community SDK (now tryAGI.Anthropic), which calls the same Anthropic API, so every version is Anthropic usage; no `versions` split."},{"name":"Anthropic.Bedrock","note":"official SDK, AWS Bedrock route"},{"name":"Anthropic.Vertex","note":"official SDK, Google Vertex AI route"},{"name":"Anthropic.Foundry","note":"official SDK, Azure AI Foundry route"},{"name":"tryAGI.Anthropic","note":"community SDK (formerly NuGet Anthropic <= 3.x)"},{"name":"Anthropic.SDK","note":"community SDK (tghamm)"}],"rubygems":["anthropic"],"composer":[{"name":"anthropic-ai/sdk","imports":["Anthropic"]}],"hex":[{"name":"anthropix","imports":["Anthropix"],"note":"community SDK (github.com/lebrunel/anthropix)"}],"pub":[{"name":"anthropic_sdk_dart","note":"community SDK (github.com/davidmigloz/langchain_dart packages/anthropic_sdk_dart)"}]},"selected-by":[{"sdk":"anthropic","name":"option.WithAPIKey","note":"anthropic-sdk-go option.WithAPIKey(key)"}],"imports":{"python":["anthropic.AnthropicBedrock","anthropic.AsyncAnthropicBedrock","anthropic.AnthropicBedrockMantle","anthropic.AsyncAnthropicBedrockMantle","anthropic.AnthropicVertex","anthropic.AsyncAnthropicVertex"],"java":["com.anthropic"],"csharp":["Anthropic"],"ruby":["anthropic"],"php":["Anthropic"],"swift":["SwiftAnthropic"]},"hosts":["api.anthropic.com",{"host":"claude.googleapis.com","note":"Claude Platform on Google Cloud (Anthropic-managed)"},{"host":"aws-external-anthropic.<region>.api.aws","note":"Claude Platform on AWS (Anthropic-operated)"}],"env":["ANTHROPIC_API_KEY","ANTHROPIC_AUTH_TOKEN","ANTHROPIC_BASE_URL","ANTHROPIC_CUSTOM_HEADERS","ANTHROPIC_WEBHOOK_SIGNING_KEY","ANTHROPIC_ORGANIZATION_ID","ANTHROPIC_WORKSPACE_ID","ANTHROPIC_FEDERATION_RULE_ID","ANTHROPIC_IDENTITY_TOKEN","ANTHROPIC_IDENTITY_TOKEN_FILE","ANTHROPIC_AWS_API_KEY","ANTHROPIC_AWS_BASE_URL","ANTHROPIC_AWS_WORKSPACE_ID","ANTHROPIC_GOOGLE_CLOUD_PROJECT","ANTHROPIC_GOOGLE_CLOUD_LOCATION","ANTHROPIC_GOOGLE_CLOUD_BASE_URL","ANTHROPIC_GOOGLE_CLOUD_WORKSPACE_ID"],"keys":[{"id":"anthropic-api-key","pattern":"(?<![A-Za-z0-9_-])sk-ant-api03-[A-Za-z0-9_-]{93}AA(?![A-Za-z0-9_-])","keywords":["sk-ant-api03"]},{"id":"anthropic-admin-api-key","pattern":"(?<![A-Za-z0-9_-])sk-ant-admin01-[A-Za-z0-9_-]{93}AA(?![A-Za-z0-9_-])","keywords":["sk-ant-admin01"]}],"models":["claude-*"],"actions":[{"name":"anthropics/claude-code-action","inputs":{"use_bedrock":"aws-bedrock","use_vertex":"google-vertex-ai"},"note":"Claude Code agent on pull requests and issues"},{"name":"anthropics/claude-code-base-action","inputs":{"use_bedrock":"aws-bedrock","use_vertex":"google-vertex-ai"}}]},{"id":"assemblyai","name":"AssemblyAI","category":"speech","website":"https://www.assemblyai.com","sources":["github.com/AssemblyAI/assemblyai-python-sdk@530eca5 (setup.py name assemblyai; assemblyai/types.py base_url https://api.assemblyai.com, sync_base_url https://sync.assemblyai.com; streaming/v3/models.py streaming.assemblyai.com; client.py ASSEMBLYAI_API_KEY)","npm view assemblyai (repository github.com/AssemblyAI/assemblyai-node-sdk)","github.com/AssemblyAI/assemblyai-go-sdk go.mod (module github.com/AssemblyAI/assemblyai-go-sdk)","public code (secondary, many projects incl. the AssemblyAI JS docs snippet): EU base URL https://api.eu.assemblyai.com","trufflehog@3ab759fef pkg/detectors/assemblyai/assemblyai.go"],"packages":{"npm":["assemblyai"],"pypi":["assemblyai"],"go":["github.com/AssemblyAI/assemblyai-go-sdk"]},"hosts":["api.assemblyai.com","streaming.assemblyai.com","sync.assemblyai.com",{"host":"api.eu.assemblyai.com","region":"eu"}],"env":["ASSEMBLYAI_API_KEY"]},{"id":"aws-bedrock","name":"Amazon Bedrock","category":"cloud-ai-platform","website":"https://aws.amazon.com/bedrock/","sources":["github.com/brainlid/langchain lib/chat_models/chat_anthropic.ex (field :bedrock, a LangChain.Utils.BedrockConfig: the same chat model sent to Bedrock); github.com/brainlid/langchain_demo conversation_live/show.ex (ChatAnthropic.new!(%{bedrock: BedrockConfig.from_application_env!(), \u2026}))","npm registry (npm view): @aws-sdk/client-bedrock-runtime, @aws-sdk/client-bedrock, @aws-sdk/client-bedrock-agent-runtime, @aws-sdk/client-bedrock-agent","github.com/aws/aws-sdk-go-v2:service/bedrockruntime, service/bedrockagentruntime/go.mod (module paths)","github.com/aws/aws-sdk-java-v2:services/bedrockruntime, bedrockagent, bedrockagentruntime, bedrockdataautomationruntime, bedrockagentcore pom.xml (software.amazon.awssdk:<service>)","github.com/aws/aws-sdk-net:sdk/src/Services/BedrockRuntime/AWSSDK.BedrockRuntime.NetStandard.csproj (NuGet AWSSDK.<Service>, namespace Amazon.<Service>)","github.com/aws/aws-sdk-ruby:gems/aws-sdk-bedrockruntime/aws-sdk-bedrockruntime.gemspec","github.com/awslabs/aws-sdk-rust:sdk/bedrockruntime/Cargo.toml (crate aws-sdk-bedrockruntime)","github.com/aws/aws-sdk-php:src/BedrockRuntime/BedrockRuntimeClient.php (namespace Aws\\\\BedrockRuntime)","github.com/anthropics/anthropic-sdk-python@009b0353:src/anthropic/lib/bedrock/__init__.py (AnthropicBedrock, AsyncAnthropicBedrock, AnthropicBedrockMantle, AsyncAnthropicBedrockMantle; re-exported from anthropic/__init__.py L131)","github.com/anthropics/anthropic-sdk-typescript@bfa9197f:packages/bedrock-sdk/src/index.ts (AnthropicBedrock default export of @anthropic-ai/bedrock-sdk)","github.com/anthropics/anthropic-sdk-python@009b0353:src/anthropic/lib/bedrock/_client.py L192 (bedrock-runtime.{region}.amazonaws.com), _mantle.py L152 (bedrock-mantle.{region}.api.aws); AWS_BEARER_TOKEN_BEDROCK, ANTHROPIC_BEDROCK_BASE_URL, ANTHROPIC_BEDROCK_MANTLE_BASE_URL","AWS SDK endpoint rulesets (bedrock-runtime-fips.{Region}, dual-stack {Region}.api.aws), seen in public code","gitleaks@b58d3f10:cmd/generate/config/rules/aws.go (aws-amazon-bedrock-api-key-long-lived ABSK..., -short-lived bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t)","github.com/hashicorp/terraform-provider-aws:website/docs/r/bedrock_guardrail.html.markdown, bedrockagent_agent.html.markdown (aws_bedrock_*, aws_bedrockagent_* resources)","docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/AWS_Bedrock.html (AWS::Bedrock::Agent, ::Guardrail, ::KnowledgeBase, ...)","airom rules/models/bedrock.yaml (model id shape provider.model, geo prefixes us./eu./apac.)","github.com/ex-aws/ex_aws_bedrock (hex ex_aws_bedrock, module ExAws.Bedrock); {:ex_aws_bedrock, \\"~> 2.5\\"} in public mix.exs files","github.com/anthropics/anthropic-sdk-go README (bedrock.WithLoadDefaultConfig(ctx), bedrock.WithConfig(cfg)); github.com/anthropics/anthropic-sdk-java anthropic-java-bedrock (BedrockBackend); public Go code calling anthropic.NewClient(bedrock.WithLoadDefaultConfig(ctx))"],"packages":{"npm":[{"name":"@aws-sdk/client-bedrock*","note":"client-bedrock, -runtime, -agent, -agent-runtime, -data-automation[-runtime], -agentcore[-control]"}],"pypi":[{"name":"boto3","requires-literal":["bedrock-runtime","bedrock-agent-runtime","bedrock","bedrock-agent","bedrock-data-automation-runtime","bedrock-agentcore"]},{"name":"botocore","requires-literal":["bedrock-runtime","bedrock-agent-runtime","bedrock","bedrock-agent","bedrock-data-automation-runtime","bedrock-agentcore"]},{"name":"aioboto3","requires-literal":["bedrock-runtime","bedrock-agent-runtime","bedrock","bedrock-agent","bedrock-data-automation-runtime","bedrock-agentcore"]},{"name":"aiobotocore","requires-literal":["bedrock-runtime","bedrock-agent-runtime","bedrock","bedrock-agent","bedrock-data-automation-runtime","bedrock-agentcore"]}],"go":[{"name":"github.com/aws/aws-sdk-go-v2/service/bedrock*","note":"service/bedrock, bedrockruntime, bedrockagent, bedrockagentruntime, ..."},{"name":"github.com/aws/aws-sdk-go/service/bedrock*","note":"AWS SDK for Go v1 (imports only; its go.mod entry is the monolith)"}],"maven":[{"name":"software.amazon.awssdk:bedrock*"}],"nuget":[{"name":"AWSSDK.Bedrock*"}],"rubygems":[{"name":"aws-sdk-bedrock*"}],"cargo":[{"name":"aws-sdk-bedrock*"}],"hex":[{"name":"ex_aws_bedrock","imports":["ExAws.Bedrock"],"note":"ExAws service module for Bedrock (github.com/ex-aws/ex_aws_bedrock)"}]},"sdk-of":{"anthropic":["anthropic.AnthropicBedrock","anthropic.AsyncAnthropicBedrock","anthropic.AnthropicBedrockMantle","anthropic.AsyncAnthropicBedrockMantle","@anthropic-ai/bedrock-sdk"]},"selected-by":[{"sdk":"anthropic","name":"WithLoadDefaultConfig","note":"anthropic-sdk-go bedrock.WithLoadDefaultConfig(ctx) (github.com/anthropics/anthropic-sdk-go/bedrock)"},{"sdk":"anthropic","name":"BedrockBackend","note":"anthropic-java com.anthropic.bedrock.backends.BedrockBackend"},{"sdk":"anthropic","switch":"bedrock","languages":["elixir"],"note":"Elixir LangChain ChatAnthropic.new!(%{bedrock: BedrockConfig.from_application_env!()}); a config value, so the file may also call Anthropic directly: both"}],"imports":{"python":["anthropic.AnthropicBedrock","anthropic.AsyncAnthropicBedrock","anthropic.AnthropicBedrockMantle","anthropic.AsyncAnthropicBedrockMantle"],"js":["@anthropic-ai/bedrock-sdk"],"java":["software.amazon.awssdk.services.bedrock","software.amazon.awssdk.services.bedrockruntime","software.amazon.awssdk.services.bedrockagent","software.amazon.awssdk.services.bedrockagentruntime","software.amazon.awssdk.services.bedrockdataautomation","software.amazon.awssdk.services.bedrockdataautomationruntime","software.amazon.awssdk.services.bedrockagentcore","software.amazon.awssdk.services.bedrockagentcorecontrol"],"csharp":["Amazon.Bedrock","Amazon.BedrockRuntime","Amazon.BedrockAgent","Amazon.BedrockAgentRuntime","Amazon.BedrockDataAutomation","Amazon.BedrockDataAutomationRuntime","Amazon.BedrockAgentCore","Amazon.BedrockAgentCoreControl"],"ruby":["aws-sdk-bedrock","aws-sdk-bedrockruntime","aws-sdk-bedrockagent","aws-sdk-bedrockagentruntime","aws-sdk-bedrockdataautomation","aws-sdk-bedrockdataautomationruntime","aws-sdk-bedrockagentcore","aws-sdk-bedrockagentcorecontrol"],"php":["Aws\\\\Bedrock","Aws\\\\BedrockRuntime","Aws\\\\BedrockAgent","Aws\\\\BedrockAgentRuntime","Aws\\\\BedrockDataAutomation","Aws\\\\BedrockDataAutomationRuntime","Aws\\\\BedrockAgentCore","Aws\\\\BedrockAgentCoreControl"],"rust":["aws_sdk_bedrock","aws_sdk_bedrockruntime","aws_sdk_bedrockagent","aws_sdk_bedrockagentruntime","aws_sdk_bedrockdataautomation","aws_sdk_bedrockdataautomationruntime","aws_sdk_bedrockagentcore","aws_sdk_bedrockagentcorecontrol"]},"hosts":["bedrock-runtime.<region>.amazonaws.com","bedrock-runtime-fips.<region>.amazonaws.com","bedrock-runtime.<region>.api.aws","bedrock-runtime-fips.<region>.api.aws","bedrock-runtime.<region>.amazonaws.com.cn",{"host":"<resource>.bedrock-runtime.<region>.vpce.amazonaws.com","note":"interface VPC endpoint"},"bedrock.<region>.amazonaws.com","bedrock-fips.<region>.amazonaws.com","bedrock-agent-runtime.<region>.amazonaws.com","bedrock-agent-runtime-fips.<region>.amazonaws.com","bedrock-agent.<region>.amazonaws.com","bedrock-agent-fips.<region>.amazonaws.com","bedrock-mantle.<region>.api.aws"],"env":["AWS_BEARER_TOKEN_BEDROCK","ANTHROPIC_BEDROCK_BASE_URL","ANTHROPIC_BEDROCK_MANTLE_BASE_URL"],"keys":[{"id":"aws-bedrock-api-key-long-lived","pattern":"(?<![A-Za-z0-9+/])ABSK[A-Za-z0-9+/]{109,269}={0,2}(?![A-Za-z0-9+/=])","keywords":["ABSK"]},{"id":"aws-bedrock-api-key-short-lived","pattern":"bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{40,4000}={0,2}","keywords":["bedrock-api-key-"]}],"model-geo-prefixes":["us","eu","apac","us-gov","jp","au","ca"],"region-pattern":"^(?:us|eu|ap|ca|sa|me|af|il|mx|cn)(?:-gov|-iso[a-z]?)?-[a-z]+-\\\\d{1,2}$","models":["arn:aws:bedrock:*","anthropic.claude-*","*.anthropic.claude-*","amazon.titan-*","amazon.nova-*","*.amazon.nova-*","amazon.rerank-*","meta.llama*","*.meta.llama*","mistral.*","*.mistral.*","cohere.*","*.cohere.*","ai21.*","deepseek.*","*.deepseek.*","openai.gpt-oss-*","qwen.*","writer.*","*.writer.*","stability.*"],"iac":{"terraform":["aws_bedrock_*","aws_bedrockagent_*"],"cloudformation":["AWS::Bedrock::*"]}},{"id":"azure-openai","name":"Azure OpenAI (Azure AI Foundry)","category":"cloud-ai-platform","website":"https://azure.microsoft.com/products/ai-services/openai-service","sources":["github.com/alexrudall/ruby-openai README (Azure: api_type: :azure with uri_base and api_version); github.com/openai/openai-python v0.28 README (openai.api_type = \\"azure\\" / \\"azure_ad\\")","npm registry (npm view): @azure/openai (\\"A companion library to openai for Azure OpenAI\\"), @azure-rest/ai-inference","github.com/Azure/azure-sdk-for-net:sdk/openai/Azure.AI.OpenAI/src/Azure.AI.OpenAI.csproj; sdk/ai/Azure.AI.Inference/src/Azure.AI.Inference.csproj","github.com/Azure/azure-sdk-for-java:sdk/openai/azure-ai-openai/pom.xml; sdk/ai/azure-ai-inference/pom.xml","github.com/Azure/azure-sdk-for-go:sdk/ai/azopenai/go.mod","github.com/Azure/azure-sdk-for-python:sdk/ai/azure-ai-inference/setup.py","github.com/openai/openai-python src/openai/lib/azure.py L112-321 (AZURE_OPENAI_API_KEY, AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_AD_TOKEN, OPENAI_API_VERSION)","github.com/anthropics/anthropic-sdk-python@009b0353:src/anthropic/lib/foundry.py L171 (https://{resource}.services.ai.azure.com/anthropic/, ANTHROPIC_FOUNDRY_*)","trufflehog@3ab759fe:pkg/detectors/azure_openai/azure_openai.go ([a-z0-9-]+.openai.azure.com; key [a-f0-9]{32} after api_key / openai_key)","public code (secondary): <resource>.openai.azure.us (Azure Government), <resource>.cognitiveservices.azure.com/openai, <deployment>.<label>.models.ai.azure.com (serverless)","Trusera cloud_scanner.py (secondary): azurerm_cognitive_deployment, azurerm_ai_services, azurerm_ai_foundry, azurerm_ai_foundry_project","github.com/hashicorp/terraform-provider-azurerm:website/docs/r/cognitive_account.html.markdown (kind values OpenAI, AIServices, SpeechServices, ...), cognitive_deployment.html.markdown, ai_services.html.markdown","learn.microsoft.com/azure/templates/microsoft.cognitiveservices/accounts (ARM/Bicep type Microsoft.CognitiveServices/accounts, kind, location; child type accounts/deployments)","github.com/sashabaranov/go-openai config.go (DefaultAzureConfig, APITypeAzure, APITypeAzureAD); public Go code (find_string): openai.DefaultAzureConfig(key, endpoint) beside openai.DefaultConfig(key) in the same function","github.com/openai/openai-java README \\"Microsoft Azure\\" (AzureOpenAIServiceVersion, AzureApiKeyCredential, com.openai.azure); public Java code importing com.openai.azure.AzureOpenAIServiceVersion","github.com/Azure/azure-sdk-for-net:sdk/openai/Azure.AI.OpenAI README (AzureOpenAIClient, GetChatClient returns OpenAI.Chat.ChatClient)"],"packages":{"npm":["@azure/openai",{"name":"@azure-rest/ai-inference","note":"Azure AI Foundry model inference"}],"pypi":[{"name":"azure-ai-inference","imports":["azure.ai.inference"],"note":"Azure AI Foundry model inference"}],"go":["github.com/Azure/azure-sdk-for-go/sdk/ai/azopenai"],"maven":["com.azure:azure-ai-openai",{"name":"com.azure:azure-ai-inference","note":"Azure AI Foundry model inference"}],"nuget":["Azure.AI.OpenAI",{"name":"Azure.AI.Inference","note":"Azure AI Foundry model inference"}]},"sdk-of":{"openai":["openai.AzureOpenAI","openai.AsyncAzureOpenAI","openai.lib.azure","langchain_openai.AzureChatOpenAI","langchain_openai.AzureOpenAI","langchain_openai.AzureOpenAIEmbeddings","@langchain/openai.AzureChatOpenAI","@langchain/openai.AzureOpenAI","@langchain/openai.AzureOpenAIEmbeddings"]},"selected-by":[{"sdk":"openai","name":"DefaultAzureConfig","languages":["go"],"note":"Go github.com/sashabaranov/go-openai openai.DefaultAzureConfig(key, endpoint)"},{"sdk":"openai","name":"APITypeAzure","languages":["go"],"note":"go-openai config.APIType = openai.APITypeAzure"},{"sdk":"openai","name":"APITypeAzureAD","languages":["go"],"note":"go-openai config.APIType = openai.APITypeAzureAD"},{"sdk":"openai","name":"AzureOpenAIClient","languages":["csharp"],"note":".NET Azure.AI.OpenAI AzureOpenAIClient (its chat clients are the OpenAI package\'s types)"},{"sdk":"openai","name":"azure.WithEndpoint","languages":["go"],"note":"openai-go github.com/openai/openai-go/azure (azure.WithEndpoint(endpoint, apiVersion))"},{"sdk":"openai","name":"AzureOpenAIServiceVersion","languages":["jvm"],"note":"openai-java com.openai.azure.AzureOpenAIServiceVersion"},{"sdk":"openai","name":"AzureApiKeyCredential","languages":["jvm"],"note":"openai-java com.openai.azure.credential.AzureApiKeyCredential"},{"sdk":"openai","switch":"api_type","values":["azure","azure_ad"],"note":"ruby-openai OpenAI::Client.new(api_type: :azure, \u2026) or config.api_type = :azure; the legacy Python SDK (openai<1) openai.api_type = \\"azure\\""}],"imports":{"python":["openai.AzureOpenAI","openai.AsyncAzureOpenAI","openai.lib.azure"],"js":["openai.AzureOpenAI"],"java":["com.azure.ai.openai","com.azure.ai.inference"],"csharp":["Azure.AI.OpenAI","Azure.AI.Inference"]},"hosts":["<resource>.openai.azure.com",{"host":"<resource>.openai.azure.us","note":"Azure Government"},{"host":"<resource>.cognitiveservices.azure.com","path":"/openai"},{"host":"<resource>.services.ai.azure.com","note":"Azure AI Foundry resource (models, /openai, /anthropic, projects)"},{"host":"<deployment>.<label>.models.ai.azure.com","note":"Azure AI Foundry serverless model endpoint"},{"host":"<resource>.models.ai.azure.com","note":"Azure AI Foundry model endpoint"}],"env":["AZURE_OPENAI_API_KEY","AZURE_OPENAI_ENDPOINT","AZURE_OPENAI_AD_TOKEN","OPENAI_API_VERSION","ANTHROPIC_FOUNDRY_API_KEY","ANTHROPIC_FOUNDRY_RESOURCE","ANTHROPIC_FOUNDRY_BASE_URL"],"keys":[{"id":"azure-openai-api-key","pattern":"(?<![A-Za-z0-9])[a-f0-9]{32}(?![A-Za-z0-9])","keywords":["azure_openai_api_key","azure_openai_key"],"context":["azure_openai_api_key","azure_openai_key"]}],"models":["gpt-*","o1*","o3*","o4-*","text-embedding-*","dall-e-*","whisper*","tts*","gpt-image-*","phi-*"],"iac":{"terraform":["azurerm_cognitive_deployment",{"type":"azurerm_cognitive_account","where":{"kind":["OpenAI","AIServices"]}},{"type":"azurerm_ai_services","note":"an account of kind AIServices"}],"arm":[{"type":"Microsoft.CognitiveServices/accounts","where":{"kind":["OpenAI","AIServices"]}},"Microsoft.CognitiveServices/accounts/deployments"]}},{"id":"cartesia","name":"Cartesia","category":"speech","website":"https://cartesia.ai","sources":["github.com/cartesia-ai/cartesia-python@30f08c7 (pyproject.toml name cartesia; src/cartesia/_client.py default https://api.cartesia.ai, CARTESIA_BASE_URL, CARTESIA_CUSTOM_HEADERS; README api_key=os.getenv(\\"CARTESIA_API_KEY\\"))","npm view @cartesia/cartesia-js (repository github.com/cartesia-ai/cartesia-js); npm view cartesia (\\"Placeholder package\\")"],"packages":{"npm":["@cartesia/cartesia-js"],"pypi":["cartesia"]},"hosts":["api.cartesia.ai"],"env":["CARTESIA_API_KEY","CARTESIA_BASE_URL","CARTESIA_CUSTOM_HEADERS"],"models":["sonic-*","ink-whisper*"]},{"id":"cerebras","name":"Cerebras","category":"llm-api","website":"https://www.cerebras.ai","sources":["github.com/Cerebras/cerebras-cloud-sdk-python@bebb8d1 (pyproject.toml name cerebras_cloud_sdk; package src/cerebras/cloud/sdk; _client.py CEREBRAS_API_KEY, CEREBRAS_BASE_URL, default https://api.cerebras.ai)","npm view @cerebras/cerebras_cloud_sdk (repository github:Cerebras/cerebras-cloud-sdk-node, author Cerebras)"],"packages":{"npm":["@cerebras/cerebras_cloud_sdk"],"pypi":[{"name":"cerebras_cloud_sdk","imports":["cerebras.cloud.sdk"]}]},"hosts":["api.cerebras.ai"],"env":["CEREBRAS_API_KEY","CEREBRAS_BASE_URL"]},{"id":"coderabbit","name":"CodeRabbit","category":"ai-dev-tool","website":"https://www.coderabbit.ai","sources":["https://docs.coderabbit.ai/getting-started/configure-coderabbit (.coderabbit.yaml in the repository root)"]},{"id":"cohere","name":"Cohere","category":"llm-api","website":"https://cohere.com","sources":["github.com/cohere-ai/cohere-python@bc495daa:pyproject.toml (name cohere); src/cohere/client.py (CO_API_KEY, COHERE_API_KEY, CO_API_URL; https://api.cohere.com)","npm registry (npm view): cohere-ai (repository cohere-ai/cohere-typescript)","github.com/cohere-ai/cohere-go@068d5f04:go.mod (module github.com/cohere-ai/cohere-go; /v2 matches by path prefix)","github.com/cohere-ai/cohere-java@03753cb1:build.gradle (com.cohere:cohere-java)","gitleaks@b58d3f10:cmd/generate/config/rules/cohere.go (cohere-api-token: [a-zA-Z0-9]{40} only near \\"cohere\\" / \\"CO_API_KEY\\")"],"packages":{"npm":["cohere-ai"],"pypi":["cohere"],"go":["github.com/cohere-ai/cohere-go"],"maven":["com.cohere:cohere-java"]},"imports":{"java":["com.cohere.api"]},"hosts":["api.cohere.com",{"host":"api.cohere.ai","note":"legacy host"}],"env":["CO_API_KEY","COHERE_API_KEY","CO_API_URL"],"keys":[{"id":"cohere-api-key","pattern":"(?<![A-Za-z0-9])(?=[A-Za-z0-9]{0,39}[A-Z])(?=[A-Za-z0-9]{0,39}[a-z])(?=[A-Za-z0-9]{0,39}[0-9])[A-Za-z0-9]{40}(?![A-Za-z0-9])","keywords":["cohere","co_api_key"],"context":["cohere","co_api_key"]}],"models":["command","command-*","embed-*","rerank-*","c4ai-aya-*","aya-*"]},{"id":"cursor","name":"Cursor","category":"ai-dev-tool","website":"https://cursor.com","sources":["Cursor network configuration docs, as quoted by aiworkflowtutorials.com (verified 2026-05-09): allow *.cursor.sh, *.cursor-cdn.com, *.cursorapi.com","\'public Cursor clients (code search, 2026-12): backend https://api2.cursor.sh (also api3.cursor.sh)\' ","https://cursor.com/docs/background-agent/api/overview (Cloud Agents API at https://api.cursor.com)","https://cursor.com/docs/cli/headless (cursor-agent reads CURSOR_API_KEY)"],"hosts":[{"host":"api.cursor.com","note":"Cloud Agents and Admin API"},{"host":"<resource>.cursor.sh","note":"the editor\'s and the CLI\'s backend (api2.cursor.sh, \u2026)"}],"env":["CURSOR_API_KEY"]},{"id":"deepgram","name":"Deepgram","category":"speech","website":"https://deepgram.com","sources":["github.com/deepgram/deepgram-python-sdk@7da415d (pyproject.toml name deepgram-sdk, package src/deepgram; environment.py api.deepgram.com, agent.deepgram.com; base_client.py DEEPGRAM_API_KEY; README DEEPGRAM_TOKEN)","npm view @deepgram/sdk (repository github.com/deepgram/deepgram-js-sdk)","github.com/deepgram/deepgram-go-sdk go.mod (module github.com/deepgram/deepgram-go-sdk)","github.com/deepgram/deepgram-dotnet-sdk Deepgram/Deepgram.csproj (PackageId Deepgram)","trufflehog@3ab759fef pkg/detectors/deepgram/deepgram.go (api.deepgram.com/v1/projects)"],"packages":{"npm":["@deepgram/sdk"],"pypi":[{"name":"deepgram-sdk","imports":["deepgram"]}],"go":["github.com/deepgram/deepgram-go-sdk"],"nuget":["Deepgram"]},"imports":{"csharp":["Deepgram"]},"hosts":["api.deepgram.com","agent.deepgram.com"],"env":["DEEPGRAM_API_KEY","DEEPGRAM_TOKEN"],"models":["nova-*","aura-*"]},{"id":"deepinfra","name":"DeepInfra","category":"llm-api","website":"https://deepinfra.com","sources":["github.com/vercel/ai@ed857f50:packages/deepinfra/package.json (@ai-sdk/deepinfra); src/deepinfra-provider.ts L91, L98, L144 (https://api.deepinfra.com/v1, DEEPINFRA_API_KEY, /v1/inference)","github.com/mendableai/firecrawl apps/api/src/lib/generic-ai.ts (import { deepinfra } from \\"@ai-sdk/deepinfra\\", DEEPINFRA_API_KEY): the miss that added this entry","github.com/run-llama/LlamaIndexTS examples/models/deepinfra/chat.ts (DEEPINFRA_API_TOKEN)","npm registry listing (/work/.library/env/packages/npm.tsv): deepinfra (\\"Official API wrapper for DeepInfra\\"), @ai-sdk/deepinfra, @llamaindex/deepinfra","PyPI listing (/work/.library/env/packages/pypi.tsv): deepinfra (\\"Official Python SDK for the DeepInfra API\\"), langchain-deepinfra, llama-index-llms-deepinfra, llama-index-embeddings-deepinfra"],"packages":{"npm":["deepinfra"],"pypi":["deepinfra"]},"hosts":["api.deepinfra.com"],"env":["DEEPINFRA_API_KEY","DEEPINFRA_API_TOKEN"]},{"id":"deepseek","name":"DeepSeek","category":"llm-api","website":"https://www.deepseek.com","sources":["trufflehog@3ab759fe:pkg/detectors/deepseek/deepseek.go (sk-[a-z0-9]{32} only after \\"deepseek\\"; https://api.deepseek.com)","public code (secondary): DEEPSEEK_API_KEY, DEEPSEEK_BASE_URL"],"hosts":["api.deepseek.com"],"env":["DEEPSEEK_API_KEY","DEEPSEEK_BASE_URL"],"keys":[{"id":"deepseek-api-key","pattern":"(?<![A-Za-z0-9_-])sk-[a-z0-9]{32}(?![A-Za-z0-9_-])","keywords":["sk-"],"context":["deepseek"]}],"models":["deepseek-*"]},{"id":"elevenlabs","name":"ElevenLabs","category":"speech","website":"https://elevenlabs.io","sources":["github.com/elevenlabs/elevenlabs-python@54e58995 (pyproject.toml name elevenlabs; src/elevenlabs/environment.py hosts; base_client.py ELEVENLABS_API_KEY)","github.com/elevenlabs/elevenlabs-js src/environments.ts (api.elevenlabs.io, api.us.elevenlabs.io, api.eu.residency.elevenlabs.io)","npm view @elevenlabs/elevenlabs-js and elevenlabs (both repository github.com/elevenlabs/elevenlabs-js)","trufflehog@3ab759fef pkg/detectors/elevenlabs/v2/elevenlabs.go (key sk_[a-f0-9]{48}, keywords elevenlabs, xi-api-key, xi_api_key)"],"packages":{"npm":["@elevenlabs/elevenlabs-js",{"name":"elevenlabs","note":"earlier npm name of the same official SDK"}],"pypi":["elevenlabs"]},"hosts":["api.elevenlabs.io",{"host":"api.us.elevenlabs.io","region":"us"},"api.<region>.residency.elevenlabs.io"],"env":["ELEVENLABS_API_KEY"],"keys":[{"id":"elevenlabs-api-key","pattern":"\\\\bsk_[a-f0-9]{48}\\\\b","keywords":["sk_"],"context":["elevenlabs","xi-api-key","xi_api_key"]}],"models":["eleven_*"]},{"id":"fal","name":"fal.ai","category":"image","website":"https://fal.ai","sources":["github.com/fal-ai/fal@c6f0afaa (projects/fal_client/pyproject.toml name fal_client; src/fal_client/auth.py FAL_KEY, FAL_KEY_ID, FAL_KEY_SECRET, FAL_RUN_HOST default fal.run, FAL_QUEUE_RUN_HOST queue.fal.run; client.py REST_URL https://rest.fal.ai; projects/fal is the `fal` serverless SDK)","npm view @fal-ai/client (repository github.com/fal-ai/fal-js); @fal-ai/serverless-client (same repository, deprecated)"],"packages":{"npm":["@fal-ai/client",{"name":"@fal-ai/serverless-client","note":"deprecated predecessor of @fal-ai/client"}],"pypi":["fal-client",{"name":"fal","note":"fal serverless SDK (deploys and runs apps on fal\'s cloud)"}]},"hosts":["fal.run","queue.fal.run","rest.fal.ai"],"env":["FAL_KEY","FAL_KEY_ID","FAL_KEY_SECRET","FAL_RUN_HOST","FAL_QUEUE_RUN_HOST"],"models":["fal-ai/*"]},{"id":"fireworks","name":"Fireworks AI","category":"llm-api","website":"https://fireworks.ai","sources":["nixpkgs python-modules/fireworks-ai/default.nix (pname fireworks-ai, fetchPypi fireworks_ai, pythonImportsCheck fireworks, \\"Client library for the Fireworks.ai platform\\")","public code (secondary): base URL https://api.fireworks.ai/inference/v1, env FIREWORKS_API_KEY, model ids accounts/fireworks/models/<name>"],"packages":{"pypi":[{"name":"fireworks-ai","imports":["fireworks"]}]},"hosts":["api.fireworks.ai"],"env":["FIREWORKS_API_KEY"],"models":["accounts/fireworks/models/*"]},{"id":"github-copilot","name":"GitHub Copilot","category":"ai-dev-tool","website":"https://github.com/features/copilot","sources":["\'docs.github.com, Copilot cloud agent firewall allowlist (quoted in public repositories, code search 2026-12): api.githubcopilot.com, api.individual./api.business./api.enterprise.githubcopilot.com, copilot-proxy.githubusercontent.com\' ","https://github.com/github/github-mcp-server README (remote server https://api.githubcopilot.com/mcp/)","npm registry (npm view @github/copilot): GitHub Copilot CLI"],"hosts":["api.githubcopilot.com",{"host":"api.<resource>.githubcopilot.com","note":"api.individual., api.business., api.enterprise."},"copilot-proxy.githubusercontent.com"],"packages":{"npm":[{"name":"@github/copilot","note":"the Copilot CLI (installed in a CI job or image, it sends code to Copilot)"}]}},{"id":"google-gemini","name":"Google Gemini API","category":"llm-api","website":"https://ai.google.dev","sources":["github.com/google-gemini/generative-ai-swift@07b6cb5:Package.swift (library/module GoogleGenerativeAI)","SwiftPM dependents (search code): DMelisena/TESTESETESTST Tuist/Dependencies.swift `.remote(url: \\"https://github.com/google-gemini/generative-ai-swift\\")`; c2p-cmd/GeminiSwiftTrial README (github.com/google/generative-ai-swift, the first repository)","github.com/google-github-actions/run-gemini-cli@0434cc5d:action.yml (runs the Gemini CLI with GEMINI_API_KEY / GOOGLE_GENAI_USE_VERTEXAI); later versions take a use_vertex_ai input (seen in public workflows)","github.com/googleapis/python-genai@66807187:pyproject.toml (name google-genai); google/genai/_api_client.py L653-836 (hosts, GEMINI_API_KEY, GOOGLE_GENAI_USE_VERTEXAI, GOOGLE_GENAI_USE_ENTERPRISE, GOOGLE_GEMINI_BASE_URL)","github.com/google-gemini/generative-ai-python@043fc544:setup.py (name google-generativeai, package google.generativeai)","npm registry (npm view): @google/genai, @google/generative-ai","github.com/googleapis/go-genai@0671f108:go.mod (module google.golang.org/genai)","github.com/google/generative-ai-go@0f76fc65:go.mod (module github.com/google/generative-ai-go, legacy)","github.com/googleapis/java-genai@0133332f:pom.xml (com.google.genai:google-genai; Automatic-Module-Name com.google.genai)","github.com/googleapis/dotnet-genai@08741837:Google.GenAI/Google.GenAI.csproj (PackageId Google.GenAI)","gitleaks@b58d3f10:cmd/generate/config/rules/gcp.go (gcp-api-key AIza[\\\\w-]{35}, keyword AIza)","trufflehog@3ab759fe:pkg/detectors/googlegemini/googlegemini.go (AIzaSy..., verified against generativelanguage.googleapis.com)","github.com/google-gemini/generative-ai-dart@HEAD pkgs/google_generative_ai/pubspec.yaml (pub google_generative_ai); samples/flutter_app imports package:google_generative_ai","github.com/google-gemini/generative-ai-android (Maven com.google.ai.client.generativeai:generativeai, package com.google.ai.client.generativeai)","github.com/firebase/firebase-android-sdk firebase-ai (Maven com.google.firebase:firebase-ai, package com.google.firebase.ai; GenerativeBackend.googleAI() / vertexAI())","github.com/firebase/flutterfire@39bdb5b packages/firebase_ai/firebase_ai/pubspec.yaml (pub firebase_ai); github.com/firebase/firebase-ios-sdk FirebaseAI module; firebase npm package subpath firebase/ai","github.com/davidmigloz/langchain_dart packages/googleai_dart/pubspec.yaml (pub googleai_dart); github.com/babakcode/flutter_gemini (pub flutter_gemini)","github.com/gbaptista/gemini-ai (gem gemini-ai) and github.com/google-gemini-php/client (composer google-gemini-php/client), each seen in public Gemfile / composer.json files"],"packages":{"npm":["@google/genai",{"name":"@google/generative-ai","note":"legacy Gemini SDK"}],"pypi":[{"name":"google-genai","imports":["google.genai"],"note":"also serves Vertex AI (vertexai=True); one package, one vendor"},{"name":"google-generativeai","imports":["google.generativeai"],"note":"legacy Gemini SDK"}],"go":["google.golang.org/genai",{"name":"github.com/google/generative-ai-go","note":"legacy Gemini SDK"}],"maven":["com.google.genai:google-genai",{"name":"com.google.ai.client.generativeai:generativeai","imports":["com.google.ai.client.generativeai"],"note":"Google AI client SDK for Android (deprecated for Firebase AI Logic)"},{"name":"com.google.firebase:firebase-ai","imports":["com.google.firebase.ai"],"note":"Firebase AI Logic; its backend is GenerativeBackend.googleAI() unless code picks vertexAI() (issue 14 class 1)"}],"nuget":["Google.GenAI"],"pub":[{"name":"google_generative_ai","note":"Google AI Dart SDK (deprecated for Firebase AI Logic)"},{"name":"firebase_ai","note":"Firebase AI Logic for Flutter; FirebaseAI.googleAI() or FirebaseAI.vertexAI() picks the backend (issue 14 class 1)"},{"name":"googleai_dart","note":"community SDK (github.com/davidmigloz/langchain_dart packages/googleai_dart)"},{"name":"flutter_gemini","note":"community SDK (github.com/babakcode/flutter_gemini)"}],"swiftpm":[{"name":"github.com/google-gemini/generative-ai-swift","note":"Google AI Swift SDK (module GoogleGenerativeAI; deprecated for Firebase AI Logic)"},{"name":"github.com/google/generative-ai-swift","note":"the same SDK\'s first repository (GitHub redirects it to google-gemini/generative-ai-swift)"}],"rubygems":[{"name":"gemini-ai","note":"community Ruby client (github.com/gbaptista/gemini-ai); its vertex-ai-api service goes to Vertex AI"}],"composer":[{"name":"google-gemini-php/client","note":"community PHP client (github.com/google-gemini-php/client)"}]},"selected-by":[{"sdk":"google-gemini","name":"BackendGeminiAPI","note":"Go genai.ClientConfig{Backend: genai.BackendGeminiAPI}"},{"sdk":"google-gemini","name":"FirebaseAI.googleAI","note":"Dart firebase_ai FirebaseAI.googleAI()"},{"sdk":"google-gemini","name":"GenerativeBackend.googleAI","note":"Kotlin/Java com.google.firebase.ai GenerativeBackend.googleAI()"},{"sdk":"google-gemini","name":".googleAI","note":"Swift FirebaseAI.firebaseAI(backend: .googleAI())"},{"sdk":"google-gemini","name":"GoogleAIBackend","note":"JS firebase/ai getAI(app, { backend: new GoogleAIBackend() })"}],"imports":{"java":["com.google.genai"],"csharp":["Google.GenAI"],"swift":["GoogleGenerativeAI","FirebaseAI"],"js":["firebase/ai"]},"hosts":["generativelanguage.googleapis.com","generativelanguage.mtls.googleapis.com"],"env":["GEMINI_API_KEY","GOOGLE_GEMINI_BASE_URL","GOOGLE_GENAI_USE_VERTEXAI","GOOGLE_GENAI_USE_ENTERPRISE"],"keys":[{"id":"google-api-key","pattern":"(?<![A-Za-z0-9_-])AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])","keywords":["AIza"],"requires-vendor-evidence":true}],"models":["gemini-*","models/gemini-*","gemma-*","models/gemma-*","imagen-*","veo-*","learnlm-*","embedding-*","models/embedding-*","text-embedding-004","models/text-embedding-*"],"actions":[{"name":"google-github-actions/run-gemini-cli","inputs":{"use_vertex_ai":"google-vertex-ai"}}]},{"id":"google-vertex-ai","name":"Google Vertex AI","category":"cloud-ai-platform","website":"https://cloud.google.com/vertex-ai","sources":["github.com/googleapis/python-aiplatform@002d3a41:setup.py (name google-cloud-aiplatform; packages google.cloud.aiplatform*, vertexai)","pypi.org/project/vertexai (Google LLC, \\"pip install vertexai to use the Vertex SDK\\")","npm registry (npm view): @google-cloud/vertexai, @google-cloud/aiplatform (\\"Vertex AI client for Node.js\\")","github.com/googleapis/google-cloud-go:aiplatform/go.mod, vertexai/go.mod","github.com/googleapis/google-cloud-java:java-aiplatform/google-cloud-aiplatform/pom.xml, java-vertexai/google-cloud-vertexai/pom.xml (com.google.cloud)","github.com/googleapis/google-cloud-dotnet:apis/Google.Cloud.AIPlatform.V1/Google.Cloud.AIPlatform.V1/Google.Cloud.AIPlatform.V1.csproj","github.com/googleapis/google-cloud-ruby:google-cloud-ai_platform/google-cloud-ai_platform.gemspec","github.com/googleapis/google-cloud-php@0818a31d:AiPlatform/composer.json (google/cloud-ai-platform, Google\\\\Cloud\\\\AIPlatform\\\\)","github.com/googleapis/python-genai@66807187:google/genai/_api_client.py L805-836 (aiplatform.googleapis.com, {location}-aiplatform.googleapis.com, aiplatform.{location}.rep.googleapis.com; mtls rewrite); GOOGLE_VERTEX_BASE_URL","github.com/anthropics/anthropic-sdk-python@009b0353:src/anthropic/lib/vertex/__init__.py (AnthropicVertex, AsyncAnthropicVertex; re-exported from anthropic/__init__.py L130)","github.com/anthropics/anthropic-sdk-typescript@bfa9197f:packages/vertex-sdk (@anthropic-ai/vertex-sdk, AnthropicVertex)","github.com/anthropics/anthropic-sdk-python@009b0353:src/anthropic/lib/vertex/_client.py L124-130 (Vertex hosts; ANTHROPIC_VERTEX_PROJECT_ID, CLOUD_ML_REGION, ANTHROPIC_VERTEX_BASE_URL)","Trusera cloud_scanner.py (secondary): google_vertex_ai_* Terraform resources","registry.terraform.io/providers/hashicorp/google (google_vertex_ai_endpoint, google_vertex_ai_dataset, ...; region attribute)","github.com/firebase/firebase-android-sdk firebase-vertexai (Maven com.google.firebase:firebase-vertexai, package com.google.firebase.vertexai; \\"Vertex AI in Firebase\\", renamed firebase-ai)","github.com/firebase/flutterfire packages/firebase_vertexai (pub firebase_vertexai); github.com/firebase/firebase-ios-sdk FirebaseVertexAI module; firebase npm package subpath firebase/vertexai","github.com/davidmigloz/langchain_dart packages/vertex_ai/pubspec.yaml (pub vertex_ai)","github.com/googleapis/python-genai@66807187:google/genai/client.py (Client(vertexai=\u2026), GOOGLE_GENAI_USE_VERTEXAI); github.com/googleapis/js-genai README (new GoogleGenAI({vertexai: true, project, location})); github.com/googleapis/go-genai client.go (BackendVertexAI, BackendGeminiAPI); github.com/googleapis/java-genai README (Client.builder().vertexAI(true))","public code (find_string, secondary): genai.ClientConfig{Backend: genai.BackendVertexAI, Location: \u2026} in many Go repositories; Client.builder().vertexAI(true).project(\u2026).location(\u2026) in Java and Scala","github.com/anthropics/anthropic-sdk-go README (vertex.WithGoogleAuth(ctx, region, projectID)); github.com/anthropics/anthropic-sdk-java anthropic-java-vertex (VertexBackend)","github.com/googleapis/java-genai README before 1.0 (Client.builder().setVertexAI(true).setProject(\u2026).setLocation(\u2026)); public code (find_string setVertexAI(true), secondary)","firebase.google.com/docs/ai-logic/get-started (backend per platform: Swift FirebaseAI.firebaseAI(backend: .vertexAI()), Kotlin Firebase.ai(backend = GenerativeBackend.vertexAI()), Web getAI(app, { backend: new VertexAIBackend() }), Dart FirebaseAI.vertexAI()); public code (find_string, secondary)"],"packages":{"npm":["@google-cloud/vertexai","@google-cloud/aiplatform"],"pypi":[{"name":"google-cloud-aiplatform","imports":["google.cloud.aiplatform","google.cloud.aiplatform_v1","google.cloud.aiplatform_v1beta1"]},"vertexai"],"go":["cloud.google.com/go/aiplatform","cloud.google.com/go/vertexai"],"maven":["com.google.cloud:google-cloud-aiplatform","com.google.cloud:google-cloud-vertexai",{"name":"com.google.firebase:firebase-vertexai","imports":["com.google.firebase.vertexai"],"note":"Vertex AI in Firebase (renamed firebase-ai in 2025); always the Vertex AI Gemini API"}],"nuget":["Google.Cloud.AIPlatform.V1"],"rubygems":["google-cloud-ai_platform"],"composer":["google/cloud-ai-platform"],"pub":[{"name":"firebase_vertexai","note":"Vertex AI in Firebase for Flutter (renamed firebase_ai)"},{"name":"vertex_ai","note":"community SDK (github.com/davidmigloz/langchain_dart packages/vertex_ai)"}]},"sdk-of":{"anthropic":["anthropic.AnthropicVertex","anthropic.AsyncAnthropicVertex","@anthropic-ai/vertex-sdk"]},"selected-by":[{"sdk":"google-gemini","switch":"vertexai","note":"genai.Client(vertexai=True) (Python), new GoogleGenAI({ vertexai: true }) (JS), Client.builder().vertexAI(true) (Java), new Client(vertexAI: true) (.NET)"},{"sdk":"google-gemini","name":"BackendVertexAI","note":"Go genai.ClientConfig{Backend: genai.BackendVertexAI}"},{"sdk":"google-gemini","switch":"setVertexAI","note":"java-genai before 1.0: Client.builder().setVertexAI(true)"},{"sdk":"google-gemini","name":"FirebaseAI.vertexAI","note":"Dart firebase_ai: FirebaseAI.vertexAI(location: \'europe-west1\')"},{"sdk":"google-gemini","name":"GenerativeBackend.vertexAI","note":"Kotlin/Java com.google.firebase.ai: Firebase.ai(backend = GenerativeBackend.vertexAI())"},{"sdk":"google-gemini","name":".vertexAI","note":"Swift FirebaseAI: FirebaseAI.firebaseAI(backend: .vertexAI(location: \\"global\\"))"},{"sdk":"google-gemini","name":"VertexAIBackend","note":"JS firebase/ai: getAI(app, { backend: new VertexAIBackend(\'us-central1\') })"},{"sdk":"google-gemini","env":"GOOGLE_GENAI_USE_VERTEXAI","note":"set true, every client the code builds without choosing goes to Vertex AI"},{"sdk":"anthropic","name":"WithGoogleAuth","note":"anthropic-sdk-go vertex.WithGoogleAuth(ctx, region, projectID)"},{"sdk":"anthropic","name":"VertexBackend","note":"anthropic-java com.anthropic.vertex.backends.VertexBackend"}],"imports":{"python":["anthropic.AnthropicVertex","anthropic.AsyncAnthropicVertex"],"js":["@anthropic-ai/vertex-sdk","firebase/vertexai"],"java":["com.google.cloud.aiplatform","com.google.cloud.vertexai"],"csharp":["Google.Cloud.AIPlatform.V1"],"php":["Google\\\\Cloud\\\\AIPlatform"],"swift":["FirebaseVertexAI"]},"hosts":["aiplatform.googleapis.com","aiplatform.mtls.googleapis.com","<region>-aiplatform.googleapis.com","<region>-aiplatform.mtls.googleapis.com","aiplatform.<region>.rep.googleapis.com","aiplatform.<region>.rep.mtls.googleapis.com"],"env":["GOOGLE_VERTEX_BASE_URL","ANTHROPIC_VERTEX_PROJECT_ID","ANTHROPIC_VERTEX_BASE_URL","CLOUD_ML_REGION"],"region-pattern":"^(?:global|us|eu|[a-z]+-[a-z]+\\\\d{1,2})$","models":["gemini-*","claude-*","gemma-*","imagen-*","imagegeneration*","veo-*","text-embedding-*","text-multilingual-embedding-*","textembedding-gecko*","multimodalembedding*","chat-bison*","text-bison*","code-bison*","codechat-bison*","code-gecko*","publishers/*","projects/*/locations/*/publishers/*","projects/*/locations/*/endpoints/*"],"iac":{"terraform":["google_vertex_ai_*"]}},{"id":"groq","name":"Groq","category":"llm-api","website":"https://groq.com","sources":["github.com/groq/groq-python@003c13f9:pyproject.toml (name groq); src/groq/_client.py (GROQ_API_KEY, GROQ_BASE_URL, https://api.groq.com)","npm registry (npm view): groq-sdk (\\"The official TypeScript library for the Groq API\\")","trufflehog@3ab759fe:pkg/detectors/groq/groq.go (gsk_[a-zA-Z0-9]{52}; https://api.groq.com/openai/v1)"],"packages":{"npm":["groq-sdk"],"pypi":["groq"]},"hosts":["api.groq.com"],"env":["GROQ_API_KEY","GROQ_BASE_URL"],"keys":[{"id":"groq-api-key","pattern":"(?<![A-Za-z0-9_])gsk_[A-Za-z0-9]{52}(?![A-Za-z0-9_])","keywords":["gsk_"]}],"models":["llama-*","llama3-*","meta-llama/*","mixtral-*","gemma2-*","whisper-large-*","distil-whisper-*","openai/gpt-oss-*","qwen/*","qwen-*","moonshotai/*","deepseek-r1-distill-*","groq/*","compound-*","playai-tts*"]},{"id":"huggingface","name":"Hugging Face","category":"llm-api","website":"https://huggingface.co","sources":["github.com/huggingface/huggingface_hub@0078c998:src/huggingface_hub/inference/_providers/__init__.py (PROVIDER_T: cerebras, cohere, fal-ai, fireworks-ai, hf-inference, openai, replicate, together, ...; router.huggingface.co/<provider>)","github.com/huggingface/huggingface_hub@ee0a4510:setup.py (name huggingface_hub); src/huggingface_hub/constants.py L67-106 (HF_ENDPOINT, HF_INFERENCE_ENDPOINT, api-inference.huggingface.co, api.endpoints.huggingface.cloud, router.huggingface.co/{provider})","npm registry (npm view): @huggingface/inference, @huggingface/hub","public code (secondary): https://<id>.<region>.aws.endpoints.huggingface.cloud (Inference Endpoints URLs); HUGGINGFACEHUB_API_TOKEN (LangChain\'s name for the token)","gitleaks@b58d3f10:cmd/generate/config/rules/huggingface.go (hf_ + 34 letters; api_org_ + 34 letters)","trufflehog@3ab759fe:pkg/detectors/huggingface/huggingface.go ((hf_|api_org_)[a-zA-Z0-9]{34})","github.com/hupe1980/go-huggingface (Go module; NewInferenceClient), imported by public Go code (lingoose, golc, bots)","github.com/huggingface/hf-hub Cargo.toml (crate hf-hub)"],"packages":{"npm":["@huggingface/inference","@huggingface/hub"],"pypi":["huggingface_hub"],"go":[{"name":"github.com/hupe1980/go-huggingface","note":"community Go client for the Inference API"}],"cargo":[{"name":"hf-hub","note":"official Rust client for the Hugging Face Hub (github.com/huggingface/hf-hub)"}]},"hosts":["router.huggingface.co","api-inference.huggingface.co","api.endpoints.huggingface.cloud",{"host":"<resource>.<region>.aws.endpoints.huggingface.cloud","note":"Inference Endpoint on AWS"},{"host":"<resource>.<region>.azure.endpoints.huggingface.cloud","note":"Inference Endpoint on Azure"},{"host":"<resource>.<region>.gcp.endpoints.huggingface.cloud","note":"Inference Endpoint on Google Cloud"},{"host":"<resource>.endpoints.huggingface.cloud","note":"Inference Endpoint"}],"env":["HF_TOKEN","HUGGING_FACE_HUB_TOKEN","HUGGINGFACEHUB_API_TOKEN","HF_ENDPOINT","HF_INFERENCE_ENDPOINT"],"keys":[{"id":"huggingface-access-token","pattern":"(?<![A-Za-z0-9_])hf_[A-Za-z0-9]{34}(?![A-Za-z0-9_])","keywords":["hf_"]},{"id":"huggingface-organization-api-token","pattern":"(?<![A-Za-z0-9_])api_org_[A-Za-z0-9]{34}(?![A-Za-z0-9_])","keywords":["api_org_"]}],"route-by-path":["router.huggingface.co"],"gateway-routes":{"cerebras":"cerebras","cohere":"cohere","fal-ai":"fal","fireworks-ai":"fireworks","groq":"groq","openai":"openai","replicate":"replicate","together":"together"}},{"id":"jina","name":"Jina AI","category":"embeddings","website":"https://jina.ai","sources":["public code (secondary): POST https://api.jina.ai/v1/embeddings with env JINA_API_KEY (langchain-community JinaEmbeddings and many others)","public code (secondary): Jina Reader https://r.jina.ai/<url> and Jina Search https://s.jina.ai/<query> with Bearer JINA_API_KEY"],"hosts":["api.jina.ai","r.jina.ai","s.jina.ai"],"env":["JINA_API_KEY"],"models":["jina-embeddings-*","jina-reranker-*","jina-clip-*","jina-colbert-*","reader-lm-*"]},{"id":"langfuse","name":"Langfuse","category":"observability","website":"https://langfuse.com","sources":["github.com/langfuse/langfuse-python@c3c6a09e (pyproject.toml name langfuse; LANGFUSE_PUBLIC_KEY, LANGFUSE_SECRET_KEY, LANGFUSE_HOST, LANGFUSE_BASE_URL; default https://cloud.langfuse.com)","npm view langfuse (repository github.com/langfuse/langfuse-js, deprecated v3 client) and @langfuse/tracing (same repository, current v4 packages under the @langfuse scope)","public code (secondary): US region https://us.cloud.langfuse.com","trufflehog@3ab759fef pkg/detectors/langfuse/langfuse.go (sk-lf-<uuid>, pk-lf-<uuid>, verified against https://cloud.langfuse.com/api/public/projects)"],"packages":{"npm":["@langfuse/*",{"name":"langfuse","note":"deprecated v3 JS SDK"}],"pypi":["langfuse"]},"hosts":[{"host":"cloud.langfuse.com","region":"eu"},{"host":"us.cloud.langfuse.com","region":"us"}],"env":["LANGFUSE_PUBLIC_KEY","LANGFUSE_SECRET_KEY","LANGFUSE_HOST","LANGFUSE_BASE_URL"],"keys":[{"id":"langfuse-secret-key","pattern":"\\\\bsk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\\\b","keywords":["sk-lf-"]}]},{"id":"langsmith","name":"LangSmith","category":"observability","website":"https://www.langchain.com/langsmith","sources":["github.com/langchain-ai/langsmith-sdk@bc8dd672a (python/pyproject.toml name langsmith; js/package.json name langsmith; default https://api.smith.langchain.com; LANGSMITH_* and LANGCHAIN_* env names in python/langsmith and js/src; js/src/client.ts eu/apac web hosts)","public code (secondary): regional API hosts https://eu.api.smith.langchain.com and https://apac.api.smith.langchain.com as LANGSMITH_ENDPOINT","trufflehog@3ab759fef pkg/detectors/langsmith/langsmith.go (key lsv2_(pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}, verified against https://api.smith.langchain.com/api/v1/api-key)"],"packages":{"npm":["langsmith"],"pypi":["langsmith"]},"hosts":["api.smith.langchain.com",{"host":"eu.api.smith.langchain.com","region":"eu"},{"host":"apac.api.smith.langchain.com","region":"apac"},{"host":"eu.smith.langchain.com","path":"/api","region":"eu"}],"env":["LANGSMITH_API_KEY","LANGSMITH_ENDPOINT","LANGSMITH_TRACING","LANGSMITH_PROJECT","LANGSMITH_WORKSPACE_ID","LANGCHAIN_API_KEY","LANGCHAIN_ENDPOINT","LANGCHAIN_TRACING_V2"],"keys":[{"id":"langsmith-api-key","pattern":"\\\\blsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}\\\\b","keywords":["lsv2_pt_","lsv2_sk_"]}]},{"id":"lm-studio","name":"LM Studio (local)","category":"local-runtime","website":"https://lmstudio.ai","sources":["lmstudio.ai/docs/api/openai-api (base url http://localhost:1234/v1; /v1/models, /v1/responses, /v1/chat/completions, /v1/embeddings, /v1/completions)","lmstudio.ai/docs/cli/server-start (lms server start --port; default port 1234); lmstudio.ai/docs/developer/core (REST API /api/v0)","npm registry (npm view @lmstudio/sdk: \\"LM Studio SDK\\", github.com/lmstudio-ai/lmstudio-js)","github.com/lmstudio-ai/lmstudio-python README (pip install lmstudio; import lmstudio)"],"packages":{"npm":["@lmstudio/sdk"],"pypi":["lmstudio"]},"local-endpoints":[{"port":1234,"paths":["/v1","/v1/chat/completions","/v1/completions","/v1/embeddings","/v1/models","/v1/responses","/api/v0"]}]},{"id":"localai","name":"LocalAI (self-hosted)","category":"local-runtime","website":"https://localai.io","sources":["localai.io/basics/getting_started (docker run -p 8080:8080 localai/localai; API at http://localhost:8080; LOCALAI_API_KEY gates access)","promptfoo.dev/docs/providers/localai (LOCALAI_BASE_URL, default http://localhost:8080/v1) (secondary)"],"env":["LOCALAI_API_KEY","LOCALAI_BASE_URL"],"docker-images":["localai/localai"]},{"id":"luma","name":"Luma AI","category":"image","website":"https://lumalabs.ai","sources":["github.com/lumalabs/lumaai-python@c00ac17 (pyproject.toml name lumaai; src/lumaai/_client.py LUMAAI_API_KEY, LUMAAI_BASE_URL, default https://api.lumalabs.ai/dream)","npm view lumaai (\\"The official TypeScript library for the LumaAI API\\")"],"packages":{"npm":["lumaai"],"pypi":["lumaai"]},"hosts":["api.lumalabs.ai"],"env":["LUMAAI_API_KEY","LUMAAI_BASE_URL"],"models":["ray-*"]},{"id":"mistral","name":"Mistral AI","category":"llm-api","website":"https://mistral.ai","sources":["github.com/mistralai/client-python@05629d23:pyproject.toml (name mistralai); packages/azure/pyproject.toml (mistralai-azure), packages/gcp/pyproject.toml (mistralai-gcp)","github.com/mistralai/client-python@05629d23:src (https://api.mistral.ai as SERVER_EU; MISTRAL_API_KEY)","npm registry (npm view): @mistralai/mistralai, @mistralai/mistralai-azure, @mistralai/mistralai-gcp","public code (secondary): https://codestral.mistral.ai/v1 (Codestral endpoint)","Trusera (secondary): 32-alphanumeric key shape, needs context; neither gitleaks nor trufflehog has a rule","github.com/davidmigloz/langchain_dart packages/mistralai_dart/pubspec.yaml (pub mistralai_dart)","github.com/gage-technologies/mistral-go (Go module); github.com/tghamm/Mistral.SDK (NuGet Mistral.SDK): each seen in public go.mod / csproj files"],"packages":{"npm":["@mistralai/mistralai",{"name":"@mistralai/mistralai-azure","note":"Mistral models on Azure AI Foundry"},{"name":"@mistralai/mistralai-gcp","note":"Mistral models on Google Vertex AI"}],"pypi":["mistralai",{"name":"mistralai-azure","note":"Mistral models on Azure AI Foundry"},{"name":"mistralai-gcp","note":"Mistral models on Google Vertex AI"}],"pub":[{"name":"mistralai_dart","note":"community SDK (github.com/davidmigloz/langchain_dart packages/mistralai_dart)"}],"go":[{"name":"github.com/gage-technologies/mistral-go","note":"community Go client"}],"nuget":[{"name":"Mistral.SDK","imports":["Mistral.SDK"],"note":"community .NET SDK (github.com/tghamm/Mistral.SDK)"}]},"hosts":[{"host":"api.mistral.ai","region":"eu","note":"named SERVER_EU in the SDK"},"codestral.mistral.ai"],"env":["MISTRAL_API_KEY"],"keys":[{"id":"mistral-api-key","pattern":"(?<![A-Za-z0-9])(?=[A-Za-z0-9]{0,31}[A-Z])(?=[A-Za-z0-9]{0,31}[a-z])(?=[A-Za-z0-9]{0,31}[0-9])[A-Za-z0-9]{32}(?![A-Za-z0-9])","keywords":["mistral_api_key","mistral(api_key"],"context":["mistral"]}],"models":["mistral-*","open-mistral-*","open-mixtral-*","mixtral-*","codestral-*","ministral-*","magistral-*","pixtral-*","devstral-*","voxtral-*"]},{"id":"nvidia-nim","name":"NVIDIA NIM (API Catalog)","category":"llm-api","website":"https://build.nvidia.com","sources":["public code (secondary, many projects): base URL https://integrate.api.nvidia.com/v1 with env NVIDIA_API_KEY holding an nvapi-... key"],"hosts":["integrate.api.nvidia.com"],"env":["NVIDIA_API_KEY"]},{"id":"ollama","name":"Ollama","category":"local-runtime","website":"https://ollama.com","sources":["github.com/ollama/ollama-python@25b9329 (pyproject.toml name ollama; ollama/_client.py OLLAMA_HOST, OLLAMA_API_KEY, https://ollama.com/api/web_search, default http://127.0.0.1:11434)","npm view ollama (repository github.com/ollama/ollama-js); ollama-js src/utils.ts formatHost default http://127.0.0.1:11434","github.com/ollama/ollama go.mod (module github.com/ollama/ollama; Go client package github.com/ollama/ollama/api)","Docker Hub image ollama/ollama (ollama/ollama README)","github.com/otwld/ollama-helm Chart.yaml (chart name ollama); used as a subchart by github.com/open-webui/helm-charts charts/open-webui/Chart.yaml (repository https://otwld.github.io/ollama-helm/)","github.com/lebrunel/ollama-ex mix.exs (hex package ollama, module Ollama); Mix.install([{:ollama, \\"~> 0.9\\"}]) in public scripts","github.com/davidmigloz/langchain_dart packages/ollama_dart/pubspec.yaml (pub ollama_dart)","github.com/awaescher/OllamaSharp (NuGet OllamaSharp); github.com/pepperoni21/ollama-rs (crate ollama-rs); github.com/gbaptista/ollama-ai (gem ollama-ai): each seen in public csproj / Cargo.toml / Gemfile files","github.com/ollama/ollama docs/api.md (/api/generate, /api/chat, /api/embed, /api/embeddings, /api/tags, /api/show, /api/pull; default port 11434)","public code and env templates (find_string, secondary): OLLAMA_BASE_URL=http://localhost:11434 (open-webui and many apps), NEXT_PUBLIC_OLLAMA_URL with fetch(`${\u2026}/api/generate`) in Next.js apps, OLLAMA_URL; docs.litellm.ai/docs/providers/ollama (OLLAMA_API_BASE)"],"packages":{"npm":["ollama"],"pypi":["ollama"],"go":["github.com/ollama/ollama"],"hex":[{"name":"ollama","imports":["Ollama"],"note":"community client (github.com/lebrunel/ollama-ex)"}],"pub":[{"name":"ollama_dart","note":"community client (github.com/davidmigloz/langchain_dart packages/ollama_dart)"}],"nuget":[{"name":"OllamaSharp","imports":["OllamaSharp"],"note":"community .NET client (github.com/awaescher/OllamaSharp), also behind Microsoft.Extensions.AI"}],"cargo":[{"name":"ollama-rs","note":"community Rust client (github.com/pepperoni21/ollama-rs)"}],"rubygems":[{"name":"ollama-ai","note":"community Ruby client (github.com/gbaptista/ollama-ai)"}]},"hosts":[{"host":"ollama.com","path":"/api","note":"Ollama cloud API"}],"env":["OLLAMA_HOST","OLLAMA_API_KEY","OLLAMA_BASE_URL","OLLAMA_API_BASE","OLLAMA_URL","NEXT_PUBLIC_OLLAMA_URL"],"local-endpoints":[{"port":11434,"any-host":true,"paths":["/api/chat","/api/generate","/api/embed","/api/embeddings","/api/tags","/api/show","/api/pull","/api/version","/v1"]}],"docker-images":["ollama/ollama"],"helm-charts":["ollama"]},{"id":"openai","name":"OpenAI","category":"llm-api","website":"https://openai.com","sources":["github.com/dylanshine/openai-kit Package.swift (library OpenAIKit); github.com/adamrushy/OpenAISwift Package.swift (OpenAISwift); github.com/jamesrochabrun/SwiftOpenAI Package.swift (SwiftOpenAI); imported by public iOS apps (search code: zahidkhawaja/swiftchat import OpenAIKit, nikitap1298/OpenAI_App import OpenAISwift)","github.com/MacPaw/OpenAI@066f469:Package.swift (library/module OpenAI)","SwiftPM dependents (search code): MartinRizk1/Helping-Hand Package.swift `.package(url: \\"https://github.com/MacPaw/OpenAI.git\\", from: \\"0.2.4\\")`; KwisperSwift Package.swift (same URL, `.product(name: \\"OpenAI\\", package: \\"OpenAI\\")`)","github.com/openai/codex-action@0006efa6:action.yml (Codex exec, openai-api-key); github.com/coderabbitai/ai-pr-reviewer@003c0e92:action.yml (openai_base_url default https://api.openai.com/v1); github.com/freeedcom/ai-codereviewer@036cdd79:action.yml (code reviews using the OpenAI API)","github.com/openai/openai-python@e43b422 (package name; src/openai/_client.py env names; src/openai/_data_residency.py hosts)","github.com/openai/openai-node package.json, src/client.ts, src/internal/data-residency.ts","github.com/openai/openai-go go.mod@4e5a07a (module github.com/openai/openai-go/v3)","github.com/openai/openai-java README (com.openai:openai-java)","github.com/openai/openai-dotnet OpenAI/src/OpenAI.csproj (NuGet OpenAI)","github.com/openai/openai-ruby openai.gemspec","github.com/openai-php/laravel composer.json (requires openai-php/client); github.com/openai-php/symfony composer.json (requires openai-php/client); seen as the only OpenAI entry of github.com/iBotPeaches/openai-php-laravel-test composer.json","gitleaks config openai-api-key; trufflehog pkg/detectors/openai, openaiadmin","npm registry (npm view openai-edge): \\"Use OpenAI\'s API from an edge runtime, using standard Web APIs only\\"","public code (secondary): import com.theokanning.openai.service.OpenAiService (openai-gpt3-java)","github.com/cyberchitta/openai_ex mix.exs (hex openai_ex, module OpenaiEx); {:openai_ex, \\"~> 0.9\\"} in public mix.exs files","github.com/mgallo/openai.ex mix.exs (hex openai, module OpenAI); {:openai, \\"~> 0.6\\"} in public mix.exs files","pub.dev dart_openai (github.com/anasfik/openai), openai_dart (github.com/davidmigloz/langchain_dart packages/openai_dart/pubspec.yaml), chat_gpt_sdk (github.com/redevRx/Flutter-ChatGPT): each seen in public pubspec.yaml files"],"packages":{"npm":["openai",{"name":"openai-edge","note":"community client for edge runtimes (calls api.openai.com)"}],"pypi":["openai"],"go":["github.com/openai/openai-go",{"name":"github.com/sashabaranov/go-openai","note":"community SDK"}],"maven":["com.openai:openai-java",{"name":"com.theokanning.openai-gpt3-java:*","note":"community SDK"}],"nuget":["OpenAI",{"name":"Betalgo.OpenAI","note":"community SDK"}],"rubygems":["openai",{"name":"ruby-openai","imports":["openai"],"note":"community SDK"}],"cargo":[{"name":"async-openai","note":"community SDK"}],"composer":[{"name":"openai-php/client","imports":["OpenAI"],"note":"community SDK"},{"name":"openai-php/laravel","note":"Laravel wrapper of openai-php/client (its OpenAI facade)"},{"name":"openai-php/symfony","note":"Symfony bundle wrapping openai-php/client"}],"hex":[{"name":"openai_ex","imports":["OpenaiEx"],"note":"community SDK (github.com/cyberchitta/openai_ex)"},{"name":"openai","imports":["OpenAI"],"note":"community SDK (github.com/mgallo/openai.ex)"}],"pub":[{"name":"dart_openai","note":"community SDK (github.com/anasfik/openai)"},{"name":"openai_dart","note":"community SDK (github.com/davidmigloz/langchain_dart packages/openai_dart)"},{"name":"chat_gpt_sdk","note":"community SDK (github.com/redevRx/Flutter-ChatGPT)"}],"swiftpm":[{"name":"github.com/MacPaw/OpenAI","note":"community SDK (module OpenAI)"},{"name":"github.com/dylanshine/openai-kit","note":"community SDK (module OpenAIKit)"},{"name":"github.com/adamrushy/OpenAISwift","note":"community SDK (module OpenAISwift)"},{"name":"github.com/jamesrochabrun/SwiftOpenAI","note":"community SDK (module SwiftOpenAI)"}]},"selected-by":[{"sdk":"openai","name":"DefaultConfig","note":"Go github.com/sashabaranov/go-openai openai.DefaultConfig(key)"}],"imports":{"java":["com.openai","com.theokanning.openai"],"csharp":["OpenAI"],"ruby":["openai"],"php":["OpenAI"],"swift":["OpenAI","OpenAIKit","OpenAISwift","SwiftOpenAI"]},"hosts":["api.openai.com",{"host":"us.api.openai.com","region":"us"},{"host":"eu.api.openai.com","region":"eu"},{"host":"ae.api.openai.com","region":"ae"}],"env":["OPENAI_API_KEY","OPENAI_ADMIN_KEY","OPENAI_ORG_ID","OPENAI_PROJECT_ID","OPENAI_BASE_URL","OPENAI_WEBHOOK_SECRET"],"keys":[{"id":"openai-api-key","pattern":"sk-(?:proj|svcacct|admin|service)-[A-Za-z0-9_-]{20,160}T3BlbkFJ[A-Za-z0-9_-]{20,160}","keywords":["T3BlbkFJ"]},{"id":"openai-legacy-api-key","pattern":"sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}","keywords":["T3BlbkFJ"]}],"models":["gpt-*","chatgpt-*","o1*","o3*","o4-*","text-embedding-*","dall-e-*","whisper-*","tts-*","gpt-image-*","text-davinci-*","davinci-*","omni-moderation-*"],"actions":[{"name":"openai/codex-action","note":"Codex agent in CI"},{"name":"coderabbitai/ai-pr-reviewer","note":"PR review bot calling the OpenAI API with the user\'s key"},{"name":"freeedcom/ai-codereviewer","note":"PR review bot calling the OpenAI API"}]},{"id":"openrouter","name":"OpenRouter","category":"llm-gateway","website":"https://openrouter.ai","sources":["openrouter.ai/models (model ids <author>/<slug>: anthropic/claude-3.5-sonnet, openai/gpt-4o, google/gemini-pro-1.5, mistralai/..., x-ai/grok-2, deepseek/deepseek-chat, cohere/command-r, perplexity/sonar)","github.com/OpenRouterTeam/go-sdk@542fe50 (go.mod module github.com/OpenRouterTeam/go-sdk; openrouter.go ServerProduction https://openrouter.ai/api/v1; doc.go OPENROUTER_API_KEY)","github.com/OpenRouterTeam/python-sdk pyproject.toml (name openrouter, \\"Official Python Client SDK for OpenRouter\\")","npm view @openrouter/sdk (repository github.com/OpenRouterTeam/typescript-sdk); npm view @openrouter/ai-sdk-provider (repository github.com/OpenRouterTeam/ai-sdk-provider)","trufflehog@3ab759fef pkg/detectors/openrouter/openrouter.go (key sk-or-v1-[0-9a-f]{64}, verified against https://openrouter.ai/api/v1/key)"],"packages":{"npm":["@openrouter/sdk",{"name":"@openrouter/ai-sdk-provider","note":"OpenRouter\'s provider for the Vercel AI SDK"}],"pypi":["openrouter"],"go":["github.com/OpenRouterTeam/go-sdk"]},"hosts":[{"host":"openrouter.ai","path":"/api"}],"env":["OPENROUTER_API_KEY"],"keys":[{"id":"openrouter-api-key","pattern":"\\\\bsk-or-v1-[0-9a-f]{64}\\\\b","keywords":["sk-or-v1-"]}],"gateway-routes":{"anthropic":"anthropic","openai":"openai","google":"google-gemini","mistralai":"mistral","cohere":"cohere","deepseek":"deepseek","x-ai":"xai","perplexity":"perplexity"}},{"id":"perplexity","name":"Perplexity","category":"llm-api","website":"https://www.perplexity.ai","sources":["github.com/perplexityai/perplexity-py@3485870 (pyproject.toml name perplexityai; src/perplexity/_client.py PERPLEXITY_API_KEY, PERPLEXITY_BASE_URL, PERPLEXITY_CUSTOM_HEADERS, default https://api.perplexity.ai)","github.com/perplexityai/perplexity-node@1110dc1 (package.json @perplexity-ai/perplexity_ai; src/client.ts PERPLEXITY_LOG)","npm view @perplexity-ai/perplexity_ai (repository github:perplexityai/perplexity-node)","gitleaks@b58d3f10 config/gitleaks.toml perplexity-api-key"],"packages":{"npm":["@perplexity-ai/perplexity_ai"],"pypi":[{"name":"perplexityai","imports":["perplexity"]}]},"hosts":["api.perplexity.ai"],"env":["PERPLEXITY_API_KEY","PERPLEXITY_BASE_URL","PERPLEXITY_CUSTOM_HEADERS","PERPLEXITY_LOG"],"keys":[{"id":"perplexity-api-key","pattern":"\\\\bpplx-[A-Za-z0-9]{48}\\\\b","keywords":["pplx-"]}],"models":["sonar","sonar-*","llama-3.1-sonar-*"]},{"id":"pinecone","name":"Pinecone","category":"vector-db","website":"https://www.pinecone.io","sources":["github.com/pinecone-io/pinecone-python-client@523f5a8d (pyproject.toml name pinecone; pinecone/_internal/constants.py https://api.pinecone.io, prod-1-data.ke.pinecone.io; _internal/config.py PINECONE_API_KEY, PINECONE_CONTROLLER_HOST, PINECONE_ADDITIONAL_HEADERS; _client.py index host <index>.svc.pinecone.io)","same repo before 2023-06 (commit 39835c81): pyproject name pinecone-client, PINECONE_ENVIRONMENT, controller host https://controller.{environment}.pinecone.io","npm view @pinecone-database/pinecone (repository github.com/pinecone-io/pinecone-ts-client)","github.com/pinecone-io/go-pinecone go.mod (module github.com/pinecone-io/go-pinecone)","github.com/pinecone-io/pinecone-java-client build.gradle (group io.pinecone, artifactId pinecone-client)","github.com/pinecone-io/pinecone-python-client @523f5a8d pinecone/models/indexes/specs.py (class ServerlessSpec: cloud, region); public code ServerlessSpec(cloud=\\"aws\\", region=\\"us-east-1\\"), (cloud=\\"gcp\\", region=\\"us-central1\\")","trufflehog@3ab759fef pkg/detectors/pinecone/pinecone.go (key pcsk_..., verified against https://api.pinecone.io/indexes)","github.com/pinecone-io/pinecone-dotnet-client (NuGet Pinecone.Client, namespace Pinecone); github.com/neon-sunset/Pinecone.NET (NuGet Pinecone.NET, namespace Pinecone); both seen as PackageReference in public projects","github.com/pinecone-io/pinecone-rust-client (crate pinecone-sdk), seen in public Cargo.toml files"],"packages":{"npm":["@pinecone-database/pinecone"],"pypi":["pinecone",{"name":"pinecone-client","imports":["pinecone"],"note":"legacy PyPI name of the official SDK"}],"go":["github.com/pinecone-io/go-pinecone"],"maven":["io.pinecone:pinecone-client"],"nuget":[{"name":"Pinecone.Client","imports":["Pinecone"],"note":"official .NET SDK (github.com/pinecone-io/pinecone-dotnet-client)"},{"name":"Pinecone.NET","note":"community SDK (github.com/neon-sunset/Pinecone.NET), namespace Pinecone"}],"cargo":[{"name":"pinecone-sdk","note":"official Rust SDK (github.com/pinecone-io/pinecone-rust-client)"}]},"imports":{"java":["io.pinecone"]},"hosts":["api.pinecone.io","<resource>.svc.pinecone.io","<resource>.svc.<resource>.pinecone.io","<resource>.ke.pinecone.io","controller.<region>.pinecone.io"],"env":["PINECONE_API_KEY","PINECONE_ENVIRONMENT","PINECONE_CONTROLLER_HOST","PINECONE_ADDITIONAL_HEADERS"],"region-pattern":"^(?:(?:us|eu|ap|ca|sa)-[a-z]+-\\\\d{1,2}|(?:us|europe|asia)-[a-z]+\\\\d{1,2})$","keys":[{"id":"pinecone-api-key","pattern":"\\\\bpcsk_[A-Za-z0-9]{5,6}_[A-Za-z0-9]{63}\\\\b","keywords":["pcsk_"]}]},{"id":"portkey","name":"Portkey","category":"llm-gateway","website":"https://portkey.ai","sources":["github.com/Portkey-AI/portkey-python-sdk@906d403 (setup.cfg name portkey-ai; portkey_ai/api_resources/global_constants.py PORTKEY_BASE_URL https://api.portkey.ai/v1, PORTKEY_API_KEY, PORTKEY_PROXY)","npm view portkey-ai (\\"Node client library for the Portkey API\\")"],"packages":{"npm":["portkey-ai"],"pypi":["portkey-ai"]},"hosts":["api.portkey.ai"],"env":["PORTKEY_API_KEY","PORTKEY_PROXY"]},{"id":"replicate","name":"Replicate","category":"llm-api","website":"https://replicate.com","sources":["github.com/replicate/replicate-python@00431997:pyproject.toml (name replicate)","npm registry (npm view): replicate (\\"JavaScript client for Replicate\\")","github.com/replicate/replicate-go@049c852b:go.mod (module github.com/replicate/replicate-go)","trufflehog@3ab759fe:pkg/detectors/replicate/replicate.go (r8_[0-9A-Za-z-_]{37}; https://api.replicate.com/v1)","public code (secondary): REPLICATE_API_TOKEN, the clients\' default token variable"],"packages":{"npm":["replicate"],"pypi":["replicate"],"go":["github.com/replicate/replicate-go"]},"hosts":["api.replicate.com"],"env":["REPLICATE_API_TOKEN"],"keys":[{"id":"replicate-api-token","pattern":"(?<![A-Za-z0-9_-])r8_[A-Za-z0-9_-]{37}(?![A-Za-z0-9_-])","keywords":["r8_"]}]},{"id":"runway","name":"Runway","category":"image","website":"https://runwayml.com","sources":["github.com/runwayml/sdk-python@c604e0e (pyproject.toml name runwayml; src/runwayml/_client.py RUNWAYML_API_SECRET, RUNWAYML_BASE_URL, RUNWAYML_CUSTOM_HEADERS, default https://api.dev.runwayml.com)","npm view @runwayml/sdk (\\"The official TypeScript library for the RunwayML API\\")"],"packages":{"npm":["@runwayml/sdk"],"pypi":["runwayml"]},"hosts":["api.dev.runwayml.com"],"env":["RUNWAYML_API_SECRET","RUNWAYML_BASE_URL","RUNWAYML_CUSTOM_HEADERS"],"models":["gen3a_turbo","gen4_*"]},{"id":"stability","name":"Stability AI","category":"image","website":"https://stability.ai","sources":["github.com/Stability-AI/stability-sdk@f4ce04c (setup.py name stability-sdk, author Stability AI; src/stability_sdk/client.py grpc.stability.ai:443, STABILITY_HOST, STABILITY_KEY)","npm view stability-ai (repository github.com/jbeoris/stability-ai-node-sdk, \\"Node SDK for Stability AI REST API\\")","public code (secondary): https://api.stability.ai/v2beta/stable-image/... with STABILITY_API_KEY"],"packages":{"npm":[{"name":"stability-ai","note":"community SDK"}],"pypi":["stability-sdk"]},"hosts":["api.stability.ai","grpc.stability.ai"],"env":["STABILITY_API_KEY","STABILITY_KEY","STABILITY_HOST"],"models":["stable-diffusion-*","sd3*","stable-image-*","stable-video-*"]},{"id":"text-generation-inference","name":"Text Generation Inference (self-hosted)","category":"local-runtime","website":"https://huggingface.co/docs/text-generation-inference","sources":["github.com/huggingface/text-generation-inference@0b96da89:README.md (docker run ghcr.io/huggingface/text-generation-inference)","github.com/huggingface/text-generation-inference docs/source/reference/api_reference.md (/generate, /generate_stream; launcher --port default 3000, docker examples -p 8080:80)"],"docker-images":["ghcr.io/huggingface/text-generation-inference"],"local-endpoints":[{"port":8080,"base-url":false,"paths":["/generate_stream"]},{"port":3000,"base-url":false,"paths":["/generate_stream"]}]},{"id":"together","name":"Together AI","category":"llm-api","website":"https://www.together.ai","sources":["github.com/togethercomputer/together-python@eba5e5f:pyproject.toml (name together); src (TOGETHER_API_KEY, TOGETHER_BASE_URL, https://api.together.xyz/v1)","npm registry (npm view): together-ai (\\"The official TypeScript library for the Together API\\")","public code (secondary): tgp_v1_ + 43 characters in six independent leaked keys; TOGETHER_AI_API_KEY (Vercel AI SDK @ai-sdk/togetherai default)"],"packages":{"npm":["together-ai"],"pypi":["together"]},"hosts":["api.together.xyz"],"env":["TOGETHER_API_KEY","TOGETHER_AI_API_KEY","TOGETHER_BASE_URL"],"keys":[{"id":"together-api-key","pattern":"(?<![A-Za-z0-9_-])tgp_v1_[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])","keywords":["tgp_v1_"]}],"models":["meta-llama/*","mistralai/*","qwen/*","deepseek-ai/*","togethercomputer/*","google/gemma-*","black-forest-labs/*","moonshotai/*","openai/gpt-oss-*"]},{"id":"vercel-ai-gateway","name":"Vercel AI Gateway","category":"llm-gateway","website":"https://vercel.com/ai-gateway","sources":["npm registry (npm view @ai-sdk/gateway repository.url \u2192 github.com/vercel/ai)","github.com/vercel/ai packages/gateway (AI_GATEWAY_API_KEY, default base URL https://ai-gateway.vercel.sh)","public code pointing OpenAI/Anthropic SDKs at https://ai-gateway.vercel.sh/v1 (secondary)","github.com/vercel/ai@ed857f50:packages/gateway/src/gateway-language-model-settings.ts (GatewayModelId: <creator>/<model>: anthropic/, openai/, google/, mistral/, deepseek/, cohere/, perplexity/, spacexai/, ...)","github.com/vercel/ai-chatbot@9d5d8a3e:lib/ai/models.ts, lib/ai/providers.ts (gateway.languageModel(\\"anthropic/claude-haiku-4.5\\"), \\"xai/grok-4.1-fast-non-reasoning\\")","docs.docker.com/ai/docker-agent/providers/vercel.md (creator/model ids; routes to OpenAI, Anthropic, Google, xAI)"],"hosts":["ai-gateway.vercel.sh"],"env":["AI_GATEWAY_API_KEY"],"gateway-routes":{"anthropic":"anthropic","openai":"openai","google":"google-gemini","mistral":"mistral","deepseek":"deepseek","cohere":"cohere","perplexity":"perplexity","xai":"xai","spacexai":"xai"}},{"id":"vllm","name":"vLLM (self-hosted)","category":"local-runtime","website":"https://docs.vllm.ai","sources":["github.com/vllm-project/vllm@ce46dcef:docs/deployment/docker.md (official image vllm/vllm-openai on Docker Hub)","github.com/vllm-project/production-stack helm/Chart.yaml (chart name vllm-stack, repository https://vllm-project.github.io/production-stack); seen as a subchart dependency in public charts","docs.vllm.ai serving/openai_compatible_server (vllm serve; OpenAI(base_url=\\"http://localhost:8000/v1\\")); vllm serve --port default 8000; VLLM_API_KEY (the server\'s --api-key from the environment)"],"docker-images":["vllm/vllm-openai"],"helm-charts":["vllm-stack"],"env":["VLLM_API_KEY"],"local-endpoints":[{"port":8000,"paths":["/v1/chat/completions","/v1/completions","/v1/embeddings","/v1/models"]}]},{"id":"voyage","name":"Voyage AI","category":"embeddings","website":"https://www.voyageai.com","sources":["github.com/voyage-ai/voyageai-python@452bbac (pyproject.toml name voyageai; voyageai/util.py VOYAGE_API_KEY, VOYAGE_API_KEY_PATH, VOYAGE_LOG, get_default_base_url https://api.voyageai.com/v1 and https://ai.mongodb.com/v1)","npm view voyageai (repository github.com/voyage-ai/typescript-sdk)"],"packages":{"npm":["voyageai"],"pypi":["voyageai"]},"hosts":["api.voyageai.com",{"host":"ai.mongodb.com","path":"/v1","note":"Voyage AI API served by MongoDB (SDK routes al- keys here)"}],"env":["VOYAGE_API_KEY","VOYAGE_API_KEY_PATH","VOYAGE_LOG"],"models":["voyage-*","rerank-2*","rerank-lite-*"]},{"id":"windsurf","name":"Windsurf","category":"ai-dev-tool","website":"https://windsurf.com","sources":["public clients of the Windsurf/Codeium language server (code search, 2026-12): API base https://server.codeium.com (exa.seat_management_pb.SeatManagementService), https://inference.codeium.com, sign-in at api.codeium.com","https://docs.windsurf.com (product documentation; Windsurf is the former Codeium)"],"hosts":["server.codeium.com","api.codeium.com","inference.codeium.com"]},{"id":"xai","name":"xAI","category":"llm-api","website":"https://x.ai","sources":["github.com/xai-org/xai-sdk-python@4dab6a4 (pyproject.toml name xai-sdk; src/xai_sdk/client.py api.x.ai, management-api.x.ai; sync/client.py XAI_API_KEY, XAI_MANAGEMENT_KEY; telemetry/config.py XAI_SDK_DISABLE_TRACING)","trufflehog@3ab759fef pkg/detectors/xai/xai.go (key xai-[0-9a-zA-Z_]{80}, verified against https://api.x.ai/v1/api-key)"],"packages":{"pypi":[{"name":"xai-sdk","imports":["xai_sdk"]}]},"hosts":["api.x.ai","management-api.x.ai"],"env":["XAI_API_KEY","XAI_MANAGEMENT_KEY","XAI_SDK_DISABLE_TRACING"],"keys":[{"id":"xai-api-key","pattern":"\\\\bxai-[0-9A-Za-z_]{80}\\\\b","keywords":["xai-"]}],"models":["grok-*"]}],"frameworks":[{"id":"autogen","name":"AutoGen / AG2","website":"https://microsoft.github.io/autogen/","sources":["github.com/microsoft/autogen@027ecf0 python/packages/*/pyproject.toml (autogen-agentchat, autogen-core, autogen-ext, autogenstudio, pyautogen)","github.com/ag2ai/ag2@0022db7 pyproject.toml (name ag2, module ag2)"],"packages":{"pypi":["autogen-agentchat","autogen-core","autogen-ext","autogenstudio",{"name":"pyautogen","imports":["autogen"]},"ag2"]}},{"id":"crewai","name":"CrewAI","website":"https://www.crewai.com","sources":["github.com/crewAIInc/crewAI@f4731f5 lib/crewai/pyproject.toml, lib/crewai-tools/pyproject.toml (names)"],"packages":{"pypi":["crewai","crewai-tools"]}},{"id":"dspy","name":"DSPy","website":"https://dspy.ai","sources":["github.com/stanfordnlp/dspy pyproject.toml ([project] name dspy-ai, [tool.poetry] name dspy)"],"packages":{"pypi":["dspy",{"name":"dspy-ai","imports":[],"note":"older distribution name; imports dspy (registered once)"}]}},{"id":"genkit","name":"Genkit","website":"https://genkit.dev","sources":["npm view genkit, @genkit-ai/{core,ai,googleai,google-genai,vertexai,anthropic,compat-oai}, genkitx-{ollama,openai,anthropic,mistral,groq} (names and repository urls)"],"packages":{"npm":["genkit",{"name":"@genkit-ai/*","note":"the scope is Genkit\'s; exact provider names below win"},{"name":"genkitx-*","note":"plugin naming convention; exact provider names below win"}]},"providers":[{"vendor":"google-gemini","packages":{"npm":["@genkit-ai/googleai"]}},{"vendor":"google-vertex-ai","packages":{"npm":["@genkit-ai/vertexai"]}},{"vendor":"anthropic","packages":{"npm":["@genkit-ai/anthropic","genkitx-anthropic"]}},{"vendor":"openai","packages":{"npm":["genkitx-openai"]}},{"vendor":"mistral","packages":{"npm":["genkitx-mistral"]}},{"vendor":"groq","packages":{"npm":["genkitx-groq"]}},{"vendor":"ollama","packages":{"npm":["genkitx-ollama"]}}]},{"id":"haystack","name":"Haystack","website":"https://haystack.deepset.ai","sources":["github.com/deepset-ai/haystack-core-integrations@50a84e9 integrations/*/pyproject.toml (names), integrations/*/src/haystack_integrations/** (import roots), release tags integrations/<name>-v*","github.com/deepset-ai/haystack pyproject.toml (haystack-ai; 1.x farm-haystack)"],"packages":{"pypi":[{"name":"haystack-ai","imports":["haystack"]},{"name":"farm-haystack","imports":[],"note":"Haystack 1.x, imports as haystack (registered once, under haystack-ai)"}]},"imports":{"python":["haystack_integrations"]},"providers":[{"vendor":"aws-bedrock","packages":{"pypi":[{"name":"amazon-bedrock-haystack","imports":["haystack_integrations.components.embedders.amazon_bedrock","haystack_integrations.components.generators.amazon_bedrock","haystack_integrations.components.rankers.amazon_bedrock","haystack_integrations.components.retrievers.amazon_bedrock"]}]}},{"vendor":"anthropic","packages":{"pypi":[{"name":"anthropic-haystack","imports":["haystack_integrations.components.generators.anthropic"]}]}},{"vendor":"cohere","packages":{"pypi":[{"name":"cohere-haystack","imports":["haystack_integrations.components.embedders.cohere","haystack_integrations.components.generators.cohere","haystack_integrations.components.rankers.cohere"]}]}},{"vendor":"google-gemini","packages":{"pypi":[{"name":"google-ai-haystack","imports":["haystack_integrations.components.generators.google_ai"]},{"name":"google-genai-haystack","imports":["haystack_integrations.components.embedders.google_genai","haystack_integrations.components.generators.google_genai"]}]}},{"vendor":"google-vertex-ai","packages":{"pypi":[{"name":"google-vertex-haystack","imports":["haystack_integrations.components.embedders.google_vertex","haystack_integrations.components.generators.google_vertex"]}]}},{"vendor":"huggingface","packages":{"pypi":[{"name":"huggingface-api-haystack","imports":["haystack_integrations.components.embedders.huggingface_api","haystack_integrations.components.generators.huggingface_api","haystack_integrations.components.rankers.huggingface_api"]}]}},{"vendor":"jina","packages":{"pypi":[{"name":"jina-haystack","imports":["haystack_integrations.components.connectors.jina","haystack_integrations.components.embedders.jina","haystack_integrations.components.rankers.jina"]}]}},{"vendor":"mistral","packages":{"pypi":[{"name":"mistral-haystack","imports":["haystack_integrations.components.converters.mistral","haystack_integrations.components.embedders.mistral","haystack_integrations.components.generators.mistral"]}]}},{"vendor":"openrouter","packages":{"pypi":[{"name":"openrouter-haystack","imports":["haystack_integrations.components.generators.openrouter"]}]}},{"vendor":"perplexity","packages":{"pypi":[{"name":"perplexity-haystack","imports":["haystack_integrations.components.embedders.perplexity","haystack_integrations.components.generators.perplexity","haystack_integrations.components.websearch.perplexity"]}]}},{"vendor":"together","packages":{"pypi":[{"name":"togetherai-haystack","imports":["haystack_integrations.components.generators.togetherai"]}]}},{"vendor":"pinecone","packages":{"pypi":[{"name":"pinecone-haystack","imports":["haystack_integrations.components.retrievers.pinecone","haystack_integrations.document_stores.pinecone"]}]}},{"vendor":"ollama","packages":{"pypi":[{"name":"ollama-haystack","imports":["haystack_integrations.components.embedders.ollama","haystack_integrations.components.generators.ollama"]}]}},{"vendor":"langfuse","packages":{"pypi":[{"name":"langfuse-haystack","imports":["haystack_integrations.components.connectors.langfuse"]}]}}]},{"id":"instructor","name":"Instructor","website":"https://python.useinstructor.com","sources":["github.com/567-labs/instructor@5a09d91 pyproject.toml (name instructor)"],"packages":{"pypi":["instructor"]}},{"id":"kernel-memory","name":"Kernel Memory","website":"https://github.com/microsoft/kernel-memory","sources":["github.com/microsoft/kernel-memory extensions/*/ README and *.csproj (NuGet Microsoft.KernelMemory.AI.AzureOpenAI, .AI.OpenAI, .AI.Ollama, .AI.Anthropic); extensions/*/DependencyInjection.cs (KernelMemoryBuilderExtensions: WithOpenAIDefaults, WithOpenAITextGeneration, WithAzureOpenAITextGeneration, WithAzureOpenAITextEmbeddingGeneration, WithOllamaTextGeneration, WithOllamaTextEmbeddingGeneration, WithAnthropicTextGeneration; namespace Microsoft.KernelMemory)","public code (find_string, secondary): new KernelMemoryBuilder().WithOllamaTextGeneration(config).WithOllamaTextEmbeddingGeneration(config); .WithAnthropicTextGeneration(config).WithAzureOpenAITextEmbeddingGeneration(config)","github.com/microsoft/kernel-memory extensions/{OpenAI,AzureOpenAI,Anthropic,Ollama}/*.csproj (package ids Microsoft.KernelMemory.AI.*; namespaces of the same name)","public projects: <PackageReference Include=\\"Microsoft.KernelMemory.AI.Ollama\\" \u2026>, using Microsoft.KernelMemory.AI.OpenAI / Microsoft.KernelMemory.AI.AzureOpenAI (code search)","github.com/yuniko-software/kernel-memory-ecommerce-sample (Microsoft.KernelMemory.Service.AspNetCore, kmb.WithOpenAI)"],"packages":{"nuget":[{"name":"Microsoft.KernelMemory*","imports":["Microsoft.KernelMemory"],"note":"Microsoft.KernelMemory, .Core, .Abstractions, .WebClient, storage and pipeline packages; exact provider names below win"}]},"providers":[{"vendor":"openai","packages":{"nuget":[{"name":"Microsoft.KernelMemory.AI.OpenAI","imports":["Microsoft.KernelMemory.AI.OpenAI"]}]},"names":["WithOpenAIDefaults","WithOpenAI","WithOpenAITextGeneration","WithOpenAITextEmbeddingGeneration"]},{"vendor":"azure-openai","packages":{"nuget":[{"name":"Microsoft.KernelMemory.AI.AzureOpenAI","imports":["Microsoft.KernelMemory.AI.AzureOpenAI"]}]},"names":["WithAzureOpenAITextGeneration","WithAzureOpenAITextEmbeddingGeneration"]},{"vendor":"ollama","packages":{"nuget":[{"name":"Microsoft.KernelMemory.AI.Ollama","imports":["Microsoft.KernelMemory.AI.Ollama"]}]},"names":["WithOllamaTextGeneration","WithOllamaTextEmbeddingGeneration"]},{"vendor":"anthropic","packages":{"nuget":[{"name":"Microsoft.KernelMemory.AI.Anthropic","imports":["Microsoft.KernelMemory.AI.Anthropic"]}]},"names":["WithAnthropicTextGeneration"]}]},{"id":"langchain","name":"LangChain","website":"https://www.langchain.com","sources":["github.com/langchain-ai/langchain libs/README.md, libs/partners/{openai,anthropic,groq,mistralai,fireworks,huggingface,perplexity,openrouter,deepseek,xai,ollama,pinecone}/pyproject.toml (package names)","github.com/langchain-ai/langchain-google@75f7581 libs/{genai,vertexai,community}/pyproject.toml","github.com/langchain-ai/langchain-aws@0434c7f libs/aws/pyproject.toml","github.com/langchain-ai/langchain-cohere@6833d17 libs/cohere/pyproject.toml","github.com/langchain-ai/langchainjs@44ede93dd9^ langchain/package.json (exports ./llms/*, ./chat_models/*, ./embeddings/* before the 0.1 split)","github.com/langchain-ai/langchain-community@24dc24f6 libs/community/langchain_community/chat_models/__init__.py, @a497d6ac llms/__init__.py, @450f69b8 embeddings/__init__.py (class \u2192 module tables)","github.com/langchain-ai/langchain-azure@9870d26 libs/azure-ai/pyproject.toml","github.com/langchain-ai/langchain-together@172b429 libs/together/pyproject.toml","github.com/langchain-ai/langchain-ai21@f7da113 libs/ai21/pyproject.toml","langchain-voyageai pyproject.toml (langchain-ai/langchain partners history, [tool.poetry] name)","github.com/brainlid/langchain@00d4263 lib/chat_models/*.ex (Elixir LangChain, hex package langchain; one defmodule LangChain.ChatModels.Chat* per provider)","github.com/davidmigloz/langchain_dart packages/*/pubspec.yaml (LangChain.dart package names on pub.dev)","github.com/langchain-ai/langchainjs@62fc484 libs/*/package.json, libs/providers/*/package.json and deleted libs/langchain-azure-openai (package names); each npm name checked with `npm view`"],"packages":{"pypi":["langchain","langchain-core","langchain-community","langchain-classic","langchain-text-splitters",{"name":"langgraph","note":"LangChain\'s agent runtime, published by LangChain"},{"name":"langchain-*","note":"LangChain integration-package naming convention; exact provider names below win"}],"npm":["langchain",{"name":"@langchain/*","note":"the scope is LangChain\'s; exact provider names below win"}],"hex":[{"name":"langchain","imports":["LangChain"],"note":"Elixir LangChain (brainlid/langchain); its chat models are providers below"}],"pub":[{"name":"langchain","note":"LangChain.dart (davidmigloz/langchain_dart)"},"langchain_core","langchain_community"]},"providers":[{"vendor":"openai","packages":{"pypi":["langchain-openai"],"npm":["@langchain/openai"]},"imports":{"js":["langchain/llms/openai","langchain/chat_models/openai","langchain/embeddings/openai"],"python":["langchain_community.chat_models.openai","langchain_community.chat_models.ChatOpenAI","langchain_community.llms.openai","langchain_community.llms.OpenAI","langchain_community.llms.OpenAIChat","langchain_community.embeddings.openai","langchain_community.embeddings.OpenAIEmbeddings","langchain.chat_models.openai","langchain.chat_models.ChatOpenAI","langchain.llms.openai","langchain.llms.OpenAI","langchain.llms.OpenAIChat","langchain.embeddings.openai","langchain.embeddings.OpenAIEmbeddings"]}},{"vendor":"azure-openai","packages":{"pypi":[{"name":"langchain-azure-ai","note":"Azure AI Foundry (AzureAIChatCompletionsModel), langchain-ai/langchain-azure"}],"npm":[{"name":"@langchain/azure-openai","note":"deprecated in favour of @langchain/openai AzureChatOpenAI"}]},"imports":{"js":["@langchain/openai.AzureChatOpenAI","@langchain/openai.AzureOpenAI","@langchain/openai.AzureOpenAIEmbeddings"],"python":["langchain_openai.AzureChatOpenAI","langchain_openai.AzureOpenAI","langchain_openai.AzureOpenAIEmbeddings","langchain_community.chat_models.azure_openai","langchain_community.chat_models.AzureChatOpenAI","langchain_community.llms.AzureOpenAI","langchain_community.embeddings.azure_openai","langchain_community.embeddings.AzureOpenAIEmbeddings","langchain.chat_models.azure_openai","langchain.chat_models.AzureChatOpenAI","langchain.llms.AzureOpenAI","langchain.embeddings.azure_openai","langchain.embeddings.AzureOpenAIEmbeddings"]}},{"vendor":"anthropic","packages":{"pypi":["langchain-anthropic"],"npm":["@langchain/anthropic"]},"imports":{"js":["langchain/chat_models/anthropic"],"python":["langchain_community.chat_models.anthropic","langchain_community.chat_models.ChatAnthropic","langchain_community.llms.anthropic","langchain_community.llms.Anthropic","langchain.chat_models.anthropic","langchain.chat_models.ChatAnthropic","langchain.llms.anthropic","langchain.llms.Anthropic"]}},{"vendor":"google-gemini","packages":{"pypi":["langchain-google-genai"],"npm":["@langchain/google-genai"]},"imports":{"js":["langchain/llms/googlepalm","langchain/chat_models/googlepalm","langchain/embeddings/googlepalm"],"python":["langchain_community.chat_models.google_palm","langchain_community.chat_models.ChatGooglePalm","langchain_community.llms.google_palm","langchain_community.llms.GooglePalm","langchain_community.embeddings.google_palm","langchain_community.embeddings.GooglePalmEmbeddings","langchain.chat_models.google_palm","langchain.chat_models.ChatGooglePalm","langchain.llms.google_palm","langchain.llms.GooglePalm","langchain.embeddings.google_palm","langchain.embeddings.GooglePalmEmbeddings"]}},{"vendor":"google-vertex-ai","packages":{"pypi":["langchain-google-vertexai"],"npm":["@langchain/google-vertexai","@langchain/google-vertexai-web"]},"imports":{"js":["langchain/llms/googlevertexai","langchain/chat_models/googlevertexai","langchain/embeddings/googlevertexai"],"python":["langchain_community.chat_models.vertexai","langchain_community.chat_models.ChatVertexAI","langchain_community.llms.vertexai","langchain_community.llms.VertexAI","langchain_community.llms.VertexAIModelGarden","langchain_community.embeddings.vertexai","langchain_community.embeddings.VertexAIEmbeddings","langchain.chat_models.vertexai","langchain.chat_models.ChatVertexAI","langchain.llms.vertexai","langchain.llms.VertexAI","langchain.llms.VertexAIModelGarden","langchain.embeddings.vertexai","langchain.embeddings.VertexAIEmbeddings"]}},{"vendor":"aws-bedrock","packages":{"pypi":["langchain-aws"],"npm":["@langchain/aws"]},"imports":{"js":["langchain/llms/bedrock","langchain/chat_models/bedrock","langchain/embeddings/bedrock"],"python":["langchain_community.chat_models.bedrock","langchain_community.chat_models.BedrockChat","langchain_community.llms.bedrock","langchain_community.llms.Bedrock","langchain_community.embeddings.bedrock","langchain_community.embeddings.BedrockEmbeddings","langchain.chat_models.bedrock","langchain.chat_models.BedrockChat","langchain.llms.bedrock","langchain.llms.Bedrock","langchain.embeddings.bedrock","langchain.embeddings.BedrockEmbeddings"]}},{"vendor":"cohere","packages":{"pypi":["langchain-cohere"],"npm":["@langchain/cohere"]},"imports":{"js":["langchain/llms/cohere","langchain/embeddings/cohere"],"python":["langchain_community.chat_models.cohere","langchain_community.chat_models.ChatCohere","langchain_community.llms.cohere","langchain_community.llms.Cohere","langchain_community.embeddings.cohere","langchain_community.embeddings.CohereEmbeddings","langchain.chat_models.cohere","langchain.chat_models.ChatCohere","langchain.llms.cohere","langchain.llms.Cohere","langchain.embeddings.cohere","langchain.embeddings.CohereEmbeddings"]}},{"vendor":"mistral","packages":{"pypi":["langchain-mistralai"],"npm":["@langchain/mistralai"]}},{"vendor":"groq","packages":{"pypi":["langchain-groq"],"npm":["@langchain/groq"]}},{"vendor":"together","packages":{"pypi":["langchain-together"]},"imports":{"python":["langchain_community.llms.together","langchain_community.llms.Together","langchain.llms.together","langchain.llms.Together"]}},{"vendor":"deepseek","packages":{"pypi":["langchain-deepseek"],"npm":["@langchain/deepseek"]}},{"vendor":"perplexity","packages":{"pypi":["langchain-perplexity"]},"imports":{"python":["langchain_community.chat_models.perplexity","langchain_community.chat_models.ChatPerplexity","langchain.chat_models.perplexity","langchain.chat_models.ChatPerplexity"]}},{"vendor":"xai","packages":{"pypi":["langchain-xai"],"npm":["@langchain/xai"]}},{"vendor":"openrouter","packages":{"pypi":["langchain-openrouter"],"npm":["@langchain/openrouter"]}},{"vendor":"fireworks","packages":{"pypi":["langchain-fireworks"]},"imports":{"js":["langchain/llms/fireworks","langchain/chat_models/fireworks"],"python":["langchain_community.chat_models.fireworks","langchain_community.chat_models.ChatFireworks","langchain_community.llms.fireworks","langchain_community.llms.Fireworks","langchain.chat_models.fireworks","langchain.chat_models.ChatFireworks","langchain.llms.fireworks","langchain.llms.Fireworks"]}},{"vendor":"ai21","packages":{"pypi":["langchain-ai21"]},"imports":{"python":["langchain_community.llms.ai21","langchain_community.llms.AI21","langchain.llms.ai21","langchain.llms.AI21"]}},{"vendor":"deepinfra","packages":{"pypi":["langchain-deepinfra"]},"imports":{"python":["langchain_community.chat_models.deepinfra","langchain_community.chat_models.ChatDeepInfra","langchain_community.llms.deepinfra","langchain_community.llms.DeepInfra","langchain_community.embeddings.deepinfra","langchain_community.embeddings.DeepInfraEmbeddings","langchain.chat_models.deepinfra","langchain.chat_models.ChatDeepInfra","langchain.llms.deepinfra","langchain.llms.DeepInfra","langchain.embeddings.deepinfra","langchain.embeddings.DeepInfraEmbeddings"]}},{"vendor":"voyage","packages":{"pypi":["langchain-voyageai"]},"imports":{"js":["langchain/embeddings/voyage"],"python":["langchain_community.embeddings.voyageai","langchain_community.embeddings.VoyageEmbeddings","langchain.embeddings.voyageai","langchain.embeddings.VoyageEmbeddings"]}},{"vendor":"pinecone","packages":{"pypi":["langchain-pinecone"],"npm":["@langchain/pinecone"]}},{"vendor":"ollama","packages":{"pypi":["langchain-ollama"],"npm":["@langchain/ollama"]},"imports":{"js":["langchain/llms/ollama","langchain/chat_models/ollama","langchain/embeddings/ollama"],"python":["langchain_community.chat_models.ollama","langchain_community.chat_models.ChatOllama","langchain_community.llms.ollama","langchain_community.llms.Ollama","langchain_community.embeddings.ollama","langchain_community.embeddings.OllamaEmbeddings","langchain.chat_models.ollama","langchain.chat_models.ChatOllama","langchain.llms.ollama","langchain.llms.Ollama","langchain.embeddings.ollama","langchain.embeddings.OllamaEmbeddings"]}},{"vendor":"huggingface","imports":{"js":["langchain/llms/hf","langchain/embeddings/hf"],"python":["langchain_community.llms.huggingface_endpoint","langchain_community.llms.HuggingFaceEndpoint","langchain_community.llms.huggingface_hub","langchain_community.llms.HuggingFaceHub","langchain_community.embeddings.huggingface_hub","langchain_community.embeddings.HuggingFaceHubEmbeddings","langchain_community.embeddings.HuggingFaceInferenceAPIEmbeddings","langchain.llms.huggingface_endpoint","langchain.llms.HuggingFaceEndpoint","langchain.llms.huggingface_hub","langchain.llms.HuggingFaceHub","langchain.embeddings.huggingface_hub","langchain.embeddings.HuggingFaceHubEmbeddings","langchain.embeddings.HuggingFaceInferenceAPIEmbeddings"]}},{"vendor":"replicate","imports":{"js":["langchain/llms/replicate"],"python":["langchain_community.llms.replicate","langchain_community.llms.Replicate","langchain.llms.replicate","langchain.llms.Replicate"]}},{"vendor":"jina","imports":{"python":["langchain_community.embeddings.jina","langchain_community.embeddings.JinaEmbeddings","langchain.embeddings.jina","langchain.embeddings.JinaEmbeddings"]}},{"vendor":"openai","imports":{"elixir":["LangChain.ChatModels.ChatOpenAI","LangChain.ChatModels.ChatOpenAIResponses","LangChain.Embeddings.OpenAI"]}},{"vendor":"azure-openai","imports":{"elixir":["LangChain.ChatModels.ChatAzureOpenAI"]}},{"vendor":"anthropic","imports":{"elixir":["LangChain.ChatModels.ChatAnthropic"]}},{"vendor":"google-gemini","imports":{"elixir":["LangChain.ChatModels.ChatGoogleAI"]}},{"vendor":"google-vertex-ai","imports":{"elixir":["LangChain.ChatModels.ChatVertexAI"]}},{"vendor":"aws-bedrock","imports":{"elixir":["LangChain.ChatModels.ChatAwsMantle"]}},{"vendor":"mistral","imports":{"elixir":["LangChain.ChatModels.ChatMistralAI"]}},{"vendor":"ollama","imports":{"elixir":["LangChain.ChatModels.ChatOllamaAI"]}},{"vendor":"deepseek","imports":{"elixir":["LangChain.ChatModels.ChatDeepSeek"]}},{"vendor":"perplexity","imports":{"elixir":["LangChain.ChatModels.ChatPerplexity"]}},{"vendor":"xai","imports":{"elixir":["LangChain.ChatModels.ChatGrok"]}},{"vendor":"groq","imports":{"elixir":["LangChain.ChatModels.ChatGroq"]}},{"vendor":"fireworks","imports":{"elixir":["LangChain.ChatModels.ChatFireworks"]}},{"vendor":"openai","packages":{"pub":["langchain_openai"]}},{"vendor":"anthropic","packages":{"pub":["langchain_anthropic"]}},{"vendor":"google-gemini","packages":{"pub":[{"name":"langchain_google","note":"ChatGoogleGenerativeAI (Gemini API); its ChatVertexAI shows through Vertex hosts"},"langchain_firebase"]}},{"vendor":"mistral","packages":{"pub":["langchain_mistralai"]}},{"vendor":"ollama","packages":{"pub":["langchain_ollama"]}},{"vendor":"cohere","packages":{"pub":["langchain_cohere"]}},{"vendor":"huggingface","packages":{"pub":["langchain_huggingface"]}},{"vendor":"pinecone","packages":{"pub":["langchain_pinecone"]}}]},{"id":"langchain4j","name":"LangChain4j","website":"https://docs.langchain4j.dev","sources":["public application.properties and Micronaut tests (@Property(name = \\"langchain4j.azure-open-ai.api-key\\"), langchain4j.vertex-ai-gemini.location, langchain4j.google-ai-gemini.api-key, langchain4j.open-ai.chat-model.api-key), found with code search","public build.gradle(.kts) files: io.micronaut.langchain4j:micronaut-langchain4j-core, -processor, -ollama-testresource","github.com/langchain4j/langchain4j@b8b809e */pom.xml (artifactIds, groupId dev.langchain4j) and src/main/java package roots","github.com/langchain4j/langchain4j-spring@7b54349 */pom.xml (starter artifactIds; released through tag 1.9.1-beta17)"],"packages":{"maven":[{"name":"dev.langchain4j:*","imports":["dev.langchain4j"],"note":"langchain4j, langchain4j-core, langchain4j-agentic, stores, \u2026; exact provider names below win"},{"name":"io.micronaut.langchain4j:*","imports":["io.micronaut.langchain4j"],"note":"Micronaut LangChain4j (core, processor, per-provider modules); the vendor shows through dev.langchain4j modules and langchain4j.* keys"}]},"providers":[{"vendor":"openai","packages":{"maven":[{"name":"dev.langchain4j:langchain4j-open-ai","imports":["dev.langchain4j.model.openai"]},{"name":"dev.langchain4j:langchain4j-open-ai-official","imports":["dev.langchain4j.model.openaiofficial"]},"dev.langchain4j:langchain4j-open-ai-spring-boot-starter","dev.langchain4j:langchain4j-open-ai-official-spring-boot-starter"]},"properties":["langchain4j.open-ai","langchain4j.open-ai-official"]},{"vendor":"azure-openai","packages":{"maven":[{"name":"dev.langchain4j:langchain4j-azure-open-ai","imports":["dev.langchain4j.model.azure"]},"dev.langchain4j:langchain4j-azure-open-ai-spring-boot-starter"]},"properties":["langchain4j.azure-open-ai"]},{"vendor":"anthropic","packages":{"maven":[{"name":"dev.langchain4j:langchain4j-anthropic","imports":["dev.langchain4j.model.anthropic"]},"dev.langchain4j:langchain4j-anthropic-spring-boot-starter"]},"properties":["langchain4j.anthropic"]},{"vendor":"aws-bedrock","packages":{"maven":[{"name":"dev.langchain4j:langchain4j-bedrock","imports":["dev.langchain4j.model.bedrock"]}]},"properties":["langchain4j.bedrock"]},{"vendor":"google-gemini","packages":{"maven":[{"name":"dev.langchain4j:langchain4j-google-ai-gemini","imports":["dev.langchain4j.model.googleai"]},{"name":"dev.langchain4j:langchain4j-google-genai","imports":["dev.langchain4j.model.google.genai"]},"dev.langchain4j:langchain4j-google-ai-gemini-spring-boot-starter"]},"properties":["langchain4j.google-ai-gemini"]},{"vendor":"google-vertex-ai","packages":{"maven":[{"name":"dev.langchain4j:langchain4j-vertex-ai","imports":["dev.langchain4j.model.vertexai"]},{"name":"dev.langchain4j:langchain4j-vertex-ai-gemini","imports":["dev.langchain4j.model.vertexai.gemini"]},{"name":"dev.langchain4j:langchain4j-vertex-ai-anthropic","imports":["dev.langchain4j.model.vertexai.anthropic"]},"dev.langchain4j:langchain4j-vertex-ai-gemini-spring-boot-starter"]},"properties":["langchain4j.vertex-ai-gemini","langchain4j.vertex-ai"]},{"vendor":"cohere","packages":{"maven":[{"name":"dev.langchain4j:langchain4j-cohere","imports":["dev.langchain4j.model.cohere"]}]}},{"vendor":"mistral","packages":{"maven":[{"name":"dev.langchain4j:langchain4j-mistral-ai","imports":["dev.langchain4j.model.mistralai"]},"dev.langchain4j:langchain4j-mistral-ai-spring-boot-starter"]},"properties":["langchain4j.mistral-ai"]},{"vendor":"huggingface","packages":{"maven":[{"name":"dev.langchain4j:langchain4j-hugging-face","imports":["dev.langchain4j.model.huggingface"]}]},"properties":["langchain4j.hugging-face"]},{"vendor":"jina","packages":{"maven":[{"name":"dev.langchain4j:langchain4j-jina","imports":["dev.langchain4j.model.jina"]}]}},{"vendor":"voyage","packages":{"maven":[{"name":"dev.langchain4j:langchain4j-voyage-ai","imports":["dev.langchain4j.model.voyageai"]},"dev.langchain4j:langchain4j-voyage-ai-spring-boot-starter"]},"properties":["langchain4j.voyage-ai"]},{"vendor":"pinecone","packages":{"maven":[{"name":"dev.langchain4j:langchain4j-pinecone","imports":["dev.langchain4j.store.embedding.pinecone"]}]}},{"vendor":"ollama","packages":{"maven":[{"name":"dev.langchain4j:langchain4j-ollama","imports":["dev.langchain4j.model.ollama"]},"dev.langchain4j:langchain4j-ollama-spring-boot-starter"]},"properties":["langchain4j.ollama"]}]},{"id":"langchaingo","name":"LangChain Go","website":"https://tmc.github.io/langchaingo/","sources":["github.com/tmc/langchaingo@8fea3de6 go.mod (module github.com/tmc/langchaingo); llms/*, embeddings/*, vectorstores/* package folders","github.com/tmc/langchaingo@8fea3de6 llms/huggingface/internal/huggingfaceclient (api-inference.huggingface.co, router.huggingface.co); llms/googleai/internal/palmclient (cloud.google.com/go/aiplatform); embeddings/jina/options.go (api.jina.ai); embeddings/voyageai/options.go (api.voyageai.com); vectorstores/bedrockknowledgebases (aws-sdk-go-v2 bedrockagentruntime)"],"packages":{"go":["github.com/tmc/langchaingo"]},"providers":[{"vendor":"openai","packages":{"go":["github.com/tmc/langchaingo/llms/openai"]}},{"vendor":"anthropic","packages":{"go":["github.com/tmc/langchaingo/llms/anthropic"]}},{"vendor":"aws-bedrock","packages":{"go":["github.com/tmc/langchaingo/llms/bedrock","github.com/tmc/langchaingo/embeddings/bedrock","github.com/tmc/langchaingo/vectorstores/bedrockknowledgebases"]}},{"vendor":"google-gemini","packages":{"go":["github.com/tmc/langchaingo/llms/googleai"]}},{"vendor":"google-vertex-ai","packages":{"go":["github.com/tmc/langchaingo/llms/googleai/vertex","github.com/tmc/langchaingo/llms/googleai/palm"]}},{"vendor":"cohere","packages":{"go":["github.com/tmc/langchaingo/llms/cohere"]}},{"vendor":"mistral","packages":{"go":["github.com/tmc/langchaingo/llms/mistral"]}},{"vendor":"huggingface","packages":{"go":["github.com/tmc/langchaingo/llms/huggingface"]}},{"vendor":"ollama","packages":{"go":["github.com/tmc/langchaingo/llms/ollama"]}},{"vendor":"jina","packages":{"go":["github.com/tmc/langchaingo/embeddings/jina"]}},{"vendor":"voyage","packages":{"go":["github.com/tmc/langchaingo/embeddings/voyageai"]}},{"vendor":"pinecone","packages":{"go":["github.com/tmc/langchaingo/vectorstores/pinecone"]}}]},{"id":"langchainrb","name":"Langchain.rb","website":"https://github.com/patterns-ai-core/langchainrb","sources":["github.com/patterns-ai-core/langchainrb@4f0c975 lib/langchain.rb (require root), langchainrb.gemspec (gem name), lib/langchain/llm/*.rb (depends_on of each vendor gem)","github.com/patterns-ai-core/langchainrb_rails langchainrb_rails.gemspec (gem name, depends on langchainrb)"],"packages":{"rubygems":[{"name":"langchainrb","imports":["langchain"]},{"name":"langchainrb_rails","imports":["langchainrb_rails"]}]}},{"id":"litellm","name":"LiteLLM","website":"https://docs.litellm.ai","sources":["github.com/BerriAI/litellm litellm/types/utils.py (class LlmProviders: the \'<provider>/\' prefixes of model strings)","github.com/BerriAI/litellm@813b8fd pyproject.toml (name litellm)","github.com/BerriAI/litellm deploy/charts/litellm-helm/Chart.yaml (chart name litellm-helm, oci://docker.litellm.ai/berriai); seen as a subchart dependency in public charts","docs.litellm.ai/docs/proxy/quick_start (litellm --config config.yaml; proxy on http://0.0.0.0:4000; openai.OpenAI(base_url=\\"http://0.0.0.0:4000\\")); docs.boundaryml.com litellm (base_url http://0.0.0.0:4000)"],"packages":{"pypi":["litellm"]},"local-endpoints":[{"port":4000,"paths":["/v1/chat/completions","/chat/completions"]}],"gateway-routes":{"openai":"openai","text-completion-openai":"openai","anthropic":"anthropic","anthropic_text":"anthropic","bedrock":"aws-bedrock","vertex_ai":"google-vertex-ai","vertex_ai_beta":"google-vertex-ai","gemini":"google-gemini","azure":"azure-openai","azure_text":"azure-openai","azure_ai":"azure-openai","mistral":"mistral","cohere":"cohere","cohere_chat":"cohere","groq":"groq","together_ai":"together","deepseek":"deepseek","xai":"xai","perplexity":"perplexity","fireworks_ai":"fireworks","openrouter":"openrouter","huggingface":"huggingface","replicate":"replicate","ollama":"ollama","ollama_chat":"ollama","cerebras":"cerebras","nvidia_nim":"nvidia-nim","ai21":"ai21","voyage":"voyage","jina_ai":"jina","deepgram":"deepgram","elevenlabs":"elevenlabs","assemblyai":"assemblyai","fal_ai":"fal","vercel_ai_gateway":"vercel-ai-gateway"},"helm-charts":["litellm-helm"]},{"id":"llamaindex","name":"LlamaIndex","website":"https://www.llamaindex.ai","sources":["github.com/run-llama/llama_index llama-index-integrations/<kind>/llama-index-<kind>-<name>/pyproject.toml and package trees (read at fork nerdai/llama_index@79440f2; llama-index-llms-google-genai and -embeddings-google-genai at run-llama/llama_index@5745752 / @7a7d1c1)","github.com/run-llama/LlamaIndexTS@acd9b66 packages/**/package.json (package names); each npm name checked with `npm view`"],"packages":{"pypi":[{"name":"llama-index","imports":["llama_index"]},{"name":"llama-index-core","imports":["llama_index.core"]},{"name":"llama-index-*","note":"integration packages; exact provider names below win"}],"npm":["llamaindex",{"name":"@llamaindex/*","note":"the scope is LlamaIndex\'s; exact provider names below win"}]},"providers":[{"vendor":"openai","packages":{"pypi":[{"name":"llama-index-llms-openai","imports":["llama_index.llms.openai"]},{"name":"llama-index-embeddings-openai","imports":["llama_index.embeddings.openai"]},{"name":"llama-index-multi-modal-llms-openai","imports":["llama_index.multi_modal_llms.openai"]}],"npm":["@llamaindex/openai"]}},{"vendor":"azure-openai","packages":{"pypi":[{"name":"llama-index-llms-azure-openai","imports":["llama_index.llms.azure_openai"]},{"name":"llama-index-embeddings-azure-openai","imports":["llama_index.embeddings.azure_openai"]},{"name":"llama-index-multi-modal-llms-azure-openai","imports":["llama_index.multi_modal_llms.azure_openai"]},{"name":"llama-index-llms-azure-inference","imports":["llama_index.llms.azure_inference"]},{"name":"llama-index-embeddings-azure-inference","imports":["llama_index.embeddings.azure_inference"]}]}},{"vendor":"anthropic","packages":{"pypi":[{"name":"llama-index-llms-anthropic","imports":["llama_index.llms.anthropic"]},{"name":"llama-index-multi-modal-llms-anthropic","imports":["llama_index.multi_modal_llms.anthropic"]}],"npm":["@llamaindex/anthropic"]}},{"vendor":"google-gemini","packages":{"pypi":[{"name":"llama-index-llms-gemini","imports":["llama_index.llms.gemini"]},{"name":"llama-index-embeddings-gemini","imports":["llama_index.embeddings.gemini"]},{"name":"llama-index-multi-modal-llms-gemini","imports":["llama_index.multi_modal_llms.gemini"]},{"name":"llama-index-llms-google-genai","imports":["llama_index.llms.google_genai"]},{"name":"llama-index-embeddings-google-genai","imports":["llama_index.embeddings.google_genai"]}],"npm":["@llamaindex/google"]}},{"vendor":"google-vertex-ai","packages":{"pypi":[{"name":"llama-index-llms-vertex","imports":["llama_index.llms.vertex"]},{"name":"llama-index-embeddings-vertex","imports":["llama_index.embeddings.vertex"]}]}},{"vendor":"aws-bedrock","packages":{"pypi":[{"name":"llama-index-llms-bedrock","imports":["llama_index.llms.bedrock"]},{"name":"llama-index-llms-bedrock-converse","imports":["llama_index.llms.bedrock_converse"]},{"name":"llama-index-embeddings-bedrock","imports":["llama_index.embeddings.bedrock"]},{"name":"llama-index-multi-modal-llms-bedrock","imports":["llama_index.multi_modal_llms.bedrock"]},{"name":"llama-index-postprocessor-bedrock-rerank","imports":["llama_index.postprocessor.bedrock_rerank"]}],"npm":["@llamaindex/aws"]}},{"vendor":"cohere","packages":{"pypi":[{"name":"llama-index-llms-cohere","imports":["llama_index.llms.cohere"]},{"name":"llama-index-embeddings-cohere","imports":["llama_index.embeddings.cohere"]},{"name":"llama-index-postprocessor-cohere-rerank","imports":["llama_index.postprocessor.cohere_rerank"]}],"npm":["@llamaindex/cohere"]}},{"vendor":"mistral","packages":{"pypi":[{"name":"llama-index-llms-mistralai","imports":["llama_index.llms.mistralai"]},{"name":"llama-index-embeddings-mistralai","imports":["llama_index.embeddings.mistralai"]},{"name":"llama-index-multi-modal-llms-mistralai","imports":["llama_index.multi_modal_llms.mistralai"]}],"npm":["@llamaindex/mistral"]}},{"vendor":"huggingface","packages":{"pypi":[{"name":"llama-index-llms-huggingface-api","imports":["llama_index.llms.huggingface_api"]},{"name":"llama-index-embeddings-huggingface-api","imports":["llama_index.embeddings.huggingface_api"]}]}},{"vendor":"replicate","packages":{"pypi":[{"name":"llama-index-llms-replicate","imports":["llama_index.llms.replicate"]},{"name":"llama-index-multi-modal-llms-replicate","imports":["llama_index.multi_modal_llms.replicate"]}],"npm":["@llamaindex/replicate"]}},{"vendor":"groq","packages":{"pypi":[{"name":"llama-index-llms-groq","imports":["llama_index.llms.groq"]}],"npm":["@llamaindex/groq"]}},{"vendor":"together","packages":{"pypi":[{"name":"llama-index-llms-together","imports":["llama_index.llms.together"]},{"name":"llama-index-embeddings-together","imports":["llama_index.embeddings.together"]}],"npm":["@llamaindex/together"]}},{"vendor":"deepseek","packages":{"pypi":[{"name":"llama-index-llms-deepseek","imports":["llama_index.llms.deepseek"]}],"npm":["@llamaindex/deepseek"]}},{"vendor":"perplexity","packages":{"pypi":[{"name":"llama-index-llms-perplexity","imports":["llama_index.llms.perplexity"]}],"npm":["@llamaindex/perplexity"]}},{"vendor":"openrouter","packages":{"pypi":[{"name":"llama-index-llms-openrouter","imports":["llama_index.llms.openrouter"]}]}},{"vendor":"fireworks","packages":{"pypi":[{"name":"llama-index-llms-fireworks","imports":["llama_index.llms.fireworks"]},{"name":"llama-index-embeddings-fireworks","imports":["llama_index.embeddings.fireworks"]}],"npm":["@llamaindex/fireworks"]}},{"vendor":"ai21","packages":{"pypi":[{"name":"llama-index-llms-ai21","imports":["llama_index.llms.ai21"]}]}},{"vendor":"deepinfra","packages":{"pypi":[{"name":"llama-index-llms-deepinfra","imports":["llama_index.llms.deepinfra"]},{"name":"llama-index-embeddings-deepinfra","imports":["llama_index.embeddings.deepinfra"]}],"npm":["@llamaindex/deepinfra"]}},{"vendor":"voyage","packages":{"pypi":[{"name":"llama-index-embeddings-voyageai","imports":["llama_index.embeddings.voyageai"]},{"name":"llama-index-postprocessor-voyageai-rerank","imports":["llama_index.postprocessor.voyageai_rerank"]}],"npm":["@llamaindex/voyage-ai"]}},{"vendor":"jina","packages":{"pypi":[{"name":"llama-index-embeddings-jinaai","imports":["llama_index.embeddings.jinaai"]},{"name":"llama-index-postprocessor-jinaai-rerank","imports":["llama_index.postprocessor.jinaai_rerank"]}],"npm":["@llamaindex/jinaai"]}},{"vendor":"pinecone","packages":{"pypi":[{"name":"llama-index-vector-stores-pinecone","imports":["llama_index.vector_stores.pinecone"]},{"name":"llama-index-postprocessor-pinecone-native-rerank","imports":["llama_index.postprocessor.pinecone_native_rerank"]}],"npm":["@llamaindex/pinecone"]}},{"vendor":"ollama","packages":{"pypi":[{"name":"llama-index-llms-ollama","imports":["llama_index.llms.ollama"]},{"name":"llama-index-embeddings-ollama","imports":["llama_index.embeddings.ollama"]},{"name":"llama-index-multi-modal-llms-ollama","imports":["llama_index.multi_modal_llms.ollama"]}],"npm":["@llamaindex/ollama"]}},{"vendor":"xai","packages":{"npm":["@llamaindex/xai"]}},{"vendor":"assemblyai","packages":{"npm":["@llamaindex/assemblyai"]}}]},{"id":"llm","name":"LLM (simonw)","website":"https://llm.datasette.io","sources":["github.com/simonw/llm-anthropic@efb7a82, simonw/llm-gemini@27bd09e, simonw/llm-mistral@775ea0a pyproject.toml (names)","taketwo/llm-ollama (PyPI llm-ollama, seen in nixpkgs fetchPypi pname llm_ollama)"],"packages":{"pypi":[{"name":"llm","imports":[],"note":"imports as `llm`; not registered (too generic a module name)"}]},"providers":[{"vendor":"anthropic","packages":{"pypi":["llm-anthropic"]}},{"vendor":"google-gemini","packages":{"pypi":["llm-gemini"]}},{"vendor":"mistral","packages":{"pypi":["llm-mistral"]}},{"vendor":"ollama","packages":{"pypi":["llm-ollama"]}}]},{"id":"mastra","name":"Mastra","website":"https://mastra.ai","sources":["npm view mastra, @mastra/core, @mastra/memory (registry)"],"packages":{"npm":["mastra",{"name":"@mastra/*","note":"the scope is Mastra\'s"}]}},{"id":"openai-agents","name":"OpenAI Agents SDK","website":"https://openai.github.io/openai-agents-python/","sources":["github.com/openai/openai-agents-python@00d8ef6 pyproject.toml (name openai-agents, wheel package src/agents, default deps openai)","npm view @openai/agents, @openai/agents-core, @openai/agents-openai, @openai/agents-realtime, @openai/agents-extensions (repository github.com/openai/openai-agents-js)"],"packages":{"npm":["@openai/agents-core","@openai/agents-extensions"]},"providers":[{"vendor":"openai","packages":{"pypi":[{"name":"openai-agents","imports":[],"note":"imports as `agents`; not registered (too generic a module name)"}],"npm":["@openai/agents","@openai/agents-openai","@openai/agents-realtime"]}}]},{"id":"pydantic-ai","name":"Pydantic AI","website":"https://ai.pydantic.dev","sources":["github.com/pydantic/pydantic-ai@00287ae pydantic_ai_slim/pyproject.toml (name pydantic-ai-slim, wheel package pydantic_ai; model extras)"],"packages":{"pypi":[{"name":"pydantic-ai-slim","imports":["pydantic_ai"]},{"name":"pydantic-ai","imports":[],"note":"meta-package over pydantic-ai-slim with all extras; imports pydantic_ai (registered once)"}]}},{"id":"quarkus-langchain4j","name":"Quarkus LangChain4j","website":"https://docs.quarkiverse.io/quarkus-langchain4j/dev/","sources":["github.com/quarkiverse/quarkus-langchain4j@bf6b33894 model-providers/*/runtime/pom.xml (artifactIds) and @ConfigRoot prefixes (quarkus.langchain4j.openai, .azure-openai, .anthropic, .bedrock, .cohere, .huggingface, .mistralai, .ollama, .ai.gemini, .google.genai, .vertexai, .vertexai.gemini), embedding-stores/pinecone (quarkus.langchain4j.pinecone)","github.com/quarkusio/quarkus-workshop-langchain4j application.properties (quarkus.langchain4j.openai.api-key, .chat-model.model-name) and pom.xml (quarkus-langchain4j-openai)"],"packages":{"maven":[{"name":"io.quarkiverse.langchain4j:*","imports":["io.quarkiverse.langchain4j"],"note":"core, agentic, mcp, easy-rag, pgvector, \u2026; exact provider names below win"}]},"providers":[{"vendor":"openai","packages":{"maven":["io.quarkiverse.langchain4j:quarkus-langchain4j-openai"]},"properties":["quarkus.langchain4j.openai"]},{"vendor":"azure-openai","packages":{"maven":["io.quarkiverse.langchain4j:quarkus-langchain4j-azure-openai"]},"properties":["quarkus.langchain4j.azure-openai"]},{"vendor":"anthropic","packages":{"maven":["io.quarkiverse.langchain4j:quarkus-langchain4j-anthropic"]},"properties":["quarkus.langchain4j.anthropic"]},{"vendor":"aws-bedrock","packages":{"maven":["io.quarkiverse.langchain4j:quarkus-langchain4j-bedrock"]},"properties":["quarkus.langchain4j.bedrock"]},{"vendor":"cohere","packages":{"maven":["io.quarkiverse.langchain4j:quarkus-langchain4j-cohere"]},"properties":["quarkus.langchain4j.cohere"]},{"vendor":"huggingface","packages":{"maven":["io.quarkiverse.langchain4j:quarkus-langchain4j-hugging-face"]},"properties":["quarkus.langchain4j.huggingface"]},{"vendor":"mistral","packages":{"maven":["io.quarkiverse.langchain4j:quarkus-langchain4j-mistral-ai"]},"properties":["quarkus.langchain4j.mistralai"]},{"vendor":"ollama","packages":{"maven":["io.quarkiverse.langchain4j:quarkus-langchain4j-ollama"]},"properties":["quarkus.langchain4j.ollama"]},{"vendor":"google-gemini","packages":{"maven":["io.quarkiverse.langchain4j:quarkus-langchain4j-ai-gemini","io.quarkiverse.langchain4j:quarkus-langchain4j-google-genai"]},"properties":["quarkus.langchain4j.ai.gemini","quarkus.langchain4j.google.genai"]},{"vendor":"google-vertex-ai","packages":{"maven":["io.quarkiverse.langchain4j:quarkus-langchain4j-vertex-ai","io.quarkiverse.langchain4j:quarkus-langchain4j-vertex-ai-gemini"]},"properties":["quarkus.langchain4j.vertexai"]},{"vendor":"pinecone","packages":{"maven":["io.quarkiverse.langchain4j:quarkus-langchain4j-pinecone"]},"properties":["quarkus.langchain4j.pinecone"]}]},{"id":"semantic-kernel","name":"Semantic Kernel","website":"https://learn.microsoft.com/semantic-kernel/","sources":["github.com/microsoft/semantic-kernel dotnet/src/Connectors/*/*ServiceCollectionExtensions.cs and *KernelBuilderExtensions.cs (AddOpenAIChatCompletion, AddAzureOpenAIChatCompletion, AddOllamaChatCompletion, AddGoogleAIGeminiChatCompletion, AddVertexAIGeminiChatCompletion, AddMistralChatCompletion, AddHuggingFaceChatCompletion, AddBedrockChatCompletionService; namespace Microsoft.SemanticKernel); python/semantic_kernel/connectors/ai/*/__init__.py (OpenAIChatCompletion, AzureChatCompletion, OllamaChatCompletion, GoogleAIChatCompletion, VertexAIChatCompletion, AnthropicChatCompletion, BedrockChatCompletion, MistralAIChatCompletion)","public code (search, secondary): Kernel.CreateBuilder().AddOllamaChatCompletion(modelId, endpoint: new(\\"http://localhost:11434\\")) with only `using Microsoft.SemanticKernel;`; builder.AddAzureOpenAIChatCompletion(deployment, endpoint, key) in MicrosoftLearning samples","github.com/microsoft/semantic-kernel@b39d95a dotnet/src/**/*.csproj <AssemblyName> (NuGet ids), python/semantic_kernel/connectors/ai/ (module names); dotnet/src/VectorData/Pinecone/Pinecone.csproj before its removal","github.com/microsoft/semantic-kernel-java@7212442 pom.xml (groupId com.microsoft.semantic-kernel, artifactIds), aiservices/*/src/main/java package roots","github.com/microsoft/semantic-kernel-starters sk-csharp-console-chat (Microsoft.SemanticKernel 1.0.0-rc3, `using Microsoft.SemanticKernel.Connectors.AI.OpenAI`), sk-java-hello-world/pom.xml (semantickernel-connectors-ai-openai, `import com.microsoft.semantickernel.connectors.ai.openai\u2026`)"],"packages":{"nuget":[{"name":"Microsoft.SemanticKernel*","imports":["Microsoft.SemanticKernel"],"note":"Microsoft.SemanticKernel, .Core, .Abstractions, .Agents.*, .Plugins.*, \u2026; exact provider names below win"}],"pypi":["semantic-kernel"],"maven":[{"name":"com.microsoft.semantic-kernel:*","imports":["com.microsoft.semantickernel"]}]},"providers":[{"vendor":"openai","names":["AddOpenAIChatCompletion","AddOpenAITextEmbeddingGeneration","AddOpenAIEmbeddingGenerator","AddOpenAITextToImage","AddOpenAIAudioToText","AddOpenAITextToAudio","AddOpenAIChatClient","OpenAIChatCompletionService","OpenAIChatCompletion","OpenAITextEmbedding"],"packages":{"nuget":[{"name":"Microsoft.SemanticKernel.Connectors.OpenAI","imports":["Microsoft.SemanticKernel.Connectors.OpenAI"]},{"name":"Microsoft.SemanticKernel.Agents.OpenAI","imports":["Microsoft.SemanticKernel.Agents.OpenAI"]},{"name":"Microsoft.SemanticKernel.Connectors.AI.OpenAI","imports":["Microsoft.SemanticKernel.Connectors.AI.OpenAI"],"note":"pre-1.0 name of the OpenAI / Azure OpenAI connector (0.x previews to 1.0.0-rc); also shipped inside the old Microsoft.SemanticKernel meta package"}],"maven":[{"name":"com.microsoft.semantic-kernel:semantickernel-aiservices-openai","imports":["com.microsoft.semantickernel.aiservices.openai"]},{"name":"com.microsoft.semantic-kernel:semantickernel-connectors-ai-openai","imports":["com.microsoft.semantickernel.connectors.ai.openai"],"note":"pre-1.0 Java connector (0.2.x), built on com.azure:azure-ai-openai"}]}},{"vendor":"azure-openai","names":["AddAzureOpenAIChatCompletion","AddAzureOpenAITextEmbeddingGeneration","AddAzureOpenAIEmbeddingGenerator","AddAzureOpenAITextToImage","AddAzureOpenAIAudioToText","AddAzureOpenAITextToAudio","AddAzureOpenAIChatClient","AzureOpenAIChatCompletionService","AddAzureAIInferenceChatCompletion","AzureChatCompletion","AzureTextEmbedding","AzureAIInferenceChatCompletion"],"packages":{"nuget":[{"name":"Microsoft.SemanticKernel.Connectors.AzureOpenAI","imports":["Microsoft.SemanticKernel.Connectors.AzureOpenAI"]},{"name":"Microsoft.SemanticKernel.Connectors.AzureAIInference","imports":["Microsoft.SemanticKernel.Connectors.AzureAIInference"]},{"name":"Microsoft.SemanticKernel.Agents.AzureAI","imports":["Microsoft.SemanticKernel.Agents.AzureAI"]}]}},{"vendor":"aws-bedrock","names":["AddBedrockChatCompletionService","AddBedrockTextGenerationService","AddBedrockTextEmbeddingGenerationService","BedrockChatCompletion"],"packages":{"nuget":[{"name":"Microsoft.SemanticKernel.Connectors.Amazon","imports":["Microsoft.SemanticKernel.Connectors.Amazon"]},{"name":"Microsoft.SemanticKernel.Agents.Bedrock","imports":["Microsoft.SemanticKernel.Agents.Bedrock"]}]}},{"vendor":"google-vertex-ai","names":["AddVertexAIGeminiChatCompletion","AddVertexAIEmbeddingGeneration","VertexAIGeminiChatCompletionService","VertexAIChatCompletion"],"packages":{"maven":[{"name":"com.microsoft.semantic-kernel:semantickernel-aiservices-google","imports":["com.microsoft.semantickernel.aiservices.google"]}]}},{"vendor":"google-gemini","names":["AddGoogleAIGeminiChatCompletion","AddGoogleAIEmbeddingGeneration","GoogleAIGeminiChatCompletionService","GoogleAIChatCompletion"]},{"vendor":"anthropic","names":["AnthropicChatCompletion"]},{"vendor":"mistral","names":["AddMistralChatCompletion","AddMistralTextEmbeddingGeneration","MistralAIChatCompletion"],"packages":{"nuget":[{"name":"Microsoft.SemanticKernel.Connectors.MistralAI","imports":["Microsoft.SemanticKernel.Connectors.MistralAI"]}]}},{"vendor":"huggingface","names":["AddHuggingFaceChatCompletion","AddHuggingFaceTextGeneration","AddHuggingFaceTextEmbeddingGeneration","HuggingFaceTextCompletion"],"packages":{"nuget":[{"name":"Microsoft.SemanticKernel.Connectors.HuggingFace","imports":["Microsoft.SemanticKernel.Connectors.HuggingFace"]}],"maven":[{"name":"com.microsoft.semantic-kernel:semantickernel-aiservices-huggingface","imports":["com.microsoft.semantickernel.aiservices.huggingface"]}]}},{"vendor":"pinecone","packages":{"nuget":[{"name":"Microsoft.SemanticKernel.Connectors.Pinecone","imports":["Microsoft.SemanticKernel.Connectors.Pinecone"]}]}},{"vendor":"ollama","names":["AddOllamaChatCompletion","AddOllamaTextGeneration","AddOllamaTextEmbeddingGeneration","AddOllamaEmbeddingGenerator","AddOllamaChatClient","OllamaChatCompletionService","OllamaChatCompletion"],"packages":{"nuget":[{"name":"Microsoft.SemanticKernel.Connectors.Ollama","imports":["Microsoft.SemanticKernel.Connectors.Ollama"]}]}}]},{"id":"smolagents","name":"smolagents","website":"https://huggingface.co/docs/smolagents","sources":["github.com/huggingface/smolagents@f98f589 pyproject.toml (name smolagents)"],"packages":{"pypi":["smolagents"]}},{"id":"spring-ai","name":"Spring AI","website":"https://spring.io/projects/spring-ai","sources":["github.com/spring-projects/spring-ai *Properties.CONFIG_PREFIX (spring.ai.openai, spring.ai.azure.openai, spring.ai.vertex.ai.*, spring.ai.bedrock.*, spring.ai.mistralai, \u2026); github.com/spring-projects/spring-ai-examples application.properties (spring.ai.openai.api-key, spring.ai.anthropic.api-key, spring.ai.ollama.*)","github.com/spring-projects/spring-ai@fd3fd6e and tags v1.0.0-M6, v1.0.0, v1.1.0 (models/*, starters/*, spring-boot-starters/*, vector-stores/* pom.xml artifactIds; src/main/java package roots)"],"packages":{"maven":[{"name":"org.springframework.ai:*","imports":["org.springframework.ai"],"note":"spring-ai-core, spring-ai-model, spring-ai-client-chat, autoconfigure modules, \u2026; exact provider names below win"}]},"providers":[{"vendor":"openai","packages":{"maven":[{"name":"org.springframework.ai:spring-ai-openai","imports":["org.springframework.ai.openai"]},"org.springframework.ai:spring-ai-starter-model-openai","org.springframework.ai:spring-ai-openai-spring-boot-starter"]},"properties":["spring.ai.openai"]},{"vendor":"azure-openai","packages":{"maven":[{"name":"org.springframework.ai:spring-ai-azure-openai","imports":["org.springframework.ai.azure.openai"]},"org.springframework.ai:spring-ai-starter-model-azure-openai","org.springframework.ai:spring-ai-azure-openai-spring-boot-starter"]},"properties":["spring.ai.azure.openai"]},{"vendor":"anthropic","packages":{"maven":[{"name":"org.springframework.ai:spring-ai-anthropic","imports":["org.springframework.ai.anthropic"]},"org.springframework.ai:spring-ai-starter-model-anthropic","org.springframework.ai:spring-ai-anthropic-spring-boot-starter"]},"properties":["spring.ai.anthropic"]},{"vendor":"aws-bedrock","packages":{"maven":[{"name":"org.springframework.ai:spring-ai-bedrock","imports":["org.springframework.ai.bedrock"]},{"name":"org.springframework.ai:spring-ai-bedrock-converse","imports":["org.springframework.ai.bedrock.converse"]},"org.springframework.ai:spring-ai-starter-model-bedrock","org.springframework.ai:spring-ai-starter-model-bedrock-converse","org.springframework.ai:spring-ai-bedrock-ai-spring-boot-starter","org.springframework.ai:spring-ai-bedrock-converse-spring-boot-starter"]},"properties":["spring.ai.bedrock"]},{"vendor":"google-gemini","packages":{"maven":[{"name":"org.springframework.ai:spring-ai-google-genai","imports":["org.springframework.ai.google.genai"]},"org.springframework.ai:spring-ai-google-genai-embedding","org.springframework.ai:spring-ai-starter-model-google-genai","org.springframework.ai:spring-ai-starter-model-google-genai-embedding"]},"properties":["spring.ai.google.genai"]},{"vendor":"google-vertex-ai","packages":{"maven":[{"name":"org.springframework.ai:spring-ai-vertex-ai-gemini","imports":["org.springframework.ai.vertexai.gemini"]},{"name":"org.springframework.ai:spring-ai-vertex-ai-embedding","imports":["org.springframework.ai.vertexai.embedding"]},"org.springframework.ai:spring-ai-starter-model-vertex-ai-gemini","org.springframework.ai:spring-ai-starter-model-vertex-ai-embedding","org.springframework.ai:spring-ai-vertex-ai-gemini-spring-boot-starter","org.springframework.ai:spring-ai-vertex-ai-embedding-spring-boot-starter"]},"properties":["spring.ai.vertex.ai"]},{"vendor":"mistral","packages":{"maven":[{"name":"org.springframework.ai:spring-ai-mistral-ai","imports":["org.springframework.ai.mistralai"]},"org.springframework.ai:spring-ai-starter-model-mistral-ai","org.springframework.ai:spring-ai-mistral-ai-spring-boot-starter"]},"properties":["spring.ai.mistralai"]},{"vendor":"deepseek","packages":{"maven":[{"name":"org.springframework.ai:spring-ai-deepseek","imports":["org.springframework.ai.deepseek"]},"org.springframework.ai:spring-ai-starter-model-deepseek"]},"properties":["spring.ai.deepseek"]},{"vendor":"huggingface","packages":{"maven":[{"name":"org.springframework.ai:spring-ai-huggingface","imports":["org.springframework.ai.huggingface"]},"org.springframework.ai:spring-ai-starter-model-huggingface","org.springframework.ai:spring-ai-huggingface-spring-boot-starter"]},"properties":["spring.ai.huggingface"]},{"vendor":"stability","packages":{"maven":[{"name":"org.springframework.ai:spring-ai-stability-ai","imports":["org.springframework.ai.stabilityai"]},"org.springframework.ai:spring-ai-starter-model-stability-ai","org.springframework.ai:spring-ai-stability-ai-spring-boot-starter"]},"properties":["spring.ai.stabilityai"]},{"vendor":"elevenlabs","packages":{"maven":[{"name":"org.springframework.ai:spring-ai-elevenlabs","imports":["org.springframework.ai.elevenlabs"]},"org.springframework.ai:spring-ai-starter-model-elevenlabs"]},"properties":["spring.ai.elevenlabs"]},{"vendor":"pinecone","packages":{"maven":[{"name":"org.springframework.ai:spring-ai-pinecone-store","imports":["org.springframework.ai.vectorstore.pinecone"]},"org.springframework.ai:spring-ai-starter-vector-store-pinecone","org.springframework.ai:spring-ai-pinecone-store-spring-boot-starter"]},"properties":["spring.ai.vectorstore.pinecone"]},{"vendor":"ollama","packages":{"maven":[{"name":"org.springframework.ai:spring-ai-ollama","imports":["org.springframework.ai.ollama"]},"org.springframework.ai:spring-ai-starter-model-ollama","org.springframework.ai:spring-ai-ollama-spring-boot-starter"]},"properties":["spring.ai.ollama"]}]},{"id":"vercel-ai-sdk","name":"Vercel AI SDK","website":"https://ai-sdk.dev","sources":["github.com/vercel/ai@ed857f5 packages/*/package.json (package names); each npm name checked with `npm view`","npm view @openrouter/ai-sdk-provider, ollama-ai-provider, ollama-ai-provider-v2"],"packages":{"npm":["ai","@ai-sdk/*"]},"providers":[{"vendor":"vercel-ai-gateway","packages":{"npm":["@ai-sdk/gateway"]}},{"vendor":"openai","packages":{"npm":["@ai-sdk/openai"]}},{"vendor":"azure-openai","packages":{"npm":["@ai-sdk/azure"]}},{"vendor":"anthropic","packages":{"npm":["@ai-sdk/anthropic"]}},{"vendor":"aws-bedrock","packages":{"npm":["@ai-sdk/amazon-bedrock"]}},{"vendor":"google-gemini","packages":{"npm":["@ai-sdk/google"]}},{"vendor":"google-vertex-ai","packages":{"npm":["@ai-sdk/google-vertex"]}},{"vendor":"cohere","packages":{"npm":["@ai-sdk/cohere"]}},{"vendor":"mistral","packages":{"npm":["@ai-sdk/mistral"]}},{"vendor":"huggingface","packages":{"npm":["@ai-sdk/huggingface"]}},{"vendor":"replicate","packages":{"npm":["@ai-sdk/replicate"]}},{"vendor":"groq","packages":{"npm":["@ai-sdk/groq"]}},{"vendor":"together","packages":{"npm":["@ai-sdk/togetherai"]}},{"vendor":"deepseek","packages":{"npm":["@ai-sdk/deepseek"]}},{"vendor":"perplexity","packages":{"npm":["@ai-sdk/perplexity"]}},{"vendor":"xai","packages":{"npm":["@ai-sdk/xai"]}},{"vendor":"fireworks","packages":{"npm":["@ai-sdk/fireworks"]}},{"vendor":"deepinfra","packages":{"npm":["@ai-sdk/deepinfra"]}},{"vendor":"voyage","packages":{"npm":["@ai-sdk/voyage"]}},{"vendor":"elevenlabs","packages":{"npm":["@ai-sdk/elevenlabs"]}},{"vendor":"deepgram","packages":{"npm":["@ai-sdk/deepgram"]}},{"vendor":"assemblyai","packages":{"npm":["@ai-sdk/assemblyai"]}},{"vendor":"cerebras","packages":{"npm":["@ai-sdk/cerebras"]}},{"vendor":"fal","packages":{"npm":["@ai-sdk/fal"]}},{"vendor":"luma","packages":{"npm":["@ai-sdk/luma"]}},{"vendor":"openrouter","packages":{"npm":["@openrouter/ai-sdk-provider"]}},{"vendor":"ollama","packages":{"npm":["ollama-ai-provider","ollama-ai-provider-v2"]}}]}],"tools":[{"id":"aider","name":"aider","bring-your-own-model":true,"website":"https://aider.chat","sources":["https://aider.chat/docs/config/aider_conf.html (.aider.conf.yml in the repository root)","https://aider.chat/docs/config/dotenv.html (.aider.model.settings.yml, .aider.model.metadata.json)","https://aider.chat/docs/git.html (commits authored as \\"<name> (aider)\\"; Co-authored-by aider trailer, noreply@aider.chat)","PyPI: aider-chat, aider-install"],"config":[".aider.conf.yml",".aider.model.settings.yml",".aider.model.metadata.json",".aiderignore"],"packages":{"pypi":["aider-chat","aider-install"]},"commits":{"co-authors":[{"email":"noreply@aider.chat"}],"authors":[{"name":"* (aider)"}]}},{"id":"amazon-q-developer","name":"Amazon Q Developer","vendor":"aws-bedrock","website":"https://aws.amazon.com/q/developer/","sources":["https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/context-project-rules.html (.amazonq/rules/*.md)","https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/qdev-mcp.html (workspace MCP servers in .amazonq/mcp.json, mcpServers with command/args/env)","https://aws.amazon.com/q/developer/faqs/ (built on Amazon Bedrock)","GitHub integration bot: amazon-q-developer[bot] (public pull requests)"],"config":[".amazonq/"],"mcp":[".amazonq/mcp.json",".amazonq/default.json"],"commits":{"authors":[{"name":"amazon-q-developer[bot]"}]}},{"id":"claude-code","name":"Claude Code","vendor":"anthropic","website":"https://claude.com/product/claude-code","sources":["https://docs.anthropic.com/en/docs/claude-code/memory (CLAUDE.md, CLAUDE.local.md, nested CLAUDE.md files)","https://docs.anthropic.com/en/docs/claude-code/settings (.claude/settings.json, .claude/settings.local.json, .claude/commands/, .claude/agents/)","https://docs.anthropic.com/en/docs/claude-code/mcp (project scope: .mcp.json at the project root, mcpServers with command/args/env or type http|sse and url)","github.com/anthropics/claude-code-action action.yml (see rules/vendors/anthropic.yml)","npm registry (npm view): @anthropic-ai/claude-code","commit attribution: \\"\u{1F916} Generated with [Claude Code](https://claude.com/claude-code)\\" and \\"Co-Authored-By: Claude <noreply@anthropic.com>\\" (newer versions name the model: \\"Claude Opus 4.6 <noreply@anthropic.com>\\"; seen in public commits, block/aittributor#15)"],"config":["CLAUDE.md","CLAUDE.local.md",".claude/",".mcp.json"],"mcp":[".mcp.json",".claude/settings.json"],"actions":["anthropics/claude-code-action","anthropics/claude-code-base-action"],"packages":{"npm":["@anthropic-ai/claude-code"]},"commits":{"co-authors":[{"email":"noreply@anthropic.com"},{"name":"Claude"},{"name":"Claude Code"}],"authors":[{"name":"claude[bot]"}],"message-lines":["Generated with [Claude Code]"]}},{"id":"cline","name":"Cline","bring-your-own-model":true,"website":"https://cline.bot","sources":["https://docs.cline.bot/features/cline-rules (.clinerules file or .clinerules/ folder at the root)","https://docs.cline.bot/features/clineignore (.clineignore)","https://docs.cline.bot/mcp/configuring-mcp-servers (cline_mcp_settings.json, per user)"],"config":[".clinerules",".clinerules/",".clineignore"]},{"id":"coderabbit","name":"CodeRabbit","vendor":"coderabbit","website":"https://www.coderabbit.ai","sources":["https://docs.coderabbit.ai/getting-started/configure-coderabbit (.coderabbit.yaml / .coderabbit.yml at the root)","github.com/coderabbitai/ai-pr-reviewer action.yml (see rules/vendors/openai.yml sources)","commits the app pushes (docstrings, unit tests, fixes) are authored by coderabbitai[bot] (public pull requests)"],"config":[".coderabbit.yaml",".coderabbit.yml"],"actions":["coderabbitai/ai-pr-reviewer","coderabbitai/openai-pr-reviewer"],"commits":{"authors":[{"name":"coderabbitai[bot]"}],"co-authors":[{"name":"coderabbitai[bot]"}]}},{"id":"continue","name":"Continue","bring-your-own-model":true,"website":"https://continue.dev","sources":["https://docs.continue.dev/customize/deep-dives/configuration (workspace blocks in .continue/: rules/, prompts/, models/, mcpServers/)","https://docs.continue.dev/customize/deep-dives/mcp (.continue/mcpServers/*.yaml with mcpServers: [{ name, command, args, type, url }]; JSON files in Claude/Cursor format accepted)","npm registry: @continuedev/cli"],"config":[".continue/",".continuerc.json",".continueignore"],"mcp":[".continue/mcpServers/",".continue/config.yaml"],"packages":{"npm":["@continuedev/cli"]}},{"id":"cursor","name":"Cursor","vendor":"cursor","website":"https://cursor.com","sources":["https://cursor.com/docs/context/rules (project rules in .cursor/rules/*.mdc; legacy .cursorrules at the root)","https://cursor.com/docs/context/mcp (project MCP servers in .cursor/mcp.json, mcpServers with command/args/env or url)","https://cursor.com/docs/cli/github-actions (cursor-agent in workflows, CURSOR_API_KEY)","commit attribution: \\"Co-authored-by: Cursor Agent <cursoragent@cursor.com>\\" and cloud-agent commits authored by cursoragent (block/aittributor#15; nuxeo/nuxeo-web-ui#3497)"],"config":[".cursorrules",".cursor/",".cursorignore",".cursorindexingignore"],"mcp":[".cursor/mcp.json"],"commits":{"co-authors":[{"email":"cursoragent@cursor.com"},{"name":"Cursor Agent"}],"authors":[{"email":"cursoragent@cursor.com"},{"name":"cursoragent"}]}},{"id":"gemini-cli","name":"Gemini CLI","vendor":"google-gemini","website":"https://github.com/google-gemini/gemini-cli","sources":["https://github.com/google-gemini/gemini-cli/blob/main/docs/cli/gemini-md.md (GEMINI.md context files, hierarchical)","https://github.com/google-gemini/gemini-cli/blob/main/docs/tools/mcp-server.md (project .gemini/settings.json, mcpServers with command, url (SSE) or httpUrl (streamable HTTP))","github.com/google-github-actions/run-gemini-cli (see rules/vendors/google-gemini.yml)","npm registry (npm view @google/gemini-cli): \\"Gemini CLI\\""],"config":["GEMINI.md",".gemini/",".geminiignore"],"mcp":[".gemini/settings.json"],"actions":["google-github-actions/run-gemini-cli"],"packages":{"npm":["@google/gemini-cli"]}},{"id":"github-copilot","name":"GitHub Copilot","vendor":"github-copilot","website":"https://github.com/features/copilot","sources":["https://docs.github.com/en/copilot/how-tos/configure-custom-instructions/add-repository-instructions (.github/copilot-instructions.md, .github/instructions/*.instructions.md)","https://code.visualstudio.com/docs/copilot/customization/prompt-files (.github/prompts/*.prompt.md)","https://docs.github.com/en/copilot/how-tos/use-copilot-agents/coding-agent/customize-the-agent-environment (.github/workflows/copilot-setup-steps.yml)","https://code.visualstudio.com/docs/copilot/customization/mcp-servers (.vscode/mcp.json: servers with type stdio|http|sse)","npm registry (npm view @github/copilot): \\"GitHub Copilot CLI\\"","commit attribution: copilot-swe-agent[bot] authors the coding agent\'s commits; \\"Co-authored-by: Copilot <\u2026+Copilot@users.noreply.github.com>\\" (microsoft/vscode#309951: AI_CO_AUTHOR_TRAILER)"],"config":[".github/copilot-instructions.md",".github/instructions/",".github/prompts/",".github/chatmodes/",".github/workflows/copilot-setup-steps.yml",".vscode/mcp.json"],"mcp":[".vscode/mcp.json"],"packages":{"npm":["@github/copilot"]},"commits":{"co-authors":[{"name":"Copilot"},{"email":"*+Copilot@users.noreply.github.com"},{"name":"copilot-swe-agent[bot]"}],"authors":[{"name":"copilot-swe-agent[bot]"},{"name":"Copilot","email":"*+Copilot@users.noreply.github.com"}]}},{"id":"openai-codex","name":"OpenAI Codex","vendor":"openai","website":"https://openai.com/codex","sources":["https://github.com/openai/codex/blob/main/docs/getting-started.md (AGENTS.md, merged from the repository root down)","https://github.com/openai/codex/blob/main/docs/config.md (config.toml, [mcp_servers.<name>] with command/args/env or url; project .codex/config.toml)","github.com/openai/codex-action (see rules/vendors/openai.yml)","npm registry (npm view @openai/codex): \\"Codex CLI is a coding agent from OpenAI\\""],"config":["AGENTS.md","AGENTS.override.md",".codex/"],"mcp":[".codex/config.toml"],"actions":["openai/codex-action"],"packages":{"npm":["@openai/codex"]}},{"id":"windsurf","name":"Windsurf","vendor":"windsurf","website":"https://windsurf.com","sources":["https://docs.windsurf.com/windsurf/cascade/memories (rules: .windsurfrules at the root, .windsurf/rules/*.md)","https://docs.windsurf.com/windsurf/cascade/workflows (.windsurf/workflows/)","https://docs.windsurf.com/windsurf/cascade/mcp (mcp_config.json under ~/.codeium/windsurf, per user)"],"config":[".windsurfrules",".windsurf/",".codeiumignore"]}]},"prefilter":"(?:a(?:p(?:i(?:\\\\.(?:a(?:i21\\\\.com|nthropic\\\\.com|ssemblyai\\\\.com)|e(?:u\\\\.assemblyai\\\\.com|levenlabs\\\\.io|ndpoints\\\\.huggingface\\\\.cloud)|c(?:artesia\\\\.ai|erebras\\\\.ai|o(?:here\\\\.(?:com|ai)|deium\\\\.com)|ursor\\\\.com)|de(?:ep(?:gram\\\\.com|infra\\\\.com|seek\\\\.com)|v\\\\.runwayml\\\\.com)|us\\\\.elevenlabs\\\\.io|fireworks\\\\.ai|g(?:ithubcopilot\\\\.com|roq\\\\.com)|jina\\\\.ai|s(?:mith\\\\.langchain\\\\.com|tability\\\\.ai)|lumalabs\\\\.ai|mistral\\\\.ai|openai\\\\.com|p(?:erplexity\\\\.ai|inecone\\\\.io|ortkey\\\\.ai)|replicate\\\\.com|together\\\\.xyz|voyageai\\\\.com|x\\\\.ai)|-inference\\\\.huggingface\\\\.co|_org_)|ac\\\\.api\\\\.smith\\\\.langchain\\\\.com)|nthropic(?:-(?:ai\\\\/sdk|haystack)|s\\\\/claude-code-(?:action|base-action))|ws(?:-(?:external-anthropic|sdk-bedrock)|\\\\.endpoints\\\\.huggingface\\\\.cloud|_bedrock)|mazon(?:aws\\\\.com|-bedrock-haystack)|zure(?:-(?:ai-inference|open(?:-ai|ai))|_openai_(?:api_key|key)|\\\\.endpoints\\\\.huggingface\\\\.cloud|rm_(?:cognitive_(?:deployment|account)|ai_services))|gent\\\\.deepgram\\\\.com|i(?:platform\\\\.(?:googleapis\\\\.com|mtls\\\\.googleapis\\\\.com)|-gateway\\\\.vercel\\\\.sh|\\\\.mongodb\\\\.com)|sync-openai|e\\\\.api\\\\.openai\\\\.com|utogen-(?:agentchat|core|ext))|A(?:I(?:21_(?:A(?:PI_(?:KEY|HOST|VERSION)|WS_REGION)|TIMEOUT_SEC|NUM_RETRIES|LOG_LEVEL)|za|_GATEWAY_API_KEY)|nthropic\\\\.(?:Bedrock|Vertex|Foundry|SDK)|NTHROPIC_(?:A(?:PI_KEY|UTH_TOKEN|WS_(?:API_KEY|BASE_URL|WORKSPACE_ID))|B(?:ASE_URL|EDROCK_(?:BASE_URL|MANTLE_BASE_URL))|CUSTOM_HEADERS|W(?:EBHOOK_SIGNING_KEY|ORKSPACE_ID)|ORGANIZATION_ID|F(?:EDERATION_RULE_ID|OUNDRY_(?:API_KEY|RESOURCE|BASE_URL))|IDENTITY_TOKEN|GOOGLE_CLOUD_(?:PROJECT|LOCATION|BASE_URL|WORKSPACE_ID)|VERTEX_(?:PROJECT_ID|BASE_URL))|SSEMBLYAI_API_KEY|WS(?:SDK\\\\.Bedrock|_BEARER_TOKEN_BEDROCK|::Bedrock)|BSK|zure\\\\.AI\\\\.(?:OpenAI|Inference)|ZURE_OPENAI_(?:A(?:PI_KEY|D_TOKEN)|ENDPOINT))|@(?:a(?:nthropic-ai\\\\/(?:sdk|bedrock-sdk|vertex-sdk|foundry-sdk|aws-sdk|google-cloud-sdk|claude-(?:agent-sdk|code))|ws-sdk\\\\/client-bedrock|zure(?:\\\\/openai|-rest\\\\/ai-inference)|i-sdk)|c(?:artesia\\\\/cartesia-js|erebras\\\\/cerebras_cloud_sdk)|deepgram\\\\/sdk|elevenlabs\\\\/elevenlabs-js|fal-ai\\\\/(?:client|serverless-client)|g(?:ithub\\\\/copilot|oogle(?:\\\\/gen(?:ai|erative-ai)|-cloud\\\\/(?:vertexai|aiplatform))|enkit-ai)|huggingface\\\\/(?:inference|hub)|l(?:ang(?:fuse|chain)|mstudio\\\\/sdk|lamaindex)|m(?:istralai\\\\/mistralai|astra)|open(?:router\\\\/(?:sdk|ai-sdk-provider)|ai\\\\/agents)|p(?:erplexity-ai\\\\/perplexity_ai|inecone-database\\\\/pinecone)|runwayml\\\\/sdk)|c(?:l(?:aude(?:-agent-sdk|\\\\.googleapis\\\\.com)|oud\\\\.(?:google\\\\.com\\\\/go\\\\/(?:aiplatform|vertexai)|langfuse\\\\.com))|o(?:m\\\\.(?:a(?:nthropic|zure:azure-ai-(?:openai|inference))|cohere:cohere-java|google\\\\.(?:genai:google-genai|ai\\\\.client\\\\.generativeai:generativeai|firebase:firebase-(?:ai|vertexai)|cloud:google-cloud-(?:aiplatform|vertexai))|openai:openai-java|theokanning\\\\.openai-gpt3-java|microsoft\\\\.semantic-kernel)|gnitiveservices\\\\.azure\\\\.com|here|_api_key|pilot-proxy\\\\.githubusercontent\\\\.com|de(?:stral\\\\.mistral\\\\.ai|rabbitai\\\\/ai-pr-reviewer))|ursor\\\\.sh|rewai-tools)|g(?:ithub(?:\\\\.com\\\\/(?:a(?:nthropics\\\\/anthropic-sdk-go|ws\\\\/aws-sdk-go(?:-v2\\\\/service\\\\/bedrock|\\\\/service\\\\/bedrock)|damrushy\\\\/(?:OpenAISwift|openaiswift))|liushuangls\\\\/go-anthropic|A(?:ssemblyAI\\\\/assemblyai-go-sdk|zure\\\\/azure-sdk-for-go\\\\/sdk\\\\/ai\\\\/azopenai)|cohere-ai\\\\/cohere-go|d(?:eepgram\\\\/deepgram-go-sdk|ylanshine\\\\/openai-kit)|g(?:oogle(?:\\\\/generative-ai-(?:go|swift)|-gemini\\\\/generative-ai-swift)|age-technologies\\\\/mistral-go)|hupe1980\\\\/go-huggingface|o(?:llama\\\\/ollama|penai\\\\/openai-go)|sashabaranov\\\\/go-openai|MacPaw\\\\/OpenAI|macpaw\\\\/openai|jamesrochabrun\\\\/(?:SwiftOpenAI|swiftopenai)|OpenRouterTeam\\\\/go-sdk|pinecone-io\\\\/go-pinecone|replicate\\\\/replicate-go|tmc\\\\/langchaingo)|copilot\\\\.com)|oogle(?:-(?:g(?:e(?:n(?:ai|erativeai)|mini-php\\\\/client)|ithub-actions\\\\/run-gemini-cli)|cloud-ai(?:platform|_platform)|ai-(?:gemini|haystack)|vertex-haystack)|\\\\.golang\\\\.org\\\\/genai|\\\\/cloud-ai-platform|_vertex_ai)|e(?:mini-ai|n(?:erativelanguage\\\\.(?:googleapis\\\\.com|mtls\\\\.googleapis\\\\.com)|kitx))|r(?:oq-sdk|pc\\\\.stability\\\\.ai)|sk_|cp\\\\.endpoints\\\\.huggingface\\\\.cloud)|t(?:ryAGI\\\\.Anthropic|ogether(?:-ai|ai-haystack)|gp_v1_|ext-generation-inference)|s(?:k(?:-|_)|t(?:reaming\\\\.assemblyai\\\\.com|ability-(?:ai|sdk))|ync\\\\.assemblyai\\\\.com|oftware\\\\.amazon\\\\.awssdk:bedrock|e(?:rv(?:ices\\\\.ai\\\\.azure\\\\.com|er\\\\.codeium\\\\.com)|mantic-kernel)|\\\\.jina\\\\.ai|vc\\\\.pinecone\\\\.io)|bedrock|v(?:pce\\\\.amazonaws\\\\.com|ertex-ai|oyage-ai|llm-(?:openai|stack))|o(?:pen(?:ai(?:\\\\.(?:AzureOpenAI|azure\\\\.(?:com|us))|-(?:edge|php\\\\/(?:client|laravel|symfony)|agents)|\\\\/codex-action)|router(?:\\\\.ai|-haystack)|-ai)|llama|rg\\\\.springframework\\\\.ai)|m(?:odels\\\\.ai\\\\.azure\\\\.com|istral(?:ai-(?:azure|gcp)|_api_key|\\\\(api_key|-(?:ai|haystack))|anagement-api\\\\.x\\\\.ai)|O(?:PEN(?:AI_(?:A(?:PI_(?:VERSION|KEY)|DMIN_KEY)|ORG_ID|PROJECT_ID|BASE_URL|WEBHOOK_SECRET)|ROUTER_API_KEY)|LLAMA_(?:HOST|API_(?:KEY|BASE)|BASE_URL|URL))|C(?:ARTESIA_(?:API_KEY|BASE_URL|CUSTOM_HEADERS)|EREBRAS_(?:API_KEY|BASE_URL)|O(?:_API_(?:KEY|URL)|HERE_API_KEY)|URSOR_API_KEY|LOUD_ML_REGION)|d(?:e(?:epgram-sdk|v\\\\.langchain4j)|spy-ai)|DEEP(?:GRAM_(?:API_KEY|TOKEN)|INFRA_API_(?:KEY|TOKEN)|SEEK_(?:API_KEY|BASE_URL))|r(?:e(?:s(?:idency\\\\.elevenlabs\\\\.io|t\\\\.fal\\\\.ai)|p\\\\.(?:googleapis\\\\.com|mtls\\\\.googleapis\\\\.com))|outer\\\\.huggingface\\\\.co|\\\\.jina\\\\.ai|uby-openai|8_)|ELEVENLABS_API_KEY|f(?:a(?:l(?:-client|\\\\.run)|rm-haystack)|ire(?:works-ai|base\\\\/(?:ai|vertexai))|reeedcom\\\\/ai-codereviewer)|queue\\\\.fal\\\\.run|F(?:AL_(?:KEY|RUN_HOST|QUEUE_RUN_HOST)|IREWORKS_API_KEY)|G(?:oogle\\\\.(?:GenAI|Cloud\\\\.AIPlatform\\\\.V1)|EMINI_API_KEY|OOGLE_(?:GE(?:MINI_BASE_URL|NAI_USE_(?:VERTEXAI|ENTERPRISE))|VERTEX_BASE_URL)|ROQ_(?:API_KEY|BASE_URL))|h(?:f(?:-hub|_)|ugging(?:-face|face-api-haystack)|aystack-ai)|e(?:ndpoints\\\\.huggingface\\\\.cloud|u\\\\.(?:api\\\\.(?:smith\\\\.langchain\\\\.com|openai\\\\.com)|smith\\\\.langchain\\\\.com))|H(?:F_(?:TOKEN|ENDPOINT|INFERENCE_ENDPOINT)|UGGING(?:_FACE_HUB_TOKEN|FACEHUB_API_TOKEN))|JINA_API_KEY|us\\\\.(?:cloud\\\\.langfuse\\\\.com|api\\\\.openai\\\\.com)|L(?:ANG(?:FUSE_(?:PUBLIC_KEY|SECRET_KEY|HOST|BASE_URL)|SMITH_(?:API_KEY|ENDPOINT|TRACING|PROJECT|WORKSPACE_ID)|CHAIN_(?:API_KEY|ENDPOINT|TRACING_V2))|OCALAI_(?:API_KEY|BASE_URL)|UMAAI_(?:API_KEY|BASE_URL))|l(?:sv2_(?:pt_|sk_)|ang(?:fuse-haystack|chain)|l(?:ama-index|m-(?:anthropic|gemini|mistral|ollama))|ocalai|itellm-helm)|M(?:i(?:stral\\\\.SDK|crosoft\\\\.(?:KernelMemory|SemanticKernel|CognitiveServices\\\\/accounts))|ISTRAL_API_KEY)|i(?:n(?:tegrate\\\\.api\\\\.nvidia\\\\.com|ference\\\\.codeium\\\\.com)|o\\\\.(?:pinecone:pinecone-client|micronaut\\\\.langchain4j|quarkiverse\\\\.langchain4j))|N(?:VIDIA_API_KEY|EXT_PUBLIC_OLLAMA_URL)|Betalgo\\\\.OpenAI|T(?:3BlbkFJ|OGETHER_(?:A(?:PI_KEY|I_API_KEY)|BASE_URL))|P(?:ERPLEXITY_(?:API_KEY|BASE_URL|CUSTOM_HEADERS|LOG)|inecone\\\\.(?:Client|NET)|INECONE_(?:A(?:PI_KEY|DDITIONAL_HEADERS)|ENVIRONMENT|CONTROLLER_HOST)|ORTKEY_(?:API_KEY|PROXY))|p(?:plx-|inecone(?:-(?:client|sdk|haystack)|\\\\.io)|csk_|ortkey-ai|erplexity-haystack|ydantic-ai)|ke\\\\.pinecone\\\\.io|R(?:EPLICATE_API_TOKEN|UNWAYML_(?:API_SECRET|BASE_URL|CUSTOM_HEADERS))|STABILITY_(?:API_KEY|KEY|HOST)|V(?:LLM_API_KEY|OYAGE_(?:API_KEY|LOG))|xai-|XAI_(?:API_KEY|MANAGEMENT_KEY|SDK_DISABLE_TRACING)|jina-haystack|:(?:1(?:234\\\\/(?:v1|api\\\\/v0)|1434)|80(?:80\\\\/generate_stream|00\\\\/v1\\\\/(?:c(?:hat\\\\/completions|ompletions)|embeddings|models))|3000\\\\/generate_stream|4000\\\\/(?:v1\\\\/chat\\\\/completions|chat\\\\/completions)))|(?:^|[^A-Za-z0-9_]|\\\\\\\\[nrt])(?:a(?:i(?:(?![A-Za-z0-9_])|21(?![A-Za-z0-9_])|oboto(?:3(?![A-Za-z0-9_])|core(?![A-Za-z0-9_]))|platform(?:(?![A-Za-z0-9_])|_v1(?:(?![A-Za-z0-9_])|beta1(?![A-Za-z0-9_]))))|nthropi(?:c(?:(?![A-Za-z0-9_])|_(?:sdk_dart(?![A-Za-z0-9_])|haystack(?![A-Za-z0-9_])))|x(?![A-Za-z0-9_]))|s(?:semblyai(?![A-Za-z0-9_])|ync_openai(?![A-Za-z0-9_]))|ws_sdk_bedrock(?:(?![A-Za-z0-9_])|runtime(?![A-Za-z0-9_])|agent(?:(?![A-Za-z0-9_])|runtime(?![A-Za-z0-9_])|core(?:(?![A-Za-z0-9_])|control(?![A-Za-z0-9_])))|dataautomation(?:(?![A-Za-z0-9_])|runtime(?![A-Za-z0-9_])))|zure_(?:ai_inference(?![A-Za-z0-9_])|openai(?![A-Za-z0-9_])|inference(?![A-Za-z0-9_]))|utogen(?:(?![A-Za-z0-9_])|_(?:agentchat(?![A-Za-z0-9_])|core(?![A-Za-z0-9_])|ext(?![A-Za-z0-9_]))|studio(?![A-Za-z0-9_]))|g2(?![A-Za-z0-9_])|mazon_bedrock_haystack(?![A-Za-z0-9_]))|c(?:laude_agent_sdk(?![A-Za-z0-9_])|artesia(?![A-Za-z0-9_])|erebras(?:(?![A-Za-z0-9_])|_cloud_sdk(?![A-Za-z0-9_]))|hat_(?:gpt_sdk(?![A-Za-z0-9_])|models(?![A-Za-z0-9_]))|rewai(?:(?![A-Za-z0-9_])|_tools(?![A-Za-z0-9_]))|ohere_(?:haystack(?![A-Za-z0-9_])|rerank(?![A-Za-z0-9_])))|A(?:nthropi(?:c(?:(?![A-Za-z0-9_])|Bedrock(?:(?![A-Za-z0-9_])|Mantle(?![A-Za-z0-9_]))|Vertex(?![A-Za-z0-9_]))|x(?![A-Za-z0-9_]))|syncA(?:nthropic(?:Bedrock(?:(?![A-Za-z0-9_])|Mantle(?![A-Za-z0-9_]))|Vertex(?![A-Za-z0-9_]))|zureOpenAI(?![A-Za-z0-9_]))|zure(?:OpenAI(?:(?![A-Za-z0-9_])|Embeddings(?![A-Za-z0-9_]))|ChatOpenAI(?![A-Za-z0-9_])|AIInference(?![A-Za-z0-9_]))|IPlatform(?![A-Za-z0-9_]))|S(?:wift(?:Anthropic(?![A-Za-z0-9_])|OpenAI(?![A-Za-z0-9_]))|emanticKernel(?![A-Za-z0-9_]))|b(?:oto(?:3(?![A-Za-z0-9_])|core(?![A-Za-z0-9_]))|edrock(?:runtime(?![A-Za-z0-9_])|agent(?:(?![A-Za-z0-9_])|runtime(?![A-Za-z0-9_])|core(?:(?![A-Za-z0-9_])|control(?![A-Za-z0-9_])))|dataautomation(?:(?![A-Za-z0-9_])|runtime(?![A-Za-z0-9_]))|_(?:converse(?![A-Za-z0-9_])|rerank(?![A-Za-z0-9_]))))|e(?:x_aws_bedrock(?![A-Za-z0-9_])|levenlabs(?![A-Za-z0-9_]))|Bedrock(?:(?![A-Za-z0-9_])|Runtime(?![A-Za-z0-9_])|Agent(?:(?![A-Za-z0-9_])|Runtime(?![A-Za-z0-9_])|Core(?:(?![A-Za-z0-9_])|Control(?![A-Za-z0-9_])))|DataAutomation(?:(?![A-Za-z0-9_])|Runtime(?![A-Za-z0-9_]))|Chat(?![A-Za-z0-9_])|Embeddings(?![A-Za-z0-9_]))|s(?:oftware(?![A-Za-z0-9_])|tability(?:_sdk(?![A-Za-z0-9_])|ai(?![A-Za-z0-9_]))|emantic(?:_kernel(?![A-Za-z0-9_])|kernel(?![A-Za-z0-9_]))|molagents(?![A-Za-z0-9_])|pringframework(?![A-Za-z0-9_]))|in(?:ference(?![A-Za-z0-9_])|structor(?![A-Za-z0-9_]))|o(?:pen(?:ai(?:(?![A-Za-z0-9_])|_(?:ex(?![A-Za-z0-9_])|dart(?![A-Za-z0-9_])|agents(?![A-Za-z0-9_]))|official(?![A-Za-z0-9_]))|router(?:(?![A-Za-z0-9_])|_haystack(?![A-Za-z0-9_])))|llama_(?:dart(?![A-Za-z0-9_])|rs(?![A-Za-z0-9_])|haystack(?![A-Za-z0-9_])))|O(?:pen(?:AI(?:(?![A-Za-z0-9_])|Kit(?![A-Za-z0-9_])|Swift(?![A-Za-z0-9_])|Chat(?![A-Za-z0-9_])|Embeddings(?![A-Za-z0-9_]))|aiEx(?![A-Za-z0-9_]))|llama(?:(?![A-Za-z0-9_])|Sharp(?![A-Za-z0-9_])|Embeddings(?![A-Za-z0-9_])))|Inference(?![A-Za-z0-9_])|d(?:eep(?:gram(?:(?![A-Za-z0-9_])|_sdk(?![A-Za-z0-9_]))|infra(?![A-Za-z0-9_])|seek(?![A-Za-z0-9_]))|art_openai(?![A-Za-z0-9_])|spy(?:(?![A-Za-z0-9_])|_ai(?![A-Za-z0-9_])))|Deep(?:gram(?![A-Za-z0-9_])|Infra(?:(?![A-Za-z0-9_])|Embeddings(?![A-Za-z0-9_])))|f(?:a(?:l(?:(?![A-Za-z0-9_])|_client(?![A-Za-z0-9_]))|rm_haystack(?![A-Za-z0-9_]))|ire(?:works(?:(?![A-Za-z0-9_])|_ai(?![A-Za-z0-9_]))|base(?:(?![A-Za-z0-9_])|_(?:ai(?![A-Za-z0-9_])|vertexai(?![A-Za-z0-9_]))))|lutter_gemini(?![A-Za-z0-9_]))|g(?:oogle(?:_(?:gen(?:ai(?:(?![A-Za-z0-9_])|_haystack(?![A-Za-z0-9_]))|erative(?:ai(?![A-Za-z0-9_])|_ai(?![A-Za-z0-9_])))|cloud_aiplatform(?![A-Za-z0-9_])|ai_haystack(?![A-Za-z0-9_])|vertex_haystack(?![A-Za-z0-9_])|palm(?![A-Za-z0-9_]))|ai_dart(?![A-Za-z0-9_]))|e(?:n(?:ai(?![A-Za-z0-9_])|erativeai(?![A-Za-z0-9_])|kit(?![A-Za-z0-9_]))|mini(?![A-Za-z0-9_]))|roq(?![A-Za-z0-9_]))|G(?:enAI(?![A-Za-z0-9_])|oogle(?:GenerativeAI(?![A-Za-z0-9_])|Palm(?:(?![A-Za-z0-9_])|Embeddings(?![A-Za-z0-9_]))))|Fire(?:base(?:AI(?![A-Za-z0-9_])|VertexAI(?![A-Za-z0-9_]))|works(?![A-Za-z0-9_]))|v(?:e(?:rtex(?:ai(?![A-Za-z0-9_])|_ai(?![A-Za-z0-9_]))|ctor_stores(?![A-Za-z0-9_]))|oyageai(?:(?![A-Za-z0-9_])|_rerank(?![A-Za-z0-9_])))|h(?:uggingface(?:(?![A-Za-z0-9_])|_(?:hub(?![A-Za-z0-9_])|api(?:(?![A-Za-z0-9_])|_haystack(?![A-Za-z0-9_]))|endpoint(?![A-Za-z0-9_])))|f_hub(?![A-Za-z0-9_])|aystack(?:(?![A-Za-z0-9_])|_(?:ai(?![A-Za-z0-9_])|integrations(?![A-Za-z0-9_]))))|l(?:ang(?:fuse(?:(?![A-Za-z0-9_])|_haystack(?![A-Za-z0-9_]))|smith(?![A-Za-z0-9_])|chain(?:_(?:c(?:o(?:re(?![A-Za-z0-9_])|mmunity(?![A-Za-z0-9_])|here(?![A-Za-z0-9_]))|lassic(?![A-Za-z0-9_]))|t(?:ext_splitters(?![A-Za-z0-9_])|ogether(?![A-Za-z0-9_]))|o(?:pen(?:ai(?![A-Za-z0-9_])|router(?![A-Za-z0-9_]))|llama(?![A-Za-z0-9_]))|a(?:zure_ai(?![A-Za-z0-9_])|nthropic(?![A-Za-z0-9_])|ws(?![A-Za-z0-9_])|i21(?![A-Za-z0-9_]))|g(?:oogle(?:(?![A-Za-z0-9_])|_(?:genai(?![A-Za-z0-9_])|vertexai(?![A-Za-z0-9_])))|roq(?![A-Za-z0-9_]))|mistralai(?![A-Za-z0-9_])|deep(?:seek(?![A-Za-z0-9_])|infra(?![A-Za-z0-9_]))|p(?:erplexity(?![A-Za-z0-9_])|inecone(?![A-Za-z0-9_]))|xai(?![A-Za-z0-9_])|fire(?:works(?![A-Za-z0-9_])|base(?![A-Za-z0-9_]))|voyageai(?![A-Za-z0-9_])|huggingface(?![A-Za-z0-9_]))|4j(?![A-Za-z0-9_])|rb(?:(?![A-Za-z0-9_])|_rails(?![A-Za-z0-9_])))|graph(?![A-Za-z0-9_]))|mstudio(?![A-Za-z0-9_])|umaai(?![A-Za-z0-9_])|itellm(?![A-Za-z0-9_])|l(?:ama(?:_index(?:(?![A-Za-z0-9_])|_(?:core(?![A-Za-z0-9_])|llms_(?:o(?:pen(?:ai(?![A-Za-z0-9_])|router(?![A-Za-z0-9_]))|llama(?![A-Za-z0-9_]))|a(?:zure_(?:openai(?![A-Za-z0-9_])|inference(?![A-Za-z0-9_]))|nthropic(?![A-Za-z0-9_])|i21(?![A-Za-z0-9_]))|g(?:emini(?![A-Za-z0-9_])|oogle_genai(?![A-Za-z0-9_])|roq(?![A-Za-z0-9_]))|vertex(?![A-Za-z0-9_])|bedrock(?:(?![A-Za-z0-9_])|_converse(?![A-Za-z0-9_]))|cohere(?![A-Za-z0-9_])|mistralai(?![A-Za-z0-9_])|huggingface_api(?![A-Za-z0-9_])|replicate(?![A-Za-z0-9_])|together(?![A-Za-z0-9_])|deep(?:seek(?![A-Za-z0-9_])|infra(?![A-Za-z0-9_]))|perplexity(?![A-Za-z0-9_])|fireworks(?![A-Za-z0-9_]))|embeddings_(?:o(?:penai(?![A-Za-z0-9_])|llama(?![A-Za-z0-9_]))|azure_(?:openai(?![A-Za-z0-9_])|inference(?![A-Za-z0-9_]))|g(?:emini(?![A-Za-z0-9_])|oogle_genai(?![A-Za-z0-9_]))|v(?:ertex(?![A-Za-z0-9_])|oyageai(?![A-Za-z0-9_]))|bedrock(?![A-Za-z0-9_])|cohere(?![A-Za-z0-9_])|mistralai(?![A-Za-z0-9_])|huggingface_api(?![A-Za-z0-9_])|together(?![A-Za-z0-9_])|fireworks(?![A-Za-z0-9_])|deepinfra(?![A-Za-z0-9_])|jinaai(?![A-Za-z0-9_]))|multi_modal_llms_(?:o(?:penai(?![A-Za-z0-9_])|llama(?![A-Za-z0-9_]))|a(?:zure_openai(?![A-Za-z0-9_])|nthropic(?![A-Za-z0-9_]))|gemini(?![A-Za-z0-9_])|bedrock(?![A-Za-z0-9_])|mistralai(?![A-Za-z0-9_])|replicate(?![A-Za-z0-9_]))|postprocessor_(?:bedrock_rerank(?![A-Za-z0-9_])|cohere_rerank(?![A-Za-z0-9_])|voyageai_rerank(?![A-Za-z0-9_])|jinaai_rerank(?![A-Za-z0-9_])|pinecone_native_rerank(?![A-Za-z0-9_]))|vector_stores_pinecone(?![A-Za-z0-9_])))|index(?![A-Za-z0-9_]))|m(?:(?![A-Za-z0-9_])|_(?:anthropic(?![A-Za-z0-9_])|gemini(?![A-Za-z0-9_])|mistral(?![A-Za-z0-9_])|ollama(?![A-Za-z0-9_])))))|m(?:istral(?:ai(?:(?![A-Za-z0-9_])|_(?:azure(?![A-Za-z0-9_])|gcp(?![A-Za-z0-9_])|dart(?![A-Za-z0-9_])))|_haystack(?![A-Za-z0-9_]))|ulti_modal_llms(?![A-Za-z0-9_])|astra(?![A-Za-z0-9_]))|Mistral(?![A-Za-z0-9_])|t(?:heokanning(?![A-Za-z0-9_])|ogether(?:(?![A-Za-z0-9_])|ai_haystack(?![A-Za-z0-9_])))|p(?:erplexity(?:(?![A-Za-z0-9_])|ai(?![A-Za-z0-9_])|_haystack(?![A-Za-z0-9_]))|inecone(?:(?![A-Za-z0-9_])|_(?:client(?![A-Za-z0-9_])|sdk(?![A-Za-z0-9_])|haystack(?![A-Za-z0-9_])|native_rerank(?![A-Za-z0-9_])))|ortkey_ai(?![A-Za-z0-9_])|y(?:autogen(?![A-Za-z0-9_])|dantic_ai(?:(?![A-Za-z0-9_])|_slim(?![A-Za-z0-9_]))))|Pinecone(?![A-Za-z0-9_])|r(?:eplicate(?![A-Za-z0-9_])|unwayml(?![A-Za-z0-9_]))|xai_sdk(?![A-Za-z0-9_])|jina(?:_haystack(?![A-Za-z0-9_])|ai_rerank(?![A-Za-z0-9_]))|KernelMemory(?![A-Za-z0-9_])|LangChain(?![A-Za-z0-9_])|C(?:hat(?:A(?:nthropic(?![A-Za-z0-9_])|zureOpenAI(?![A-Za-z0-9_])|wsMantle(?![A-Za-z0-9_]))|Google(?:Palm(?![A-Za-z0-9_])|AI(?![A-Za-z0-9_]))|VertexAI(?![A-Za-z0-9_])|Perplexity(?![A-Za-z0-9_])|Fireworks(?![A-Za-z0-9_])|Deep(?:Infra(?![A-Za-z0-9_])|Seek(?![A-Za-z0-9_]))|O(?:penAI(?:(?![A-Za-z0-9_])|Responses(?![A-Za-z0-9_]))|llamaAI(?![A-Za-z0-9_]))|M(?:istralAI(?![A-Za-z0-9_])|odels(?![A-Za-z0-9_])))|ohereEmbeddings(?![A-Za-z0-9_]))|V(?:ertexAI(?:ModelGarden(?![A-Za-z0-9_])|Embeddings(?![A-Za-z0-9_]))|oyageEmbeddings(?![A-Za-z0-9_]))|HuggingFace(?:Endpoint(?![A-Za-z0-9_])|Hub(?:(?![A-Za-z0-9_])|Embeddings(?![A-Za-z0-9_]))|InferenceAPIEmbeddings(?![A-Za-z0-9_]))|Replicate(?![A-Za-z0-9_])|JinaEmbeddings(?![A-Za-z0-9_]))"}');

// src/catalog/patterns.ts
var escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function globToRegExp(glob) {
  const source = glob.split("").map((c) => c === "*" ? ".*" : c === "?" ? "." : escapeRegExp(c)).join("");
  return new RegExp(`^${source}$`, "i");
}
function trie(tokens) {
  const root = /* @__PURE__ */ new Map();
  for (const t of tokens) {
    let node = root;
    for (const ch of t) {
      let next = node.get(ch);
      if (!next) node.set(ch, next = /* @__PURE__ */ new Map());
      node = next;
    }
    node.end = true;
  }
  return root;
}
var WORD_START = String.raw`(?:^|[^A-Za-z0-9_]|\\[nrt])`;
var WORD_END = "(?![A-Za-z0-9_])";
function tokenRegExp(tokens, words = []) {
  const emit = (node, bounded2) => {
    const branches = [...node.entries()].map(([ch, child]) => escapeRegExp(ch) + emit(child, bounded2));
    if (node.end) {
      if (!bounded2) return "";
      branches.unshift(WORD_END);
    }
    if (branches.length === 1) return branches[0];
    return `(?:${branches.join("|")})`;
  };
  const plain = trie(tokens);
  const bounded = trie(words);
  const parts = [...plain.size ? [emit(plain, false)] : [], ...bounded.size ? [WORD_START + emit(bounded, true)] : []];
  return new RegExp(parts.length ? parts.join("|") : "(?!)");
}

// src/catalog/hosts.ts
function compileHost(spec, vendor) {
  const s = typeof spec === "string" ? { host: spec } : spec;
  let hasRegion = false;
  const source = s.host.split(/(<[a-z]+>)/).map((part) => {
    if (part === "<region>") {
      hasRegion = true;
      return "([a-z0-9-]{2,40})";
    }
    if (/^<[a-z]+>$/.test(part)) return "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
    return escapeRegExp(part);
  }).join("");
  const regex = new RegExp(`^${source}$`);
  const literal = s.host.replace(/<[a-z]+>/g, " ");
  const token = literal.split(" ").sort((a, b) => b.length - a.length)[0].replace(/^[.-]+|[.-]+$/g, "");
  const pathPrefix = s.path;
  const last = s.host.slice(s.host.lastIndexOf(".") + 1);
  return {
    specificity: literal.replace(/ /g, "").length + (pathPrefix ? 100 : 0),
    token,
    .../^[a-z0-9-]+$/.test(last) ? { tld: last } : {},
    match(host, path) {
      const m = regex.exec(host);
      if (!m) return void 0;
      if (pathPrefix && !path.startsWith(pathPrefix)) return void 0;
      const region = s.region ?? (hasRegion ? m[1] : void 0);
      return region ? { vendor, host, region } : { vendor, host };
    }
  };
}

// src/catalog/selectors.ts
function compileSelectors(source, tokens) {
  const bySdk = /* @__PURE__ */ new Map();
  const byEnv = /* @__PURE__ */ new Map();
  const byPort = /* @__PURE__ */ new Map();
  const add = (s) => {
    (bySdk.get(s.sdk) ?? bySdk.set(s.sdk, []).get(s.sdk)).push(s);
    if (s.kind === "env") {
      (byEnv.get(s.value) ?? byEnv.set(s.value, []).get(s.value)).push(s);
      tokens.add(s.value);
    }
  };
  const addEndpoint = (e) => {
    (byPort.get(e.port) ?? byPort.set(e.port, []).get(e.port)).push(e);
    if (e.anyHost) tokens.add(`:${e.port}`);
    for (const p of e.paths) tokens.add(`:${e.port}${p}`);
  };
  for (const v of source.vendors) {
    for (const s of v["selected-by"] ?? []) {
      const kind = s.name !== void 0 ? "name" : s.switch !== void 0 ? "switch" : "env";
      const value = s.name ?? s.switch?.toLowerCase() ?? s.env;
      const sel = { vendor: v.id, sdk: s.sdk, kind, value };
      if (s.switch !== void 0 && s.values) sel.values = s.values.map((x) => x.toLowerCase());
      if (s.languages) sel.languages = s.languages;
      add(sel);
    }
    for (const e of v["local-endpoints"] ?? []) addEndpoint({ vendor: v.id, port: e.port, paths: e.paths ?? [], anyHost: e["any-host"] ?? false, baseUrl: e["base-url"] ?? true });
  }
  for (const f of source.frameworks) {
    for (const p of f.providers ?? []) {
      for (const name of p.names ?? []) add({ vendor: p.vendor, sdk: f.id, framework: f.id, kind: "name", value: name });
    }
    for (const e of f["local-endpoints"] ?? []) addEndpoint({ framework: f.id, port: e.port, paths: e.paths ?? [], anyHost: e["any-host"] ?? false, baseUrl: e["base-url"] ?? true });
  }
  return { bySdk, byEnv, byPort };
}

// src/catalog/tools.ts
var escape2 = (s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
function pathPatternSource(pattern) {
  let p = pattern;
  const dir = p.endsWith("/");
  if (dir) p = p.slice(0, -1);
  const anywhere = p.startsWith("**/") || !p.includes("/");
  p = p.replace(/^\*\*\//, "").replace(/^\//, "");
  const body = p.split("**").map((part) => escape2(part).replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]")).join(".*");
  return `${anywhere ? "(?:.*/)?" : ""}${body}${dir ? "/.+" : ""}`;
}
function literalOf(pattern) {
  const parts = pattern.replace(/^\*\*\//, "").replace(/^\//, "").split(/[*?]+/);
  return parts.reduce((best, p) => p.length > best.length ? p : best, "");
}
function identityRegExp(glob) {
  return new RegExp(`^${glob.split("*").map(escape2).join(".*")}$`, "i");
}
function identityMatcher(specs) {
  const rules = (specs ?? []).map((s) => ({ name: s.name ? identityRegExp(s.name) : void 0, email: s.email ? identityRegExp(s.email) : void 0 }));
  return (p) => rules.some((r) => (!r.name || r.name.test(p.name.trim())) && (!r.email || r.email.test(p.email.trim())));
}
function bareLine(line) {
  return line.trimStart().replace(new RegExp("^\\p{Extended_Pictographic}\\uFE0F?\\s*", "u"), "");
}
function compileTools(specs) {
  const paths = [];
  const actions = /* @__PURE__ */ new Map();
  const packages = /* @__PURE__ */ new Map();
  const commitRules = [];
  for (const t of specs) {
    const mcp = new Set(t.mcp ?? []);
    for (const p of /* @__PURE__ */ new Set([...t.config ?? [], ...mcp])) paths.push({ tool: t.id, mcp: mcp.has(p), regex: new RegExp(`^${pathPatternSource(p)}$`) });
    for (const a of t.actions ?? []) actions.set(a.toLowerCase(), t.id);
    for (const [eco, list] of Object.entries(t.packages ?? {})) {
      for (const spec of list) {
        const key = `${eco}\0${normalizePackage(eco, typeof spec === "string" ? spec : spec.name)}`;
        packages.set(key, [...packages.get(key) ?? [], t.id]);
      }
    }
    if (t.commits) {
      commitRules.push({
        tool: t.id,
        coAuthor: identityMatcher(t.commits["co-authors"]),
        person: identityMatcher(t.commits.authors),
        lines: (t.commits["message-lines"] ?? []).map(bareLine)
      });
    }
  }
  const patterns = [...new Set(specs.flatMap((t) => [...t.config ?? [], ...t.mcp ?? []]))];
  const plainName = (p) => !/[/*?]/.test(p);
  const names = new Set(patterns.filter(plainName));
  const rest = patterns.filter((p) => !plainName(p));
  const hiddenOnly = rest.every((p) => p.replace(/^\*\*\//, "").replace(/^\//, "").startsWith("."));
  let literals;
  const any = {
    test(path) {
      if (names.has(path.slice(path.lastIndexOf("/") + 1))) return true;
      if (rest.length === 0) return false;
      return hiddenOnly ? path.startsWith(".") || path.includes("/.") : (literals ??= tokenRegExp(rest.map(literalOf))).test(path);
    }
  };
  return {
    specs: new Map(specs.map((t) => [t.id, t])),
    matchPath(path) {
      if (!any.test(path)) return [];
      const out = [];
      for (const p of paths) {
        if (!p.regex.test(path)) continue;
        const seen = out.find((o) => o.tool === p.tool);
        if (seen) seen.mcp ||= p.mcp;
        else out.push({ tool: p.tool, mcp: p.mcp });
      }
      return out;
    },
    lookupAction(uses) {
      const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)(?:\/[^@\s]*)?(?:@\S*)?$/.exec(uses.trim());
      return m ? actions.get(`${m[1]}/${m[2]}`.toLowerCase()) : void 0;
    },
    lookupPackage: (ecosystem, name) => packages.get(`${ecosystem}\0${normalizePackage(ecosystem, name)}`) ?? [],
    matchCommit(commit) {
      const lines = commit.lines.filter((l) => !l.trimStart().startsWith(">")).map(bareLine);
      return commitRules.filter((r) => commit.coAuthors.some(r.coAuthor) || commit.people.some(r.person) || r.lines.some((s) => lines.some((l) => l.startsWith(s)))).map((r) => r.tool);
    }
  };
}

// src/catalog/compile.ts
function imageName(ref) {
  let s = ref.trim().toLowerCase();
  const at = s.indexOf("@");
  if (at >= 0) s = s.slice(0, at);
  const slash = s.lastIndexOf("/");
  const colon = s.lastIndexOf(":");
  if (colon > slash) s = s.slice(0, colon);
  s = s.replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io|registry\.hub\.docker\.com)\//, "");
  s = s.replace(/^library\//, "");
  return s;
}
function normalizePackage(ecosystem, name) {
  switch (ecosystem) {
    case "pypi":
      return name.toLowerCase().replace(/[-_.]+/g, "-");
    // PEP 503
    case "nuget":
    case "composer":
    case "maven":
      return name.toLowerCase();
    case "swiftpm":
      return swiftpmIdentity(name);
    default:
      return name;
  }
}
function swiftpmIdentity(url) {
  let s = url.trim().toLowerCase();
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, "");
  s = s.replace(/^[^/@]*@/, "");
  s = s.replace(/^([^/:]+):(?!\d)/, "$1/");
  const trim = () => {
    while (s.endsWith("/")) s = s.slice(0, -1);
  };
  trim();
  if (s.endsWith(".git")) s = s.slice(0, -4);
  trim();
  return s;
}
var LANGUAGE_OF = {
  npm: "js",
  pypi: "python",
  go: "go",
  maven: "java",
  nuget: "csharp",
  rubygems: "ruby",
  composer: "php",
  cargo: "rust",
  hex: "elixir",
  pub: "dart",
  swiftpm: "swift"
};
var DERIVED_IMPORT = {
  pypi: (name) => name.replace(/-/g, "_").toLowerCase(),
  cargo: (name) => name.replace(/-/g, "_"),
  rubygems: (name) => name,
  pub: (name) => name
  // `import 'package:<name>/…'`
};
var IMPORT_ECOSYSTEM = {
  python: "pypi",
  js: "npm",
  go: "go"
};
var COMMON_SEGMENTS = /* @__PURE__ */ new Set([
  "ai",
  "api",
  "apis",
  "aws",
  "azure",
  "client",
  "clients",
  "cloud",
  "com",
  "components",
  "core",
  "dev",
  "embedding",
  "embeddings",
  "generators",
  "google",
  "inference",
  "integrations",
  "io",
  "llm",
  "llms",
  "microsoft",
  "model",
  "models",
  "net",
  "org",
  "sdk",
  "services",
  "types",
  "utils",
  "v1",
  "v2"
]);
function importToken(language, root) {
  if (language === "js") return root;
  const parts = root.split(/[./\\:]/).filter(Boolean);
  if (parts.length <= 1) return parts[0] ?? root;
  const pool = parts.some((p) => !COMMON_SEGMENTS.has(p.toLowerCase())) ? parts.filter((p) => !COMMON_SEGMENTS.has(p.toLowerCase())) : parts;
  return pool.reduce((best, p) => p.length >= best.length ? p : best);
}
function specName(spec) {
  return typeof spec === "string" ? spec : spec.name;
}
function versionAllows(range, version) {
  if (!range || !version) return true;
  const major = Number(/\d+/.exec(version)?.[0]);
  if (!Number.isFinite(major)) return true;
  return range.split(/\s+/).every((part) => {
    const m = /^(>=|<=|>|<|=)?(\d+)/.exec(part);
    if (!m) return true;
    const bound = Number(m[2]);
    switch (m[1]) {
      case ">=":
        return major >= bound;
      case ">":
        return major > bound;
      case "<=":
        return major <= bound;
      case "<":
        return major < bound;
      default:
        return major === bound;
    }
  });
}
function compileCatalog(source, version, prefilter) {
  const packages = /* @__PURE__ */ new Map();
  const imports = /* @__PURE__ */ new Map();
  const hosts = [];
  const env = /* @__PURE__ */ new Map();
  const models = /* @__PURE__ */ new Map();
  const keyRules = [];
  const tokens = /* @__PURE__ */ new Set();
  const names = /* @__PURE__ */ new Set();
  const collect = prefilter === void 0;
  const addName = (name) => collect && (/^[A-Za-z0-9_]+$/.test(name) ? names : tokens).add(name);
  const addImport = (language, root, target) => {
    let index = imports.get(language);
    if (!index) imports.set(language, index = /* @__PURE__ */ new Map());
    const list = index.get(root) ?? [];
    if (!list.some((t) => t.vendor === target.vendor && t.framework === target.framework)) list.push(target);
    index.set(root, list);
    if (collect) addName(importToken(language, root));
  };
  const addPackages = (specs, base) => {
    for (const [eco, list] of Object.entries(specs ?? {})) {
      let index = packages.get(eco);
      if (!index) packages.set(eco, index = { exact: /* @__PURE__ */ new Map(), prefix: [] });
      for (const spec of list) {
        const name = specName(spec);
        const target = { ...base, name };
        if (typeof spec !== "string") {
          if (spec["requires-literal"]) target.requiresLiteral = spec["requires-literal"];
          if (spec.versions) target.versions = spec.versions;
          for (const literal of spec["requires-literal"] ?? []) tokens.add(literal);
        }
        if (name.endsWith("*")) {
          const prefix = normalizePackage(eco, name.slice(0, -1));
          index.prefix.push({ prefix, target });
          tokens.add(name.slice(0, -1).replace(/[/:.*-]+$/, ""));
        } else {
          const key = normalizePackage(eco, name);
          index.exact.set(key, [...index.exact.get(key) ?? [], target]);
          addName(name);
          if (eco === "pypi") addName(name.replace(/-/g, "_"));
          if (eco === "swiftpm") addName(name.toLowerCase());
        }
        const lang = LANGUAGE_OF[eco];
        if (typeof spec !== "string" && spec.imports) {
          for (const root of spec.imports) addImport(lang, root, target);
        } else if (!name.endsWith("*")) {
          const derived = DERIVED_IMPORT[eco]?.(name);
          if (derived) addImport(lang, derived, target);
        }
      }
    }
  };
  const vendors = new Map(source.vendors.map((v) => [v.id, v]));
  const regionPatterns = source.vendors.flatMap((v) => v["region-pattern"] ? [new RegExp(v["region-pattern"])] : []);
  const flavours = /* @__PURE__ */ new Map();
  for (const v of source.vendors) {
    for (const [sdk, names2] of Object.entries(v["sdk-of"] ?? {})) for (const n of names2) flavours.set(n, { cloud: v.id, sdk });
  }
  const frameworks = new Map(source.frameworks.map((f) => [f.id, f]));
  for (const v of source.vendors) {
    addPackages(v.packages, { vendor: v.id });
    for (const [lang, roots] of Object.entries(v.imports ?? {})) {
      for (const root of roots) addImport(lang, root, { vendor: v.id, name: root });
    }
    for (const h of v.hosts ?? []) {
      const matcher = compileHost(h, v.id);
      hosts.push(matcher);
      tokens.add(matcher.token);
    }
    for (const name of v.env ?? []) {
      env.set(name, v.id);
      tokens.add(name);
    }
    models.set(v.id, (v.models ?? []).map((g) => globToRegExp(g)));
    for (const k of v.keys ?? []) {
      keyRules.push({
        id: k.id,
        vendor: v.id,
        regex: new RegExp(k.pattern, `g${k.flags ?? ""}`),
        keywords: k.keywords.map((w) => w.toLowerCase()),
        context: (k.context ?? []).map((w) => w.toLowerCase()),
        requiresVendorEvidence: k["requires-vendor-evidence"] ?? false
      });
      for (const w of k.keywords) tokens.add(w);
    }
  }
  const properties = /* @__PURE__ */ new Map();
  for (const f of source.frameworks) {
    for (const p of f.providers ?? []) {
      for (const prefix of p.properties ?? []) {
        properties.set(normalizeProperty(prefix), { vendor: p.vendor, framework: f.id, prefix });
        const last = prefix.slice(prefix.lastIndexOf(".") + 1);
        addName(last);
      }
    }
  }
  for (const f of source.frameworks) {
    addPackages(f.packages, { framework: f.id });
    for (const [lang, roots] of Object.entries(f.imports ?? {})) {
      for (const root of roots) addImport(lang, root, { framework: f.id, name: root });
    }
    for (const p of f.providers ?? []) {
      addPackages(p.packages, { vendor: p.vendor, framework: f.id });
      for (const [lang, roots] of Object.entries(p.imports ?? {})) {
        for (const root of roots) addImport(lang, root, { vendor: p.vendor, framework: f.id, name: root });
      }
    }
  }
  const iac = compileIac(source, tokens);
  const selectors = compileSelectors(source, tokens);
  hosts.sort((a, b) => b.specificity - a.specificity);
  const anyTld = hosts.filter((m) => m.tld === void 0);
  const hostsByTld = /* @__PURE__ */ new Map();
  for (const m of hosts) if (m.tld !== void 0) hostsByTld.set(m.tld, []);
  for (const m of hosts) {
    if (m.tld !== void 0) hostsByTld.get(m.tld).push(m);
    else for (const list of hostsByTld.values()) list.push(m);
  }
  const lookupPackage = (ecosystem, name, version2) => {
    const index = packages.get(ecosystem);
    if (!index) return [];
    const key = normalizePackage(ecosystem, name);
    const exact = index.exact.get(key);
    let found;
    if (exact) {
      found = exact;
    } else if (ecosystem === "go") {
      const hits = [...index.exact.entries()].filter(([p]) => key.startsWith(p + "/"));
      hits.sort((a, b) => b[0].length - a[0].length);
      found = hits[0]?.[1] ?? [];
    } else {
      found = [];
    }
    if (found.length === 0) {
      const pre = index.prefix.filter((p) => key.startsWith(p.prefix)).map((p) => ({ ...p.target, name }));
      found = pre;
    }
    return found.filter((t) => versionAllows(t.versions, version2));
  };
  const importMemo = /* @__PURE__ */ new Map();
  const lookupImport = (language, specifier) => {
    const key = `${language}\0${specifier}`;
    let hit = importMemo.get(key);
    if (!hit) {
      if (importMemo.size >= 5e4) importMemo.clear();
      importMemo.set(key, hit = resolveImport(language, specifier));
    }
    return hit;
  };
  const resolveImport = (language, specifier) => {
    const eco = IMPORT_ECOSYSTEM[language];
    const index = imports.get(language);
    if (language === "js") {
      const name = jsPackageName(specifier);
      if (!name) return [];
      const extra = index?.get(name) ?? [];
      const subpath = specifier !== name ? index?.get(specifier) ?? [] : [];
      return [...lookupPackage("npm", name), ...extra, ...subpath];
    }
    if (language === "go") return lookupPackage("go", specifier);
    const sep = language === "php" || language === "csharp" && specifier.includes("\\") ? "\\" : language === "rust" ? "::" : ".";
    const parts = specifier.split(sep === "." ? /[./]/ : sep);
    for (let n = parts.length; n > 0; n--) {
      const root = parts.slice(0, n).join(sep === "." ? "." : sep);
      const hit = index?.get(root) ?? (language === "python" ? void 0 : index?.get(root.toLowerCase()));
      if (hit) return hit;
    }
    if (eco && eco !== "pypi") return lookupPackage(eco, specifier);
    return [];
  };
  const matchHost = (host, path = "") => {
    const h = host.toLowerCase().replace(/\.$/, "");
    for (const m of hostsByTld.get(h.slice(h.lastIndexOf(".") + 1)) ?? anyTld) {
      const r = m.match(h, path);
      if (r) return r;
    }
    return void 0;
  };
  const prefilterTokens = [...tokens].filter((t) => t.length >= 3);
  const prefilterNames = [...names].filter((t) => t.length >= 2 && !tokens.has(t));
  return {
    version,
    vendors,
    frameworks,
    keyRules,
    prefilter: prefilter !== void 0 ? new RegExp(prefilter) : tokenRegExp(prefilterTokens, prefilterNames),
    lookupPackage,
    lookupImport,
    matchHost,
    lookupEnv: (name) => env.get(name),
    matchesModel: (vendor, model) => (models.get(vendor) ?? []).some((r) => r.test(model)),
    flavourOf: (name) => flavours.get(name),
    lookupProperty: (key) => {
      const parts = normalizeProperty(key).split(".");
      for (let n = parts.length - 1; n > 0; n--) {
        const hit = properties.get(parts.slice(0, n).join("."));
        if (hit) return hit;
      }
      return void 0;
    },
    isRegionName: (value) => regionPatterns.some((r) => r.test(value)),
    modelGeo: (model) => {
      const dot = model.indexOf(".");
      if (dot <= 0) return void 0;
      const prefix = model.slice(0, dot);
      for (const v of source.vendors) {
        if (v["model-geo-prefixes"]?.includes(prefix) && (models.get(v.id) ?? []).some((r) => r.test(model))) return { vendor: v.id, region: prefix };
      }
      return void 0;
    },
    regionFits: (vendor, region) => {
      const pattern = vendors.get(vendor)?.["region-pattern"];
      return pattern ? new RegExp(pattern).test(region) : true;
    },
    iac,
    selectors,
    tools: compileTools(source.tools ?? [])
  };
}
function compileIac(source, tokens) {
  const iacTypes = {
    terraform: [],
    cloudformation: [],
    arm: []
  };
  const images = /* @__PURE__ */ new Map();
  const charts = /* @__PURE__ */ new Map();
  const actions = /* @__PURE__ */ new Map();
  const routes = /* @__PURE__ */ new Map();
  const addRoutes = (id, r) => {
    if (!r) return;
    routes.set(id, new Map(Object.entries(r).map(([k, v]) => [k.toLowerCase(), v])));
  };
  for (const v of source.vendors) {
    for (const format of ["terraform", "cloudformation", "arm"]) {
      for (const spec of v.iac?.[format] ?? []) {
        const type = typeof spec === "string" ? spec : spec.type;
        const prefix = type.endsWith("*");
        const pattern = (prefix ? type.slice(0, -1) : type).toLowerCase();
        const target = { vendor: v.id, pattern: type };
        if (typeof spec !== "string" && spec.where) target.where = spec.where;
        iacTypes[format].push({ pattern, prefix, target });
        tokens.add((prefix ? type.slice(0, -1) : type).replace(/[:_/.]+$/, ""));
      }
    }
    for (const image of v["docker-images"] ?? []) {
      images.set(imageName(image), v.id);
      tokens.add(image.slice(image.lastIndexOf("/") + 1));
    }
    for (const chart of v["helm-charts"] ?? []) {
      charts.set(chart.toLowerCase(), { vendor: v.id });
      tokens.add(chart);
    }
    for (const spec of v.actions ?? []) {
      const name = typeof spec === "string" ? spec : spec.name;
      const target = { vendor: v.id, name };
      if (typeof spec !== "string" && spec.inputs) target.inputs = spec.inputs;
      actions.set(name.toLowerCase(), target);
      tokens.add(name);
    }
    addRoutes(v.id, v["gateway-routes"]);
  }
  for (const f of source.frameworks) {
    addRoutes(f.id, f["gateway-routes"]);
    for (const chart of f["helm-charts"] ?? []) {
      charts.set(chart.toLowerCase(), { framework: f.id });
      tokens.add(chart);
    }
  }
  return {
    lookupIac(format, type) {
      const t = type.toLowerCase();
      return iacTypes[format].filter((e) => e.prefix ? t.startsWith(e.pattern) : t === e.pattern).map((e) => e.target);
    },
    lookupImage(ref) {
      const name = imageName(ref);
      const vendor = images.get(name);
      return vendor ? { vendor, image: name } : void 0;
    },
    lookupHelmChart: (name) => charts.get(name.trim().toLowerCase()),
    lookupAction(uses) {
      const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)(?:\/[^@\s]*)?(?:@\S*)?$/.exec(uses.trim());
      return m ? actions.get(`${m[1]}/${m[2]}`.toLowerCase()) : void 0;
    },
    gatewayRoute: (gateway, prefix) => routes.get(gateway)?.get(prefix.toLowerCase()),
    gateways: [...routes.keys()].sort(),
    pathRouters: new Map(source.vendors.flatMap((v) => (v["route-by-path"] ?? []).map((h) => [h, v.id])))
  };
}
function normalizeProperty(key) {
  return key.replace(/^%[\w-]+\./, "").replace(/\[(\w+)\]/g, ".$1").toLowerCase().replace(/[-_]/g, "");
}
function jsPackageName(specifier) {
  if (!specifier || /^[./]|^[a-z]+:/i.test(specifier) || specifier.startsWith("#")) return void 0;
  const parts = specifier.split("/");
  if (specifier.startsWith("@")) return parts.length >= 2 ? `${parts[0]}/${parts[1]}` : void 0;
  return parts[0];
}

// src/catalog/redos.ts
var ALPHABET = ["a", "A", "0", "f", "-", "_", "/", "+", "=", ".", " ", ":"];
function adversarialInputs(prefixes, length) {
  const out = [];
  for (const prefix of ["", ...prefixes]) {
    for (const c of ALPHABET) out.push(prefix + c.repeat(length) + "");
    out.push(prefix + "aA0-".repeat(length / 4) + "");
  }
  return out;
}
function lengths(max, jump = false) {
  const out = [8, 12, 16, 20, 24, 28, 32];
  if (!jump) for (let n = 64; n < max; n *= 2) out.push(n);
  out.push(max);
  return out;
}
function slowestRun(regex, prefixes, maxLength, budgetMs, jump = false) {
  const re = new RegExp(regex.source, regex.flags.includes("g") ? regex.flags : `${regex.flags}g`);
  let worst = 0;
  for (const n of lengths(maxLength, jump)) {
    for (const input of adversarialInputs(prefixes, n)) {
      const t0 = process.cpuUsage();
      re.lastIndex = 0;
      for (const _ of input.matchAll(re)) ;
      const used = process.cpuUsage(t0);
      worst = Math.max(worst, (used.user + used.system) / 1e3);
      if (worst > budgetMs) return worst;
    }
  }
  return worst;
}
var LOAD_CHECK = { length: 5e3, budgetMs: 50 };
function backtrackingProblem(regex, prefixes) {
  const ms = slowestRun(regex, prefixes, LOAD_CHECK.length, LOAD_CHECK.budgetMs);
  return ms > LOAD_CHECK.budgetMs ? `backtracks catastrophically: over ${LOAD_CHECK.budgetMs} ms on a near-match of at most ${LOAD_CHECK.length} characters (make quantified parts unambiguous and bounded)` : void 0;
}

// src/catalog/load.ts
var CatalogError = class extends Error {
};
var validators;
function schemaValidators() {
  if (!validators) {
    const schema = JSON.parse(readFileSync(join(packageRoot(), "schema", "catalog.schema.json"), "utf8"));
    const ajv = new ((0, import_ajv_lazy.loadAjv)()).Ajv({ allErrors: true, strict: false });
    ajv.addSchema(schema);
    validators = {
      vendor: ajv.getSchema(`${schema.$id}#/definitions/vendor`),
      framework: ajv.getSchema(`${schema.$id}#/definitions/framework`),
      tool: ajv.getSchema(`${schema.$id}#/definitions/tool`)
    };
  }
  return validators;
}
function readFiles(dir) {
  let names;
  try {
    names = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch {
    return [];
  }
  return names.map((name) => [name, readFileSync(join(dir, name))]);
}
function parseEntries(dir, files, kind) {
  if (files.length === 0) return [];
  const validate = schemaValidators()[kind];
  return files.map(([name, bytes]) => {
    const file = join(dir, name);
    const doc = (0, import_yaml.parseDocument)(bytes.toString("utf8"));
    if (doc.errors.length > 0) throw new CatalogError(`${file}: ${doc.errors[0].message}`);
    const value = doc.toJS();
    if (!validate(value)) {
      const e = validate.errors[0];
      throw new CatalogError(`${file}: ${e.instancePath || "(root)"} ${e.message ?? "is invalid"}`);
    }
    if (`${value.id}.yml` !== name && `${value.id}.yaml` !== name) {
      throw new CatalogError(`${file}: id '${value.id}' must match the file name`);
    }
    return value;
  });
}
function readRuleFiles(rulesDir) {
  return { vendors: readFiles(join(rulesDir, "vendors")), frameworks: readFiles(join(rulesDir, "frameworks")), tools: readFiles(join(rulesDir, "tools")) };
}
function digestOf(files) {
  const h = createHash("sha256");
  for (const [folder, list] of Object.entries(files)) {
    for (const [name, bytes] of list) h.update(`${folder}/${name}\0`).update(bytes).update("\0");
  }
  return h.digest("hex");
}
function prebuiltFor(pre, files) {
  return pre?.digest === digestOf(files) ? pre : void 0;
}
function parseRuleFiles(rulesDir, files) {
  const vendors = parseEntries(join(rulesDir, "vendors"), files.vendors, "vendor");
  const frameworks = parseEntries(join(rulesDir, "frameworks"), files.frameworks, "framework");
  const tools = parseEntries(join(rulesDir, "tools"), files.tools, "tool");
  checkConsistency({ vendors, frameworks, tools });
  return { vendors, frameworks, tools };
}
function checkConsistency(source) {
  const ids = new Set(source.vendors.map((v) => v.id));
  for (const f of source.frameworks) {
    if (ids.has(f.id)) throw new CatalogError(`framework '${f.id}' has the same id as a vendor`);
    for (const p of f.providers ?? []) {
      if (!ids.has(p.vendor)) throw new CatalogError(`framework '${f.id}': provider vendor '${p.vendor}' is not in the catalog`);
    }
  }
  for (const t of source.tools ?? []) {
    if (t.vendor && !ids.has(t.vendor)) throw new CatalogError(`tool '${t.id}': vendor '${t.vendor}' is not in the catalog`);
    if (!t.vendor && !t["bring-your-own-model"]) throw new CatalogError(`tool '${t.id}': names no vendor and is not bring-your-own-model`);
  }
  for (const v of source.vendors) {
    for (const k of v.keys ?? []) {
      let regex;
      try {
        regex = new RegExp(k.pattern, k.flags ?? "");
      } catch (err) {
        throw new CatalogError(`vendor '${v.id}': key '${k.id}' pattern does not compile: ${err.message}`);
      }
      const slow = backtrackingProblem(regex, k.keywords);
      if (slow) throw new CatalogError(`vendor '${v.id}': key '${k.id}' pattern ${slow}`);
    }
  }
}
var cache = /* @__PURE__ */ new Map();
function loadCatalog(rulesDir = join(packageRoot(), "rules")) {
  let catalog = cache.get(rulesDir);
  if (!catalog) {
    const files = readRuleFiles(rulesDir);
    const pre = prebuiltFor(BUILTIN, files);
    const source = pre?.source ?? parseRuleFiles(rulesDir, files);
    catalog = compileCatalog(source, pre?.version ?? catalogVersion(source), pre?.prefilter);
    cache.set(rulesDir, catalog);
  }
  return catalog;
}
function catalogVersion(source) {
  const text = JSON.stringify(source);
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return `${source.vendors.length}v-${source.frameworks.length}f-${h.toString(16).padStart(8, "0")}`;
}

export {
  require_dist,
  require_ucs2length,
  require_equal,
  require_ajv_lazy,
  escapeRegExp,
  globToRegExp,
  WORD_START,
  tokenRegExp,
  normalizePackage,
  compileCatalog,
  jsPackageName,
  backtrackingProblem,
  loadCatalog
};
