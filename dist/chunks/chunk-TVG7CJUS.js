import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);
import {
  MARKER,
  redact
} from "./chunk-OLPSZWNW.js";
import {
  backtrackingProblem,
  compileCatalog,
  globToRegExp,
  require_ajv_lazy,
  require_dist,
  require_equal,
  require_ucs2length
} from "./chunk-2YU2PO3X.js";
import {
  InventoryError
} from "./chunk-6S6EOD3A.js";
import {
  packageRoot
} from "./chunk-YJ6TIQPF.js";
import {
  __toESM
} from "./chunk-EUDNGKAI.js";

// src/inventory/schema.ts
var import_yaml = __toESM(require_dist(), 1);
var import_ajv_lazy = __toESM(require_ajv_lazy(), 1);
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

// src/inventory/schema-validator.ts
var validate = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/shadow-ai/shadow-ai/schema/inventory.schema.json", "title": "shadow-ai AI vendor inventory (.github/ai-vendors.yml)", "description": "What the company has declared about the AI vendors its code may use. Editors: add `# yaml-language-server: $schema=<this file>` to the top of the inventory.", "type": "object", "additionalProperties": false, "required": ["version"], "properties": { "$schema": { "type": "string" }, "version": { "const": 1, "description": "Inventory format version." }, "policy": { "$ref": "#/definitions/policy" }, "vendors": { "type": "object", "description": "Declared vendors by catalog id (or an id under custom-vendors).", "propertyNames": { "$ref": "#/definitions/id" }, "additionalProperties": { "$ref": "#/definitions/vendor" } }, "classified-paths": { "type": "object", "description": "What data each part of the code handles: a glob (gitignore-style, relative to the repository root) \u2192 the data classes of the files under it. A vendor used in a classified path must be cleared (vendors.<id>.data-classes) for every class of that path; a path under several globs has the union of their classes. An organisation inventory's classification can only be widened by a repository's (classes and globs add up).", "propertyNames": { "minLength": 1 }, "additionalProperties": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/data-class" } } }, "exceptions": { "type": "array", "items": { "$ref": "#/definitions/exception" } }, "tools": { "type": "object", "description": "AI coding tools and agents engineers may use on this repository, by catalog id (rules/tools: claude-code, cursor, github-copilot, gemini-cli, openai-codex, windsurf, aider, continue, cline, amazon-q-developer, coderabbit). A tool found in the repository and not named here raises undeclared-tool; one marked prohibited raises prohibited-tool.", "propertyNames": { "$ref": "#/definitions/id" }, "additionalProperties": { "$ref": "#/definitions/tool" } }, "custom-vendors": { "type": "object", "description": "Vendors the built-in catalog does not know, or extra packages/hosts/env names for one it does.", "propertyNames": { "$ref": "#/definitions/id" }, "additionalProperties": { "$ref": "#/definitions/custom-vendor" } } }, "definitions": { "id": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$" }, "strings": { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "date": { "type": "string", "format": "date", "description": "A calendar date, YYYY-MM-DD." }, "data-class": { "enum": ["public", "internal", "confidential", "customer-data", "pii", "phi", "pci", "financial", "employee-data", "source-code", "credentials"], "description": "A class of data: public, internal, confidential, customer-data, pii, phi, pci, financial, employee-data, source-code, credentials." }, "rule": { "enum": ["undeclared-vendor", "prohibited-vendor", "path-not-allowed", "residency-violation", "hardcoded-secret", "unapproved-model", "review-overdue", "missing-dpa", "missing-no-training", "unused-declaration", "invalid-suppression", "expired-exception", "undeclared-tool", "prohibited-tool", "data-class-not-allowed", "attestation-expired", "missing-attestation"] }, "glob": { "type": "string", "minLength": 1 }, "globs": { "type": "array", "items": { "$ref": "#/definitions/glob" }, "uniqueItems": true }, "policy": { "type": "object", "additionalProperties": false, "properties": { "block-on": { "type": "array", "items": { "$ref": "#/definitions/rule" }, "uniqueItems": true, "description": "Rules whose findings fail the run (exit 1). Default: undeclared-vendor, prohibited-vendor, path-not-allowed, residency-violation, hardcoded-secret, data-class-not-allowed, prohibited-tool." }, "review-interval": { "type": "string", "pattern": "^[1-9][0-9]*[dwmy]$", "description": "How long a vendor review stays current: 90d, 12w, 6m, 1y." }, "block-low-confidence": { "type": "boolean", "default": false, "description": "Whether findings about a vendor whose only evidence is env names in templates (.env.example, env.sample: confidence low in the report) may block. Default false: they are reported, never blocking. A committed key blocks regardless." }, "attestation-max-age": { "type": "string", "pattern": "^[1-9][0-9]*[dwmy]$", "description": "How old a vendor's newest attestation of a kind (soc2-type-2, iso-27001, \u2026) may be before attestation-expired: 90d, 12w, 6m, 1y. Default: 12m." }, "ignore": { "allOf": [{ "$ref": "#/definitions/globs" }], "description": "gitignore-style globs of paths never scanned." } } }, "vendor": { "type": "object", "additionalProperties": false, "required": ["status"], "properties": { "status": { "enum": ["approved", "restricted", "prohibited"] }, "owner": { "type": "string" }, "purpose": { "type": "string" }, "data-classes": { "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/data-class" }, "description": "What the vendor receives. customer-data, pii, phi, pci, financial and employee-data require a signed DPA and a no-training confirmation." }, "dpa": { "type": "object", "additionalProperties": false, "required": ["signed"], "properties": { "signed": { "$ref": "#/definitions/date" }, "expires": { "$ref": "#/definitions/date" }, "link": { "type": "string" } } }, "no-training": { "type": "object", "additionalProperties": false, "required": ["confirmed"], "properties": { "confirmed": { "$ref": "#/definitions/date" }, "evidence": { "type": "string" } } }, "residency": { "type": "array", "items": { "type": "string", "pattern": "^[a-z0-9-]+$" }, "uniqueItems": true, "description": "Geographies (us, eu, uk, ca, jp, apac, \u2026) or explicit cloud regions (eu-west-1, europe-west4, westeurope) where processing may happen." }, "models": { "allOf": [{ "$ref": "#/definitions/globs" }], "description": "Allowed model ids (globs: gpt-4o*)." }, "paths": { "allOf": [{ "$ref": "#/definitions/globs" }], "description": "Paths (globs) where the vendor may be used." }, "last-review": { "$ref": "#/definitions/date" }, "attestations": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["type", "date"], "properties": { "type": { "type": "string", "description": "soc2-type-2, iso-27001, \u2026" }, "date": { "$ref": "#/definitions/date", "description": "When the report was issued (or the period it covers ended)." }, "link": { "type": "string" } } }, "description": "Audit reports and certifications on file, newest per type counts: attestation-expired when older than policy.attestation-max-age; missing-attestation when the vendor receives customer-data, pii, phi or pci and none is on file." }, "risk-assessment": { "$ref": "#/definitions/riskAssessment" }, "notes": { "type": "string" } } }, "tool": { "type": "object", "additionalProperties": false, "required": ["status"], "properties": { "status": { "enum": ["approved", "restricted", "prohibited"] }, "owner": { "type": "string" }, "purpose": { "type": "string" }, "notes": { "type": "string" } } }, "exception": { "type": "object", "additionalProperties": false, "required": ["reason", "approver", "expires"], "anyOf": [{ "required": ["rule"] }, { "required": ["vendor"] }, { "required": ["fingerprint"] }], "properties": { "rule": { "$ref": "#/definitions/rule" }, "vendor": { "$ref": "#/definitions/id" }, "paths": { "$ref": "#/definitions/globs" }, "fingerprint": { "type": "string", "minLength": 8 }, "reason": { "type": "string", "minLength": 1 }, "approver": { "type": "string", "minLength": 1 }, "expires": { "$ref": "#/definitions/date" } } }, "custom-vendor": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1, "description": "Display name (required for a vendor the built-in catalog does not know)." }, "category": { "enum": ["llm-api", "llm-gateway", "speech", "embeddings", "vector-db", "image", "local-runtime", "cloud-ai-platform", "ai-devtool", "ai-dev-tool", "observability", "search", "other"] }, "website": { "type": "string" }, "description": { "type": "string" }, "packages": { "$ref": "#/definitions/packages" }, "imports": { "type": "object", "additionalProperties": false, "description": "Extra import roots per language that map to this vendor.", "properties": { "python": { "$ref": "#/definitions/strings" }, "js": { "$ref": "#/definitions/strings" }, "go": { "$ref": "#/definitions/strings" }, "java": { "$ref": "#/definitions/strings" }, "csharp": { "$ref": "#/definitions/strings" }, "ruby": { "$ref": "#/definitions/strings" }, "php": { "$ref": "#/definitions/strings" }, "rust": { "$ref": "#/definitions/strings" }, "swift": { "$ref": "#/definitions/strings" } } }, "hosts": { "type": "array", "items": { "$ref": "#/definitions/host" } }, "env": { "type": "array", "items": { "type": "string", "pattern": "^[A-Z][A-Z0-9_]*$" }, "uniqueItems": true }, "keys": { "type": "array", "items": { "$ref": "#/definitions/key" } }, "models": { "$ref": "#/definitions/strings", "description": "Model id globs this vendor serves (attribution only: a model id alone never makes a vendor)." }, "iac": { "type": "object", "additionalProperties": false, "properties": { "terraform": { "$ref": "#/definitions/strings" }, "cloudformation": { "$ref": "#/definitions/strings" }, "arm": { "$ref": "#/definitions/strings" } } }, "docker-images": { "$ref": "#/definitions/strings" }, "actions": { "$ref": "#/definitions/strings", "description": "GitHub Actions (owner/repo) that send code or text to this vendor." }, "sources": { "$ref": "#/definitions/strings", "description": "Where each fact comes from: repository@commit:path, registry page, docs URL." } } }, "package": { "description": "A package name, or an object when the name alone is not enough. A trailing '/*' or '*' matches by prefix (npm scopes, Go module paths).", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "imports": { "$ref": "#/definitions/strings", "description": "Import roots / module names when they differ from the package name." }, "requires-literal": { "$ref": "#/definitions/strings", "description": "Evidence only in a file that also has one of these string literals (boto3 is Bedrock only with a 'bedrock-runtime' client). A manifest entry alone is no evidence." }, "versions": { "type": "string", "description": "Version range (semver-ish: '>=10') for which this name is this vendor's package." }, "note": { "type": "string" } } }] }, "packages": { "type": "object", "additionalProperties": false, "properties": { "npm": { "type": "array", "items": { "$ref": "#/definitions/package" } }, "pypi": { "type": "array", "items": { "$ref": "#/definitions/package" } }, "go": { "type": "array", "items": { "$ref": "#/definitions/package" } }, "maven": { "type": "array", "items": { "$ref": "#/definitions/package" } }, "nuget": { "type": "array", "items": { "$ref": "#/definitions/package" } }, "rubygems": { "type": "array", "items": { "$ref": "#/definitions/package" } }, "cargo": { "type": "array", "items": { "$ref": "#/definitions/package" } }, "composer": { "type": "array", "items": { "$ref": "#/definitions/package" } }, "hex": { "type": "array", "items": { "$ref": "#/definitions/package" }, "description": "Hex (Elixir): the mix.exs atom; `imports` are module roots (LangChain.ChatModels.ChatOpenAI)." }, "pub": { "type": "array", "items": { "$ref": "#/definitions/package" }, "description": "pub.dev (Dart, Flutter): imported as package:<name>/\u2026" }, "swiftpm": { "type": "array", "items": { "$ref": "#/definitions/package" }, "description": "Swift Package Manager: the repository as host/owner/repo (github.com/MacPaw/OpenAI; compared lowercased, scheme and .git stripped) or a registry id scope.name; `imports` are Swift module names." } } }, "host": { "description": "An API host. Placeholders: <region> (captured as the processing region), <resource> (one DNS label, not captured).", "oneOf": [{ "type": "string", "pattern": "^[a-z0-9.<>-]+$" }, { "type": "object", "additionalProperties": false, "required": ["host"], "properties": { "host": { "type": "string", "pattern": "^[a-z0-9.<>-]+$" }, "path": { "type": "string", "pattern": "^/", "description": "Only URLs whose path starts with this." }, "region": { "type": "string", "description": "The region or geography this host pins processing to." }, "note": { "type": "string" } } }] }, "key": { "type": "object", "additionalProperties": false, "required": ["id", "pattern", "keywords"], "properties": { "id": { "$ref": "#/definitions/id" }, "pattern": { "type": "string", "description": "JavaScript RegExp source, matched without flags unless 'flags' says otherwise. Bounded quantifiers only." }, "flags": { "type": "string", "pattern": "^i?$" }, "keywords": { "$ref": "#/definitions/strings", "description": "Literal substrings one of which a line must contain before the pattern runs (case-insensitive)." }, "context": { "$ref": "#/definitions/strings", "description": "Words one of which must appear within 3 lines for a match to count (for formats with no distinctive prefix)." }, "requires-vendor-evidence": { "type": "boolean", "description": "Counts only in a file that has other evidence of this vendor (Google 'AIza' keys belong to every Google API)." } } }, "riskEntry": { "type": "object", "additionalProperties": false, "required": ["risk"], "properties": { "risk": { "type": "string", "minLength": 1, "description": "How likely and how bad: low, medium, high, or a sentence." }, "mitigation": { "type": "string", "minLength": 1, "description": "What reduces it (output review, allow-listed tools, redaction, opt-out, \u2026)." }, "owner": { "type": "string", "minLength": 1, "description": "Who answers for this risk." }, "reviewed": { "$ref": "#/definitions/date" } } }, "riskAssessment": { "type": "object", "additionalProperties": false, "description": "The AI-specific risk assessment of this integration, one entry per topic; the evidence pack shows it.", "properties": { "hallucination": { "allOf": [{ "$ref": "#/definitions/riskEntry" }], "description": "Wrong or invented output that the product or a person acts on." }, "prompt-injection": { "allOf": [{ "$ref": "#/definitions/riskEntry" }], "description": "Input (user text, documents, tool results) that steers the model against its instructions." }, "data-leakage": { "allOf": [{ "$ref": "#/definitions/riskEntry" }], "description": "Data leaking through model outputs (other customers' data, secrets, the system prompt)." }, "bias": { "allOf": [{ "$ref": "#/definitions/riskEntry" }], "description": "Unfair or discriminatory outcomes in decisions the output informs." }, "fine-tuning": { "allOf": [{ "$ref": "#/definitions/riskEntry" }], "description": "Customer data used to fine-tune or train models (the vendor's or yours)." } } } } };
var schema16 = { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$" };
var schema18 = { "enum": ["public", "internal", "confidential", "customer-data", "pii", "phi", "pci", "financial", "employee-data", "source-code", "credentials"], "description": "A class of data: public, internal, confidential, customer-data, pii, phi, pci, financial, employee-data, source-code, credentials." };
var schema33 = { "type": "object", "additionalProperties": false, "required": ["status"], "properties": { "status": { "enum": ["approved", "restricted", "prohibited"] }, "owner": { "type": "string" }, "purpose": { "type": "string" }, "notes": { "type": "string" } } };
var schema12 = { "type": "object", "additionalProperties": false, "properties": { "block-on": { "type": "array", "items": { "$ref": "#/definitions/rule" }, "uniqueItems": true, "description": "Rules whose findings fail the run (exit 1). Default: undeclared-vendor, prohibited-vendor, path-not-allowed, residency-violation, hardcoded-secret, data-class-not-allowed, prohibited-tool." }, "review-interval": { "type": "string", "pattern": "^[1-9][0-9]*[dwmy]$", "description": "How long a vendor review stays current: 90d, 12w, 6m, 1y." }, "block-low-confidence": { "type": "boolean", "default": false, "description": "Whether findings about a vendor whose only evidence is env names in templates (.env.example, env.sample: confidence low in the report) may block. Default false: they are reported, never blocking. A committed key blocks regardless." }, "attestation-max-age": { "type": "string", "pattern": "^[1-9][0-9]*[dwmy]$", "description": "How old a vendor's newest attestation of a kind (soc2-type-2, iso-27001, \u2026) may be before attestation-expired: 90d, 12w, 6m, 1y. Default: 12m." }, "ignore": { "allOf": [{ "$ref": "#/definitions/globs" }], "description": "gitignore-style globs of paths never scanned." } } };
var schema13 = { "enum": ["undeclared-vendor", "prohibited-vendor", "path-not-allowed", "residency-violation", "hardcoded-secret", "unapproved-model", "review-overdue", "missing-dpa", "missing-no-training", "unused-declaration", "invalid-suppression", "expired-exception", "undeclared-tool", "prohibited-tool", "data-class-not-allowed", "attestation-expired", "missing-attestation"] };
var func0 = require_equal().default;
var pattern0 = new RegExp("^[1-9][0-9]*[dwmy]$", "u");
var schema14 = { "type": "array", "items": { "$ref": "#/definitions/glob" }, "uniqueItems": true };
var schema15 = { "type": "string", "minLength": 1 };
var func3 = require_ucs2length().default;
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (func3(data0) < 1) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15, data: data0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/glob/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema14, data };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.type, parentSchema: schema14, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "block-on" || key0 === "review-interval" || key0 === "block-low-confidence" || key0 === "attestation-max-age" || key0 === "ignore")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data["block-on"] !== void 0) {
      let data0 = data["block-on"];
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (!(data1 === "undeclared-vendor" || data1 === "prohibited-vendor" || data1 === "path-not-allowed" || data1 === "residency-violation" || data1 === "hardcoded-secret" || data1 === "unapproved-model" || data1 === "review-overdue" || data1 === "missing-dpa" || data1 === "missing-no-training" || data1 === "unused-declaration" || data1 === "invalid-suppression" || data1 === "expired-exception" || data1 === "undeclared-tool" || data1 === "prohibited-tool" || data1 === "data-class-not-allowed" || data1 === "attestation-expired" || data1 === "missing-attestation")) {
            const err1 = { instancePath: instancePath + "/block-on/" + i0, schemaPath: "#/definitions/rule/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values", schema: schema13.enum, parentSchema: schema13, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        let i1 = data0.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data0[i1], data0[j0])) {
                const err2 = { instancePath: instancePath + "/block-on", schemaPath: "#/properties/block-on/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema12.properties["block-on"], data: data0 };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/block-on", schemaPath: "#/properties/block-on/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["block-on"].type, parentSchema: schema12.properties["block-on"], data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data["review-interval"] !== void 0) {
      let data2 = data["review-interval"];
      if (typeof data2 === "string") {
        if (!pattern0.test(data2)) {
          const err4 = { instancePath: instancePath + "/review-interval", schemaPath: "#/properties/review-interval/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]*[dwmy]$" }, message: 'must match pattern "^[1-9][0-9]*[dwmy]$"', schema: "^[1-9][0-9]*[dwmy]$", parentSchema: schema12.properties["review-interval"], data: data2 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/review-interval", schemaPath: "#/properties/review-interval/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties["review-interval"].type, parentSchema: schema12.properties["review-interval"], data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data["block-low-confidence"] !== void 0) {
      let data3 = data["block-low-confidence"];
      if (typeof data3 !== "boolean") {
        const err6 = { instancePath: instancePath + "/block-low-confidence", schemaPath: "#/properties/block-low-confidence/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties["block-low-confidence"].type, parentSchema: schema12.properties["block-low-confidence"], data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data["attestation-max-age"] !== void 0) {
      let data4 = data["attestation-max-age"];
      if (typeof data4 === "string") {
        if (!pattern0.test(data4)) {
          const err7 = { instancePath: instancePath + "/attestation-max-age", schemaPath: "#/properties/attestation-max-age/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]*[dwmy]$" }, message: 'must match pattern "^[1-9][0-9]*[dwmy]$"', schema: "^[1-9][0-9]*[dwmy]$", parentSchema: schema12.properties["attestation-max-age"], data: data4 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/attestation-max-age", schemaPath: "#/properties/attestation-max-age/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties["attestation-max-age"].type, parentSchema: schema12.properties["attestation-max-age"], data: data4 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.ignore !== void 0) {
      if (!validate12(data.ignore, { instancePath: instancePath + "/ignore", parentData: data, parentDataProperty: "ignore", rootData })) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema17 = { "type": "object", "additionalProperties": false, "required": ["status"], "properties": { "status": { "enum": ["approved", "restricted", "prohibited"] }, "owner": { "type": "string" }, "purpose": { "type": "string" }, "data-classes": { "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/data-class" }, "description": "What the vendor receives. customer-data, pii, phi, pci, financial and employee-data require a signed DPA and a no-training confirmation." }, "dpa": { "type": "object", "additionalProperties": false, "required": ["signed"], "properties": { "signed": { "$ref": "#/definitions/date" }, "expires": { "$ref": "#/definitions/date" }, "link": { "type": "string" } } }, "no-training": { "type": "object", "additionalProperties": false, "required": ["confirmed"], "properties": { "confirmed": { "$ref": "#/definitions/date" }, "evidence": { "type": "string" } } }, "residency": { "type": "array", "items": { "type": "string", "pattern": "^[a-z0-9-]+$" }, "uniqueItems": true, "description": "Geographies (us, eu, uk, ca, jp, apac, \u2026) or explicit cloud regions (eu-west-1, europe-west4, westeurope) where processing may happen." }, "models": { "allOf": [{ "$ref": "#/definitions/globs" }], "description": "Allowed model ids (globs: gpt-4o*)." }, "paths": { "allOf": [{ "$ref": "#/definitions/globs" }], "description": "Paths (globs) where the vendor may be used." }, "last-review": { "$ref": "#/definitions/date" }, "attestations": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["type", "date"], "properties": { "type": { "type": "string", "description": "soc2-type-2, iso-27001, \u2026" }, "date": { "$ref": "#/definitions/date", "description": "When the report was issued (or the period it covers ended)." }, "link": { "type": "string" } } }, "description": "Audit reports and certifications on file, newest per type counts: attestation-expired when older than policy.attestation-max-age; missing-attestation when the vendor receives customer-data, pii, phi or pci and none is on file." }, "risk-assessment": { "$ref": "#/definitions/riskAssessment" }, "notes": { "type": "string" } } };
var schema19 = { "type": "string", "format": "date", "description": "A calendar date, YYYY-MM-DD." };
var func5 = Object.prototype.hasOwnProperty;
var formats0 = { date: { type: "string", validate: isDate } }.date;
var pattern3 = new RegExp("^[a-z0-9-]+$", "u");
var schema24 = { "type": "object", "additionalProperties": false, "description": "The AI-specific risk assessment of this integration, one entry per topic; the evidence pack shows it.", "properties": { "hallucination": { "allOf": [{ "$ref": "#/definitions/riskEntry" }], "description": "Wrong or invented output that the product or a person acts on." }, "prompt-injection": { "allOf": [{ "$ref": "#/definitions/riskEntry" }], "description": "Input (user text, documents, tool results) that steers the model against its instructions." }, "data-leakage": { "allOf": [{ "$ref": "#/definitions/riskEntry" }], "description": "Data leaking through model outputs (other customers' data, secrets, the system prompt)." }, "bias": { "allOf": [{ "$ref": "#/definitions/riskEntry" }], "description": "Unfair or discriminatory outcomes in decisions the output informs." }, "fine-tuning": { "allOf": [{ "$ref": "#/definitions/riskEntry" }], "description": "Customer data used to fine-tune or train models (the vendor's or yours)." } } };
var schema25 = { "type": "object", "additionalProperties": false, "required": ["risk"], "properties": { "risk": { "type": "string", "minLength": 1, "description": "How likely and how bad: low, medium, high, or a sentence." }, "mitigation": { "type": "string", "minLength": 1, "description": "What reduces it (output review, allow-listed tools, redaction, opt-out, \u2026)." }, "owner": { "type": "string", "minLength": 1, "description": "Who answers for this risk." }, "reviewed": { "$ref": "#/definitions/date" } } };
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.risk === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "risk" }, message: "must have required property 'risk'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "risk" || key0 === "mitigation" || key0 === "owner" || key0 === "reviewed")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.risk !== void 0) {
      let data0 = data.risk;
      if (typeof data0 === "string") {
        if (func3(data0) < 1) {
          const err2 = { instancePath: instancePath + "/risk", schemaPath: "#/properties/risk/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.properties.risk, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/risk", schemaPath: "#/properties/risk/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.risk.type, parentSchema: schema25.properties.risk, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.mitigation !== void 0) {
      let data1 = data.mitigation;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err4 = { instancePath: instancePath + "/mitigation", schemaPath: "#/properties/mitigation/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.properties.mitigation, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/mitigation", schemaPath: "#/properties/mitigation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.mitigation.type, parentSchema: schema25.properties.mitigation, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data2 = data.owner;
      if (typeof data2 === "string") {
        if (func3(data2) < 1) {
          const err6 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.properties.owner, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.owner.type, parentSchema: schema25.properties.owner, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.reviewed !== void 0) {
      let data3 = data.reviewed;
      if (typeof data3 === "string") {
        if (!formats0.validate(data3)) {
          const err8 = { instancePath: instancePath + "/reviewed", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema19, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/reviewed", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.type, parentSchema: schema19, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate19.errors = vErrors;
  return errors === 0;
}
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "hallucination" || key0 === "prompt-injection" || key0 === "data-leakage" || key0 === "bias" || key0 === "fine-tuning")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.hallucination !== void 0) {
      if (!validate19(data.hallucination, { instancePath: instancePath + "/hallucination", parentData: data, parentDataProperty: "hallucination", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data["prompt-injection"] !== void 0) {
      if (!validate19(data["prompt-injection"], { instancePath: instancePath + "/prompt-injection", parentData: data, parentDataProperty: "prompt-injection", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data["data-leakage"] !== void 0) {
      if (!validate19(data["data-leakage"], { instancePath: instancePath + "/data-leakage", parentData: data, parentDataProperty: "data-leakage", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.bias !== void 0) {
      if (!validate19(data.bias, { instancePath: instancePath + "/bias", parentData: data, parentDataProperty: "bias", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data["fine-tuning"] !== void 0) {
      if (!validate19(data["fine-tuning"], { instancePath: instancePath + "/fine-tuning", parentData: data, parentDataProperty: "fine-tuning", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.status === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema17.required, parentSchema: schema17, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func5.call(schema17.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data0 = data.status;
      if (!(data0 === "approved" || data0 === "restricted" || data0 === "prohibited")) {
        const err2 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema17.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema17.properties.status.enum, parentSchema: schema17.properties.status, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data1 = data.owner;
      if (typeof data1 !== "string") {
        const err3 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.owner.type, parentSchema: schema17.properties.owner, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.purpose !== void 0) {
      let data2 = data.purpose;
      if (typeof data2 !== "string") {
        const err4 = { instancePath: instancePath + "/purpose", schemaPath: "#/properties/purpose/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.purpose.type, parentSchema: schema17.properties.purpose, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data["data-classes"] !== void 0) {
      let data3 = data["data-classes"];
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (!(data4 === "public" || data4 === "internal" || data4 === "confidential" || data4 === "customer-data" || data4 === "pii" || data4 === "phi" || data4 === "pci" || data4 === "financial" || data4 === "employee-data" || data4 === "source-code" || data4 === "credentials")) {
            const err5 = { instancePath: instancePath + "/data-classes/" + i0, schemaPath: "#/definitions/data-class/enum", keyword: "enum", params: { allowedValues: schema18.enum }, message: "must be equal to one of the allowed values", schema: schema18.enum, parentSchema: schema18, data: data4 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        let i1 = data3.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data3[i1], data3[j0])) {
                const err6 = { instancePath: instancePath + "/data-classes", schemaPath: "#/properties/data-classes/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema17.properties["data-classes"], data: data3 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/data-classes", schemaPath: "#/properties/data-classes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties["data-classes"].type, parentSchema: schema17.properties["data-classes"], data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.dpa !== void 0) {
      let data5 = data.dpa;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.signed === void 0) {
          const err8 = { instancePath: instancePath + "/dpa", schemaPath: "#/properties/dpa/required", keyword: "required", params: { missingProperty: "signed" }, message: "must have required property 'signed'", schema: schema17.properties.dpa.required, parentSchema: schema17.properties.dpa, data: data5 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key1 in data5) {
          if (!(key1 === "signed" || key1 === "expires" || key1 === "link")) {
            const err9 = { instancePath: instancePath + "/dpa", schemaPath: "#/properties/dpa/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.dpa, data: data5 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data5.signed !== void 0) {
          let data6 = data5.signed;
          if (typeof data6 === "string") {
            if (!formats0.validate(data6)) {
              const err10 = { instancePath: instancePath + "/dpa/signed", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema19, data: data6 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/dpa/signed", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.type, parentSchema: schema19, data: data6 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data5.expires !== void 0) {
          let data7 = data5.expires;
          if (typeof data7 === "string") {
            if (!formats0.validate(data7)) {
              const err12 = { instancePath: instancePath + "/dpa/expires", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema19, data: data7 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/dpa/expires", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.type, parentSchema: schema19, data: data7 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data5.link !== void 0) {
          let data8 = data5.link;
          if (typeof data8 !== "string") {
            const err14 = { instancePath: instancePath + "/dpa/link", schemaPath: "#/properties/dpa/properties/link/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.dpa.properties.link.type, parentSchema: schema17.properties.dpa.properties.link, data: data8 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/dpa", schemaPath: "#/properties/dpa/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.dpa.type, parentSchema: schema17.properties.dpa, data: data5 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data["no-training"] !== void 0) {
      let data9 = data["no-training"];
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.confirmed === void 0) {
          const err16 = { instancePath: instancePath + "/no-training", schemaPath: "#/properties/no-training/required", keyword: "required", params: { missingProperty: "confirmed" }, message: "must have required property 'confirmed'", schema: schema17.properties["no-training"].required, parentSchema: schema17.properties["no-training"], data: data9 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        for (const key2 in data9) {
          if (!(key2 === "confirmed" || key2 === "evidence")) {
            const err17 = { instancePath: instancePath + "/no-training", schemaPath: "#/properties/no-training/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties["no-training"], data: data9 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data9.confirmed !== void 0) {
          let data10 = data9.confirmed;
          if (typeof data10 === "string") {
            if (!formats0.validate(data10)) {
              const err18 = { instancePath: instancePath + "/no-training/confirmed", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema19, data: data10 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/no-training/confirmed", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.type, parentSchema: schema19, data: data10 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data9.evidence !== void 0) {
          let data11 = data9.evidence;
          if (typeof data11 !== "string") {
            const err20 = { instancePath: instancePath + "/no-training/evidence", schemaPath: "#/properties/no-training/properties/evidence/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties["no-training"].properties.evidence.type, parentSchema: schema17.properties["no-training"].properties.evidence, data: data11 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/no-training", schemaPath: "#/properties/no-training/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties["no-training"].type, parentSchema: schema17.properties["no-training"], data: data9 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.residency !== void 0) {
      let data12 = data.residency;
      if (Array.isArray(data12)) {
        const len1 = data12.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data13 = data12[i2];
          if (typeof data13 === "string") {
            if (!pattern3.test(data13)) {
              const err22 = { instancePath: instancePath + "/residency/" + i2, schemaPath: "#/properties/residency/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+$" }, message: 'must match pattern "^[a-z0-9-]+$"', schema: "^[a-z0-9-]+$", parentSchema: schema17.properties.residency.items, data: data13 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/residency/" + i2, schemaPath: "#/properties/residency/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.residency.items.type, parentSchema: schema17.properties.residency.items, data: data13 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        let i3 = data12.length;
        let j1;
        if (i3 > 1) {
          const indices0 = {};
          for (; i3--; ) {
            let item0 = data12[i3];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j1 = indices0[item0];
              const err24 = { instancePath: instancePath + "/residency", schemaPath: "#/properties/residency/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema17.properties.residency, data: data12 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
              break;
            }
            indices0[item0] = i3;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/residency", schemaPath: "#/properties/residency/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.residency.type, parentSchema: schema17.properties.residency, data: data12 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.models !== void 0) {
      if (!validate12(data.models, { instancePath: instancePath + "/models", parentData: data, parentDataProperty: "models", rootData })) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
    if (data.paths !== void 0) {
      if (!validate12(data.paths, { instancePath: instancePath + "/paths", parentData: data, parentDataProperty: "paths", rootData })) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
    if (data["last-review"] !== void 0) {
      let data16 = data["last-review"];
      if (typeof data16 === "string") {
        if (!formats0.validate(data16)) {
          const err26 = { instancePath: instancePath + "/last-review", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema19, data: data16 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/last-review", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.type, parentSchema: schema19, data: data16 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.attestations !== void 0) {
      let data17 = data.attestations;
      if (Array.isArray(data17)) {
        const len2 = data17.length;
        for (let i4 = 0; i4 < len2; i4++) {
          let data18 = data17[i4];
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            if (data18.type === void 0) {
              const err28 = { instancePath: instancePath + "/attestations/" + i4, schemaPath: "#/properties/attestations/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema17.properties.attestations.items.required, parentSchema: schema17.properties.attestations.items, data: data18 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            if (data18.date === void 0) {
              const err29 = { instancePath: instancePath + "/attestations/" + i4, schemaPath: "#/properties/attestations/items/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'", schema: schema17.properties.attestations.items.required, parentSchema: schema17.properties.attestations.items, data: data18 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            for (const key3 in data18) {
              if (!(key3 === "type" || key3 === "date" || key3 === "link")) {
                const err30 = { instancePath: instancePath + "/attestations/" + i4, schemaPath: "#/properties/attestations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.attestations.items, data: data18 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data18.type !== void 0) {
              let data19 = data18.type;
              if (typeof data19 !== "string") {
                const err31 = { instancePath: instancePath + "/attestations/" + i4 + "/type", schemaPath: "#/properties/attestations/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.attestations.items.properties.type.type, parentSchema: schema17.properties.attestations.items.properties.type, data: data19 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data18.date !== void 0) {
              let data20 = data18.date;
              if (typeof data20 === "string") {
                if (!formats0.validate(data20)) {
                  const err32 = { instancePath: instancePath + "/attestations/" + i4 + "/date", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema19, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              } else {
                const err33 = { instancePath: instancePath + "/attestations/" + i4 + "/date", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.type, parentSchema: schema19, data: data20 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data18.link !== void 0) {
              let data21 = data18.link;
              if (typeof data21 !== "string") {
                const err34 = { instancePath: instancePath + "/attestations/" + i4 + "/link", schemaPath: "#/properties/attestations/items/properties/link/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.attestations.items.properties.link.type, parentSchema: schema17.properties.attestations.items.properties.link, data: data21 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          } else {
            const err35 = { instancePath: instancePath + "/attestations/" + i4, schemaPath: "#/properties/attestations/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.attestations.items.type, parentSchema: schema17.properties.attestations.items, data: data18 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/attestations", schemaPath: "#/properties/attestations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.attestations.type, parentSchema: schema17.properties.attestations, data: data17 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data["risk-assessment"] !== void 0) {
      if (!validate18(data["risk-assessment"], { instancePath: instancePath + "/risk-assessment", parentData: data, parentDataProperty: "risk-assessment", rootData })) {
        vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
        errors = vErrors.length;
      }
    }
    if (data.notes !== void 0) {
      let data23 = data.notes;
      if (typeof data23 !== "string") {
        const err37 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.notes.type, parentSchema: schema17.properties.notes, data: data23 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
  } else {
    const err38 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.type, parentSchema: schema17, data };
    if (vErrors === null) {
      vErrors = [err38];
    } else {
      vErrors.push(err38);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
var schema28 = { "type": "object", "additionalProperties": false, "required": ["reason", "approver", "expires"], "anyOf": [{ "required": ["rule"] }, { "required": ["vendor"] }, { "required": ["fingerprint"] }], "properties": { "rule": { "$ref": "#/definitions/rule" }, "vendor": { "$ref": "#/definitions/id" }, "paths": { "$ref": "#/definitions/globs" }, "fingerprint": { "type": "string", "minLength": 8 }, "reason": { "type": "string", "minLength": 1 }, "approver": { "type": "string", "minLength": 1 }, "expires": { "$ref": "#/definitions/date" } } };
var pattern2 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = false;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.rule === void 0) {
      const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'", schema: schema28.anyOf[0].required, parentSchema: schema28.anyOf[0], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.vendor === void 0) {
        const err1 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "vendor" }, message: "must have required property 'vendor'", schema: schema28.anyOf[1].required, parentSchema: schema28.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
      const _errs4 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.fingerprint === void 0) {
          const err2 = { instancePath, schemaPath: "#/anyOf/2/required", keyword: "required", params: { missingProperty: "fingerprint" }, message: "must have required property 'fingerprint'", schema: schema28.anyOf[2].required, parentSchema: schema28.anyOf[2], data };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      var _valid0 = _errs4 === errors;
      valid0 = valid0 || _valid0;
    }
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema28.anyOf, parentSchema: schema28, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.reason === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema28.required, parentSchema: schema28, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.approver === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "approver" }, message: "must have required property 'approver'", schema: schema28.required, parentSchema: schema28, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.expires === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'", schema: schema28.required, parentSchema: schema28, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "rule" || key0 === "vendor" || key0 === "paths" || key0 === "fingerprint" || key0 === "reason" || key0 === "approver" || key0 === "expires")) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema28, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.rule !== void 0) {
      let data0 = data.rule;
      if (!(data0 === "undeclared-vendor" || data0 === "prohibited-vendor" || data0 === "path-not-allowed" || data0 === "residency-violation" || data0 === "hardcoded-secret" || data0 === "unapproved-model" || data0 === "review-overdue" || data0 === "missing-dpa" || data0 === "missing-no-training" || data0 === "unused-declaration" || data0 === "invalid-suppression" || data0 === "expired-exception" || data0 === "undeclared-tool" || data0 === "prohibited-tool" || data0 === "data-class-not-allowed" || data0 === "attestation-expired" || data0 === "missing-attestation")) {
        const err8 = { instancePath: instancePath + "/rule", schemaPath: "#/definitions/rule/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values", schema: schema13.enum, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.vendor !== void 0) {
      let data1 = data.vendor;
      if (typeof data1 === "string") {
        if (!pattern2.test(data1)) {
          const err9 = { instancePath: instancePath + "/vendor", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema16, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/vendor", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.paths !== void 0) {
      if (!validate12(data.paths, { instancePath: instancePath + "/paths", parentData: data, parentDataProperty: "paths", rootData })) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
    if (data.fingerprint !== void 0) {
      let data3 = data.fingerprint;
      if (typeof data3 === "string") {
        if (func3(data3) < 8) {
          const err11 = { instancePath: instancePath + "/fingerprint", schemaPath: "#/properties/fingerprint/minLength", keyword: "minLength", params: { limit: 8 }, message: "must NOT have fewer than 8 characters", schema: 8, parentSchema: schema28.properties.fingerprint, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/fingerprint", schemaPath: "#/properties/fingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.fingerprint.type, parentSchema: schema28.properties.fingerprint, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data4 = data.reason;
      if (typeof data4 === "string") {
        if (func3(data4) < 1) {
          const err13 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema28.properties.reason, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.reason.type, parentSchema: schema28.properties.reason, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.approver !== void 0) {
      let data5 = data.approver;
      if (typeof data5 === "string") {
        if (func3(data5) < 1) {
          const err15 = { instancePath: instancePath + "/approver", schemaPath: "#/properties/approver/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema28.properties.approver, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/approver", schemaPath: "#/properties/approver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.approver.type, parentSchema: schema28.properties.approver, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.expires !== void 0) {
      let data6 = data.expires;
      if (typeof data6 === "string") {
        if (!formats0.validate(data6)) {
          const err17 = { instancePath: instancePath + "/expires", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema19, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/expires", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.type, parentSchema: schema19, data: data6 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.type, parentSchema: schema28, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
var schema35 = { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1, "description": "Display name (required for a vendor the built-in catalog does not know)." }, "category": { "enum": ["llm-api", "llm-gateway", "speech", "embeddings", "vector-db", "image", "local-runtime", "cloud-ai-platform", "ai-devtool", "ai-dev-tool", "observability", "search", "other"] }, "website": { "type": "string" }, "description": { "type": "string" }, "packages": { "$ref": "#/definitions/packages" }, "imports": { "type": "object", "additionalProperties": false, "description": "Extra import roots per language that map to this vendor.", "properties": { "python": { "$ref": "#/definitions/strings" }, "js": { "$ref": "#/definitions/strings" }, "go": { "$ref": "#/definitions/strings" }, "java": { "$ref": "#/definitions/strings" }, "csharp": { "$ref": "#/definitions/strings" }, "ruby": { "$ref": "#/definitions/strings" }, "php": { "$ref": "#/definitions/strings" }, "rust": { "$ref": "#/definitions/strings" }, "swift": { "$ref": "#/definitions/strings" } } }, "hosts": { "type": "array", "items": { "$ref": "#/definitions/host" } }, "env": { "type": "array", "items": { "type": "string", "pattern": "^[A-Z][A-Z0-9_]*$" }, "uniqueItems": true }, "keys": { "type": "array", "items": { "$ref": "#/definitions/key" } }, "models": { "$ref": "#/definitions/strings", "description": "Model id globs this vendor serves (attribution only: a model id alone never makes a vendor)." }, "iac": { "type": "object", "additionalProperties": false, "properties": { "terraform": { "$ref": "#/definitions/strings" }, "cloudformation": { "$ref": "#/definitions/strings" }, "arm": { "$ref": "#/definitions/strings" } } }, "docker-images": { "$ref": "#/definitions/strings" }, "actions": { "$ref": "#/definitions/strings", "description": "GitHub Actions (owner/repo) that send code or text to this vendor." }, "sources": { "$ref": "#/definitions/strings", "description": "Where each fact comes from: repository@commit:path, registry page, docs URL." } } };
var schema38 = { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true };
var schema49 = { "description": "An API host. Placeholders: <region> (captured as the processing region), <resource> (one DNS label, not captured).", "oneOf": [{ "type": "string", "pattern": "^[a-z0-9.<>-]+$" }, { "type": "object", "additionalProperties": false, "required": ["host"], "properties": { "host": { "type": "string", "pattern": "^[a-z0-9.<>-]+$" }, "path": { "type": "string", "pattern": "^/", "description": "Only URLs whose path starts with this." }, "region": { "type": "string", "description": "The region or geography this host pins processing to." }, "note": { "type": "string" } } }] };
var schema36 = { "type": "object", "additionalProperties": false, "properties": { "npm": { "type": "array", "items": { "$ref": "#/definitions/package" } }, "pypi": { "type": "array", "items": { "$ref": "#/definitions/package" } }, "go": { "type": "array", "items": { "$ref": "#/definitions/package" } }, "maven": { "type": "array", "items": { "$ref": "#/definitions/package" } }, "nuget": { "type": "array", "items": { "$ref": "#/definitions/package" } }, "rubygems": { "type": "array", "items": { "$ref": "#/definitions/package" } }, "cargo": { "type": "array", "items": { "$ref": "#/definitions/package" } }, "composer": { "type": "array", "items": { "$ref": "#/definitions/package" } }, "hex": { "type": "array", "items": { "$ref": "#/definitions/package" }, "description": "Hex (Elixir): the mix.exs atom; `imports` are module roots (LangChain.ChatModels.ChatOpenAI)." }, "pub": { "type": "array", "items": { "$ref": "#/definitions/package" }, "description": "pub.dev (Dart, Flutter): imported as package:<name>/\u2026" }, "swiftpm": { "type": "array", "items": { "$ref": "#/definitions/package" }, "description": "Swift Package Manager: the repository as host/owner/repo (github.com/MacPaw/OpenAI; compared lowercased, scheme and .git stripped) or a registry id scope.name; `imports` are Swift module names." } } };
var schema37 = { "description": "A package name, or an object when the name alone is not enough. A trailing '/*' or '*' matches by prefix (npm scopes, Go module paths).", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "imports": { "$ref": "#/definitions/strings", "description": "Import roots / module names when they differ from the package name." }, "requires-literal": { "$ref": "#/definitions/strings", "description": "Evidence only in a file that also has one of these string literals (boto3 is Bedrock only with a 'bedrock-runtime' client). A manifest entry alone is no evidence." }, "versions": { "type": "string", "description": "Version range (semver-ish: '>=10') for which this name is this vendor's package." }, "note": { "type": "string" } } }] };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (typeof data === "string") {
    if (func3(data) < 1) {
      const err0 = { instancePath, schemaPath: "#/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.oneOf[0], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.oneOf[0].type, parentSchema: schema37.oneOf[0], data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err2 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema37.oneOf[1].required, parentSchema: schema37.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "imports" || key0 === "requires-literal" || key0 === "versions" || key0 === "note")) {
        const err3 = { instancePath, schemaPath: "#/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.oneOf[1], data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func3(data0) < 1) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "#/oneOf/1/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.oneOf[1].properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "#/oneOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.oneOf[1].properties.name.type, parentSchema: schema37.oneOf[1].properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.imports !== void 0) {
      let data1 = data.imports;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func3(data2) < 1) {
              const err6 = { instancePath: instancePath + "/imports/" + i0, schemaPath: "#/definitions/strings/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/imports/" + i0, schemaPath: "#/definitions/strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.items.type, parentSchema: schema38.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        let i1 = data1.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data1[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err8 = { instancePath: instancePath + "/imports", schemaPath: "#/definitions/strings/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema38, data: data1 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/imports", schemaPath: "#/definitions/strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.type, parentSchema: schema38, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data["requires-literal"] !== void 0) {
      let data3 = data["requires-literal"];
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data4 = data3[i2];
          if (typeof data4 === "string") {
            if (func3(data4) < 1) {
              const err10 = { instancePath: instancePath + "/requires-literal/" + i2, schemaPath: "#/definitions/strings/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.items, data: data4 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/requires-literal/" + i2, schemaPath: "#/definitions/strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.items.type, parentSchema: schema38.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        let i3 = data3.length;
        let j1;
        if (i3 > 1) {
          const indices1 = {};
          for (; i3--; ) {
            let item1 = data3[i3];
            if (typeof item1 !== "string") {
              continue;
            }
            if (typeof indices1[item1] == "number") {
              j1 = indices1[item1];
              const err12 = { instancePath: instancePath + "/requires-literal", schemaPath: "#/definitions/strings/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema38, data: data3 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
              break;
            }
            indices1[item1] = i3;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/requires-literal", schemaPath: "#/definitions/strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.type, parentSchema: schema38, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.versions !== void 0) {
      let data5 = data.versions;
      if (typeof data5 !== "string") {
        const err14 = { instancePath: instancePath + "/versions", schemaPath: "#/oneOf/1/properties/versions/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.oneOf[1].properties.versions.type, parentSchema: schema37.oneOf[1].properties.versions, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.note !== void 0) {
      let data6 = data.note;
      if (typeof data6 !== "string") {
        const err15 = { instancePath: instancePath + "/note", schemaPath: "#/oneOf/1/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.oneOf[1].properties.note.type, parentSchema: schema37.oneOf[1].properties.note, data: data6 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.oneOf[1].type, parentSchema: schema37.oneOf[1], data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err17 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema37.oneOf, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate32.errors = vErrors;
  return errors === 0;
}
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func5.call(schema36.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.npm !== void 0) {
      let data0 = data.npm;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate32(data0[i0], { instancePath: instancePath + "/npm/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/npm", schemaPath: "#/properties/npm/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.npm.type, parentSchema: schema36.properties.npm, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.pypi !== void 0) {
      let data2 = data.pypi;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate32(data2[i1], { instancePath: instancePath + "/pypi/" + i1, parentData: data2, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/pypi", schemaPath: "#/properties/pypi/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.pypi.type, parentSchema: schema36.properties.pypi, data: data2 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.go !== void 0) {
      let data4 = data.go;
      if (Array.isArray(data4)) {
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate32(data4[i2], { instancePath: instancePath + "/go/" + i2, parentData: data4, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/go", schemaPath: "#/properties/go/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.go.type, parentSchema: schema36.properties.go, data: data4 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.maven !== void 0) {
      let data6 = data.maven;
      if (Array.isArray(data6)) {
        const len3 = data6.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate32(data6[i3], { instancePath: instancePath + "/maven/" + i3, parentData: data6, parentDataProperty: i3, rootData })) {
            vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/maven", schemaPath: "#/properties/maven/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.maven.type, parentSchema: schema36.properties.maven, data: data6 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.nuget !== void 0) {
      let data8 = data.nuget;
      if (Array.isArray(data8)) {
        const len4 = data8.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate32(data8[i4], { instancePath: instancePath + "/nuget/" + i4, parentData: data8, parentDataProperty: i4, rootData })) {
            vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/nuget", schemaPath: "#/properties/nuget/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.nuget.type, parentSchema: schema36.properties.nuget, data: data8 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.rubygems !== void 0) {
      let data10 = data.rubygems;
      if (Array.isArray(data10)) {
        const len5 = data10.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (!validate32(data10[i5], { instancePath: instancePath + "/rubygems/" + i5, parentData: data10, parentDataProperty: i5, rootData })) {
            vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/rubygems", schemaPath: "#/properties/rubygems/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.rubygems.type, parentSchema: schema36.properties.rubygems, data: data10 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.cargo !== void 0) {
      let data12 = data.cargo;
      if (Array.isArray(data12)) {
        const len6 = data12.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (!validate32(data12[i6], { instancePath: instancePath + "/cargo/" + i6, parentData: data12, parentDataProperty: i6, rootData })) {
            vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/cargo", schemaPath: "#/properties/cargo/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.cargo.type, parentSchema: schema36.properties.cargo, data: data12 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.composer !== void 0) {
      let data14 = data.composer;
      if (Array.isArray(data14)) {
        const len7 = data14.length;
        for (let i7 = 0; i7 < len7; i7++) {
          if (!validate32(data14[i7], { instancePath: instancePath + "/composer/" + i7, parentData: data14, parentDataProperty: i7, rootData })) {
            vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/composer", schemaPath: "#/properties/composer/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.composer.type, parentSchema: schema36.properties.composer, data: data14 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.hex !== void 0) {
      let data16 = data.hex;
      if (Array.isArray(data16)) {
        const len8 = data16.length;
        for (let i8 = 0; i8 < len8; i8++) {
          if (!validate32(data16[i8], { instancePath: instancePath + "/hex/" + i8, parentData: data16, parentDataProperty: i8, rootData })) {
            vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/hex", schemaPath: "#/properties/hex/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.hex.type, parentSchema: schema36.properties.hex, data: data16 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.pub !== void 0) {
      let data18 = data.pub;
      if (Array.isArray(data18)) {
        const len9 = data18.length;
        for (let i9 = 0; i9 < len9; i9++) {
          if (!validate32(data18[i9], { instancePath: instancePath + "/pub/" + i9, parentData: data18, parentDataProperty: i9, rootData })) {
            vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/pub", schemaPath: "#/properties/pub/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.pub.type, parentSchema: schema36.properties.pub, data: data18 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.swiftpm !== void 0) {
      let data20 = data.swiftpm;
      if (Array.isArray(data20)) {
        const len10 = data20.length;
        for (let i10 = 0; i10 < len10; i10++) {
          if (!validate32(data20[i10], { instancePath: instancePath + "/swiftpm/" + i10, parentData: data20, parentDataProperty: i10, rootData })) {
            vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/swiftpm", schemaPath: "#/properties/swiftpm/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.swiftpm.type, parentSchema: schema36.properties.swiftpm, data: data20 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
var schema50 = { "type": "object", "additionalProperties": false, "required": ["id", "pattern", "keywords"], "properties": { "id": { "$ref": "#/definitions/id" }, "pattern": { "type": "string", "description": "JavaScript RegExp source, matched without flags unless 'flags' says otherwise. Bounded quantifiers only." }, "flags": { "type": "string", "pattern": "^i?$" }, "keywords": { "$ref": "#/definitions/strings", "description": "Literal substrings one of which a line must contain before the pattern runs (case-insensitive)." }, "context": { "$ref": "#/definitions/strings", "description": "Words one of which must appear within 3 lines for a match to count (for formats with no distinctive prefix)." }, "requires-vendor-evidence": { "type": "boolean", "description": "Counts only in a file that has other evidence of this vendor (Google 'AIza' keys belong to every Google API)." } } };
var pattern12 = new RegExp("^i?$", "u");
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema50.required, parentSchema: schema50, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.pattern === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pattern" }, message: "must have required property 'pattern'", schema: schema50.required, parentSchema: schema50, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.keywords === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "keywords" }, message: "must have required property 'keywords'", schema: schema50.required, parentSchema: schema50, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "pattern" || key0 === "flags" || key0 === "keywords" || key0 === "context" || key0 === "requires-vendor-evidence")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern2.test(data0)) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema16, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.pattern !== void 0) {
      let data1 = data.pattern;
      if (typeof data1 !== "string") {
        const err6 = { instancePath: instancePath + "/pattern", schemaPath: "#/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.pattern.type, parentSchema: schema50.properties.pattern, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.flags !== void 0) {
      let data2 = data.flags;
      if (typeof data2 === "string") {
        if (!pattern12.test(data2)) {
          const err7 = { instancePath: instancePath + "/flags", schemaPath: "#/properties/flags/pattern", keyword: "pattern", params: { pattern: "^i?$" }, message: 'must match pattern "^i?$"', schema: "^i?$", parentSchema: schema50.properties.flags, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/flags", schemaPath: "#/properties/flags/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.flags.type, parentSchema: schema50.properties.flags, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.keywords !== void 0) {
      let data3 = data.keywords;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 === "string") {
            if (func3(data4) < 1) {
              const err9 = { instancePath: instancePath + "/keywords/" + i0, schemaPath: "#/definitions/strings/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.items, data: data4 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/keywords/" + i0, schemaPath: "#/definitions/strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.items.type, parentSchema: schema38.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        let i1 = data3.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data3[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err11 = { instancePath: instancePath + "/keywords", schemaPath: "#/definitions/strings/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema38, data: data3 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/keywords", schemaPath: "#/definitions/strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.type, parentSchema: schema38, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.context !== void 0) {
      let data5 = data.context;
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data6 = data5[i2];
          if (typeof data6 === "string") {
            if (func3(data6) < 1) {
              const err13 = { instancePath: instancePath + "/context/" + i2, schemaPath: "#/definitions/strings/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/context/" + i2, schemaPath: "#/definitions/strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.items.type, parentSchema: schema38.items, data: data6 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        let i3 = data5.length;
        let j1;
        if (i3 > 1) {
          const indices1 = {};
          for (; i3--; ) {
            let item1 = data5[i3];
            if (typeof item1 !== "string") {
              continue;
            }
            if (typeof indices1[item1] == "number") {
              j1 = indices1[item1];
              const err15 = { instancePath: instancePath + "/context", schemaPath: "#/definitions/strings/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema38, data: data5 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
              break;
            }
            indices1[item1] = i3;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/context", schemaPath: "#/definitions/strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.type, parentSchema: schema38, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data["requires-vendor-evidence"] !== void 0) {
      let data7 = data["requires-vendor-evidence"];
      if (typeof data7 !== "boolean") {
        const err17 = { instancePath: instancePath + "/requires-vendor-evidence", schemaPath: "#/properties/requires-vendor-evidence/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema50.properties["requires-vendor-evidence"].type, parentSchema: schema50.properties["requires-vendor-evidence"], data: data7 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate45.errors = vErrors;
  return errors === 0;
}
var pattern7 = new RegExp("^[a-z0-9.<>-]+$", "u");
var pattern9 = new RegExp("^/", "u");
var pattern10 = new RegExp("^[A-Z][A-Z0-9_]*$", "u");
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func5.call(schema35.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func3(data0) < 1) {
          const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.name.type, parentSchema: schema35.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.category !== void 0) {
      let data1 = data.category;
      if (!(data1 === "llm-api" || data1 === "llm-gateway" || data1 === "speech" || data1 === "embeddings" || data1 === "vector-db" || data1 === "image" || data1 === "local-runtime" || data1 === "cloud-ai-platform" || data1 === "ai-devtool" || data1 === "ai-dev-tool" || data1 === "observability" || data1 === "search" || data1 === "other")) {
        const err3 = { instancePath: instancePath + "/category", schemaPath: "#/properties/category/enum", keyword: "enum", params: { allowedValues: schema35.properties.category.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.category.enum, parentSchema: schema35.properties.category, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.website !== void 0) {
      let data2 = data.website;
      if (typeof data2 !== "string") {
        const err4 = { instancePath: instancePath + "/website", schemaPath: "#/properties/website/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.website.type, parentSchema: schema35.properties.website, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data3 = data.description;
      if (typeof data3 !== "string") {
        const err5 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.description.type, parentSchema: schema35.properties.description, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.packages !== void 0) {
      if (!validate31(data.packages, { instancePath: instancePath + "/packages", parentData: data, parentDataProperty: "packages", rootData })) {
        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
        errors = vErrors.length;
      }
    }
    if (data.imports !== void 0) {
      let data5 = data.imports;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          if (!func5.call(schema35.properties.imports.properties, key1)) {
            const err6 = { instancePath: instancePath + "/imports", schemaPath: "#/properties/imports/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.imports, data: data5 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data5.python !== void 0) {
          let data6 = data5.python;
          if (Array.isArray(data6)) {
            const len0 = data6.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data7 = data6[i0];
              if (typeof data7 === "string") {
                if (func3(data7) < 1) {
                  const err7 = { instancePath: instancePath + "/imports/python/" + i0, schemaPath: "#/definitions/strings/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.items, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              } else {
                const err8 = { instancePath: instancePath + "/imports/python/" + i0, schemaPath: "#/definitions/strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.items.type, parentSchema: schema38.items, data: data7 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            let i1 = data6.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--; ) {
                let item0 = data6[i1];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err9 = { instancePath: instancePath + "/imports/python", schemaPath: "#/definitions/strings/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema38, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err10 = { instancePath: instancePath + "/imports/python", schemaPath: "#/definitions/strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.type, parentSchema: schema38, data: data6 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data5.js !== void 0) {
          let data8 = data5.js;
          if (Array.isArray(data8)) {
            const len1 = data8.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data9 = data8[i2];
              if (typeof data9 === "string") {
                if (func3(data9) < 1) {
                  const err11 = { instancePath: instancePath + "/imports/js/" + i2, schemaPath: "#/definitions/strings/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.items, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = { instancePath: instancePath + "/imports/js/" + i2, schemaPath: "#/definitions/strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.items.type, parentSchema: schema38.items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            let i3 = data8.length;
            let j1;
            if (i3 > 1) {
              const indices1 = {};
              for (; i3--; ) {
                let item1 = data8[i3];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (typeof indices1[item1] == "number") {
                  j1 = indices1[item1];
                  const err13 = { instancePath: instancePath + "/imports/js", schemaPath: "#/definitions/strings/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema38, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i3;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/imports/js", schemaPath: "#/definitions/strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.type, parentSchema: schema38, data: data8 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data5.go !== void 0) {
          let data10 = data5.go;
          if (Array.isArray(data10)) {
            const len2 = data10.length;
            for (let i4 = 0; i4 < len2; i4++) {
              let data11 = data10[i4];
              if (typeof data11 === "string") {
                if (func3(data11) < 1) {
                  const err15 = { instancePath: instancePath + "/imports/go/" + i4, schemaPath: "#/definitions/strings/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.items, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = { instancePath: instancePath + "/imports/go/" + i4, schemaPath: "#/definitions/strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.items.type, parentSchema: schema38.items, data: data11 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            let i5 = data10.length;
            let j2;
            if (i5 > 1) {
              const indices2 = {};
              for (; i5--; ) {
                let item2 = data10[i5];
                if (typeof item2 !== "string") {
                  continue;
                }
                if (typeof indices2[item2] == "number") {
                  j2 = indices2[item2];
                  const err17 = { instancePath: instancePath + "/imports/go", schemaPath: "#/definitions/strings/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)", schema: true, parentSchema: schema38, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                  break;
                }
                indices2[item2] = i5;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/imports/go", schemaPath: "#/definitions/strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.type, parentSchema: schema38, data: data10 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data5.java !== void 0) {
          let data12 = data5.java;
          if (Array.isArray(data12)) {
            const len3 = data12.length;
            for (let i6 = 0; i6 < len3; i6++) {
              let data13 = data12[i6];
              if (typeof data13 === "string") {
                if (func3(data13) < 1) {
                  const err19 = { instancePath: instancePath + "/imports/java/" + i6, schemaPath: "#/definitions/strings/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.items, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/imports/java/" + i6, schemaPath: "#/definitions/strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.items.type, parentSchema: schema38.items, data: data13 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            let i7 = data12.length;
            let j3;
            if (i7 > 1) {
              const indices3 = {};
              for (; i7--; ) {
                let item3 = data12[i7];
                if (typeof item3 !== "string") {
                  continue;
                }
                if (typeof indices3[item3] == "number") {
                  j3 = indices3[item3];
                  const err21 = { instancePath: instancePath + "/imports/java", schemaPath: "#/definitions/strings/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)", schema: true, parentSchema: schema38, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                  break;
                }
                indices3[item3] = i7;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/imports/java", schemaPath: "#/definitions/strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.type, parentSchema: schema38, data: data12 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data5.csharp !== void 0) {
          let data14 = data5.csharp;
          if (Array.isArray(data14)) {
            const len4 = data14.length;
            for (let i8 = 0; i8 < len4; i8++) {
              let data15 = data14[i8];
              if (typeof data15 === "string") {
                if (func3(data15) < 1) {
                  const err23 = { instancePath: instancePath + "/imports/csharp/" + i8, schemaPath: "#/definitions/strings/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.items, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/imports/csharp/" + i8, schemaPath: "#/definitions/strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.items.type, parentSchema: schema38.items, data: data15 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            let i9 = data14.length;
            let j4;
            if (i9 > 1) {
              const indices4 = {};
              for (; i9--; ) {
                let item4 = data14[i9];
                if (typeof item4 !== "string") {
                  continue;
                }
                if (typeof indices4[item4] == "number") {
                  j4 = indices4[item4];
                  const err25 = { instancePath: instancePath + "/imports/csharp", schemaPath: "#/definitions/strings/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i9 + " are identical)", schema: true, parentSchema: schema38, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                  break;
                }
                indices4[item4] = i9;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/imports/csharp", schemaPath: "#/definitions/strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.type, parentSchema: schema38, data: data14 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data5.ruby !== void 0) {
          let data16 = data5.ruby;
          if (Array.isArray(data16)) {
            const len5 = data16.length;
            for (let i10 = 0; i10 < len5; i10++) {
              let data17 = data16[i10];
              if (typeof data17 === "string") {
                if (func3(data17) < 1) {
                  const err27 = { instancePath: instancePath + "/imports/ruby/" + i10, schemaPath: "#/definitions/strings/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.items, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              } else {
                const err28 = { instancePath: instancePath + "/imports/ruby/" + i10, schemaPath: "#/definitions/strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.items.type, parentSchema: schema38.items, data: data17 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            let i11 = data16.length;
            let j5;
            if (i11 > 1) {
              const indices5 = {};
              for (; i11--; ) {
                let item5 = data16[i11];
                if (typeof item5 !== "string") {
                  continue;
                }
                if (typeof indices5[item5] == "number") {
                  j5 = indices5[item5];
                  const err29 = { instancePath: instancePath + "/imports/ruby", schemaPath: "#/definitions/strings/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i11 + " are identical)", schema: true, parentSchema: schema38, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                  break;
                }
                indices5[item5] = i11;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/imports/ruby", schemaPath: "#/definitions/strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.type, parentSchema: schema38, data: data16 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data5.php !== void 0) {
          let data18 = data5.php;
          if (Array.isArray(data18)) {
            const len6 = data18.length;
            for (let i12 = 0; i12 < len6; i12++) {
              let data19 = data18[i12];
              if (typeof data19 === "string") {
                if (func3(data19) < 1) {
                  const err31 = { instancePath: instancePath + "/imports/php/" + i12, schemaPath: "#/definitions/strings/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.items, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              } else {
                const err32 = { instancePath: instancePath + "/imports/php/" + i12, schemaPath: "#/definitions/strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.items.type, parentSchema: schema38.items, data: data19 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            let i13 = data18.length;
            let j6;
            if (i13 > 1) {
              const indices6 = {};
              for (; i13--; ) {
                let item6 = data18[i13];
                if (typeof item6 !== "string") {
                  continue;
                }
                if (typeof indices6[item6] == "number") {
                  j6 = indices6[item6];
                  const err33 = { instancePath: instancePath + "/imports/php", schemaPath: "#/definitions/strings/uniqueItems", keyword: "uniqueItems", params: { i: i13, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i13 + " are identical)", schema: true, parentSchema: schema38, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                  break;
                }
                indices6[item6] = i13;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/imports/php", schemaPath: "#/definitions/strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.type, parentSchema: schema38, data: data18 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data5.rust !== void 0) {
          let data20 = data5.rust;
          if (Array.isArray(data20)) {
            const len7 = data20.length;
            for (let i14 = 0; i14 < len7; i14++) {
              let data21 = data20[i14];
              if (typeof data21 === "string") {
                if (func3(data21) < 1) {
                  const err35 = { instancePath: instancePath + "/imports/rust/" + i14, schemaPath: "#/definitions/strings/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.items, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              } else {
                const err36 = { instancePath: instancePath + "/imports/rust/" + i14, schemaPath: "#/definitions/strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.items.type, parentSchema: schema38.items, data: data21 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            let i15 = data20.length;
            let j7;
            if (i15 > 1) {
              const indices7 = {};
              for (; i15--; ) {
                let item7 = data20[i15];
                if (typeof item7 !== "string") {
                  continue;
                }
                if (typeof indices7[item7] == "number") {
                  j7 = indices7[item7];
                  const err37 = { instancePath: instancePath + "/imports/rust", schemaPath: "#/definitions/strings/uniqueItems", keyword: "uniqueItems", params: { i: i15, j: j7 }, message: "must NOT have duplicate items (items ## " + j7 + " and " + i15 + " are identical)", schema: true, parentSchema: schema38, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                  break;
                }
                indices7[item7] = i15;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/imports/rust", schemaPath: "#/definitions/strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.type, parentSchema: schema38, data: data20 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data5.swift !== void 0) {
          let data22 = data5.swift;
          if (Array.isArray(data22)) {
            const len8 = data22.length;
            for (let i16 = 0; i16 < len8; i16++) {
              let data23 = data22[i16];
              if (typeof data23 === "string") {
                if (func3(data23) < 1) {
                  const err39 = { instancePath: instancePath + "/imports/swift/" + i16, schemaPath: "#/definitions/strings/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.items, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
              } else {
                const err40 = { instancePath: instancePath + "/imports/swift/" + i16, schemaPath: "#/definitions/strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.items.type, parentSchema: schema38.items, data: data23 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            let i17 = data22.length;
            let j8;
            if (i17 > 1) {
              const indices8 = {};
              for (; i17--; ) {
                let item8 = data22[i17];
                if (typeof item8 !== "string") {
                  continue;
                }
                if (typeof indices8[item8] == "number") {
                  j8 = indices8[item8];
                  const err41 = { instancePath: instancePath + "/imports/swift", schemaPath: "#/definitions/strings/uniqueItems", keyword: "uniqueItems", params: { i: i17, j: j8 }, message: "must NOT have duplicate items (items ## " + j8 + " and " + i17 + " are identical)", schema: true, parentSchema: schema38, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                  break;
                }
                indices8[item8] = i17;
              }
            }
          } else {
            const err42 = { instancePath: instancePath + "/imports/swift", schemaPath: "#/definitions/strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.type, parentSchema: schema38, data: data22 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/imports", schemaPath: "#/properties/imports/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.imports.type, parentSchema: schema35.properties.imports, data: data5 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.hosts !== void 0) {
      let data24 = data.hosts;
      if (Array.isArray(data24)) {
        const len9 = data24.length;
        for (let i18 = 0; i18 < len9; i18++) {
          let data25 = data24[i18];
          const _errs62 = errors;
          let valid41 = false;
          let passing0 = null;
          const _errs63 = errors;
          if (typeof data25 === "string") {
            if (!pattern7.test(data25)) {
              const err44 = { instancePath: instancePath + "/hosts/" + i18, schemaPath: "#/definitions/host/oneOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9.<>-]+$" }, message: 'must match pattern "^[a-z0-9.<>-]+$"', schema: "^[a-z0-9.<>-]+$", parentSchema: schema49.oneOf[0], data: data25 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = { instancePath: instancePath + "/hosts/" + i18, schemaPath: "#/definitions/host/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.oneOf[0].type, parentSchema: schema49.oneOf[0], data: data25 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          var _valid0 = _errs63 === errors;
          if (_valid0) {
            valid41 = true;
            passing0 = 0;
          }
          const _errs65 = errors;
          if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
            if (data25.host === void 0) {
              const err46 = { instancePath: instancePath + "/hosts/" + i18, schemaPath: "#/definitions/host/oneOf/1/required", keyword: "required", params: { missingProperty: "host" }, message: "must have required property 'host'", schema: schema49.oneOf[1].required, parentSchema: schema49.oneOf[1], data: data25 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            for (const key2 in data25) {
              if (!(key2 === "host" || key2 === "path" || key2 === "region" || key2 === "note")) {
                const err47 = { instancePath: instancePath + "/hosts/" + i18, schemaPath: "#/definitions/host/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49.oneOf[1], data: data25 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data25.host !== void 0) {
              let data26 = data25.host;
              if (typeof data26 === "string") {
                if (!pattern7.test(data26)) {
                  const err48 = { instancePath: instancePath + "/hosts/" + i18 + "/host", schemaPath: "#/definitions/host/oneOf/1/properties/host/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9.<>-]+$" }, message: 'must match pattern "^[a-z0-9.<>-]+$"', schema: "^[a-z0-9.<>-]+$", parentSchema: schema49.oneOf[1].properties.host, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              } else {
                const err49 = { instancePath: instancePath + "/hosts/" + i18 + "/host", schemaPath: "#/definitions/host/oneOf/1/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.oneOf[1].properties.host.type, parentSchema: schema49.oneOf[1].properties.host, data: data26 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data25.path !== void 0) {
              let data27 = data25.path;
              if (typeof data27 === "string") {
                if (!pattern9.test(data27)) {
                  const err50 = { instancePath: instancePath + "/hosts/" + i18 + "/path", schemaPath: "#/definitions/host/oneOf/1/properties/path/pattern", keyword: "pattern", params: { pattern: "^/" }, message: 'must match pattern "^/"', schema: "^/", parentSchema: schema49.oneOf[1].properties.path, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              } else {
                const err51 = { instancePath: instancePath + "/hosts/" + i18 + "/path", schemaPath: "#/definitions/host/oneOf/1/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.oneOf[1].properties.path.type, parentSchema: schema49.oneOf[1].properties.path, data: data27 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data25.region !== void 0) {
              let data28 = data25.region;
              if (typeof data28 !== "string") {
                const err52 = { instancePath: instancePath + "/hosts/" + i18 + "/region", schemaPath: "#/definitions/host/oneOf/1/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.oneOf[1].properties.region.type, parentSchema: schema49.oneOf[1].properties.region, data: data28 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data25.note !== void 0) {
              let data29 = data25.note;
              if (typeof data29 !== "string") {
                const err53 = { instancePath: instancePath + "/hosts/" + i18 + "/note", schemaPath: "#/definitions/host/oneOf/1/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.oneOf[1].properties.note.type, parentSchema: schema49.oneOf[1].properties.note, data: data29 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
          } else {
            const err54 = { instancePath: instancePath + "/hosts/" + i18, schemaPath: "#/definitions/host/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.oneOf[1].type, parentSchema: schema49.oneOf[1], data: data25 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
          var _valid0 = _errs65 === errors;
          if (_valid0 && valid41) {
            valid41 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid41 = true;
              passing0 = 1;
            }
          }
          if (!valid41) {
            const err55 = { instancePath: instancePath + "/hosts/" + i18, schemaPath: "#/definitions/host/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema49.oneOf, parentSchema: schema49, data: data25 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          } else {
            errors = _errs62;
            if (vErrors !== null) {
              if (_errs62) {
                vErrors.length = _errs62;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err56 = { instancePath: instancePath + "/hosts", schemaPath: "#/properties/hosts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.hosts.type, parentSchema: schema35.properties.hosts, data: data24 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.env !== void 0) {
      let data30 = data.env;
      if (Array.isArray(data30)) {
        const len10 = data30.length;
        for (let i19 = 0; i19 < len10; i19++) {
          let data31 = data30[i19];
          if (typeof data31 === "string") {
            if (!pattern10.test(data31)) {
              const err57 = { instancePath: instancePath + "/env/" + i19, schemaPath: "#/properties/env/items/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9_]*$" }, message: 'must match pattern "^[A-Z][A-Z0-9_]*$"', schema: "^[A-Z][A-Z0-9_]*$", parentSchema: schema35.properties.env.items, data: data31 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          } else {
            const err58 = { instancePath: instancePath + "/env/" + i19, schemaPath: "#/properties/env/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.env.items.type, parentSchema: schema35.properties.env.items, data: data31 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        let i20 = data30.length;
        let j9;
        if (i20 > 1) {
          const indices9 = {};
          for (; i20--; ) {
            let item9 = data30[i20];
            if (typeof item9 !== "string") {
              continue;
            }
            if (typeof indices9[item9] == "number") {
              j9 = indices9[item9];
              const err59 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/uniqueItems", keyword: "uniqueItems", params: { i: i20, j: j9 }, message: "must NOT have duplicate items (items ## " + j9 + " and " + i20 + " are identical)", schema: true, parentSchema: schema35.properties.env, data: data30 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
              break;
            }
            indices9[item9] = i20;
          }
        }
      } else {
        const err60 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.env.type, parentSchema: schema35.properties.env, data: data30 };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.keys !== void 0) {
      let data32 = data.keys;
      if (Array.isArray(data32)) {
        const len11 = data32.length;
        for (let i21 = 0; i21 < len11; i21++) {
          if (!validate45(data32[i21], { instancePath: instancePath + "/keys/" + i21, parentData: data32, parentDataProperty: i21, rootData })) {
            vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err61 = { instancePath: instancePath + "/keys", schemaPath: "#/properties/keys/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.keys.type, parentSchema: schema35.properties.keys, data: data32 };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
    if (data.models !== void 0) {
      let data34 = data.models;
      if (Array.isArray(data34)) {
        const len12 = data34.length;
        for (let i22 = 0; i22 < len12; i22++) {
          let data35 = data34[i22];
          if (typeof data35 === "string") {
            if (func3(data35) < 1) {
              const err62 = { instancePath: instancePath + "/models/" + i22, schemaPath: "#/definitions/strings/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.items, data: data35 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          } else {
            const err63 = { instancePath: instancePath + "/models/" + i22, schemaPath: "#/definitions/strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.items.type, parentSchema: schema38.items, data: data35 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        let i23 = data34.length;
        let j10;
        if (i23 > 1) {
          const indices10 = {};
          for (; i23--; ) {
            let item10 = data34[i23];
            if (typeof item10 !== "string") {
              continue;
            }
            if (typeof indices10[item10] == "number") {
              j10 = indices10[item10];
              const err64 = { instancePath: instancePath + "/models", schemaPath: "#/definitions/strings/uniqueItems", keyword: "uniqueItems", params: { i: i23, j: j10 }, message: "must NOT have duplicate items (items ## " + j10 + " and " + i23 + " are identical)", schema: true, parentSchema: schema38, data: data34 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
              break;
            }
            indices10[item10] = i23;
          }
        }
      } else {
        const err65 = { instancePath: instancePath + "/models", schemaPath: "#/definitions/strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.type, parentSchema: schema38, data: data34 };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data.iac !== void 0) {
      let data36 = data.iac;
      if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
        for (const key3 in data36) {
          if (!(key3 === "terraform" || key3 === "cloudformation" || key3 === "arm")) {
            const err66 = { instancePath: instancePath + "/iac", schemaPath: "#/properties/iac/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.iac, data: data36 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data36.terraform !== void 0) {
          let data37 = data36.terraform;
          if (Array.isArray(data37)) {
            const len13 = data37.length;
            for (let i24 = 0; i24 < len13; i24++) {
              let data38 = data37[i24];
              if (typeof data38 === "string") {
                if (func3(data38) < 1) {
                  const err67 = { instancePath: instancePath + "/iac/terraform/" + i24, schemaPath: "#/definitions/strings/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.items, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
              } else {
                const err68 = { instancePath: instancePath + "/iac/terraform/" + i24, schemaPath: "#/definitions/strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.items.type, parentSchema: schema38.items, data: data38 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            let i25 = data37.length;
            let j11;
            if (i25 > 1) {
              const indices11 = {};
              for (; i25--; ) {
                let item11 = data37[i25];
                if (typeof item11 !== "string") {
                  continue;
                }
                if (typeof indices11[item11] == "number") {
                  j11 = indices11[item11];
                  const err69 = { instancePath: instancePath + "/iac/terraform", schemaPath: "#/definitions/strings/uniqueItems", keyword: "uniqueItems", params: { i: i25, j: j11 }, message: "must NOT have duplicate items (items ## " + j11 + " and " + i25 + " are identical)", schema: true, parentSchema: schema38, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                  break;
                }
                indices11[item11] = i25;
              }
            }
          } else {
            const err70 = { instancePath: instancePath + "/iac/terraform", schemaPath: "#/definitions/strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.type, parentSchema: schema38, data: data37 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data36.cloudformation !== void 0) {
          let data39 = data36.cloudformation;
          if (Array.isArray(data39)) {
            const len14 = data39.length;
            for (let i26 = 0; i26 < len14; i26++) {
              let data40 = data39[i26];
              if (typeof data40 === "string") {
                if (func3(data40) < 1) {
                  const err71 = { instancePath: instancePath + "/iac/cloudformation/" + i26, schemaPath: "#/definitions/strings/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.items, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
              } else {
                const err72 = { instancePath: instancePath + "/iac/cloudformation/" + i26, schemaPath: "#/definitions/strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.items.type, parentSchema: schema38.items, data: data40 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
            let i27 = data39.length;
            let j12;
            if (i27 > 1) {
              const indices12 = {};
              for (; i27--; ) {
                let item12 = data39[i27];
                if (typeof item12 !== "string") {
                  continue;
                }
                if (typeof indices12[item12] == "number") {
                  j12 = indices12[item12];
                  const err73 = { instancePath: instancePath + "/iac/cloudformation", schemaPath: "#/definitions/strings/uniqueItems", keyword: "uniqueItems", params: { i: i27, j: j12 }, message: "must NOT have duplicate items (items ## " + j12 + " and " + i27 + " are identical)", schema: true, parentSchema: schema38, data: data39 };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                  break;
                }
                indices12[item12] = i27;
              }
            }
          } else {
            const err74 = { instancePath: instancePath + "/iac/cloudformation", schemaPath: "#/definitions/strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.type, parentSchema: schema38, data: data39 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
        if (data36.arm !== void 0) {
          let data41 = data36.arm;
          if (Array.isArray(data41)) {
            const len15 = data41.length;
            for (let i28 = 0; i28 < len15; i28++) {
              let data42 = data41[i28];
              if (typeof data42 === "string") {
                if (func3(data42) < 1) {
                  const err75 = { instancePath: instancePath + "/iac/arm/" + i28, schemaPath: "#/definitions/strings/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.items, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
              } else {
                const err76 = { instancePath: instancePath + "/iac/arm/" + i28, schemaPath: "#/definitions/strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.items.type, parentSchema: schema38.items, data: data42 };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            let i29 = data41.length;
            let j13;
            if (i29 > 1) {
              const indices13 = {};
              for (; i29--; ) {
                let item13 = data41[i29];
                if (typeof item13 !== "string") {
                  continue;
                }
                if (typeof indices13[item13] == "number") {
                  j13 = indices13[item13];
                  const err77 = { instancePath: instancePath + "/iac/arm", schemaPath: "#/definitions/strings/uniqueItems", keyword: "uniqueItems", params: { i: i29, j: j13 }, message: "must NOT have duplicate items (items ## " + j13 + " and " + i29 + " are identical)", schema: true, parentSchema: schema38, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                  break;
                }
                indices13[item13] = i29;
              }
            }
          } else {
            const err78 = { instancePath: instancePath + "/iac/arm", schemaPath: "#/definitions/strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.type, parentSchema: schema38, data: data41 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
      } else {
        const err79 = { instancePath: instancePath + "/iac", schemaPath: "#/properties/iac/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.iac.type, parentSchema: schema35.properties.iac, data: data36 };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
    }
    if (data["docker-images"] !== void 0) {
      let data43 = data["docker-images"];
      if (Array.isArray(data43)) {
        const len16 = data43.length;
        for (let i30 = 0; i30 < len16; i30++) {
          let data44 = data43[i30];
          if (typeof data44 === "string") {
            if (func3(data44) < 1) {
              const err80 = { instancePath: instancePath + "/docker-images/" + i30, schemaPath: "#/definitions/strings/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.items, data: data44 };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
          } else {
            const err81 = { instancePath: instancePath + "/docker-images/" + i30, schemaPath: "#/definitions/strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.items.type, parentSchema: schema38.items, data: data44 };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        let i31 = data43.length;
        let j14;
        if (i31 > 1) {
          const indices14 = {};
          for (; i31--; ) {
            let item14 = data43[i31];
            if (typeof item14 !== "string") {
              continue;
            }
            if (typeof indices14[item14] == "number") {
              j14 = indices14[item14];
              const err82 = { instancePath: instancePath + "/docker-images", schemaPath: "#/definitions/strings/uniqueItems", keyword: "uniqueItems", params: { i: i31, j: j14 }, message: "must NOT have duplicate items (items ## " + j14 + " and " + i31 + " are identical)", schema: true, parentSchema: schema38, data: data43 };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
              break;
            }
            indices14[item14] = i31;
          }
        }
      } else {
        const err83 = { instancePath: instancePath + "/docker-images", schemaPath: "#/definitions/strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.type, parentSchema: schema38, data: data43 };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
    }
    if (data.actions !== void 0) {
      let data45 = data.actions;
      if (Array.isArray(data45)) {
        const len17 = data45.length;
        for (let i32 = 0; i32 < len17; i32++) {
          let data46 = data45[i32];
          if (typeof data46 === "string") {
            if (func3(data46) < 1) {
              const err84 = { instancePath: instancePath + "/actions/" + i32, schemaPath: "#/definitions/strings/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.items, data: data46 };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
          } else {
            const err85 = { instancePath: instancePath + "/actions/" + i32, schemaPath: "#/definitions/strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.items.type, parentSchema: schema38.items, data: data46 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
        let i33 = data45.length;
        let j15;
        if (i33 > 1) {
          const indices15 = {};
          for (; i33--; ) {
            let item15 = data45[i33];
            if (typeof item15 !== "string") {
              continue;
            }
            if (typeof indices15[item15] == "number") {
              j15 = indices15[item15];
              const err86 = { instancePath: instancePath + "/actions", schemaPath: "#/definitions/strings/uniqueItems", keyword: "uniqueItems", params: { i: i33, j: j15 }, message: "must NOT have duplicate items (items ## " + j15 + " and " + i33 + " are identical)", schema: true, parentSchema: schema38, data: data45 };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
              break;
            }
            indices15[item15] = i33;
          }
        }
      } else {
        const err87 = { instancePath: instancePath + "/actions", schemaPath: "#/definitions/strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.type, parentSchema: schema38, data: data45 };
        if (vErrors === null) {
          vErrors = [err87];
        } else {
          vErrors.push(err87);
        }
        errors++;
      }
    }
    if (data.sources !== void 0) {
      let data47 = data.sources;
      if (Array.isArray(data47)) {
        const len18 = data47.length;
        for (let i34 = 0; i34 < len18; i34++) {
          let data48 = data47[i34];
          if (typeof data48 === "string") {
            if (func3(data48) < 1) {
              const err88 = { instancePath: instancePath + "/sources/" + i34, schemaPath: "#/definitions/strings/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.items, data: data48 };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
          } else {
            const err89 = { instancePath: instancePath + "/sources/" + i34, schemaPath: "#/definitions/strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.items.type, parentSchema: schema38.items, data: data48 };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
        }
        let i35 = data47.length;
        let j16;
        if (i35 > 1) {
          const indices16 = {};
          for (; i35--; ) {
            let item16 = data47[i35];
            if (typeof item16 !== "string") {
              continue;
            }
            if (typeof indices16[item16] == "number") {
              j16 = indices16[item16];
              const err90 = { instancePath: instancePath + "/sources", schemaPath: "#/definitions/strings/uniqueItems", keyword: "uniqueItems", params: { i: i35, j: j16 }, message: "must NOT have duplicate items (items ## " + j16 + " and " + i35 + " are identical)", schema: true, parentSchema: schema38, data: data47 };
              if (vErrors === null) {
                vErrors = [err90];
              } else {
                vErrors.push(err90);
              }
              errors++;
              break;
            }
            indices16[item16] = i35;
          }
        }
      } else {
        const err91 = { instancePath: instancePath + "/sources", schemaPath: "#/definitions/strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.type, parentSchema: schema38, data: data47 };
        if (vErrors === null) {
          vErrors = [err91];
        } else {
          vErrors.push(err91);
        }
        errors++;
      }
    }
  } else {
    const err92 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data };
    if (vErrors === null) {
      vErrors = [err92];
    } else {
      vErrors.push(err92);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "version" || key0 === "policy" || key0 === "vendors" || key0 === "classified-paths" || key0 === "exceptions" || key0 === "tools" || key0 === "custom-vendors")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (1 !== data1) {
        const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.policy !== void 0) {
      if (!validate11(data.policy, { instancePath: instancePath + "/policy", parentData: data, parentDataProperty: "policy", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.vendors !== void 0) {
      let data3 = data.vendors;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          const _errs8 = errors;
          if (typeof key1 === "string") {
            if (!pattern2.test(key1)) {
              const err4 = { instancePath: instancePath + "/vendors", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema16, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/vendors", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          var valid1 = _errs8 === errors;
          if (!valid1) {
            const err6 = { instancePath: instancePath + "/vendors", schemaPath: "#/properties/vendors/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema11.properties.vendors.propertyNames, parentSchema: schema11.properties.vendors, data: data3 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        for (const key2 in data3) {
          if (!validate15(data3[key2], { instancePath: instancePath + "/vendors/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data3, parentDataProperty: key2, rootData })) {
            vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/vendors", schemaPath: "#/properties/vendors/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.vendors.type, parentSchema: schema11.properties.vendors, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data["classified-paths"] !== void 0) {
      let data5 = data["classified-paths"];
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key3 in data5) {
          const _errs15 = errors;
          if (typeof key3 === "string") {
            if (func3(key3) < 1) {
              const err8 = { instancePath: instancePath + "/classified-paths", schemaPath: "#/properties/classified-paths/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties["classified-paths"].propertyNames, data: key3, propertyName: key3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
          var valid4 = _errs15 === errors;
          if (!valid4) {
            const err9 = { instancePath: instancePath + "/classified-paths", schemaPath: "#/properties/classified-paths/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid", schema: schema11.properties["classified-paths"].propertyNames, parentSchema: schema11.properties["classified-paths"], data: data5 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        for (const key4 in data5) {
          let data6 = data5[key4];
          if (Array.isArray(data6)) {
            if (data6.length < 1) {
              const err10 = { instancePath: instancePath + "/classified-paths/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/classified-paths/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties["classified-paths"].additionalProperties, data: data6 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            const len0 = data6.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data7 = data6[i0];
              if (!(data7 === "public" || data7 === "internal" || data7 === "confidential" || data7 === "customer-data" || data7 === "pii" || data7 === "phi" || data7 === "pci" || data7 === "financial" || data7 === "employee-data" || data7 === "source-code" || data7 === "credentials")) {
                const err11 = { instancePath: instancePath + "/classified-paths/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/definitions/data-class/enum", keyword: "enum", params: { allowedValues: schema18.enum }, message: "must be equal to one of the allowed values", schema: schema18.enum, parentSchema: schema18, data: data7 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            let i1 = data6.length;
            let j0;
            if (i1 > 1) {
              outer0: for (; i1--; ) {
                for (j0 = i1; j0--; ) {
                  if (func0(data6[i1], data6[j0])) {
                    const err12 = { instancePath: instancePath + "/classified-paths/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/classified-paths/additionalProperties/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema11.properties["classified-paths"].additionalProperties, data: data6 };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/classified-paths/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/classified-paths/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties["classified-paths"].additionalProperties.type, parentSchema: schema11.properties["classified-paths"].additionalProperties, data: data6 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/classified-paths", schemaPath: "#/properties/classified-paths/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties["classified-paths"].type, parentSchema: schema11.properties["classified-paths"], data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.exceptions !== void 0) {
      let data8 = data.exceptions;
      if (Array.isArray(data8)) {
        const len1 = data8.length;
        for (let i2 = 0; i2 < len1; i2++) {
          if (!validate27(data8[i2], { instancePath: instancePath + "/exceptions/" + i2, parentData: data8, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/exceptions", schemaPath: "#/properties/exceptions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.exceptions.type, parentSchema: schema11.properties.exceptions, data: data8 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.tools !== void 0) {
      let data10 = data.tools;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        for (const key5 in data10) {
          const _errs26 = errors;
          if (typeof key5 === "string") {
            if (!pattern2.test(key5)) {
              const err16 = { instancePath: instancePath + "/tools", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema16, data: key5, propertyName: key5 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/tools", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: key5, propertyName: key5 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          var valid12 = _errs26 === errors;
          if (!valid12) {
            const err18 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/propertyNames", keyword: "propertyNames", params: { propertyName: key5 }, message: "property name must be valid", schema: schema11.properties.tools.propertyNames, parentSchema: schema11.properties.tools, data: data10 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        for (const key6 in data10) {
          let data11 = data10[key6];
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (data11.status === void 0) {
              const err19 = { instancePath: instancePath + "/tools/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/tool/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema33.required, parentSchema: schema33, data: data11 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            for (const key7 in data11) {
              if (!(key7 === "status" || key7 === "owner" || key7 === "purpose" || key7 === "notes")) {
                const err20 = { instancePath: instancePath + "/tools/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/tool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data: data11 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data11.status !== void 0) {
              let data12 = data11.status;
              if (!(data12 === "approved" || data12 === "restricted" || data12 === "prohibited")) {
                const err21 = { instancePath: instancePath + "/tools/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/status", schemaPath: "#/definitions/tool/properties/status/enum", keyword: "enum", params: { allowedValues: schema33.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema33.properties.status.enum, parentSchema: schema33.properties.status, data: data12 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data11.owner !== void 0) {
              let data13 = data11.owner;
              if (typeof data13 !== "string") {
                const err22 = { instancePath: instancePath + "/tools/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/owner", schemaPath: "#/definitions/tool/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.owner.type, parentSchema: schema33.properties.owner, data: data13 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data11.purpose !== void 0) {
              let data14 = data11.purpose;
              if (typeof data14 !== "string") {
                const err23 = { instancePath: instancePath + "/tools/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/purpose", schemaPath: "#/definitions/tool/properties/purpose/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.purpose.type, parentSchema: schema33.properties.purpose, data: data14 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data11.notes !== void 0) {
              let data15 = data11.notes;
              if (typeof data15 !== "string") {
                const err24 = { instancePath: instancePath + "/tools/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/notes", schemaPath: "#/definitions/tool/properties/notes/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.notes.type, parentSchema: schema33.properties.notes, data: data15 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          } else {
            const err25 = { instancePath: instancePath + "/tools/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/tool/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data: data11 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.tools.type, parentSchema: schema11.properties.tools, data: data10 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data["custom-vendors"] !== void 0) {
      let data16 = data["custom-vendors"];
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        for (const key8 in data16) {
          const _errs43 = errors;
          if (typeof key8 === "string") {
            if (!pattern2.test(key8)) {
              const err27 = { instancePath: instancePath + "/custom-vendors", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema16, data: key8, propertyName: key8 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          } else {
            const err28 = { instancePath: instancePath + "/custom-vendors", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: key8, propertyName: key8 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          var valid17 = _errs43 === errors;
          if (!valid17) {
            const err29 = { instancePath: instancePath + "/custom-vendors", schemaPath: "#/properties/custom-vendors/propertyNames", keyword: "propertyNames", params: { propertyName: key8 }, message: "property name must be valid", schema: schema11.properties["custom-vendors"].propertyNames, parentSchema: schema11.properties["custom-vendors"], data: data16 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        for (const key9 in data16) {
          if (!validate30(data16[key9], { instancePath: instancePath + "/custom-vendors/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data16, parentDataProperty: key9, rootData })) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/custom-vendors", schemaPath: "#/properties/custom-vendors/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties["custom-vendors"].type, parentSchema: schema11.properties["custom-vendors"], data: data16 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
  } else {
    const err31 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var PRECOMPILED = { digest: "938be7ac73142aa73d9b9869d781a5c2cde953530d16d24723672141ab759b0f", validate };

// src/inventory/suggest.ts
function editDistance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
    }
  }
  return d[a.length][b.length];
}
function closest(word, candidates) {
  const max = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best;
  let bestDistance = max + 1;
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) > max) continue;
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance || d === bestDistance && best !== void 0 && c < best) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= max ? best : void 0;
}
function didYouMean(word, candidates) {
  const c = closest(word, candidates);
  return c ? ` (did you mean '${c}'?)` : "";
}

// src/inventory/schema.ts
var validator;
function isDate(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
var schemaText = () => readFileSync(join(packageRoot(), "schema", "inventory.schema.json"), "utf8");
var digestOf = (text) => createHash("sha256").update(text).digest("hex");
function compileValidator(text, source) {
  const { _, Ajv: AjvClass } = (0, import_ajv_lazy.loadAjv)();
  const code = source ? { source: true, esm: true, formats: _`{ date: { type: "string", validate: isDate } }` } : void 0;
  const ajv = new AjvClass({ allErrors: true, strict: false, verbose: true, ...code ? { code } : {} });
  ajv.addFormat("date", { type: "string", validate: isDate });
  return { ajv, fn: ajv.compile(JSON.parse(text)) };
}
function validate2() {
  if (!validator) {
    const text = schemaText();
    validator = PRECOMPILED?.digest === digestOf(text) ? PRECOMPILED.validate : compileValidator(text, false).fn;
  }
  return validator;
}
function segments(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function displayPath(path2) {
  let out = "";
  for (const s of path2) out += typeof s === "number" ? `[${s}]` : out ? `.${s}` : s;
  return out || "(root)";
}
function locate(doc, path2) {
  let node = doc.contents;
  let key;
  for (const seg of path2) {
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => (0, import_yaml.isPair)(p) && ((0, import_yaml.isScalar)(p.key) ? String(p.key.value) : String(p.key)) === String(seg));
      if (!pair) return { node, key };
      key = pair.key;
      node = pair.value;
    } else if ((0, import_yaml.isSeq)(node) && typeof seg === "number") {
      key = void 0;
      node = node.items[seg];
    } else {
      break;
    }
  }
  return { node: node ?? void 0, key };
}
function position(lc, node) {
  const offset = node?.range?.[0] ?? 0;
  const p = lc.linePos(offset);
  return { line: p.line, column: p.col };
}
var TYPE_WORDS = {
  array: "a list",
  object: "a mapping",
  string: "a string",
  integer: "a whole number",
  number: "a number",
  boolean: "true or false"
};
function show(v) {
  return typeof v === "string" ? `'${v}'` : JSON.stringify(v);
}
function schemaProblems(value, doc, lc) {
  const fn = validate2();
  if (fn(value)) return [];
  const errors = (fn.errors ?? []).filter((e) => !e.schemaPath.includes("/oneOf/") && !e.schemaPath.includes("/anyOf/"));
  const out = [];
  const suggested = /* @__PURE__ */ new Set();
  for (const e of errors) {
    if (e.keyword !== "additionalProperties") continue;
    const guess = closest(e.params.additionalProperty, Object.keys(e.parentSchema?.properties ?? {}));
    if (guess) suggested.add(`${e.instancePath}\0${guess}`);
  }
  for (const e of errors) {
    const path2 = segments(e.instancePath);
    const at = locate(doc, path2);
    const where = displayPath(path2);
    const parent = e.parentSchema;
    let message;
    let node = at.node;
    switch (e.keyword) {
      case "additionalProperties": {
        const prop = e.params.additionalProperty;
        const known = Object.keys(parent?.properties ?? {});
        const hint = didYouMean(prop, known);
        node = locate(doc, [...path2, prop]).key;
        message = `${where === "(root)" ? "" : `${where}: `}unknown key '${prop}'${hint}`;
        break;
      }
      case "required": {
        const prop = e.params.missingProperty;
        if (suggested.has(`${e.instancePath}\0${prop}`)) continue;
        node = at.key ?? at.node;
        message = `${where === "(root)" ? "" : `${where}: `}missing required key '${prop}'`;
        break;
      }
      case "propertyNames": {
        const name = e.params.propertyName;
        node = locate(doc, [...path2, name]).key;
        message = `${where}: '${name}' is not a valid id (lowercase letters, digits and '-')`;
        break;
      }
      case "pattern":
      case "format":
      case "enum":
      case "const":
      case "type":
      case "minLength":
      case "minItems":
      case "uniqueItems":
      case "anyOf":
      case "oneOf":
      default:
        message = `${where}: ${valueMessage(e, parent)}`;
    }
    out.push({ ...position(lc, node), message });
  }
  const seen = /* @__PURE__ */ new Set();
  return out.filter((p) => {
    const k = `${p.line}:${p.column}:${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  }).sort((a, b) => a.line - b.line || a.column - b.column || a.message.localeCompare(b.message));
}
function valueMessage(e, parent) {
  const data = e.data;
  switch (e.keyword) {
    case "format":
      return `${show(data)} is not a date (YYYY-MM-DD)`;
    case "pattern":
      if (e.instancePath.endsWith("/review-interval") || e.instancePath.endsWith("/attestation-max-age")) return `${show(data)} is not a duration such as 90d, 12w, 6m or 1y`;
      return `${show(data)} does not match ${e.params.pattern}`;
    case "enum": {
      const allowed = parent?.enum ?? e.params.allowedValues;
      const hint = typeof data === "string" ? didYouMean(data, allowed.map(String)) : "";
      return `${show(data)} is not one of ${allowed.map(String).join(", ")}${hint}`;
    }
    case "const":
      return `must be ${show(e.params.allowedValue)}`;
    case "type": {
      const t = e.params.type;
      const words = (Array.isArray(t) ? t : String(t).split(",")).map((x) => TYPE_WORDS[x] ?? x);
      return `must be ${words.join(" or ")}`;
    }
    case "minLength":
    case "minItems":
      return "must not be empty";
    case "uniqueItems":
      return `lists ${show(data[e.params.i])} twice`;
    case "anyOf":
      if (e.instancePath.startsWith("/exceptions/")) return "an exception needs at least one of rule, vendor or fingerprint";
      return "is not valid here";
    case "oneOf":
      return "must be a name, or a mapping with the documented keys";
    default:
      return e.message ?? "is invalid";
  }
}

// src/inventory/load.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";
function parseInventory(text, options) {
  const lc = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const fail = (problems2) => {
    throw new InventoryError(options.file, problems2.map((p) => ({ ...p, message: redact(p.message, options.catalog) })));
  };
  if (doc.errors.length > 0) {
    fail(
      doc.errors.slice(0, 10).map((e) => {
        const p = lc.linePos(e.pos[0]);
        const first = e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
        return { line: p.line, column: p.col, message: `not valid YAML: ${first}` };
      })
    );
  }
  let value;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    fail([{ line: 1, column: 1, message: `not valid YAML: ${err.message}` }]);
  }
  if (value === null || value === void 0) fail([{ line: 1, column: 1, message: "the file is empty (it needs at least `version: 1`)" }]);
  const problems = schemaProblems(value, doc, lc);
  if (problems.length > 0) fail(problems.slice(0, 20));
  const file = value;
  const custom = file["custom-vendors"] ?? {};
  const known = /* @__PURE__ */ new Set([...options.catalog.vendors.keys(), ...Object.keys(custom), ...options.knownIds ?? []]);
  const idProblem = (path2, id, where, asKey) => {
    const at = locate(doc, path2);
    return {
      ...position(lc, asKey ? at.key : at.node),
      message: `${where}: unknown vendor '${id}'${didYouMean(id, known)}; a vendor the catalog does not know goes under custom-vendors:`
    };
  };
  for (const id of Object.keys(file.vendors ?? {})) {
    if (!known.has(id)) problems.push(idProblem(["vendors", id], id, "vendors", true));
  }
  const knownTools = [...options.catalog.tools.specs.keys()];
  for (const id of Object.keys(file.tools ?? {})) {
    if (knownTools.includes(id)) continue;
    const at = locate(doc, ["tools", id]);
    problems.push({ ...position(lc, at.key), message: `tools: unknown tool '${id}'${didYouMean(id, knownTools)}; known tools: ${knownTools.join(", ")}` });
  }
  (file.exceptions ?? []).forEach((x, i) => {
    if (x.vendor && !known.has(x.vendor)) problems.push(idProblem(["exceptions", i, "vendor"], x.vendor, `exceptions[${i}].vendor`, false));
  });
  for (const [id, spec] of Object.entries(custom)) {
    const builtin = options.catalog.vendors.has(id);
    if (!builtin && !spec.name) {
      const at = locate(doc, ["custom-vendors", id]);
      problems.push({ ...position(lc, at.key), message: `custom-vendors.${id}: missing required key 'name' (the catalog has no vendor '${id}')` });
    }
    (spec.keys ?? []).forEach((k, i) => {
      const at = () => position(lc, locate(doc, ["custom-vendors", id, "keys", i, "pattern"]).node);
      let regex;
      try {
        regex = new RegExp(k.pattern, k.flags ?? "");
      } catch (err) {
        problems.push({ ...at(), message: `custom-vendors.${id}.keys[${i}].pattern: does not compile: ${err.message}` });
        return;
      }
      const slow = backtrackingProblem(regex, k.keywords ?? []);
      if (slow) problems.push({ ...at(), message: `custom-vendors.${id}.keys[${i}].pattern: ${slow}` });
    });
  }
  if (problems.length > 0) fail(problems.sort((a, b) => a.line - b.line || a.column - b.column));
  const reportFile = options.reportFile === void 0 ? options.file : options.reportFile;
  const origin = (path2) => {
    const at = locate(doc, path2);
    return { ...reportFile ? { file: reportFile } : {}, ...position(lc, at.key ?? at.node) };
  };
  const vendors = new Map(Object.entries(file.vendors ?? {}).sort(([a], [b]) => a.localeCompare(b)));
  const tools = new Map(Object.entries(file.tools ?? {}).sort(([a], [b]) => a.localeCompare(b)));
  const classified = file["classified-paths"];
  return {
    path: options.file,
    policy: file.policy ?? {},
    vendors,
    ...classified && Object.keys(classified).length ? { classifiedPaths: copyClasses(classified) } : {},
    exceptions: file.exceptions ?? [],
    customVendors: new Map(Object.entries(custom).sort(([a], [b]) => a.localeCompare(b))),
    tools,
    origins: {
      vendors: new Map([...vendors.keys()].map((id) => [id, origin(["vendors", id])])),
      exceptions: (file.exceptions ?? []).map((_, i) => origin(["exceptions", i])),
      tools: new Map([...tools.keys()].map((id) => [id, origin(["tools", id])]))
    },
    local: new Set(vendors.keys()),
    warnings: []
  };
}
function copyClasses(map) {
  return Object.fromEntries(Object.entries(map).map(([g, list]) => [g, [...list]]));
}
async function loadInventory(path2, options) {
  let text;
  try {
    text = await readFile(path2, "utf8");
  } catch (err) {
    throw new InventoryError(options.file, [{ line: 1, column: 1, message: `cannot read the inventory: ${err.code ?? err.message}` }]);
  }
  return parseInventory(text, options);
}

// src/catalog/extend.ts
function mergePackages(a, b) {
  if (!b) return a;
  const out = { ...a };
  for (const [eco, list] of Object.entries(b)) {
    out[eco] = [...out[eco] ?? [], ...list];
  }
  return out;
}
var uniq = (a, b) => b ? [.../* @__PURE__ */ new Set([...a ?? [], ...b])] : a;
function mergeVendorSpec(id, base, ext2) {
  const b = base ?? { id, name: ext2.name ?? id, category: ext2.category ?? "other", sources: [] };
  const imports = { ...b.imports };
  for (const [lang, roots] of Object.entries(ext2.imports ?? {})) {
    imports[lang] = uniq(imports[lang], roots);
  }
  return {
    ...b,
    name: base ? b.name : ext2.name ?? id,
    category: base ? b.category : ext2.category ?? "other",
    sources: uniq(b.sources, ext2.sources ?? ["inventory custom-vendors"]),
    packages: mergePackages(b.packages, ext2.packages),
    imports,
    hosts: ext2.hosts ? [...b.hosts ?? [], ...ext2.hosts] : b.hosts,
    env: uniq(b.env, ext2.env),
    keys: ext2.keys ? [...b.keys ?? [], ...ext2.keys] : b.keys,
    models: uniq(b.models, ext2.models)
  };
}
function extendCatalog(catalog, extra) {
  if (extra.size === 0) return catalog;
  const vendors = new Map(catalog.vendors);
  for (const [id, ext2] of extra) vendors.set(id, mergeVendorSpec(id, catalog.vendors.get(id), ext2));
  const source = { vendors: [...vendors.values()], frameworks: [...catalog.frameworks.values()], tools: [...catalog.tools.specs.values()] };
  const suffix = hash(JSON.stringify([...extra].sort(([a], [b]) => a.localeCompare(b))));
  return compileCatalog(source, `${catalog.version}+custom-${suffix}`);
}
function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

// src/evaluate/interval.ts
function isoDate(d) {
  return d.toISOString().slice(0, 10);
}
function addInterval(date, interval) {
  const m = /^(\d+)([dwmy])$/.exec(interval);
  if (!m) throw new Error(`not an interval: ${interval}`);
  const n = Number(m[1]);
  const [y, mo, d] = date.split("-").map(Number);
  if (m[2] === "d" || m[2] === "w") return isoDate(new Date(Date.UTC(y, mo - 1, d + n * (m[2] === "w" ? 7 : 1))));
  const months = m[2] === "m" ? n : n * 12;
  const target = new Date(Date.UTC(y, mo - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return isoDate(new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d, last))));
}

// src/evaluate/attestations.ts
var DEFAULT_ATTESTATION_MAX_AGE = "12m";
var ATTESTED_DATA_CLASSES = ["customer-data", "pii", "phi", "pci"];
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function ageOf(date, today) {
  if (date > today) return "dated in the future";
  const [y1, m1, d1] = date.split("-").map(Number);
  const [y2, m2, d2] = today.split("-").map(Number);
  let months = (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
  if (months < 1) {
    const days = Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 864e5);
    return plural(days, "day");
  }
  const years = Math.floor(months / 12);
  months %= 12;
  return [years ? plural(years, "year") : "", months ? plural(months, "month") : ""].filter(Boolean).join(" ");
}
function newestAttestations(d) {
  const newest = /* @__PURE__ */ new Map();
  for (const a of d.attestations ?? []) {
    const seen = newest.get(a.type);
    if (!seen || a.date > seen.date) newest.set(a.type, a);
  }
  return [...newest.values()].sort((a, b) => a.type < b.type ? -1 : a.type > b.type ? 1 : 0);
}
function attestationFindings(id, d, maxAge, today, b, location) {
  const age = maxAge ?? DEFAULT_ATTESTATION_MAX_AGE;
  for (const a of newestAttestations(d)) {
    const expires = addInterval(a.date, age);
    if (today <= expires) continue;
    b.add(
      "attestation-expired",
      `${id}'s newest ${a.type} attestation is dated ${a.date} (${ageOf(a.date, today)} old), past policy.attestation-max-age (${age}): it was current until ${expires}. File a current one under attestations:.`,
      { vendor: id, location, key: `${a.type}\0${expires}`, scope: a.type }
    );
  }
  const attested = (d["data-classes"] ?? []).filter((c) => ATTESTED_DATA_CLASSES.includes(c));
  if (attested.length > 0 && !(d.attestations ?? []).length) {
    b.add(
      "missing-attestation",
      `${id} receives ${attested.join(", ")} but has no attestation on file (attestations: [{ type: soc2-type-2, date: YYYY-MM-DD }]).`,
      { vendor: id, location, key: "" }
    );
  }
}

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open.push(i);
    } else if (c === 125 && open.length) {
      open.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open.length; i++) {
    const at = open[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/brace-expressions.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}", true],
  "[:alpha:]": ["\\p{L}\\p{Nl}", true],
  "[:ascii:]": ["\\x00-\\x7f", false],
  "[:blank:]": ["\\p{Zs}\\t", true],
  "[:cntrl:]": ["\\p{Cc}", true],
  "[:digit:]": ["\\p{Nd}", true],
  "[:graph:]": ["\\p{Z}\\p{C}", true, true],
  "[:lower:]": ["\\p{Ll}", true],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}", true],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f", true],
  "[:upper:]": ["\\p{Lu}", true],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", true],
  "[:xdigit:]": ["A-Fa-f0-9", false]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var rangesToString = (ranges) => ranges.join("");
var parseClass = (glob, position2) => {
  const pos = position2;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let uflag = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = glob.charAt(i);
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return ["$.", false, glob.length - pos, true];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          uflag = uflag || u;
          continue WHILE;
        }
      }
    }
    escaping = false;
    if (rangeStart) {
      if (c > rangeStart) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(c));
      } else if (c === rangeStart) {
        ranges.push(braceEscape(c));
      }
      rangeStart = "";
      i++;
      continue;
    }
    if (glob.startsWith("-]", i + 1)) {
      ranges.push(braceEscape(c + "-"));
      i += 2;
      continue;
    }
    if (glob.startsWith("-", i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges.push(braceEscape(c));
    i++;
  }
  if (endPos < i) {
    return ["", false, 0, false];
  }
  if (!ranges.length && !negs.length) {
    return ["$.", false, glob.length - pos, true];
  }
  if (negs.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
    const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
    return [regexpEscape(r), false, endPos - pos, false];
  }
  const sranges = "[" + (negate ? "^" : "") + rangesToString(ranges) + "]";
  const snegs = "[" + (negate ? "" : "^") + rangesToString(negs) + "]";
  const comb = ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs;
  return [comb, uflag, endPos - pos, true];
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/ast.js
var _a;
var types = /* @__PURE__ */ new Set(["!", "?", "+", "*", "@"]);
var isExtglobType = (c) => types.has(c);
var isExtglobAST = (c) => isExtglobType(c.type);
var adoptionMap = /* @__PURE__ */ new Map([
  ["!", ["@"]],
  ["?", ["?", "@"]],
  ["@", ["@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@"]]
]);
var adoptionWithSpaceMap = /* @__PURE__ */ new Map([
  ["!", ["?"]],
  ["@", ["?"]],
  ["+", ["?", "*"]]
]);
var adoptionAnyMap = /* @__PURE__ */ new Map([
  ["!", ["?", "@"]],
  ["?", ["?", "@"]],
  ["@", ["?", "@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@", "?", "*"]]
]);
var usurpMap = /* @__PURE__ */ new Map([
  ["!", /* @__PURE__ */ new Map([["!", "@"]])],
  [
    "?",
    /* @__PURE__ */ new Map([
      ["*", "*"],
      ["+", "*"]
    ])
  ],
  [
    "@",
    /* @__PURE__ */ new Map([
      ["!", "!"],
      ["?", "?"],
      ["@", "@"],
      ["*", "*"],
      ["+", "+"]
    ])
  ],
  [
    "+",
    /* @__PURE__ */ new Map([
      ["?", "*"],
      ["*", "*"]
    ])
  ]
]);
var startNoTraversal = "(?!(?:^|/)\\.\\.?(?:$|/))";
var startNoDot = "(?!\\.)";
var addPatternStart = /* @__PURE__ */ new Set(["[", "."]);
var justDots = /* @__PURE__ */ new Set(["..", "."]);
var reSpecials = new Set("().*{}+?[]^$\\!");
var regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var qmark = "[^/]";
var star = qmark + "*?";
var starNoEmpty = qmark + "+?";
var ID = 0;
var AST = class {
  type;
  #root;
  #hasMagic;
  #uflag = false;
  #parts = [];
  #parent;
  #parentIndex;
  #negs;
  #filledNegs = false;
  #options;
  #toString;
  // set to true if it's an extglob with no children
  // (which really means one child of '')
  #emptyExt = false;
  id = ++ID;
  get depth() {
    return (this.#parent?.depth ?? -1) + 1;
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return {
      "@@type": "AST",
      id: this.id,
      type: this.type,
      root: this.#root.id,
      parent: this.#parent?.id,
      depth: this.depth,
      partsLength: this.#parts.length,
      parts: this.#parts
    };
  }
  constructor(type, parent, options = {}) {
    this.type = type;
    if (type)
      this.#hasMagic = true;
    this.#parent = parent;
    this.#root = this.#parent ? this.#parent.#root : this;
    this.#options = this.#root === this ? options : this.#root.#options;
    this.#negs = this.#root === this ? [] : this.#root.#negs;
    if (type === "!" && !this.#root.#filledNegs)
      this.#negs.push(this);
    this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
  }
  get hasMagic() {
    if (this.#hasMagic !== void 0)
      return this.#hasMagic;
    for (const p of this.#parts) {
      if (typeof p === "string")
        continue;
      if (p.type || p.hasMagic)
        return this.#hasMagic = true;
    }
    return this.#hasMagic;
  }
  // reconstructs the pattern
  toString() {
    return this.#toString !== void 0 ? this.#toString : !this.type ? this.#toString = this.#parts.map((p) => String(p)).join("") : this.#toString = this.type + "(" + this.#parts.map((p) => String(p)).join("|") + ")";
  }
  #fillNegs() {
    if (this !== this.#root)
      throw new Error("should only call on root");
    if (this.#filledNegs)
      return this;
    this.toString();
    this.#filledNegs = true;
    let n;
    while (n = this.#negs.pop()) {
      if (n.type !== "!")
        continue;
      let p = n;
      let pp = p.#parent;
      while (pp) {
        for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
          for (const part of n.#parts) {
            if (typeof part === "string") {
              throw new Error("string part in extglob AST??");
            }
            part.copyIn(pp.#parts[i]);
          }
        }
        p = pp;
        pp = p.#parent;
      }
    }
    return this;
  }
  push(...parts) {
    for (const p of parts) {
      if (p === "")
        continue;
      if (typeof p !== "string" && !(p instanceof _a && p.#parent === this)) {
        throw new Error("invalid part: " + p);
      }
      this.#parts.push(p);
    }
  }
  toJSON() {
    const ret = this.type === null ? this.#parts.slice().map((p) => typeof p === "string" ? p : p.toJSON()) : [this.type, ...this.#parts.map((p) => p.toJSON())];
    if (this.isStart() && !this.type)
      ret.unshift([]);
    if (this.isEnd() && (this === this.#root || this.#root.#filledNegs && this.#parent?.type === "!")) {
      ret.push({});
    }
    return ret;
  }
  isStart() {
    if (this.#root === this)
      return true;
    if (!this.#parent?.isStart())
      return false;
    if (this.#parentIndex === 0)
      return true;
    const p = this.#parent;
    for (let i = 0; i < this.#parentIndex; i++) {
      const pp = p.#parts[i];
      if (!(pp instanceof _a && pp.type === "!")) {
        return false;
      }
    }
    return true;
  }
  isEnd() {
    if (this.#root === this)
      return true;
    if (this.#parent?.type === "!")
      return true;
    if (!this.#parent?.isEnd())
      return false;
    if (!this.type)
      return this.#parent?.isEnd();
    const pl = this.#parent ? this.#parent.#parts.length : 0;
    return this.#parentIndex === pl - 1;
  }
  copyIn(part) {
    if (typeof part === "string")
      this.push(part);
    else
      this.push(part.clone(this));
  }
  clone(parent) {
    const c = new _a(this.type, parent);
    for (const p of this.#parts) {
      c.copyIn(p);
    }
    return c;
  }
  static #parseAST(str, ast, pos, opt, extDepth) {
    const maxDepth = opt.maxExtglobRecursion ?? 2;
    let escaping = false;
    let inBrace = false;
    let braceStart = -1;
    let braceNeg = false;
    if (ast.type === null) {
      let i2 = pos;
      let acc2 = "";
      while (i2 < str.length) {
        const c = str.charAt(i2++);
        if (escaping || c === "\\") {
          escaping = !escaping;
          acc2 += c;
          continue;
        }
        if (inBrace) {
          if (i2 === braceStart + 1) {
            if (c === "^" || c === "!") {
              braceNeg = true;
            }
          } else if (c === "]" && !(i2 === braceStart + 2 && braceNeg)) {
            inBrace = false;
          }
          acc2 += c;
          continue;
        } else if (c === "[") {
          inBrace = true;
          braceStart = i2;
          braceNeg = false;
          acc2 += c;
          continue;
        }
        const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i2) === "(" && extDepth <= maxDepth;
        if (doRecurse) {
          ast.push(acc2);
          acc2 = "";
          const ext2 = new _a(c, ast);
          i2 = _a.#parseAST(str, ext2, i2, opt, extDepth + 1);
          ast.push(ext2);
          continue;
        }
        acc2 += c;
      }
      ast.push(acc2);
      return i2;
    }
    let i = pos + 1;
    let part = new _a(null, ast);
    const parts = [];
    let acc = "";
    while (i < str.length) {
      const c = str.charAt(i++);
      if (escaping || c === "\\") {
        escaping = !escaping;
        acc += c;
        continue;
      }
      if (inBrace) {
        if (i === braceStart + 1) {
          if (c === "^" || c === "!") {
            braceNeg = true;
          }
        } else if (c === "]" && !(i === braceStart + 2 && braceNeg)) {
          inBrace = false;
        }
        acc += c;
        continue;
      } else if (c === "[") {
        inBrace = true;
        braceStart = i;
        braceNeg = false;
        acc += c;
        continue;
      }
      const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i) === "(" && /* c8 ignore start - the maxDepth is sufficient here */
      (extDepth <= maxDepth || ast && ast.#canAdoptType(c));
      if (doRecurse) {
        const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
        part.push(acc);
        acc = "";
        const ext2 = new _a(c, part);
        part.push(ext2);
        i = _a.#parseAST(str, ext2, i, opt, extDepth + depthAdd);
        continue;
      }
      if (c === "|") {
        part.push(acc);
        acc = "";
        parts.push(part);
        part = new _a(null, ast);
        continue;
      }
      if (c === ")") {
        if (acc === "" && ast.#parts.length === 0) {
          ast.#emptyExt = true;
        }
        part.push(acc);
        acc = "";
        ast.push(...parts, part);
        return i;
      }
      acc += c;
    }
    ast.type = null;
    ast.#hasMagic = void 0;
    ast.#parts = [str.substring(pos - 1)];
    return i;
  }
  #canAdoptWithSpace(child) {
    return this.#canAdopt(child, adoptionWithSpaceMap);
  }
  #canAdopt(child, map = adoptionMap) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canAdoptType(gc.type, map);
  }
  #canAdoptType(c, map = adoptionAnyMap) {
    return !!map.get(this.type)?.includes(c);
  }
  #adoptWithSpace(child, index) {
    const gc = child.#parts[0];
    const blank = new _a(null, gc, this.options);
    blank.#parts.push("");
    gc.push(blank);
    this.#adopt(child, index);
  }
  #adopt(child, index) {
    const gc = child.#parts[0];
    this.#parts.splice(index, 1, ...gc.#parts);
    for (const p of gc.#parts) {
      if (typeof p === "object")
        p.#parent = this;
    }
    this.#toString = void 0;
  }
  #canUsurpType(c) {
    const m = usurpMap.get(this.type);
    return !!m?.has(c);
  }
  #canUsurp(child) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null || this.#parts.length !== 1) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canUsurpType(gc.type);
  }
  #usurp(child) {
    const m = usurpMap.get(this.type);
    const gc = child.#parts[0];
    const nt = m?.get(gc.type);
    if (!nt)
      return false;
    this.#parts = gc.#parts;
    for (const p of this.#parts) {
      if (typeof p === "object") {
        p.#parent = this;
      }
    }
    this.type = nt;
    this.#toString = void 0;
    this.#emptyExt = false;
  }
  static fromGlob(pattern, options = {}) {
    const ast = new _a(null, void 0, options);
    _a.#parseAST(pattern, ast, 0, options, 0);
    return ast;
  }
  // returns the regular expression if there's magic, or the unescaped
  // string if not.
  toMMPattern() {
    if (this !== this.#root)
      return this.#root.toMMPattern();
    const glob = this.toString();
    const [re, body, hasMagic, uflag] = this.toRegExpSource();
    const anyMagic = hasMagic || this.#hasMagic || this.#options.nocase && !this.#options.nocaseMagicOnly && glob.toUpperCase() !== glob.toLowerCase();
    if (!anyMagic) {
      return body;
    }
    const flags = (this.#options.nocase ? "i" : "") + (uflag ? "u" : "");
    return Object.assign(new RegExp(`^${re}$`, flags), {
      _src: re,
      _glob: glob
    });
  }
  get options() {
    return this.#options;
  }
  // returns the string match, the regexp source, whether there's magic
  // in the regexp (so a regular expression is required) and whether or
  // not the uflag is needed for the regular expression (for posix classes)
  // TODO: instead of injecting the start/end at this point, just return
  // the BODY of the regexp, along with the start/end portions suitable
  // for binding the start/end in either a joined full-path makeRe context
  // (where we bind to (^|/), or a standalone matchPart context (where
  // we bind to ^, and not /).  Otherwise slashes get duped!
  //
  // In part-matching mode, the start is:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: ^(?!\.\.?$)
  // - if dots allowed or not possible: ^
  // - if dots possible and not allowed: ^(?!\.)
  // end is:
  // - if not isEnd(): nothing
  // - else: $
  //
  // In full-path matching mode, we put the slash at the START of the
  // pattern, so start is:
  // - if first pattern: same as part-matching mode
  // - if not isStart(): nothing
  // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
  // - if dots allowed or not possible: /
  // - if dots possible and not allowed: /(?!\.)
  // end is:
  // - if last pattern, same as part-matching mode
  // - else nothing
  //
  // Always put the (?:$|/) on negated tails, though, because that has to be
  // there to bind the end of the negated pattern portion, and it's easier to
  // just stick it in now rather than try to inject it later in the middle of
  // the pattern.
  //
  // We can just always return the same end, and leave it up to the caller
  // to know whether it's going to be used joined or in parts.
  // And, if the start is adjusted slightly, can do the same there:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
  // - if dots allowed or not possible: (?:/|^)
  // - if dots possible and not allowed: (?:/|^)(?!\.)
  //
  // But it's better to have a simpler binding without a conditional, for
  // performance, so probably better to return both start options.
  //
  // Then the caller just ignores the end if it's not the first pattern,
  // and the start always gets applied.
  //
  // But that's always going to be $ if it's the ending pattern, or nothing,
  // so the caller can just attach $ at the end of the pattern when building.
  //
  // So the todo is:
  // - better detect what kind of start is needed
  // - return both flavors of starting pattern
  // - attach $ at the end of the pattern when creating the actual RegExp
  //
  // Ah, but wait, no, that all only applies to the root when the first pattern
  // is not an extglob. If the first pattern IS an extglob, then we need all
  // that dot prevention biz to live in the extglob portions, because eg
  // +(*|.x*) can match .xy but not .yx.
  //
  // So, return the two flavors if it's #root and the first child is not an
  // AST, otherwise leave it to the child AST to handle it, and there,
  // use the (?:^|/) style of start binding.
  //
  // Even simplified further:
  // - Since the start for a join is eg /(?!\.) and the start for a part
  // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
  // or start or whatever) and prepend ^ or / at the Regexp construction.
  toRegExpSource(allowDot) {
    const dot = allowDot ?? !!this.#options.dot;
    if (this.#root === this) {
      this.#flatten();
      this.#fillNegs();
    }
    if (!isExtglobAST(this)) {
      const noEmpty = this.isStart() && this.isEnd() && !this.#parts.some((s) => typeof s !== "string");
      const src = this.#parts.map((p) => {
        const [re, _, hasMagic, uflag] = typeof p === "string" ? _a.#parseGlob(p, this.#hasMagic, noEmpty) : p.toRegExpSource(allowDot);
        this.#hasMagic = this.#hasMagic || hasMagic;
        this.#uflag = this.#uflag || uflag;
        return re;
      }).join("");
      let start2 = "";
      if (this.isStart()) {
        if (typeof this.#parts[0] === "string") {
          const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
          if (!dotTravAllowed) {
            const aps = addPatternStart;
            const needNoTrav = (
              // dots are allowed, and the pattern starts with [ or .
              dot && aps.has(src.charAt(0)) || // the pattern starts with \., and then [ or .
              src.startsWith("\\.") && aps.has(src.charAt(2)) || // the pattern starts with \.\., and then [ or .
              src.startsWith("\\.\\.") && aps.has(src.charAt(4))
            );
            const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
            start2 = needNoTrav ? startNoTraversal : needNoDot ? startNoDot : "";
          }
        }
      }
      let end = "";
      if (this.isEnd() && this.#root.#filledNegs && this.#parent?.type === "!") {
        end = "(?:$|\\/)";
      }
      const final2 = start2 + src + end;
      return [
        final2,
        unescape(src),
        this.#hasMagic = !!this.#hasMagic,
        this.#uflag
      ];
    }
    const repeated = this.type === "*" || this.type === "+";
    const start = this.type === "!" ? "(?:(?!(?:" : "(?:";
    let body = this.#partsToRegExp(dot);
    if (this.isStart() && this.isEnd() && !body && this.type !== "!") {
      const s = this.toString();
      const me = this;
      me.#parts = [s];
      me.type = null;
      me.#hasMagic = void 0;
      return [s, unescape(this.toString()), false, false];
    }
    let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ? "" : this.#partsToRegExp(true);
    if (bodyDotAllowed === body) {
      bodyDotAllowed = "";
    }
    if (bodyDotAllowed) {
      body = `(?:${body})(?:${bodyDotAllowed})*?`;
    }
    let final = "";
    if (this.type === "!" && this.#emptyExt) {
      final = (this.isStart() && !dot ? startNoDot : "") + starNoEmpty;
    } else {
      const close = this.type === "!" ? (
        // !() must match something,but !(x) can match ''
        "))" + (this.isStart() && !dot && !allowDot ? startNoDot : "") + star + ")"
      ) : this.type === "@" ? ")" : this.type === "?" ? ")?" : this.type === "+" && bodyDotAllowed ? ")" : this.type === "*" && bodyDotAllowed ? `)?` : `)${this.type}`;
      final = start + body + close;
    }
    return [
      final,
      unescape(body),
      this.#hasMagic = !!this.#hasMagic,
      this.#uflag
    ];
  }
  #flatten() {
    if (!isExtglobAST(this)) {
      for (const p of this.#parts) {
        if (typeof p === "object") {
          p.#flatten();
        }
      }
    } else {
      let iterations = 0;
      let done = false;
      do {
        done = true;
        for (let i = 0; i < this.#parts.length; i++) {
          const c = this.#parts[i];
          if (typeof c === "object") {
            c.#flatten();
            if (this.#canAdopt(c)) {
              done = false;
              this.#adopt(c, i);
            } else if (this.#canAdoptWithSpace(c)) {
              done = false;
              this.#adoptWithSpace(c, i);
            } else if (this.#canUsurp(c)) {
              done = false;
              this.#usurp(c);
            }
          }
        }
      } while (!done && ++iterations < 10);
    }
    this.#toString = void 0;
  }
  #partsToRegExp(dot) {
    return this.#parts.map((p) => {
      if (typeof p === "string") {
        throw new Error("string type in extglob ast??");
      }
      const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
      this.#uflag = this.#uflag || uflag;
      return re;
    }).filter((p) => !(this.isStart() && this.isEnd()) || !!p).join("|");
  }
  static #parseGlob(glob, hasMagic, noEmpty = false) {
    let escaping = false;
    let re = "";
    let uflag = false;
    let inStar = false;
    for (let i = 0; i < glob.length; i++) {
      const c = glob.charAt(i);
      if (escaping) {
        escaping = false;
        re += (reSpecials.has(c) ? "\\" : "") + c;
        continue;
      }
      if (c === "*") {
        if (inStar)
          continue;
        inStar = true;
        re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
        hasMagic = true;
        continue;
      } else {
        inStar = false;
      }
      if (c === "\\") {
        if (i === glob.length - 1) {
          re += "\\\\";
        } else {
          escaping = true;
        }
        continue;
      }
      if (c === "[") {
        const [src, needUflag, consumed, magic] = parseClass(glob, i);
        if (consumed) {
          re += src;
          uflag = uflag || needUflag;
          i += consumed - 1;
          hasMagic = hasMagic || magic;
          continue;
        }
      }
      if (c === "?") {
        re += qmark;
        hasMagic = true;
        continue;
      }
      re += regExpEscape(c);
    }
    return [re, unescape(glob), !!hasMagic, uflag];
  }
};
_a = AST;

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&");
  }
  return windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
};

// node_modules/minimatch/dist/esm/index.js
var minimatch = (p, pattern, options = {}) => {
  assertValidPattern(pattern);
  if (!options.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return new Minimatch(pattern, options).match(p);
};
var starDotExtRE = /^\*+([^+@!?*[(]*)$/;
var starDotExtTest = (ext2) => (f) => !f.startsWith(".") && f.endsWith(ext2);
var starDotExtTestDot = (ext2) => (f) => f.endsWith(ext2);
var starDotExtTestNocase = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => !f.startsWith(".") && f.toLowerCase().endsWith(ext2);
};
var starDotExtTestNocaseDot = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => f.toLowerCase().endsWith(ext2);
};
var starDotStarRE = /^\*+\.\*+$/;
var starDotStarTest = (f) => !f.startsWith(".") && f.includes(".");
var starDotStarTestDot = (f) => f !== "." && f !== ".." && f.includes(".");
var dotStarRE = /^\.\*+$/;
var dotStarTest = (f) => f !== "." && f !== ".." && f.startsWith(".");
var starRE = /^\*+$/;
var starTest = (f) => f.length !== 0 && !f.startsWith(".");
var starTestDot = (f) => f.length !== 0 && f !== "." && f !== "..";
var qmarksRE = /^\?+([^+@!?*[(]*)?$/;
var qmarksTestNocase = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestNocaseDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTest = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTestNoExt = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && !f.startsWith(".");
};
var qmarksTestNoExtDot = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && f !== "." && f !== "..";
};
var defaultPlatform = typeof process === "object" && process ? typeof process.env === "object" && process.env && process.env.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var qmark2 = "[^/]";
var star2 = qmark2 + "*?";
var twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?";
var twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?";
var filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    AST: class AST extends orig.AST {
      /* c8 ignore start */
      constructor(type, parent, options = {}) {
        super(type, parent, ext(def, options));
      }
      /* c8 ignore stop */
      static fromGlob(pattern, options = {}) {
        return orig.AST.fromGlob(pattern, ext(def, options));
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
var match = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var regExpEscape2 = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  regexp;
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    const awe = "allowWindowsEscape";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[awe] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.regexp = null;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.make();
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  debug(..._) {
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.braceExpand())];
    if (options.debug) {
      this.debug = (...args) => console.error(...args);
    }
    this.debug(this.pattern, this.globSet);
    const rawGlobParts = this.globSet.map((s) => this.slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.debug(this.pattern, this.globParts);
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && !globMagic.test(s[3]);
        const isDrive = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, 4),
            ...s.slice(4).map((ss) => this.parse(ss))
          ];
        } else if (isDrive) {
          return [s[0], ...s.slice(1).map((ss) => this.parse(ss))];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.debug(this.pattern, set);
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && typeof p[3] === "string" && /^[a-z]:$/i.test(p[3])) {
          p[2] = "?";
        }
      }
    }
    this.debug(this.pattern, this.set);
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  levelTwoFileOptimize(parts) {
    if (!Array.isArray(parts)) {
      parts = this.slashSplit(parts);
    }
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      let dd = 0;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**" && !(this.isWindows && /^[a-z]:$/i.test(p))) {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd -= 2;
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        let dd = 0;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd -= 2;
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
  //
  // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
  // ^-- not valid because ** doens't follow symlinks
  secondPhasePreProcess(globParts) {
    for (let i = 0; i < globParts.length - 1; i++) {
      for (let j = i + 1; j < globParts.length; j++) {
        const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
        if (matched) {
          globParts[i] = [];
          globParts[j] = matched;
          break;
        }
      }
    }
    return globParts.filter((gs) => gs.length);
  }
  partsMatch(a, b, emptyGSMatch = false) {
    let ai = 0;
    let bi = 0;
    let result = [];
    let which = "";
    while (ai < a.length && bi < b.length) {
      if (a[ai] === b[bi]) {
        result.push(which === "b" ? b[bi] : a[ai]);
        ai++;
        bi++;
      } else if (emptyGSMatch && a[ai] === "**" && b[bi] === a[ai + 1]) {
        result.push(a[ai]);
        ai++;
      } else if (emptyGSMatch && b[bi] === "**" && a[ai] === b[bi + 1]) {
        result.push(b[bi]);
        bi++;
      } else if (a[ai] === "*" && b[bi] && (this.options.dot || !b[bi].startsWith(".")) && b[bi] !== "**") {
        if (which === "b")
          return false;
        which = "a";
        result.push(a[ai]);
        ai++;
        bi++;
      } else if (b[bi] === "*" && a[ai] && (this.options.dot || !a[ai].startsWith(".")) && a[ai] !== "**") {
        if (which === "a")
          return false;
        which = "b";
        result.push(b[bi]);
        ai++;
        bi++;
      } else {
        return false;
      }
    }
    return a.length === b.length && result;
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // set partial to true to test if, for example,
  // "/a/b" matches the start of "/*/b/*/d"
  // Partial means, if you run out of file before you run
  // out of pattern, then that's fine, as long as all
  // the parts match.
  matchOne(file, pattern, partial = false) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          pattern[pdi] = fd;
          patternStartIndex = pdi;
          fileStartIndex = fdi;
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      file = this.levelTwoFileOptimize(file);
    }
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const [head, body, tail] = partial ? [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1),
      []
    ] : [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1, lastgs),
      pattern.slice(lastgs + 1)
    ];
    if (head.length) {
      const fileHead = file.slice(fileIndex, fileIndex + head.length);
      if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i2 = fileIndex; i2 < file.length - fileTailMatch; i2++) {
        const f = String(file[i2]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    const bodySegments = [[[], 0]];
    let currentBody = bodySegments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        currentBody = [[], 0];
        bodySegments.push(currentBody);
      } else {
        currentBody[0].push(b);
        nonGsParts++;
      }
    }
    let i = bodySegments.length - 1;
    const fileLength = file.length - fileTailMatch;
    for (const b of bodySegments) {
      b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
    }
    return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      for (let i = fileIndex; i < file.length; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, after] = bs;
    while (fileIndex <= after) {
      const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
        if (sub !== false) {
          return sub;
        }
      }
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = file.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      this.debug("matchOne loop");
      let p = pattern[pi];
      let f = file[fi];
      this.debug(pattern, p, f);
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      let hit;
      if (typeof p === "string") {
        hit = f === p;
        this.debug("string match", p, f, hit);
      } else {
        hit = p.test(f);
        this.debug("pattern match", p, f, hit);
      }
      if (!hit)
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    let m;
    let fastTest = null;
    if (m = pattern.match(starRE)) {
      fastTest = options.dot ? starTestDot : starTest;
    } else if (m = pattern.match(starDotExtRE)) {
      fastTest = (options.nocase ? options.dot ? starDotExtTestNocaseDot : starDotExtTestNocase : options.dot ? starDotExtTestDot : starDotExtTest)(m[1]);
    } else if (m = pattern.match(qmarksRE)) {
      fastTest = (options.nocase ? options.dot ? qmarksTestNocaseDot : qmarksTestNocase : options.dot ? qmarksTestDot : qmarksTest)(m);
    } else if (m = pattern.match(starDotStarRE)) {
      fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
    } else if (m = pattern.match(dotStarRE)) {
      fastTest = dotStarTest;
    }
    const re = AST.fromGlob(pattern, this.options).toMMPattern();
    if (fastTest && typeof re === "object") {
      Reflect.defineProperty(re, "test", { value: fastTest });
    }
    return re;
  }
  makeRe() {
    if (this.regexp || this.regexp === false)
      return this.regexp;
    const set = this.set;
    if (!set.length) {
      this.regexp = false;
      return this.regexp;
    }
    const options = this.options;
    const twoStar = options.noglobstar ? star2 : options.dot ? twoStarDot : twoStarNoDot;
    const flags = new Set(options.nocase ? ["i"] : []);
    let re = set.map((pattern) => {
      const pp = pattern.map((p) => {
        if (p instanceof RegExp) {
          for (const f of p.flags.split(""))
            flags.add(f);
        }
        return typeof p === "string" ? regExpEscape2(p) : p === GLOBSTAR ? GLOBSTAR : p._src;
      });
      pp.forEach((p, i) => {
        const next = pp[i + 1];
        const prev = pp[i - 1];
        if (p !== GLOBSTAR || prev === GLOBSTAR) {
          return;
        }
        if (prev === void 0) {
          if (next !== void 0 && next !== GLOBSTAR) {
            pp[i + 1] = "(?:\\/|" + twoStar + "\\/)?" + next;
          } else {
            pp[i] = twoStar;
          }
        } else if (next === void 0) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + ")?";
        } else if (next !== GLOBSTAR) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + "\\/)" + next;
          pp[i + 1] = GLOBSTAR;
        }
      });
      const filtered = pp.filter((p) => p !== GLOBSTAR);
      if (this.partial && filtered.length >= 1) {
        const prefixes = [];
        for (let i = 1; i <= filtered.length; i++) {
          prefixes.push(filtered.slice(0, i).join("/"));
        }
        return "(?:" + prefixes.join("|") + ")";
      }
      return filtered.join("/");
    }).join("|");
    const [open, close] = set.length > 1 ? ["(?:", ")"] : ["", ""];
    re = "^" + open + re + close + "$";
    if (this.partial) {
      re = "^(?:\\/|" + open + re.slice(1, -1) + close + ")$";
    }
    if (this.negate)
      re = "^(?!" + re + ").+$";
    try {
      this.regexp = new RegExp(re, [...flags].join(""));
    } catch {
      this.regexp = false;
    }
    return this.regexp;
  }
  slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    this.debug("match", f, this.pattern);
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    if (this.isWindows) {
      f = f.split("\\").join("/");
    }
    const ff = this.slashSplit(f);
    this.debug(this.pattern, "split", ff);
    const set = this.set;
    this.debug(this.pattern, "set", set);
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (const pattern of set) {
      let file = ff;
      if (options.matchBase && pattern.length === 1) {
        file = [filename];
      }
      const hit = this.matchOne(file, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/evaluate/classified-paths.ts
function matchesPath(file, globs) {
  return globs.some((g) => minimatch(file, g, { dot: true, matchBase: !g.includes("/") }));
}
function classesOf(file, classified) {
  const classes = [];
  const globs = [];
  for (const [glob, list] of Object.entries(classified ?? {})) {
    if (!matchesPath(file, [glob])) continue;
    globs.push(glob);
    for (const c of list) if (!classes.includes(c)) classes.push(c);
  }
  return { classes, globs };
}
function dataClassesByComponent(usage, classified, componentOf) {
  const out = /* @__PURE__ */ new Map();
  if (!classified || Object.keys(classified).length === 0) return out;
  const direct = usage.evidence.filter((e) => !e.transitive);
  for (const e of direct.length > 0 ? direct : usage.evidence) {
    const { classes } = classesOf(e.file, classified);
    if (classes.length === 0) continue;
    const c = componentOf(e.file);
    const list = out.get(c) ?? [];
    for (const x of classes) if (!list.includes(x)) list.push(x);
    out.set(c, list);
  }
  for (const list of out.values()) list.sort();
  return out;
}
var placesOfUse = (evidence) => evidence.filter((e) => !e.transitive && e.kind !== "lockfile");
function dataClassFindings(vendors, inv, b) {
  const classified = inv.classifiedPaths;
  if (!classified || Object.keys(classified).length === 0) return;
  for (const v of vendors) {
    const declared = inv.vendors.get(v.id);
    const clearance = declared?.["data-classes"] ?? [];
    const seen = /* @__PURE__ */ new Set();
    for (const e of placesOfUse(v.evidence)) {
      if (seen.has(e.file)) continue;
      seen.add(e.file);
      const { classes, globs } = classesOf(e.file, classified);
      const missing = classes.filter((c) => !clearance.includes(c));
      if (missing.length === 0) continue;
      const culprits = globs.filter((g) => classified[g].some((c) => missing.includes(c))).sort();
      const glob = culprits.join(", ");
      const cleared = !declared ? "is not declared, so it is cleared for no data class" : clearance.length ? `is cleared for [${clearance.join(", ")}] only` : "declares no data-classes, so it is cleared for none";
      const message = `${v.name} (${v.id}) is used in ${e.file}, which handles [${classes.join(", ")}] (classified-paths ${culprits.map((g) => `'${g}'`).join(", ")}), but ${v.id} ${cleared}: not cleared for ${missing.join(", ")}. ` + (declared ? "Clear it for that data in the inventory (data-classes), or move the use out of this path." : "Declare it with the data-classes it may receive, or move the use out of this path.");
      const f = b.add("data-class-not-allowed", message, { vendor: v.id, evidence: e, key: `${glob}\0${missing.join(",")}`, scope: glob });
      f.glob = glob;
    }
  }
}

// src/evaluate/fingerprint.ts
import { createHash as createHash2 } from "node:crypto";
function fingerprint(parts) {
  const text = (parts.text ?? "").replace(/\s+/g, " ").trim();
  const input = [parts.rule, parts.vendor ?? "", parts.file ?? "", text, String(parts.occurrence ?? 0)].join("\0");
  return createHash2("sha256").update(input).digest("hex").slice(0, 32);
}

// src/evaluate/identity.ts
import { createHash as createHash3 } from "node:crypto";
function identity(parts) {
  const input = ["identity/v1", parts.rule, parts.vendor ?? "", parts.tool ?? "", parts.scope ?? ""].join("\0");
  return createHash3("sha256").update(input).digest("hex").slice(0, 32);
}

// src/evaluate/evaluate.ts
var DEFAULT_BLOCK_ON = ["undeclared-vendor", "prohibited-vendor", "residency-violation", "hardcoded-secret", "path-not-allowed", "data-class-not-allowed", "prohibited-tool"];
var SEVERITY = {
  "undeclared-vendor": "error",
  "prohibited-vendor": "error",
  "path-not-allowed": "error",
  "residency-violation": "error",
  "hardcoded-secret": "error",
  "data-class-not-allowed": "error",
  "unapproved-model": "warning",
  "review-overdue": "warning",
  "missing-dpa": "warning",
  "missing-no-training": "warning",
  "attestation-expired": "warning",
  "missing-attestation": "warning",
  "unused-declaration": "note",
  "invalid-suppression": "warning",
  "expired-exception": "warning",
  "undeclared-tool": "warning",
  "prohibited-tool": "error"
};
var SEVERITY_ORDER = ["error", "warning", "note"];
function severityOf(rule) {
  return SEVERITY[rule] ?? "warning";
}
function compareFindings(a, b) {
  return SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.rule.localeCompare(b.rule) || (a.file ?? "").localeCompare(b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || (a.vendor ?? "").localeCompare(b.vendor ?? "") || a.fingerprint.localeCompare(b.fingerprint);
}
var FindingBuilder = class {
  constructor(policy) {
    this.policy = policy;
  }
  policy;
  occurrences = /* @__PURE__ */ new Map();
  findings = [];
  /**
   * `evidence` anchors the finding on a line, else `location` does (a place in the
   * inventory, a mention). `key` replaces the line's text in the fingerprint for
   * findings that are about a file or a declaration rather than one line, so they
   * survive edits to the line they happen to be shown on.
   */
  add(rule, message, at) {
    const e = at.evidence ?? (at.location?.file ? { ...at.location, snippet: "" } : void 0);
    const base = { rule, vendor: at.vendor, tool: at.tool, file: at.tool ? void 0 : e?.file, text: at.key ?? e?.snippet };
    const key = JSON.stringify(base);
    const occurrence = this.occurrences.get(key) ?? 0;
    this.occurrences.set(key, occurrence + 1);
    const f = {
      rule,
      severity: severityOf(rule),
      ...at.vendor ? { vendor: at.vendor } : {},
      ...at.tool ? { tool: at.tool } : {},
      ...e?.file ? { file: e.file, line: e.line, column: e.column } : {},
      message,
      fingerprint: fingerprint({ ...base, occurrence }),
      identity: identity({ rule, vendor: at.vendor, tool: at.tool, scope: at.scope }),
      blocking: this.policy.blockOn.has(rule)
    };
    this.findings.push(f);
    return f;
  }
};
function secretFindings(vendors, builder) {
  for (const v of vendors) {
    for (const e of v.evidence) {
      if (e.kind !== "secret") continue;
      builder.add("hardcoded-secret", `${v.name} API key (${e.secretRule}) is committed in ${e.file}:${e.line}. Revoke it and load it from a secret store.`, {
        vendor: v.id,
        evidence: e,
        // The key, not where it sits: the same key moved elsewhere is the same problem.
        ...e.keyHash ? { scope: e.keyHash } : {}
      });
    }
  }
}

// src/evaluate/regions.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { readFileSync as readFileSync2 } from "node:fs";
import { join as join2 } from "node:path";

// src/evaluate/builtin-regions.ts
var BUILTIN_REGIONS = JSON.parse('{"text":"# Cloud regions \u2192 the geography where data is processed, for residency-violation.\\n# An inventory\'s `residency:` lists geographies (us, eu, uk, \u2026), wider areas\\n# (europe, eea, apac, \u2026) or explicit region names; a region found in code or IaC\\n# is allowed when the region itself, its geography, or an area that geography lies\\n# in is listed. A region not in this table has no known geography and is allowed\\n# only when listed by name (fail closed).\\n# Sources: AWS \\"Regions and Availability Zones\\" (docs.aws.amazon.com/global-infrastructure),\\n# Google Cloud \\"Cloud locations\\" (cloud.google.com/about/locations), Azure\\n# `az account list-locations` names.\\n\\n# A geography and the wider areas it lies in.\\ngeographies:\\n  us: [north-america]\\n  ca: [north-america]\\n  mx: [latam, north-america]\\n  br: [latam]\\n  cl: [latam]\\n  eu: [eea, europe]\\n  no: [eea, europe]\\n  uk: [europe]\\n  ch: [europe]\\n  ae: [me]\\n  sa: [me]\\n  qa: [me]\\n  bh: [me]\\n  il: [me]\\n  za: [africa]\\n  in: [apac]\\n  jp: [apac]\\n  kr: [apac]\\n  sg: [apac]\\n  hk: [apac]\\n  tw: [apac]\\n  id: [apac]\\n  my: [apac]\\n  th: [apac]\\n  au: [apac]\\n  nz: [apac]\\n  cn: []\\n  global: []\\n\\nregions:\\n  # Amazon Web Services\\n  us-east-1: us\\n  us-east-2: us\\n  us-west-1: us\\n  us-west-2: us\\n  us-gov-east-1: us\\n  us-gov-west-1: us\\n  ca-central-1: ca\\n  ca-west-1: ca\\n  mx-central-1: mx\\n  sa-east-1: br\\n  eu-central-1: eu # Frankfurt\\n  eu-central-2: ch # Zurich\\n  eu-west-1: eu # Ireland\\n  eu-west-2: uk # London\\n  eu-west-3: eu # Paris\\n  eu-south-1: eu # Milan\\n  eu-south-2: eu # Spain\\n  eu-north-1: eu # Stockholm\\n  il-central-1: il\\n  me-south-1: bh\\n  me-central-1: ae\\n  af-south-1: za\\n  ap-east-1: hk\\n  ap-east-2: tw\\n  ap-south-1: in\\n  ap-south-2: in\\n  ap-northeast-1: jp\\n  ap-northeast-2: kr\\n  ap-northeast-3: jp\\n  ap-southeast-1: sg\\n  ap-southeast-2: au\\n  ap-southeast-3: id\\n  ap-southeast-4: au\\n  ap-southeast-5: my\\n  ap-southeast-7: th\\n  cn-north-1: cn\\n  cn-northwest-1: cn\\n\\n  # Google Cloud\\n  us-central1: us\\n  us-east1: us\\n  us-east4: us\\n  us-east5: us\\n  us-south1: us\\n  us-west1: us\\n  us-west2: us\\n  us-west3: us\\n  us-west4: us\\n  northamerica-northeast1: ca # Montr\xE9al\\n  northamerica-northeast2: ca # Toronto\\n  northamerica-south1: mx\\n  southamerica-east1: br\\n  southamerica-west1: cl\\n  europe-west1: eu # Belgium\\n  europe-west2: uk # London\\n  europe-west3: eu # Frankfurt\\n  europe-west4: eu # Netherlands\\n  europe-west6: ch # Zurich\\n  europe-west8: eu # Milan\\n  europe-west9: eu # Paris\\n  europe-west10: eu # Berlin\\n  europe-west12: eu # Turin\\n  europe-north1: eu # Finland\\n  europe-north2: eu # Stockholm\\n  europe-central2: eu # Warsaw\\n  europe-southwest1: eu # Madrid\\n  me-central1: qa # Doha\\n  me-central2: sa # Dammam\\n  me-west1: il # Tel Aviv\\n  africa-south1: za\\n  asia-east1: tw\\n  asia-east2: hk\\n  asia-northeast1: jp\\n  asia-northeast2: jp\\n  asia-northeast3: kr\\n  asia-south1: in\\n  asia-south2: in\\n  asia-southeast1: sg\\n  asia-southeast2: id\\n  australia-southeast1: au\\n  australia-southeast2: au\\n\\n  # Microsoft Azure\\n  eastus: us\\n  eastus2: us\\n  centralus: us\\n  northcentralus: us\\n  southcentralus: us\\n  westcentralus: us\\n  westus: us\\n  westus2: us\\n  westus3: us\\n  canadacentral: ca\\n  canadaeast: ca\\n  mexicocentral: mx\\n  brazilsouth: br\\n  brazilsoutheast: br\\n  northeurope: eu # Ireland\\n  westeurope: eu # Netherlands\\n  francecentral: eu\\n  francesouth: eu\\n  germanywestcentral: eu\\n  germanynorth: eu\\n  italynorth: eu\\n  polandcentral: eu\\n  spaincentral: eu\\n  swedencentral: eu\\n  norwayeast: no\\n  norwaywest: no\\n  switzerlandnorth: ch\\n  switzerlandwest: ch\\n  uksouth: uk\\n  ukwest: uk\\n  uaenorth: ae\\n  uaecentral: ae\\n  qatarcentral: qa\\n  israelcentral: il\\n  southafricanorth: za\\n  southafricawest: za\\n  centralindia: in\\n  southindia: in\\n  westindia: in\\n  japaneast: jp\\n  japanwest: jp\\n  koreacentral: kr\\n  koreasouth: kr\\n  eastasia: hk\\n  southeastasia: sg\\n  australiaeast: au\\n  australiasoutheast: au\\n  australiacentral: au\\n  newzealandnorth: nz\\n  indonesiacentral: id\\n  malaysiawest: my\\n\\n  # Multi-region locations (Vertex AI `us`/`eu`, Google `asia`) are geographies above;\\n  # `global` (Vertex AI\'s global endpoint) lies in no geography.\\n  asia: apac\\n","table":{"geographies":{"us":["north-america"],"ca":["north-america"],"mx":["latam","north-america"],"br":["latam"],"cl":["latam"],"eu":["eea","europe"],"no":["eea","europe"],"uk":["europe"],"ch":["europe"],"ae":["me"],"sa":["me"],"qa":["me"],"bh":["me"],"il":["me"],"za":["africa"],"in":["apac"],"jp":["apac"],"kr":["apac"],"sg":["apac"],"hk":["apac"],"tw":["apac"],"id":["apac"],"my":["apac"],"th":["apac"],"au":["apac"],"nz":["apac"],"cn":[],"global":[]},"regions":{"us-east-1":"us","us-east-2":"us","us-west-1":"us","us-west-2":"us","us-gov-east-1":"us","us-gov-west-1":"us","ca-central-1":"ca","ca-west-1":"ca","mx-central-1":"mx","sa-east-1":"br","eu-central-1":"eu","eu-central-2":"ch","eu-west-1":"eu","eu-west-2":"uk","eu-west-3":"eu","eu-south-1":"eu","eu-south-2":"eu","eu-north-1":"eu","il-central-1":"il","me-south-1":"bh","me-central-1":"ae","af-south-1":"za","ap-east-1":"hk","ap-east-2":"tw","ap-south-1":"in","ap-south-2":"in","ap-northeast-1":"jp","ap-northeast-2":"kr","ap-northeast-3":"jp","ap-southeast-1":"sg","ap-southeast-2":"au","ap-southeast-3":"id","ap-southeast-4":"au","ap-southeast-5":"my","ap-southeast-7":"th","cn-north-1":"cn","cn-northwest-1":"cn","us-central1":"us","us-east1":"us","us-east4":"us","us-east5":"us","us-south1":"us","us-west1":"us","us-west2":"us","us-west3":"us","us-west4":"us","northamerica-northeast1":"ca","northamerica-northeast2":"ca","northamerica-south1":"mx","southamerica-east1":"br","southamerica-west1":"cl","europe-west1":"eu","europe-west2":"uk","europe-west3":"eu","europe-west4":"eu","europe-west6":"ch","europe-west8":"eu","europe-west9":"eu","europe-west10":"eu","europe-west12":"eu","europe-north1":"eu","europe-north2":"eu","europe-central2":"eu","europe-southwest1":"eu","me-central1":"qa","me-central2":"sa","me-west1":"il","africa-south1":"za","asia-east1":"tw","asia-east2":"hk","asia-northeast1":"jp","asia-northeast2":"jp","asia-northeast3":"kr","asia-south1":"in","asia-south2":"in","asia-southeast1":"sg","asia-southeast2":"id","australia-southeast1":"au","australia-southeast2":"au","eastus":"us","eastus2":"us","centralus":"us","northcentralus":"us","southcentralus":"us","westcentralus":"us","westus":"us","westus2":"us","westus3":"us","canadacentral":"ca","canadaeast":"ca","mexicocentral":"mx","brazilsouth":"br","brazilsoutheast":"br","northeurope":"eu","westeurope":"eu","francecentral":"eu","francesouth":"eu","germanywestcentral":"eu","germanynorth":"eu","italynorth":"eu","polandcentral":"eu","spaincentral":"eu","swedencentral":"eu","norwayeast":"no","norwaywest":"no","switzerlandnorth":"ch","switzerlandwest":"ch","uksouth":"uk","ukwest":"uk","uaenorth":"ae","uaecentral":"ae","qatarcentral":"qa","israelcentral":"il","southafricanorth":"za","southafricawest":"za","centralindia":"in","southindia":"in","westindia":"in","japaneast":"jp","japanwest":"jp","koreacentral":"kr","koreasouth":"kr","eastasia":"hk","southeastasia":"sg","australiaeast":"au","australiasoutheast":"au","australiacentral":"au","newzealandnorth":"nz","indonesiacentral":"id","malaysiawest":"my","asia":"apac"}}}');

// src/evaluate/regions.ts
var cached;
function loadRegions() {
  if (!cached) {
    const text = readFileSync2(join2(packageRoot(), "rules", "regions.yml"), "utf8");
    cached = BUILTIN_REGIONS?.text === text ? BUILTIN_REGIONS.table : (0, import_yaml3.parse)(text);
  }
  return cached;
}
function placesOf(region, table) {
  const r = region.toLowerCase();
  const geo = table.regions[r] ?? (r in table.geographies ? r : void 0);
  if (!geo) return void 0;
  return [.../* @__PURE__ */ new Set([r, geo, ...table.geographies[geo] ?? []])];
}
function withinResidency(region, residency, table) {
  const allowed = new Set(residency.map((x) => x.toLowerCase()));
  if (allowed.has(region.toLowerCase())) return true;
  return (placesOf(region, table) ?? []).some((p) => allowed.has(p));
}

// src/evaluate/tools.ts
function withToolStatus(tools, inv) {
  return tools.map((t) => ({ ...t, status: inv?.tools?.get(t.id)?.status ?? "undeclared" }));
}
function summary(evidence) {
  const files = evidence.filter((e) => e.kind !== "commit" && e.file).map((e) => e.file);
  const unique = [...new Set(files)];
  const parts = [];
  if (unique.length) parts.push(`${unique.slice(0, 3).join(", ")}${unique.length > 3 ? ` and ${unique.length - 3} more files` : ""}`);
  const commits = evidence.find((e) => e.kind === "commit");
  if (commits) parts.push(`${commits.commits} commit${commits.commits === 1 ? "" : "s"} (last ${commits.last})`);
  return parts.join("; ");
}
function toolFindings(tools, inv, b) {
  for (const t of tools) {
    const d = inv.tools?.get(t.id);
    const anchor = t.evidence.find((e) => e.file !== void 0);
    const at = {
      tool: t.id,
      key: t.id,
      ...anchor ? { location: { file: anchor.file, line: anchor.line ?? 1, column: anchor.column ?? 1 } } : {}
    };
    const receiver = t.vendor ? `; it sends code to ${t.vendor}` : "; it sends code to whichever model provider it is configured with";
    if (!d) {
      b.add(
        "undeclared-tool",
        `${t.name} (${t.id}) works on this repository (${summary(t.evidence)})${receiver}, but ${inv.path} does not declare it: add it under tools: with its status, or remove its configuration.`,
        at
      );
    } else if (d.status === "prohibited") {
      b.add("prohibited-tool", `${t.name} (${t.id}) is prohibited by ${inv.path} but works on this repository (${summary(t.evidence)}).`, at);
    }
  }
}

// src/evaluate/rules.ts
var SENSITIVE_DATA_CLASSES = ["customer-data", "pii", "phi", "pci", "financial", "employee-data"];
var USE_KINDS = /* @__PURE__ */ new Set(["import", "env", "host", "secret", "iac", "workflow", "config"]);
function firstPerFile(evidence) {
  const seen = /* @__PURE__ */ new Set();
  return evidence.filter((e) => !seen.has(e.file) && seen.add(e.file));
}
function count(evidence, file) {
  const n = evidence.filter((e) => e.file === file).length;
  return n > 1 ? ` (${n} places in this file)` : "";
}
function evaluate(input) {
  const inv = input.inventory;
  const today = isoDate(input.now);
  const regions = input.regions ?? loadRegions();
  const blockOn = new Set(inv?.policy["block-on"] ?? DEFAULT_BLOCK_ON);
  const b = new FindingBuilder({ blockOn });
  const invName = inv?.path ?? "";
  const vendors = input.vendors.map((v) => {
    const d = inv?.vendors.get(v.id);
    return { ...v, declared: d !== void 0, status: d?.status ?? "undeclared" };
  });
  const tools = withToolStatus(input.tools ?? [], inv);
  secretFindings(vendors, b);
  const vendorFiles = new Map(vendors.map((v) => [v.id, new Set(v.evidence.map((e) => e.file))]));
  const sitesOf = (v, kind, value) => {
    const onEvidence = v.evidence.filter((e) => !e.transitive && e[kind] === value);
    const files = vendorFiles.get(v.id);
    const mentioned = (input.mentions ?? []).filter((m) => m.kind === kind && m.value === value && files.has(m.file) && !onEvidence.some((e) => e.file === m.file)).map((m) => ({ file: m.file, line: m.line, column: 1 }));
    const all = [...onEvidence, ...mentioned].sort((a, c) => a.file.localeCompare(c.file) || a.line - c.line || a.column - c.column);
    const seen = /* @__PURE__ */ new Set();
    return all.filter((s) => !seen.has(s.file) && seen.add(s.file));
  };
  if (inv) {
    for (const v of vendors) {
      const direct = v.evidence.filter((e) => !e.transitive);
      if (direct.length === 0) continue;
      const d = inv.vendors.get(v.id);
      if (!d) {
        for (const e of firstPerFile(direct)) {
          b.add(
            "undeclared-vendor",
            `${v.name} (${v.id}) is used here${count(direct, e.file)} but ${invName} does not declare it: add it under vendors: with its status, owner and purpose, or remove this use.`,
            { vendor: v.id, evidence: e, key: "" }
          );
        }
        continue;
      }
      if (d.status === "prohibited") {
        for (const e of firstPerFile(direct)) {
          b.add("prohibited-vendor", `${v.name} (${v.id}) is prohibited by ${invName} but used here${count(direct, e.file)}.`, {
            vendor: v.id,
            evidence: e,
            key: ""
          });
        }
        continue;
      }
      if (d.paths?.length) {
        const uses = direct.filter((e) => USE_KINDS.has(e.kind) && !matchesPath(e.file, d.paths));
        for (const e of firstPerFile(uses)) {
          b.add("path-not-allowed", `${v.name} (${v.id}) is declared for ${d.paths.join(", ")} only, but used in ${e.file}${count(uses, e.file)}.`, {
            vendor: v.id,
            evidence: e,
            key: "",
            scope: [...d.paths].sort().join("\0")
          });
        }
      }
      if (d.residency?.length) {
        for (const region of v.regions) {
          if (withinResidency(region, d.residency, regions)) continue;
          const places = placesOf(region, regions);
          const geo = places ? `region '${region}' (${places.slice(1).join(", ") || region})` : `region '${region}' (no known geography)`;
          const message = `${v.name} (${v.id}) processes in ${geo}, outside its declared residency [${d.residency.join(", ")}].`;
          const sites = sitesOf(v, "region", region);
          if (sites.length === 0) b.add("residency-violation", message, { vendor: v.id, location: inv.origins.vendors.get(v.id), key: region, scope: region });
          for (const s of sites) b.add("residency-violation", message, { vendor: v.id, location: s, key: region, scope: region });
        }
      }
      if (d.models?.length) {
        const allowed = d.models.map((g) => globToRegExp(g));
        for (const model of v.models) {
          if (allowed.some((r) => r.test(model))) continue;
          const message = `${v.name} model '${model}' is not among the models declared for ${v.id} (${d.models.join(", ")}).`;
          const sites = sitesOf(v, "model", model);
          if (sites.length === 0) b.add("unapproved-model", message, { vendor: v.id, location: inv.origins.vendors.get(v.id), key: model, scope: model });
          for (const s of sites) b.add("unapproved-model", message, { vendor: v.id, location: s, key: model, scope: model });
        }
      }
    }
    dataClassFindings(vendors, inv, b);
    const used = new Set(vendors.map((v) => v.id));
    for (const [id, d] of inv.vendors) {
      if (!inv.local.has(id) && !used.has(id)) continue;
      declarationFindings(id, d, inv, today, input.partial ? void 0 : used.has(id), b);
    }
    toolFindings(tools, inv, b);
    inv.exceptions.forEach((x, i) => {
      if (x.expires > today) return;
      const what = [x.rule, x.vendor, x.fingerprint].filter(Boolean).join(" / ");
      b.add("expired-exception", `The exception for ${what} (approved by ${x.approver}) expired on ${x.expires}; it no longer suppresses anything.`, {
        ...x.vendor ? { vendor: x.vendor } : {},
        location: inv.origins.exceptions[i],
        key: `${what}\0${x.expires}`,
        scope: `${what}\0${x.expires}`
      });
    });
  }
  const known = /* @__PURE__ */ new Set([...Object.keys(SEVERITY), "invalid-suppression", "expired-exception", ...input.knownVendors ?? [], ...input.knownTools ?? [], ...inv?.customVendors.keys() ?? []]);
  for (const m of input.markers ?? []) {
    const location = { file: m.file, line: m.line, column: m.column };
    if (m.targets.length === 0 || !m.reason) {
      const missing = m.targets.length === 0 ? "names no rule or vendor" : "gives no reason";
      b.add("invalid-suppression", `This ${MARKER} ${missing}, so it suppresses nothing: write \`${MARKER} <rule|vendor>: <reason>\`.`, { location, key: `${m.targets.join(",")}`, scope: `${m.file}\0${m.targets.join(",")}` });
      continue;
    }
    for (const t of m.targets.filter((t2) => !known.has(t2))) {
      b.add("invalid-suppression", `This ${MARKER} names '${t}', which is neither a rule nor a vendor id${didYouMean(t, known)}.`, { location, key: t, scope: `${m.file}\0${t}` });
    }
  }
  const low = inv?.policy["block-low-confidence"] ? /* @__PURE__ */ new Set() : new Set(vendors.filter((v) => v.confidence === "low").map((v) => v.id));
  const findings = b.findings.map((f) => f.blocking && f.vendor && low.has(f.vendor) && f.rule !== "hardcoded-secret" ? { ...f, blocking: false } : f).map((f) => suppress(f, input, today));
  return { vendors, findings: findings.sort(compareFindings), tools };
}
function declarationFindings(id, d, inv, today, used, b) {
  const location = inv.origins.vendors.get(id);
  const at = { vendor: id, location, key: "" };
  if (used === false && inv.local.has(id) && d.status !== "prohibited") {
    b.add("unused-declaration", `${inv.path} declares ${id}, but nothing in the code uses it any more: remove the entry or mark it prohibited.`, at);
  }
  if (d.status === "prohibited") return;
  const interval = inv.policy["review-interval"];
  const last = d["last-review"];
  if (last) {
    const due = addInterval(last, interval ?? "1y");
    if (today > due) b.add("review-overdue", `${id} was last reviewed on ${last}; the review interval (${interval ?? "1y"}) made the next one due on ${due}.`, { ...at, key: due });
  } else if (interval) {
    b.add("review-overdue", `${id} has no last-review date; the policy asks for a review every ${interval}.`, { ...at, key: "never" });
  }
  const sensitive = (d["data-classes"] ?? []).filter((c) => SENSITIVE_DATA_CLASSES.includes(c));
  if (sensitive.length > 0) {
    const classes = sensitive.join(", ");
    if (!d.dpa) b.add("missing-dpa", `${id} receives ${classes} but has no signed DPA (dpa: { signed: YYYY-MM-DD }).`, at);
    else if (d.dpa.expires && d.dpa.expires <= today) b.add("missing-dpa", `${id} receives ${classes} but its DPA expired on ${d.dpa.expires}.`, at);
    if (!d["no-training"]) b.add("missing-no-training", `${id} receives ${classes} but has no confirmation that it does not train on that data (no-training: { confirmed: YYYY-MM-DD, evidence: \u2026 }).`, at);
  }
  attestationFindings(id, d, inv.policy["attestation-max-age"], today, b, location);
}
function suppress(f, input, today) {
  const by = (kind, reason) => ({ ...f, blocking: false, suppressed: { by: kind, reason } });
  if (f.file && f.line && f.rule !== "invalid-suppression") {
    const m = (input.markers ?? []).find(
      (m2) => m2.file === f.file && (m2.line === f.line || m2.line === f.line - 1) && m2.reason && m2.targets.some((t) => t === f.rule || t === f.vendor || t === f.tool)
    );
    if (m) return by("inline", m.reason);
  }
  const x = input.inventory?.exceptions.find(
    (x2) => x2.expires > today && (!x2.rule || x2.rule === f.rule) && (!x2.vendor || x2.vendor === f.vendor) && (!x2.fingerprint || x2.fingerprint === f.fingerprint) && (!x2.paths || f.file !== void 0 && matchesPath(f.file, x2.paths))
  );
  if (x && f.rule !== "expired-exception") return by("exception", `${x.reason} (approved by ${x.approver}, until ${x.expires})`);
  const b = input.baseline;
  if (b && (b.identities.has(f.identity) || b.fingerprints.has(f.fingerprint))) return by("baseline", `listed in ${b.path}`);
  return f;
}

export {
  isDate,
  parseInventory,
  loadInventory,
  addInterval,
  ageOf,
  newestAttestations,
  minimatch,
  classesOf,
  dataClassesByComponent,
  evaluate,
  extendCatalog
};
