// Checks the catalog (rules/) beyond its schema: every package name has its
// registry's shape, every entry names sources, rules/README.md's vendor ×
// ecosystem table matches the rules, and every npm package exists in the
// registry (the one registry reachable from CI here; the others are format
// checks only). Not part of `npm test` (the npm lookups need the network);
// run it when rules/ changes. `--offline` skips the registry lookups.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { readRules, table } from "./catalog-table.mjs";

const run = promisify(execFile);
const root = new URL("..", import.meta.url).pathname;
const offline = process.argv.includes("--offline");
const problems = [];

// A trailing `*` (prefix entry) is allowed everywhere; the rest must look like a real name.
const SHAPES = {
  npm: /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/,
  pypi: /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/,
  go: /^[a-z0-9.-]+\.[a-z]{2,}(?:\/[A-Za-z0-9._~+-]+)*$/,
  maven: /^[A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+$/,
  nuget: /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/,
  rubygems: /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/,
  composer: /^[a-z0-9](?:[_.-]?[a-z0-9]+)*\/[a-z0-9](?:(?:[_.]|-{1,2})?[a-z0-9]+)*$/,
  cargo: /^[A-Za-z][A-Za-z0-9_-]{0,63}$/,
  hex: /^[a-z][a-z0-9_]*$/,
  pub: /^[a-z][a-z0-9_]*$/,
  // A repository (host/owner/repo, no scheme, no .git) or a registry id (scope.name).
  swiftpm: /^(?:[a-z0-9.-]+\.[a-z]{2,}(?:\/[A-Za-z0-9_.-]+){2}|[a-z0-9][a-z0-9-]*\.[A-Za-z0-9][A-Za-z0-9_-]*)$/,
};

const rules = readRules(root);
const npm = new Map(); // package -> catalog file
let checked = 0;
const visit = (specs, file) => {
  for (const [eco, list] of Object.entries(specs ?? {})) {
    for (const spec of list) {
      const name = typeof spec === "string" ? spec : spec.name;
      // A prefix entry (`@scope/*`, `group:*`, `AWSSDK.Bedrock*`): any completion must be able to fit.
      const bare = name.endsWith("*") ? `${name.slice(0, -1)}x` : name;
      checked++;
      const shape = SHAPES[eco];
      if (!shape) problems.push(`${file}: unknown ecosystem ${eco}`);
      else if (!shape.test(bare)) problems.push(`${file}: ${eco} name ${JSON.stringify(name)} does not have the registry's shape`);
      if (eco === "npm" && !name.endsWith("*")) npm.set(name, file);
    }
  }
};
for (const { file, entry } of rules) {
  if (!Array.isArray(entry.sources) || entry.sources.length === 0) problems.push(`${file}: no sources`);
  visit(entry.packages, file);
  for (const p of entry.providers ?? []) visit(p.packages, file);
}
console.log(`checked the shape of ${checked} package names`);

const readme = readFileSync(join(root, "rules", "README.md"), "utf8");
if (!readme.includes(table(rules))) problems.push("rules/README.md: the vendor × ecosystem table is out of date (node scripts/catalog-table.mjs --write)");

if (!offline) {
  const queue = [...npm.keys()].sort();
  const unchecked = [];
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      for (let name = queue.shift(); name; name = queue.shift()) {
        try {
          await run("npm", ["view", name, "name"], { timeout: 60_000 });
        } catch (err) {
          const text = String(err.stderr ?? err.message);
          // Only the registry saying "not found" is a catalog problem; a timeout or network error is not.
          if (/E404|404 Not Found/.test(text)) problems.push(`${name} (${npm.get(name)}): missing from the npm registry`);
          else unchecked.push(name);
        }
      }
    }),
  );
  console.log(`checked ${npm.size - unchecked.length} of ${npm.size} npm packages against the registry (other registries: shape only)`);
  if (unchecked.length) console.log(`could not reach the registry for: ${unchecked.sort().join(", ")}`);
}
if (problems.length) {
  console.log(`problems:\n  ${problems.sort().join("\n  ")}`);
  process.exitCode = 1;
}
