import type { Catalog } from "../catalog/compile.js";

// The catalog's prefilter over one file's text, remembered for that text: the
// pipeline asks first and a detector asks again (the JavaScript detector gates
// its import lookup on it), and the pattern is a pass over the whole file.
let last: { prefilter: RegExp; text: string; passes: boolean } | undefined;

/** Whether the text names any catalog token (`catalog.prefilter.test(text)`). */
export function passesPrefilter(catalog: Catalog, text: string): boolean {
  if (last && last.prefilter === catalog.prefilter && last.text === text) return last.passes;
  const passes = catalog.prefilter.test(text);
  last = { prefilter: catalog.prefilter, text, passes };
  return passes;
}
