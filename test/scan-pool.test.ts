import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../src/catalog/load.js";
import { discover } from "../src/discover/walk.js";
import { NO_TOKEN, scanFiles } from "../src/scan/files.js";
import { bootFrom, MIN_FILES, MIN_FILES_FEW_CORES, poolFrom, startPool, takeBatch, useFrom, WINDOW, workerCount, type Pool } from "../src/scan/pool.js";
import type { ScannedFile } from "../src/types.js";

const failing = (name: string) => fileURLToPath(new URL(`./helpers/failing-workers/${name}.mjs`, import.meta.url));

/** Runs `fn` with `vars` set in process.env (workers read it too), then puts back what was there. */
async function withEnv<T>(vars: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(before)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** Hands `files` to the pool as a walk lists them: the growing list, one file at a time. */
function listAll(pool: Pool, files: readonly ScannedFile[]): ScannedFile[] {
  const listed: ScannedFile[] = [];
  for (const f of files) {
    listed.push(f);
    pool.listed(listed);
  }
  return listed;
}

describe("scan pool", () => {
  it("uses every core but one from 2,000 files (5,000 below 4 cores), the main thread scanning too, unless forced", () => {
    expect(workerCount(100_000, {}, 1)).toBe(0);
    expect(workerCount(100_000, {}, 2)).toBe(1);
    expect(workerCount(100_000, {}, 4)).toBe(3);
    expect(workerCount(100_000, {}, 64)).toBe(3);
    expect(workerCount(MIN_FILES - 1, {}, 8)).toBe(0);
    expect(workerCount(MIN_FILES, {}, 8)).toBe(3);
    expect(workerCount(MIN_FILES, {}, 2)).toBe(0);
    expect(workerCount(MIN_FILES_FEW_CORES - 1, {}, 3)).toBe(0);
    expect(workerCount(MIN_FILES_FEW_CORES, {}, 3)).toBe(2);
    expect(workerCount(100_000, { SHADOW_AI_WORKERS: "0" }, 8)).toBe(0);
    expect(workerCount(10, { SHADOW_AI_WORKERS: "3" }, 1)).toBe(3);
    expect(workerCount(100_000, { SHADOW_AI_WORKERS: "lots" }, 2)).toBe(1);
    // The walk boots workers before a tree proves large enough to use them.
    for (const cores of [2, 3, 4, 16]) expect(bootFrom(cores)).toBeLessThan(poolFrom(cores));
  });

  it("streams the walk's batches from the size workerCount first gives a worker for", () => {
    expect(useFrom({}, 2)).toBe(MIN_FILES_FEW_CORES);
    expect(useFrom({}, 8)).toBe(MIN_FILES);
    expect(useFrom({}, 1)).toBe(Infinity);
    expect(useFrom({ SHADOW_AI_WORKERS: "2" }, 1)).toBe(0);
    expect(useFrom({ SHADOW_AI_WORKERS: "0" }, 8)).toBe(Infinity);
  });

  it("hands each batch to one taker, and none a thread does not have yet", () => {
    const next = new Int32Array(new SharedArrayBuffer(4));
    expect(takeBatch(next, 0)).toBeUndefined();
    expect([takeBatch(next, 2), takeBatch(next, 2), takeBatch(next, 2)]).toEqual([0, 1, undefined]);
    expect(takeBatch(next, 1)).toBeUndefined(); // a thread that has received one batch only
    expect(takeBatch(next, 3)).toBe(2);
  });

  it("starts nothing without workers or a worker entry (running from source)", () => {
    expect(startPool("fixtures", 1 << 20, 0, failing("exits"))).toBeUndefined();
    expect(startPool("fixtures", 1 << 20, 2)).toBeUndefined();
  });

  // Workers that die, cannot load, refuse or drop their batches: the main
  // thread scans what they leave, and the outcome is the single-threaded one.
  it.each(["exits", "throws", "refuses", "holds"])("a worker that %s costs speed, never outcomes", async (name) => {
    const root = fileURLToPath(new URL("../fixtures", import.meta.url));
    const catalog = loadCatalog();
    const { files } = await discover(root, { sizeAtRead: true });
    expect(files.length).toBeGreaterThan(3 * 64); // several batches
    const alone = await scanFiles(root, files, catalog, 1 << 20);
    const pool = startPool(root, 1 << 20, 2, failing(name))!;
    try {
      expect(await pool.scan(files, catalog)).toEqual(alone);
    } finally {
      pool.close();
    }
    // The same with the files handed over as a walk lists them (batches holding a terraform file wait for the whole list).
    expect(files.some((f) => f.kind === "terraform")).toBe(true);
    await withEnv({ SHADOW_AI_WORKERS: "2" }, async () => {
      const streamed = startPool(root, 1 << 20, 2, failing(name))!;
      try {
        expect(await streamed.scan(listAll(streamed, files), catalog)).toEqual(alone);
      } finally {
        streamed.close();
      }
    });
  }, 60_000);

  // Each worker keeps a copy of every batch it was sent until a thread takes
  // it: a walk that outruns the scan must not send it the whole tree at once.
  it("sends a worker at most WINDOW batches ahead of the threads, and every batch in the end", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shadow-ai-window-"));
    const watchFile = join(dir, "watch.json");
    try {
      await withEnv({ SHADOW_AI_WORKERS: "1", SHADOW_AI_TEST_WATCH: watchFile }, async () => {
        // Files that do not exist: each is one failed open, so the main thread scans them all quickly.
        const files: ScannedFile[] = Array.from({ length: (WINDOW + 40) * 64 }, (_, i) => ({ path: `gone/${i}.js`, kind: "js" }) as ScannedFile);
        const pool = startPool(dir, 1 << 20, 1, failing("watches"))!;
        const listed = listAll(pool, files); // a walk listing faster than anyone scans: nothing is taken yet
        // Before any thread takes a batch, the worker has been sent all it will get.
        const watch = () => JSON.parse(readFileSync(watchFile, "utf8")) as { received: number; ahead: number; end?: boolean };
        let seen = -1;
        for (let tries = 0; tries < 200; tries++) {
          await new Promise((r) => setTimeout(r, 50));
          const now = existsSync(watchFile) ? watch().received : -1;
          if (now > 0 && now === seen) break;
          seen = now;
        }
        expect(watch().received).toBe(WINDOW);
        const outcomes = await pool.scan(listed, loadCatalog());
        pool.close();
        expect(outcomes).toHaveLength(files.length);
        expect(outcomes.every((o) => o.skip === "unreadable")).toBe(true);
        // Then the rest as the threads take them, and the end after the last.
        expect(watch()).toMatchObject({ received: WINDOW + 40, end: true });
        expect(watch().ahead).toBeLessThanOrEqual(WINDOW);
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("keeps one frozen result for every file without a catalog token", async () => {
    const root = fileURLToPath(new URL("../fixtures", import.meta.url));
    const { files } = await discover(root, { sizeAtRead: true });
    const outcomes = await scanFiles(root, files, loadCatalog(), 1 << 20);
    const empty = outcomes.filter((o) => o.result === NO_TOKEN);
    expect(empty.length).toBeGreaterThan(10);
    expect(Object.isFrozen(NO_TOKEN) && Object.isFrozen(NO_TOKEN.evidence)).toBe(true);
    expect(NO_TOKEN).toEqual({ evidence: [], mentions: [], diagnostics: [] });
    // Files with a token get a result of their own, which detectors may fill.
    expect(outcomes.some((o) => o.result && o.result !== NO_TOKEN && o.result.evidence.length > 0)).toBe(true);
  }, 60_000);
});
