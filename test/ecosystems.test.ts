// Issue 14 class 6, end to end: ecosystems and manifests read since then —
// Elixir (mix.exs, mix.lock, aliases and qualified module calls), Dart/Flutter
// (pubspec.yaml, pubspec.lock, package: imports), Helm (Chart.yaml / Chart.lock
// dependencies, values.yaml env and URLs) and Android Gradle version catalogs —
// each with the traps around it: commented dependencies, modules named in
// docs, sigils, strings and comments, look-alike package and chart names, a
// chart alias, the project's own module under a catalog root, vendored deps/.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { maskCode } from "../src/detect/languages/mask.js";
import { scan } from "../src/scan/scan.js";
import type { ScanReport } from "../src/types.js";

const ROOT = join(import.meta.dirname, "..", "fixtures", "ecosystems");
const run = (dir: string) => scan(join(ROOT, dir), { noInventory: true, noBaseline: true });

/** `vendor kind file:line package` per evidence, vendors sorted. */
function evidence(report: ScanReport): string[] {
  return report.vendors.flatMap((v) => v.evidence.map((e) => `${v.id} ${e.kind} ${e.file}:${e.line} ${e.package ?? e.host ?? e.env ?? ""}${e.transitive ? " (transitive)" : ""}`));
}

describe("Elixir (fixtures/ecosystems/elixir-app)", () => {
  it("reads mix.exs deps, mix.lock, aliases (grouped too) and qualified calls; region from the ExAws request", async () => {
    const report = await run("elixir-app");
    expect(report.diagnostics).toEqual([]);
    expect(evidence(report)).toEqual([
      "aws-bedrock import lib/support_bot/embeddings.ex:6 ex_aws_bedrock",
      "aws-bedrock dependency mix.exs:17 ex_aws_bedrock",
      "aws-bedrock lockfile mix.lock:3 ex_aws_bedrock (transitive)",
      "mistral import lib/support_bot/chat.ex:8 LangChain.ChatModels.ChatMistralAI",
      "openai env config/runtime.exs:3 OPENAI_API_KEY",
      "openai import lib/support_bot/chat.ex:8 LangChain.ChatModels.ChatOpenAI",
      // A stale lock entry mix.exs no longer names: transitive, never `direct` on its own.
      "openai lockfile mix.lock:5 openai_ex (transitive)",
    ]);
    expect(report.vendors.find((v) => v.id === "aws-bedrock")!.regions).toEqual(["eu-central-1"]);
    expect(report.frameworks.map((f) => [f.id, f.vendors])).toEqual([["langchain", ["mistral", "openai"]]]);
    const langchain = report.frameworks[0]!.evidence.map((e) => `${e.kind} ${e.file}:${e.line}`);
    expect(langchain).toContain("dependency mix.exs:15");
    expect(langchain).toContain("lockfile mix.lock:4");
  });

  it("never reports what docs, comments, sigils, strings, look-alikes, own modules or deps/ name", async () => {
    const report = await run("elixir-app");
    const ids = report.vendors.map((v) => v.id);
    // ChatAnthropic: @moduledoc; ChatGoogleAI: comment; ChatVertexAI: ~S sigil; ChatGrok: string;
    // anthropix: commented dep; openai_exporter / ollama_helpers: look-alike apps;
    // ChatPerplexity and api.x.ai: deps/ (pruned); OpenAI.Compat: the project's own module.
    for (const id of ["anthropic", "google-gemini", "google-vertex-ai", "xai", "perplexity", "ollama"]) expect(ids, id).not.toContain(id);
    expect(report.vendors.flatMap((v) => v.evidence).some((e) => e.file.startsWith("deps/") || e.file.endsWith("openai.ex"))).toBe(false);
    expect(report.stats.skippedBy).toMatchObject({ "vendored-or-build": 1 });
  });

  it("masks Elixir: ?# and ?\" are characters, sigils and heredocs are strings", () => {
    const text = 'x = ?#\ny = ?"\nalias A.B # c\n~s(alias X.Y (z))\n"""\nalias Q\n"""\n:"alias R"\n';
    const { code } = maskCode(text, "elixir");
    expect(code.split("\n")[2]).toBe("alias A.B    ");
    expect(code).not.toMatch(/X\.Y|alias Q|alias R/);
    expect(code.length).toBe(text.length);
  });
});

