import type { Catalog } from "../catalog/compile.js";
import { byteTokenTester } from "../catalog/token-bytes.js";
import { tokenTester } from "../catalog/token-scan.js";

// The catalog's prefilter over one file's text, remembered for that text: the
// pipeline asks first and a detector asks again (the JavaScript detector gates
// its import lookup on it), and the pattern is a pass over the whole file.
let last: { prefilter: RegExp; text: string; passes: boolean } | undefined;
// The scanner for each catalog's pattern (a scan's catalog may be extended).
const testers = new WeakMap<RegExp, (text: string) => boolean>();

/** Whether the text names any catalog token (`catalog.prefilter.test(text)`). */
export function passesPrefilter(catalog: Catalog, text: string): boolean {
  if (last && last.prefilter === catalog.prefilter && last.text === text) return last.passes;
  let test = testers.get(catalog.prefilter);
  if (!test) testers.set(catalog.prefilter, (test = tokenTester(catalog.prefilter)));
  const passes = test(text);
  last = { prefilter: catalog.prefilter, text, passes };
  return passes;
}

const byteTesters = new WeakMap<RegExp, ((buf: Uint8Array) => boolean) | null>();

/**
 * The prefilter over a UTF-8 file's bytes (the same answer as over its decoded
 * text), or undefined when the catalog's pattern is not one it can read.
 */
export function bytePrefilter(catalog: Catalog): ((buf: Uint8Array) => boolean) | undefined {
  let test = byteTesters.get(catalog.prefilter);
  if (test === undefined) byteTesters.set(catalog.prefilter, (test = byteTokenTester(catalog.prefilter) ?? null));
  return test ?? undefined;
}

/** The bytes of `text` passed bytePrefilter: the detectors' own asks need not scan it again. */
export function rememberPasses(catalog: Catalog, text: string): void {
  last = { prefilter: catalog.prefilter, text, passes: true };
}
