// Generates realistic fake keys from the catalog's own key patterns, so every
// format the catalog knows is tested and a new format is tested the day it is
// added. Keys are generated at test time and never committed: GitHub's push
// protection (rightly) refuses commits that carry strings in real key formats.

/** A small seeded PRNG (mulberry32): the same seed gives the same keys. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FakeKey {
  value: string;
  /** Per character: true when it was drawn at random (not a literal of the pattern). */
  random: boolean[];
}

type Atom = { chars: string[]; random: boolean } | { alts: Atom[][] };

/** Drops lookarounds and `\b`: they constrain context, not the key's characters. */
function stripAssertions(p: string): string {
  let out = "";
  for (let i = 0; i < p.length; i++) {
    if (p.startsWith("(?=", i) || p.startsWith("(?!", i) || p.startsWith("(?<=", i) || p.startsWith("(?<!", i)) {
      let depth = 0;
      for (; i < p.length; i++) {
        if (p[i] === "\\") i++;
        else if (p[i] === "(") depth++;
        else if (p[i] === ")" && --depth === 0) break;
      }
      continue;
    }
    if (p.startsWith("\\b", i)) {
      i++;
      continue;
    }
    out += p[i];
  }
  return out;
}

function expandClass(body: string): string[] {
  const chars: string[] = [];
  for (let i = 0; i < body.length; i++) {
    let c = body[i]!;
    if (c === "\\") {
      const e = body[++i]!;
      if (e === "d") {
        chars.push(..."0123456789");
        continue;
      }
      c = e;
    }
    if (body[i + 1] === "-" && i + 2 < body.length) {
      const end = body[i + 2]!;
      for (let k = c.charCodeAt(0); k <= end.charCodeAt(0); k++) chars.push(String.fromCharCode(k));
      i += 2;
    } else chars.push(c);
  }
  return chars;
}

/** Parses the regex subset key patterns use: literals, classes, `(?:a|b)`, quantifiers. */
function parse(p: string, pos = { i: 0 }): Atom[][] {
  const alts: Atom[][] = [[]];
  const seq = () => alts[alts.length - 1]!;
  while (pos.i < p.length) {
    const c = p[pos.i]!;
    if (c === ")") break;
    if (c === "|") {
      alts.push([]);
      pos.i++;
      continue;
    }
    let atom: Atom;
    if (c === "[") {
      const end = p.indexOf("]", pos.i + 1);
      atom = { chars: expandClass(p.slice(pos.i + 1, end)), random: true };
      pos.i = end + 1;
    } else if (c === "(") {
      pos.i += p.startsWith("(?:", pos.i) ? 3 : 1;
      atom = { alts: parse(p, pos) };
      pos.i++; // ")"
    } else if (c === "\\") {
      const e = p[pos.i + 1]!;
      atom = e === "d" ? { chars: [..."0123456789"], random: true } : { chars: [e], random: false };
      pos.i += 2;
    } else {
      atom = { chars: [c], random: false };
      pos.i++;
    }
    let min = 1;
    let max = 1;
    const q = /^\{(\d+)(?:(,)(\d*))?\}|^[?*+]/.exec(p.slice(pos.i));
    if (q) {
      if (q[0] === "?") [min, max] = [0, 1];
      else if (q[0] === "*") [min, max] = [0, 8];
      else if (q[0] === "+") [min, max] = [1, 8];
      else {
        min = Number(q[1]);
        max = q[2] ? (q[3] ? Number(q[3]) : min + 8) : min;
      }
      pos.i += q[0].length;
    }
    seq().push({ ...atom, min, max } as Atom & { min: number; max: number });
  }
  return alts;
}

function emit(alts: Atom[][], next: () => number, out: FakeKey): void {
  const seq = alts[Math.floor(next() * alts.length)]!;
  for (const a of seq as (Atom & { min: number; max: number })[]) {
    // Lengths from the lower end of the range (plus a little): realistic, short.
    const n = a.min + Math.floor(next() * Math.min(a.max - a.min + 1, 24));
    for (let k = 0; k < n; k++) {
      if ("alts" in a) emit(a.alts, next, out);
      else {
        out.value += a.chars[Math.floor(next() * a.chars.length)]!;
        out.random.push(a.random && a.chars.length > 1);
      }
    }
  }
}

/** One random string the pattern matches in full, drawn until it does. */
export function fakeKey(pattern: string, next: () => number, accept: (s: string) => boolean = () => true): FakeKey {
  const full = new RegExp(`^(?:${pattern})$`);
  const tree = parse(stripAssertions(pattern));
  for (let attempt = 0; attempt < 1000; attempt++) {
    const out: FakeKey = { value: "", random: [] };
    emit(tree, next, out);
    if (full.test(out.value) && accept(out.value)) return out;
  }
  throw new Error(`could not generate a key for /${pattern}/`);
}

/** Windows of a key that must never appear in output: 12 characters, at least 6 of them random. */
export function secretWindows(key: FakeKey, width = 12): string[] {
  const out: string[] = [];
  for (let i = 0; i + width <= key.value.length; i++) {
    const random = key.random.slice(i, i + width).filter(Boolean).length;
    if (random >= width / 2) out.push(key.value.slice(i, i + width));
  }
  return out;
}
