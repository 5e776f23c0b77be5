import type { Evidence } from "../types.js";

/**
 * An SDK pointed at another vendor's host talks to that vendor: the OpenAI SDK
 * with `baseURL: "https://api.groq.com/openai/v1"` is Groq usage, not OpenAI.
 * Per file: when every base URL in the file names vendors other than the SDK's,
 * and the SDK's own host appears nowhere in the file, the SDK's import and env
 * evidence moves to the base URL's vendors (keeping `via` = the SDK's vendor).
 * An env name that spells the SDK (`OPENAI_BASE_URL=<groq host>`) moves the same way,
 * and so does a framework key (`spring.ai.openai.base-url=<groq host>`).
 */
export function applyBaseUrls(
  evidence: Evidence[],
  redirectable: (vendor: string) => boolean = () => false,
  canPoint: (sdk: string, target: string) => boolean = () => true,
): Evidence[] {
  return moveManifestEntries(applyPerFile(evidence, redirectable, canPoint));
}

/**
 * A base URL that names no vendor -- a local gateway (`framework` set: the LiteLLM
 * proxy) or an endpoint the catalog does not know -- takes a redirectable SDK's
 * evidence (an LLM API's: the OpenAI SDK aimed at an OpenAI-compatible server) away
 * from the SDK's vendor: it keeps its framework, if any, and names no vendor.
 */
function applyPerFile(evidence: Evidence[], redirectable: (vendor: string) => boolean, canPoint: (sdk: string, target: string) => boolean): Evidence[] {
  const byFile = new Map<string, Evidence[]>();
  for (const e of evidence) {
    const list = byFile.get(e.file) ?? [];
    list.push(e);
    byFile.set(e.file, list);
  }
  const out: Evidence[] = [];
  for (const list of byFile.values()) {
    const allBaseUrls = list.filter((e) => e.kind === "host" && e.role === "base-url");
    if (allBaseUrls.length === 0) {
      out.push(...list);
      continue;
    }
    const baseUrls = allBaseUrls.filter((e) => e.vendor);
    const targets = [...new Set(baseUrls.map((e) => e.vendor!))];
    // Base URLs that name no vendor: an unknown endpoint, or a gateway framework's server.
    const elsewhere = allBaseUrls.filter((e) => !e.vendor);
    const hostVendors = new Set(list.filter((e) => e.kind === "host").map((e) => e.vendor));
    // The SDKs a base URL may configure: not the target's own (boto3 beside an
    // OpenAI client aimed at Bedrock's OpenAI-compatible host is Bedrock already).
    // An SDK counts only where such a base URL can configure it: an LLM client can
    // be aimed at another LLM service, a vector database's client cannot (Pinecone
    // beside an Ollama URL stays Pinecone).
    const pointable = (sdk: string) => targets.length === 0 || targets.some((t) => canPoint(sdk, t));
    const sdkVendors = new Set(
      list.filter((e) => (e.kind === "import" || e.kind === "env" || e.kind === "config") && e.vendor && !targets.includes(e.vendor) && pointable(e.vendor)).map((e) => e.vendor!),
    );
    for (const e of list) {
      const sdk = e.vendor;
      const movable = (e.kind === "import" || e.kind === "env" || e.kind === "config") && sdk && !e.role && !hostVendors.has(sdk) && !targets.includes(sdk) && pointable(sdk);
      // With two SDKs in one file and one foreign base URL we cannot tell which
      // client it configures: leave the evidence where it is.
      if (!movable || sdkVendors.size > 1) {
        out.push(e);
        continue;
      }
      for (const target of targets) if (canPoint(sdk, target)) out.push({ ...e, vendor: target, via: sdk });
      if (elsewhere.length > 0 && redirectable(sdk)) {
        out.push(withoutVendor(e, sdk));
      } else if (targets.length === 0) {
        out.push(e);
      }
    }
  }
  return out;
}

const MANIFEST_KINDS = new Set(["dependency", "lockfile"]);

/**
 * An SDK that every piece of code aims at other vendors is a dependency of
 * those vendors too: `openai` in requirements.txt, when the only code that
 * uses it talks to Groq, is Groq usage. A manifest speaks for the code beside
 * and below it (monorepos): code there that still uses the SDK's own vendor
 * keeps the entry; code there that only aims it elsewhere moves it to those
 * vendors. With no code there using the SDK either way, the whole repository
 * decides the same way.
 */
function moveManifestEntries(evidence: Evidence[]): Evidence[] {
  const moved = new Map<string, { vendor: string; file: string }[]>();
  const direct = new Map<string, string[]>();
  for (const e of evidence) {
    if (MANIFEST_KINDS.has(e.kind)) continue;
    // Moved to no vendor (an unknown endpoint, a local gateway): "" below.
    if (e.via) (moved.get(e.via) ?? moved.set(e.via, []).get(e.via)!).push({ vendor: e.vendor ?? "", file: e.file });
    else if (e.vendor) (direct.get(e.vendor) ?? direct.set(e.vendor, []).get(e.vendor)!).push(e.file);
  }
  return evidence.flatMap((e) => {
    const uses = e.vendor && MANIFEST_KINDS.has(e.kind) ? moved.get(e.vendor) : undefined;
    if (!uses) return [e];
    const dir = e.file.includes("/") ? e.file.slice(0, e.file.lastIndexOf("/") + 1) : "";
    const directHere = (direct.get(e.vendor!) ?? []).some((f) => f.startsWith(dir));
    const near = uses.filter((u) => u.file.startsWith(dir));
    if (directHere) return [e];
    if (near.length === 0 && direct.has(e.vendor!)) return [e];
    const targets = [...new Set((near.length > 0 ? near : uses).map((u) => u.vendor))].sort();
    return targets.map((t) => (t ? { ...e, vendor: t, via: e.vendor } : withoutVendor(e, e.vendor!)));
  });
}

/**
 * Evidence an SDK carried to no vendor: it stays in the report only through its
 * framework (the gateway itself is credited by the base-URL host evidence).
 */
function withoutVendor(e: Evidence, sdk: string): Evidence {
  const { vendor: _vendor, ...rest } = e;
  return { ...rest, via: sdk };
}
