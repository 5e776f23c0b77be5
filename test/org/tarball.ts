import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import * as tar from "tar-stream";

export interface ExtraEntry {
  name: string;
  type?: "file" | "symlink" | "link" | "directory";
  content?: string;
  linkname?: string;
}

/** A pax global header block as `git archive` writes it first (typeflag 'g', comment = commit id). */
function paxGlobal(commit: string): Buffer {
  const record = (k: string, v: string) => {
    const body = ` ${k}=${v}\n`;
    let len = body.length + 2;
    if (String(len).length + body.length !== len) len = String(len + 1).length + body.length;
    return `${len}${body}`;
  };
  const data = Buffer.from(record("comment", commit));
  const header = Buffer.alloc(512);
  header.write("pax_global_header", 0, "latin1");
  header.write("0000666\0", 100, "latin1");
  header.write("0000000\0", 108, "latin1");
  header.write("0000000\0", 116, "latin1");
  header.write(`${data.length.toString(8).padStart(11, "0")}\0`, 124, "latin1");
  header.write("00000000000\0", 136, "latin1");
  header.write("        ", 148, "latin1");
  header[156] = 0x67; // 'g'
  header.write("ustar\0", 257, "latin1");
  header.write("00", 263, "latin1");
  let sum = 0;
  for (const b of header) sum += b;
  header.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, "latin1");
  const padded = Buffer.alloc(Math.ceil(data.length / 512) * 512);
  data.copy(padded);
  return Buffer.concat([header, padded]);
}

function listFiles(dir: string, rel = ""): string[] {
  return readdirSync(join(dir, rel), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => {
      const p = rel ? `${rel}/${e.name}` : e.name;
      return e.isDirectory() ? [`${p}/`, ...listFiles(dir, p)] : [p];
    });
}

/**
 * A gzip'd tarball shaped like GitHub's: a pax global header with the commit,
 * then every file under one top folder `<root>/`, then any extra entries
 * (which may be malicious).
 */
export async function tarballOf(dir: string | undefined, root: string, options: { commit?: string; extra?: ExtraEntry[] } = {}): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on("data", (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((res, rej) => {
    pack.on("end", () => res());
    pack.on("error", rej);
  });
  const add = (header: tar.Headers, content?: Buffer) =>
    new Promise<void>((res, rej) => pack.entry({ mtime: new Date(0), mode: 0o644, ...header }, content ?? Buffer.alloc(0), (err) => (err ? rej(err) : res())));
  await add({ name: `${root}/`, type: "directory", mode: 0o755 });
  for (const p of dir ? listFiles(dir) : []) {
    if (p.endsWith("/")) await add({ name: `${root}/${p}`, type: "directory", mode: 0o755 });
    else {
      statSync(join(dir!, p));
      await add({ name: `${root}/${p}`, type: "file" }, readFileSync(join(dir!, p)));
    }
  }
  for (const x of options.extra ?? []) {
    if (x.type === "symlink" || x.type === "link") await add({ name: x.name, type: x.type, linkname: x.linkname ?? "" });
    else if (x.type === "directory") await add({ name: x.name, type: "directory", mode: 0o755 });
    else await add({ name: x.name, type: "file" }, Buffer.from(x.content ?? ""));
  }
  pack.finalize();
  await ended;
  const body = Buffer.concat(chunks);
  return gzipSync(options.commit ? Buffer.concat([paxGlobal(options.commit), body]) : body);
}
