import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);
import {
  API_FILE_CAP,
  ApiError,
  GitHubClient,
  require_tunnel,
  require_undici
} from "./chunk-VOTRZVSG.js";
import {
  toSarif,
  toText
} from "./chunk-I4GUMPZF.js";
import {
  SUMMARY_MAX_BYTES,
  blockingPhrase,
  fixFor,
  groupFindings,
  toJson,
  toMarkdown
} from "./chunk-6GJE5QXA.js";
import {
  oneLine
} from "./chunk-4R5BKMKX.js";
import {
  scan,
  withModuleFiles
} from "./chunk-F4FST5E7.js";
import "./chunk-LFQAQDWO.js";
import {
  parseInventory
} from "./chunk-TVG7CJUS.js";
import "./chunk-BAV54NIF.js";
import {
  require_ignore
} from "./chunk-MNL3WBNY.js";
import "./chunk-OLPSZWNW.js";
import {
  loadCatalog
} from "./chunk-2YU2PO3X.js";
import "./chunk-6S6EOD3A.js";
import "./chunk-YJ6TIQPF.js";
import {
  __toESM
} from "./chunk-EUDNGKAI.js";

// src/main.ts
import { mkdir as mkdir3, readFile as readFile2, writeFile as writeFile3 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { dirname as dirname2, isAbsolute, join as join3, resolve } from "node:path";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text2, addEOL = false) {
    this._buffer += text2;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text2, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text2);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text2, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text2, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text2, href) {
    const element = this.wrap("a", text2, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/action/diff.ts
var HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
function hunkRanges(patch) {
  const ranges = [];
  let line = 0;
  let inHunk = false;
  const add = (n) => {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === n - 1) last[1] = n;
    else ranges.push([n, n]);
  };
  for (const text2 of patch.split("\n")) {
    const m = HUNK.exec(text2);
    if (m) {
      line = Number(m[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    if (text2.startsWith("+")) add(line++);
    else if (text2.startsWith(" ")) line++;
    else if (text2.startsWith("diff --git")) inHunk = false;
  }
  return ranges;
}
function unquoteGitPath(p) {
  if (!p.startsWith('"')) return p;
  const bytes = [];
  const body = p.slice(1, -1);
  const escapes = { n: 10, t: 9, r: 13, b: 8, f: 12, v: 11, a: 7, '"': 34, "\\": 92 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "\\") {
      bytes.push(...Buffer.from(c, "utf8"));
      continue;
    }
    const next = body[i + 1];
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(escapes[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
function parseNameStatus(z) {
  const parts = z.split("\0");
  const files = [];
  for (let i = 0; i < parts.length; ) {
    const code = parts[i++];
    if (!code) continue;
    const kind = code[0];
    if (kind === "R" || kind === "C") {
      const from = parts[i++];
      const to = parts[i++];
      files.push(kind === "R" ? { path: to, oldPath: from, status: "renamed", lines: [] } : { path: to, status: "added", lines: [] });
    } else {
      const path = parts[i++];
      const status = kind === "A" ? "added" : kind === "D" ? "deleted" : "modified";
      files.push({ path, status, lines: [] });
    }
  }
  return files;
}
function binaryPaths(z) {
  const parts = z.split("\0");
  const out = /* @__PURE__ */ new Set();
  for (let i = 0; i < parts.length; ) {
    const head = parts[i++];
    if (head === "") continue;
    const m = /^(-|\d+)\t(-|\d+)\t(.*)$/s.exec(head);
    if (!m) continue;
    let path = m[3];
    if (path === "") {
      i++;
      path = parts[i++] ?? "";
    }
    if (m[1] === "-" && path !== "") out.add(path);
  }
  return out;
}
function parseUnifiedDiff(diff) {
  const byFile = /* @__PURE__ */ new Map();
  let current;
  let chunk = [];
  const flush = () => {
    if (current !== void 0) byFile.set(current, hunkRanges(chunk.join("\n")));
    chunk = [];
  };
  for (const line of diff.split("\n")) {
    if (line.startsWith("diff --git ")) {
      flush();
      current = void 0;
      continue;
    }
    if (line.startsWith("+++ ")) {
      const p = line.slice(4);
      current = p === "/dev/null" ? void 0 : unquoteGitPath(p.startsWith('"') ? p : p.replace(/\t$/, "")).replace(/^b\//, "");
      continue;
    }
    chunk.push(line);
  }
  flush();
  return byFile;
}
function isChangedLine(file, line) {
  if (!file || file.status === "deleted") return false;
  if (file.lines === null || line === void 0) return true;
  return file.lines.some(([a, b]) => line >= a && line <= b);
}

// src/action/annotations.ts
var PER_LEVEL_CAP = 10;
function planAnnotations(report, changed, max) {
  const byPath = changed ? new Map(changed.map((f) => [f.path, f])) : void 0;
  const candidates = report.findings.filter((f) => !f.suppressed && f.file !== void 0);
  const onChanged = candidates.filter((f) => !byPath || isChangedLine(byPath.get(f.file), f.line));
  const level = (f) => f.blocking ? "error" : f.severity === "note" ? "notice" : "warning";
  const rank = (f) => (f.blocking ? 0 : 2) + (f.introduced === false && !f.addsUse ? 1 : 0);
  const groups = /* @__PURE__ */ new Map();
  for (const f of onChanged) {
    const key = `${level(f)}\0${f.vendor ?? f.rule}\0${f.file}`;
    (groups.get(key) ?? groups.set(key, []).get(key)).push(f);
  }
  const ordered = [...groups.values()].sort(
    (a, b) => Math.min(...a.map(rank)) - Math.min(...b.map(rank)) || a[0].file.localeCompare(b[0].file) || (a[0].line ?? 0) - (b[0].line ?? 0)
  );
  const annotations = [];
  const perLevel = {};
  let shown = 0;
  for (const group of ordered) {
    const first = group[0];
    const lvl = level(first);
    const cap = lvl === "notice" ? PER_LEVEL_CAP - 1 : PER_LEVEL_CAP;
    if (annotations.length >= max || (perLevel[lvl] ?? 0) >= cap) continue;
    perLevel[lvl] = (perLevel[lvl] ?? 0) + 1;
    shown += group.length;
    const vendor = report.vendors.find((v) => v.id === first.vendor);
    const rules = [...new Set(group.map((f) => f.rule))];
    const others = group.slice(1).map((f) => f.line).filter((l) => l !== void 0);
    const lines = [...addsUseLine(group, vendor?.name).map((l) => oneLine(l)), oneLine(first.message)];
    for (const f of group.slice(1)) if (f.message !== first.message) lines.push(oneLine(f.message));
    if (others.length) lines.push(`Also at line${others.length === 1 ? "" : "s"} ${others.join(", ")} of this file.`);
    lines.push(`Fix: ${oneLine(fixFor(first, report).text)}`);
    if (first.introduced === false && !group.some((f) => f.addsUse)) lines.push("(Already on the base branch: this change does not introduce it.)");
    annotations.push({
      level: lvl,
      title: oneLine(`shadow-ai: ${rules.join(", ")}${vendor ? ` (${vendor.name})` : first.vendor ? ` (${first.vendor})` : ""}`),
      message: lines.join("\n"),
      file: first.file,
      ...first.line !== void 0 ? { startLine: first.line } : {},
      ...first.column !== void 0 ? { startColumn: first.column } : {}
    });
  }
  const total = report.findings.filter((f) => !f.suppressed).length;
  const more = total - shown;
  return {
    annotations,
    more,
    ...more > 0 ? {
      closing: `shadow-ai: ${more} more finding${more === 1 ? " is" : "s are"} ${byPath ? "(outside the changed lines, or over GitHub's annotation limit) " : "(over GitHub's annotation limit) "}listed in the job summary and the SARIF/JSON reports.`
    } : {}
  };
}
function addsUseLine(group, vendorName) {
  const f = group.find((x) => x.addsUse);
  if (!f) return [];
  const who = vendorName ?? f.vendor ?? f.tool;
  if (who && (f.rule === "undeclared-vendor" || f.rule === "undeclared-tool")) return [`${who} is already used undeclared on the base; this pull request adds a use.`];
  if (who && (f.rule === "prohibited-vendor" || f.rule === "prohibited-tool")) return [`${who} is already used on the base although prohibited; this pull request adds a use.`];
  return [`The base already has this ${f.rule} finding${who ? ` for ${who}` : ""}; this pull request adds a use.`];
}

// src/action/changes.ts
import { lstat as lstat2, readFile, realpath } from "node:fs/promises";
import { join } from "node:path";

// src/action/git.ts
import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
var BASE_ARGS = ["-c", "core.quotepath=false", "--no-pager"];
async function git(cwd, args) {
  const { stdout } = await run("git", [...BASE_ARGS, ...args], { cwd, maxBuffer: 512 * 1024 * 1024, encoding: "utf8" });
  return stdout;
}
async function ok(cwd, args) {
  try {
    await git(cwd, args);
    return true;
  } catch {
    return false;
  }
}
async function isGitRepository(cwd) {
  return ok(cwd, ["rev-parse", "--git-dir"]);
}
async function hasCommit(cwd, sha) {
  return ok(cwd, ["cat-file", "-e", `${sha}^{commit}`]);
}
async function revParse(cwd, rev) {
  try {
    return (await git(cwd, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`])).trim() || void 0;
  } catch {
    return void 0;
  }
}
async function parents(cwd, sha) {
  try {
    const out = (await git(cwd, ["rev-list", "--parents", "-n", "1", sha])).trim().split(" ");
    return out.slice(1);
  } catch {
    return void 0;
  }
}
async function mergeBase(cwd, a, b) {
  try {
    return (await git(cwd, ["merge-base", a, b])).trim() || void 0;
  } catch {
    return void 0;
  }
}
async function diffFiles(cwd, base, head) {
  const common = ["--no-color", "--no-ext-diff", "--no-textconv", "-M", base, head, "--"];
  const [nameStatus, numstat, unified] = await Promise.all([
    git(cwd, ["diff", "--name-status", "-z", "-C", ...common]),
    git(cwd, ["diff", "--numstat", "-z", ...common]),
    git(cwd, ["diff", "--unified=0", "--src-prefix=a/", "--dst-prefix=b/", ...common])
  ]);
  const files = parseNameStatus(nameStatus);
  const binary = binaryPaths(numstat);
  const ranges = parseUnifiedDiff(unified);
  for (const f of files) {
    if (f.status === "deleted") continue;
    f.lines = f.status === "added" || binary.has(f.path) ? null : ranges.get(f.path) ?? [];
  }
  return files;
}
async function fileDiff(cwd, base, head, path) {
  try {
    const out = await git(cwd, ["diff", "--no-color", "--no-ext-diff", "--no-textconv", base, head, "--", path]);
    const at = out.indexOf("\n@@");
    return at < 0 ? void 0 : out.slice(at + 1);
  } catch {
    return void 0;
  }
}
async function readBlob(cwd, rev, path) {
  return (await readBlobs(cwd, rev, [path])).get(path);
}
var REGULAR = /* @__PURE__ */ new Set(["100644", "100755"]);
var LS_TREE_ARG_CHARS = 64 * 1024;
async function regularBlobs(cwd, rev, paths) {
  const out = /* @__PURE__ */ new Map();
  const chunks = [];
  let size = Infinity;
  for (const p of paths) {
    if (size + p.length > LS_TREE_ARG_CHARS) {
      chunks.push([]);
      size = 0;
    }
    chunks[chunks.length - 1].push(p);
    size += p.length + 1;
  }
  for (const chunk of chunks) {
    let listing;
    try {
      listing = await git(cwd, ["--literal-pathspecs", "ls-tree", "-z", "--full-tree", rev, "--", ...chunk]);
    } catch {
      continue;
    }
    for (const entry of listing.split("\0")) {
      const m = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(entry);
      if (m && m[2] === "blob" && REGULAR.has(m[1])) out.set(m[4], m[3]);
    }
  }
  return out;
}
async function readBlobs(cwd, rev, paths) {
  const wanted = [...new Set(paths)];
  const out = new Map(wanted.map((p) => [p, void 0]));
  const ids = await regularBlobs(cwd, rev, wanted);
  const asked = wanted.filter((p) => ids.has(p));
  if (asked.length === 0) return out;
  const stdout = await new Promise((resolve2, reject) => {
    const child = spawn("git", [...BASE_ARGS, "cat-file", "--batch"], { cwd, stdio: ["pipe", "pipe", "ignore"] });
    const chunks = [];
    child.stdout.on("data", (c) => chunks.push(c));
    child.on("error", reject);
    child.on("close", (code) => code === 0 ? resolve2(Buffer.concat(chunks)) : reject(new Error(`git cat-file --batch exited with ${code}`)));
    child.stdin.on("error", () => {
    });
    child.stdin.end(asked.map((p) => `${ids.get(p)}
`).join(""));
  });
  let at = 0;
  for (const p of asked) {
    const eol = stdout.indexOf(10, at);
    if (eol < 0) throw new Error("git cat-file --batch: output ended early");
    const header = stdout.toString("utf8", at, eol);
    at = eol + 1;
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) continue;
    const size = Number(m[2]);
    if (m[1] === "blob") out.set(p, Buffer.from(stdout.subarray(at, at + size)));
    at += size + 1;
  }
  return out;
}

// src/action/changes.ts
var API_READS_IN_FLIGHT = 8;
function apiReader(client, ref) {
  const one = (p) => client.fileAt(p, ref);
  return Object.assign(one, {
    many: async (paths) => {
      const out = /* @__PURE__ */ new Map();
      const queue = [...new Set(paths)];
      const worker = async () => {
        for (let p = queue.shift(); p !== void 0; p = queue.shift()) out.set(p, await one(p));
      };
      await Promise.all(Array.from({ length: Math.min(API_READS_IN_FLIGHT, queue.length) }, worker));
      return out;
    }
  });
}
function gitReader(cwd, rev) {
  return Object.assign((p) => readBlob(cwd, rev, p), { many: (paths) => readBlobs(cwd, rev, paths) });
}
var short = (sha) => sha.slice(0, 7);
async function findChanges(plan, workspace, api) {
  const fromGit = await changesFromGit(plan, workspace);
  if (fromGit) return fromGit;
  return changesFromApi(plan, workspace, api());
}
async function changesFromGit(plan, cwd) {
  if (!await isGitRepository(cwd)) return void 0;
  const notes = [];
  let head;
  let base;
  if (plan.headInWorkspace) {
    head = await revParse(cwd, "HEAD");
    if (!head) return void 0;
    const ps = await parents(cwd, head);
    if (plan.pr && ps?.length === 2 && ps[1] === plan.head && await hasCommit(cwd, ps[0])) {
      base = ps[0];
      notes.push(`Compared the merge commit ${short(head)} with its base-branch parent ${short(base)} (from git).`);
    } else if (await hasCommit(cwd, plan.base)) {
      base = plan.pr ? await mergeBase(cwd, plan.base, head) : plan.base;
      if (base) notes.push(`Compared ${short(head)} with ${plan.pr ? "the merge base " : ""}${short(base)} (from git).`);
    }
  } else {
    if (!await hasCommit(cwd, plan.head) || !await hasCommit(cwd, plan.base)) return void 0;
    head = plan.head;
    base = await mergeBase(cwd, plan.base, plan.head);
    if (base) notes.push(`Read the pull request's head ${short(head)} from git objects as data (never checked out) and compared it with ${short(base)}.`);
  }
  if (!base || !head) return void 0;
  const files = await diffFiles(cwd, base, head);
  const b = base;
  const h = head;
  return {
    changes: { files, source: "git", truncated: false },
    base,
    head,
    readBase: gitReader(cwd, b),
    readHead: plan.headInWorkspace ? (p) => readWorkspace(cwd, p) : gitReader(cwd, h),
    patchOf: (p) => fileDiff(cwd, b, h, p),
    notes
  };
}
async function readWorkspace(root, path) {
  try {
    const abs = join(root, path);
    const [realRoot, real, st] = await Promise.all([realpath(root), realpath(abs), lstat2(abs)]);
    if (!st.isFile() || real !== join(realRoot, path)) return void 0;
    return await readFile(abs);
  } catch {
    return void 0;
  }
}
function fromApiFiles(list3) {
  return list3.map((f) => {
    const status = f.status === "removed" ? "deleted" : f.status === "added" || f.status === "copied" ? "added" : f.status === "renamed" && f.previous_filename ? "renamed" : "modified";
    const lines = status === "deleted" || f.status === "unchanged" ? [] : status === "added" || f.patch === void 0 ? null : hunkRanges(f.patch);
    return { path: f.filename, status, lines, ...status === "renamed" ? { oldPath: f.previous_filename } : {} };
  });
}
async function changesFromApi(plan, workspace, client) {
  const notes = [];
  const listed = plan.pr ? await client.pullRequestFiles(plan.pr.number) : await client.compareFiles(plan.base, plan.head);
  const files = fromApiFiles(listed.files);
  const total = plan.pr?.changedFiles;
  const truncated = listed.truncated || total !== void 0 && total > files.length;
  notes.push(
    `The checkout does not hold both commits, so the changed files came from the GitHub API (${files.length} file${files.length === 1 ? "" : "s"}); ${plan.headInWorkspace ? "the head is the checkout" : "the head's files were read through the API as data, never checked out"}. \`fetch-depth: 2\` on actions/checkout lets shadow-ai read the diff from git instead.`
  );
  if (truncated) {
    notes.push(
      `This change touches ${total !== void 0 ? `${total} files` : `more than ${API_FILE_CAP} files`}, but the GitHub API lists only the first ${API_FILE_CAP}. Findings in files it did not list cannot be compared with the base, so they are treated as introduced. Check out with \`fetch-depth: 0\` for an exact comparison from git.`
    );
  }
  const patches = new Map(listed.files.map((f) => [f.filename, f.patch]));
  return {
    changes: { files, source: "api", truncated, ...truncated && total !== void 0 ? { total } : {} },
    base: plan.base,
    head: plan.head,
    readBase: apiReader(client, plan.base),
    readHead: plan.headInWorkspace ? (p) => readWorkspace(workspace, p) : apiReader(client, plan.head),
    patchOf: async (p) => patches.get(p),
    notes
  };
}

// src/action/compare.ts
import { mkdir as mkdir2, mkdtemp, rm as rm2, writeFile as writeFile2 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join as join2, posix as posix2 } from "node:path";

// src/action/changed-scan.ts
import { posix } from "node:path";
var MAX_CHANGED_FILES = 1e3;
var IGNORE_FILES = /* @__PURE__ */ new Set([".gitignore", ".shadowaiignore"]);
function fullScanReason(input) {
  if (input.diffScan === "full") return "the diff-scan input is full";
  if (input.scope === "all") return "the scope input is all, so findings anywhere in the repository block";
  if (input.truncated) return "the list of changed files is incomplete";
  if (input.files.length > MAX_CHANGED_FILES) return `${input.files.length} files changed`;
  const wide = new Set(input.repositoryWide);
  for (const f of input.files) {
    for (const p of [f.path, f.oldPath]) {
      if (p === void 0) continue;
      if (wide.has(p)) return `the change edits ${p}, which applies to every file`;
      if (IGNORE_FILES.has(posix.basename(p))) return `the change edits ${p}, which decides which files are scanned`;
    }
  }
  return void 0;
}
var DEPENDENCY_KINDS = /* @__PURE__ */ new Set(["dependency", "lockfile"]);
function headMustBeWhole(head, base, changed) {
  const ids = (r) => new Set(r.vendors.map((v) => v.id));
  const h = ids(head);
  const b = ids(base);
  const appeared = [...h].filter((id) => !b.has(id)).sort();
  const gone = [...b].filter((id) => !h.has(id)).sort();
  for (const r of [head, base]) {
    for (const v of r.vendors) {
      const dep = v.evidence.find((e) => DEPENDENCY_KINDS.has(e.kind) && changed.has(e.file));
      if (dep) return `the change edits ${dep.file}, which names ${v.id}`;
    }
  }
  if (appeared.length > 0) return `the changed files now use ${appeared.join(", ")}`;
  if (gone.length > 0) return `the changed files no longer use ${gone.join(", ")}`;
  return void 0;
}

// src/action/introduced.ts
function baseVendorIds(head, base, changedHead) {
  const ids = new Set(base.vendors.map((v) => v.id));
  for (const v of head.vendors) if (v.evidence.some((e) => !changedHead.has(e.file))) ids.add(v.id);
  return ids;
}
function judge(input) {
  const { head, base, changedHead, changedBase } = input;
  const baseIds = /* @__PURE__ */ new Map();
  const note = (f) => {
    if (!baseIds.has(f.identity)) baseIds.set(f.identity, f);
  };
  for (const f of base.findings) note(f);
  const baseFingerprints = new Set(base.findings.map((f) => f.fingerprint));
  if (input.wholeHead && !input.truncated) {
    const untouched = (f) => f.file !== void 0 && !changedHead.has(f.file);
    const baseUsed = baseVendorIds(head, base, changedHead);
    for (const f of (input.underBase ?? head).findings) {
      if (f.rule === "unused-declaration") {
        if (f.vendor !== void 0 && !baseUsed.has(f.vendor)) note(f);
      } else if (untouched(f)) {
        note(f);
        baseFingerprints.add(f.fingerprint);
      }
    }
  }
  const count2 = (findings, paths) => {
    const n = /* @__PURE__ */ new Map();
    for (const f of findings) if (f.file !== void 0 && paths.has(f.file)) n.set(f.identity, (n.get(f.identity) ?? 0) + 1);
    return n;
  };
  const onHead = count2(head.findings, changedHead);
  const onBase = count2(base.findings, changedBase);
  for (const f of head.findings) {
    f.introduced = !baseIds.has(f.identity);
    delete f.addsUse;
    if (f.introduced || f.suppressed || f.file === void 0 || !changedHead.has(f.file) || baseFingerprints.has(f.fingerprint)) continue;
    if ((onHead.get(f.identity) ?? 0) > (onBase.get(f.identity) ?? 0)) f.addsUse = true;
  }
  const headIds = new Set(head.findings.map((f) => f.identity));
  const resolved = input.wholeHead ? [...baseIds.values()].filter((f) => !headIds.has(f.identity)).map((f) => ({ identity: f.identity, rule: f.rule, ...f.vendor ? { vendor: f.vendor } : {}, ...f.tool ? { tool: f.tool } : {} })).sort((a, b) => a.rule.localeCompare(b.rule) || (a.vendor ?? a.tool ?? "").localeCompare(b.vendor ?? b.tool ?? "") || a.identity.localeCompare(b.identity)) : [];
  return { resolved };
}
function identitiesDiffer(head, base) {
  const ids = (r) => new Map(r.findings.map((f) => [f.identity, f]));
  const h = ids(head);
  const b = ids(base);
  const name = (f) => `${f.rule}${f.vendor ? ` (${f.vendor})` : f.tool ? ` (${f.tool})` : ""}`;
  const added = [...h].filter(([id]) => !b.has(id)).map(([, f]) => name(f));
  if (added.length > 0) return `the changed files have findings their base versions do not (${[...new Set(added)].sort().join(", ")})`;
  const gone = [...b].filter(([id]) => !h.has(id)).map(([, f]) => name(f));
  if (gone.length > 0) return `the base versions of the changed files have findings the head's do not (${[...new Set(gone)].sort().join(", ")})`;
  return void 0;
}

// src/action/compare.ts
function inventoryOptions(options, inventory) {
  return Object.assign({}, options, inventory === null ? { noInventory: true } : { inventory });
}
var INVENTORY_CANDIDATES = [".github/ai-vendors.yml", ".github/ai-vendors.yaml", "ai-vendors.yml", "ai-vendors.yaml"];
var IGNORE_FILES2 = [".gitignore", ".shadowaiignore"];
var POLICY_FILES = [".github/shadow-ai-baseline.json"];
function safe(path) {
  const norm = posix2.normalize(path);
  return !posix2.isAbsolute(norm) && !norm.startsWith("../") && norm !== ".." && norm !== ".";
}
async function materialize(paths, read) {
  const dir = await mkdtemp(join2(tmpdir(), "shadow-ai-"));
  const wanted = [...new Set(paths)].filter(safe);
  const known = read.many ? await read.many(wanted) : void 0;
  for (const p of wanted) {
    const bytes = known ? known.get(p) : await read(p);
    if (bytes === void 0) continue;
    await mkdir2(dirname(join2(dir, p)), { recursive: true });
    await writeFile2(join2(dir, p), bytes);
  }
  return dir;
}
function ignoreFilesFor(paths) {
  const out = /* @__PURE__ */ new Set();
  for (const p of paths) {
    let dir = posix2.dirname(p);
    for (; ; ) {
      for (const name of IGNORE_FILES2) out.add(dir === "." ? name : `${dir}/${name}`);
      if (dir === ".") break;
      dir = posix2.dirname(dir);
    }
  }
  return [...out];
}
async function compare(set, opts) {
  const notes = [...set.notes];
  const files = set.changes.files;
  const inventoryPaths = opts.inventory ? [opts.inventory] : INVENTORY_CANDIDATES;
  const touchedHead = files.filter((f) => f.status !== "deleted").map((f) => f.path);
  const touchedBase = files.filter((f) => f.status !== "added").map((f) => f.oldPath ?? f.path);
  const temps = [];
  try {
    let report;
    let wholeHead = false;
    const context = opts.headInWorkspace ? withModuleFiles(opts.workspace, touchedHead).slice(touchedHead.length) : [];
    const fullFirst = opts.headInWorkspace ? fullScanReason({
      files,
      truncated: set.changes.truncated,
      repositoryWide: [...inventoryPaths, ...POLICY_FILES],
      scope: opts.scope ?? "introduced",
      diffScan: opts.diffScan ?? "changed"
    }) : void 0;
    const scanWholeHead = (why) => {
      wholeHead = true;
      notes.push(`Scanned the whole checkout: ${why}.`);
      return opts.scan(opts.workspace, withInventory(opts, opts.workspace));
    };
    if (opts.headInWorkspace) {
      report = fullFirst !== void 0 ? await scanWholeHead(fullFirst) : await opts.scan(opts.workspace, { ...withInventory(opts, opts.workspace), only: [...touchedHead, ...context] });
    } else {
      const dir = await materialize([...touchedHead, ...inventoryPaths, ...POLICY_FILES, ...ignoreFilesFor(touchedHead)], set.readHead);
      temps.push(dir);
      report = await opts.scan(dir, { ...withInventory(opts, dir), partial: true });
      notes.push(`pull_request_target: scanned only the ${touchedHead.length} file(s) the pull request changes, read as data; the rest of the repository is the base branch, so a finding counts as introduced unless one of those files had it on the base, and resolved findings are not listed.`);
    }
    const baseDir = await materialize([...touchedBase, ...context, ...inventoryPaths, ...POLICY_FILES, ...ignoreFilesFor(touchedBase)], set.readBase);
    temps.push(baseDir);
    const baseReport = await opts.scan(baseDir, { ...withInventory(opts, baseDir), partial: true });
    if (opts.headInWorkspace && !wholeHead) {
      const why = headMustBeWhole(report, baseReport, new Set(files.flatMap((f) => f.oldPath ? [f.path, f.oldPath] : [f.path]))) ?? identitiesDiffer(report, baseReport);
      if (why !== void 0) report = await scanWholeHead(why);
      else {
        notes.push(
          `Scanned the ${touchedHead.length} changed file(s)${context.length ? ` (and ${context.length} other file(s) of their Terraform modules)` : ""} and their base versions, not the whole checkout: the changed files hold the same findings (by identity) as their base versions, and the change touches no inventory, baseline, ignore file or AI dependency, so the rest of the repository's findings are the same as on the base branch.`
        );
      }
    }
    const inventoryPath = opts.inventory || report.inventory.path || INVENTORY_CANDIDATES.find((p) => files.some((f) => f.path === p || f.oldPath === p));
    const inventoryFile = inventoryPath ? files.find((f) => f.path === inventoryPath || f.oldPath === inventoryPath) : void 0;
    let underBase;
    if (inventoryFile && wholeHead) {
      const baseInventory = join2(baseDir, inventoryFile.oldPath ?? inventoryFile.path);
      const baseHad = await set.readBase(inventoryFile.oldPath ?? inventoryFile.path) !== void 0;
      underBase = await opts.scan(opts.workspace, inventoryOptions({ ...opts.scanOptions, displayRoot: "." }, baseHad ? baseInventory : null));
    }
    const changedPaths = new Set(touchedHead);
    const { resolved } = judge({
      head: report,
      base: baseReport,
      ...underBase ? { underBase } : {},
      changedHead: changedPaths,
      changedBase: new Set(touchedBase),
      wholeHead,
      truncated: set.changes.truncated
    });
    const baseVendors = opts.headInWorkspace ? baseVendorIds(report, baseReport, changedPaths) : new Set(baseReport.vendors.map((v) => v.id));
    const headVendors = new Set(report.vendors.map((v) => v.id));
    const removedVendors = wholeHead ? baseReport.vendors.filter((v) => !headVendors.has(v.id)).map((v) => v.id) : [];
    let inventory;
    if (inventoryFile && inventoryPath) {
      const [b, h, patch] = await Promise.all([
        set.readBase(inventoryFile.oldPath ?? inventoryFile.path),
        set.readHead(inventoryFile.path),
        set.patchOf(inventoryFile.path)
      ]);
      inventory = {
        path: inventoryFile.path,
        status: inventoryFile.status,
        base: b?.toString("utf8") ?? "",
        head: inventoryFile.status === "deleted" ? "" : h?.toString("utf8") ?? "",
        ...patch ? { patch } : {}
      };
    }
    return {
      report,
      comparison: {
        event: opts.event,
        base: set.base,
        head: set.head,
        source: set.changes.source,
        changed: files,
        truncated: set.changes.truncated,
        newVendors: [...headVendors].filter((id) => !baseVendors.has(id)).sort(),
        removedVendors: removedVendors.sort(),
        resolved,
        ...inventory ? { inventory } : {},
        notes
      }
    };
  } finally {
    await Promise.all(temps.map((d) => rm2(d, { recursive: true, force: true })));
  }
}
function withInventory(opts, root) {
  const options = { ...opts.scanOptions, displayRoot: "." };
  return opts.inventory ? inventoryOptions(options, join2(root, opts.inventory)) : options;
}
function applyScope(report, scope) {
  if (scope !== "introduced") return;
  for (const f of report.findings) if (f.introduced === false) f.blocking = false;
}

// src/action/event.ts
var ZERO = /^0+$/;
var EventError = class extends Error {
};
var SUPPORTED = "pull_request, pull_request_target, merge_group, push, schedule, workflow_dispatch";
var obj = (v) => v && typeof v === "object" ? v : {};
var str = (v) => typeof v === "string" && v !== "" ? v : void 0;
function pullRequest(event, payload) {
  const pr = obj(payload.pull_request);
  const base = str(obj(pr.base).sha);
  const head = str(obj(pr.head).sha);
  const number = typeof pr.number === "number" ? pr.number : typeof payload.number === "number" ? payload.number : void 0;
  if (!base || !head || number === void 0) throw new EventError(`the ${event} payload has no pull_request.base.sha, head.sha or number`);
  const headRepo = str(obj(obj(pr.head).repo).full_name);
  const baseRepo = str(obj(obj(pr.base).repo).full_name);
  return {
    kind: "diff",
    event,
    base,
    head,
    pr: {
      number,
      fork: headRepo !== void 0 && baseRepo !== void 0 && headRepo !== baseRepo,
      ...typeof pr.changed_files === "number" ? { changedFiles: pr.changed_files } : {}
    },
    headInWorkspace: event !== "pull_request_target"
  };
}
function planRun(event, payload, mode) {
  if (mode === "full") return { kind: "full", event, why: "mode: full" };
  let plan;
  switch (event) {
    case "pull_request":
    case "pull_request_target":
      plan = pullRequest(event, payload);
      break;
    case "merge_group": {
      const mg = obj(payload.merge_group);
      const base = str(mg.base_sha);
      const head = str(mg.head_sha);
      if (!base || !head) throw new EventError("the merge_group payload has no merge_group.base_sha or head_sha");
      plan = { kind: "diff", event, base, head, headInWorkspace: true };
      break;
    }
    case "push": {
      const before = str(payload.before);
      const after = str(payload.after);
      if (!after) throw new EventError("the push payload has no 'after' commit");
      plan = !before || ZERO.test(before) ? { kind: "full", event, why: "a new branch: no previous commit to compare with" } : { kind: "diff", event, base: before, head: after, headInWorkspace: true };
      break;
    }
    case "schedule":
    case "workflow_dispatch":
      plan = { kind: "full", event, why: `a ${event} run scans the whole checkout` };
      break;
    default:
      throw new EventError(
        `shadow-ai does not know how to compare on '${event}' events (it handles ${SUPPORTED}); set 'mode: full' to scan the checkout anyway`
      );
  }
  if (mode === "pull-request" && plan.kind !== "diff") {
    throw new EventError(`mode: pull-request needs a pull_request, pull_request_target, merge_group or push event with a previous commit; this is '${event}' (${plan.kind === "full" ? plan.why : ""})`);
  }
  return plan;
}

// src/action/filter.ts
var import_ignore = __toESM(require_ignore(), 1);
function restrictToPaths(report, paths) {
  if (paths.length === 0) return;
  const ig = (0, import_ignore.default)().add(paths);
  const keep = (file) => ig.ignores(file);
  report.vendors = report.vendors.map((v) => ({ ...v, evidence: v.evidence.filter((e) => keep(e.file)) })).filter((v) => v.evidence.length > 0);
  report.frameworks = report.frameworks.map((f) => ({ ...f, evidence: f.evidence.filter((e) => keep(e.file)) })).filter((f) => f.evidence.length > 0);
  report.findings = report.findings.filter((f) => f.file === void 0 || keep(f.file));
}

// src/action/inputs.ts
var MODES = ["auto", "pull-request", "full"];
var SCOPES = ["introduced", "all"];
var COMMENT = ["always", "on-findings", "never"];
var DIFF_SCANS = ["changed", "full"];
var InputError = class extends Error {
};
var oneOf = (values, dflt) => ({
  default: dflt,
  expects: `one of ${values.join(", ")}`,
  parse: (t) => values.includes(t) ? t : void 0
});
var TRUE = ["true", "True", "TRUE"];
var FALSE = ["false", "False", "FALSE"];
var bool = (dflt) => ({
  default: dflt,
  expects: "true or false",
  parse: (t) => TRUE.includes(t) ? true : FALSE.includes(t) ? false : void 0
});
var count = (dflt) => ({
  default: dflt,
  expects: "a whole number, 0 or more",
  parse: (t) => /^\d+$/.test(t) ? Number(t) : void 0
});
var text = (dflt) => ({ default: dflt, expects: "a string", parse: (t) => t });
var list = () => ({
  default: [],
  expects: "a list of globs, one per line or comma-separated",
  parse: (t) => t.split(/[\n,]/).map((s) => s.replace(/(^|\s)#.*$/, "").trim()).filter(Boolean)
});
var INPUTS = {
  /** Path of the inventory, relative to the workspace ("" = the scanner's default lookup). */
  inventory: text(""),
  mode: oneOf(MODES, "auto"),
  /** false: report only, never fail the job. */
  block: bool(true),
  scope: oneOf(SCOPES, "introduced"),
  /**
   * Pull request / push: `changed` reads only the changed files (and their base
   * versions) when that gives the same answer as the whole checkout, else scans
   * it all; `full` always scans the whole checkout.
   */
  "diff-scan": oneOf(DIFF_SCANS, "changed"),
  /** Only these paths count (gitignore-style globs); empty = the whole repository. */
  paths: list(),
  "exclude-paths": list(),
  /** Most annotations written (GitHub shows at most 10 errors and 10 warnings per step); 0 = none. */
  annotations: count(20),
  comment: oneOf(COMMENT, "on-findings"),
  "sarif-file": text(""),
  "json-file": text(""),
  /**
   * Full scans: read this window of the git history (90d, 12w, 6m, 1y) for commits
   * AI coding tools made ("" = off). Needs actions/checkout with fetch-depth: 0.
   */
  history: { default: "", expects: "a window such as 90d, 12w, 6m or 1y", parse: (t) => /^[1-9][0-9]*[dwmy]$/.test(t) ? t : void 0 },
  token: text("")
};
function parseInputs(get) {
  const out = {};
  const errors = [];
  for (const [name, field] of Object.entries(INPUTS)) {
    const raw = get(name).trim();
    if (raw === "") {
      out[name] = field.default;
      continue;
    }
    const value = field.parse(raw);
    if (value === void 0) errors.push(`input '${name}' is '${raw}', expected ${field.expects}`);
    else out[name] = value;
  }
  if (errors.length > 0) throw new InputError(errors.join("; "));
  return out;
}

// src/action/comment.ts
var COMMENT_MARKER = "<!-- shadow-ai -->";
var COMMENT_MAX_CHARS = 65536;
function wantsComment(when, report) {
  if (when === "never") return false;
  if (when === "always") return true;
  return report.findings.some((f) => !f.suppressed);
}
function commentBody(report, options) {
  const budget = COMMENT_MAX_CHARS - COMMENT_MARKER.length - 1;
  return `${COMMENT_MARKER}
${toMarkdown(report, { ...options, maxBytes: budget, maxRows: 30 })}`;
}

// src/inventory/diff.ts
var STRICTNESS = { approved: 0, restricted: 1, prohibited: 2 };
var list2 = (v) => [...v ?? []].sort();
var days = (s) => s ? Number(s.slice(0, -1)) * { d: 1, w: 7, m: 30, y: 365 }[s.slice(-1)] : Infinity;
function classifiedChanges(a, b) {
  const out = [];
  for (const glob of [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const from = list2(a[glob]);
    const to = list2(b[glob]);
    if (same(from, to)) continue;
    const removed = from.filter((c) => !to.includes(c));
    const message = !a[glob] ? `classified-paths: '${glob}' classified ${to.join(", ")}` : !b[glob] ? `classified-paths: '${glob}' no longer classified (was ${from.join(", ")})` : `classified-paths: '${glob}' ${from.join(", ")} \u2192 ${to.join(", ")}`;
    out.push({ subject: "classified-paths", field: glob, from: a[glob], to: b[glob], loosened: removed.length > 0, message });
  }
  return out;
}
var same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
function restrictingList(id, field, from, to) {
  if (same(list2(from), list2(to)) && from === void 0 === (to === void 0)) return void 0;
  const added = list2(to).filter((x) => !(from ?? []).includes(x));
  const removed = list2(from).filter((x) => !(to ?? []).includes(x));
  const loosened = from !== void 0 && (to === void 0 || added.length > 0);
  const what = to === void 0 ? `no longer restricted (was ${list2(from).join(", ")})` : from === void 0 ? `now restricted to ${list2(to).join(", ")}` : [added.length ? `widened by ${added.join(", ")}` : "", removed.length ? `narrowed by ${removed.join(", ")}` : ""].filter(Boolean).join("; ");
  return { subject: id, field, from, to, loosened, message: `${id}: ${field} ${what}` };
}
function vendorChanges(id, a, b) {
  const out = [];
  if (a.status !== b.status) {
    const loosened = STRICTNESS[b.status] < STRICTNESS[a.status];
    out.push({ subject: id, field: "status", from: a.status, to: b.status, loosened, message: `${id}: status ${a.status} \u2192 ${b.status}${loosened ? " (loosened)" : ""}` });
  }
  for (const field of ["residency", "models", "paths"]) {
    const c = restrictingList(id, field, a[field], b[field]);
    if (c) out.push(c);
  }
  const from = a["last-review"];
  const to = b["last-review"];
  if (from !== to) {
    const moved = from && to ? to > from ? "moved forward" : "moved back" : to ? "added" : "removed";
    out.push({ subject: id, field: "last-review", from, to, loosened: false, message: `${id}: last-review ${moved} (${from ?? "none"} \u2192 ${to ?? "none"})` });
  }
  const sensitiveFrom = list2(a["data-classes"]);
  const sensitiveTo = list2(b["data-classes"]);
  if (!same(sensitiveFrom, sensitiveTo)) {
    const removed = sensitiveFrom.filter((x) => !sensitiveTo.includes(x));
    out.push({
      subject: id,
      field: "data-classes",
      from: a["data-classes"],
      to: b["data-classes"],
      // Declaring less data than before lifts DPA / no-training requirements.
      loosened: removed.length > 0,
      message: `${id}: data-classes ${sensitiveFrom.join(", ") || "none"} \u2192 ${sensitiveTo.join(", ") || "none"}`
    });
  }
  for (const field of ["dpa", "no-training"]) {
    if (same(a[field], b[field])) continue;
    const loosened = a[field] !== void 0 && b[field] === void 0;
    out.push({ subject: id, field, from: a[field], to: b[field], loosened, message: `${id}: ${field} ${b[field] === void 0 ? "removed" : a[field] === void 0 ? "added" : "changed"}` });
  }
  for (const field of ["owner", "purpose"]) {
    if (a[field] !== b[field]) out.push({ subject: id, field, from: a[field], to: b[field], loosened: false, message: `${id}: ${field} ${a[field] ?? "none"} \u2192 ${b[field] ?? "none"}` });
  }
  return out;
}
function diffInventories(base, head) {
  const a = base?.vendors ?? /* @__PURE__ */ new Map();
  const b = head?.vendors ?? /* @__PURE__ */ new Map();
  const added = [...b.keys()].filter((id) => !a.has(id)).sort();
  const removed = [...a.keys()].filter((id) => !b.has(id)).sort();
  const changes = [];
  for (const id of [...b.keys()].sort()) {
    const before = a.get(id);
    if (before) changes.push(...vendorChanges(id, before, b.get(id)));
  }
  for (const id of added) {
    const v = b.get(id);
    changes.push({ subject: id, field: "status", to: v.status, loosened: v.status !== "prohibited", message: `${id}: declared ${v.status}` });
  }
  for (const id of removed) {
    const v = a.get(id);
    changes.push({ subject: id, field: "status", from: v.status, loosened: v.status === "prohibited", message: `${id}: no longer declared (was ${v.status})` });
  }
  const pa = base?.policy ?? {};
  const pb = head?.policy ?? {};
  const blockFrom = pa["block-on"];
  const blockTo = pb["block-on"];
  if (!same(blockFrom, blockTo)) {
    const dropped = (blockFrom ?? []).filter((r) => !(blockTo ?? []).includes(r));
    changes.push({
      subject: "policy",
      field: "block-on",
      from: blockFrom,
      to: blockTo,
      loosened: blockTo !== void 0 && (blockFrom === void 0 || dropped.length > 0),
      message: `policy: block-on ${list2(blockFrom).join(", ") || "default"} \u2192 ${list2(blockTo).join(", ") || "default"}`
    });
  }
  if (pa["review-interval"] !== pb["review-interval"]) {
    changes.push({
      subject: "policy",
      field: "review-interval",
      from: pa["review-interval"],
      to: pb["review-interval"],
      loosened: days(pb["review-interval"]) > days(pa["review-interval"]),
      message: `policy: review-interval ${pa["review-interval"] ?? "none"} \u2192 ${pb["review-interval"] ?? "none"}`
    });
  }
  const newIgnores = list2(pb.ignore).filter((g) => !(pa.ignore ?? []).includes(g));
  if (newIgnores.length > 0) changes.push({ subject: "policy", field: "ignore", from: pa.ignore, to: pb.ignore, loosened: true, message: `policy: now ignores ${newIgnores.join(", ")}` });
  if (pa["attestation-max-age"] !== pb["attestation-max-age"]) {
    const from = pa["attestation-max-age"] ?? "12m";
    const to = pb["attestation-max-age"] ?? "12m";
    if (from !== to) {
      changes.push({ subject: "policy", field: "attestation-max-age", from, to, loosened: days(to) > days(from), message: `policy: attestation-max-age ${from} \u2192 ${to}` });
    }
  }
  changes.push(...classifiedChanges(base?.classifiedPaths ?? {}, head?.classifiedPaths ?? {}));
  const key = (x) => JSON.stringify(x);
  const oldExceptions = new Set((base?.exceptions ?? []).map(key));
  for (const x of head?.exceptions ?? []) {
    if (oldExceptions.has(key(x))) continue;
    const what = [x.rule, x.vendor, x.fingerprint].filter(Boolean).join(" / ");
    changes.push({ subject: "exceptions", field: "exception", to: x, loosened: true, message: `exceptions: ${what} excepted until ${x.expires} (approved by ${x.approver})` });
  }
  return { added, removed, changes, loosened: changes.some((c) => c.loosened) };
}

// src/action/inventory-change.ts
function describeInventoryChange(change) {
  const catalog = loadCatalog();
  const problems = [];
  const parse = (text2, side) => {
    if (text2.trim() === "") return void 0;
    try {
      return parseInventory(text2, { file: `${change.path} (${side})`, reportFile: change.path, catalog });
    } catch (err) {
      problems.push(`The ${side} inventory could not be read: ${err.message.split("\n")[0]}`);
      return void 0;
    }
  };
  const diff = diffInventories(parse(change.base, "base"), parse(change.head, "head"));
  const lines = diff.changes.map((c) => `${c.loosened ? "\u26A0\uFE0F loosened \u2014 " : ""}${c.message}`);
  if (diff.loosened) lines.unshift("**This change loosens the inventory: a compliance reviewer should approve it.**");
  return [...problems, ...lines];
}

// src/report/context.ts
function comparisonForJson(c) {
  const { inventory, ...rest } = c;
  if (!inventory) return rest;
  return { ...rest, inventory: { path: inventory.path, status: inventory.status, summary: inventory.summary ?? [] } };
}

// src/main.ts
function repoFromEnv() {
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo) throw new Error("GITHUB_REPOSITORY is not set (owner/name)");
  return { owner, repo };
}
async function writeOut(workspace, path, text2) {
  const abs = isAbsolute(path) ? path : resolve(workspace, path);
  await mkdir3(dirname2(abs), { recursive: true });
  await writeFile3(abs, text2);
  return abs;
}
async function run2() {
  try {
    const inputs = parseInputs((name) => getInput(name));
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const event = process.env.GITHUB_EVENT_NAME ?? "";
    const payload = process.env.GITHUB_EVENT_PATH ? JSON.parse(await readFile2(process.env.GITHUB_EVENT_PATH, "utf8")) : {};
    const plan = planRun(event, payload, inputs.mode);
    let client;
    const api = () => client ??= new GitHubClient(inputs.token, repoFromEnv());
    const scanOptions = { exclude: inputs["exclude-paths"], displayRoot: "." };
    let report;
    let comparison;
    const fullOptions = inputs.history ? { ...scanOptions, history: inputs.history } : scanOptions;
    const fullScan = () => scan(workspace, inputs.inventory ? inventoryOptions(fullOptions, join3(workspace, inputs.inventory)) : fullOptions);
    if (plan.kind === "full") {
      info(`shadow-ai: full scan of the checkout (${plan.why})`);
      report = await fullScan();
    } else {
      try {
        const changes = await findChanges(plan, workspace, api);
        info(`shadow-ai: comparing ${changes.head.slice(0, 7)} with ${changes.base.slice(0, 7)}: ${changes.changes.files.length} changed file(s) (from ${changes.changes.source})`);
        ({ report, comparison } = await compare(changes, {
          scan,
          scanOptions,
          workspace,
          inventory: inputs.inventory,
          headInWorkspace: plan.headInWorkspace,
          event,
          scope: inputs.scope,
          diffScan: inputs["diff-scan"]
        }));
        if (comparison.inventory) comparison.inventory.summary = describeInventoryChange(comparison.inventory);
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        if (!plan.headInWorkspace) throw new Error(`${err.message}; cannot compare with the base, and the checkout is not the pull request's head`);
        warning(
          `shadow-ai: ${err.message}; running a full scan of the checkout instead: every finding counts, not only what this change introduces. \`fetch-depth: 0\` on actions/checkout lets shadow-ai compare from git without the API.`
        );
        report = await fullScan();
        comparison = void 0;
      }
    }
    restrictToPaths(report, inputs.paths);
    if (comparison) comparison.newVendors = comparison.newVendors.filter((id) => report.vendors.some((v) => v.id === id));
    applyScope(report, comparison ? inputs.scope : "all");
    info(toText(report));
    if (inputs.annotations > 0) {
      const plan2 = planAnnotations(report, comparison?.changed, inputs.annotations);
      for (const a of plan2.annotations) {
        const props = { title: a.title, file: a.file, startLine: a.startLine, startColumn: a.startColumn };
        if (a.level === "error") error(a.message, props);
        else if (a.level === "warning") warning(a.message, props);
        else notice(a.message, props);
      }
      if (plan2.closing) notice(plan2.closing);
    }
    const reportFile = await writeOut(
      workspace,
      inputs["json-file"] || join3(process.env.RUNNER_TEMP || tmpdir2(), "shadow-ai", "report.json"),
      toJson(comparison ? { ...report, comparison: comparisonForJson(comparison) } : report)
    );
    const sarifFile = inputs["sarif-file"] ? await writeOut(workspace, inputs["sarif-file"], toSarif(report)) : "";
    const hint = [inputs["json-file"] && `\`${inputs["json-file"]}\``, inputs["sarif-file"] && `\`${inputs["sarif-file"]}\``].filter(Boolean).join(" and ") || "the job log";
    if (process.env.GITHUB_STEP_SUMMARY) {
      const md = toMarkdown(report, { comparison, block: inputs.block, maxBytes: SUMMARY_MAX_BYTES - 1024, fullReportHint: hint });
      await summary.addRaw(md).write();
    }
    if (plan.kind === "diff" && plan.pr && inputs.comment !== "never") {
      const want = wantsComment(inputs.comment, report);
      const body = commentBody(report, { comparison, block: inputs.block, fullReportHint: hint });
      try {
        const res = await api().upsertComment(plan.pr.number, COMMENT_MARKER, body, want);
        if (res.outcome === "forbidden") {
          notice(
            `shadow-ai: could not write the pull-request comment (${res.message}). A fork's token is read-only; the job summary has the full report. Grant \`pull-requests: write\` to enable comments.`
          );
        } else if (res.outcome !== "skipped") info(`shadow-ai: pull-request comment ${res.outcome}: ${res.url}`);
      } catch (err) {
        warning(`shadow-ai: could not write the pull-request comment: ${err.message}`);
      }
    }
    const open2 = report.findings.filter((f) => !f.suppressed);
    const blocking = open2.filter((f) => f.blocking).length;
    setOutput("vendors", JSON.stringify(report.vendors.map((v) => v.id)));
    setOutput("undeclared", JSON.stringify(report.vendors.filter((v) => v.status === "undeclared").map((v) => v.id)));
    setOutput("findings", String(open2.length));
    setOutput("blocking", String(blocking));
    setOutput("report-file", reportFile);
    setOutput("sarif-file", sarifFile);
    if (blocking > 0) {
      const phrase = blockingPhrase(groupFindings(open2.filter((f) => f.blocking)), comparison !== void 0);
      const msg = `shadow-ai: ${phrase.what}${phrase.detail ? `: ${phrase.detail}` : ""} (see the job summary)`;
      if (inputs.block) setFailed(msg);
      else warning(`${msg}; not failing because block is false`);
    }
  } catch (err) {
    setFailed(`shadow-ai: ${err.message}`);
  }
}
export {
  run2 as run
};
