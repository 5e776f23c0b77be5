import { describe, expect, it } from "vitest";
import { loadCatalog } from "../src/catalog/load.js";
import { redact, safeSnippet } from "../src/redact.js";

const catalog = loadCatalog();
const anthropicKey = `sk-ant-api03-${"Ab3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9fG1hJ3kL5mN7pQ9rS1tU3vW5xY7zA9bC1dE3fG5hJ7kL9mN1pQ3rS5tU7v".slice(0, 93)}AA`;

describe("redaction", () => {
  it("masks a key wherever it sits in a line and keeps the rest", () => {
    const out = redact(`client = Anthropic(api_key="${anthropicKey}")  # prod`, catalog);
    expect(out).not.toContain(anthropicKey.slice(10));
    expect(out).toContain("[REDACTED]");
    expect(out).toContain("client = Anthropic(api_key=");
  });

  it("masks a key that a snippet cap cut short", () => {
    const line = `${" ".repeat(120)}const k = "${anthropicKey}"`;
    const snippet = safeSnippet(line, catalog);
    expect(snippet).not.toContain(anthropicKey.slice(14, 40));
    const cut = redact(`x = "${anthropicKey.slice(0, 60)}`, catalog);
    expect(cut).not.toContain(anthropicKey.slice(14, 40));
  });

  it("leaves ordinary identifiers that merely contain a key keyword", () => {
    for (const text of ["shelf_life_of_the_item_in_days", "import { Mistral } from \"@mistralai/mistralai\"", "langchain-cohere-integration-package", "task-runner-service-deployment"]) {
      expect(redact(text, catalog)).toBe(text);
    }
  });
});
