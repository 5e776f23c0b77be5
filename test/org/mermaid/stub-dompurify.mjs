// mermaid sanitises labels with DOMPurify, which needs a browser DOM. Parsing
// (what these tests check) does not depend on it: identity stands in.
const purify = { addHook() {}, removeHook() {}, removeHooks() {}, removeAllHooks() {}, setConfig() {}, sanitize: (s) => String(s), isSupported: true };
export default purify;
