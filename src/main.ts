import { mkdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, resolve } from "node:path";
import * as core from "@actions/core";
import { planAnnotations } from "./action/annotations.js";
import { findChanges } from "./action/changes.js";
import { applyScope, compare, inventoryOptions } from "./action/compare.js";
import { planRun } from "./action/event.js";
import { restrictToPaths } from "./action/filter.js";
import { parseInputs } from "./action/inputs.js";
import { COMMENT_MARKER, commentBody, wantsComment } from "./action/comment.js";
import { describeInventoryChange } from "./action/inventory-change.js";
import { ApiError, GitHubClient } from "./github/client.js";
import { comparisonForJson, type Comparison } from "./report/context.js";
import { toJson } from "./report/json.js";
import { SUMMARY_MAX_BYTES, toMarkdown } from "./report/markdown.js";
import { toSarif } from "./report/sarif.js";
import { blockingPhrase, groupFindings } from "./report/groups.js";
import { toText } from "./report/text.js";
import { scan } from "./scan/scan.js";
import type { ScanReport } from "./types.js";

function repoFromEnv(): { owner: string; repo: string } {
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo) throw new Error("GITHUB_REPOSITORY is not set (owner/name)");
  return { owner, repo };
}

async function writeOut(workspace: string, path: string, text: string): Promise<string> {
  const abs = isAbsolute(path) ? path : resolve(workspace, path);
  await mkdir(dirname(abs), { recursive: true });
  await writeFile(abs, text);
  return abs;
}

/**
 * The action: read inputs, scan (comparing with the base on a pull request or
 * push), hand the report to the reporters, fail on blocking findings.
 */
