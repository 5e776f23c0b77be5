import { describe, expect, it } from "vitest";
import { runInstalls } from "../../src/detect/iac/run-installs.js";

const names = (cmd: string) => runInstalls(cmd).map((i) => `${i.ecosystem}:${i.name}@${i.offset}`);

describe("packages a shell command installs", () => {
  it("pip and the npm family, with options, versions, scopes and several commands", () => {
    const cmd = 'pip install -U "openai>=1" && npm i -g --silent @anthropic-ai/sdk@0.30 groq-sdk; yarn global add cohere-ai';
    expect(names(cmd)).toEqual([
      `pypi:openai@${cmd.indexOf("openai")}`,
      `npm:@anthropic-ai/sdk@${cmd.indexOf("@anthropic-ai")}`,
      `npm:groq-sdk@${cmd.indexOf("groq-sdk")}`,
      `npm:cohere-ai@${cmd.indexOf("cohere-ai")}`,
    ]);
  });
  it("nothing from plain `npm install` (the lockfile decides), variables, paths, URLs, git specs or other verbs", () => {
    expect(names("npm install && npm ci && npm run build")).toEqual([]);
    expect(names('npm install "$PKG" ./local.tgz https://x.test/a.tgz github:openai/openai-node ../openai')).toEqual([]);
    expect(names("npm uninstall openai && pnpm remove openai")).toEqual([]);
    expect(names('echo "pip install openai"')).toEqual([]);
  });
});
