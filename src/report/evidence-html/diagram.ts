import type { VendorStatus } from "../../types.js";
import { esc } from "./esc.js";
import type { Flow, FlowComponent } from "./flow.js";

// A vendor's data-flow diagram as inline SVG: components (grouped by
// repository) on the left — and on the right too past SPLIT_AT — joined to the
// vendor's endpoint box by edges labelled with how the code reaches it. Pure
// arithmetic on counts and character widths: the same flow gives the same bytes.

const SPLIT_AT = 12;
const FONT = 10;
/** Average advance of the sans-serif font, as a fraction of its size: enough to decide where to cut. */
const ADVANCE = 0.58;

export const STATUS_COLOUR: Record<VendorStatus, string> = { prohibited: "#b42318", undeclared: "#c4320a", restricted: "#b54708", approved: "#067647" };

interface Geometry {
  width: number;
  box: number; // component box width
  row: number; // component row height
  boxH: number;
  label: number; // room for an edge label
  endpoint: { x: number; w: number };
  columns: { x: number; side: "left" | "right" }[];
}

function geometry(split: boolean): Geometry {
  return split
    ? { width: 900, box: 200, row: 24, boxH: 18, label: 120, endpoint: { x: 330, w: 240 }, columns: [{ x: 4, side: "left" }, { x: 696, side: "right" }] }
    : { width: 760, box: 230, row: 30, boxH: 22, label: 270, endpoint: { x: 512, w: 244 }, columns: [{ x: 4, side: "left" }] };
}

/**
 * Cut text to what fits in `px` at `size`, marking the cut; the full text goes
 * in a <title>. Paths keep their end (`…/support/api`): that is what tells
 * sibling folders apart.
 */
export function fit(text: string, px: number, size = FONT, keep: "start" | "end" = "start"): string {
  const max = Math.max(4, Math.floor(px / (size * ADVANCE)));
  const flat = text.replace(/[\r\n\t]+/g, " ");
  if (flat.length <= max) return flat;
  return keep === "start" ? `${flat.slice(0, max - 1)}…` : `…${flat.slice(flat.length - max + 1)}`;
}

type Item = { kind: "header"; text: string } | { kind: "component"; c: FlowComponent };

function itemsOf(components: FlowComponent[], headers: boolean): Item[] {
  const out: Item[] = [];
  let last: string | undefined;
  for (const c of components) {
    if (headers && c.repository !== last && !c.folded) out.push({ kind: "header", text: c.repository });
    last = c.repository;
    out.push({ kind: "component", c });
  }
  return out;
}

const HEADER = 16;
const heightOf = (items: Item[], g: Geometry) => items.reduce((h, i) => h + (i.kind === "header" ? HEADER : g.row), 0);

function edgeLabel(c: FlowComponent): string {
  return [c.reach.join(", "), c.dataClasses.length ? `data: ${c.dataClasses.join(", ")}` : ""].filter(Boolean).join(" · ");
}

