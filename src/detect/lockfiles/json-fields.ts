// Reading parseJson nodes (src/detect/manifests/json.ts keeps offsets, not booleans).

import type { JsonNode } from "../manifests/json.js";

/** The value of `key` in an object node (the last one, as JSON.parse does). */
export function field(node: JsonNode | undefined, key: string): JsonNode | undefined {
  if (node?.type !== "object") return undefined;
  let found: JsonNode | undefined;
  for (const e of node.entries) if (e.key === key) found = e.value;
  return found;
}

export function str(node: JsonNode | undefined): string | undefined {
  return node?.type === "string" ? node.value : undefined;
}

/** Whether `key` holds `true`: the text at the value's offset tells. */
export function isTrue(text: string, node: JsonNode | undefined, key: string): boolean {
  const v = field(node, key);
  return v?.type === "boolean" && text.startsWith("true", v.offset);
}
