// mix.exs: a dependency is a tuple whose first element is the app atom and
// whose second is a version requirement or a dependency option:
// `{:langchain, "~> 0.3"}`, `{:ex_aws_bedrock, github: "…"}`,
// `{:openai_ex, path: "../openai_ex", only: :dev}`. Read on the Elixir mask,
// so a commented-out dependency or one quoted in a @moduledoc is text; other
// tuples (`{:ok, x}`) have neither shape. `hex: :name` renames the package.

import { maskedLiterals } from "../../languages/common.js";
import { maskCode } from "../../languages/mask.js";
import type { Detector, DetectOutput } from "../../types.js";
import { EvidenceSink, firstMajor } from "../common.js";

const DEP = /\{[ \t\r\n]*:([a-z_][a-z0-9_]*)[ \t\r\n]*,[ \t\r\n]*(?:(")|(?:github|git|path|hex|in_umbrella|only|runtime|override|optional|sparse|app|compile|manager|organization|repo|env|system_env)[ \t]*:)/g;

export const detectMix: Detector = ({ file, text, catalog }): DetectOutput => {
  const sink = new EvidenceSink(file.path, text, catalog);
  let literals: DetectOutput["literals"] = [];
  try {
    const masked = maskCode(text, "elixir");
    literals = maskedLiterals(masked, text);
    for (const m of masked.code.matchAll(DEP)) {
      const at = m.index + m[0].indexOf(":") + 1;
      const version = m[2] ? masked.strings.get(m.index + m[0].length - 1)?.value : undefined;
      // `hex: :other_name` inside the tuple names the package on Hex.
      const close = masked.code.indexOf("}", m.index);
      const rest = masked.code.slice(m.index, close < 0 ? undefined : close);
      const renamed = /(?<![\w])hex[ \t]*:[ \t]*:([a-z_][a-z0-9_]*)/.exec(rest)?.[1];
      sink.add("hex", renamed ?? m[1]!, at, firstMajor(version));
    }
  } catch (err) {
    return { evidence: [], literals, diagnostics: [{ file: file.path, message: `could not parse mix.exs: ${(err as Error).message.split("\n")[0]}` }] };
  }
  return { evidence: sink.evidence, literals, diagnostics: [] };
};
