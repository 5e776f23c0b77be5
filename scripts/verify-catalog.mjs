// Checks that every npm package the catalog names exists in the registry.
// Not part of `npm test` (it needs the network); run it when rules/ changes.
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { parse } from "yaml";

const run = promisify(execFile);
const root = new URL("..", import.meta.url).pathname;
const names = new Map(); // package -> catalog file

const collect = (specs, file) => {
  for (const spec of specs?.npm ?? []) {
    const name = typeof spec === "string" ? spec : spec.name;
    if (!name.endsWith("*")) names.set(name, file);
  }
};
for (const folder of ["vendors", "frameworks"]) {
  const dir = join(root, "rules", folder);
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".yml")).sort()) {
    const entry = parse(readFileSync(join(dir, f), "utf8"));
    collect(entry.packages, `${folder}/${f}`);
    for (const p of entry.providers ?? []) collect(p.packages, `${folder}/${f}`);
  }
}

const missing = [];
const queue = [...names.keys()].sort();
await Promise.all(
  Array.from({ length: 6 }, async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      try {
        await run("npm", ["view", name, "name"], { timeout: 30_000 });
      } catch (err) {
        missing.push(`${name} (${names.get(name)}): ${String(err.stderr ?? err.message).split("\n").find((l) => l.includes("E404") || l.includes("ERR")) ?? "lookup failed"}`);
      }
    }
  }),
);
console.log(`checked ${names.size} npm packages`);
if (missing.length) {
  console.log(`missing from the registry:\n  ${missing.sort().join("\n  ")}`);
  process.exitCode = 1;
}
