import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);

// src/org/endpoints.ts
function vendorHosts(v, spec) {
  const named = [...new Set(v.evidence.flatMap((e) => e.host && !e.transitive ? [e.host.toLowerCase()] : []))].sort();
  if (named.length > 0) return named;
  const first = spec?.hosts?.[0];
  if (!first) return [];
  const host = typeof first === "string" ? first : first.host;
  if (host.includes("<region>") && v.regions.length > 0) return v.regions.map((r) => host.replace("<region>", r)).sort();
  return [host];
}
function isConcreteHost(host) {
  return /^[a-z0-9.-]+(:\d+)?$/i.test(host);
}

export {
  vendorHosts,
  isConcreteHost
};
