// Reads a JSON array of Mermaid sources on stdin; prints, per source, whether
// mermaid's own parser accepts it and the nodes, edges and subgraphs it built
// (labels decoded from mermaid's #NN; character codes).
import mermaid from "mermaid";

const decode = (s) => String(s ?? "").replace(/ﬂ°°(\d+)¶ß/g, (_, n) => String.fromCharCode(Number(n)));
let input = "";
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const text of JSON.parse(input)) {
  try {
    await mermaid.parse(text);
    const d = await mermaid.mermaidAPI.getDiagramFromText(text);
    results.push({
      ok: true,
      type: d.type,
      nodes: [...d.db.getVertices().values()].map((v) => ({ id: v.id, text: decode(v.text) })),
      edges: d.db.getEdges().map((e) => ({ from: e.start, to: e.end, text: decode(e.text) })),
      subgraphs: d.db.getSubGraphs().map((s) => ({ id: s.id, title: decode(s.title), nodes: s.nodes })),
    });
  } catch (err) {
    results.push({ ok: false, error: String(err?.message ?? err).split("\n")[0] });
  }
}
process.stdout.write(JSON.stringify(results));
