// The floor under a whole-tree scan: a fresh Node process that does only the
// work every scan of a tree does before it detects anything, up to one stage:
//   walk       list the files (the scan's own walk: ignore files, kinds)
//   read       + read each file's bytes
//   prefilter  + the catalog's byte prefilter on them
//   decode     + decode the files that pass it
//   tokenize   + tokenize the JavaScript / TypeScript among those
// No catalog is loaded (the pattern comes from a file the bench writes) and no
// detector, report or worker runs, so a scan cannot be faster than this on one
// thread. `npm run bench -- --floor` bundles it with esbuild and times each stage
// in its own process, like the scan, against the same `rg`.
//
// node bench-floor.mjs TREE STAGE PATTERN_FILE
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { byteTokenTester } from "../src/catalog/token-bytes.js";
import { dialectOf } from "../src/detect/javascript/detect.js";
import { lex } from "../src/detect/javascript/tokenizer.js";
import { decodeText, readBytesSync } from "../src/discover/read.js";
import { DEFAULT_MAX_FILE_SIZE, discover } from "../src/discover/walk.js";
import { tuneJit } from "../src/jit-tuning.js";

const STAGES = ["walk", "read", "prefilter", "decode", "tokenize"];
const [root, stage, patternFile] = process.argv.slice(2);
const upTo = STAGES.indexOf(stage ?? "");
if (!root || upTo < 0 || !patternFile) {
  console.error(`usage: bench-floor TREE ${STAGES.join("|")} PATTERN_FILE`);
  process.exit(2);
}
tuneJit(); // the CLI's tiering, so the tokenizer warms up as it does in a scan

const test = byteTokenTester(new RegExp(readFileSync(patternFile, "utf8")));
if (!test) throw new Error("bench-floor: the pattern is not one the byte prefilter reads");
const found = await discover(root, { sizeAtRead: true });
let read = 0;
let passed = 0;
if (upTo >= 1) {
  for (const file of found.files) {
    const r = readBytesSync(join(root, file.path), { size: file.size, maxSize: DEFAULT_MAX_FILE_SIZE });
    if (!("buf" in r)) continue;
    read++;
    if (upTo < 2 || !test(r.buf)) continue;
    passed++;
    if (upTo < 3) continue;
    const decoded = decodeText(r.buf);
    if (upTo >= 4 && "text" in decoded && file.kind === "js") lex(decoded.text, dialectOf(file.path));
  }
}
console.log(JSON.stringify({ files: found.files.length, read, passed }));
