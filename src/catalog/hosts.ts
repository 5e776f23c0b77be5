import type { HostHit } from "./compile.js";
import { escapeRegExp as escape } from "./patterns.js";
import type { HostSpec } from "./types.js";

export interface HostMatcher {
  /** Longer literal part = more specific; matchers are tried most specific first. */
  specificity: number;
  /** The longest literal run of the pattern, for the file prefilter. */
  token: string;
  /** The pattern's last label when it is literal (`com` of `api.openai.com`): hosts are looked up by it. */
  tld?: string;
  match(host: string, path: string): HostHit | undefined;
}


/**
 * `bedrock-runtime.<region>.amazonaws.com` → an anchored RegExp where <region>
 * captures one DNS label (the processing region) and <resource> matches one label.
 */
export function compileHost(spec: HostSpec, vendor: string): HostMatcher {
  const s = typeof spec === "string" ? { host: spec } : spec;
  let hasRegion = false;
  const source = s.host
    .split(/(<[a-z]+>)/)
    .map((part) => {
      if (part === "<region>") {
        hasRegion = true;
        return "([a-z0-9-]{2,40})";
      }
      if (/^<[a-z]+>$/.test(part)) return "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
      return escape(part);
    })
    .join("");
  const regex = new RegExp(`^${source}$`);
  const literal = s.host.replace(/<[a-z]+>/g, " ");
  const token = literal.split(" ").sort((a, b) => b.length - a.length)[0]!.replace(/^[.-]+|[.-]+$/g, "");
  const pathPrefix = s.path;
  const last = s.host.slice(s.host.lastIndexOf(".") + 1);
  return {
    specificity: literal.replace(/ /g, "").length + (pathPrefix ? 100 : 0),
    token,
    ...(/^[a-z0-9-]+$/.test(last) ? { tld: last } : {}),
    match(host, path) {
      const m = regex.exec(host);
      if (!m) return undefined;
      if (pathPrefix && !path.startsWith(pathPrefix)) return undefined;
      const region = s.region ?? (hasRegion ? m[1] : undefined);
      return region ? { vendor, host, region } : { vendor, host };
    },
  };
}
