import { classifierOf, type EvidenceInput } from "../evidence.js";
import { esc } from "./esc.js";
import type { Classify } from "./flow.js";
import { buildModel } from "./model.js";
import { cover, findingsSection, inventory, provenance } from "./sections.js";
import { CSS } from "./style.js";
import { toolsSection } from "./tools.js";
import { vendorPage } from "./vendor-page.js";

// The evidence pack as one self-contained HTML document: inline CSS and SVG,
// no script, and a Content-Security-Policy that forbids every fetch, so
// opening it never touches the network. A pure function of its input.

export interface EvidenceHtmlInput extends EvidenceInput {
  /** Data classes of a file (from the inventory's classified-paths), for diagram edges. */
  classify?: Classify;
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export function toEvidenceHtml(input: EvidenceHtmlInput): string {
  const m = buildModel(input);
  // classified-paths, from the explicit inventory or each report, unless the caller classifies.
  const classify = input.classify ?? classifierOf(input);
  const tools = toolsSection(m.repositories, m.single);
  const body = [
    cover(m, input, tools !== undefined),
    inventory(m),
    ...m.vendors.map((v, i) => vendorPage(v, i, { producedAt: input.producedAt, multi: !m.single, classify })),
    ...(tools?.page ? [tools.html] : []),
    findingsSection(m),
    ...(tools && !tools.page ? [tools.html] : []),
    provenance(m, input),
  ];
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>AI vendor evidence pack — ${esc(m.subject)}</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    ...body,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
