import type { OrgReport, RollupVendor } from "../org/types.js";
import type { VendorStatus } from "../types.js";
import { mdCode as escMdCode, mdText } from "./escape.js";
import { SUMMARY_MAX_BYTES, truncate } from "./markdown.js";

// The org report as Markdown (job summary, a file for the auditor): what is
// undeclared or prohibited first, then the repositories × vendors matrix, then
// the repositories that could not be scanned. Pure.

export interface OrgMarkdownOptions {
  /** Cut at a line boundary to stay under this many bytes (default: the job summary's 1 MiB). */
  maxBytes?: number;
  /** Where the full report is, for the truncation note. */
  fullReportHint?: string;
  /** Rows per table before "… N more". */
  maxRows?: number;
}

// The one escaping of escape.ts, under the names the org, diff and evidence
// writers import: text in a cell (`mdCell`) and inline code (`mdCode`). One
// parameter each, so `.map(mdCell)` cannot pass the index as a length cap.
export const mdCell = (s: string): string => mdText(s);
export const mdCode = (s: string): string => escMdCode(s);

export const STATUS_ICON: Record<VendorStatus, string> = { prohibited: "⛔", undeclared: "🔴", restricted: "🟡", approved: "🟢" };

export function mdTable(header: string[], rows: string[][], max: number, hint = "the JSON report"): string[] {
  const out = [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`];
  for (const r of rows.slice(0, max)) out.push(`| ${r.join(" | ")} |`);
  if (rows.length > max) out.push("", `… ${rows.length - max} more (${hint} lists all).`);
  return out;
}

const plural = (n: number, word: string) => `${n} ${n === 1 ? word : word.endsWith("y") ? `${word.slice(0, -1)}ies` : `${word}s`}`;

export function toOrgMarkdown(org: OrgReport, options: OrgMarkdownOptions = {}): string {
  const max = options.maxRows ?? 200;
  const r = org.rollup;
  const out: string[] = [`## shadow-ai — organisation report${org.org ? `: ${mdCell(org.org)}` : ""}`, ""];
  const concern = r.vendors.flatMap((v) =>
    v.repositories.filter((c) => c.status === "prohibited" || c.status === "undeclared").map((c) => ({ v, c })),
  );
  const verdict =
    r.repositories.blocking > 0
      ? `❌ **${plural(r.repositories.blocking, "repository")} with blocking findings**`
      : "✅ **nothing blocks**";
  out.push(
    `${verdict} · ${plural(r.repositories.scanned, "repository")} scanned` +
      `${r.repositories.errors ? ` · ⚠️ **${r.repositories.errors} not scanned**` : ""}` +
      ` · ${r.repositories.withVendors} use AI vendors · ${plural(r.vendors.length, "vendor")}.`,
    "",
  );

  out.push(`### Undeclared and prohibited usage (${concern.length})`, "");
  if (concern.length === 0) out.push("None.", "");
  else {
    const rows = concern.map(({ v, c }) => {
      const report = org.repositories.find((x) => x.name === c.repository)?.report;
      const first = report?.vendors.find((x) => x.id === v.id)?.evidence.find((e) => !e.transitive);
      return [
        `${STATUS_ICON[c.status]} ${c.status}`,
        `${mdCell(v.name)} (${mdCode(v.id)})`,
        mdCode(c.repository),
        first ? mdCode(`${first.file}:${first.line}`) : "—",
        String(c.blocking),
      ];
    });
    out.push(...mdTable(["status", "vendor", "repository", "first seen", "blocking findings"], rows, max), "");
  }

  out.push(`### Repositories × vendors`, "");
  const using = org.repositories.filter((x) => x.report.vendors.length > 0);
  if (using.length === 0) out.push("No repository uses an AI vendor.", "");
  else {
    out.push(...matrix(r.vendors, using.map((x) => x.name), max), "");
    out.push(
      `<sub>${(["prohibited", "undeclared", "restricted", "approved"] as VendorStatus[]).map((s) => `${STATUS_ICON[s]} ${s}`).join(" · ")} · ` +
        `*(t)*: only a lockfile pulls it in · —: not used</sub>`,
      "",
    );
  }

  out.push(`### Vendors (${r.vendors.length})`, "");
  if (r.vendors.length > 0) {
    const rows = r.vendors.map((v) => {
      const by = (s: VendorStatus) => v.repositories.filter((c) => c.status === s).length;
      return [
        `${mdCell(v.name)} (${mdCode(v.id)})`,
        mdCell(v.category),
        `${STATUS_ICON[v.worst]} ${v.worst}`,
        String(v.repositories.length),
        (["prohibited", "undeclared", "restricted", "approved"] as VendorStatus[])
          .filter((s) => by(s) > 0)
          .map((s) => `${by(s)} ${s}`)
          .join(", "),
      ];
    });
    out.push(...mdTable(["vendor", "category", "worst status", "repositories", "by status"], rows, max), "");
  } else out.push("None.", "");

  out.push(`### Not scanned (${org.errors.length})`, "");
  if (org.errors.length === 0) out.push("Every repository was scanned.", "");
  else out.push(...mdTable(["repository", "reason"], org.errors.map((e) => [mdCode(e.repository), mdCell(e.reason)]), max), "");

  if (org.skipped?.length) {
    out.push(`<details><summary>Left out by the filters (${org.skipped.length})</summary>`, "");
    out.push(...mdTable(["repository", "why"], org.skipped.map((e) => [mdCode(e.repository), mdCell(e.reason)]), max), "", "</details>", "");
  }

  const catalog = org.tool.catalogVersion ? `, catalog ${mdCell(org.tool.catalogVersion)}` : "";
  out.push(`<sub>shadow-ai ${mdCell(org.tool.version)}${catalog}${org.generatedAt ? ` · ${mdCell(org.generatedAt)}` : ""}</sub>`, "");
  return truncate(out.join("\n"), options.maxBytes ?? SUMMARY_MAX_BYTES, options.fullReportHint ?? "the JSON report");
}

/**
 * Repositories down, vendors across: an organisation has far more
 * repositories than AI vendors. Vendors most severe first; repositories with
 * prohibited or undeclared use first, then by name.
 */
function matrix(vendors: RollupVendor[], repos: string[], max: number): string[] {
  const rank = (name: string) => {
    let worst = 4;
    for (const v of vendors) {
      const c = v.repositories.find((x) => x.repository === name);
      if (c) worst = Math.min(worst, { prohibited: 0, undeclared: 1, restricted: 2, approved: 3 }[c.status]);
    }
    return worst;
  };
  const ordered = repos.map((name) => ({ name, rank: rank(name) })).sort((a, b) => a.rank - b.rank || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const header = ["repository", ...vendors.map((v) => mdCode(v.id))];
  const rows = ordered.map(({ name }) => [
    mdCode(name),
    ...vendors.map((v) => {
      const c = v.repositories.find((x) => x.repository === name);
      return c ? `${STATUS_ICON[c.status]}${c.direct ? "" : " *(t)*"}` : "—";
    }),
  ]);
  return mdTable(header, rows, max);
}
