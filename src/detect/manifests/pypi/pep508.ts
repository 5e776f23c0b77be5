// Python requirement specifiers (PEP 508 and pip's extensions): enough to get
// the distribution name, where it sits, and the major version it declares.

export interface Requirement {
  name: string;
  /** Offset of the name within the parsed string. */
  offset: number;
  /** Major version of a pin or lower bound (`==1.2`, `>=1`, `~=1.3`), when there is one. */
  major?: string;
}

const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;
const ARCHIVE = /^([A-Za-z0-9](?:[A-Za-z0-9._]*[A-Za-z0-9])?)-(\d[^-/]*?)(?:-[^/]*)?\.(?:whl|tar\.gz|tar\.bz2|tar\.xz|zip|tgz)$/i;

/** Major version of a pin or lower bound in a PEP 440 specifier list. */
export function pep440Major(spec: string): string | undefined {
  const majors = new Set<string>();
  for (const clause of spec.split(",")) {
    const m = /^\s*(===|==|~=|>=|>)\s*v?(\d+)/.exec(clause);
    if (m) majors.add(String(Number(m[2])));
  }
  return majors.size === 1 ? [...majors][0] : majors.size > 1 ? String(Math.min(...[...majors].map(Number))) : undefined;
}

/** Poetry / Pipfile constraints: `^1.2`, `~1.2`, `1.2.3` (exact), `>=1,<2`, `*`. */
export function constraintMajor(spec: string): string | undefined {
  const s = spec.trim();
  if (s === "" || s === "*") return undefined;
  if (/\|\|?/.test(s)) {
    const alts = s.split(/\|\|?/).map(constraintMajor);
    return alts.every((a) => a !== undefined && a === alts[0]) ? alts[0] : undefined;
  }
  const bare = /^(?:\^|~(?!=)|=(?!=))?\s*v?(\d+)/.exec(s);
  if (bare) return String(Number(bare[1]));
  return pep440Major(s);
}

/** The name (and where it is) in a direct URL or path: `…#egg=name`, `name-1.0-py3-none-any.whl`. */
function fromUrl(s: string): Requirement | undefined {
  const egg = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(s);
  if (egg) {
    const name = egg[1]!.replace(/-\d.*$/, "");
    return { name, offset: egg.index + egg[0].length - egg[1]!.length };
  }
  const path = s.replace(/[?#].*$/, "");
  const slash = path.lastIndexOf("/");
  const base = path.slice(slash + 1);
  const archive = ARCHIVE.exec(base);
  if (archive) {
    const major = /^\d+/.exec(archive[2]!)?.[0];
    const r: Requirement = { name: archive[1]!, offset: slash + 1 };
    if (major !== undefined) r.major = String(Number(major));
    return r;
  }
  return undefined;
}

const isUrlOrPath = (s: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || /^(?:git|hg|svn|bzr)\+/i.test(s) || /^(?:\.{1,2}[/\\]|\.$|\/|~|[A-Za-z]:[/\\])/.test(s) || /^file:/i.test(s);

/** A requirement string: `openai[datalib]>=1.0; python_version>"3.8"`, `name @ url`, a URL with `#egg=`, an archive. */
export function parseRequirement(input: string): Requirement | undefined {
  const lead = input.length - input.trimStart().length;
  const s = input.trim();
  if (s === "") return undefined;
  if (isUrlOrPath(s)) {
    const r = fromUrl(s);
    return r && { ...r, offset: r.offset + lead };
  }
  const m = NAME.exec(s);
  if (!m) return undefined;
  let rest = s.slice(m[0].length);
  const after = rest.trimStart();
  if (after !== "" && !/^[[(<>=!~;@,]/.test(after) && !/^\s/.test(rest)) return undefined; // not a name: `foo/bar`, `$VAR`
  rest = after.replace(/^\[[^\]]*\]\s*/, "");
  if (rest.startsWith("@")) return { name: m[0], offset: lead }; // direct reference: the name is authoritative
  const spec = rest.split(";")[0]!.replace(/^\(|\)\s*$/g, "");
  const r: Requirement = { name: m[0], offset: lead };
  const major = pep440Major(spec);
  if (major !== undefined) r.major = major;
  return r;
}
