// The pack's only stylesheet, inlined: system fonts, no images, one printed
// sheet per `.page` (A4 and Letter alike: the content box is sized for the
// smaller of the two in each direction).

export const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { background: #e4e7ec; }
body { margin: 0; font: 9pt/1.35 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #101828; }
.page { background: #fff; width: 210mm; min-height: 270mm; margin: 8mm auto; padding: 12mm 12mm; box-shadow: 0 1px 4px rgba(16,24,40,.2); overflow-wrap: break-word; }
h1 { font-size: 22pt; margin: 2mm 0 6mm; }
h2 { font-size: 14pt; margin: 0 0 2mm; }
h2 code { font-size: 10pt; color: #475467; font-weight: normal; }
h3 { font-size: 10.5pt; margin: 4mm 0 1.5mm; color: #344054; }
.kicker { text-transform: uppercase; letter-spacing: .08em; color: #475467; margin: 20mm 0 0; }
.sub, .note, .muted, .repos { color: #475467; }
.note { font-size: 8pt; margin: 1mm 0; }
.sub { margin: 0 0 2mm; }
code { font: 8pt ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; white-space: pre-wrap; }
a { color: #175cd3; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 2mm; }
th, td { text-align: left; vertical-align: top; padding: 1mm 1.5mm; border-bottom: 0.3mm solid #eaecf0; }
thead th { background: #f2f4f7; font-weight: 600; font-size: 8pt; }
td.num { text-align: right; }
.nowrap { white-space: nowrap; }
table.inventory { font-size: 8pt; }
table.findings td:nth-child(-n+3) code { white-space: nowrap; }
dl.facts { display: grid; grid-template-columns: 30mm 1fr; gap: 0.8mm 3mm; margin: 0 0 2mm; }
dl.facts dt { font-weight: 600; color: #344054; }
dl.facts dd { margin: 0; }
.badge { display: inline-block; padding: 0 1.5mm; border-radius: 2mm; font-size: 7.5pt; font-weight: 600; border: 0.3mm solid; white-space: nowrap; }
.status-approved { color: #067647; background: #ecfdf3; }
.status-restricted { color: #b54708; background: #fffaeb; }
.status-undeclared { color: #c4320a; background: #fff6ed; }
.status-prohibited { color: #b42318; background: #fef3f2; }
.bad { color: #b42318; font-weight: 600; }
.warn { background: #fffaeb; border-left: 1mm solid #f79009; padding: 1.5mm 2mm; margin: 1mm 0; }
.diagram svg { display: block; width: 100%; height: auto; max-height: 105mm; }
table.risk th { width: 38mm; }
table.risk thead th:nth-child(2) { width: 16mm; }
table.risk thead th:nth-child(4) { width: 26mm; }
table.risk thead th:nth-child(5) { width: 19mm; }
dd > div > div { margin-left: 3mm; }
.level-high { color: #b42318; font-weight: 600; }
.level-medium { color: #b54708; font-weight: 600; }
.level-low { color: #067647; font-weight: 600; }
tr.missing td { color: #b42318; }
tr.sev-error td:first-child, tr.sev-error td:nth-child(2) { color: #b42318; }
ol.toc li { margin: 0.5mm 0; }
@page { margin: 10mm; }
@media print {
  html { background: none; }
  .page { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; break-after: page; }
  .page:last-child { break-after: auto; }
  .vendor { break-inside: avoid; }
  a { color: inherit; }
}
`;
