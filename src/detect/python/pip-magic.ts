// `!pip install openai`, `%pip install -q "anthropic>=0.30"`, `!uv pip install x`,
// `!{sys.executable} -m pip install x`, `!uv add x`: in a notebook these declare
// dependencies. Shell words are split with quotes honoured; options and their
// values are skipped; anything with a variable (`$PKG`, `{pkg}`) is ignored.

import { parseRequirement, type Requirement } from "../manifests/pypi/pep508.js";

/** pip / uv options that take a separate value. */
const WITH_VALUE = new Set([
  "-r", "--requirement", "-c", "--constraint", "-i", "--index-url", "--extra-index-url", "-f", "--find-links",
  "-t", "--target", "--prefix", "--root", "--platform", "--python-version", "--implementation", "--abi", "--src",
  "--no-binary", "--only-binary", "--progress-bar", "--cache-dir", "--log", "--proxy", "--retries", "--timeout",
  "--trusted-host", "--upgrade-strategy", "--config-settings", "-C", "--global-option", "--install-option", "--python",
  "-p", "--group", "--extra", "--index", "--default-index", "--optional", "--dev-group", "--exclude-newer", "--report",
  "--cert", "--client-cert", "--keyring-provider", "--use-feature", "--use-deprecated", "--format",
]);

interface Word {
  text: string;
  offset: number; // offset of the word's first content character within the line
  quoted: boolean;
}

function shellWords(line: string): Word[][] {
  const commands: Word[][] = [[]];
  let i = 0;
  const n = line.length;
  while (i < n) {
    const c = line[i]!;
    if (c === " " || c === "\t") {
      i++;
      continue;
    }
    if (c === "#") break;
    if (c === ";" || c === "|" || c === "&") {
      commands.push([]);
      i += line[i + 1] === c ? 2 : 1;
      continue;
    }
    let text = "";
    let offset = -1;
    let quoted = false;
    while (i < n && !/[ \t;|&]/.test(line[i]!)) {
      const d = line[i]!;
      if (d === "'" || d === '"') {
        quoted = true;
        const close = line.indexOf(d, i + 1);
        const end = close < 0 ? n : close;
        if (offset < 0) offset = i + 1;
        text += line.slice(i + 1, end);
        i = end + 1;
        continue;
      }
      if (d === "\\" && i + 1 < n) {
        if (offset < 0) offset = i + 1;
        text += line[i + 1];
        i += 2;
        continue;
      }
      if (offset < 0) offset = i;
      text += d;
      i++;
    }
    commands[commands.length - 1]!.push({ text, offset: offset < 0 ? i : offset, quoted });
  }
  return commands;
}

/** Requirements installed by one magic / shell line (the leading `!` or `%` included or not). */
export function pipInstallRequirements(line: string): Requirement[] {
  const body = line.replace(/^(\s*)[!%]/, "$1 ");
  const out: Requirement[] = [];
  for (const words of shellWords(body)) {
    // pip in command position: `pip install`, `python -m pip install`, `uv pip install`, `sudo pip install`.
    const commandPosition = (idx: number) => idx === 0 || ["-m", "uv", "sudo"].includes(words[idx - 1]!.text);
    let k = words.findIndex(
      (w, idx) => /(?:^|[/\\])pip(?:\d+(?:\.\d+)*)?$/.test(w.text) && words[idx + 1]?.text === "install" && commandPosition(idx),
    );
    if (k >= 0) k += 2;
    else {
      const uv = words.findIndex((w, idx) => /(?:^|[/\\])uv$/.test(w.text) && words[idx + 1]?.text === "add" && commandPosition(idx));
      if (uv < 0) continue;
      k = uv + 2;
    }
    for (; k < words.length; k++) {
      const w = words[k]!;
      if (/[$]|\{.*\}/.test(w.text)) continue;
      if (w.text.startsWith("-")) {
        if (w.text === "-e" || w.text === "--editable") {
          const next = words[++k];
          const r = next && parseRequirement(next.text);
          if (r) out.push({ ...r, offset: r.offset + next.offset });
          continue;
        }
        if (WITH_VALUE.has(w.text)) k++;
        continue;
      }
      const r = parseRequirement(w.text);
      if (r) out.push({ ...r, offset: r.offset + w.offset });
    }
  }
  return out;
}