export function flowSvg(flow: Flow, status: VendorStatus, id: string): string {
  const n = flow.components.length;
  const split = n > SPLIT_AT;
  const g = geometry(split);
  const headers = flow.repositories.length > 1;
  const half = split ? Math.ceil(n / 2) : n;
  const cols = split ? [flow.components.slice(0, half), flow.components.slice(half)] : [flow.components];
  const items = cols.map((c) => itemsOf(c, headers));
  const hosts = flow.hosts.length ? flow.hosts.slice(0, 3) : ["endpoint not named in code"];
  const endLines = [flow.vendor, ...hosts, ...(flow.hosts.length > 3 ? [`+${flow.hosts.length - 3} more hosts`] : []), flow.where];
  const endH = 14 + endLines.length * 15;
  const pad = 8;
  const height = Math.max(endH, ...items.map((i) => heightOf(i, g)), g.row) + 2 * pad;
  const ey = Math.round((height - endH) / 2);
  const ecy = Math.round(height / 2);
  const colour = STATUS_COLOUR[status];
  const out: string[] = [];
  const title = `Data flow: ${n === 0 ? "no component" : `${n} component${n === 1 ? "" : "s"}`} → ${flow.vendor}`;
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="flow" id="${id}" viewBox="0 0 ${g.width} ${height}" width="${g.width}" height="${height}" role="img" aria-labelledby="${id}-t" font-family="Helvetica, Arial, sans-serif" font-size="${FONT}">`,
    `<title id="${id}-t">${esc(title)}</title>`,
  );
  // Edges first, so boxes and labels sit on top of them.
  const edges: string[] = [];
  const boxes: string[] = [];
  items.forEach((list, ci) => {
    const col = g.columns[ci]!;
    const colH = heightOf(list, g);
    let y = pad + Math.round((height - 2 * pad - colH) / 2);
    for (const item of list) {
      if (item.kind === "header") {
        const tx = col.side === "left" ? col.x + 2 : col.x + g.box - 2;
        boxes.push(`<text class="repo" x="${tx}" y="${y + 12}" text-anchor="${col.side === "left" ? "start" : "end"}" font-weight="bold" fill="#475467">${esc(fit(item.text, g.box))}<title>${esc(item.text)}</title></text>`);
        y += HEADER;
        continue;
      }
      const c = item.c;
      const by = y + Math.round((g.row - g.boxH) / 2);
      const cy = by + g.boxH / 2;
      const x0 = col.side === "left" ? col.x + g.box : col.x;
      const x1 = col.side === "left" ? g.endpoint.x : g.endpoint.x + g.endpoint.w;
      const mid = Math.round((x0 + x1) / 2);
      edges.push(`<path d="M${x0} ${cy} C${mid} ${cy} ${mid} ${ecy} ${x1} ${ecy}" fill="none" stroke="#98a2b3" stroke-width="1.2"/>`);
      const label = edgeLabel(c);
      if (label) {
        const shown = fit(label, g.label - 8, 9);
        const w = Math.ceil(shown.length * 9 * ADVANCE) + 6;
        const lx = col.side === "left" ? x0 + 4 : x0 - 4 - w;
        edges.push(
          `<g class="edge-label"><rect x="${lx}" y="${cy - 13}" width="${w}" height="12" rx="2" fill="#ffffff" fill-opacity="0.9"/>` +
            `<text x="${lx + 3}" y="${cy - 4}" font-size="9" fill="#344054">${esc(shown)}<title>${esc(label)}</title></text></g>`,
        );
      }
      boxes.push(
        `<g class="component"><rect x="${col.x}" y="${by}" width="${g.box}" height="${g.boxH}" rx="3" fill="${c.folded ? "#eef2f6" : "#f8fafc"}" stroke="#667085" stroke-dasharray="${c.folded ? "3 2" : "none"}"/>` +
          `<text x="${col.x + 6}" y="${by + g.boxH / 2 + 3.5}" fill="#101828">${esc(fit(c.name, g.box - 12, FONT, c.folded ? "start" : "end"))}<title>${esc(c.repository ? `${c.repository}: ${c.name}` : c.name)} (${c.evidence} evidence)</title></text></g>`,
      );
      y += g.row;
    }
  });
  out.push(...edges, ...boxes);
  const ex = g.endpoint.x;
  out.push(`<g class="endpoint"><rect x="${ex}" y="${ey}" width="${g.endpoint.w}" height="${endH}" rx="6" fill="#ffffff" stroke="${colour}" stroke-width="2"/>`);
  endLines.forEach((line, i) => {
    const size = i === 0 ? 11 : 9;
    const attrs = i === 0 ? ` font-weight="bold" font-size="11"` : ` font-size="9"${i === endLines.length - 1 ? ` fill="#475467"` : ""}`;
    out.push(`<text x="${ex + 8}" y="${ey + 18 + i * 15}"${attrs}>${esc(fit(line, g.endpoint.w - 16, size))}<title>${esc(line)}</title></text>`);
  });
  out.push("</g>", "</svg>");
  return out.join("\n");
}
