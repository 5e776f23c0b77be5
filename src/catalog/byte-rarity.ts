// How rare each byte is in source text, for choosing which three bytes of a
// token the byte prefilter keys it by (token-bytes.ts): keyed by its first
// three, `openai`, `assemblyai`, `perplexity` and `portkey` made every `ope`,
// `ass`, `per` and `por` of ordinary code a candidate to confirm (test262: one
// byte in 28, half the prefilter's time).
//
// The printable ASCII bytes from most to least frequent, counted once over
// 154 MB of source (Python's standard library, the .js, .md and .json files of
// this repository's node_modules): none of the trees the benchmark measures.

const BY_FREQUENCY = " etrnaioslcdpu_m\".,fhg)(y=:b/v@;0x'{}*w1kST-A2EC#NDI\\P[]`FROL|3M4j658&B7z9$qG>+U!VWH?KJ<QYX%Z^~";

/** Per byte, its rank from the most frequent (0): newlines and tabs rank as common, other bytes as rarer than any ASCII. */
export const BYTE_RARITY = new Uint8Array(256).fill(BY_FREQUENCY.length);
for (let r = 0; r < BY_FREQUENCY.length; r++) BYTE_RARITY[BY_FREQUENCY.charCodeAt(r)] = r;
BYTE_RARITY[10] = 1; // \n: about as frequent as `e`
BYTE_RARITY[9] = 10; // \t
BYTE_RARITY[13] = 20; // \r

/** The offset of the rarest three consecutive bytes of `bytes` (at least three long): the highest sum of ranks, the first of equals. */
export function rarestWindow(bytes: Uint8Array): number {
  let best = 0;
  let bestScore = -1;
  for (let o = 0; o + 3 <= bytes.length; o++) {
    const score = BYTE_RARITY[bytes[o]!]! + BYTE_RARITY[bytes[o + 1]!]! + BYTE_RARITY[bytes[o + 2]!]!;
    if (score > bestScore) [best, bestScore] = [o, score];
  }
  return best;
}
