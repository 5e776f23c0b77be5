import * as core from "@actions/core";
import { toJson } from "./report/json.js";
import { toText } from "./report/text.js";
import { scan } from "./scan.js";

/** The action: a full scan of the checkout (pull-request mode comes with the action issue). */
export async function run(): Promise<void> {
  try {
    const root = process.env.GITHUB_WORKSPACE ?? ".";
    const report = await scan(root, { displayRoot: "." });
    core.info(toText(report));
    core.setOutput("vendors", JSON.stringify(report.vendors.map((v) => v.id)));
    core.setOutput("findings", String(report.findings.length));
    const blocking = report.findings.filter((f) => f.blocking && !f.suppressed).length;
    core.setOutput("blocking", String(blocking));
    const jsonFile = core.getInput("json-file");
    if (jsonFile) {
      const { writeFile } = await import("node:fs/promises");
      await writeFile(jsonFile, toJson(report));
    }
    if (blocking > 0) core.setFailed(`shadow-ai: ${blocking} blocking finding(s)`);
  } catch (err) {
    core.setFailed(`shadow-ai: ${(err as Error).message}`);
  }
}
