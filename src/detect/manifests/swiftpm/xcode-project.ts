// Xcode project (`*.xcodeproj/project.pbxproj`): Swift packages added in Xcode
// are `XCRemoteSwiftPackageReference` objects in the old-style plist:
//   8A1B… /* XCRemoteSwiftPackageReference "OpenAI" */ = {
//     isa = XCRemoteSwiftPackageReference;
//     repositoryURL = "https://github.com/MacPaw/OpenAI.git";
//     requirement = { kind = upToNextMajorVersion; minimumVersion = 0.2.0; };
//   };
// Read on a C-like mask (pbxproj comments are `/* */` and `//`, strings are
// double-quoted with backslash escapes), so a reference's name in a comment
// is text. Only `repositoryURL` at the object's own level counts; local
// (`XCLocalSwiftPackageReference`) packages are the project's code. No
// literals: the project file was never read for hosts and its strings are
// build settings.

import { maskCode } from "../../languages/mask.js";
import type { Detector, DetectOutput } from "../../types.js";
import { EvidenceSink, firstMajor } from "../common.js";

const ISA = /(?<![\w])isa[ \t]*=[ \t]*"?XCRemoteSwiftPackageReference"?[ \t]*;/g;
const URL_KEY = /(?<![\w])repositoryURL[ \t]*=[ \t]*/y;
const VERSION = /(?<![\w])(?:minimumVersion|version)[ \t]*=[ \t]*"?([0-9][0-9A-Za-z.+-]*)/;
const BARE = /[A-Za-z0-9_$/:.@~+-]+/y;

export const detectXcodeProject: Detector = ({ file, text, catalog }): DetectOutput => {
  const sink = new EvidenceSink(file.path, text, catalog);
  try {
    const masked = maskCode(text, "swift");
    const code = masked.code;
    for (const m of code.matchAll(ISA)) {
      const open = code.lastIndexOf("{", m.index);
      if (open < 0) continue;
      let depth = 0;
      let url: { value: string; offset: number } | undefined;
      let end = code.length;
      for (let i = open; i < code.length; i++) {
        const c = code[i]!;
        if (c === "{") depth++;
        else if (c === "}" && --depth === 0) {
          end = i;
          break;
        } else if (depth === 1 && c === "r" && !url) {
          URL_KEY.lastIndex = i;
          const key = URL_KEY.exec(code);
          if (!key) continue;
          const at = i + key[0].length;
          const s = masked.strings.get(at);
          if (s) url = { value: s.value, offset: s.contentStart };
          else {
            BARE.lastIndex = at;
            const bare = BARE.exec(code);
            if (bare) url = { value: bare[0], offset: at };
          }
        }
      }
      if (!url) continue;
      const version = VERSION.exec(code.slice(open, end))?.[1]; // unquoted, as Xcode writes it
      sink.add("swiftpm", url.value, url.offset, firstMajor(version));
    }
  } catch (err) {
    return { evidence: [], literals: [], diagnostics: [{ file: file.path, message: `could not parse project.pbxproj: ${(err as Error).message.split("\n")[0]}` }] };
  }
  return { evidence: sink.evidence, literals: [], diagnostics: [] };
};
