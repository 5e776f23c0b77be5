// The inventory schema's validator compiled to code when the bundle is built:
// scripts/build.mjs replaces this module in dist/ with inventoryValidatorModule()
// (./schema.ts). From src/ (the tests) there is none and ajv compiles the schema
// at first use; schema.ts uses it only when schema/inventory.schema.json has the
// digest it was compiled from.
import type { ValidateFunction } from "ajv";

export const PRECOMPILED: { digest: string; validate: ValidateFunction } | undefined = undefined;
