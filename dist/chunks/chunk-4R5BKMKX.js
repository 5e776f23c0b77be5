import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);

// src/report/escape.ts
var CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t", "\0": "\\0", "\x1B": "\\e" };
var MAX_PRINTED = 300;
function oneLine(s, max = MAX_PRINTED) {
  const t = s.replace(CONTROLS, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  if (t.length <= max) return t;
  const end = /[\ud800-\udbff]/.test(t[max - 2] ?? "") ? max - 2 : max - 1;
  return `${t.slice(0, end)}\u2026`;
}
function logLine(line) {
  return /^\s*::/.test(line) ? line.replace(/::/, ":\u200B:") : line;
}
var HTML = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function html(s, max = Number.POSITIVE_INFINITY) {
  return oneLine(s, max).replace(/[&<>"']/g, (c) => HTML[c]);
}
function mdText(s, max = MAX_PRINTED) {
  return oneLine(s, max).replace(/[&<>]/g, (c) => HTML[c]).replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`).replace(/^(\s*)([#\-+])(?=\s|$)/, "$1\\$2").replace(/^(\s*\d+)([.)])(?=\s|$)/, "$1\\$2").replace(/@(?=\w)/g, "@\u200B");
}
function mdCode(s, max = MAX_PRINTED) {
  const t = oneLine(s, max).replace(/(\\*)\|/g, (_, bs) => `${bs}${bs.length % 2 === 0 ? "\\" : "\\\\"}|`);
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  const pad = longest > 0 || t.startsWith(" ") || t.endsWith(" ") ? " " : "";
  return `${fence}${pad}${t}${pad}${fence}`;
}
function csvCell(value) {
  let s = value === void 0 || value === null ? "" : oneLine(String(value), Number.POSITIVE_INFINITY);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
function mdProse(s, max = Number.POSITIVE_INFINITY) {
  return oneLine(s, max).replace(/[&<>]/g, (c) => HTML[c]);
}
function mdFence(lines, info = "", max = MAX_PRINTED) {
  const shown = lines.map((l) => logLine(oneLine(l, max)));
  const longest = Math.max(2, ...shown.flatMap((l) => (l.match(/`+/g) ?? []).map((r) => r.length)));
  const fence = "`".repeat(longest + 1);
  return [`${fence}${info}`, ...shown, fence];
}

export {
  MAX_PRINTED,
  oneLine,
  logLine,
  html,
  mdText,
  mdCode,
  csvCell,
  mdProse,
  mdFence
};
