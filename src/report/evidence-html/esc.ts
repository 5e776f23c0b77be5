import { html, MAX_PRINTED } from "../escape.js";

/**
 * A value from the report or inventory as pack text: escape.ts's `html` (control
 * and bidi characters shown as `\n`, `\u202e`…, entities encoded), cut at the
 * length every writer prints so a 4,000-character name cannot push a vendor
 * past its printed sheet. The JSON report keeps the whole value.
 */
export const esc = (s: string): string => html(s, MAX_PRINTED);
