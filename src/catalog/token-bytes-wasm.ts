// The byte prefilter in WebAssembly (prefilter.wat): the JavaScript tester ran
// at ~270 MB/s over test262 once warm and at two thirds of that before V8 had
// optimised it; the module runs the same loop over the same tables at twice
// that speed from its first byte, and the prefilter reads every byte of a tree.
// Only the tables' layout and the copy of each text in are done here.

import { PREFILTER_WASM } from "./prefilter-wasm.js";
import { HASH, WORD_CHAR } from "./token-scan.js";
import type { ByteTables } from "./token-bytes.js";

/** Texts longer than this are left to the JavaScript tester, so a thread's module memory stays below ~9 MB. */
export const WASM_MAX_TEXT = 8 << 20;

const SLOT = 1024; // prefilter.wat's layout
const MODULE_HASH = 0x9e3779b1 | 0; // the multiplier prefilter.wat hashes keys with
const PAGE = 1 << 16;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

interface Exports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  layout(lists: number, cands: number): void;
  scan(base: number, n: number): number;
}

// What this module uses of the WebAssembly API (Node 20's types do not declare it).
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}
const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;

let compiled: object | null | undefined;

/** The module, compiled once per thread; null where the runtime has no WebAssembly (`--jitless`). */
function module(): object | null {
  if (compiled === undefined) {
    try {
      compiled = api ? new api.Module(Buffer.from(PREFILTER_WASM, "base64")) : null;
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/**
 * The tester over `tables` in WebAssembly, with the same tables' JavaScript
 * tester for long texts and any trap, and its `tail` for a two-byte word that
 * ends the text; undefined when the tables do not fit the module's layout or
 * the runtime has no WebAssembly.
 */
export function wasmTester(
  tables: ByteTables,
  js: { test: (buf: Uint8Array) => boolean; tail: (buf: Uint8Array) => boolean },
): ((buf: Uint8Array) => boolean) | undefined {
  const { lists, slot } = tables;
  const cands = lists.flat();
  // The tables' hash must be the module's; the layout's field widths are a u16
  // slot, a u16 length and a u8 key offset, written through typed arrays:
  // WebAssembly memory is little-endian, typed arrays are the platform's (s390x is not).
  if (HASH !== MODULE_HASH || !LITTLE_ENDIAN || lists.length >= 1 << 16 || cands.some((c) => c.bytes.length >= 1 << 16 || c.offset >= 1 << 8)) return undefined;
  const mod = module();
  if (!mod || !api) return undefined;
  let ex: Exports;
  try {
    ex = new api.Instance(mod, {}).exports as Exports;
  } catch {
    return undefined;
  }
  const tokens = new Map<Uint8Array, number>();
  const listsAt = SLOT + slot.length * 2;
  const candsAt = listsAt + lists.length * 8;
  let end = candsAt + cands.length * 8;
  for (const c of cands) {
    if (tokens.has(c.bytes)) continue;
    tokens.set(c.bytes, end);
    end += c.bytes.length;
  }
  const base = (end + 15) & ~15;
  const grow = (bytes: number) => {
    const have = ex.memory.buffer.byteLength;
    if (bytes > have) ex.memory.grow(Math.ceil((bytes - have) / PAGE));
    return new Uint8Array(ex.memory.buffer);
  };
  let mem = grow(base + PAGE);
  mem.set(WORD_CHAR, 0);
  new Uint16Array(mem.buffer, SLOT, slot.length).set(slot);
  const listWords = new Uint32Array(mem.buffer, listsAt, lists.length * 2);
  const candWords = new Uint32Array(mem.buffer, candsAt, cands.length * 2);
  let index = 0;
  lists.forEach((list, i) => {
    listWords[i * 2] = index;
    listWords[i * 2 + 1] = list.length;
    for (const c of list) {
      candWords[index * 2] = tokens.get(c.bytes)!;
      candWords[index * 2 + 1] = c.bytes.length | (c.offset << 16) | ((c.word ? 1 : 0) << 24);
      index++;
    }
  });
  for (const [bytes, at] of tokens) mem.set(bytes, at);
  ex.layout(listsAt, candsAt);

  return (buf) => {
    const n = buf.length;
    if (n > WASM_MAX_TEXT) return js.test(buf);
    if (base + n > mem.length) mem = grow(base + n);
    mem.set(buf, base);
    let found: number;
    try {
      found = ex.scan(base, n);
    } catch {
      return js.test(buf);
    }
    return found !== 0 || js.tail(buf);
  };
}
