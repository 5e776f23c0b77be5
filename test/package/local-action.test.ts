import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "../helpers/cli-bundle.js";

// `npm run local-action` runs the action from source on the demo app, from a
// clean clone after `npm ci`: the runner (@github/local-action) is a
// devDependency, and the tsx it starts is installed with it, so npx never asks
// to download anything (the README's old `npx @github/local-action …` did).

const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { scripts: Record<string, string>; devDependencies: Record<string, string> };
const bin = (name: string) => join(REPO, "node_modules", ".bin", name);

describe("npm run local-action", () => {
  const script = pkg.scripts["local-action"] ?? "";
  const [command, sub, actionDir, entry, envFile] = script.split(" ");

  it("is an npm script that calls the installed local-action binary on the action's own entry point", () => {
    expect(command).toBe("local-action");
    expect(sub).toBe("run");
    expect(pkg.devDependencies["@github/local-action"]).toMatch(/^\d+\.\d+\.\d+$/);
    expect(existsSync(join(REPO, actionDir!, "action.yml"))).toBe(true);
    expect(readFileSync(join(REPO, entry!), "utf8")).toMatch(/^export async function run\(/m); // what local-action calls
    expect(existsSync(join(REPO, envFile!))).toBe(true);
  });

  it("resolves: the binary is installed from the devDependency, and so is the tsx it starts", () => {
    expect(existsSync(bin("local-action")), "node_modules/.bin/local-action: run npm ci").toBe(true);
    expect(realpathSync(bin("local-action"))).toContain(join("node_modules", "@github", "local-action"));
    // local-action runs `npm exec tsx`: without a local tsx, npx asks to download it and fails in CI
    expect(existsSync(bin("tsx")), "node_modules/.bin/tsx").toBe(true);
  });

  it("runs the action on the demo app and prints its outputs", () => {
    const res = spawnSync("npm", ["run", "--silent", "local-action"], { cwd: REPO, encoding: "utf8", env: { ...process.env, npm_config_yes: "false" } });
    expect(res.stdout).toContain("Action Outputs");
    expect(res.stdout).toMatch(/undeclared.*aws-bedrock/);
  }, 180_000);
});
