import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { readFile } from "node:fs/promises";

/** A file's text (with its size in bytes when the reader knows it), or why there is none. */
export type ReadResult = { text: string; bytes?: number } | { skip: "binary" } | { skip: "too-large"; size: number; maxSize: number } | { error: string };

/**
 * Reads a file once and decodes it: UTF-8 (BOM dropped), UTF-16 with a BOM;
 * a NUL byte in the first 8000 bytes marks it binary, as git decides.
 */
export async function readText(absPath: string): Promise<ReadResult> {
  let buf: Buffer;
  try {
    buf = await readFile(absPath);
  } catch (err) {
    return { error: `could not read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
  }
  return decodeText(buf);
}

// One buffer for every synchronous read: a source tree is thousands of small
// files, and a fresh Buffer each is garbage the collector then has to chase.
let scratch = Buffer.allocUnsafe(1 << 16);
const KEEP_SCRATCH = 8 << 20;

export interface ReadOptions {
  /** The size the walk saw (lstat): read that much, without an fstat of its own. */
  size?: number;
  /** Refuse a file over this many bytes (`{ skip: "too-large" }`), having read at most one byte more. */
  maxSize?: number;
}

/** A file's bytes, in a buffer the next read reuses (decode or copy before reading again), or why there are none. */
export type BytesResult = { buf: Buffer } | { skip: "too-large"; size: number; maxSize: number } | { error: string };

/**
 * readText without the event loop: a promise-based read is four thread-pool
 * round trips (open, stat, read, close); for the many small files of a source
 * tree a synchronous read from the page cache is several times faster. With
 * `maxSize` the walk need not lstat every file: the read itself finds the ones
 * over the cap.
 */
export function readTextSync(absPath: string, options: ReadOptions = {}): ReadResult {
  const r = readBytesSync(absPath, options);
  if (!("buf" in r)) return r;
  const read = decodeText(r.buf);
  return "text" in read ? { text: read.text, bytes: r.buf.length } : read;
}

/** readTextSync's read, before decoding: the scan tests the catalog's tokens on the bytes first. */
export function readBytesSync(absPath: string, options: ReadOptions = {}): BytesResult {
  let fd: number;
  try {
    fd = openSync(absPath, "r");
  } catch (err) {
    return { error: `could not read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
  }
  try {
    const limit = options.maxSize === undefined ? Infinity : options.maxSize + 1;
    let n = 0;
    for (;;) {
      if (n === scratch.length) {
        const bigger = Buffer.allocUnsafe(Math.min(scratch.length * 2, Math.max(limit, scratch.length + 1)));
        scratch.copy(bigger, 0, 0, n);
        scratch = bigger;
      }
      const want = Math.min(scratch.length, limit) - n;
      const got = readSync(fd, scratch, n, want, null);
      if (got === 0) break;
      n += got;
      if (n >= limit) return { skip: "too-large", size: fstatSync(fd).size, maxSize: options.maxSize! };
      // The walk's size read: a file that grew since is read as it was listed.
      if (options.size !== undefined && n >= options.size) break;
      // A regular file's read comes back short only at its end: no second read
      // to be told so (one syscall in four of a tree's many small files).
      if (got < want) break;
    }
    // A view: a big file's buffer stays alive through it after scratch shrinks below.
    return { buf: scratch.subarray(0, n) };
  } catch (err) {
    return { error: `could not read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
  } finally {
    closeSync(fd);
    if (scratch.length > KEEP_SCRATCH) scratch = Buffer.allocUnsafe(1 << 16);
  }
}

/** How decodeText reads a file's bytes: by its BOM, or binary when a NUL byte is in the first 8000 bytes (as git decides). */
export function encodingOf(buf: Buffer): "utf-16le" | "utf-16be" | "binary" | "utf-8" {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return "utf-16le";
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return "utf-16be";
  return buf.subarray(0, 8000).includes(0) ? "binary" : "utf-8";
}

/** UTF-8 (BOM dropped) or UTF-16 with a BOM; binary when a NUL byte is in the first 8000 bytes. */
export function decodeText(buf: Buffer): ReadResult {
  const encoding = encodingOf(buf);
  if (encoding === "utf-16le" || encoding === "utf-16be") return { text: new TextDecoder(encoding).decode(buf.subarray(2)) };
  if (encoding === "binary") return { skip: "binary" };
  const start = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  // Invalid UTF-8 becomes U+FFFD: the rest of the file is still scanned.
  return { text: buf.toString("utf8", start) };
}
