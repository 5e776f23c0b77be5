import { lstatSync, readdirSync, readFileSync, type Dirent } from "node:fs";
import { join, sep } from "node:path";
import ignore, { type Ignore } from "ignore";
import type { Diagnostic, ScannedFile } from "../types.js";
import { fileKind } from "./kind.js";
import { ignoreTester } from "./ignore-fast.js";

export interface DiscoverOptions {
  /** Files larger than this are skipped (bytes). */
  maxFileSize?: number;
  /** Extra gitignore-style patterns (the inventory's policy.ignore, --exclude). */
  exclude?: string[];
  /** Root-relative paths never reported as evidence (the inventory file itself). */
  ownInputs?: string[];
  /**
   * Leave the size cap to the reader (readTextSync's maxSize): files are listed
   * without a size and without an lstat each, a syscall that was ~3% of a scan.
   * The caller then reports too-large files (see scanFiles).
   */
  sizeAtRead?: boolean;
  /**
   * Paths worth knowing whatever their kind or size (an AI tool's committed
   * configuration: `.cursorrules`, `.cursor/rules/x.mdc`): listed in `noticed`.
   * Ignored files and own inputs are never noticed.
   */
  notice?: (path: string) => boolean;
  /** Called after each file is listed, with the list so far (the array `files` will be): the scan boots and feeds its workers from it. */
  onListed?: (files: readonly ScannedFile[]) => void;
}

export interface Discovery {
  files: ScannedFile[];
  /** Paths `DiscoverOptions.notice` kept, in walk order. */
  noticed: string[];
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
  ".vscode-test", "Pods", "Carthage", "deps", "_build", ".elixir_ls", ".dart_tool", ".yarn", ".pnpm-store", ".terraform", ".serverless", ".aws-sam", "cdk.out",
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
  const d = decisions(options);
  // Synchronous calls: a walk is thousands of tiny metadata reads from the page
  // cache, where each promise round trip through the thread pool costs more than the call.
  const walk = (dir: string, rel: string, inherited: Rules): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      d.diagnostics.push({ file: rel || ".", message: `could not read folder: ${(err as NodeJS.ErrnoException).code ?? err}` });
      return;
    }
    const local = readIgnore(dir, entries);
    const rules = local ? [...inherited, { base: rel, ignores: ignoreTester(local) }] : inherited;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      // dir is normal and a listed name holds no separator: what join gives, without its normalising.
      const abs = dir.endsWith(sep) ? dir + entry.name : dir + sep + entry.name;
      if (entry.isSymbolicLink()) {
        d.skip("symlink");
        continue;
      }
      if (entry.isDirectory()) {
        if (d.enterDir(rules, entry.name, childRel)) walk(abs, childRel, rules);
        continue;
      }
      if (entry.isFile()) d.file(rules, abs, childRel);
    }
  };
  walk(root, "", []);
  return d.result();
}

/**
 * What `discover` would list, restricted to `paths` (root-relative, `/`): no walk,
 * so its cost is the list's, not the tree's (a pull request's changed files). Each
 * path gets the walk's decisions: pruned and ignored folders on its way (the
 * ignore files of its folders are read), symbolic links, own inputs, kind, size cap.
 * Paths that do not exist (deleted files) or lie outside the root are left out.
 */
