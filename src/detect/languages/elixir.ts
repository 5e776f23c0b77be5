// Elixir: `alias A.B.C`, `alias A.B.{C, D}`, `import A.B`, `use A.B`,
// `require A.B`, and a fully qualified module named anywhere in code
// (`ExAws.Bedrock.invoke_model(…)`, `LangChain.ChatModels.ChatOpenAI.new!()`):
// Elixir calls a module by its full name without any directive. On the mask,
// so a module named in a @moduledoc, a string or a comment is text. A module
// the file defines itself (`defmodule OpenAI.Wrapper`) is not a reference.

import type { Masked } from "./mask.js";
import { importDetector, type ImportRef } from "./common.js";

const DIRECTIVE = /(?<![\w.:@])(alias|import|use|require)[ \t]+([A-Z]\w*(?:\.[A-Z]\w*)*)(?:\.\{([^}]*)\})?/dg;
const MODULE = /(?<![\w.:@?!])[A-Z]\w*(?:\.[A-Z]\w*)*/g;
const DEFINES = /(?<![\w.:@])(?:defmodule|defprotocol|defimpl)[ \t]+([A-Z]\w*(?:\.[A-Z]\w*)*)/g;

export function elixirImports(masked: Masked): ImportRef[] {
  const { code } = masked;
  const out: ImportRef[] = [];
  const own = [...code.matchAll(DEFINES)].map((m) => m[1]!);
  const isOwn = (path: string) => own.some((o) => path === o || path.startsWith(o + "."));
  const inDirective = new Set<number>();
  for (const m of code.matchAll(DIRECTIVE)) {
    const base = m[2]!;
    const at = m.indices![2]![0];
    inDirective.add(at);
    if (isOwn(base)) continue;
    if (m[3] !== undefined) {
      for (const name of m[3].split(",")) {
        const leaf = /^\s*([A-Z]\w*(?:\.[A-Z]\w*)*)\s*$/.exec(name)?.[1];
        if (leaf) out.push({ spec: `${base}.${leaf}`, offset: at, statement: m.index });
      }
    } else {
      out.push({ spec: base, offset: at, statement: m.index });
    }
  }
  // Qualified calls: one statement id for all, so each target is reported once per file.
  for (const m of code.matchAll(MODULE)) {
    if (inDirective.has(m.index) || isOwn(m[0])) continue;
    const before = code.slice(Math.max(0, m.index - 12), m.index);
    if (/(?:defmodule|defprotocol|defimpl)[ \t]+$/.test(before)) continue;
    out.push({ spec: m[0], offset: m.index, statement: -1 });
  }
  return out;
}

export const detectElixir = importDetector({ language: "elixir", ecosystem: "hex", defaultLang: "elixir", find: elixirImports, fromMask: true });
