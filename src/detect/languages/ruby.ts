// Ruby: `require "x"`, `require 'x'`, `require("x")`, `Kernel.require "x"`.
// `require_relative` loads the project's own files and is never evidence;
// neither is a `require` inside a string, heredoc, `=begin` block or comment,
// nor `foo.require`. A gem's require path follows RubyGems' convention
// (`google-cloud-x` → `google/cloud/x`), so a path no import root matches
// falls back to the longest `/`-prefix that, joined with `-`, is a catalog gem.

import type { Catalog, Target } from "../../catalog/compile.js";
import type { Masked } from "./mask.js";
import { importDetector, type ImportRef } from "./common.js";

const REQUIRE = /(?<![\w.:$@])(?:Kernel[ \t]*\.[ \t]*)?require(?![\w?!])[ \t]*(?:\([ \t]*)?"/g;

export function rubyRequires(masked: Masked, text: string): ImportRef[] {
  const out: ImportRef[] = [];
  for (const m of masked.code.matchAll(REQUIRE)) {
    const at = m.index + m[0].length - 1;
    const s = masked.strings.get(at);
    if (!s) continue;
    const raw = text.slice(s.contentStart, s.end);
    // Only plain literals name a library: no interpolation, heredoc or relative path.
    if (text[at] !== '"' && text[at] !== "'" ) continue;
    if (raw.includes("#{") || !/^[A-Za-z0-9_][\w./-]*$/.test(s.value)) continue;
    out.push({ spec: s.value, offset: s.contentStart, statement: m.index });
  }
  return out;
}

export function rubygemsFallback(catalog: Catalog, spec: string): Target[] {
  const parts = spec.replace(/\.rb$/, "").split("/");
  for (let n = parts.length; n > 0; n--) {
    const hits = catalog.lookupPackage("rubygems", parts.slice(0, n).join("-"));
    if (hits.length > 0) return hits;
  }
  return [];
}

export const detectRuby = importDetector({ language: "ruby", ecosystem: "rubygems", defaultLang: "ruby", find: rubyRequires, fallback: rubygemsFallback });