export async function discoverOnly(root: string, paths: Iterable<string>, options: DiscoverOptions = {}): Promise<Discovery> {
  const d = decisions(options);
  const wanted = new Set<string>();
  for (const p of paths) {
    const rel = p.replace(/\\/g, "/").replace(/^(?:\.\/)+/, "");
    const parts = rel.split("/");
    if (!rel || rel.startsWith("/") || parts.some((s) => s === ".." || s === "." || s === "")) {
      d.diagnostics.push({ file: p, message: "skipped: not a path inside the scanned root" });
      continue;
    }
    wanted.add(rel);
  }
  // The walk's order: folder by folder, names sorted.
  const bySegments = (a: string[], b: string[]) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
    return a.length - b.length;
  };
  const sorted = [...wanted].map((p) => p.split("/")).sort(bySegments);
  // Per folder: undefined when it is skipped (pruned, ignored, a link, missing), else its rules.
  const folders = new Map<string, Rules | undefined>();
  const folder = (rel: string): Rules | undefined => {
    if (folders.has(rel)) return folders.get(rel);
    let rules: Rules | undefined;
    const slash = rel.lastIndexOf("/");
    const parent = rel === "" ? [] : folder(slash < 0 ? "" : rel.slice(0, slash));
    const abs = rel ? join(root, rel) : root;
    if (parent) {
      let ok = rel === "";
      if (!ok) {
        try {
          const st = lstatSync(abs);
          if (st.isSymbolicLink()) d.skip("symlink");
          else ok = st.isDirectory() && d.enterDir(parent, rel.slice(slash + 1), rel);
        } catch {
          // a folder the change deleted
        }
      }
      if (ok) {
        let entries: Dirent[] = [];
        try {
          entries = readdirSync(abs, { withFileTypes: true }).filter((e) => IGNORE_FILES.includes(e.name));
        } catch {
          // unreadable: no ignore rules of its own
        }
        const local = readIgnore(abs, entries);
        rules = local ? [...parent, { base: rel, ignores: ignoreTester(local) }] : parent;
      }
    }
    folders.set(rel, rules);
    return rules;
  };
  for (const parts of sorted) {
    const rel = parts.join("/");
    const rules = folder(parts.slice(0, -1).join("/"));
    if (!rules) continue;
    const abs = join(root, rel);
    try {
      const st = lstatSync(abs);
      if (st.isSymbolicLink()) d.skip("symlink");
      else if (st.isFile()) d.file(rules, abs, rel);
    } catch {
      // deleted by the change: nothing to scan
    }
  }
  return d.result();
}

/** The diagnostic of a file over the size cap, wherever the cap is checked. */
export function tooLarge(file: string, size: number, maxSize: number): Diagnostic {
  return { file, message: `skipped: ${size} bytes is over the ${maxSize}-byte size cap` };
}

/** Each level's ignore rules apply to paths relative to the folder they sit in. */
type Rules = { base: string; ignores: (path: string) => boolean }[];

/** The walk's decisions, shared by `discover` and `discoverOnly`. */
function decisions(options: DiscoverOptions) {
  const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const files: ScannedFile[] = [];
  const noticed: string[] = [];
  const skipped: Record<string, number> = {};
  const diagnostics: Diagnostic[] = [];
  const skip = (why: string) => (skipped[why] = (skipped[why] ?? 0) + 1);
  const own = new Set(options.ownInputs ?? []);
  const extra = options.exclude?.length ? ignoreTester(ignore().add(options.exclude)) : undefined;

  const ignored = (rules: Rules, rel: string, dir: boolean): boolean => {
    const path = dir ? `${rel}/` : rel;
    if (extra?.(path)) return true;
    return rules.some(({ base, ignores }) => {
      const sub = base ? path.slice(base.length + 1) : path;
      return sub !== "" && ignores(sub);
    });
  };

  return {
    diagnostics,
    skip,
    /** Whether to descend into a folder (counting the skip when not). */
    enterDir(rules: Rules, name: string, rel: string): boolean {
      if (PRUNED_DIRS.has(name)) {
        skip("vendored-or-build");
        return false;
      }
      if (ignored(rules, rel, true)) {
        skip("ignored");
        return false;
      }
      return true;
    },
    /** A regular file: listed with its kind, or skipped with a reason. */
    file(rules: Rules, abs: string, rel: string): void {
      if (ignored(rules, rel, false)) {
        skip("ignored");
        return;
      }
      if (own.has(rel)) {
        skip("own-input");
        return;
      }
      if (options.notice?.(rel)) noticed.push(rel);
      const kind = fileKind(rel);
      if (!kind) {
        skip("unsupported-type");
        return;
      }
      if (options.sizeAtRead) {
        files.push({ path: rel, kind });
        options.onListed?.(files);
        return;
      }
      try {
        const st = lstatSync(abs);
        if (st.size > maxSize) {
          skip("too-large");
          diagnostics.push(tooLarge(rel, st.size, maxSize));
          return;
        }
        files.push({ path: rel, kind, size: st.size });
        options.onListed?.(files);
      } catch (err) {
        diagnostics.push({ file: rel, message: `could not read: ${(err as NodeJS.ErrnoException).code ?? err}` });
        skip("unreadable");
      }
    },
    result: (): Discovery => ({ files, noticed, skipped, diagnostics }),
  };
}