export async function run(): Promise<void> {
  try {
    const inputs = parseInputs((name) => core.getInput(name));
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const event = process.env.GITHUB_EVENT_NAME ?? "";
    const payload = process.env.GITHUB_EVENT_PATH ? (JSON.parse(await readFile(process.env.GITHUB_EVENT_PATH, "utf8")) as Record<string, unknown>) : {};
    const plan = planRun(event, payload, inputs.mode);
    let client: GitHubClient | undefined;
    const api = () => (client ??= new GitHubClient(inputs.token, repoFromEnv()));
    const scanOptions = { exclude: inputs["exclude-paths"], displayRoot: "." };

    let report: ScanReport;
    let comparison: Comparison | undefined;
    // The history is read on full scans only: a pull request is judged on what it changes.
    const fullOptions = inputs.history ? { ...scanOptions, history: inputs.history } : scanOptions;
    const fullScan = () => scan(workspace, inputs.inventory ? inventoryOptions(fullOptions, join(workspace, inputs.inventory)) : fullOptions);
    if (plan.kind === "full") {
      core.info(`shadow-ai: full scan of the checkout (${plan.why})`);
      report = await fullScan();
    } else {
      try {
        const changes = await findChanges(plan, workspace, api);
        core.info(`shadow-ai: comparing ${changes.head.slice(0, 7)} with ${changes.base.slice(0, 7)}: ${changes.changes.files.length} changed file(s) (from ${changes.changes.source})`);
        ({ report, comparison } = await compare(changes, {
          scan,
          scanOptions,
          workspace,
          inventory: inputs.inventory,
          headInWorkspace: plan.headInWorkspace,
          event,
          scope: inputs.scope,
          diffScan: inputs["diff-scan"],
        }));
        if (comparison.inventory) comparison.inventory.summary = describeInventoryChange(comparison.inventory);
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        // The comparison needs the API and the API failed. With the head checked out,
        // a full scan is a sound answer (it sees everything the change could add);
        // without it (pull_request_target), the checkout is the base: fail instead.
        if (!plan.headInWorkspace) throw new Error(`${err.message}; cannot compare with the base, and the checkout is not the pull request's head`);
        core.warning(
          `shadow-ai: ${err.message}; running a full scan of the checkout instead: every finding counts, not only what this change introduces. ` +
            "`fetch-depth: 0` on actions/checkout lets shadow-ai compare from git without the API.",
        );
        report = await fullScan();
        comparison = undefined;
      }
    }
    restrictToPaths(report, inputs.paths);
    if (comparison) comparison.newVendors = comparison.newVendors.filter((id) => report.vendors.some((v) => v.id === id));
    applyScope(report, comparison ? inputs.scope : "all");

    core.info(toText(report));

    // Annotations: on changed lines, within GitHub's per-step caps.
    if (inputs.annotations > 0) {
      const plan = planAnnotations(report, comparison?.changed, inputs.annotations);
      for (const a of plan.annotations) {
        const props = { title: a.title, file: a.file, startLine: a.startLine, startColumn: a.startColumn };
        if (a.level === "error") core.error(a.message, props);
        else if (a.level === "warning") core.warning(a.message, props);
        else core.notice(a.message, props);
      }
      if (plan.closing) core.notice(plan.closing);
    }

    // Files. The JSON carries the comparison too: no view shows what the JSON cannot.
    const reportFile = await writeOut(
      workspace,
      inputs["json-file"] || join(process.env.RUNNER_TEMP || tmpdir(), "shadow-ai", "report.json"),
      toJson(comparison ? { ...report, comparison: comparisonForJson(comparison) } : report),
    );
    const sarifFile = inputs["sarif-file"] ? await writeOut(workspace, inputs["sarif-file"], toSarif(report)) : "";
    const hint = [inputs["json-file"] && `\`${inputs["json-file"]}\``, inputs["sarif-file"] && `\`${inputs["sarif-file"]}\``].filter(Boolean).join(" and ") || "the job log";

    // Job summary: never fails the job for its size.
    if (process.env.GITHUB_STEP_SUMMARY) {
      const md = toMarkdown(report, { comparison, block: inputs.block, maxBytes: SUMMARY_MAX_BYTES - 1024, fullReportHint: hint });
      await core.summary.addRaw(md).write();
    }

    // Sticky pull-request comment.
    if (plan.kind === "diff" && plan.pr && inputs.comment !== "never") {
      const want = wantsComment(inputs.comment, report);
      const body = commentBody(report, { comparison, block: inputs.block, fullReportHint: hint });
      try {
        const res = await api().upsertComment(plan.pr.number, COMMENT_MARKER, body, want);
        if (res.outcome === "forbidden") {
          core.notice(
            `shadow-ai: could not write the pull-request comment (${res.message}). A fork's token is read-only; the job summary has the full report. Grant \`pull-requests: write\` to enable comments.`,
          );
        } else if (res.outcome !== "skipped") core.info(`shadow-ai: pull-request comment ${res.outcome}: ${res.url}`);
      } catch (err) {
        core.warning(`shadow-ai: could not write the pull-request comment: ${(err as Error).message}`);
      }
    }

    // Outputs (counts of findings, one per place, as the JSON report has them).
    const open = report.findings.filter((f) => !f.suppressed);
    const blocking = open.filter((f) => f.blocking).length;
    core.setOutput("vendors", JSON.stringify(report.vendors.map((v) => v.id)));
    core.setOutput("undeclared", JSON.stringify(report.vendors.filter((v) => v.status === "undeclared").map((v) => v.id)));
    core.setOutput("findings", String(open.length));
    core.setOutput("blocking", String(blocking));
    core.setOutput("report-file", reportFile);
    core.setOutput("sarif-file", sarifFile);

    if (blocking > 0) {
      // The verdict line reads like the summary's: findings counted by identity, their places in brackets.
      const phrase = blockingPhrase(groupFindings(open.filter((f) => f.blocking)), comparison !== undefined);
      const msg = `shadow-ai: ${phrase.what}${phrase.detail ? `: ${phrase.detail}` : ""} (see the job summary)`;
      if (inputs.block) core.setFailed(msg);
      else core.warning(`${msg}; not failing because block is false`);
    }
  } catch (err) {
    core.setFailed(`shadow-ai: ${(err as Error).message}`);
  }
}
