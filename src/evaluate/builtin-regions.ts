// rules/regions.yml parsed when the bundle is built: scripts/build.mjs replaces
// this module in dist/ with the file's text and its parsed table. From src/ (the
// tests) there is none. loadRegions uses it only while the file on disk has that
// very text, which saves the cold YAML parse (~25 ms) on every run.
export const BUILTIN_REGIONS: { text: string; table: unknown } | undefined = undefined;