describe("Dart / Flutter (fixtures/ecosystems/flutter-app)", () => {
  it("reads pubspec.yaml sections, pubspec.lock's direct/transitive marks and package: imports", async () => {
    const report = await run("flutter-app");
    expect(report.diagnostics).toEqual([]);
    expect(evidence(report)).toEqual([
      "anthropic lockfile pubspec.lock:4 anthropic_sdk_dart",
      "anthropic dependency pubspec.yaml:22 anthropic_sdk_dart",
      "anthropic import tool/compare.dart:2 anthropic_sdk_dart",
      "google-gemini import lib/summarize.dart:2 google_generative_ai",
      "google-gemini env lib/summarize.dart:17 GEMINI_API_KEY",
      "google-gemini lockfile pubspec.lock:21 google_generative_ai",
      "google-gemini dependency pubspec.yaml:12 google_generative_ai",
      "google-vertex-ai import lib/summarize.dart:4 firebase_vertexai",
      "google-vertex-ai lockfile pubspec.lock:13 firebase_vertexai",
      "google-vertex-ai dependency pubspec.yaml:13 firebase_vertexai",
      "openai lockfile pubspec.lock:29 openai_dart (transitive)",
    ]);
    expect(report.vendors.map((v) => [v.id, v.direct])).toEqual([
      ["anthropic", true],
      ["google-gemini", true],
      ["google-vertex-ai", true],
      ["openai", false],
    ]);
  });

  it("never reports imports in comments, doc comments, strings or raw strings, nor look-alikes and asset paths", async () => {
    const report = await run("flutter-app");
    const packages = report.vendors.flatMap((v) => v.evidence.map((e) => e.package));
    for (const p of ["dart_openai", "ollama_dart", "mistralai_dart", "chat_gpt_sdk", "openai_dart_extras"]) expect(packages, p).not.toContain(p);
    expect(report.vendors.flatMap((v) => v.evidence).filter((e) => e.file === "lib/summarize.dart" && e.package === "anthropic_sdk_dart")).toEqual([]);
  });

  it("masks Dart: raw strings have no escapes, nested block comments close at depth 0", () => {
    const text = "var a = r'c:\\';\n/* x /* y */ import 'package:z/z.dart'; */\nimport 'package:k/k.dart';\n";
    const masked = maskCode(text, "dart");
    expect(masked.code).not.toContain("import 'package:z");
    expect(masked.code.split("\n")[2]).toMatch(/^import "/);
    expect([...masked.strings.values()].map((s) => s.value)).toEqual(["c:\\", "package:k/k.dart"]);
  });
});

describe("Helm (fixtures/ecosystems/helm-chart)", () => {
  it("reads a catalog subchart in Chart.yaml and Chart.lock, and the env names and URLs values.yaml sets", async () => {
    const report = await run("helm-chart");
    expect(report.diagnostics).toEqual([]);
    // ollama-exporter: look-alike chart; litellm-helm: commented out, and an `alias:` of redis.
    expect(evidence(report)).toEqual([
      "ollama lockfile Chart.lock:2 ollama",
      "ollama iac Chart.yaml:6 ollama",
      "openai host values.yaml:13 api.openai.com",
      "openai env values.yaml:14 OPENAI_API_KEY",
    ]);
    expect(report.frameworks).toEqual([]);
  });
});

describe("Android Gradle version catalog (fixtures/ecosystems/android-app)", () => {
  it("reads Google's Android AI client and Firebase AI Logic; not a commented or look-alike firebase-vertexai", async () => {
    const report = await run("android-app");
    expect(report.diagnostics).toEqual([]);
    expect(evidence(report)).toEqual([
      "google-gemini import app/src/main/java/com/acme/notes/Summarizer.kt:3 com.google.ai.client.generativeai:generativeai",
      "google-gemini import app/src/main/java/com/acme/notes/Summarizer.kt:5 com.google.firebase:firebase-ai",
      "google-gemini import app/src/main/java/com/acme/notes/Summarizer.kt:6 com.google.firebase:firebase-ai",
      "google-gemini import app/src/main/java/com/acme/notes/Summarizer.kt:11 GenerativeBackend.googleAI",
      "google-gemini dependency gradle/libs.versions.toml:7 com.google.ai.client.generativeai:generativeai",
      "google-gemini dependency gradle/libs.versions.toml:9 com.google.firebase:firebase-ai",
    ]);
  });
});
