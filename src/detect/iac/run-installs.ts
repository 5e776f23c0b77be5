// Packages a shell command installs (`RUN pip install openai`, `RUN npm i -g
// @anthropic-ai/claude-code`): in a Dockerfile they are the image's
// dependencies, as `!pip install` lines are a notebook's.
import { pipInstallRequirements } from "../python/pip-magic.js";

export interface Install {
  ecosystem: "pypi" | "npm";
  name: string;
  major?: string;
  /** Offset of the name within the command. */
  offset: number;
}

/** npm-family installers and the subcommands that install named packages. */
const NPM_INSTALL = /^(?:npm|pnpm|yarn|bun)$/;
const NPM_VERBS = new Set(["install", "i", "add"]);

export function runInstalls(command: string): Install[] {
  const out: Install[] = pipInstallRequirements(command).map((r) => ({
    ecosystem: "pypi" as const,
    name: r.name,
    offset: r.offset,
    ...(r.major !== undefined ? { major: r.major } : {}),
  }));
  // Words with their offsets, split into commands at ; && || | and newlines.
  const words = [...command.matchAll(/[^\s;&|]+|[;&|]+/g)].map((m) => ({ text: m[0], offset: m.index! }));
  for (let i = 0; i < words.length; i++) {
    if (!NPM_INSTALL.test(words[i]!.text)) continue;
    // `yarn global add x`, `npm --prefix /x install y`: options and `global` before the verb.
    let j = i + 1;
    while (j < words.length && (words[j]!.text.startsWith("-") || words[j]!.text === "global")) j++;
    if (!NPM_VERBS.has(words[j]?.text ?? "")) continue;
    for (j++; j < words.length && !/^[;&|]+$/.test(words[j]!.text); j++) {
      const w = words[j]!.text.replace(/^["']|["']$/g, "");
      if (w.startsWith("-") || /[$`{}]/.test(w)) continue; // options; anything with a variable
      // name[@range], @scope/name[@range]; not paths, URLs, git specs or tarballs
      const m = /^((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*)(?:@[^\s]*)?$/i.exec(w);
      if (!m || /[/:]/.test(w.slice(m[1]!.length)) || w.includes("://")) continue;
      const quote = /^["']/.test(words[j]!.text) ? 1 : 0;
      out.push({ ecosystem: "npm", name: m[1]!.toLowerCase(), offset: words[j]!.offset + quote });
    }
  }
  return out;
}
