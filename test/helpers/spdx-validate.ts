import { readFileSync } from "node:fs";
import { join } from "node:path";
import jsonld from "jsonld";
import { DataFactory, Parser, Store, type Quad } from "n3";
import SHACLValidator from "rdf-validate-shacl";

// Offline SPDX 3.0.1 validation: JSON-LD → RDF with only the committed context,
// then SHACL against the committed model. Parsed once per test file (the model
// is ~180 kB of Turtle; the validator is reused across documents).

const VENDOR = join(import.meta.dirname, "../../schema/vendor/spdx-3.0.1");
export const SPDX_CONTEXT_URL = "https://spdx.org/rdf/3.0.1/spdx-context.jsonld";
const CONTEXT = JSON.parse(readFileSync(join(VENDOR, "spdx-context.jsonld"), "utf8")) as object;

const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const SUBCLASS = "http://www.w3.org/2000/01/rdf-schema#subClassOf";
const RDFS_CLASS = "http://www.w3.org/2000/01/rdf-schema#Class";
const OWL_CLASS = "http://www.w3.org/2002/07/owl#Class";
const OWL_INDIVIDUAL = "http://www.w3.org/2002/07/owl#NamedIndividual";
const { namedNode, quad } = DataFactory;

/** URLs the loader refused (a test can see that nothing went to the network). */
export const refused: string[] = [];

/** Serves the committed SPDX context and refuses every other URL: no network, ever. */
export const documentLoader = async (url: string) => {
  if (url === SPDX_CONTEXT_URL) return { contextUrl: undefined, documentUrl: url, document: CONTEXT };
  refused.push(url);
  throw new Error(`refusing to load ${url}: only the committed SPDX 3.0.1 context is served`);
};

interface Model {
  validator: SHACLValidator;
  /** What the data graph needs from the ontology: subclass triples, named individuals' types. */
  ontology: Quad[];
  /** The spec's own named individuals (NoneElement, SpdxOrganization, enum values): not our focus nodes. */
  individuals: Set<string>;
}

let model: Model | undefined;

function loadModel(): Model {
  if (model) return model;
  const quads = new Parser({ format: "text/turtle" }).parse(readFileSync(join(VENDOR, "spdx-model.ttl"), "utf8"));
  const shapes = new Store(quads);
  // The model declares its shapes as owl:Class; SHACL's implicit class targets need rdfs:Class.
  shapes.addQuad(quad(namedNode(OWL_CLASS), namedNode(SUBCLASS), namedNode(RDFS_CLASS)));
  const individuals = new Set(quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === OWL_INDIVIDUAL).map((q) => q.subject.value));
  const ontology = quads.filter((q) => q.predicate.value === SUBCLASS || (q.predicate.value === RDF_TYPE && individuals.has(q.subject.value)));
  model = { validator: new SHACLValidator(shapes), ontology, individuals };
  return model;
}

export interface SpdxViolation {
  focus: string;
  path: string | undefined;
  message: string;
}

/** The document as RDF quads (N-Quads parsed back), through the offline loader. */
export async function spdxToQuads(doc: object): Promise<Quad[]> {
  const nquads = (await jsonld.toRDF(doc as jsonld.JsonLdDocument, { format: "application/n-quads", documentLoader } as jsonld.Options.ToRdf)) as unknown as string;
  return new Parser({ format: "application/n-quads" }).parse(nquads);
}

/** SHACL violations of an SPDX 3.0.1 JSON-LD document (empty: it conforms). */
export async function validateSpdx(doc: object): Promise<SpdxViolation[]> {
  const { validator, ontology, individuals } = loadModel();
  const data = new Store(await spdxToQuads(doc));
  data.addQuads(ontology);
  const report = await validator.validate(data);
  return report.results.filter((r) => !individuals.has(r.focusNode?.value ?? "")).map((r) => ({
    focus: r.focusNode?.value ?? "?",
    path: r.path?.value,
    message: r.message.map((m) => m.value).join("; ") || String(r.sourceConstraintComponent?.value),
  }));
}
