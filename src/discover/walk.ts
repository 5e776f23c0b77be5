import { lstatSync, readdirSync, readFileSync, type Dirent } from "node:fs";
import { join } from "node:path";
import ignore, { type Ignore } from "ignore";
import type { Diagnostic, ScannedFile } from "../types.js";
import { fileKind } from "./kind.js";

export interface DiscoverOptions {
  /** Files larger than this are skipped (bytes). */
  maxFileSize?: number;
  /** Extra gitignore-style patterns (the inventory's policy.ignore, --exclude). */
  exclude?: string[];
  /** Root-relative paths never reported as evidence (the inventory file itself). */
  ownInputs?: string[];
}

export interface Discovery {
  files: ScannedFile[];
  skipped: Record<string, number>;
  diagnostics: Diagnostic[];
}

export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

/**
 * Folders that hold someone else's code or generated output. Pruned before
 * descending, so a 200k-file node_modules costs one readdir entry.
 */
export const PRUNED_DIRS = new Set([
  ".git", ".hg", ".svn", "node_modules", "bower_components", "jspm_packages", "vendor", "vendors", "third_party",
  "third-party", "thirdparty", "external", "dist", "build", "out", "target", ".next", ".nuxt", ".svelte-kit",
  ".output", ".turbo", ".cache", ".parcel-cache", "coverage", ".nyc_output", "__pycache__", ".venv", "venv",
  ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", "site-packages", ".eggs", ".gradle", ".idea",
  ".vscode-test", "Pods", "Carthage", ".yarn", ".pnpm-store", ".terraform", ".serverless", ".aws-sam", "cdk.out",
]);

/** Ignore files in gitignore syntax: git's own, and one for this scanner. */
export const IGNORE_FILES = [".gitignore", ".shadowaiignore"];

function readIgnore(dir: string, entries: Dirent[]): Ignore | undefined {
  let ig: Ignore | undefined;
  for (const name of IGNORE_FILES) {
    if (!entries.some((e) => e.name === name)) continue;
    try {
      const text = readFileSync(join(dir, name), "utf8");
      (ig ??= ignore()).add(text);
    } catch {
      // no such file
    }
  }
  return ig;
}

/**
 * Lists the files worth scanning under `root`, with their kind. Honours nested
 * .gitignore / .shadowaiignore files whether or not `root` is a git checkout,
 * never follows symbolic links, and counts every skip by reason. Contents are
 * not read here (binary files are recognised when the scan reads them once).
 */
export async function discover(root: string, options: DiscoverOptions = {}): Promise<Discovery> {
  const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const files: ScannedFile[] = [];
  const skipped: Record<string, number> = {};
  const diagnostics: Diagnostic[] = [];
  const skip = (why: string) => (skipped[why] = (skipped[why] ?? 0) + 1);
  const own = new Set(options.ownInputs ?? []);
  const extra = options.exclude?.length ? ignore().add(options.exclude) : undefined;

  // Each level's ignore rules apply to paths relative to the folder they sit in.
  type Rules = { base: string; ig: Ignore }[];
  const ignored = (rules: Rules, rel: string, dir: boolean): boolean => {
    const path = dir ? `${rel}/` : rel;
    if (extra?.ignores(path)) return true;
    return rules.some(({ base, ig }) => {
      const sub = base ? path.slice(base.length + 1) : path;
      return sub !== "" && ig.ignores(sub);
    });
  };

  // Synchronous calls: a walk is thousands of tiny metadata reads from the page
  // cache, where each promise round trip through the thread pool costs more than the call.
  const walk = (dir: string, rel: string, inherited: Rules): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      diagnostics.push({ file: rel || ".", message: `could not read folder: ${(err as NodeJS.ErrnoException).code ?? err}` });
      return;
    }
    const local = readIgnore(dir, entries);
    const rules = local ? [...inherited, { base: rel, ig: local }] : inherited;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      const abs = join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        skip("symlink");
        continue;
      }
      if (entry.isDirectory()) {
        if (PRUNED_DIRS.has(entry.name)) {
          skip("vendored-or-build");
          continue;
        }
        if (ignored(rules, childRel, true)) {
          skip("ignored");
          continue;
        }
        walk(abs, childRel, rules);
        continue;
      }
      if (!entry.isFile()) continue;
      if (ignored(rules, childRel, false)) {
        skip("ignored");
        continue;
      }
      if (own.has(childRel)) {
        skip("own-input");
        continue;
      }
      const kind = fileKind(childRel);
      if (!kind) {
        skip("unsupported-type");
        continue;
      }
      try {
        const st = lstatSync(abs);
        if (st.size > maxSize) {
          skip("too-large");
          diagnostics.push({ file: childRel, message: `skipped: ${st.size} bytes is over the ${maxSize}-byte size cap` });
          continue;
        }
        files.push({ path: childRel, kind, size: st.size });
      } catch (err) {
        diagnostics.push({ file: childRel, message: `could not read: ${(err as NodeJS.ErrnoException).code ?? err}` });
        skip("unreadable");
      }
    }
  };

  walk(root, "", []);
  return { files, skipped, diagnostics };
}
