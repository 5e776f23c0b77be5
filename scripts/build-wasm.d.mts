/** The binary of a WAT source (wabt's assembler, deterministic). */
export function assemble(wat: string, name?: string): Promise<Buffer>;
/** The text of prefilter-wasm.ts for a module's bytes. */
export function moduleText(bytes: Buffer): string;
