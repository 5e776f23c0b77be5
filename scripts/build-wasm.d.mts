/** The binary of a WAT source (wabt's assembler, deterministic). */
export function assemble(wat: string, name?: string): Promise<Buffer>;
/** The text of prefilter-wasm.ts for a module's bytes. */
export function moduleText(bytes: Buffer): string;
/** Writes src/catalog/prefilter-wasm.ts from src/catalog/prefilter.wat. */
export function writePrefilterModule(): Promise<void>;
