import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";

export type ReadResult = { text: string } | { skip: "binary" } | { error: string };

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

/**
 * readText without the event loop: a promise-based read is four thread-pool
 * round trips (open, stat, read, close); for the many small files of a source
 * tree a synchronous read from the page cache is several times faster.
 */
export function readTextSync(absPath: string): ReadResult {
  let buf: Buffer;
  try {
    buf = readFileSync(absPath);
  } catch (err) {
    return { error: `could not read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
  }
  return decodeText(buf);
}

/** UTF-8 (BOM dropped) or UTF-16 with a BOM; binary when a NUL byte is in the first 8000 bytes. */
export function decodeText(buf: Buffer): ReadResult {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(buf.subarray(2)) };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(buf.subarray(2)) };
  if (buf.subarray(0, 8000).includes(0)) return { skip: "binary" };
  const start = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  // Invalid UTF-8 becomes U+FFFD: the rest of the file is still scanned.
  return { text: buf.toString("utf8", start) };
}
