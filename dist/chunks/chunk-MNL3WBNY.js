import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);
import {
  MARKER,
  parseMarkers,
  redact,
  safeSnippet
} from "./chunk-OLPSZWNW.js";
import {
  WORD_START,
  escapeRegExp,
  jsPackageName,
  normalizePackage,
  require_dist,
  tokenRegExp
} from "./chunk-2YU2PO3X.js";
import {
  __commonJS,
  __toESM
} from "./chunk-EUDNGKAI.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module2) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER2 = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER2}(\\d+)${PLACEHOLDER2}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER2 || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER2}${sources.push(source) - 1}${PLACEHOLDER2}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run2, space) => space ? run2.slice(0, run2.length - run2.length % 2) + SPACE : run2,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str2) => index + 6 < str2.length ? str2.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last3 = source[source.length - 1];
          if (!last3 || last3 === TRAILING_WILDCARD || last3 === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last3 === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run2, at2) => {
      let separator = EMPTY;
      for (let index = at2 + 1; index < run2.length && !run2[index].wildcard; index++) {
        separator += run2[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run2 = [];
      const flush = () => {
        let lastWildcard;
        run2.forEach((token, at2) => {
          if (token.wildcard) {
            lastWildcard = at2;
          }
        });
        run2.forEach((token, at2) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at2 === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run2, at2)})[^\\/])*`;
        });
        run2 = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run2.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last3 = prefix[prefix.length - 1];
      return last3 === TRAILING_WILDCARD ? `${head}$` : last3 === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    };
    var parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str2 = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str2, "i") : new RegExp(str2);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str2) => {
      let count = 0;
      while (str2[str2.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last3 = body[body.length - 1];
      if (last3 === SPACE || stripLineEnd && (last3 === "\r" || last3 === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal2 = this._rules.testLiteral(path);
        return literal2.ignored || literal2.unignored ? literal2 : dir;
      }
      _t(path, cache) {
        if (path in cache) {
          return cache[path];
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths2) {
        return makeArray(paths2).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str2) => /^\\\\\?\\/.test(str2) || /["<>|\u0000-\u001F]+/u.test(str2) ? str2 : str2.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module2.exports = factory;
    factory.default = factory;
    module2.exports.isPathValid = isPathValid;
    define(module2.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/scan/files.ts
import { sep as sep2 } from "node:path";

// src/detect/positions.ts
var last;
function lineStarts(text) {
  if (last !== void 0 && last.text === text) return last.starts;
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  last = { text, starts };
  return starts;
}
function locate(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}
function positions(text) {
  const starts = lineStarts(text);
  return (offset) => locate(starts, offset);
}
function lineSnippet(text, starts, line, max = 160) {
  const start = starts[line - 1];
  if (start === void 0) return "";
  let end = text.indexOf("\n", start);
  if (end < 0) end = text.length;
  const s = text.slice(start, end).trim();
  return s.length > max ? `${s.slice(0, max - 1)}\u2026` : s;
}

// src/detect/types.ts
var SOURCE_KINDS = /* @__PURE__ */ new Set(["js", "vue", "python", "notebook", "go", "jvm", "csharp", "ruby", "php", "rust", "swift", "elixir", "dart", "code"]);
function literal(value, line, column, key) {
  return { value, line, column, key };
}
function snippetAt(text, line, max = 2e3) {
  const starts = lineStarts(text);
  if (line < 1 || line > starts.length) return "";
  const start = starts[line - 1];
  const end = line < starts.length ? starts[line] - 1 : text.length;
  const s = text.slice(start, Math.min(end, start + max * 4)).trim();
  return s.length > max ? `${s.slice(0, max - 1)}\u2026` : s;
}
function positionAt(text, offset) {
  return locate(lineStarts(text), offset);
}

// src/detect/analyze.ts
var BASE_URL_KEY = /^(?:base_?ur[li]|api_?base(?:_?url)?|endpoint(?:_?url)?|azure_?endpoint|api_?url|server_?url|host|base_?path|url|uri|[A-Z0-9_]*(?:BASE_URL|_ENDPOINT|_API_BASE|_HOST|_API_URL))$/i;
var REGION_KEY = /^(?:(?:set|with)_?)?(?:region|region_?name|aws_?region|location)$|^[A-Z0-9_]*_(?:REGION|LOCATION)$/i;
var MODEL_KEY = /^(?:with_?)?(?:model|model_?name|model_?id|modelId|deployment_?name|deployment|engine|llm_?model|[A-Z0-9_]*_MODEL(?:_NAME|_ID)?)$/i;
function keyTest(re) {
  const seen2 = /* @__PURE__ */ new Map();
  return (key) => {
    let v = seen2.get(key);
    if (v === void 0) {
      if (seen2.size >= 4096) seen2.clear();
      seen2.set(JSON.parse(JSON.stringify(key)), v = re.test(key));
    }
    return v;
  };
}
var isBaseUrlKey = keyTest(BASE_URL_KEY);
var isRegionKey = keyTest(REGION_KEY);
var isModelKey = keyTest(MODEL_KEY);
var URL = /(?<![a-z0-9+.-])(?:[a-z][a-z0-9+.-]{0,15}:\/\/)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d{1,5})?(\/[^\s"'`<>)\]}]*)?/gi;
var PLACEHOLDER_HINT = /[{$%]/;
var PLACEHOLDER = /\$\{\{[^{}]{0,200}\}\}|\$\{[^{}]{1,200}\}|\{\{[^{}]{0,200}\}\}|\{[^{}\s]{0,100}\}|%\([a-z_]{1,40}\)s|%[sv]|\$[A-Za-z_][A-Za-z0-9_]{0,60}/g;
var ANY_LABEL = "x--placeholder";
function analyzeLiterals(file, text, literals, catalog) {
  const evidence = [];
  const mentions = [];
  let litellm;
  const litellmConfig = () => litellm ??= text.includes("litellm_params") && /^[ \t-]*litellm_params[ \t]*:/m.test(text);
  for (const lit of literals) {
    const value = lit.value;
    if (value.length > 2048) continue;
    const envVendor = /^[A-Z][A-Z0-9_]{2,}$/.test(value) ? catalog.lookupEnv(value) : void 0;
    if (envVendor) {
      evidence.push({ kind: "env", file: file.path, line: lit.line, column: lit.column, vendor: envVendor, env: value, snippet: snippetAt(text, lit.line) });
      continue;
    }
    if (value.includes(".")) {
      const hostText = PLACEHOLDER_HINT.test(value) ? value.replace(PLACEHOLDER, ANY_LABEL) : value;
      URL.lastIndex = 0;
      for (let m = URL.exec(hostText); m; m = URL.exec(hostText)) {
        if (!m[0].includes("://") && /\s/.test(value)) continue;
        const hit = catalog.matchHost(m[1], m[2] ?? "");
        if (!hit) continue;
        const ev = {
          kind: "host",
          file: file.path,
          line: lit.line,
          column: lit.column,
          vendor: hit.vendor,
          // A run-time label shows as `*` (`bedrock-runtime.*.amazonaws.com`).
          host: hit.host.replaceAll(ANY_LABEL, "*"),
          snippet: snippetAt(text, lit.line)
        };
        if (hit.region && hit.region !== ANY_LABEL) ev.region = hit.region;
        if (lit.key && isBaseUrlKey(lit.key)) ev.role = "base-url";
        evidence.push(ev);
      }
    }
    if (lit.key && isModelKey(lit.key) && !(/^model_?name$/i.test(lit.key) && litellmConfig()) && /^[\w.:/@-]{2,100}$/.test(value) && /[a-z]/i.test(value)) {
      mentions.push({ file: file.path, line: lit.line, kind: "model", value });
    }
    if (lit.key && isRegionKey(lit.key) && catalog.isRegionName(value)) {
      mentions.push({ file: file.path, line: lit.line, kind: "region", value });
    }
  }
  return { evidence, mentions };
}

// src/detect/lexer.ts
var C = { line: ["//"], block: [["/*", "*/"]] };
var HASH = { line: ["#"], block: [] };
var SPECS = {
  go: { ...C, quotes: ['"', "`"], raw: ["`"] },
  java: { ...C, quotes: ['"""', '"'] },
  kt: { ...C, quotes: ['"""', '"'] },
  kts: { ...C, quotes: ['"""', '"'] },
  swift: { ...C, quotes: ['"""', '"'] },
  cs: { ...C, quotes: ['"""', '"'] },
  rs: { ...C, quotes: ['"'] },
  c: { ...C, quotes: ['"'] },
  cc: { ...C, quotes: ['"'] },
  cpp: { ...C, quotes: ['"'] },
  cxx: { ...C, quotes: ['"'] },
  h: { ...C, quotes: ['"'] },
  hpp: { ...C, quotes: ['"'] },
  m: { ...C, quotes: ['"'] },
  mm: { ...C, quotes: ['"'] },
  zig: { ...C, quotes: ['"'] },
  fs: { line: ["//"], block: [["(*", "*)"]], quotes: ['"""', '"'] },
  vb: { line: ["'"], block: [], quotes: ['"'] },
  scala: { ...C, quotes: ['"""', '"'] },
  groovy: { ...C, quotes: ['"""', "'''", '"', "'"] },
  gradle: { ...C, quotes: ['"""', "'''", '"', "'"] },
  dart: { ...C, quotes: ['"""', "'''", '"', "'"] },
  php: { line: ["//", "#"], block: [["/*", "*/"]], quotes: ['"', "'"] },
  rb: { ...HASH, block: [["=begin", "=end"]], quotes: ['"', "'"] },
  sh: { ...HASH, quotes: ['"', "'"] },
  bash: { ...HASH, quotes: ['"', "'"] },
  zsh: { ...HASH, quotes: ['"', "'"] },
  pl: { ...HASH, quotes: ['"', "'"] },
  r: { ...HASH, quotes: ['"', "'"] },
  jl: { ...HASH, block: [["#=", "=#"]], quotes: ['"""', '"'] },
  ex: { ...HASH, quotes: ['"""', '"'] },
  exs: { ...HASH, quotes: ['"""', '"'] },
  nim: { ...HASH, quotes: ['"""', '"'] },
  ps1: { line: ["#"], block: [["<#", "#>"]], quotes: ['"', "'"] },
  lua: { line: ["--"], block: [["--[[", "]]"]], quotes: ['"', "'"] },
  sql: { line: ["--"], block: [["/*", "*/"]], quotes: ["'"] },
  hs: { line: ["--"], block: [["{-", "-}"]], quotes: ['"'] },
  clj: { line: [";"], block: [], quotes: ['"'] },
  erl: { line: ["%"], block: [], quotes: ['"'] },
  ml: { line: [], block: [["(*", "*)"]], quotes: ['"'] },
  json: { ...C, quotes: ['"'] },
  jsonc: { ...C, quotes: ['"'] },
  json5: { ...C, quotes: ['"', "'"] },
  tf: { line: ["#", "//"], block: [["/*", "*/"]], quotes: ['"'] },
  tfvars: { line: ["#", "//"], block: [["/*", "*/"]], quotes: ['"'] },
  hcl: { line: ["#", "//"], block: [["/*", "*/"]], quotes: ['"'] },
  bicep: { ...C, quotes: ["'''", "'"] }
};
var LEX_EXTENSIONS = Object.keys(SPECS);
function lexSpecFor(path) {
  const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  return SPECS[ext];
}
var WORD = 1;
var NAME = 2;
var START = 4;
var CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  CLASS[c] = (/[\w$]/.test(ch) ? WORD : 0) | (/[\w$.-]/.test(ch) ? NAME : 0) | (/[A-Za-z_$]/.test(ch) ? START : 0);
}
var is = (c, cls) => c < 128 && (CLASS[c] & cls) !== 0;
function keyBefore(text, offset) {
  let j = offset - 1;
  const stop = Math.max(0, offset - 120);
  const skipSpace2 = () => {
    while (j >= stop && (text[j] === " " || text[j] === "	")) j--;
  };
  skipSpace2();
  if (j < stop) return void 0;
  const c = text[j];
  if (c === "(") {
    j--;
    skipSpace2();
  } else if (c === ":" || c === "=" || c === ">") {
    if (c === "=" && text[j - 1] === ":" || c === ">" && (text[j - 1] === "=" || text[j - 1] === "-")) j--;
    else if (c === ">") return void 0;
    j--;
    skipSpace2();
    if (text[j] === '"' || text[j] === "'") j--;
  } else {
    return void 0;
  }
  const end = j + 1;
  while (j >= stop && is(text.charCodeAt(j), NAME)) j--;
  let from = j + 1;
  while (from < end && !is(text.charCodeAt(from), START)) from++;
  if (from === end) return void 0;
  if (c === "=") {
    let k = j;
    while (k >= stop && (text[k] === " " || text[k] === "	" || text[k] === "&")) k--;
    if (k > stop && text[k] === ":" && text[k - 1] !== ":") {
      k--;
      while (k >= stop && (text[k] === " " || text[k] === "	")) k--;
      const typedEnd = k + 1;
      while (k >= stop && is(text.charCodeAt(k), WORD)) k--;
      if (k + 1 < typedEnd && is(text.charCodeAt(k + 1), START)) return text.slice(k + 1, typedEnd);
    }
  }
  let last3 = end;
  while (text.charCodeAt(last3 - 1) === 46) last3--;
  let first = last3 - 1;
  while (first > from && text.charCodeAt(first - 1) !== 46) first--;
  return text.slice(first, last3);
}
var compiled = /* @__PURE__ */ new WeakMap();
function compile(spec) {
  let c = compiled.get(spec);
  if (!c) {
    const all = [
      ...spec.block.map(([open, close]) => ({ kind: "block", open, close, stop: /$/, raw: false, single: false })),
      ...spec.line.map((open) => ({ kind: "line", open, close: "", stop: /$/, raw: false, single: false })),
      ...spec.quotes.map((q) => {
        const raw = spec.raw?.includes(q) ?? false;
        const single = q.length === 1 && q !== "`";
        const stop = new RegExp(`[${escapeRegExp(q[0])}${raw ? "" : "\\\\"}${single ? "\\n" : ""}]`, "g");
        return { kind: "quote", open: q, close: q, stop, raw, single };
      })
    ];
    const byText = /* @__PURE__ */ new Map();
    for (const o of all) if (!byText.has(o.open)) byText.set(o.open, o);
    const find = all.length ? new RegExp(all.map((o) => escapeRegExp(o.open)).join("|"), "g") : /(?!)/g;
    c = { find, byText };
    compiled.set(spec, c);
  }
  return c;
}
function extractLiterals(text, spec) {
  const out = [];
  const n = text.length;
  const { find, byText } = compile(spec);
  let lineNo = 1;
  let lineStart = 0;
  let nextNl = text.indexOf("\n");
  const position = (offset) => {
    while (nextNl >= 0 && nextNl < offset) {
      lineNo++;
      lineStart = nextNl + 1;
      nextNl = text.indexOf("\n", lineStart);
    }
    return { line: lineNo, column: offset - lineStart + 1 };
  };
  let i = 0;
  while (i < n) {
    find.lastIndex = i;
    const m = find.exec(text);
    if (!m) break;
    i = m.index;
    const o = byText.get(m[0]);
    if (o.kind === "block") {
      const end = text.indexOf(o.close, i + o.open.length);
      i = end < 0 ? n : end + o.close.length;
      continue;
    }
    if (o.kind === "line") {
      const end = text.indexOf("\n", i);
      i = end < 0 ? n : end;
      continue;
    }
    const q = o.open;
    let j = i + q.length;
    let value = "";
    let from = j;
    const stop = o.stop;
    for (; ; ) {
      stop.lastIndex = j;
      const s = stop.exec(text);
      if (!s) {
        j = n;
        break;
      }
      j = s.index;
      const c = text.charCodeAt(j);
      if (c === 92) {
        if (j + 1 < n) {
          value += text.slice(from, j) + text[j + 1];
          from = j + 2;
        }
        j += 2;
        continue;
      }
      if (c === 10) break;
      if (q.length === 1 || text.startsWith(q, j)) break;
      j++;
    }
    if (j > n) j = n;
    value += text.slice(from, j);
    const key = keyBefore(text, i);
    const at2 = position(i);
    out.push(literal(value, at2.line, at2.column, key || void 0));
    i = j < n && text.startsWith(q, j) ? j + q.length : j;
  }
  return out;
}

// src/detect/config.ts
function configLiterals(path, text) {
  const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  if (ext === "yml" || ext === "yaml") return yamlLiterals(text);
  if (ext === "xml") return xmlLiterals(text);
  if (ext === "toml" || ext === "ini" || ext === "cfg" || ext === "conf" || ext === "properties") return keyValueLiterals(text, ext);
  const spec = lexSpecFor(path);
  return spec ? extractLiterals(text, spec) : [];
}
function unquote(v) {
  const t = v.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0]) return t.slice(1, -1);
  return t;
}
var HASH2 = ["#"];
var YAML_PAIR = /^(\s*(?:-\s+)*)("[^"]*"|'[^']*'|[^\s:#'"][^:#]*?)\s*:(?:\s+|$)(.*)$/;
function yamlLiterals(text) {
  const out = [];
  const lines = text.split("\n");
  for (let idx = 0; idx < lines.length; idx++) {
    let raw = lines[idx];
    if (raw.endsWith("\r")) raw = raw.slice(0, -1);
    const line = stripHashComment(raw, HASH2);
    if (!line.trim() || line.trim() === "---") continue;
    const m = YAML_PAIR.exec(line);
    if (m) {
      const value = m[3].trim();
      if (!value || value === "|" || value === ">" || /^[|>][+-]?\d*$/.test(value)) continue;
      const col = m[1].length + m[2].length + line.slice(m[1].length + m[2].length).indexOf(value) + 1;
      out.push(literal(unquote(value), idx + 1, col, unquote(m[2])));
      continue;
    }
    const item = line.replace(/^\s*(?:-\s+)?/, "");
    out.push(literal(unquote(item), idx + 1, line.indexOf(item) + 1));
  }
  return out;
}
function keyValueLiterals(text, ext) {
  const markers = ext === "properties" ? ["#", "!"] : ext === "toml" ? ["#"] : ["#", ";"];
  const out = [];
  const lines = text.split("\n");
  for (let idx = 0; idx < lines.length; idx++) {
    const line = stripHashComment(lines[idx].replace(/\r$/, ""), markers);
    if (!line.trim() || /^\s*\[.*\]\s*$/.test(line)) continue;
    const m = /^\s*("[^"]*"|[^=:\s][^=:]*?)\s*[=:]\s*(.*)$/.exec(line);
    if (m) {
      const value = m[2].trim();
      if (value) out.push(literal(unquote(value), idx + 1, line.indexOf(value) + 1, unquote(m[1])));
    } else {
      out.push(literal(unquote(line), idx + 1, line.search(/\S/) + 1));
    }
  }
  return out;
}
function xmlLiterals(text) {
  const clean = text.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, " "));
  const out = [];
  const lineAt = positions(clean);
  for (const m of clean.matchAll(/(?<![\w:.-])([\w:.-]+)\s*=\s*"([^"]*)"/g)) {
    out.push({ value: m[2], ...lineAt(m.index + m[0].indexOf('"') + 1), key: m[1] });
  }
  for (const m of clean.matchAll(/<([\w:.-]+)[^>]*>([^<]+)</g)) {
    const value = m[2].trim();
    if (value) out.push({ value, ...lineAt(m.index + m[0].indexOf(m[2])), key: m[1] });
  }
  return out;
}
function stripHashComment(line, markers) {
  let marked = false;
  for (const m of markers) if (line.includes(m)) marked = true;
  if (!marked) return line;
  let quote;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = void 0;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      continue;
    }
    if (markers.includes(c) && (i === 0 || /\s/.test(line[i - 1]))) return line.slice(0, i);
  }
  return line;
}

// src/detect/endpoints.ts
var LOCAL_URL = /(?<![\w.@/-])(?:(https?|wss?):\/\/)?(localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|host\.docker\.internal|[a-z][a-z0-9-]{0,62}):(\d{2,5})(?![\d])(\/[^\s"'`<>)\]}]*)?/gi;
var PORT = /:\d\d/;
var LOOPBACK = /* @__PURE__ */ new Set(["localhost", "127.0.0.1", "0.0.0.0", "[::1]", "host.docker.internal"]);
var SDK_BASE_KEY = /^(?:base_?url|api_?base(?:_?url)?|base_?path|openai_?api_?base|[A-Z0-9_]*_BASE_URL|[A-Z0-9_]*_API_BASE)$/i;
var isSdkBaseKey = keyTest(SDK_BASE_KEY);
var ABSOLUTE = /^https?:\/\/([a-z0-9.-]+|\[[0-9a-f:]+\])(?::(\d{1,5}))?(\/[^\s?#]*)?(?:[?#]\S*)?$/i;
var PLACEHOLDER_HOST = /(?:^|\.)(?:example\.(?:com|org|net)|test|invalid|localhost\.localdomain)$|your|xxx|<|\{|\$/i;
function detectEndpoints(file, text, literals, code, catalog) {
  const { byPort } = catalog.selectors;
  const out = [];
  const sdkInFile = !SOURCE_KINDS.has(file.kind) || code.some((e) => e.kind === "import" && (e.vendor !== void 0 || e.framework !== void 0));
  for (const lit of literals) {
    const value = lit.value;
    if (value.length > 2048 || !value.includes(":")) continue;
    const baseUrl = lit.key !== void 0 && isBaseUrlKey(lit.key);
    const sdkBase = sdkInFile && lit.key !== void 0 && isSdkBaseKey(lit.key);
    let local = false;
    if (byPort.size > 0 && PORT.test(value)) {
      LOCAL_URL.lastIndex = 0;
      for (let m2 = LOCAL_URL.exec(value); m2; m2 = LOCAL_URL.exec(value)) {
        const [, scheme, rawHost, portText, path = ""] = m2;
        const host2 = rawHost.toLowerCase();
        const endpoints = byPort.get(Number(portText));
        if (!endpoints) continue;
        const loopback = LOOPBACK.has(host2);
        if (!loopback && !scheme) continue;
        const hit = endpoints.find((e2) => fits(e2, loopback, sdkBase, path));
        if (!hit) continue;
        local = true;
        const e = { kind: "host", file: file.path, line: lit.line, column: lit.column, host: `${host2}:${portText}`, snippet: snippetAt(text, lit.line) };
        if (hit.vendor) e.vendor = hit.vendor;
        if (hit.framework) e.framework = hit.framework;
        if (baseUrl && (hit.vendor === void 0 || catalog.lookupEnv(lit.key) !== hit.vendor)) e.role = "base-url";
        out.push(e);
      }
    }
    if (local || !sdkBase) continue;
    const m = ABSOLUTE.exec(value.trim());
    if (!m) continue;
    const host = m[1].toLowerCase();
    if (PLACEHOLDER_HOST.test(host) || !host.includes(".") && !LOOPBACK.has(host)) continue;
    if (catalog.matchHost(host, m[3] ?? "")) continue;
    out.push({ kind: "host", file: file.path, line: lit.line, column: lit.column, host: m[2] ? `${host}:${m[2]}` : host, role: "base-url", snippet: snippetAt(text, lit.line) });
  }
  return out;
}
function fits(e, loopback, sdkBase, rawPath) {
  if (!loopback && !e.anyHost) return false;
  if (e.anyHost || sdkBase && e.baseUrl) return true;
  let path = rawPath;
  const q = path.search(/[?#]/);
  if (q >= 0) path = path.slice(0, q);
  let end = path.length;
  while (end > 0 && path[end - 1] === "/") end--;
  path = path.slice(0, end);
  return e.paths.some((p) => path === p || p.lastIndexOf("/") > 0 && path.startsWith(`${p}/`));
}

// src/detect/env-file.ts
var LINE = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(.*)$/;
function detectEnvFile({ file, text, catalog }) {
  const evidence = [];
  const literals = [];
  const lines = text.split("\n");
  for (let idx = 0; idx < lines.length; idx++) {
    const line = lines[idx].replace(/\r$/, "");
    if (/^\s*#/.test(line)) continue;
    const m = LINE.exec(line);
    if (!m) continue;
    const name = m[2];
    const column = m[1].length + 1;
    const vendor = catalog.lookupEnv(name);
    if (vendor) {
      evidence.push({ kind: "env", file: file.path, line: idx + 1, column, vendor, env: name, snippet: line.trim() });
    }
    let value = m[3].trim();
    const q = value[0];
    if (q === '"' || q === "'") {
      const end = value.indexOf(q, 1);
      value = end > 0 ? value.slice(1, end) : value.slice(1);
    } else {
      const hash = value.search(/\s#/);
      if (hash >= 0) value = value.slice(0, hash).trimEnd();
    }
    if (value) literals.push(literal(value, idx + 1, line.indexOf(m[3]) + 1, name));
  }
  return { evidence, literals, diagnostics: [] };
}

// src/detect/gateways.ts
function detectGateways(file, text, literals, fileEvidence, catalog) {
  const out = [];
  const { routing, routers } = gatewaySets(catalog);
  const gateways = /* @__PURE__ */ new Map();
  for (const e of fileEvidence) {
    if (e.vendor && routing.has(e.vendor) && !gateways.has(e.vendor)) gateways.set(e.vendor, e.kind);
    if (e.framework && routing.has(e.framework) && !gateways.has(e.framework)) gateways.set(e.framework, e.kind);
  }
  let litellmChecked = false;
  const addLitellm = () => {
    if (litellmChecked) return;
    litellmChecked = true;
    if (routing.has("litellm") && !gateways.has("litellm") && text.includes("litellm_params") && /^\s*litellm_params\s*:/m.test(text)) gateways.set("litellm", "iac");
  };
  for (const lit of literals) {
    const value = lit.value;
    if (value.length > 300) continue;
    const at2 = () => ({ file: file.path, line: lit.line, column: lit.column, snippet: snippetAt(text, lit.line) });
    if (value.includes("/")) for (const [host, gateway, prefix] of routers) {
      let from = value.indexOf(prefix);
      while (from >= 0) {
        const segment = /^([a-z0-9-]+)\//.exec(value.slice(from + host.length + 1))?.[1];
        const vendor = segment ? catalog.iac.gatewayRoute(gateway, segment) : void 0;
        if (vendor) out.push({ kind: "host", ...at2(), vendor, host, via: gateway });
        from = value.indexOf(prefix, from + host.length);
      }
    }
    const keyed = lit.key !== void 0 && isModelKey2(lit.key);
    if (!keyed && (lit.key !== void 0 || !value.includes("/"))) continue;
    if (!/^[\w.:/@-]{3,200}$/.test(value)) continue;
    addLitellm();
    if (!keyed && gateways.size === 0) continue;
    let routed = false;
    for (const [gateway, kind] of gateways) {
      const hit = route(catalog, gateway, value);
      if (!hit || !keyed && !catalog.matchesModel(hit.vendor, hit.model)) continue;
      routed = true;
      const e = { kind, ...at2(), vendor: hit.vendor, via: hit.via, model: hit.model };
      const geo2 = catalog.modelGeo(hit.model);
      const region = geo2?.vendor === hit.vendor ? geo2.region : litellmAwsRegion(literals, lit, hit.vendor, catalog);
      if (region) e.region = region;
      out.push(e);
      break;
    }
    const geo = !routed && keyed ? catalog.modelGeo(value) : void 0;
    const geoKind = geo && fileEvidence.find((e) => e.vendor === geo.vendor)?.kind;
    if (geo && geoKind) out.push({ kind: geoKind, ...at2(), vendor: geo.vendor, region: geo.region, model: value });
  }
  return out;
}
var gatewaySetsOf = /* @__PURE__ */ new WeakMap();
function gatewaySets(catalog) {
  let sets = gatewaySetsOf.get(catalog);
  if (!sets) {
    const pathRouted = new Set(catalog.iac.pathRouters.values());
    sets = {
      routing: new Set(catalog.iac.gateways.filter((g) => !pathRouted.has(g))),
      routers: [...catalog.iac.pathRouters].map(([host, gateway]) => [host, gateway, `${host}/`])
    };
    gatewaySetsOf.set(catalog, sets);
  }
  return sets;
}
function litellmAwsRegion(literals, model, vendor, catalog) {
  if (!catalog.vendors.get(vendor)?.["region-pattern"]) return void 0;
  let start = -1;
  let end = Infinity;
  for (const l of literals) {
    if (l.key === void 0 || !/^model_?name$/i.test(l.key)) continue;
    if (l.line <= model.line) start = Math.max(start, l.line);
    else end = Math.min(end, l.line);
  }
  const region = literals.find((l) => l.key === "aws_region_name" && l.line > start && l.line < end);
  return region && catalog.regionFits(vendor, region.value) ? region.value : void 0;
}
var MODEL_KEY2 = /^(?:model|model_?name|model_?id|modelId|llm_?model|[A-Z0-9_]*_MODEL(?:_NAME|_ID)?)$/i;
var isModelKey2 = keyTest(MODEL_KEY2);
function route(catalog, gateway, value, depth = 0) {
  const slash = value.indexOf("/");
  if (slash <= 0 || depth > 2) return void 0;
  const vendor = catalog.iac.gatewayRoute(gateway, value.slice(0, slash));
  if (!vendor) return void 0;
  let model = value.slice(slash + 1);
  if (vendor === "aws-bedrock") model = model.replace(/^(?:converse|invoke|converse_like)\//, "");
  if (!model) return void 0;
  if (vendor !== gateway && catalog.iac.gateways.includes(vendor)) {
    const next = route(catalog, vendor, model, depth + 1);
    if (next) return next;
  }
  return { vendor, via: gateway, model };
}

// src/detect/manifests/evidence.ts
function targetEvidence(kind, file, pos, ecosystem, target, snippet) {
  const e = { kind, file, line: pos.line, column: pos.column, ecosystem, package: target.name, snippet };
  if (target.vendor) e.vendor = target.vendor;
  if (target.framework) e.framework = target.framework;
  return e;
}
function targetKey(t) {
  return `${t.vendor ?? ""}|${t.framework ?? ""}|${t.name}`;
}
function manifestTargets(targets) {
  const seen2 = /* @__PURE__ */ new Set();
  return targets.filter((t) => {
    if (t.requiresLiteral && t.requiresLiteral.length > 0) return false;
    const k = targetKey(t);
    if (seen2.has(k)) return false;
    seen2.add(k);
    return true;
  });
}
function diagnostic(file, what, err) {
  const message = err instanceof Error ? err.message : String(err);
  return { file, message: `${what}: ${message.split("\n")[0]}` };
}

// src/detect/iac/common.ts
function makeEvidence(kind, file, text, f) {
  const e = { kind, file, line: f.line, column: f.column, vendor: f.vendor, snippet: snippetAt(text, f.line) };
  if (f.env) e.env = f.env;
  if (f.host) e.host = f.host;
  if (f.resource) e.resource = f.resource;
  if (f.action) e.action = f.action;
  if (f.region) e.region = f.region;
  if (f.model) e.model = f.model;
  if (f.via) e.via = f.via;
  return e;
}
function modelLiteral(value, line, column) {
  return { value, line, column, key: "model" };
}
function blankComments(text, opts) {
  const out = text.split("");
  const n = text.length;
  let i = 0;
  const blank3 = (from, to) => {
    for (let k = from; k < to && k < n; k++) if (out[k] !== "\n") out[k] = " ";
  };
  while (i < n) {
    const c = text[i];
    if (opts.quotes.includes(c)) {
      let j = i + 1;
      while (j < n && text[j] !== c && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
      i = j + 1;
      continue;
    }
    if (opts.hash && c === "#" || opts.slash && c === "/" && text[i + 1] === "/") {
      let j = text.indexOf("\n", i);
      if (j < 0) j = n;
      blank3(i, j);
      i = j;
      continue;
    }
    if (opts.block && c === "/" && text[i + 1] === "*") {
      let j = text.indexOf("*/", i + 2);
      j = j < 0 ? n : j + 2;
      blank3(i, j);
      i = j;
      continue;
    }
    i++;
  }
  return out.join("");
}
var stripHash = (line) => stripHashComment(line, ["#"]);
function parseBedrockArn(value) {
  const m = /^arn:aws[\w-]*:bedrock:([a-z0-9-]*):[^:]*:([\w-]+)\/(.+)$/.exec(value);
  if (!m) return {};
  const out = {};
  if (m[1]) out.region = m[1];
  if (m[2] === "foundation-model" || m[2] === "inference-profile") out.model = m[3];
  return out;
}
function modelAndRegion(value) {
  if (!value) return {};
  if (value.startsWith("arn:")) return parseBedrockArn(value);
  return /^[\w.:/@-]{2,120}$/.test(value) ? { model: value } : {};
}
var YAML_KEY = /^(\s*)(?:-\s+)?(["']?)([A-Za-z_][A-Za-z0-9_]*)\2\s*:(?:\s|$)/;
function yamlEnvNames(text, catalog) {
  const out = [];
  const lines = text.split("\n");
  let blockIndent = -1;
  for (let idx = 0; idx < lines.length; idx++) {
    const raw = lines[idx].replace(/\r$/, "");
    if (!raw.trim()) continue;
    const indent = raw.length - raw.trimStart().length;
    if (blockIndent >= 0) {
      if (indent > blockIndent) continue;
      blockIndent = -1;
    }
    const line = stripHash(raw);
    if (/:\s*[|>][+-]?\d*\s*$/.test(line)) blockIndent = indent;
    const key = YAML_KEY.exec(line);
    if (key && /^[A-Z][A-Z0-9_]{2,}$/.test(key[3])) {
      const vendor = catalog.lookupEnv(key[3]);
      if (vendor) out.push({ name: key[3], vendor, line: idx + 1, column: line.indexOf(key[3]) + 1 });
      continue;
    }
    const item = /^(\s*-\s+)(["']?)([A-Z][A-Z0-9_]{2,})=/.exec(line);
    if (item) {
      const vendor = catalog.lookupEnv(item[3]);
      if (vendor) out.push({ name: item[3], vendor, line: idx + 1, column: item[1].length + item[2].length + 1 });
    }
  }
  return out;
}
function withoutEnvRepeats(literals, reported) {
  if (reported.length === 0) return literals;
  const seen2 = new Set(reported.map((r) => `${r.line}:${r.name}`));
  return literals.filter((l) => !seen2.has(`${l.line}:${l.value}`));
}

// src/detect/manifests/pypi/pep508.ts
var NAME2 = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;
var ARCHIVE = /^([A-Za-z0-9](?:[A-Za-z0-9._]*[A-Za-z0-9])?)-(\d[^-/]*?)(?:-[^/]*)?\.(?:whl|tar\.gz|tar\.bz2|tar\.xz|zip|tgz)$/i;
function pep440Major(spec) {
  const majors = /* @__PURE__ */ new Set();
  for (const clause of spec.split(",")) {
    const m = /^\s*(===|==|~=|>=|>)\s*v?(\d+)/.exec(clause);
    if (m) majors.add(String(Number(m[2])));
  }
  return majors.size === 1 ? [...majors][0] : majors.size > 1 ? String(Math.min(...[...majors].map(Number))) : void 0;
}
function constraintMajor(spec) {
  const s = spec.trim();
  if (s === "" || s === "*") return void 0;
  if (/\|\|?/.test(s)) {
    const alts = s.split(/\|\|?/).map(constraintMajor);
    return alts.every((a) => a !== void 0 && a === alts[0]) ? alts[0] : void 0;
  }
  const bare = /^(?:\^|~(?!=)|=(?!=))?\s*v?(\d+)/.exec(s);
  if (bare) return String(Number(bare[1]));
  return pep440Major(s);
}
function fromUrl(s) {
  const egg = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(s);
  if (egg) {
    const name = egg[1].replace(/-\d.*$/, "");
    return { name, offset: egg.index + egg[0].length - egg[1].length };
  }
  const path = s.replace(/[?#].*$/, "");
  const slash = path.lastIndexOf("/");
  const base = path.slice(slash + 1);
  const archive = ARCHIVE.exec(base);
  if (archive) {
    const major = /^\d+/.exec(archive[2])?.[0];
    const r = { name: archive[1], offset: slash + 1 };
    if (major !== void 0) r.major = String(Number(major));
    return r;
  }
  return void 0;
}
var isUrlOrPath = (s) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || /^(?:git|hg|svn|bzr)\+/i.test(s) || /^(?:\.{1,2}[/\\]|\.$|\/|~|[A-Za-z]:[/\\])/.test(s) || /^file:/i.test(s);
function parseRequirement(input) {
  const lead = input.length - input.trimStart().length;
  const s = input.trim();
  if (s === "") return void 0;
  if (isUrlOrPath(s)) {
    const r2 = fromUrl(s);
    return r2 && { ...r2, offset: r2.offset + lead };
  }
  const m = NAME2.exec(s);
  if (!m) return void 0;
  let rest = s.slice(m[0].length);
  const after = rest.trimStart();
  if (after !== "" && !/^[[(<>=!~;@,]/.test(after) && !/^\s/.test(rest)) return void 0;
  rest = after.replace(/^\[[^\]]*\]\s*/, "");
  if (rest.startsWith("@")) return { name: m[0], offset: lead };
  const spec = rest.split(";")[0].replace(/^\(|\)\s*$/g, "");
  const r = { name: m[0], offset: lead };
  const major = pep440Major(spec);
  if (major !== void 0) r.major = major;
  return r;
}

// src/detect/python/pip-magic.ts
var WITH_VALUE = /* @__PURE__ */ new Set([
  "-r",
  "--requirement",
  "-c",
  "--constraint",
  "-i",
  "--index-url",
  "--extra-index-url",
  "-f",
  "--find-links",
  "-t",
  "--target",
  "--prefix",
  "--root",
  "--platform",
  "--python-version",
  "--implementation",
  "--abi",
  "--src",
  "--no-binary",
  "--only-binary",
  "--progress-bar",
  "--cache-dir",
  "--log",
  "--proxy",
  "--retries",
  "--timeout",
  "--trusted-host",
  "--upgrade-strategy",
  "--config-settings",
  "-C",
  "--global-option",
  "--install-option",
  "--python",
  "-p",
  "--group",
  "--extra",
  "--index",
  "--default-index",
  "--optional",
  "--dev-group",
  "--exclude-newer",
  "--report",
  "--cert",
  "--client-cert",
  "--keyring-provider",
  "--use-feature",
  "--use-deprecated",
  "--format"
]);
function shellWords(line) {
  const commands = [[]];
  let i = 0;
  const n = line.length;
  while (i < n) {
    const c = line[i];
    if (c === " " || c === "	") {
      i++;
      continue;
    }
    if (c === "#") break;
    if (c === ";" || c === "|" || c === "&") {
      commands.push([]);
      i += line[i + 1] === c ? 2 : 1;
      continue;
    }
    let text = "";
    let offset = -1;
    let quoted = false;
    while (i < n && !/[ \t;|&]/.test(line[i])) {
      const d = line[i];
      if (d === "'" || d === '"') {
        quoted = true;
        const close = line.indexOf(d, i + 1);
        const end = close < 0 ? n : close;
        if (offset < 0) offset = i + 1;
        text += line.slice(i + 1, end);
        i = end + 1;
        continue;
      }
      if (d === "\\" && i + 1 < n) {
        if (offset < 0) offset = i + 1;
        text += line[i + 1];
        i += 2;
        continue;
      }
      if (offset < 0) offset = i;
      text += d;
      i++;
    }
    commands[commands.length - 1].push({ text, offset: offset < 0 ? i : offset, quoted });
  }
  return commands;
}
function pipInstallRequirements(line) {
  const body = line.replace(/^(\s*)[!%]/, "$1 ");
  const out = [];
  for (const words of shellWords(body)) {
    const commandPosition = (idx) => idx === 0 || ["-m", "uv", "sudo"].includes(words[idx - 1].text);
    let k = words.findIndex(
      (w, idx) => /(?:^|[/\\])pip(?:\d+(?:\.\d+)*)?$/.test(w.text) && words[idx + 1]?.text === "install" && commandPosition(idx)
    );
    if (k >= 0) k += 2;
    else {
      const uv = words.findIndex((w, idx) => /(?:^|[/\\])uv$/.test(w.text) && words[idx + 1]?.text === "add" && commandPosition(idx));
      if (uv < 0) continue;
      k = uv + 2;
    }
    for (; k < words.length; k++) {
      const w = words[k];
      if (/[$]|\{.*\}/.test(w.text)) continue;
      if (w.text.startsWith("-")) {
        if (w.text === "-e" || w.text === "--editable") {
          const next = words[++k];
          const r2 = next && parseRequirement(next.text);
          if (r2) out.push({ ...r2, offset: r2.offset + next.offset });
          continue;
        }
        if (WITH_VALUE.has(w.text)) k++;
        continue;
      }
      const r = parseRequirement(w.text);
      if (r) out.push({ ...r, offset: r.offset + w.offset });
    }
  }
  return out;
}

// src/detect/iac/run-installs.ts
var NPM_INSTALL = /^(?:npm|pnpm|yarn|bun)$/;
var NPM_VERBS = /* @__PURE__ */ new Set(["install", "i", "add"]);
function runInstalls(command) {
  const out = pipInstallRequirements(command).map((r) => ({
    ecosystem: "pypi",
    name: r.name,
    offset: r.offset,
    ...r.major !== void 0 ? { major: r.major } : {}
  }));
  const words = [...command.matchAll(/[^\s;&|]+|[;&|]+/g)].map((m) => ({ text: m[0], offset: m.index }));
  for (let i = 0; i < words.length; i++) {
    if (!NPM_INSTALL.test(words[i].text)) continue;
    let j = i + 1;
    while (j < words.length && (words[j].text.startsWith("-") || words[j].text === "global")) j++;
    if (!NPM_VERBS.has(words[j]?.text ?? "")) continue;
    for (j++; j < words.length && !/^[;&|]+$/.test(words[j].text); j++) {
      const w = words[j].text.replace(/^["']|["']$/g, "");
      if (w.startsWith("-") || /[$`{}]/.test(w)) continue;
      const m = /^((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*)(?:@[^\s]*)?$/i.exec(w);
      if (!m || /[/:]/.test(w.slice(m[1].length)) || w.includes("://")) continue;
      const quote = /^["']/.test(words[j].text) ? 1 : 0;
      out.push({ ecosystem: "npm", name: m[1].toLowerCase(), offset: words[j].offset + quote });
    }
  }
  return out;
}

// src/detect/iac/containers.ts
var detectContainer = ({ file, text, catalog }) => {
  const lower = file.path.toLowerCase();
  return /\.ya?ml$/.test(lower) ? detectCompose(file.path, text, catalog) : detectDockerfile(file.path, text, catalog);
};
function imageEvidence(path, text, literals, catalog) {
  const out = [];
  for (const l of literals) {
    if (l.key !== "image" && l.key !== "repository") continue;
    const hit = catalog.iac.lookupImage(l.value);
    if (hit) out.push(makeEvidence("iac", path, text, { vendor: hit.vendor, line: l.line, column: l.column, resource: l.value }));
  }
  return out;
}
function yamlEnvEvidence(path, text, literals, catalog) {
  const names2 = yamlEnvNames(text, catalog);
  const evidence = names2.map((n) => makeEvidence("env", path, text, { vendor: n.vendor, line: n.line, column: n.column, env: n.name }));
  return { evidence, literals: withoutEnvRepeats(literals, names2) };
}
function detectCompose(path, text, catalog) {
  const literals = configLiterals(path, text);
  const env = yamlEnvEvidence(path, text, literals, catalog);
  return { evidence: [...imageEvidence(path, text, literals, catalog), ...env.evidence], literals: env.literals, diagnostics: [] };
}
function placeOf(lines, from, to, name) {
  for (let k = from; k <= to; k++) {
    const c = lines[k].toLowerCase().indexOf(name.toLowerCase());
    if (c >= 0 && !/^\s*#/.test(lines[k])) return { line: k + 1, column: c + 1 };
  }
  return { line: from + 1, column: 1 };
}
function detectDockerfile(path, text, catalog) {
  const evidence = [];
  const literals = [];
  const lines = text.split("\n");
  const stages = /* @__PURE__ */ new Set();
  for (let idx = 0; idx < lines.length; idx++) {
    const start = idx;
    let line = lines[idx].replace(/\r$/, "");
    if (/^\s*#/.test(line)) continue;
    while (/\\\s*$/.test(line) && idx + 1 < lines.length) {
      idx++;
      const next = lines[idx].replace(/\r$/, "");
      line = line.replace(/\\\s*$/, " ") + (/^\s*#/.test(next) ? "" : next);
    }
    const m = /^\s*([A-Za-z]+)\s+(.*)$/.exec(line);
    if (!m) continue;
    const instr = m[1].toUpperCase();
    const args = m[2];
    const lineNo = start + 1;
    const raw = lines[start];
    const col = (s) => Math.max(1, raw.indexOf(s) + 1);
    if (instr === "FROM") {
      const f = /^(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/i.exec(args);
      if (!f) continue;
      if (f[2]) stages.add(f[2].toLowerCase());
      const hit = stages.has(f[1].toLowerCase()) ? void 0 : catalog.iac.lookupImage(f[1]);
      if (hit) evidence.push(makeEvidence("iac", path, text, { vendor: hit.vendor, line: lineNo, column: col(f[1]), resource: f[1] }));
    } else if (instr === "COPY" || instr === "ADD") {
      const from = /--from=(\S+)/.exec(args)?.[1];
      const hit = from && !stages.has(from.toLowerCase()) && !/^\d+$/.test(from) ? catalog.iac.lookupImage(from) : void 0;
      if (hit) evidence.push(makeEvidence("iac", path, text, { vendor: hit.vendor, line: lineNo, column: col(from), resource: from }));
    } else if (instr === "ENV" || instr === "ARG") {
      const pairs = /^[A-Za-z_]\w*\s+[^=]*$/.test(args.trim()) && instr === "ENV" ? [[args.trim().split(/\s+/)[0], args.trim().replace(/^\S+\s+/, "")]] : [...stripHash(args).matchAll(/([A-Za-z_]\w*)(?:=("[^"]*"|'[^']*'|\S*))?/g)].map((p) => [p[1], p[2] ?? ""]);
      for (const [name, value] of pairs) {
        const vendor = catalog.lookupEnv(name);
        if (vendor) evidence.push(makeEvidence("env", path, text, { vendor, line: lineNo, column: col(name), env: name }));
        const v = value.replace(/^["']|["']$/g, "");
        if (v) literals.push({ value: v, line: lineNo, column: col(v), key: name });
      }
    } else if (instr === "RUN") {
      for (const u of args.matchAll(/(?<![a-z0-9+.-])[a-z][a-z0-9+.-]{0,31}:\/\/[^\s"'`]+/gi)) literals.push({ value: u[0], line: lineNo, column: col(u[0]) });
      for (const inst of runInstalls(args)) {
        const at2 = placeOf(lines, start, idx, inst.name);
        for (const target of manifestTargets(catalog.lookupPackage(inst.ecosystem, inst.name, inst.major))) {
          evidence.push(targetEvidence("dependency", path, at2, inst.ecosystem, target, lines[at2.line - 1].trim()));
        }
      }
    }
  }
  return { evidence, literals, diagnostics: [] };
}

// src/detect/iac/helm.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/detect/iac/azure.ts
function evidenceFor(path, text, list, catalog) {
  const evidence = [];
  const literals = [];
  const ok = (r, t) => Object.entries(t.where ?? {}).every(([attr3, allowed]) => {
    const v = r.props.get(attr3);
    return v !== void 0 && allowed.some((a) => a.toLowerCase() === v.toLowerCase());
  });
  for (const r of list) {
    const vendors = [...new Set(catalog.iac.lookupIac("arm", r.type).filter((t) => ok(r, t)).map((t) => t.vendor))];
    if (vendors.length === 0) continue;
    let region;
    for (let p = r; p && !region; p = p.parent) region = p.props.get("location");
    const model = modelAndRegion(r.props.get("model")).model;
    for (const vendor of vendors) evidence.push(makeEvidence("iac", path, text, { vendor, line: r.line, column: r.column, region, model, resource: r.type }));
    if (model) literals.push(modelLiteral(model, r.line, r.column));
  }
  return { evidence, literals };
}
function looksLikeArm(text) {
  return /Microsoft\.[A-Za-z]+\//i.test(text) && text.includes('"resources"');
}
function armEvidence(path, text, catalog) {
  let doc;
  try {
    doc = JSON.parse(blankComments(text, { slash: true, block: true, quotes: ['"'] }));
  } catch (err) {
    return { evidence: [], literals: [], diagnostics: [{ file: path, message: `could not parse: ${err.message}` }] };
  }
  if (!doc || typeof doc !== "object" || !Array.isArray(doc.resources)) {
    return { evidence: [], literals: [], diagnostics: [] };
  }
  const params = doc.parameters ?? {};
  const resolve = (v) => {
    if (typeof v !== "string") return void 0;
    const p = /^\[parameters\('([^']+)'\)\]$/.exec(v);
    if (p) {
      const d = params[p[1]]?.defaultValue;
      return typeof d === "string" && !d.startsWith("[") ? d : void 0;
    }
    return v.startsWith("[") ? void 0 : v;
  };
  const at2 = positions(text);
  let cursor = 0;
  const list = [];
  const walk2 = (resources, parent) => {
    for (const raw of resources) {
      if (!raw || typeof raw !== "object") continue;
      const r = raw;
      if (typeof r.type !== "string") continue;
      const type = parent && !r.type.includes("/") ? `${parent.type}/${r.type}` : r.type;
      const found = text.slice(cursor).search(new RegExp(`"type"\\s*:\\s*${JSON.stringify(r.type).replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}`));
      const offset = found >= 0 ? cursor + found : cursor;
      cursor = offset + 1;
      const res = {
        type,
        props: /* @__PURE__ */ new Map([
          ["kind", resolve(r.kind)],
          ["location", resolve(r.location)],
          ["model", resolve(r.properties?.model?.name)]
        ]),
        ...at2(offset)
      };
      if (parent) res.parent = parent;
      list.push(res);
      if (Array.isArray(r.resources)) walk2(r.resources, res);
    }
  };
  walk2(doc.resources, void 0);
  return { ...evidenceFor(path, text, list, catalog), diagnostics: [] };
}
var BICEP_RESOURCE = /\bresource\s+([A-Za-z_]\w*)\s+'([^'@]+)@[^']*'\s+(existing\s+)?=\s*(?:\[\s*for\b[^\n]*?:\s*)?(?:if\s*\([^\n]*?\)\s*)?\{/g;
function bicepEvidence(path, text, catalog) {
  const clean = blankComments(text, { slash: true, block: true, quotes: ["'"] });
  const params = /* @__PURE__ */ new Map();
  for (const m of clean.matchAll(/^\s*(?:param|var)\s+([A-Za-z_]\w*)\s+(?:\w+\s+)?=\s*'([^'$]*)'\s*$/gm)) params.set(m[1], m[2]);
  const value = (body, key) => {
    const m = new RegExp(`^\\s*${key}\\s*:\\s*(?:'([^'$]*)'|([A-Za-z_]\\w*))\\s*$`, "m").exec(body);
    if (!m) return void 0;
    return m[1] ?? params.get(m[2]);
  };
  const at2 = positions(text);
  const bySymbol = /* @__PURE__ */ new Map();
  const spans = [];
  const list = [];
  for (const m of clean.matchAll(BICEP_RESOURCE)) {
    const open = m.index + m[0].length - 1;
    const end = matchBrace(clean, open);
    const body = topLevel(clean.slice(open + 1, end));
    const outer = spans.filter((s) => s.start < m.index && m.index < s.end).pop();
    const parentSym = /^\s*parent\s*:\s*([A-Za-z_]\w*)\s*$/m.exec(body)?.[1];
    const parent = outer?.res ?? (parentSym ? bySymbol.get(parentSym) : void 0);
    const type = outer && !m[2].includes(".") ? `${outer.res.type}/${m[2]}` : m[2];
    const modelBlock = /\bmodel\s*:\s*\{([^{}]*)\}/.exec(clean.slice(open + 1, end))?.[1] ?? "";
    const res = {
      type,
      props: /* @__PURE__ */ new Map([
        ["kind", value(body, "kind")],
        ["location", value(body, "location")],
        ["model", value(modelBlock, "name")]
      ]),
      ...at2(m.index)
    };
    if (parent) res.parent = parent;
    bySymbol.set(m[1], res);
    spans.push({ start: open, end, res });
    if (!m[3]) list.push(res);
  }
  return { ...evidenceFor(path, text, list, catalog), diagnostics: [] };
}
function matchBrace(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === "'") {
      const j = text.indexOf("'", i + 1);
      if (j < 0) return text.length;
      i = j;
    } else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i;
  }
  return text.length;
}
function topLevel(body) {
  let depth = 0;
  let out = "";
  for (const c of body) {
    if (c === "{") depth++;
    out += depth > 0 && c !== "\n" ? " " : c;
    if (c === "}") depth--;
  }
  return out;
}

// src/detect/iac/cloudformation.ts
var import_yaml = __toESM(require_dist(), 1);
var MODEL_PROPS = ["FoundationModel", "ModelId", "BaseModelIdentifier", "ModelArn", "EmbeddingModelArn", "ModelSource"];
function looksLikeCloudFormation(text) {
  return text.includes("AWS::") && (text.includes("Resources") || text.includes("AWSTemplateFormatVersion"));
}
function cloudFormationEvidence(path, text, catalog) {
  const evidence = [];
  const literals = [];
  const lc = new import_yaml.LineCounter();
  let doc;
  try {
    doc = (0, import_yaml.parseDocument)(text, { lineCounter: lc, uniqueKeys: false });
  } catch (err) {
    return { evidence, literals, diagnostics: [{ file: path, message: `could not parse: ${err.message}` }] };
  }
  if (doc.errors.length > 0) {
    return { evidence, literals, diagnostics: [{ file: path, message: `could not parse: ${doc.errors[0].message.split("\n")[0]}` }] };
  }
  const resources = (0, import_yaml.isMap)(doc.contents) ? doc.contents.get("Resources", true) : void 0;
  if (!(0, import_yaml.isMap)(resources)) return { evidence, literals, diagnostics: [] };
  for (const pair of resources.items) {
    const body = pair.value;
    if (!(0, import_yaml.isMap)(body)) continue;
    const type = body.get("Type");
    if (typeof type !== "string") continue;
    const vendors = [...new Set(catalog.iac.lookupIac("cloudformation", type).map((t) => t.vendor))];
    if (vendors.length === 0) continue;
    const keyNode = (0, import_yaml.isScalar)(pair.key) ? pair.key : void 0;
    const { line, col } = lc.linePos(keyNode?.range?.[0] ?? 0);
    const props = body.get("Properties");
    let m = {};
    if ((0, import_yaml.isMap)(props)) {
      for (const name of MODEL_PROPS) {
        const v = props.get(name);
        m = modelAndRegion(typeof v === "string" ? v : void 0);
        if (m.model || m.region) break;
      }
    }
    for (const vendor of vendors) evidence.push(makeEvidence("iac", path, text, { vendor, line, column: col, region: m.region, model: m.model, resource: type }));
    if (m.model) literals.push(modelLiteral(m.model, line, col));
  }
  return { evidence, literals, diagnostics: [] };
}

// src/detect/framework-config.ts
var import_yaml2 = __toESM(require_dist(), 1);
function isFrameworkConfig(path) {
  return /(?:^|\/)(?:application|bootstrap)(?:-[\w.-]+)?\.(?:properties|ya?ml)$/i.test(path);
}
var MODEL_LEAF = /^(?:model|model-?name|model-?id|deployment-?name|deployment-?id)$/i;
var REGION_LEAF = /^(?:location|region)$/i;
var ENDPOINT_LEAF = /^(?:base-?url|endpoint|url|host|base-?path)$/i;
function frameworkConfigEvidence(path, text, catalog) {
  const entries = /\.properties$/i.test(path) ? propertiesEntries(text) : yamlEntries(text);
  const hits = entries.flatMap((e) => {
    const hit = catalog.lookupProperty(e.key);
    return hit ? [{ ...e, hit, leaf: e.key.slice(e.key.lastIndexOf(".") + 1), raw: e.value, value: placeholderDefault(e.value) }] : [];
  });
  const aimedAt = /* @__PURE__ */ new Map();
  for (const h of hits) {
    if (!ENDPOINT_LEAF.test(h.leaf)) continue;
    const host = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#\s]+)/i.exec(h.value)?.[1];
    const target = host ? catalog.matchHost(host)?.vendor : void 0;
    if (target && target !== h.hit.vendor) aimedAt.set(h.hit.prefix, target);
  }
  const evidence = [];
  const literals = [];
  const seen2 = /* @__PURE__ */ new Set();
  for (const h of hits) {
    const target = aimedAt.get(h.hit.prefix);
    const vendor = target ?? h.hit.vendor;
    const ev = { kind: "config", file: path, line: h.line, column: h.column, vendor, framework: h.hit.framework, package: h.hit.prefix, snippet: snippetAt(text, h.line) };
    if (target) ev.via = h.hit.vendor;
    if (h.value && MODEL_LEAF.test(h.leaf) && /^[\w.:/@-]{2,100}$/.test(h.value) && /[a-z]/i.test(h.value)) ev.model = h.value;
    if (h.value && REGION_LEAF.test(h.leaf) && catalog.isRegionName(h.value) && catalog.regionFits(vendor, h.value)) ev.region = h.value;
    const first = !seen2.has(vendor);
    seen2.add(vendor);
    if (first || ev.model || ev.region) evidence.push(ev);
    if (h.value) literals.push(literal(h.value, h.line, h.column, ENDPOINT_LEAF.test(h.leaf) ? "base_url" : h.key));
    for (const env of envNames(h.raw)) literals.push(literal(env, h.line, h.column));
  }
  return { evidence, literals };
}
function placeholderDefault(value) {
  const m = /^\$\{[^:}]*(?::([^}]*))?\}$/.exec(value.trim());
  return m ? (m[1] ?? "").trim() : value.trim();
}
function envNames(value) {
  return [...value.matchAll(/\$\{([A-Z][A-Z0-9_]{2,})(?::[^}]*)?\}/g)].map((m) => m[1]);
}
function propertiesEntries(text) {
  const out = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let line = lines[i].replace(/\r$/, "");
    if (/^\s*[#!]/.test(line) || !line.trim()) continue;
    while (/(?:^|[^\\])(?:\\\\)*\\$/.test(line) && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i].replace(/\r$/, "").trimStart();
    const m = /^(\s*)((?:\\.|[^\s=:\\])+)\s*[=:\s]\s*(.*)$/.exec(line) ?? /^(\s*)((?:\\.|[^\s=:\\])+)\s*$/.exec(line);
    if (!m) continue;
    out.push({ key: m[2].replace(/\\(.)/g, "$1"), value: stripHashComment(m[3] ?? "", []).trim(), line: start + 1, column: m[1].length + 1 });
  }
  return out;
}
function yamlEntries(text) {
  const out = [];
  const lineCounter = new import_yaml2.LineCounter();
  const docs = (0, import_yaml2.parseAllDocuments)(text, { lineCounter, uniqueKeys: false });
  if (!Array.isArray(docs)) return out;
  const visit = (node, path, keyAt) => {
    if ((0, import_yaml2.isMap)(node)) {
      for (const pair of node.items) {
        const k = (0, import_yaml2.isScalar)(pair.key) ? String(pair.key.value) : void 0;
        if (k === void 0) continue;
        const at2 = (0, import_yaml2.isScalar)(pair.key) ? pair.key.range?.[0] : void 0;
        visit(pair.value, path ? `${path}.${k}` : k, at2);
      }
    } else if ((0, import_yaml2.isSeq)(node)) {
      node.items.forEach((item, idx) => visit(item, `${path}[${idx}]`, (0, import_yaml2.isScalar)(item) ? item.range?.[0] : keyAt));
    } else if (path && keyAt !== void 0) {
      const value = (0, import_yaml2.isScalar)(node) && node.value !== null && node.value !== void 0 ? String(node.value) : "";
      const pos = lineCounter.linePos(keyAt);
      out.push({ key: path, value, line: pos.line, column: pos.col });
    }
  };
  for (const doc of docs) if (doc.errors.length === 0) visit(doc.contents, "", void 0);
  return out;
}

// src/detect/iac/config.ts
var detectIacConfig = ({ file, text, catalog }) => {
  const path = file.path;
  const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  if (ext === "bicep") {
    const out = bicepEvidence(path, text, catalog);
    return { evidence: out.evidence, literals: [...configLiterals(path, text), ...out.literals], diagnostics: out.diagnostics };
  }
  let literals = configLiterals(path, text);
  const evidence = [];
  if (isFrameworkConfig(path)) {
    const out = frameworkConfigEvidence(path, text, catalog);
    evidence.push(...out.evidence);
    const lines = new Set(out.literals.map((l) => l.line));
    literals = [...literals.filter((l) => !lines.has(l.line)), ...out.literals];
  }
  const yaml = ext === "yml" || ext === "yaml";
  const json = ext === "json" || ext === "jsonc";
  if (!yaml && !json) return { evidence, literals, diagnostics: [] };
  const diagnostics = [];
  if (looksLikeCloudFormation(text)) {
    const out = cloudFormationEvidence(path, text, catalog);
    evidence.push(...out.evidence);
    literals.push(...out.literals);
    diagnostics.push(...out.diagnostics);
  } else if (json && looksLikeArm(text)) {
    const out = armEvidence(path, text, catalog);
    evidence.push(...out.evidence);
    literals.push(...out.literals);
    diagnostics.push(...out.diagnostics);
  }
  if (yaml) {
    evidence.push(...imageEvidence(path, text, literals, catalog));
    const env = yamlEnvEvidence(path, text, literals, catalog);
    evidence.push(...env.evidence);
    literals = env.literals;
  }
  return { evidence, literals, diagnostics };
};

// src/detect/iac/helm.ts
var detectHelmChart = async (input) => {
  const { file, text, catalog } = input;
  const base = await detectIacConfig(input);
  const evidence = [...base.evidence];
  const diagnostics = [...base.diagnostics];
  const lineCounter = new import_yaml3.LineCounter();
  const doc = (0, import_yaml3.parseDocument)(text, { lineCounter, uniqueKeys: false });
  if (doc.errors.length > 0) {
    diagnostics.push({ file: file.path, message: `could not parse ${file.path.slice(file.path.lastIndexOf("/") + 1)}: ${doc.errors[0].message.split("\n")[0]}` });
    return { evidence, literals: base.literals, diagnostics };
  }
  const deps = (0, import_yaml3.isMap)(doc.contents) ? doc.contents.get("dependencies", true) : void 0;
  if (!(0, import_yaml3.isSeq)(deps)) return { evidence, literals: base.literals, diagnostics };
  const lock = /chart\.lock$/i.test(file.path);
  for (const item of deps.items) {
    if (!(0, import_yaml3.isMap)(item)) continue;
    const name = item.get("name", true);
    if (!(0, import_yaml3.isScalar)(name) || typeof name.value !== "string" || !name.range) continue;
    const hit = catalog.iac.lookupHelmChart(name.value);
    if (!hit) continue;
    const pos = lineCounter.linePos(name.range[0]);
    const e = { kind: lock ? "lockfile" : "iac", file: file.path, line: pos.line, column: pos.col, package: name.value, snippet: snippetAt(text, pos.line) };
    if (hit.vendor) e.vendor = hit.vendor;
    if (hit.framework) e.framework = hit.framework;
    evidence.push(e);
  }
  return { evidence, literals: base.literals, diagnostics };
};

// src/detect/iac/hcl.ts
var IDENT = /[A-Za-z_][\w-]*/y;
function parseHcl(source) {
  const text = blankComments(source, { hash: true, slash: true, block: true, quotes: ['"'] });
  const root = { blocks: [], attrs: /* @__PURE__ */ new Map() };
  parseBody(text, 0, root);
  return root.blocks;
}
function parseBody(text, start, into) {
  const n = text.length;
  let i = start;
  while (i < n) {
    i = skipSpace(text, i, true);
    if (i >= n) return n;
    const c = text[i];
    if (c === "}") return i + 1;
    if (c === "," || c === ";") {
      i++;
      continue;
    }
    IDENT.lastIndex = i;
    const id = IDENT.exec(text);
    if (!id) {
      i = skipLine(text, i);
      continue;
    }
    const at2 = i;
    i = skipSpace(text, IDENT.lastIndex, false);
    if (text[i] === "=" && text[i + 1] !== "=") {
      const exprStart = skipSpace(text, i + 1, false);
      const end = readExpr(text, exprStart);
      into.attrs.set(id[0], { expr: text.slice(exprStart, end).trim(), offset: at2 });
      i = end;
      continue;
    }
    const labels = [];
    while (i < n && text[i] !== "{" && text[i] !== "\n") {
      if (text[i] === '"') {
        const end = readString(text, i);
        labels.push(text.slice(i + 1, end - 1));
        i = skipSpace(text, end, false);
        continue;
      }
      IDENT.lastIndex = i;
      const bare = IDENT.exec(text);
      if (!bare) break;
      labels.push(bare[0]);
      i = skipSpace(text, IDENT.lastIndex, false);
    }
    if (text[i] !== "{") {
      i = skipLine(text, i);
      continue;
    }
    const block = { type: id[0], labels, attrs: /* @__PURE__ */ new Map(), blocks: [], offset: at2 };
    i = parseBody(text, i + 1, block);
    into.blocks.push(block);
  }
  return n;
}
function skipSpace(text, i, newlines) {
  while (i < text.length && (text[i] === " " || text[i] === "	" || text[i] === "\r" || newlines && text[i] === "\n")) i++;
  return i;
}
function skipLine(text, i) {
  const j = text.indexOf("\n", i);
  return j < 0 ? text.length : j + 1;
}
function readString(text, i) {
  const n = text.length;
  let j = i + 1;
  while (j < n) {
    const c = text[j];
    if (c === "\\") {
      j += 2;
      continue;
    }
    if (c === '"') return j + 1;
    if (c === "\n") return j;
    if ((c === "$" || c === "%") && text[j + 1] === "{") {
      j = readBalanced(text, j + 1);
      continue;
    }
    j++;
  }
  return n;
}
function readBalanced(text, i) {
  const n = text.length;
  let depth = 0;
  let j = i;
  while (j < n) {
    const c = text[j];
    if (c === '"') {
      j = readString(text, j);
      continue;
    }
    if (c === "{" || c === "[" || c === "(") depth++;
    else if (c === "}" || c === "]" || c === ")") {
      depth--;
      if (depth === 0) return j + 1;
    }
    j++;
  }
  return n;
}
function readExpr(text, i) {
  const n = text.length;
  const heredoc = /^<<-?\s*([A-Za-z_]\w*)[ \t]*\r?\n/.exec(text.slice(i, i + 80));
  if (heredoc) {
    const marker = heredoc[1];
    let j2 = i + heredoc[0].length;
    while (j2 < n) {
      const end = text.indexOf("\n", j2);
      const line = text.slice(j2, end < 0 ? n : end).trim();
      if (line === marker) return end < 0 ? n : end;
      if (end < 0) return n;
      j2 = end + 1;
    }
    return n;
  }
  let j = i;
  while (j < n) {
    const c = text[j];
    if (c === "\n" || c === "}") return j;
    if (c === '"') {
      j = readString(text, j);
      continue;
    }
    if (c === "{" || c === "[" || c === "(") {
      j = readBalanced(text, j);
      continue;
    }
    j++;
  }
  return n;
}
function plainString(expr) {
  const m = /^"((?:[^"\\$%]|\\.|\$(?!\{)|%(?!\{))*)"$/.exec(expr);
  if (!m) return void 0;
  return m[1].replace(/\\(.)/g, (_, ch) => ch === "n" ? "\n" : ch === "t" ? "	" : ch);
}

// src/detect/iac/terraform.ts
var REGION_ATTRS = ["location", "region"];
var MODEL_ATTRS = ["model_id", "foundation_model", "base_model_identifier", "model_arn", "model_name"];
var detectTerraform = ({ file, text, catalog, module: module2 }) => {
  const literals = configLiterals(file.path, text);
  let blocks;
  try {
    blocks = parseBlocks(file.path, text);
  } catch (err) {
    return { evidence: [], literals, diagnostics: [{ file: file.path, message: `could not parse: ${err.message}` }] };
  }
  const context = (module2 ?? []).flatMap((m) => {
    try {
      return parseBlocks(m.path, m.text);
    } catch {
      return [];
    }
  });
  const out = terraformEvidence(file.path, text, blocks, catalog, context);
  return { evidence: out.evidence, literals: [...literals, ...out.literals], diagnostics: [] };
};
var parsed = /* @__PURE__ */ new Map();
function parseBlocks(path, text) {
  const key = `${path}\0${text.length}\0${text}`;
  let blocks = parsed.get(key);
  if (!blocks) {
    blocks = path.toLowerCase().endsWith(".json") ? fromJson(text) : fromHcl(text);
    if (parsed.size > 256) parsed.clear();
    parsed.set(key, blocks);
  }
  return blocks;
}
function fromHcl(text) {
  const at2 = positions(text);
  const convert = (b) => ({
    type: b.type,
    labels: b.labels,
    attrs: new Map([...b.attrs].map(([k, a]) => [k, a.expr])),
    blocks: b.blocks.map(convert),
    ...at2(b.offset)
  });
  return parseHcl(text).map(convert);
}
function fromJson(text) {
  const doc = JSON.parse(text);
  const at2 = positions(text);
  let cursor = 0;
  const lineOf = (key) => {
    const i = text.indexOf(JSON.stringify(key), cursor);
    if (i >= 0) cursor = i;
    return at2(i >= 0 ? i : 0);
  };
  const body = (value, type, labels) => {
    const block = { type, labels, attrs: /* @__PURE__ */ new Map(), blocks: [], line: 0, column: 0 };
    const obj = Array.isArray(value) ? value[0] : value;
    if (obj && typeof obj === "object") {
      for (const [k, v] of Object.entries(obj)) {
        if (typeof v === "string") {
          const ref = /^\$\{([\w.-]+)\}$/.exec(v);
          block.attrs.set(k, ref ? ref[1] : JSON.stringify(v));
        } else if (v && typeof v === "object") {
          for (const item of Array.isArray(v) ? v : [v]) block.blocks.push(body(item, k, []));
        }
      }
    }
    return block;
  };
  const out = [];
  const isObj = (v) => !!v && typeof v === "object" && !Array.isArray(v);
  for (const kind of ["resource", "data"]) {
    const byType = doc[kind];
    if (!isObj(byType)) continue;
    for (const [type, byName] of Object.entries(byType)) {
      if (!isObj(byName)) continue;
      for (const [name, value] of Object.entries(byName)) {
        lineOf(type);
        const pos = lineOf(name);
        out.push({ ...body(value, kind, [type, name]), ...pos });
      }
    }
  }
  if (isObj(doc.provider)) {
    for (const [name, value] of Object.entries(doc.provider)) {
      for (const item of Array.isArray(value) ? value : [value]) out.push(body(item, "provider", [name]));
    }
  }
  if (isObj(doc.variable)) {
    for (const [name, value] of Object.entries(doc.variable)) out.push(body(value, "variable", [name]));
  }
  if (isObj(doc.locals)) out.push(body(doc.locals, "locals", []));
  return out;
}
function terraformEvidence(path, text, blocks, catalog, context = []) {
  const variables = /* @__PURE__ */ new Map();
  const locals = /* @__PURE__ */ new Map();
  const resources = /* @__PURE__ */ new Map();
  const providers = /* @__PURE__ */ new Map();
  for (const b of [...context, ...blocks]) {
    if (b.type === "variable" && b.labels[0]) {
      const d = b.attrs.get("default");
      if (d) variables.set(b.labels[0], d);
    } else if (b.type === "locals") {
      for (const [k, v] of b.attrs) locals.set(k, v);
    } else if ((b.type === "resource" || b.type === "data") && b.labels.length >= 2) {
      resources.set(`${b.type === "data" ? "data." : ""}${b.labels[0]}.${b.labels[1]}`, b);
    } else if (b.type === "provider" && b.labels[0]) {
      const alias = plainString(b.attrs.get("alias") ?? "");
      providers.set(alias ? `${b.labels[0]}.${alias}` : b.labels[0], b);
    }
  }
  const resolve = (expr, depth = 0) => {
    if (!expr || depth > 6) return void 0;
    const s = plainString(expr);
    if (s !== void 0) return s;
    const ref = /^(var|local)\.([\w-]+)$/.exec(expr);
    if (ref) return resolve((ref[1] === "var" ? variables : locals).get(ref[2]), depth + 1);
    const attr3 = /^((?:data\.)?[\w-]+\.[\w-]+)\.([\w-]+)$/.exec(expr);
    if (attr3) return resolve(resources.get(attr3[1])?.attrs.get(attr3[2]), depth + 1);
    return void 0;
  };
  const matches = (b, target) => Object.entries(target.where ?? {}).every(([attr3, allowed]) => {
    const value = resolve(b.attrs.get(attr3));
    return value !== void 0 && allowed.some((a) => a.toLowerCase() === value.toLowerCase());
  });
  const providerRegion = (b) => {
    const explicit = b.attrs.get("provider");
    const name = explicit && /^[\w-]+(?:\.[\w-]+)?$/.test(explicit) ? explicit : b.labels[0].split("_")[0];
    const p = providers.get(name) ?? providers.get(name.replace(/-beta$/, ""));
    return resolve(p?.attrs.get("region"));
  };
  const regionCache = /* @__PURE__ */ new Map();
  const regionOf = (b, depth = 0) => {
    if (regionCache.has(b)) return regionCache.get(b);
    let region;
    for (const a of REGION_ATTRS) region ??= resolve(b.attrs.get(a));
    if (!region && depth < 3) {
      for (const expr of b.attrs.values()) {
        const ref = /^([\w-]+\.[\w-]+)\.(?:id|name)$/.exec(expr);
        const parent = ref ? resources.get(ref[1]) : void 0;
        if (parent && parent !== b && catalog.iac.lookupIac("terraform", parent.labels[0]).length > 0) {
          region = regionOf(parent, depth + 1);
          if (region) break;
        }
      }
    }
    region ??= providerRegion(b);
    regionCache.set(b, region);
    return region;
  };
  const modelOf = (b) => {
    for (const a of MODEL_ATTRS) {
      const got = modelAndRegion(resolve(b.attrs.get(a)));
      if (got.model) return got;
    }
    const model = b.blocks.find((x) => x.type === "model");
    return modelAndRegion(resolve(model?.attrs.get("name")));
  };
  const evidence = [];
  const literals = [];
  for (const b of blocks) {
    if (b.type !== "resource" && b.type !== "data" || b.labels.length < 2) continue;
    const targets = catalog.iac.lookupIac("terraform", b.labels[0]).filter((t) => matches(b, t));
    const vendors = [...new Set(targets.map((t) => t.vendor))];
    if (vendors.length === 0) continue;
    const m = modelOf(b);
    const region = m.region ?? regionOf(b);
    for (const vendor of vendors) {
      evidence.push(makeEvidence("iac", path, text, { vendor, line: b.line, column: b.column, region, model: m.model, resource: b.labels[0] }));
    }
    if (m.model) literals.push(modelLiteral(m.model, b.line, b.column));
  }
  return { evidence, literals };
}

// src/detect/iac/workflow.ts
var USES = /^(\s*)(-\s+)?uses\s*:\s*(["']?)([^\s"'#]+)\3/;
var EXPR_REF = /\$\{\{\s*(?:secrets|vars|env)\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
var detectWorkflow = ({ file, text, catalog }) => {
  const evidence = [];
  const reported = [];
  const lines = text.split("\n").map((l) => l.replace(/\r$/, ""));
  for (const n of yamlEnvNames(text, catalog)) {
    evidence.push(makeEvidence("workflow", file.path, text, { vendor: n.vendor, line: n.line, column: n.column, env: n.name }));
    reported.push({ name: n.name, line: n.line });
  }
  for (let idx = 0; idx < lines.length; idx++) {
    const line = stripHash(lines[idx]);
    for (const m of line.matchAll(EXPR_REF)) {
      const name = m[1].toUpperCase();
      const vendor = catalog.lookupEnv(name);
      if (!vendor || reported.some((r) => r.line === idx + 1 && r.name === name)) continue;
      evidence.push(makeEvidence("workflow", file.path, text, { vendor, line: idx + 1, column: m.index + 1, env: name }));
      reported.push({ name, line: idx + 1 });
    }
    const u = USES.exec(line);
    if (!u) continue;
    const action = catalog.iac.lookupAction(u[4]);
    if (!action) continue;
    const keyColumn = u[1].length + (u[2]?.length ?? 0);
    const inputs = stepInputs(lines, idx, keyColumn);
    const switched = Object.entries(action.inputs ?? {}).filter(([input]) => /^(?:true|'true'|"true")$/i.test(inputs.get(input) ?? "")).map(([, vendor]) => vendor);
    for (const vendor of switched.length > 0 ? switched : [action.vendor]) {
      const via = vendor === action.vendor ? void 0 : action.vendor;
      evidence.push(makeEvidence("workflow", file.path, text, { vendor, line: idx + 1, column: line.indexOf(u[4]) + 1, via, action: u[4] }));
    }
  }
  evidence.push(...runStepInstalls(file.path, lines, catalog));
  const literals = withoutEnvRepeats(configLiterals(file.path, text), reported);
  return { evidence, literals, diagnostics: [] };
};
var RUN_KEY = /^(\s*)(-\s+)?run\s*:\s*(.*)$/;
function runStepInstalls(path, lines, catalog) {
  const out = [];
  const indentOf = (l) => l.length - l.trimStart().length;
  for (let idx = 0; idx < lines.length; idx++) {
    const m = RUN_KEY.exec(lines[idx]);
    if (!m) continue;
    const keyColumn = m[1].length + (m[2]?.length ?? 0);
    const value = m[3].trim();
    const script = [];
    if (/^[|>][+-]?\d*\s*(?:#.*)?$/.test(value)) {
      for (let k = idx + 1; k < lines.length && (!lines[k].trim() || indentOf(lines[k]) > keyColumn); k++) script.push(k);
    } else script.push(idx);
    for (const k of script) {
      const line = k === idx ? value.replace(/^(["'])(.*)\1$/, "$2") : lines[k];
      if (/^\s*#/.test(line)) continue;
      for (const inst of runInstalls(line)) {
        const column = lines[k].indexOf(inst.name) + 1;
        for (const target of manifestTargets(catalog.lookupPackage(inst.ecosystem, inst.name, inst.major))) {
          out.push(targetEvidence("dependency", path, { line: k + 1, column: Math.max(1, column) }, inst.ecosystem, target, lines[k].trim()));
        }
      }
    }
  }
  return out;
}
function stepInputs(lines, at2, keyColumn) {
  const indentOf = (l) => l.length - l.trimStart().length;
  const within = (l) => !l.trim() || /^\s*#/.test(l) || indentOf(l) >= keyColumn;
  let start = at2;
  if (!/^\s*-\s/.test(lines[at2])) {
    while (start > 0 && within(lines[start - 1])) start--;
    if (start > 0 && /^\s*-\s/.test(lines[start - 1]) && indentOf(lines[start - 1]) + 2 === keyColumn) start--;
  }
  let end = at2 + 1;
  while (end < lines.length && within(lines[end])) end++;
  const inputs = /* @__PURE__ */ new Map();
  let inWith = false;
  for (let i = start; i < end; i++) {
    const l = stripHash(lines[i]);
    const key = /^(\s*)(?:-\s+)?([\w-]+)\s*:\s*(.*)$/.exec(l);
    if (!key) continue;
    const col = key[1].length + (l.trimStart().startsWith("-") ? 2 : 0);
    if (col === keyColumn) {
      inWith = key[2] === "with";
      continue;
    }
    if (inWith && col > keyColumn) inputs.set(key[2], key[3].trim());
  }
  return inputs;
}

// src/detect/iac/index.ts
var IAC_DETECTORS = {
  terraform: detectTerraform,
  workflow: detectWorkflow,
  container: detectContainer,
  "helm-chart": detectHelmChart
};

// src/catalog/byte-rarity.ts
var BY_FREQUENCY = " etrnaioslcdpu_m\".,fhg)(y=:b/v@;0x'{}*w1kST-A2EC#NDI\\P[]`FROL|3M4j658&B7z9$qG>+U!VWH?KJ<QYX%Z^~";
var BYTE_RARITY = new Uint8Array(256).fill(BY_FREQUENCY.length);
for (let r = 0; r < BY_FREQUENCY.length; r++) BYTE_RARITY[BY_FREQUENCY.charCodeAt(r)] = r;
BYTE_RARITY[10] = 1;
BYTE_RARITY[9] = 10;
BYTE_RARITY[13] = 20;
function rarestWindow(bytes) {
  let best = 0;
  let bestScore = -1;
  for (let o = 0; o + 3 <= bytes.length; o++) {
    const score = BYTE_RARITY[bytes[o]] + BYTE_RARITY[bytes[o + 1]] + BYTE_RARITY[bytes[o + 2]];
    if (score > bestScore) [best, bestScore] = [o, score];
  }
  return best;
}

// src/catalog/token-scan.ts
var WORD_END = "(?![A-Za-z0-9_])";
var HASH3 = 2654435761 | 0;
var WORD_CHAR = new Uint8Array(256);
for (let c = 0; c < 128; c++) WORD_CHAR[c] = /[A-Za-z0-9_]/.test(String.fromCharCode(c)) ? 1 : 0;
var hash4 = (a, b, c, d) => Math.imul((a & 127) << 21 | (b & 127) << 14 | (c & 127) << 7 | d & 127, HASH3) >>> 16;
function trieTokens(source) {
  let i = 0;
  let ok = true;
  const seq = () => {
    let acc = [""];
    while (ok && i < source.length && source[i] !== "|" && source[i] !== ")") {
      if (source.startsWith(WORD_END, i)) {
        i += WORD_END.length;
        acc = acc.map((a) => a + "\0");
      } else if (source.startsWith("(?:", i)) {
        i += 3;
        const alts = alt();
        if (source[i] !== ")") ok = false;
        i++;
        acc = acc.flatMap((a) => alts.map((b) => a + b));
      } else if (source[i] === "\\" && i + 1 < source.length && !/[A-Za-z0-9]/.test(source[i + 1])) {
        acc = acc.map((a) => a + source[i + 1]);
        i += 2;
      } else if (/[\\()[\]{}*+?^$.|]/.test(source[i])) {
        ok = false;
      } else {
        acc = acc.map((a) => a + source[i]);
        i++;
      }
      if (acc.length > 1e5) ok = false;
    }
    return acc;
  };
  const alt = () => {
    const out = seq();
    while (ok && source[i] === "|") {
      i++;
      out.push(...seq());
    }
    return out;
  };
  const tokens = alt();
  return ok && i === source.length ? tokens : void 0;
}
function splitTokenPattern(re) {
  if (re.flags !== "") return void 0;
  const split = re.source.indexOf(`|${WORD_START}`);
  const plainSource = split < 0 ? re.source.startsWith(WORD_START) ? "" : re.source : re.source.slice(0, split);
  const wordSource = split < 0 ? re.source.startsWith(WORD_START) ? re.source.slice(WORD_START.length) : "" : re.source.slice(split + 1 + WORD_START.length);
  const plain = plainSource ? trieTokens(plainSource) : [];
  const words = wordSource ? trieTokens(wordSource) : [];
  return plain && words ? { plainSource, wordSource, plain, words } : void 0;
}
function asciiTokenParts(re) {
  const parts = splitTokenPattern(re);
  if (!parts) return void 0;
  const ascii = (t) => /^[\x01-\x7f]*\0?$/.test(t);
  if (!parts.plain.every((t) => t.length >= 3 && !t.includes("\0") && ascii(t))) return void 0;
  if (!parts.words.every((t) => t.replace(/\0$/, "").length >= 2 && ascii(t))) return void 0;
  return parts;
}
function tokenTester(re) {
  const fallback = (text) => re.test(text);
  const parts = asciiTokenParts(re);
  if (!parts) return fallback;
  const { plainSource, wordSource, plain, words } = parts;
  const starts = new Uint8Array(1 << 16);
  for (const t of plain) {
    const c = [0, 1, 2].map((k) => t.charCodeAt(k));
    if (t.length >= 4) starts[hash4(c[0], c[1], c[2], t.charCodeAt(3))] = 1;
    else for (let d = 0; d < 128; d++) starts[hash4(c[0], c[1], c[2], d)] = 1;
  }
  const wordStarts = new Uint8Array(1 << 14);
  for (const t of words) wordStarts[t.charCodeAt(0) << 7 | t.charCodeAt(1)] = 1;
  const plainAt = plainSource ? new RegExp(plainSource, "y") : void 0;
  const wordAt = wordSource ? new RegExp(wordSource, "y") : void 0;
  const at2 = (sticky, text, offset) => {
    sticky.lastIndex = offset;
    return sticky.test(text);
  };
  return (text) => {
    const n = text.length;
    let h = 0;
    let startBefore = true;
    let startHere = true;
    let prev = 0;
    for (let j = 0; j < n; j++) {
      const c = text.charCodeAt(j);
      h = h << 7 | c & 127;
      if (plainAt && j >= 3 && starts[Math.imul(h & 268435455, HASH3) >>> 16] === 1 && at2(plainAt, text, j - 3)) return true;
      if (wordAt && startBefore && j >= 1 && wordStarts[h & 16383] === 1 && prev < 128 && c < 128 && at2(wordAt, text, j - 1)) return true;
      const next = c >= 128 || WORD_CHAR[c] === 0 || (c === 110 || c === 114 || c === 116) && prev === 92;
      startBefore = startHere;
      startHere = next;
      prev = c;
    }
    return plainAt !== void 0 && n >= 3 && at2(plainAt, text, n - 3);
  };
}

// src/catalog/prefilter-wasm.ts
var PREFILTER_WASM = "AGFzbQEAAAABGQRgAn9/AGABfwF/YAJ/fwF/YAR/f39/AX8DBgUAAQIDAgUDAQAEBgsCfwFBAAt/AUEACwcaAwZtZW1vcnkCAAZsYXlvdXQAAARzY2FuAAQKtgcFCgAgACQAIAEkAQsVACAAQbHz3fF5bEEQdkEBdC8BgAgLUAEBfyABRQRAQQEPCyAAIAFBAWtqLQAAIQIgAi0AAEUEQEEBDwsgAkHuAEYgAkHyAEZyIAJB9ABGciABQQJPIAAgAUECa2otAABB3ABGcXEL5QEBCX8gAEUgAUECSXIEQEEADwsjACAAQQFrQQN0aiEEIAQoAgAhBSAFIAQoAgRqIQYCQANAIAUgBk8NAQJAIwEgBUEDdGohByAHLwEEIQggAUECayAHLQAGSQ0AIAFBAmsgBy0ABmshCSAJIAhqIQogCiADSw0AIAcoAgAhC0EAIQwCQANAIAwgCE8NASACIAkgDGpqLQAAIAsgDGotAABHDQIgDEEBaiEMDAALCyAHLQAHBEAgCiADSQRAIAIgCmotAAAtAAANAgsgAiAJEAJFDQELQQEPCyAFQQFqIQUMAAsLQQAL2gQBE38CQANAIANBCGogAUsNASAAIANqIQIgBEEIdCACLQAAckH///8HcSEFIAVBsfPd8XlsQRB2QQF0LwGACCEGIAVBCHQgAi0AAXJB////B3EhByAHQbHz3fF5bEEQdkEBdC8BgAghCCAHQQh0IAItAAJyQf///wdxIQkgCUGx893xeWxBEHZBAXQvAYAIIQogCUEIdCACLQADckH///8HcSELIAtBsfPd8XlsQRB2QQF0LwGACCEMIAtBCHQgAi0ABHJB////B3EhDSANQbHz3fF5bEEQdkEBdC8BgAghDiANQQh0IAItAAVyQf///wdxIQ8gD0Gx893xeWxBEHZBAXQvAYAIIRAgD0EIdCACLQAGckH///8HcSERIBFBsfPd8XlsQRB2QQF0LwGACCESIBFBCHQgAi0AB3JB////B3EhEyATQbHz3fF5bEEQdkEBdC8BgAghFCATIQQgBiAIciAKciAMciAOciAQciASciAUcgRAIAYgA0EAaiAAIAEQAwRAQQEPCyAIIANBAWogACABEAMEQEEBDwsgCiADQQJqIAAgARADBEBBAQ8LIAwgA0EDaiAAIAEQAwRAQQEPCyAOIANBBGogACABEAMEQEEBDwsgECADQQVqIAAgARADBEBBAQ8LIBIgA0EGaiAAIAEQAwRAQQEPCyAUIANBB2ogACABEAMEQEEBDwsLIANBCGohAwwACwsCQANAIAMgAU8NASAEQQh0IAAgA2otAAByQf///wdxIQQgBBABIAMgACABEAMEQEEBDwsgA0EBaiEDDAALC0EACw==";

// src/catalog/token-bytes-wasm.ts
var WASM_MAX_TEXT = 8 << 20;
var SLOT = 1024;
var MODULE_HASH = 2654435761 | 0;
var PAGE = 1 << 16;
var LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
var api = globalThis.WebAssembly;
var compiled2;
function module() {
  if (compiled2 === void 0) {
    try {
      compiled2 = api ? new api.Module(Buffer.from(PREFILTER_WASM, "base64")) : null;
    } catch {
      compiled2 = null;
    }
  }
  return compiled2;
}
function wasmTester(tables, js) {
  const { lists, slot } = tables;
  const cands = lists.flat();
  if (HASH3 !== MODULE_HASH || !LITTLE_ENDIAN || lists.length >= 1 << 16 || cands.some((c) => c.bytes.length >= 1 << 16 || c.offset >= 1 << 8)) return void 0;
  const mod = module();
  if (!mod || !api) return void 0;
  let ex;
  try {
    ex = new api.Instance(mod, {}).exports;
  } catch {
    return void 0;
  }
  const tokens = /* @__PURE__ */ new Map();
  const listsAt = SLOT + slot.length * 2;
  const candsAt = listsAt + lists.length * 8;
  let end = candsAt + cands.length * 8;
  for (const c of cands) {
    if (tokens.has(c.bytes)) continue;
    tokens.set(c.bytes, end);
    end += c.bytes.length;
  }
  const base = end + 15 & ~15;
  const grow2 = (bytes) => {
    const have = ex.memory.buffer.byteLength;
    if (bytes > have) ex.memory.grow(Math.ceil((bytes - have) / PAGE));
    return new Uint8Array(ex.memory.buffer);
  };
  let mem = grow2(base + PAGE);
  mem.set(WORD_CHAR, 0);
  new Uint16Array(mem.buffer, SLOT, slot.length).set(slot);
  const listWords = new Uint32Array(mem.buffer, listsAt, lists.length * 2);
  const candWords = new Uint32Array(mem.buffer, candsAt, cands.length * 2);
  let index = 0;
  lists.forEach((list, i) => {
    listWords[i * 2] = index;
    listWords[i * 2 + 1] = list.length;
    for (const c of list) {
      candWords[index * 2] = tokens.get(c.bytes);
      candWords[index * 2 + 1] = c.bytes.length | c.offset << 16 | (c.word ? 1 : 0) << 24;
      index++;
    }
  });
  for (const [bytes, at2] of tokens) mem.set(bytes, at2);
  ex.layout(listsAt, candsAt);
  return (buf) => {
    const n = buf.length;
    if (n > WASM_MAX_TEXT) return js.test(buf);
    if (base + n > mem.length) mem = grow2(base + n);
    mem.set(buf, base);
    let found;
    try {
      found = ex.scan(base, n);
    } catch {
      return js.test(buf);
    }
    return found !== 0 || js.tail(buf);
  };
}

// src/catalog/token-bytes.ts
var bytesOf = (t) => Uint8Array.from(t, (ch) => ch.charCodeAt(0));
function byteTokenTester(re, engine = "wasm") {
  const tables = byteTokenTables(re);
  if (!tables) return void 0;
  const js = jsTester(tables);
  return engine === "wasm" && wasmTester(tables, js) || js.test;
}
function byteTokenTables(re) {
  const parts = asciiTokenParts(re);
  if (!parts || parts.plain.length === 0 && parts.words.length === 0) return void 0;
  const { plain, words } = parts;
  const wordTokens = words.map((t) => t.endsWith("\0") ? t.slice(0, -1) : void 0);
  if (!wordTokens.every((t) => t !== void 0)) return void 0;
  const lists = [];
  const slot = new Int32Array(1 << 16);
  const add = (key, c) => {
    const h = Math.imul(key, HASH3) >>> 16;
    if (slot[h] === 0) slot[h] = lists.push([]);
    const list = lists[slot[h] - 1];
    if (!list.includes(c)) list.push(c);
  };
  const key3 = (a, b, c) => a << 16 | b << 8 | c;
  const addRarest = (bytes, word) => {
    const o = rarestWindow(bytes);
    add(key3(bytes[o], bytes[o + 1], bytes[o + 2]), { bytes, word, offset: o });
  };
  for (const t of plain) addRarest(bytesOf(t), false);
  const twoByteWords = [];
  for (const t of wordTokens) {
    const c = { bytes: bytesOf(t), word: true, offset: 0 };
    if (t.length >= 3) addRarest(c.bytes, true);
    else {
      twoByteWords.push(c.bytes);
      for (let x = 0; x < 256; x++) if (WORD_CHAR[x] === 0) add(key3(t.charCodeAt(0), t.charCodeAt(1), x), c);
    }
  }
  return { lists, slot, twoByteWords };
}
function jsTester({ lists, slot, twoByteWords }) {
  const startsWith = (buf, p, t) => {
    if (p < 0 || p + t.length > buf.length) return false;
    for (let k = 0; k < t.length; k++) if (buf[p + k] !== t[k]) return false;
    return true;
  };
  const wordStart = (buf, p) => {
    if (p === 0) return true;
    const c = buf[p - 1];
    return WORD_CHAR[c] === 0 || (c === 110 || c === 114 || c === 116) && p >= 2 && buf[p - 2] === 92;
  };
  const wordAt = (buf, p, t) => {
    const end = p + t.length;
    return startsWith(buf, p, t) && (end === buf.length || WORD_CHAR[buf[end]] === 0) && wordStart(buf, p);
  };
  const matchAt = (buf, p, list) => {
    for (const c of list) if (c.word ? wordAt(buf, p - c.offset, c.bytes) : startsWith(buf, p - c.offset, c.bytes)) return true;
    return false;
  };
  const tail = (buf) => buf.length >= 2 && twoByteWords.some((t) => wordAt(buf, buf.length - 2, t));
  const test = (buf) => {
    const n = buf.length;
    const table = slot;
    let key = 0;
    const at2 = (s, end) => s !== 0 && end >= 2 && matchAt(buf, end - 2, lists[s - 1]);
    let j = 0;
    for (; j + 8 <= n; j += 8) {
      const k0 = (key << 8 | buf[j]) & 16777215;
      const k1 = (k0 << 8 | buf[j + 1]) & 16777215;
      const k2 = (k1 << 8 | buf[j + 2]) & 16777215;
      const k3 = (k2 << 8 | buf[j + 3]) & 16777215;
      const k4 = (k3 << 8 | buf[j + 4]) & 16777215;
      const k5 = (k4 << 8 | buf[j + 5]) & 16777215;
      const k6 = (k5 << 8 | buf[j + 6]) & 16777215;
      const k7 = (k6 << 8 | buf[j + 7]) & 16777215;
      key = k7;
      const s0 = table[Math.imul(k0, HASH3) >>> 16];
      const s1 = table[Math.imul(k1, HASH3) >>> 16];
      const s2 = table[Math.imul(k2, HASH3) >>> 16];
      const s3 = table[Math.imul(k3, HASH3) >>> 16];
      const s4 = table[Math.imul(k4, HASH3) >>> 16];
      const s5 = table[Math.imul(k5, HASH3) >>> 16];
      const s6 = table[Math.imul(k6, HASH3) >>> 16];
      const s7 = table[Math.imul(k7, HASH3) >>> 16];
      if ((s0 | s1 | s2 | s3 | s4 | s5 | s6 | s7) === 0) continue;
      if (at2(s0, j) || at2(s1, j + 1) || at2(s2, j + 2) || at2(s3, j + 3) || at2(s4, j + 4) || at2(s5, j + 5) || at2(s6, j + 6) || at2(s7, j + 7)) return true;
    }
    for (; j < n; j++) {
      key = (key << 8 | buf[j]) & 16777215;
      if (at2(table[Math.imul(key, HASH3) >>> 16], j)) return true;
    }
    return tail(buf);
  };
  return { test, tail };
}

// src/detect/prefilter.ts
var last2;
var testers = /* @__PURE__ */ new WeakMap();
function passesPrefilter(catalog, text) {
  if (last2 && last2.prefilter === catalog.prefilter && last2.text === text) return last2.passes;
  let test = testers.get(catalog.prefilter);
  if (!test) testers.set(catalog.prefilter, test = tokenTester(catalog.prefilter));
  const passes = test(text);
  last2 = { prefilter: catalog.prefilter, text, passes };
  return passes;
}
var byteTesters = /* @__PURE__ */ new WeakMap();
function bytePrefilter(catalog) {
  let test = byteTesters.get(catalog.prefilter);
  if (test === void 0) byteTesters.set(catalog.prefilter, test = byteTokenTester(catalog.prefilter) ?? null);
  return test ?? void 0;
}
function rememberPasses(catalog, text) {
  last2 = { prefilter: catalog.prefilter, text, passes: true };
}

// src/detect/javascript/estree.ts
var parser;
function loadParser() {
  parser ??= import("./dist-REWQMTAB.js").then(
    (m) => m.parse ?? m.default.parse
  );
  return parser;
}
var PASS_KEY = /* @__PURE__ */ new Set(["TSLiteralType", "TSTypeAnnotation", "JSXExpressionContainer"]);
var isNode = (v) => typeof v === "object" && v !== null && typeof v.type === "string";
var stringLiteral = (v) => isNode(v) && v.type === "Literal" && typeof v.value === "string";
var nameOf = (v) => {
  if (!isNode(v)) return void 0;
  if (v.type === "Identifier" || v.type === "JSXIdentifier") return v.name;
  if (v.type === "PrivateIdentifier") return `#${v.name}`;
  if (v.type === "JSXNamespacedName") return `${nameOf(v.namespace)}:${nameOf(v.name)}`;
  if (stringLiteral(v)) return v.value;
  return void 0;
};
function staticString(v) {
  if (stringLiteral(v)) return { value: v.value, offset: v.range[0] };
  if (isNode(v) && v.type === "TemplateLiteral" && v.expressions.length === 0) {
    const q = v.quasis[0];
    const value = q.value;
    return { value: value.cooked ?? value.raw, offset: q.range[0] };
  }
  if (isNode(v) && v.type === "TSLiteralType") return staticString(v.literal);
  return void 0;
}
function binding(n) {
  let key;
  let value;
  switch (n.type) {
    case "Property":
    case "PropertyDefinition":
    case "TSAbstractPropertyDefinition":
    case "ImportAttribute":
      if (n.computed) return void 0;
      [key, value] = [nameOf(n.key), n.value ?? n.typeAnnotation];
      break;
    case "VariableDeclarator":
      [key, value] = [nameOf(n.id), n.init];
      break;
    case "AssignmentPattern":
      [key, value] = [nameOf(n.left), n.right];
      break;
    case "AssignmentExpression": {
      if (n.operator !== "=") return void 0;
      const left = n.left;
      key = left.type === "MemberExpression" ? left.computed ? stringLiteral(left.property) ? left.property.value : void 0 : nameOf(left.property) : nameOf(left);
      value = n.right;
      break;
    }
    case "JSXAttribute":
      [key, value] = [nameOf(n.name), n.value];
      break;
    case "TSEnumMember":
      [key, value] = [nameOf(n.id), n.initializer];
      break;
    case "TSTypeAliasDeclaration":
      [key, value] = [nameOf(n.id), n.typeAnnotation];
      break;
    case "TSPropertySignature":
    case "Identifier":
      if (!isNode(n.typeAnnotation)) return void 0;
      [key, value] = [nameOf(n.type === "Identifier" ? n : n.key), n.typeAnnotation];
      break;
  }
  return key !== void 0 && isNode(value) ? [value, key] : void 0;
}
function importOf(n) {
  switch (n.type) {
    case "ImportDeclaration":
      return [n.source, "import"];
    case "ExportNamedDeclaration":
    case "ExportAllDeclaration":
      return n.source ? [n.source, "export"] : void 0;
    case "ImportExpression":
      return [n.source, "dynamic"];
    case "TSImportType":
      return [n.source ?? n.argument, "dynamic"];
    case "TSExternalModuleReference":
      return [n.expression, "require"];
    case "CallExpression": {
      const callee = n.callee;
      const args = n.arguments;
      return callee.type === "Identifier" && callee.name === "require" && args.length === 1 ? [args[0], "require"] : void 0;
    }
  }
  return void 0;
}
function importedNames(n) {
  if (n.type !== "ImportDeclaration" && n.type !== "ExportNamedDeclaration") return [];
  const out = [];
  for (const s of n.specifiers ?? []) {
    const from = s.type === "ImportSpecifier" ? s.imported : s.type === "ExportSpecifier" ? s.local : void 0;
    if (!from) continue;
    const name = from.type === "Identifier" ? from.name : stringLiteral(from) ? from.value : void 0;
    if (name !== void 0) out.push({ name, offset: from.range[0] });
  }
  return out;
}
function collect(ast) {
  const imports = [];
  const literals = [];
  const stack = [[ast, void 0]];
  const push = (value, offset, key) => literals.push(key === void 0 ? { value, offset } : { value, offset, key });
  while (stack.length > 0) {
    const [v, key] = stack.pop();
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], void 0]);
      continue;
    }
    if (!isNode(v)) continue;
    if (stringLiteral(v)) push(v.value, v.range[0], key);
    if (v.type === "TemplateLiteral" || v.type === "TSTemplateLiteralType") {
      for (const q of v.quasis) {
        const value = q.value;
        push(value.cooked ?? value.raw, q.range[0], key);
      }
    }
    const imp = importOf(v);
    const spec = imp && staticString(imp[0]);
    if (imp && spec) {
      const names2 = importedNames(v);
      imports.push({ specifier: spec.value, offset: spec.offset, kind: imp[1], ...names2.length > 0 ? { names: names2 } : {} });
    }
    const bound = binding(v);
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i];
      if (k === "parent" || k === "range" || k === "loc" || k === "quasis") continue;
      const child2 = v[k];
      if (typeof child2 !== "object" || child2 === null) continue;
      const childKey = bound && bound[0] === child2 ? bound[1] : PASS_KEY.has(v.type) ? key : void 0;
      stack.push([child2, childKey]);
    }
  }
  literals.sort((a, b) => a.offset - b.offset);
  imports.sort((a, b) => a.offset - b.offset);
  return { imports, literals };
}
async function parseWithEstree(text, filePath) {
  const parse2 = await loadParser();
  const ast = parse2(text, {
    filePath,
    jsx: /\.(?:jsx|tsx|js|mjs|cjs)$/.test(filePath),
    range: true,
    loc: false,
    comment: false,
    tokens: false,
    loggerFn: false,
    suppressDeprecatedPropertyWarnings: true
  });
  return collect(ast);
}

// src/detect/javascript/tokens.ts
var NAME3 = 0;
var PUNCT = 1;
var STRING = 2;
var TEMPLATE = 3;
var REGEX = 4;
var NUMBER = 5;
var JSX_END = 6;
var OPEN = 1;
var TERNARY = 2;
var JSX = 4;

// src/detect/javascript/literals.ts
var isPunct = (t, i, v) => i >= 0 && i < t.n && t.type[i] === PUNCT && t.value[i] === v;
var isName = (t, i, v) => i >= 0 && i < t.n && t.type[i] === NAME3 && (v === void 0 || t.value[i] === v);
var typeAt = (t, i) => i >= 0 && i < t.n ? t.type[i] : -1;
var isStatic = (t, i) => i >= 0 && i < t.n && (t.type[i] === STRING || t.type[i] === TEMPLATE && (t.flags[i] & OPEN) === 0 && t.start[i] === t.template[i]);
function markTernaries(t) {
  const templateEnds = /* @__PURE__ */ new Map();
  const pending = [0];
  for (let i = 0; i < t.n; i++) {
    const type = t.type[i];
    if (type === TEMPLATE) {
      if (t.start[i] !== t.template[i] && pending.length > 1) pending.pop();
      if ((t.flags[i] & OPEN) !== 0) pending.push(0);
      else templateEnds.set(t.template[i], i);
      continue;
    }
    if (type === JSX_END && t.value[i] === "}" && pending.length > 1) pending.pop();
    if (type !== PUNCT) continue;
    const v = t.value[i];
    if (v === "(" || v === "[" || v === "{") pending.push(0);
    else if ((v === ")" || v === "]" || v === "}") && pending.length > 1) pending.pop();
    else if (v === "?") {
      if (i + 1 < t.n && t.type[i + 1] === PUNCT) {
        const next = t.value[i + 1];
        if (next === ":" || next === ")" || next === "," || next === "=") continue;
      }
      pending[pending.length - 1]++;
    } else if (v === ":" && pending[pending.length - 1] > 0) {
      pending[pending.length - 1]--;
      t.flags[i] |= TERNARY;
    }
  }
  return templateEnds;
}
function annotated(t, k) {
  let depth = 0;
  for (let j = k; j >= 0 && j > k - 40; j--) {
    const type = t.type[j];
    const v = t.value[j];
    if (type === PUNCT) {
      if (v === ">" || v === ")" || v === "]" || v === "}") depth++;
      else if (v === "<" || v === "(" || v === "[" || v === "{") {
        if (--depth < 0) return void 0;
      } else if (depth === 0 && v === ":") {
        if ((t.flags[j] & TERNARY) !== 0) return void 0;
        const n = isPunct(t, j - 1, "?") ? j - 2 : j - 1;
        if (typeAt(t, n) !== NAME3 || t.value[n] === "default" || isPunct(t, n - 1, ".") || isName(t, n - 1, "case")) return void 0;
        return t.value[n];
      } else if (depth === 0 && (v === "," || v === ";" || v === "=" || v === "=>")) return void 0;
    } else if (type === JSX_END || depth === 0 && type === NAME3 && (v === "const" || v === "let" || v === "var" || v === "return")) return void 0;
  }
  return void 0;
}
function keyBefore2(t, i, ts) {
  let op = i - 1;
  let k = i - 2;
  if (op >= 0 && (t.flags[op] & JSX) !== 0 && t.value[op] === "{") op = i - 2, k = i - 3;
  if (typeAt(t, op) !== PUNCT) return void 0;
  if (t.value[op] === ":") {
    if ((t.flags[op] & TERNARY) !== 0) return void 0;
    if (isPunct(t, k, "?")) k--;
    const type = typeAt(t, k);
    if (type === NAME3) return isName(t, k - 1, "case") ? void 0 : t.value[k];
    if (type === STRING) return t.value[k];
    return void 0;
  }
  if (t.value[op] === "=") {
    if (ts && k >= 0) {
      const name = annotated(t, k);
      if (name !== void 0) return name;
    }
    if (typeAt(t, k) === NAME3) return t.value[k];
    if (isPunct(t, k, "]") && typeAt(t, k - 1) === STRING && isPunct(t, k - 2, "[")) return t.value[k - 1];
  }
  return void 0;
}
var VALUE_END = /* @__PURE__ */ new Set([",", ";", ")", "}", "]", "="]);
function endsValue(t, j, src) {
  const next = j + 1;
  if (next >= t.n || t.type[next] === JSX_END) return true;
  if (t.type[next] === PUNCT) return VALUE_END.has(t.value[next]);
  for (let p = t.end[j], e = t.start[next]; p < e; p++) if (src.charCodeAt(p) === 10) return true;
  return false;
}
function tokenLiterals(t, src, ts = false) {
  const templateEnds = markTernaries(t);
  const out = [];
  const templateKeys = /* @__PURE__ */ new Map();
  for (let i = 0; i < t.n; i++) {
    const type = t.type[i];
    if (type === STRING) {
      const key = (t.flags[i] & JSX) !== 0 || endsValue(t, i, src) ? keyBefore2(t, i, ts) : void 0;
      out.push(key === void 0 ? { value: t.value[i], offset: t.start[i] } : { value: t.value[i], offset: t.start[i], key });
    } else if (type === TEMPLATE) {
      let key;
      const template = t.template[i];
      if (t.start[i] === template) {
        const last3 = templateEnds.get(template);
        key = last3 !== void 0 && endsValue(t, last3, src) ? keyBefore2(t, i, ts) : void 0;
        templateKeys.set(template, key);
      } else key = templateKeys.get(template);
      out.push(key === void 0 ? { value: t.value[i], offset: t.start[i] } : { value: t.value[i], offset: t.start[i], key });
    }
  }
  return out;
}
var STOP = /* @__PURE__ */ new Set([";", "(", ")", "="]);
var STOP_NAMES = /* @__PURE__ */ new Set(["import", "export", "const", "let", "var", "function", "class", "if", "return"]);
function fromClause(t, i) {
  for (let j = i + 1; j < t.n && j < i + 2e3; j++) {
    const type = t.type[j];
    const v = t.value[j];
    if (type === PUNCT && STOP.has(v)) return -1;
    if (type === NAME3 && STOP_NAMES.has(v)) return -1;
    if (type === NAME3 && v === "from" && isStatic(t, j + 1)) return j + 1;
  }
  return -1;
}
function namedBindings(t, i, spec) {
  const out = [];
  let j = i + 1;
  while (j < t.n && j !== spec && !isPunct(t, j, "{")) j++;
  if (!isPunct(t, j, "{")) return out;
  let expectName = true;
  for (j++; j < t.n && j !== spec && !isPunct(t, j, "}"); j++) {
    if (isPunct(t, j, ",")) {
      expectName = true;
      continue;
    }
    if (!expectName) continue;
    if (isName(t, j, "type") && typeAt(t, j + 1) === NAME3 && !isName(t, j + 1, "as")) continue;
    if (t.type[j] === NAME3 || t.type[j] === STRING) out.push({ name: t.value[j], offset: t.start[j] });
    expectName = false;
  }
  return out;
}
function tokenImports(t) {
  const out = [];
  for (let i = 0; i < t.n; i++) {
    if (t.type[i] !== NAME3) continue;
    const v = t.value[i];
    if (v !== "import" && v !== "export" && v !== "require") continue;
    if (isPunct(t, i - 1, ".") || isPunct(t, i - 1, "?.")) continue;
    const next = i + 1;
    if (isPunct(t, next, "(")) {
      if (v === "export") continue;
      const arg = i + 2;
      if (isStatic(t, arg) && (isPunct(t, i + 3, ")") || v === "import" && isPunct(t, i + 3, ","))) {
        out.push({ specifier: t.value[arg], offset: t.start[arg], kind: v === "require" ? "require" : "dynamic" });
      }
      continue;
    }
    if (v === "require") continue;
    if (v === "import" && typeAt(t, next) === STRING) {
      out.push({ specifier: t.value[next], offset: t.start[next], kind: "import" });
      continue;
    }
    if (v === "export" && !(isPunct(t, next, "*") || isPunct(t, next, "{") || isName(t, next, "type"))) continue;
    if (v === "import" && (isPunct(t, next, ".") || typeAt(t, next) !== NAME3 && !isPunct(t, next, "{") && !isPunct(t, next, "*"))) continue;
    const spec = fromClause(t, i);
    if (spec < 0) continue;
    const names2 = namedBindings(t, i, spec);
    out.push({ specifier: t.value[spec], offset: t.start[spec], kind: v === "import" ? "import" : "export", ...names2.length > 0 ? { names: names2 } : {} });
  }
  return out;
}

// src/detect/javascript/escapes.ts
var isDigit = (c) => c >= 48 && c <= 57;
function escape(src, at2) {
  const c = src[at2 + 1];
  switch (c) {
    case void 0:
      return ["", at2 + 1];
    case "n":
      return ["\n", at2 + 2];
    case "t":
      return ["	", at2 + 2];
    case "r":
      return ["\r", at2 + 2];
    case "b":
      return ["\b", at2 + 2];
    case "f":
      return ["\f", at2 + 2];
    case "v":
      return ["\v", at2 + 2];
    case "0":
      if (!isDigit(src.charCodeAt(at2 + 2))) return ["\0", at2 + 2];
      break;
    case "\r":
      return ["", src[at2 + 2] === "\n" ? at2 + 3 : at2 + 2];
    case "\n":
    case "\u2028":
    case "\u2029":
      return ["", at2 + 2];
    case "x": {
      const hex = /^[0-9a-fA-F]{2}/.exec(src.slice(at2 + 2, at2 + 4));
      if (hex) return [String.fromCharCode(parseInt(hex[0], 16)), at2 + 4];
      break;
    }
    case "u": {
      const m = /^(?:\{([0-9a-fA-F]{1,6})\}|([0-9a-fA-F]{4}))/.exec(src.slice(at2 + 2, at2 + 10));
      if (m) {
        const cp = parseInt(m[1] ?? m[2], 16);
        if (cp <= 1114111) return [String.fromCodePoint(cp), at2 + 2 + m[0].length];
      }
      break;
    }
  }
  return [c, at2 + 2];
}

// src/detect/javascript/tokenizer.ts
var EXPR_KEYWORDS = /* @__PURE__ */ new Set([
  "return",
  "typeof",
  "instanceof",
  "in",
  "of",
  "new",
  "delete",
  "void",
  "throw",
  "case",
  "do",
  "else",
  "yield",
  "await",
  "extends",
  "satisfies",
  "as",
  "export",
  "default"
]);
var BLOCK_AFTER = /* @__PURE__ */ new Set(["else", "try", "finally", "do", "=>", ";", "{", "}"]);
var COND_KEYWORDS = /* @__PURE__ */ new Set(["if", "while", "for", "with"]);
var PUNCTS = [
  ">>>=",
  "...",
  "===",
  "!==",
  "**=",
  "<<=",
  ">>=",
  ">>>",
  "&&=",
  "||=",
  "??=",
  "=>",
  "==",
  "!=",
  "<=",
  ">=",
  "&&",
  "||",
  "??",
  "?.",
  "++",
  "--",
  "+=",
  "-=",
  "*=",
  "/=",
  "%=",
  "&=",
  "|=",
  "^=",
  "**",
  "<<",
  ">>"
];
var PUNCTS_BY_CHAR = Array.from({ length: 128 }, () => []);
for (const p of PUNCTS) PUNCTS_BY_CHAR[p.charCodeAt(0)].push(p);
var NUMBER_RE = /(?:0[xXbBoO][0-9a-fA-F_]+n?|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?n?)/y;
var MAX_DEPTH = 500;
var MAX_JSX_ABORTS = 8;
var JSX_TEXT_END = /[<{]/g;
var JSX_TAG = /[\w$.:-]*/y;
var JSX_ATTR = /[\w$:-]+/y;
var JSX_CLOSE = /<\s*\/\s*([\w$.:-]*)\s*>/y;
var GENERIC_ARROW = /^<\s*[\w$]+\s*(?:,|extends\b)/;
function opensBlock(t, i) {
  if (i < 0) return true;
  const v = t.value[i];
  if (t.type[i] === PUNCT) return BLOCK_AFTER.has(v) || v === ")";
  if (t.type[i] !== NAME3) return false;
  return v === "else" || v === "do" || !EXPR_KEYWORDS.has(v);
}
var isIdStart = (c) => c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 36 || c === 95 || c === 35 || c > 127 || c === 92;
var ID_PART = new Uint8Array(128);
for (let c = 0; c < 128; c++) ID_PART[c] = isIdStart(c) || c >= 48 && c <= 57 ? 1 : 0;
var isIdPart = (c) => c < 128 ? ID_PART[c] === 1 : c === c;
var isDigit2 = (c) => c >= 48 && c <= 57;
var CHARS = [];
for (let c = 0; c < 128; c++) CHARS[c] = String.fromCharCode(c);
var JsxAbort = class extends Error {
};
var INITIAL_TOKENS = 256;
var shared = {
  n: 0,
  type: new Uint8Array(INITIAL_TOKENS),
  start: new Int32Array(INITIAL_TOKENS),
  end: new Int32Array(INITIAL_TOKENS),
  template: new Int32Array(INITIAL_TOKENS),
  flags: new Uint8Array(INITIAL_TOKENS),
  value: []
};
function grow(t) {
  const cap = t.type.length * 2;
  const g8 = (a) => {
    const b = new Uint8Array(cap);
    b.set(a.subarray(0, t.n));
    return b;
  };
  const g32 = (a) => {
    const b = new Int32Array(cap);
    b.set(a.subarray(0, t.n));
    return b;
  };
  t.type = g8(t.type);
  t.flags = g8(t.flags);
  t.start = g32(t.start);
  t.end = g32(t.end);
  t.template = g32(t.template);
}
function lex(src, dialect) {
  const t = shared;
  t.n = 0;
  t.value = [];
  const unsure = [];
  let pos = 0;
  let depth = 0;
  let closerRegex = false;
  let jsxAborts = 0;
  const push = (type, value, start, end2, template = -1, flags = 0) => {
    const i = t.n;
    if (i === t.type.length) grow(t);
    t.type[i] = type;
    t.start[i] = start;
    t.end[i] = end2;
    t.template[i] = template;
    t.flags[i] = flags;
    t.value[i] = value;
    t.n = i + 1;
  };
  const exprStart = () => {
    const i = t.n - 1;
    if (i < 0) return true;
    const v = t.value[i];
    switch (t.type[i]) {
      case TEMPLATE:
        return (t.flags[i] & OPEN) !== 0;
      case NAME3: {
        if (i > 0 && t.type[i - 1] === PUNCT && (t.value[i - 1] === "." || t.value[i - 1] === "?.")) return false;
        return EXPR_KEYWORDS.has(v);
      }
      case PUNCT:
        if (v === ")" || v === "}") return closerRegex;
        return v !== "]" && v !== "++" && v !== "--";
      default:
        return false;
    }
  };
  const skipSpaceAndComments = () => {
    let p = pos;
    const n = src.length;
    while (p < n) {
      const c = src.charCodeAt(p);
      if (c === 32 || c === 10 || c === 9 || c === 13 || c === 65279 || c === 160 || c === 8232 || c === 8233 || c === 11 || c === 12) {
        p++;
      } else if (c === 47 && src.charCodeAt(p + 1) === 47) {
        const nl = src.indexOf("\n", p);
        p = nl < 0 ? n : nl;
      } else if (c === 47 && src.charCodeAt(p + 1) === 42) {
        const close = src.indexOf("*/", p + 2);
        if (close < 0) {
          unsure.push(`unterminated comment at offset ${p}`);
          p = n;
        } else p = close + 2;
      } else break;
    }
    pos = p;
  };
  const readString2 = () => {
    const start = pos;
    const q = src.charCodeAt(pos++);
    for (let p = pos, n = src.length; p < n; p++) {
      const c = src.charCodeAt(p);
      if (c === q) {
        pos = p + 1;
        return push(STRING, src.slice(start + 1, p), start, pos);
      }
      if (c === 92 || c === 10 || c === 13) break;
    }
    let out = "";
    let chunk = pos;
    for (; ; ) {
      if (pos >= src.length) {
        unsure.push(`unterminated string at offset ${start}`);
        out += src.slice(chunk, pos);
        break;
      }
      const c = src.charCodeAt(pos);
      if (c === q) {
        out += src.slice(chunk, pos);
        pos++;
        break;
      }
      if (c === 10 || c === 13) {
        unsure.push(`unterminated string at offset ${start}`);
        out += src.slice(chunk, pos);
        break;
      }
      if (c === 92) {
        out += src.slice(chunk, pos);
        const [cooked, next] = escape(src, pos);
        out += cooked;
        pos = next;
        chunk = pos;
      } else pos++;
    }
    push(STRING, out, start, pos);
  };
  const readTemplate = () => {
    const template = pos;
    let partStart = pos;
    pos++;
    let out = "";
    let chunk = pos;
    for (; ; ) {
      if (pos >= src.length) {
        unsure.push(`unterminated template at offset ${template}`);
        push(TEMPLATE, out + src.slice(chunk, pos), partStart, pos, template);
        return;
      }
      const c = src.charCodeAt(pos);
      if (c === 96) {
        pos++;
        push(TEMPLATE, out + src.slice(chunk, pos - 1), partStart, pos, template);
        return;
      }
      if (c === 92) {
        out += src.slice(chunk, pos);
        const [cooked, next] = escape(src, pos);
        out += cooked;
        pos = next;
        chunk = pos;
      } else if (c === 36 && src.charCodeAt(pos + 1) === 123) {
        push(TEMPLATE, out + src.slice(chunk, pos), partStart, pos + 2, template, OPEN);
        pos += 2;
        partStart = code(true);
        if (partStart >= src.length) return;
        pos = partStart + 1;
        out = "";
        chunk = pos;
      } else pos++;
    }
  };
  const readRegex = () => {
    const start = pos++;
    let inClass = false;
    while (pos < src.length) {
      const c = src.charCodeAt(pos);
      if (c === 10 || c === 13) {
        unsure.push(`unterminated regex at offset ${start}`);
        return push(REGEX, void 0, start, pos);
      }
      if (c === 92) pos += 2;
      else if (c === 91) inClass = true, pos++;
      else if (c === 93) inClass = false, pos++;
      else if (c === 47 && !inClass) {
        pos++;
        while (pos < src.length && isIdPart(src.charCodeAt(pos))) pos++;
        return push(REGEX, void 0, start, pos);
      } else pos++;
    }
    unsure.push(`unterminated regex at offset ${start}`);
    push(REGEX, void 0, start, pos);
  };
  const readName = () => {
    const start = pos;
    let p = pos + 1;
    for (const n = src.length; p < n; p++) {
      const c = src.charCodeAt(p);
      if (c < 128 && ID_PART[c] === 0) break;
    }
    pos = p;
    push(NAME3, src.slice(start, p), start, p);
  };
  const jsxStarts = () => {
    if (!dialect.jsx || jsxAborts >= MAX_JSX_ABORTS || !exprStart()) return false;
    const c = src.charCodeAt(pos + 1);
    if (c === 62) return true;
    if (!isIdStart(c) || c === 35) return false;
    if (dialect.ts && GENERIC_ARROW.test(src.slice(pos, pos + 200))) return false;
    return true;
  };
  const code = (stopAtBrace) => {
    if (++depth > MAX_DEPTH) throw new JsxAbort("nesting too deep");
    const stack = [];
    try {
      for (; ; ) {
        skipSpaceAndComments();
        if (pos >= src.length) {
          if (stack.length > 0 || stopAtBrace) unsure.push("unbalanced brackets at end of file");
          return pos;
        }
        const c = src.charCodeAt(pos);
        if (c === 34 || c === 39) {
          readString2();
        } else if (c === 96) {
          readTemplate();
        } else if (isIdStart(c)) {
          if (c === 35 && pos === 0 && src.charCodeAt(1) === 33) {
            const nl = src.indexOf("\n");
            pos = nl < 0 ? src.length : nl;
            continue;
          }
          readName();
        } else if (isDigit2(c) || c === 46 && isDigit2(src.charCodeAt(pos + 1))) {
          NUMBER_RE.lastIndex = pos;
          const m = NUMBER_RE.exec(src);
          const end2 = m && m[0].length > 0 ? pos + m[0].length : pos + 1;
          push(NUMBER, void 0, pos, end2);
          pos = end2;
        } else if (c === 47 && exprStart()) {
          readRegex();
        } else if (c === 60 && jsxStarts()) {
          const mark = t.n;
          const at2 = pos;
          const before = unsure.length;
          try {
            jsxElement();
          } catch (err) {
            if (!(err instanceof JsxAbort)) throw err;
            t.n = mark;
            t.value.length = mark;
            unsure.length = before;
            pos = at2;
            unsure.push(`unreadable JSX at offset ${at2}`);
            jsxAborts++;
            push(PUNCT, "<", pos, pos + 1);
            pos++;
          }
        } else {
          const prev = t.n - 1;
          let value = c < 128 ? CHARS[c] : String.fromCharCode(c);
          if (c === 40 || c === 91 || c === 123) {
            let regexAfter = false;
            if (c === 40) regexAfter = prev >= 0 && t.type[prev] === NAME3 && COND_KEYWORDS.has(t.value[prev]);
            else if (c === 123) regexAfter = opensBlock(t, prev);
            stack.push(regexAfter);
          } else if (c === 41 || c === 93 || c === 125) {
            if (c === 125 && stack.length === 0 && stopAtBrace) return pos;
            if (stack.length === 0) {
              unsure.push(`unbalanced '${value}' at offset ${pos}`);
              closerRegex = true;
            } else closerRegex = stack.pop();
          } else {
            if (c < 128) {
              for (const p of PUNCTS_BY_CHAR[c]) {
                if (src.startsWith(p, pos)) {
                  value = p;
                  break;
                }
              }
            }
            if (value === "?." && isDigit2(src.charCodeAt(pos + 2))) value = "?";
          }
          push(PUNCT, value, pos, pos + value.length);
          pos += value.length;
        }
      }
    } finally {
      depth--;
    }
  };
  const jsxElement = () => {
    if (++depth > MAX_DEPTH) throw new JsxAbort("nesting too deep");
    try {
      pos++;
      jsxSpace();
      JSX_TAG.lastIndex = pos;
      const tag = JSX_TAG.exec(src)[0];
      pos += tag.length;
      for (; ; ) {
        jsxSpace();
        const c = src.charCodeAt(pos);
        if (pos >= src.length) throw new JsxAbort("eof in tag");
        if (c === 47 && src.charCodeAt(pos + 1) === 62) {
          pos += 2;
          return end();
        }
        if (c === 62) {
          pos++;
          break;
        }
        if (c === 123) {
          container();
          continue;
        }
        JSX_ATTR.lastIndex = pos;
        const m = JSX_ATTR.exec(src);
        if (!m || tag === "") throw new JsxAbort("not an attribute");
        push(NAME3, m[0], pos, pos + m[0].length);
        pos += m[0].length;
        jsxSpace();
        if (src.charCodeAt(pos) !== 61) continue;
        push(PUNCT, "=", pos, pos + 1);
        pos++;
        jsxSpace();
        const v = src.charCodeAt(pos);
        if (v === 34 || v === 39) {
          const close = src.indexOf(String.fromCharCode(v), pos + 1);
          if (close < 0) throw new JsxAbort("eof in attribute");
          push(STRING, src.slice(pos + 1, close), pos, close + 1, -1, JSX);
          pos = close + 1;
        } else if (v === 123) {
          container();
        } else if (v === 60) {
          jsxElement();
        } else throw new JsxAbort("bad attribute value");
      }
      for (; ; ) {
        JSX_TEXT_END.lastIndex = pos;
        if (!JSX_TEXT_END.exec(src)) throw new JsxAbort("eof in children");
        pos = JSX_TEXT_END.lastIndex - 1;
        if (src.charCodeAt(pos) === 123) {
          container();
          continue;
        }
        JSX_CLOSE.lastIndex = pos;
        const m = JSX_CLOSE.exec(src);
        if (m) {
          if (m[1] !== tag) throw new JsxAbort("mismatched closing tag");
          pos += m[0].length;
          return end();
        }
        jsxElement();
      }
    } finally {
      depth--;
    }
  };
  const jsxSpace = skipSpaceAndComments;
  const container = () => {
    push(PUNCT, "{", pos, pos + 1, -1, JSX);
    pos++;
    const close = code(true);
    if (close >= src.length) throw new JsxAbort("eof in expression container");
    push(JSX_END, "}", close, close + 1);
    pos = close + 1;
  };
  const end = () => {
    push(JSX_END, "", pos, pos);
  };
  try {
    code(false);
  } catch (err) {
    unsure.push(`tokenizer gave up: ${err.message}`);
  }
  return { tokens: t, unsure };
}

// src/detect/javascript/prime.ts
var PRIME_SAMPLE = [
  String.raw`#!/usr/bin/env node`,
  String.raw`// line comment "not a string"`,
  String.raw`/* block comment 'nor this' */`,
  String.raw`import def, { a as b, type C, "d" as e } from "pkg";`,
  String.raw`import * as ns from '@scope/pkg/sub';`,
  String.raw`import "side-effect";`,
  String.raw`import type { T } from "types";`,
  String.raw`import x = require("legacy");`,
  String.raw`export * from "./all";`,
  String.raw`export { f, g as h } from "./named";`,
  String.raw`export type { U } from "./types";`,
  String.raw`export default class K extends Base<T> { #priv = 1; static s = 'st'; m() { return this.#priv; } }`,
  String.raw`const r = require("cjs"), d = await import("dyn"), d2 = import("dyn2", { with: { type: "json" } });`,
  String.raw`type I = typeof import("typed");`,
  String.raw`const conf: Options = { model: "gpt-4o", "base_url": 'https://api.example.com/v1', nested: { key: x } };`,
  String.raw`let annotated: string | undefined = "annotated", opt?: number;`,
  String.raw`interface Shape { model?: "gpt-4o"; kind: "literal"; n?: number }`,
  String.raw`obj.prop = "member"; obj["computed"] = "bracket"; obj?.maybe?.(1)?.[2];`,
  "const t = `head ${a + `inner ${b}`} mid ${c ? 'x' : \"y\"} tail \\u0041 \\n`, bare = `bare`;",
  "const tagged = tag`raw ${x}`, keyed = { k: `v` };",
  String.raw`const re = /[/\]a-z]+\/(?:x|y)\d{2,}/giu, div = a / b / c, re2 = (/x/).test(s);`,
  String.raw`const nums = [0x1F, 0b101, 0o17, 1_000, 1.5e-3, .5, 10n, 3., a?.5:1];`,
  `const esc = "q\\"uote\\\\ \\x41 \\u{1F600} \\0 \\
continued", sq = 'it\\'s';`,
  String.raw`const tern = cond ? "yes" : "no", nested = a ? b ? "c" : "d" : "e", chain = a ?? b ?? "z";`,
  String.raw`switch (k) { case X.Y: v = "case"; break; default: v = "default"; }`,
  String.raw`label: for (const q of qs) { if (q) continue label; while (w) break; }`,
  String.raw`if (a) /regex-after-paren/.test(b); else { x = y }`,
  String.raw`function fn<T,>(p?: T, ...rest: T[]): T { return p!; }`,
  String.raw`const arrow = async <T,>(z: T) => z, generic = <T extends object>(v: T) => v;`,
  String.raw`x >>>= 1; x **= 2; x ||= 3; x &&= 4; x ??= 5; x <<= 6; x >>= 7; i++; j--; !k; ~l; -m; +n; typeof o; void 0; delete p.q;`,
  String.raw`a === b !== c == d != e <= f >= g && h || i;`,
  String.raw`const el = <div className="cls" data-x='y' {...spread} onClick={() => go("click")} ok={<b>bold</b>}>`,
  String.raw`  text {value} <Child prop={"attr"} /><>fragment</>`,
  String.raw`  <ns:tag a="b"></ns:tag>`,
  String.raw`</div>;`
].join("\n");
var PRIME_BROKEN = [
  "f(a, [b, {c: 'd'}",
  "x = 'unterminated\nnext",
  "y = /unterminated\nz",
  "t = `open ${a",
  "u = `open",
  "/* open comment",
  "a) b] c}",
  "<div attr=>broken",
  "<div><span></div>"
];
var DIALECTS = [
  { ts: true, jsx: true },
  { ts: true, jsx: false },
  { ts: false, jsx: true }
];
var PRIME_AFTER = 16;
var seen = 0;
var primed = false;
function beforeTokenizing() {
  if (++seen === PRIME_AFTER) primeJavaScript();
}
function primeJavaScript() {
  if (primed) return;
  primed = true;
  for (let round = 0; round < 2; round++) {
    for (const dialect of DIALECTS) {
      for (const src of [PRIME_SAMPLE, ...PRIME_BROKEN]) {
        const { tokens } = lex(src, dialect);
        tokenImports(tokens);
        tokenLiterals(tokens, src, dialect.ts);
      }
    }
  }
}

// src/detect/javascript/detect.ts
function dialectOf(path) {
  const ext = /\.([cm]?[jt]sx?)$/i.exec(path)?.[1]?.toLowerCase() ?? "js";
  return { ts: ext.includes("t"), jsx: !/^[cm]?ts$/.test(ext) };
}
var parserPath = (d) => d.ts ? d.jsx ? "file.tsx" : "file.ts" : "file.js";
async function analyzeJavaScript(text, dialect, mode = "auto") {
  beforeTokenizing();
  const tok = lex(text, dialect);
  const fromTokens = {
    imports: tokenImports(tok.tokens),
    literals: tokenLiterals(tok.tokens, text, dialect.ts),
    parser: "tokenizer",
    unsure: tok.unsure
  };
  if (mode === "tokenizer" || mode === "auto" && tok.unsure.length === 0) return fromTokens;
  try {
    const exact = await parseWithEstree(text, parserPath(dialect));
    return { ...exact, parser: "estree", unsure: tok.unsure };
  } catch (err) {
    const message = err instanceof Error ? err.message.split("\n")[0] : String(err);
    return { ...fromTokens, parseError: message };
  }
}
var IMPORTISH = /\b(?:from|import|require)\s*(?:\(\s*)?["'`]/;
async function detectJs(text, catalog, opts) {
  const evidence = [];
  const diagnostics = [];
  let literals = [];
  try {
    const analysis = await analyzeJavaScript(text, opts.dialect, opts.mode);
    if (analysis.parseError !== void 0) {
      diagnostics.push({ file: opts.path, message: `could not parse (${analysis.parseError}); used the fallback tokenizer` });
    }
    const at2 = positions(text);
    literals = analysis.literals.map(({ value, offset, key }) => {
      const p = at2(offset);
      return literal(value, p.line, p.column, key);
    });
    if (analysis.imports.length > 0 && passesPrefilter(catalog, text) && IMPORTISH.test(text)) {
      let values;
      const seen2 = /* @__PURE__ */ new Set();
      for (const imp of analysis.imports) {
        const named = jsPackageName(imp.specifier) === imp.specifier ? imp.names ?? [] : [];
        const moduleTargets = catalog.lookupImport("js", imp.specifier);
        const moduleVendors = new Set(moduleTargets.map((t) => t.vendor));
        const refs = [
          { offset: imp.offset, targets: moduleTargets },
          ...named.map((n) => ({
            offset: n.offset,
            // Only a name that reaches another vendor than its module (a package
            // pattern that `openai.Name` happens to fit adds nothing).
            targets: catalog.lookupImport("js", `${imp.specifier}.${n.name}`).filter((t) => t.vendor !== void 0 && !moduleVendors.has(t.vendor))
          }))
        ];
        for (const ref of refs) for (const target of ref.targets) {
          if (target.requiresLiteral?.length && !literalAllows(target, values ??= new Set(analysis.literals.map((l) => l.value)))) continue;
          const id = `${ref.offset}|${targetKey(target)}`;
          if (seen2.has(id)) continue;
          seen2.add(id);
          const pos = at2(ref.offset);
          evidence.push(targetEvidence("import", opts.path, pos, "npm", target, snippetAt(text, pos.line)));
        }
      }
    }
  } catch (err) {
    diagnostics.push(diagnostic(opts.path, "could not scan", err));
  }
  return { evidence, literals, diagnostics };
}
function literalAllows(target, values) {
  return !target.requiresLiteral?.length || target.requiresLiteral.some((l) => values.has(l));
}

// src/detect/javascript/sfc.ts
var TAG = /<!--[\s\S]*?(?:-->|$)|<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
var CLOSE = /<\/script\s*>/gi;
function attr(attrs, name) {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3]).toLowerCase() : void 0;
}
var blank = (s) => s.replace(/[^\r\n]/g, " ");
function scriptBlocks(src) {
  const parts = [];
  let last3 = 0;
  let blocks = 0;
  let ts = false;
  let jsx = false;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(src); m; m = TAG.exec(src)) {
    if (m[0].startsWith("<!--")) continue;
    const attrs = m[1] ?? "";
    const start = m.index + m[0].length;
    CLOSE.lastIndex = start;
    const close = CLOSE.exec(src);
    const end = close ? close.index : src.length;
    TAG.lastIndex = close ? close.index + close[0].length : src.length;
    const type = attr(attrs, "type");
    if (type && !/javascript|ecmascript|module|typescript|babel|jsx/.test(type)) continue;
    const lang = attr(attrs, "lang") ?? "js";
    parts.push(blank(src.slice(last3, start)), src.slice(start, end));
    last3 = end;
    blocks++;
    if (lang === "ts" || lang === "tsx" || lang === "typescript") ts = true;
    if (lang === "jsx" || lang === "tsx") jsx = true;
  }
  parts.push(blank(src.slice(last3)));
  return { text: parts.join(""), blocks, ts, jsx: jsx || !ts };
}

// src/detect/javascript/index.ts
var detectJavaScript = ({ file, text, catalog }) => detectJs(text, catalog, { path: file.path, dialect: dialectOf(file.path) });
var detectVueSvelte = async ({ file, text, catalog }) => {
  const scripts = scriptBlocks(text);
  if (scripts.blocks === 0) return { evidence: [], literals: [], diagnostics: [] };
  const out = await detectJs(scripts.text, catalog, { path: file.path, dialect: { ts: scripts.ts, jsx: scripts.jsx } });
  return out;
};

// src/detect/python/lexer.ts
var STRING_PREFIXES = /* @__PURE__ */ new Set(["r", "u", "b", "f", "t", "br", "rb", "fr", "rf", "tr", "rt"]);
var OPS3 = ["**=", "//=", ">>=", "<<=", "..."];
var OPS2 = ["==", "!=", "<=", ">=", ":=", "->", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "**", "//", ">>", "<<"];
var isIdStart2 = (c) => /[A-Za-z_\u00C0-\uFFFF]/.test(c);
var isIdChar = (c) => /[A-Za-z0-9_\u00C0-\uFFFF]/.test(c);
var SIMPLE_ESCAPES = {
  n: "\n",
  t: "	",
  r: "\r",
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  v: "\v",
  "0": "\0"
};
function lexPython(text) {
  const tokens = [];
  const nested = [];
  const errors = [];
  const starts = lineStarts(text);
  const stack = [];
  const n = text.length;
  let i = 0;
  const push = (type, value, offset, extra) => {
    const { line, column } = locate(starts, offset);
    const tok = { type, value, offset, line, column, depth: stack.length, ...extra };
    const top = stack[stack.length - 1];
    if (top) tok.bracket = top;
    tokens.push(tok);
  };
  const readString2 = (q, prefix) => {
    const quote = text[q];
    const triple = text.startsWith(quote.repeat(3), q);
    const delim = triple ? quote.repeat(3) : quote;
    const raw = prefix.includes("r");
    const bytes = prefix.includes("b");
    const fmt = prefix.includes("f") || prefix.includes("t");
    let j = q + delim.length;
    let out = "";
    while (j < n) {
      const c = text[j];
      if (c === "\\") {
        const d = text[j + 1];
        if (d === void 0) {
          j++;
          break;
        }
        if (raw) {
          out += c + d;
          j += 2;
          continue;
        }
        if (d === "\n") {
          j += 2;
          continue;
        }
        if (d === "\r" && text[j + 2] === "\n") {
          j += 3;
          continue;
        }
        const simple = SIMPLE_ESCAPES[d];
        if (simple !== void 0 && !(d === "0" && /[0-7]/.test(text[j + 2] ?? ""))) {
          out += simple;
          j += 2;
          continue;
        }
        let m;
        if (m = /^[0-7]{1,3}/.exec(text.slice(j + 1, j + 4))) {
          out += String.fromCharCode(parseInt(m[0], 8));
          j += 1 + m[0].length;
          continue;
        }
        const hexLen = d === "x" ? 2 : !bytes && d === "u" ? 4 : !bytes && d === "U" ? 8 : 0;
        if (hexLen > 0) {
          const hex = text.slice(j + 2, j + 2 + hexLen);
          if (new RegExp(`^[0-9a-fA-F]{${hexLen}}$`).test(hex)) {
            const cp = parseInt(hex, 16);
            out += cp <= 1114111 ? String.fromCodePoint(cp) : "";
            j += 2 + hexLen;
            continue;
          }
        }
        out += c + d;
        j += 2;
        continue;
      }
      if (text.startsWith(delim, j)) return { value: out, end: j + delim.length };
      if (!triple && (c === "\n" || c === "\r" && text[j + 1] === "\n")) {
        errors.push(`unterminated string at line ${locate(starts, q).line}`);
        return { value: out, end: j };
      }
      if (fmt && c === "{") {
        if (text[j + 1] === "{") {
          out += "{";
          j += 2;
          continue;
        }
        const end = readField(j + 1, delim);
        out += text.slice(j, end);
        j = end;
        continue;
      }
      if (fmt && c === "}" && text[j + 1] === "}") {
        out += "}";
        j += 2;
        continue;
      }
      out += c;
      j++;
    }
    errors.push(`unterminated string at line ${locate(starts, q).line}`);
    return { value: out, end: n };
  };
  const readField = (from, delim) => {
    let j = from;
    let depth = 0;
    let spec = false;
    while (j < n) {
      const c = text[j];
      if (spec && text.startsWith(delim, j)) return j;
      if (c === "\n" && delim.length === 1 && depth === 0) return j;
      if (spec) {
        if (c === "{") {
          j = readField(j + 1, delim);
          continue;
        }
        if (c === "}") return j + 1;
        j++;
        continue;
      }
      if (c === "#") {
        while (j < n && text[j] !== "\n") j++;
        continue;
      }
      if (c === "'" || c === '"') {
        const s = readString2(j, "");
        const { line, column } = locate(starts, j);
        nested.push({ value: s.value, line, column, offset: j });
        j = s.end;
        continue;
      }
      if (isIdStart2(c)) {
        let k = j;
        while (k < n && isIdChar(text[k])) k++;
        const word = text.slice(j, k);
        if ((text[k] === "'" || text[k] === '"') && STRING_PREFIXES.has(word.toLowerCase())) {
          const s = readString2(k, word.toLowerCase());
          const { line, column } = locate(starts, j);
          nested.push({ value: s.value, line, column, offset: j });
          j = s.end;
          continue;
        }
        j = k;
        continue;
      }
      if (c === "(" || c === "[" || c === "{") depth++;
      else if (c === ")" || c === "]") depth = Math.max(0, depth - 1);
      else if (c === "}") {
        if (depth === 0) return j + 1;
        depth--;
      } else if (c === ":" && depth === 0 && text[j + 1] !== "=") spec = true;
      j++;
    }
    return n;
  };
  while (i < n) {
    const c = text[i];
    if (c === "\n") {
      if (stack.length === 0) {
        const last4 = tokens[tokens.length - 1];
        if (last4 && last4.type !== "newline") push("newline", "\n", i);
      }
      i++;
      continue;
    }
    if (c === " " || c === "	" || c === "\r" || c === "\f" || c === "\v" || c === "\uFEFF") {
      i++;
      continue;
    }
    if (c === "#") {
      while (i < n && text[i] !== "\n") i++;
      continue;
    }
    if (c === "\\") {
      i++;
      if (text[i] === "\r") i++;
      if (text[i] === "\n") i++;
      continue;
    }
    if (c === "'" || c === '"') {
      const s = readString2(i, "");
      push("string", s.value, i, { prefix: "" });
      i = s.end;
      continue;
    }
    if (isIdStart2(c)) {
      let k = i;
      while (k < n && isIdChar(text[k])) k++;
      const word = text.slice(i, k);
      if ((text[k] === "'" || text[k] === '"') && STRING_PREFIXES.has(word.toLowerCase())) {
        const prefix = word.toLowerCase();
        const s = readString2(k, prefix);
        push("string", s.value, i, { prefix });
        i = s.end;
        continue;
      }
      push("name", word, i);
      i = k;
      continue;
    }
    if (/[0-9]/.test(c) || c === "." && /[0-9]/.test(text[i + 1] ?? "")) {
      const hex = /^0[xX]/.test(text.slice(i, i + 2));
      let k = i + 1;
      while (k < n && (/[0-9A-Za-z_.]/.test(text[k]) || !hex && /[eE]/.test(text[k - 1]) && /[+-]/.test(text[k]))) k++;
      push("number", text.slice(i, k), i);
      i = k;
      continue;
    }
    if (c === "(" || c === "[" || c === "{") {
      push("op", c, i);
      stack.push(c);
      i++;
      continue;
    }
    if (c === ")" || c === "]" || c === "}") {
      push("op", c, i);
      if (stack.length > 0) stack.pop();
      i++;
      continue;
    }
    const op = OPS3.find((o) => text.startsWith(o, i)) ?? OPS2.find((o) => text.startsWith(o, i)) ?? c;
    push("op", op, i);
    i += op.length;
  }
  const last3 = tokens[tokens.length - 1];
  if (last3 && last3.type !== "newline") push("newline", "", n);
  return { tokens, nested, errors };
}

// src/detect/languages/mask-builder.ts
var SIMPLE_ESC = { n: "\n", t: "	", r: "\r", "0": "\0", "\\": "\\", '"': '"', "'": "'", $: "$", "#": "#" };
var MaskBuilder = class {
  constructor(text) {
    this.text = text;
    this.chars = text.split("");
  }
  text;
  chars;
  strings = /* @__PURE__ */ new Map();
  blank(from, to) {
    for (let k = Math.max(0, from); k < to && k < this.chars.length; k++) if (this.chars[k] !== "\n" && this.chars[k] !== "\r") this.chars[k] = " ";
  }
  /** A literal from `start` (prefix or opening delimiter) to `end`, content from `contentStart`. */
  string(start, contentStart, end, value) {
    this.blank(start, end);
    this.chars[start] = '"';
    this.strings.set(start, { start, end, contentStart, value });
    return end;
  }
  /** Skips a comment or other non-code span. */
  comment(from, to) {
    this.blank(from, to);
    return to;
  }
  result() {
    return { code: this.chars.join(""), strings: this.strings };
  }
};
function readQuoted(text, from, close, opts = {}) {
  const n = text.length;
  let j = from;
  let value = "";
  let depth = 0;
  while (j < n) {
    const c = text[j];
    if (opts.escapes && c === "\\" && j + 1 < n) {
      const d = text[j + 1];
      value += SIMPLE_ESC[d] ?? d;
      j += 2;
      continue;
    }
    if (opts.interp && text.startsWith(opts.interp, j)) {
      j = skipInterpolation(text, j + opts.interp.length);
      continue;
    }
    if (opts.dollarIdent && c === "$" && /[A-Za-z_]/.test(text[j + 1] ?? "")) {
      j++;
      while (j < n && /\w/.test(text[j])) j++;
      continue;
    }
    if (opts.openNest && c === opts.openNest) {
      depth++;
      value += c;
      j++;
      continue;
    }
    if (text.startsWith(close, j)) {
      if (depth > 0) {
        depth--;
        value += c;
        j++;
        continue;
      }
      return { end: j + close.length, value };
    }
    if (c === "\n" && !opts.multiline) break;
    value += c;
    j++;
  }
  return { end: j, value };
}
function skipInterpolation(text, j) {
  const n = text.length;
  let depth = 1;
  while (j < n) {
    const c = text[j];
    if (c === '"' || c === "'") {
      let k = j + 1;
      while (k < n && text[k] !== c && text[k] !== "\n") k += text[k] === "\\" ? 2 : 1;
      j = k + 1;
      continue;
    }
    if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return j + 1;
    j++;
  }
  return n;
}

// src/detect/languages/mask-dart.ts
function maskDart(text) {
  const out = new MaskBuilder(text);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text[i];
    if (text.startsWith("//", i)) {
      const e = text.indexOf("\n", i);
      i = out.comment(i, e < 0 ? n : e);
      continue;
    }
    if (text.startsWith("/*", i)) {
      let depth = 0;
      let j = i;
      while (j < n) {
        if (text.startsWith("/*", j)) {
          depth++;
          j += 2;
        } else if (text.startsWith("*/", j)) {
          j += 2;
          if (--depth === 0) break;
        } else j++;
      }
      i = out.comment(i, j);
      continue;
    }
    const raw = ch === "r" && (text[i + 1] === "'" || text[i + 1] === '"') && !/[\w$]/.test(text[i - 1] ?? "");
    const q = raw ? i + 1 : i;
    if (text[q] === "'" || text[q] === '"') {
      const triple = text.startsWith(text[q].repeat(3), q);
      const close = triple ? text[q].repeat(3) : text[q];
      const from = q + close.length;
      const r = readQuoted(text, from, close, raw ? { multiline: triple } : { escapes: true, multiline: triple, interp: "${", dollarIdent: true });
      i = out.string(i, from, r.end, r.value);
      continue;
    }
    i++;
  }
  return out.result();
}

// src/detect/languages/mask-elixir.ts
var SIGIL_CLOSE = { "(": ")", "[": "]", "{": "}", "<": ">", "/": "/", "|": "|", '"': '"', "'": "'" };
var isWord = (c) => c !== void 0 && /[A-Za-z0-9_]/.test(c);
function maskElixir(text) {
  const out = new MaskBuilder(text);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text[i];
    if (ch === "#") {
      const e = text.indexOf("\n", i);
      i = out.comment(i, e < 0 ? n : e);
      continue;
    }
    if (ch === "?" && !isWord(text[i - 1]) && text[i + 1] !== void 0 && !/\s/.test(text[i + 1])) {
      const len = text[i + 1] === "\\" ? 3 : 2;
      i = out.string(i, i + 1, Math.min(n, i + len), text.slice(i + 1, i + len));
      continue;
    }
    if (text.startsWith('"""', i) || text.startsWith("'''", i)) {
      const q = text.slice(i, i + 3);
      const r = readQuoted(text, i + 3, q, { escapes: true, multiline: true, interp: "#{" });
      i = out.string(i, i + 3, r.end, r.value.replace(/^[ \t]*\r?\n/, ""));
      continue;
    }
    if (ch === '"' || ch === "'") {
      const r = readQuoted(text, i + 1, ch, { escapes: true, multiline: true, interp: "#{" });
      i = out.string(i, i + 1, r.end, r.value);
      continue;
    }
    if (ch === ":" && text[i + 1] === '"' && text[i - 1] !== ":") {
      const r = readQuoted(text, i + 2, '"', { escapes: true, interp: "#{" });
      i = out.string(i, i + 2, r.end, r.value);
      continue;
    }
    if (ch === "~" && !isWord(text[i - 1])) {
      const m = /^~([a-z]|[A-Z][A-Z0-9]*)("""|'''|[(\[{<\/|"'])/.exec(text.slice(i, i + 24));
      if (m) {
        const open = m[2];
        const close = open.length === 3 ? open : SIGIL_CLOSE[open];
        const lower = m[1] === m[1].toLowerCase();
        const from = i + m[0].length;
        const nest = close !== open && open.length === 1 ? { openNest: open } : {};
        const r = readQuoted(text, from, close, { escapes: true, multiline: true, ...lower ? { interp: "#{" } : {}, ...nest });
        let end = r.end;
        while (end < n && /[a-zA-Z]/.test(text[end])) end++;
        i = out.string(i, from, end, r.value);
        continue;
      }
    }
    i++;
  }
  return out.result();
}

// src/detect/languages/mask.ts
function maskLangForPath(path) {
  const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  switch (ext) {
    case "go":
      return "go";
    case "java":
      return "java";
    case "kt":
    case "kts":
      return "kotlin";
    case "scala":
    case "sc":
      return "scala";
    case "groovy":
    case "gradle":
      return "groovy";
    case "cs":
      return "csharp";
    case "fs":
    case "fsx":
    case "fsi":
      return "fsharp";
    case "vb":
      return "vb";
    case "rb":
    case "gemspec":
    case "rake":
      return "ruby";
    case "php":
      return "php";
    case "rs":
      return "rust";
    case "swift":
      return "swift";
    case "ex":
    case "exs":
      return "elixir";
    case "dart":
      return "dart";
    default:
      return path.endsWith("Gemfile") || path.endsWith("Rakefile") ? "ruby" : void 0;
  }
}
var C_LIKE = /* @__PURE__ */ new Set(["go", "java", "kotlin", "scala", "groovy", "csharp", "fsharp", "rust", "swift", "php"]);
var NESTED_BLOCKS = /* @__PURE__ */ new Set(["kotlin", "scala", "rust", "swift", "fsharp"]);
var SIMPLE_ESC2 = { n: "\n", t: "	", r: "\r", "0": "\0", "\\": "\\", '"': '"', "'": "'", "`": "`", $: "$" };
var isWord2 = (c) => c !== void 0 && /[A-Za-z0-9_]/.test(c);
var PHP_OPEN = /<\?(?:php\b|=)?/gi;
var CLOSE2 = { "(": ")", "[": "]", "{": "}", "<": ">" };
function maskCode(text, lang) {
  if (lang === "elixir") return maskElixir(text);
  if (lang === "dart") return maskDart(text);
  const n = text.length;
  const chars = text.split("");
  const strings = /* @__PURE__ */ new Map();
  const blank3 = (from, to) => {
    for (let k = Math.max(0, from); k < to && k < n; k++) if (chars[k] !== "\n" && chars[k] !== "\r") chars[k] = " ";
  };
  const addString = (start, contentStart, end, value) => {
    blank3(start, end);
    chars[start] = '"';
    strings.set(start, { start, end, contentStart, value });
  };
  const lineStartAt = (i2) => i2 === 0 || text[i2 - 1] === "\n";
  const prevSignificant = (i2) => {
    for (let k = i2 - 1; k >= 0; k--) {
      const c = chars[k];
      if (c === "\n") return "\n";
      if (c !== " " && c !== "	" && c !== "\r") return c;
    }
    return void 0;
  };
  const prevWord = (i2) => {
    let k = i2 - 1;
    while (k >= 0 && (chars[k] === " " || chars[k] === "	")) k--;
    let e = k + 1;
    while (k >= 0 && isWord2(chars[k])) k--;
    return text.slice(k + 1, e);
  };
  const skipInterpolation2 = (j, open, close) => {
    let depth = 1;
    while (j < n) {
      const c = text[j];
      if (c === '"' || c === "'") {
        let k = j + 1;
        while (k < n && text[k] !== c && text[k] !== "\n") k += text[k] === "\\" ? 2 : 1;
        j = k + 1;
        continue;
      }
      if (c === open) depth++;
      else if (c === close && --depth === 0) return j + 1;
      else if (c === "\n" && close === ")") return j;
      j++;
    }
    return n;
  };
  const readQuoted2 = (i2, from, close, opts = {}) => {
    let j = from;
    let value = "";
    let depth = 0;
    while (j < n) {
      const c = text[j];
      if (opts.escapes && c === "\\" && j + 1 < n) {
        const d = text[j + 1];
        value += SIMPLE_ESC2[d] ?? d;
        j += 2;
        continue;
      }
      if (opts.interp && text.startsWith(opts.interp[0], j)) {
        j = skipInterpolation2(j + opts.interp[0].length, opts.interp[1], opts.interp[2]);
        continue;
      }
      if (opts.openNest && c === opts.openNest) {
        depth++;
        value += c;
        j++;
        continue;
      }
      if (text.startsWith(close, j)) {
        if (opts.doubled && text.startsWith(close + close, j) && close.length === 1) {
          value += close;
          j += 2;
          continue;
        }
        if (depth > 0) {
          depth--;
          value += c;
          j++;
          continue;
        }
        addString(i2, from, j + close.length, value);
        return j + close.length;
      }
      if (c === "\n" && !opts.multiline) break;
      value += c;
      j++;
    }
    addString(i2, from, j, value);
    return j;
  };
  let i = 0;
  let phpCode = lang !== "php";
  const pendingHeredocs = [];
  while (i < n) {
    const ch = text[i];
    if (!phpCode) {
      PHP_OPEN.lastIndex = i;
      const open = PHP_OPEN.exec(text);
      const at2 = open ? open.index : n;
      blank3(i, at2 + (open ? open[0].length : 0));
      i = at2 + (open ? open[0].length : 0);
      phpCode = true;
      continue;
    }
    if (lang === "php" && text.startsWith("?>", i)) {
      blank3(i, i + 2);
      i += 2;
      phpCode = false;
      continue;
    }
    if (ch === "\n") {
      i++;
      if (pendingHeredocs.length > 0) i = readHeredocBodies(i);
      continue;
    }
    if (lang === "ruby" && lineStartAt(i)) {
      if (/^=begin(?:\s|$)/.test(text.slice(i, i + 7))) {
        const m = /\n=end(?:[^\n]*)/.exec(text.slice(i));
        const end = m ? i + m.index + m[0].length : n;
        blank3(i, end);
        i = end;
        continue;
      }
      if (/^__END__\r?(?:\n|$)/.test(text.slice(i, i + 9))) {
        blank3(i, n);
        break;
      }
    }
    const lineComment = C_LIKE.has(lang) && text.startsWith("//", i) || (lang === "ruby" || lang === "php") && ch === "#" && !(lang === "php" && text[i + 1] === "[") || lang === "vb" && (ch === "'" || /^rem\b/i.test(text.slice(i, i + 4)) && !isWord2(text[i - 1]));
    if (lineComment) {
      let end = text.indexOf("\n", i);
      if (end < 0) end = n;
      if (lang === "php") {
        const close = text.slice(i, end).indexOf("?>");
        if (close >= 0) end = i + close;
      }
      blank3(i, end);
      i = end;
      continue;
    }
    if (lang === "php" && ch === "#" && text[i + 1] === "[") {
      i += 2;
      continue;
    }
    const blockOpen = lang === "fsharp" ? "(*" : C_LIKE.has(lang) ? "/*" : void 0;
    if (blockOpen && text.startsWith(blockOpen, i) && !(lang === "fsharp" && text[i + 2] === ")")) {
      const blockClose = lang === "fsharp" ? "*)" : "*/";
      let depth = 0;
      let j = i;
      while (j < n) {
        if (text.startsWith(blockOpen, j)) {
          depth++;
          j += 2;
          if (!NESTED_BLOCKS.has(lang) && depth > 1) depth = 1;
          continue;
        }
        if (text.startsWith(blockClose, j)) {
          depth--;
          j += 2;
          if (depth === 0) break;
          continue;
        }
        j++;
      }
      blank3(i, j);
      i = j;
      continue;
    }
    const next = lexString(i);
    if (next !== void 0) {
      i = Math.max(next, i + 1);
      continue;
    }
    i++;
  }
  return { code: chars.join(""), strings };
  function lexString(i2) {
    const ch = text[i2];
    switch (lang) {
      case "go":
        if (ch === '"') return readQuoted2(i2, i2 + 1, '"', { escapes: true });
        if (ch === "`") return readQuoted2(i2, i2 + 1, "`", { multiline: true });
        if (ch === "'") return charLiteral(i2);
        return void 0;
      case "java":
      case "kotlin":
      case "scala":
      case "groovy": {
        const interp = lang === "kotlin" || lang === "groovy" ? ["${", "{", "}"] : void 0;
        if (text.startsWith('"""', i2)) return readQuoted2(i2, i2 + 3, '"""', { escapes: lang !== "kotlin", multiline: true, ...interp ? { interp } : {} });
        if (lang === "groovy" && text.startsWith("'''", i2)) return readQuoted2(i2, i2 + 3, "'''", { escapes: true, multiline: true });
        if (ch === '"') return readQuoted2(i2, i2 + 1, '"', { escapes: true, ...interp ? { interp } : {} });
        if (ch === "'") return lang === "groovy" ? readQuoted2(i2, i2 + 1, "'", { escapes: true }) : charLiteral(i2);
        return void 0;
      }
      case "csharp": {
        const m = /^(\$*)(@?)(\$*)("+)/.exec(text.slice(i2, i2 + 16));
        if (m && (m[1] || m[2] || m[3] || m[4])) {
          const dollars = (m[1] ?? "").length + (m[3] ?? "").length;
          const quotes = m[4].length;
          const from = i2 + m[0].length;
          if (quotes >= 3) return readQuoted2(i2, from, '"'.repeat(quotes), { multiline: true, ...dollars > 0 ? { interp: ["{".repeat(dollars), "{", "}"] } : {} });
          if (quotes === 2 && !m[2]) {
            addString(i2, from, from, "");
            return from;
          }
          if (m[2]) return readQuoted2(i2, i2 + m[0].length - quotes + 1, '"', { doubled: true, multiline: true, ...dollars > 0 ? { interp: ["{", "{", "}"] } : {} });
          return readQuoted2(i2, i2 + m[0].length - quotes + 1, '"', { escapes: true, ...dollars > 0 ? { interp: ["{", "{", "}"] } : {} });
        }
        if (ch === "'") return charLiteral(i2);
        return void 0;
      }
      case "fsharp":
        if (text.startsWith('"""', i2)) return readQuoted2(i2, i2 + 3, '"""', { multiline: true });
        if (text.startsWith('@"', i2)) return readQuoted2(i2, i2 + 2, '"', { doubled: true, multiline: true });
        if (ch === '"') return readQuoted2(i2, i2 + 1, '"', { escapes: true, multiline: true });
        if (ch === "'") return charLiteral(i2);
        return void 0;
      case "vb":
        if (ch === '"') return readQuoted2(i2, i2 + 1, '"', { doubled: true });
        return void 0;
      case "rust": {
        const raw = /^(b?r)(#*)"/.exec(text.slice(i2, i2 + 260));
        if (raw && !isWord2(text[i2 - 1])) {
          const close = '"' + raw[2];
          return readQuoted2(i2, i2 + raw[0].length, close, { multiline: true });
        }
        if ((ch === "b" || ch === "c") && text[i2 + 1] === '"' && !isWord2(text[i2 - 1])) return readQuoted2(i2, i2 + 2, '"', { escapes: true, multiline: true });
        if (ch === '"') return readQuoted2(i2, i2 + 1, '"', { escapes: true, multiline: true });
        if (ch === "'") return charLiteral(i2);
        if (ch === "b" && text[i2 + 1] === "'" && !isWord2(text[i2 - 1])) return charLiteral(i2 + 1);
        return void 0;
      }
      case "swift": {
        const ext = /^(#+)("""|")/.exec(text.slice(i2, i2 + 260));
        if (ext) {
          const close = ext[2] + ext[1];
          return readQuoted2(i2, i2 + ext[0].length, close, { multiline: ext[2] === '"""' });
        }
        if (text.startsWith('"""', i2)) return readQuoted2(i2, i2 + 3, '"""', { escapes: true, multiline: true, interp: ["\\(", "(", ")"] });
        if (ch === '"') return readQuoted2(i2, i2 + 1, '"', { escapes: true, interp: ["\\(", "(", ")"] });
        return void 0;
      }
      case "php":
        return phpString(i2);
      case "ruby":
        return rubyString(i2);
    }
  }
  function charLiteral(i2) {
    const m = /^'(?:\\(?:u\{[0-9a-fA-F]{1,6}\}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|[0-7]{1,3}|.)|[^'\\\n])'/u.exec(text.slice(i2, i2 + 16));
    if (!m) return void 0;
    addString(i2, i2 + 1, i2 + m[0].length, m[0].slice(1, -1));
    return i2 + m[0].length;
  }
  function phpString(i2) {
    const ch = text[i2];
    if (ch === '"') return readQuoted2(i2, i2 + 1, '"', { escapes: true, multiline: true });
    if (ch === "'") return readQuoted2(i2, i2 + 1, "'", { escapes: true, multiline: true });
    if (ch === "`") return readQuoted2(i2, i2 + 1, "`", { escapes: true, multiline: true });
    if (text.startsWith("<<<", i2)) {
      const m = /^<<<[ \t]*(["']?)([A-Za-z_]\w*)\1\r?\n/.exec(text.slice(i2, i2 + 300));
      if (!m) return void 0;
      const id = m[2];
      const bodyStart = i2 + m[0].length;
      const close = new RegExp(`^[ \\t]*${id}(?![A-Za-z0-9_])`, "gm");
      close.lastIndex = bodyStart;
      const c = close.exec(text);
      const bodyEnd = c ? c.index : n;
      const end = c ? bodyEnd + c[0].length : n;
      addString(i2, bodyStart, end, text.slice(bodyStart, bodyEnd));
      return end;
    }
    return void 0;
  }
  function rubyString(i2) {
    const ch = text[i2];
    const interp = ["#{", "{", "}"];
    if (ch === '"' || ch === "`") {
      if (ch === '"' && text[i2 - 1] === "$") return void 0;
      return readQuoted2(i2, i2 + 1, ch, { escapes: true, multiline: true, interp });
    }
    if (ch === "'") return readQuoted2(i2, i2 + 1, "'", { escapes: true, multiline: true });
    if (ch === "<" && text[i2 + 1] === "<") {
      const m = /^<<([~-]?)(["'`]?)([A-Za-z_]\w*)\2/.exec(text.slice(i2, i2 + 200));
      if (m && (m[1] || m[2] || /^[A-Z_][A-Z0-9_]*$/.test(m[3])) && !isWord2(text[i2 - 1])) {
        pendingHeredocs.push({ id: m[3], squiggly: m[1] !== "", start: i2, raw: m[2] === "'" });
        blank3(i2 + 1, i2 + m[0].length);
        chars[i2] = '"';
        return i2 + m[0].length;
      }
      return void 0;
    }
    if (ch === "%") {
      const m = /^%([qQwWiIrsx]?)([^A-Za-z0-9\s])/.exec(text.slice(i2, i2 + 3));
      if (!m) return void 0;
      const prev = prevSignificant(i2);
      if (!m[1] && prev !== void 0 && (isWord2(prev) || prev === ")" || prev === "]" || prev === "}")) return void 0;
      const open = m[2];
      const close = CLOSE2[open] ?? open;
      const from = i2 + m[0].length;
      const opts = { escapes: true, multiline: true, ...close !== open ? { openNest: open } : {} };
      return readQuoted2(i2, from, close, /[qwis]/.test(m[1]) ? opts : { ...opts, interp });
    }
    if (ch === "?" && text[i2 + 1] !== void 0 && !/\s/.test(text[i2 + 1]) && !isWord2(text[i2 + 2]) && !isWord2(text[i2 - 1]) && text[i2 - 1] !== ")") {
      const prev = prevSignificant(i2);
      if (prev === void 0 || "(,=[{\n".includes(prev)) {
        addString(i2, i2 + 1, i2 + 2, text[i2 + 1]);
        return i2 + 2;
      }
    }
    if (ch === "/") {
      const prev = prevSignificant(i2);
      const word = prevWord(i2);
      const regexContext = prev === void 0 || "(,=!~|&;{[\n".includes(prev) || /^(?:if|unless|when|and|or|not|return|while|until|puts|p)$/.test(word);
      if (regexContext && text[i2 + 1] !== " " && text[i2 + 1] !== "=") {
        return readQuoted2(i2, i2 + 1, "/", { escapes: true, interp });
      }
    }
    if (ch === ":" && text[i2 + 1] === '"') return readQuoted2(i2, i2 + 2, '"', { escapes: true, interp });
    return void 0;
  }
  function readHeredocBodies(i2) {
    while (pendingHeredocs.length > 0) {
      const h = pendingHeredocs.shift();
      let j = i2;
      let value = "";
      let closed = false;
      while (j < n) {
        let e = text.indexOf("\n", j);
        if (e < 0) e = n;
        const line = text.slice(j, e).replace(/\r$/, "");
        if ((h.squiggly ? line.trim() : line) === h.id) {
          blank3(j, e);
          j = e < n ? e + 1 : n;
          closed = true;
          break;
        }
        value += line + "\n";
        j = e < n ? e + 1 : n;
      }
      blank3(i2, j);
      strings.set(h.start, { start: h.start, end: j, contentStart: i2, value });
      i2 = j;
      if (!closed) break;
    }
    pendingHeredocs.length = 0;
    return i2;
  }
}

// src/detect/languages/common.ts
function importDetector(spec) {
  return ({ file, text, catalog }) => {
    let literals = [];
    try {
      const lex2 = spec.fromMask ? void 0 : lexSpecFor(file.path);
      literals = lex2 ? extractLiterals(text, lex2) : [];
    } catch (err) {
      return { evidence: [], literals: [], diagnostics: [diagnostic(file.path, "could not read string literals", err)] };
    }
    try {
      const lang = maskLangForPath(file.path) ?? spec.defaultLang;
      const masked = maskCode(text, lang);
      if (spec.fromMask) literals = maskedLiterals(masked, text);
      const refs = spec.find(masked, text, lang);
      const values = new Set(literals.map((l) => l.value));
      const starts = lineStarts(text);
      const evidence = [];
      const seen2 = /* @__PURE__ */ new Set();
      for (const ref of refs) {
        let targets = catalog.lookupImport(spec.language, ref.spec);
        if (targets.length === 0 && spec.fallback) targets = spec.fallback(catalog, ref.spec);
        for (const target of targets) {
          if (target.requiresLiteral?.length && !target.requiresLiteral.some((l) => values.has(l))) continue;
          const key = `${ref.statement}|${targetKey(target)}`;
          if (seen2.has(key)) continue;
          seen2.add(key);
          const pos = locate(starts, ref.offset);
          if (spec.ecosystem) {
            evidence.push(targetEvidence("import", file.path, pos, spec.ecosystem, target, snippetFromStarts(text, starts, pos.line)));
          } else {
            const e = { kind: "import", file: file.path, line: pos.line, column: pos.column, package: target.name, snippet: snippetFromStarts(text, starts, pos.line) };
            if (target.vendor) e.vendor = target.vendor;
            if (target.framework) e.framework = target.framework;
            evidence.push(e);
          }
        }
      }
      return { evidence, literals, diagnostics: [] };
    } catch (err) {
      return { evidence: [], literals, diagnostics: [diagnostic(file.path, "could not parse imports", err)] };
    }
  };
}
function maskedLiterals(masked, text) {
  const starts = lineStarts(text);
  const out = [];
  for (const s of masked.strings.values()) {
    const pos = locate(starts, s.start);
    out.push(literal(s.value, pos.line, pos.column, keyBefore(text, s.start)));
  }
  return out;
}
function skipBlank(code, from, newlines = true) {
  let j = from;
  while (j < code.length && (code[j] === " " || code[j] === "	" || code[j] === "\r" || newlines && code[j] === "\n")) j++;
  return j;
}
var snippetFromStarts = lineSnippet;

// src/detect/languages/dart.ts
var DIRECTIVE = /(?<![\w$.])(?:import|export)(?![\w$])/g;
var PACKAGE = /^package:([a-z_][a-z0-9_]*)\//;
function dartImports(masked) {
  const { code, strings } = masked;
  const out = [];
  for (const m of code.matchAll(DIRECTIVE)) {
    let end = code.indexOf(";", m.index);
    if (end < 0 || end - m.index > 2e3) end = Math.min(code.length, m.index + 2e3);
    for (let j = code.indexOf('"', m.index); j >= 0 && j < end; j = code.indexOf('"', j + 1)) {
      const s = strings.get(j);
      const name = s ? PACKAGE.exec(s.value)?.[1] : void 0;
      if (s && name) out.push({ spec: name, offset: s.contentStart, statement: m.index });
    }
  }
  return out;
}
var detectDart = importDetector({ language: "dart", ecosystem: "pub", defaultLang: "dart", find: dartImports, fromMask: true });

// src/detect/languages/dotnet.ts
var NS = String.raw`[A-Za-z_@][\w@]*(?:[ \t]*\.[ \t]*[A-Za-z_@][\w@]*)*`;
var CSHARP = new RegExp(String.raw`(?:^|[;{}])[ \t]*(?:global[ \t]+)?using[ \t]+(?:static[ \t]+)?(?:(?:unsafe[ \t]+)?[A-Za-z_@]\w*[ \t]*=[ \t]*)?(?:global::)?(${NS})[ \t]*(?:<[^;{}]*>)?[ \t]*;`, "dgm");
var FSHARP = new RegExp(String.raw`^[ \t]*open[ \t]+(?:type[ \t]+)?(?:global\.)?(${NS})`, "dgm");
var VB = new RegExp(String.raw`^[ \t]*Imports[ \t]+((?:[A-Za-z_]\w*[ \t]*=[ \t]*)?(?:Global\.)?${NS}(?:[ \t]*,[ \t]*(?:[A-Za-z_]\w*[ \t]*=[ \t]*)?(?:Global\.)?${NS})*)`, "dgim");
function dotnetImports(masked, _text, lang) {
  const { code } = masked;
  const out = [];
  const re = lang === "fsharp" ? FSHARP : lang === "vb" ? VB : CSHARP;
  for (const m of code.matchAll(re)) {
    const group = m[1];
    const groupAt = m.indices?.[1]?.[0] ?? m.index;
    let at2 = 0;
    for (const part of lang === "vb" ? group.split(",") : [group]) {
      const rel = group.indexOf(part, at2);
      at2 = rel + part.length;
      const body = part.replace(/^\s*[A-Za-z_]\w*\s*=\s*/, (s) => lang === "vb" ? " ".repeat(s.length) : s).replace(/^(\s*)Global\./i, (s, ws) => ws + " ".repeat(s.length - ws.length));
      const lead = body.length - body.trimStart().length;
      const spec = body.replace(/\s+/g, "").replace(/@/g, "");
      if (spec) out.push({ spec, offset: groupAt + rel + lead, statement: m.index });
    }
  }
  return out;
}
function nugetFallback(catalog, spec) {
  const parts = spec.split(".");
  for (let n = parts.length; n > 0; n--) {
    const hits = catalog.lookupPackage("nuget", parts.slice(0, n).join("."));
    if (hits.length > 0) return hits.filter((t) => !t.name.endsWith("*"));
  }
  return [];
}
var detectDotnet = importDetector({ language: "csharp", ecosystem: "nuget", defaultLang: "csharp", find: dotnetImports, fallback: nugetFallback });

// src/detect/languages/elixir.ts
var DIRECTIVE2 = /(?<![\w.:@])(alias|import|use|require)[ \t]+([A-Z]\w*(?:\.[A-Z]\w*)*)(?:\.\{([^}]*)\})?/dg;
var MODULE = /(?<![\w.:@?!])[A-Z]\w*(?:\.[A-Z]\w*)*/g;
var DEFINES = /(?<![\w.:@])(?:defmodule|defprotocol|defimpl)[ \t]+([A-Z]\w*(?:\.[A-Z]\w*)*)/g;
function elixirImports(masked) {
  const { code } = masked;
  const out = [];
  const own = [...code.matchAll(DEFINES)].map((m) => m[1]);
  const isOwn = (path) => own.some((o) => path === o || path.startsWith(o + "."));
  const inDirective = /* @__PURE__ */ new Set();
  for (const m of code.matchAll(DIRECTIVE2)) {
    const base = m[2];
    const at2 = m.indices[2][0];
    inDirective.add(at2);
    if (isOwn(base)) continue;
    if (m[3] !== void 0) {
      for (const name of m[3].split(",")) {
        const leaf = /^\s*([A-Z]\w*(?:\.[A-Z]\w*)*)\s*$/.exec(name)?.[1];
        if (leaf) out.push({ spec: `${base}.${leaf}`, offset: at2, statement: m.index });
      }
    } else {
      out.push({ spec: base, offset: at2, statement: m.index });
    }
  }
  for (const m of code.matchAll(MODULE)) {
    if (inDirective.has(m.index) || isOwn(m[0])) continue;
    const before = code.slice(Math.max(0, m.index - 12), m.index);
    if (/(?:defmodule|defprotocol|defimpl)[ \t]+$/.test(before)) continue;
    out.push({ spec: m[0], offset: m.index, statement: -1 });
  }
  return out;
}
var detectElixir = importDetector({ language: "elixir", ecosystem: "hex", defaultLang: "elixir", find: elixirImports, fromMask: true });

// src/detect/languages/go.ts
var NAME4 = /[A-Za-z_][A-Za-z0-9_]*|[._]/y;
function goImports(masked) {
  const { code, strings } = masked;
  const out = [];
  const spec = (j) => {
    j = skipBlank(code, j, false);
    NAME4.lastIndex = j;
    const name = NAME4.exec(code);
    if (name) j = skipBlank(code, j + name[0].length, false);
    const s = code[j] === '"' ? strings.get(j) : void 0;
    if (!s) return void 0;
    out.push({ spec: s.value, offset: s.contentStart, statement: s.start });
    return s.end;
  };
  for (const m of code.matchAll(/(?<![\w.])import\b/g)) {
    const statement = m.index;
    let j = skipBlank(code, statement + 6);
    if (code[j] !== "(") {
      spec(j);
      continue;
    }
    j++;
    for (let guard = 0; guard < 1e4; guard++) {
      while (j < code.length && /[\s;]/.test(code[j])) j++;
      if (j >= code.length || code[j] === ")") break;
      const end = spec(j);
      if (end === void 0) break;
      j = end;
    }
  }
  return out;
}
var detectGo = importDetector({ language: "go", ecosystem: "go", defaultLang: "go", find: goImports });

// src/detect/languages/jvm.ts
var IMPORT = /(?:^|;)[ \t]*import[ \t]+(?:static[ \t]+)?/gm;
var IDENT2 = /[A-Za-z_$][\w$]*|`[^`\n]+`/y;
function statementText(code, from) {
  let j = from;
  let depth = 0;
  while (j < code.length) {
    const c = code[j];
    if (c === "{") depth++;
    else if (c === "}") depth--;
    else if ((c === ";" || c === "\n") && depth <= 0) break;
    j++;
  }
  return code.slice(from, j);
}
function paths(stmt, base) {
  const out = [];
  let j = 0;
  const ws = () => {
    while (j < stmt.length && /\s/.test(stmt[j])) j++;
  };
  for (let guard = 0; guard < 1e3 && j < stmt.length; guard++) {
    ws();
    const start = j;
    const parts = [];
    for (; ; ) {
      ws();
      IDENT2.lastIndex = j;
      const m = IDENT2.exec(stmt);
      if (m && m.index === j) {
        parts.push(m[0].replace(/`/g, ""));
        j += m[0].length;
      } else if (stmt[j] === "*") {
        j++;
        break;
      } else if (stmt[j] === "{") {
        const close = stmt.indexOf("}", j);
        const inner = stmt.slice(j + 1, close < 0 ? stmt.length : close);
        for (const sel of inner.split(",")) {
          const name = /^\s*([A-Za-z_$][\w$]*)/.exec(sel)?.[1];
          if (name && name !== "_" && name !== "given") out.push({ spec: [...parts, name].join("."), offset: base + start });
        }
        if (parts.length > 0) out.push({ spec: parts.join("."), offset: base + start });
        return out;
      } else {
        break;
      }
      ws();
      if (stmt[j] === ".") {
        j++;
        continue;
      }
      break;
    }
    const clean = parts.filter((p) => p !== "_" && p !== "given");
    if (clean.length > 0) out.push({ spec: clean.join("."), offset: base + start });
    const comma = stmt.indexOf(",", j);
    if (comma < 0) break;
    j = comma + 1;
  }
  return out;
}
function jvmImports(masked) {
  const { code } = masked;
  const out = [];
  for (const m of code.matchAll(IMPORT)) {
    const from = m.index + m[0].length;
    const stmt = statementText(code, from);
    for (const p of paths(stmt, from)) out.push({ ...p, statement: m.index });
  }
  return out;
}
var detectJvm = importDetector({ language: "java", ecosystem: "maven", defaultLang: "java", find: jvmImports });

// src/detect/languages/php.ts
var USE = /(?:^|[;{}])[ \t]*use[ \t\r\n]+(?:(?:function|const)[ \t\r\n]+)?([^;(\s][^;(]{0,4000});/dgm;
var NAME5 = /^\\?[A-Za-z_\x80-\uffff][\w\x80-\uffff]*(?:\\[A-Za-z_\x80-\uffff][\w\x80-\uffff]*)*/;
function phpUses(masked) {
  const out = [];
  for (const m of masked.code.matchAll(USE)) {
    const body = m[1];
    const base = m.indices?.[1]?.[0] ?? m.index;
    const add = (text, rel, prefix = "") => {
      const lead = text.length - text.trimStart().length;
      const t = text.trimStart().replace(/^(?:function|const)\s+/, "");
      const name = NAME5.exec(t)?.[0];
      if (!name) return;
      const spec = (prefix ? `${prefix}\\${name}` : name).replace(/^\\/, "");
      out.push({ spec, offset: base + rel + lead, statement: m.index });
    };
    const brace = body.indexOf("{");
    if (brace >= 0) {
      const prefix = body.slice(0, brace).trim().replace(/\\$/, "").replace(/^\\/, "");
      const inner = body.slice(brace + 1, body.lastIndexOf("}") < 0 ? body.length : body.lastIndexOf("}"));
      let at3 = brace + 1;
      for (const item of inner.split(",")) {
        add(item, at3, prefix);
        at3 += item.length + 1;
      }
      continue;
    }
    let at2 = 0;
    for (const item of body.split(",")) {
      add(item, at2);
      at2 += item.length + 1;
    }
  }
  return out;
}
var detectPhp = importDetector({ language: "php", ecosystem: "composer", defaultLang: "php", find: phpUses });

// src/detect/languages/ruby.ts
var REQUIRE = /(?<![\w.:$@])(?:Kernel[ \t]*\.[ \t]*)?require(?![\w?!])[ \t]*(?:\([ \t]*)?"/g;
function rubyRequires(masked, text) {
  const out = [];
  for (const m of masked.code.matchAll(REQUIRE)) {
    const at2 = m.index + m[0].length - 1;
    const s = masked.strings.get(at2);
    if (!s) continue;
    const raw = text.slice(s.contentStart, s.end);
    if (text[at2] !== '"' && text[at2] !== "'") continue;
    if (raw.includes("#{") || !/^[A-Za-z0-9_][\w./-]*$/.test(s.value)) continue;
    out.push({ spec: s.value, offset: s.contentStart, statement: m.index });
  }
  return out;
}
function rubygemsFallback(catalog, spec) {
  const parts = spec.replace(/\.rb$/, "").split("/");
  for (let n = parts.length; n > 0; n--) {
    const hits = catalog.lookupPackage("rubygems", parts.slice(0, n).join("-"));
    if (hits.length > 0) return hits;
  }
  return [];
}
var detectRuby = importDetector({ language: "ruby", ecosystem: "rubygems", defaultLang: "ruby", find: rubyRequires, fallback: rubygemsFallback });

// src/detect/languages/rust.ts
var USE2 = /(?:^|[;{}\]])[ \t]*(?:pub(?:[ \t]*\([^)]{0,200}\))?[ \t]+)?use[ \t\r\n]+([^;\s][^;]{0,4000});/dgm;
var EXTERN = /(?:^|[;{}\]])[ \t]*(?:pub(?:[ \t]*\([^)]*\))?[ \t]+)?extern[ \t]+crate[ \t]+([A-Za-z_][\w]*)/dgm;
var LOCAL = /* @__PURE__ */ new Set(["crate", "self", "super", "std", "core", "alloc", "Self"]);
function expand(tree) {
  const out = [];
  let i = 0;
  const ws = () => {
    while (i < tree.length && /\s/.test(tree[i])) i++;
  };
  const walk2 = (prefix, prefixAt) => {
    for (let guard = 0; guard < 1e3; guard++) {
      ws();
      const start = i;
      const segs = [];
      if (tree.startsWith("::", i)) i += 2;
      for (; ; ) {
        ws();
        const m = /^(?:r#)?[A-Za-z_][\w]*/.exec(tree.slice(i));
        if (!m) break;
        segs.push(m[0].replace(/^r#/, ""));
        i += m[0].length;
        ws();
        if (tree.startsWith("::", i)) {
          i += 2;
          ws();
          if (tree[i] === "{" || tree[i] === "*") break;
          continue;
        }
        break;
      }
      const path = [prefix, segs.join("::")].filter(Boolean).join("::");
      const at2 = prefix ? prefixAt : start;
      if (tree[i] === "{") {
        i++;
        walk2(path, at2);
        ws();
        if (tree[i] === "}") i++;
      } else {
        if (tree[i] === "*") i++;
        if (path) out.push({ path, offset: at2 });
        ws();
        const alias = /^as\s+[A-Za-z_]\w*/.exec(tree.slice(i));
        if (alias) i += alias[0].length;
      }
      ws();
      if (tree[i] === ",") {
        i++;
        continue;
      }
      return;
    }
  };
  walk2("", 0);
  return out;
}
function rustUses(masked, text) {
  const out = [];
  for (const m of masked.code.matchAll(USE2)) {
    const base = m.indices?.[1]?.[0] ?? m.index;
    for (const p of expand(m[1])) {
      const lead = /^\s*(?:::)?\s*/.exec(text.slice(base + p.offset, base + p.offset + 64))?.[0].length ?? 0;
      if (!LOCAL.has(p.path.split("::")[0])) out.push({ spec: p.path, offset: base + p.offset + lead, statement: m.index });
    }
  }
  for (const m of masked.code.matchAll(EXTERN)) {
    const name = m[1];
    if (!LOCAL.has(name)) out.push({ spec: name, offset: m.indices?.[1]?.[0] ?? m.index, statement: m.index });
  }
  return out;
}
function cargoFallback(catalog, spec) {
  const crate = spec.split("::")[0];
  const hits = catalog.lookupPackage("cargo", crate);
  return hits.length > 0 ? hits : catalog.lookupPackage("cargo", crate.replace(/_/g, "-"));
}
var detectRust = importDetector({ language: "rust", ecosystem: "cargo", defaultLang: "rust", find: rustUses, fallback: cargoFallback });

// src/detect/languages/swift.ts
var IMPORT2 = /^[ \t]*(?:@[\w]+(?:\([^)\n]*\))?[ \t]+)*(?:(?:public|package|internal|fileprivate|private)[ \t]+)?import[ \t]+(?:(?:typealias|struct|class|enum|protocol|let|var|func|actor|macro)[ \t]+)?([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)/dgm;
function swiftImports(masked) {
  const out = [];
  for (const m of masked.code.matchAll(IMPORT2)) {
    out.push({ spec: m[1], offset: m.indices?.[1]?.[0] ?? m.index, statement: m.index });
  }
  return out;
}
var detectSwift = importDetector({ language: "swift", defaultLang: "swift", find: swiftImports });

// src/detect/languages/index.ts
var LANGUAGE_DETECTORS = {
  go: detectGo,
  jvm: detectJvm,
  csharp: detectDotnet,
  ruby: detectRuby,
  php: detectPhp,
  rust: detectRust,
  swift: detectSwift,
  elixir: detectElixir,
  dart: detectDart
};

// src/detect/manifests/json.ts
var JsonError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var SCALAR = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
var ESC = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
function parseJson(text) {
  let i = text.charCodeAt(0) === 65279 ? 1 : 0;
  const n = text.length;
  let depth = 0;
  const fail = (what) => {
    const before = text.slice(0, i);
    const line = before.split("\n").length;
    const column = i - before.lastIndexOf("\n");
    throw new JsonError(`${what} at line ${line} column ${column}`, i);
  };
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else break;
    }
  };
  const str2 = () => {
    const start = i;
    i++;
    let value2 = "";
    for (; ; ) {
      if (i >= n) fail("unterminated string");
      const c = text[i];
      if (c === '"') {
        i++;
        break;
      }
      if (c === "\\") {
        const d = text[i + 1];
        if (d !== void 0 && ESC[d] !== void 0) {
          value2 += ESC[d];
          i += 2;
          continue;
        }
        if (d === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          value2 += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        fail("bad escape");
      }
      if (c.charCodeAt(0) < 32) fail("control character in string");
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 34 || d === 92 || d < 32) break;
        j++;
      }
      value2 += text.slice(i, j);
      i = j;
    }
    return { type: "string", offset: start, value: value2 };
  };
  const value = () => {
    ws();
    const start = i;
    const c = text[i];
    if (c === "{") {
      if (++depth > 512) fail("nesting too deep");
      i++;
      const entries = [];
      ws();
      if (text[i] === "}") {
        i++;
        depth--;
        return { type: "object", offset: start, entries };
      }
      for (; ; ) {
        ws();
        if (text[i] !== '"') fail("expected a key");
        const keyOffset = i;
        const key = str2().value;
        ws();
        if (text[i] !== ":") fail("expected ':'");
        i++;
        entries.push({ key, keyOffset, value: value() });
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          depth--;
          return { type: "object", offset: start, entries };
        }
        fail("expected ',' or '}'");
      }
    }
    if (c === "[") {
      if (++depth > 512) fail("nesting too deep");
      i++;
      const items = [];
      ws();
      if (text[i] === "]") {
        i++;
        depth--;
        return { type: "array", offset: start, items };
      }
      for (; ; ) {
        items.push(value());
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          depth--;
          return { type: "array", offset: start, items };
        }
        fail("expected ',' or ']'");
      }
    }
    if (c === '"') return str2();
    SCALAR.lastIndex = i;
    const m = SCALAR.exec(text);
    if (!m) fail(i >= n ? "unexpected end of input" : "unexpected token");
    i += m[0].length;
    const word = m[0];
    return { type: word === "null" ? "null" : word === "true" || word === "false" ? "boolean" : "number", offset: start };
  };
  const root = value();
  ws();
  if (i < n) fail("unexpected content after the document");
  return root;
}
function stringMap(text, offset) {
  const map = [];
  let i = offset + 1;
  while (i < text.length && text[i] !== '"') {
    map.push(i);
    i += text[i] === "\\" ? text[i + 1] === "u" ? 6 : 2 : 1;
  }
  return map;
}
function member(node, key) {
  if (node?.type !== "object") return void 0;
  let found;
  for (const e of node.entries) if (e.key === key) found = e.value;
  return found;
}

// src/detect/lockfiles/common.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
    this.starts = lineStarts(text);
  }
  text;
  starts;
  /** 1-based line and column of an offset. */
  position(offset) {
    return locate(this.starts, offset);
  }
  /** The raw text of a 1-based line, without its line break. */
  line(line) {
    const start = this.starts[line - 1];
    if (start === void 0) return "";
    const next = this.starts[line];
    let end = next === void 0 ? this.text.length : next - 1;
    if (end > start && this.text[end - 1] === "\r") end--;
    return this.text.slice(start, end);
  }
  get count() {
    return this.starts.length;
  }
};
function snippetOf(line, max = 160) {
  const s = line.trim();
  return s.length > max ? `${s.slice(0, max - 1)}\u2026` : s;
}
var targetKey2 = (t) => `${t.vendor ?? ""}|${t.framework ?? ""}|${t.name}`;
var Collector = class {
  constructor(input, ecosystem, lines) {
    this.input = input;
    this.ecosystem = ecosystem;
    this.lines = lines ?? new LineIndex(input.text);
  }
  input;
  ecosystem;
  found = /* @__PURE__ */ new Map();
  lines;
  add(entry) {
    if (!entry.name) return;
    const targets = this.input.catalog.lookupPackage(this.ecosystem, entry.name, entry.version || void 0);
    for (const target of targets) {
      if (target.requiresLiteral && target.requiresLiteral.length > 0) continue;
      const key = targetKey2(target);
      const had = this.found.get(key);
      if (had) {
        const better = had.transitive === entry.transitive ? entry.line < had.line : had.transitive === true;
        if (!better) continue;
      }
      const e = {
        kind: "lockfile",
        file: this.input.file.path,
        line: entry.line,
        column: entry.column,
        ecosystem: this.ecosystem,
        package: target.name,
        snippet: snippetOf(this.lines.line(entry.line)),
        transitive: entry.transitive
      };
      if (target.vendor) e.vendor = target.vendor;
      if (target.framework) e.framework = target.framework;
      this.found.set(key, e);
    }
  }
  /** Adds at an offset in the text. */
  addAt(name, version, offset, transitive) {
    const pos = this.lines.position(offset);
    this.add({ name, version, line: pos.line, column: pos.column, transitive });
  }
  evidence() {
    return [...this.found.values()].sort(
      (a, b) => a.line - b.line || a.column - b.column || (a.package ?? "").localeCompare(b.package ?? "")
    );
  }
  output(diagnostics = []) {
    return { evidence: this.evidence(), literals: [], diagnostics };
  }
};
var LockfileError = class extends Error {
};
function failed(file, format, err) {
  const message = err instanceof Error ? err.message : String(err);
  return { evidence: [], literals: [], diagnostics: [{ file, message: `could not parse ${format}: ${message.split("\n")[0]}` }] };
}
function splitAtVersion(spec) {
  const at2 = spec.indexOf("@", spec.startsWith("@") ? 1 : 0);
  return at2 < 0 ? [spec, ""] : [spec.slice(0, at2), spec.slice(at2 + 1)];
}
function npmAliasOf(range) {
  if (!range.startsWith("npm:")) return void 0;
  const [name, version] = splitAtVersion(range.slice(4));
  return name ? [name, version] : void 0;
}

// src/detect/lockfiles/json-fields.ts
function field(node, key) {
  if (node?.type !== "object") return void 0;
  let found;
  for (const e of node.entries) if (e.key === key) found = e.value;
  return found;
}
function str(node) {
  return node?.type === "string" ? node.value : void 0;
}
function isTrue(text, node, key) {
  const v = field(node, key);
  return v?.type === "boolean" && text.startsWith("true", v.offset);
}

// src/detect/lockfiles/bun.ts
var IMPORTER_SECTIONS = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];
var LOCAL2 = /^(?:workspace|root|link|file):/;
function jsoncToJson(text) {
  const out = text.split("");
  const n = text.length;
  let lastComma = -1;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === '"') {
      lastComma = -1;
      for (i++; i < n && text[i] !== '"'; i++) if (text[i] === "\\") i++;
      continue;
    }
    if (c === "/" && text[i + 1] === "/") {
      for (; i < n && text[i] !== "\n"; i++) out[i] = " ";
      continue;
    }
    if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end < 0 ? n : end + 2;
      for (; i < stop; i++) if (text[i] !== "\n") out[i] = " ";
      i--;
      continue;
    }
    if (c === ",") lastComma = i;
    else if ((c === "}" || c === "]") && lastComma >= 0) {
      out[lastComma] = " ";
      lastComma = -1;
    } else if (!/\s/.test(c)) lastComma = -1;
  }
  return out.join("");
}
var detectBunLock = (input) => {
  let root;
  try {
    root = parseJson(jsoncToJson(input.text));
  } catch (err) {
    return failed(input.file.path, "bun.lock", err);
  }
  const out = new Collector(input, "npm");
  const direct = /* @__PURE__ */ new Set();
  const workspaces = field(root, "workspaces");
  if (workspaces?.type === "object") {
    for (const ws of workspaces.entries) {
      for (const s of IMPORTER_SECTIONS) {
        const deps = field(ws.value, s);
        if (deps?.type === "object") for (const d of deps.entries) direct.add(d.key);
      }
    }
  }
  const packages = field(root, "packages");
  if (packages?.type !== "object") return out.output(root.type === "object" ? [] : [{ file: input.file.path, message: "could not parse bun.lock: not a JSON object" }]);
  for (const e of packages.entries) {
    const info = e.value;
    const ident = info.type === "array" && info.items[0]?.type === "string" ? info.items[0].value : void 0;
    if (!ident) continue;
    let [name, version] = splitAtVersion(ident);
    const alias = npmAliasOf(version);
    if (alias) [name, version] = alias;
    if (LOCAL2.test(version)) continue;
    const topLevel2 = e.key.startsWith("@") ? e.key.split("/").length === 2 : !e.key.includes("/");
    out.addAt(name, version, e.keyOffset + 1, !(topLevel2 && direct.has(e.key)));
  }
  return out.output();
};

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed2 = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed2 = parsed2 ? parsed2 + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed2;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed2 += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed2 += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed2 += "\b";
        else if (c === 116)
          parsed2 += "	";
        else if (c === 110)
          parsed2 += "\n";
        else if (c === 102)
          parsed2 += "\f";
        else if (c === 114)
          parsed2 += "\r";
        else if (c === 101)
          parsed2 += "\x1B";
        else if (c === 34)
          parsed2 += '"';
        else if (c === 92)
          parsed2 += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit3(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit3(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit3(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str2 = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str2 = str2.replaceAll("_", "");
  return state > 1 ? parseFloat(str2) : parseInteger(ctx, str2, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit3(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str2 = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str2 = str2.replaceAll("_", "");
  return parseInteger(ctx, str2, base, startPtr);
}
function parseInteger(ctx, str2, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str2, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str2) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str2);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit3(c) || !isDigit3(ctx.s.charCodeAt(ctx.p++)) || !isDigit3(ctx.s.charCodeAt(ctx.p++)) || !isDigit3(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit3(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit3(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit3(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit3(c) || !isDigit3(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit3(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str2, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str2, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str2 += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str2);
      case 2:
        return Temporal.PlainDateTime.from(str2);
      case 3:
        return Temporal.PlainDate.from(str2);
      case 4:
        return Temporal.PlainTime.from(str2);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed2 = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed2.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed2;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed2.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed2.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed2.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen2 = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen2.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen2.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/detect/lockfiles/toml-packages.ts
var HEADER = /^\s*\[\[\s*package\s*\]\]\s*(?:#.*)?$/;
var TABLE = /^\s*\[/;
var NAME6 = /^(\s*)name\s*=\s*["']/;
function tomlPackages(text, lines) {
  const doc = parse(text);
  const list = Array.isArray(doc.package) ? doc.package : [];
  const places = [];
  let inHeader = false;
  for (let ln = 1; ln <= lines.count; ln++) {
    const raw = lines.line(ln);
    if (HEADER.test(raw)) {
      places.push({ line: ln, column: raw.indexOf("[") + 1 });
      inHeader = true;
      continue;
    }
    if (!inHeader) continue;
    if (TABLE.test(raw)) {
      inHeader = false;
      continue;
    }
    const m = NAME6.exec(raw);
    if (m) {
      places[places.length - 1] = { line: ln, column: m[1].length + 1 };
      inHeader = false;
    }
  }
  const packages = [];
  list.forEach((table, i) => {
    if (table === null || typeof table !== "object") return;
    const at2 = places.length === list.length ? places[i] : { line: 1, column: 1 };
    packages.push({ table, ...at2 });
  });
  return { doc, packages };
}
var asString = (v) => typeof v === "string" ? v : void 0;

// src/detect/lockfiles/cargo.ts
var detectCargoLock = (input) => {
  const out = new Collector(input, "cargo");
  try {
    const { packages } = tomlPackages(input.text, out.lines);
    const direct = /* @__PURE__ */ new Set();
    for (const p of packages) {
      if (p.table.source !== void 0 || !Array.isArray(p.table.dependencies)) continue;
      for (const d of p.table.dependencies) if (typeof d === "string") direct.add(d.split(" ")[0]);
    }
    for (const p of packages) {
      const name = asString(p.table.name);
      if (!name || p.table.source === void 0) continue;
      out.add({ name, version: asString(p.table.version), line: p.line, column: p.column, transitive: !direct.has(name) });
    }
  } catch (err) {
    return failed(input.file.path, "Cargo.lock", err);
  }
  return out.output();
};

// src/detect/lockfiles/composer.ts
var detectComposerLock = (input) => {
  let root;
  try {
    root = parseJson(input.text);
    if (root.type !== "object") throw new Error("not a JSON object");
  } catch (err) {
    return failed(input.file.path, "composer.lock", err);
  }
  const out = new Collector(input, "composer");
  for (const section of ["packages", "packages-dev"]) {
    const list = field(root, section);
    if (list?.type !== "array") continue;
    for (const pkg of list.items) {
      const name = field(pkg, "name");
      if (name?.type !== "string") continue;
      if (str(field(field(pkg, "dist"), "type")) === "path") continue;
      out.addAt(name.value, str(field(pkg, "version"))?.replace(/^v/, ""), name.offset + 1, true);
    }
  }
  return out.output();
};

// src/detect/lockfiles/gemfile.ts
var SOURCES = /* @__PURE__ */ new Set(["GEM", "GIT", "PATH", "PLUGIN SOURCE"]);
var detectGemfileLock = (input) => {
  const out = new Collector(input, "rubygems");
  try {
    const lines = out.lines;
    const gems = [];
    const direct = /* @__PURE__ */ new Set();
    let section = "";
    let inSpecs = false;
    let sawSection = false;
    for (let ln = 1; ln <= lines.count; ln++) {
      const raw = lines.line(ln);
      if (raw.trim() === "") continue;
      if (!raw.startsWith(" ")) {
        if (!/^[A-Z][A-Z ]*$/.test(raw)) throw new LockfileError(`expected a section name at line ${ln}`);
        section = raw;
        inSpecs = false;
        sawSection = true;
        continue;
      }
      if (SOURCES.has(section)) {
        if (/^ {2}\S/.test(raw)) {
          inSpecs = raw === "  specs:";
          continue;
        }
        if (!inSpecs) continue;
        const m = /^( {4}| {6})([^\s(]+)(?: \(([^)]*)\))?$/.exec(raw);
        if (!m) throw new LockfileError(`unexpected spec at line ${ln}`);
        if (m[1].length === 4) {
          if (m[3] === void 0) throw new LockfileError(`gem without a version at line ${ln}`);
          if (section !== "PATH") gems.push({ name: m[2], version: m[3], line: ln });
        } else if (section === "PATH") {
          direct.add(m[2]);
        }
      } else if (section === "DEPENDENCIES") {
        const m = /^ {2}([^\s(!]+)/.exec(raw);
        if (m) direct.add(m[1]);
      }
    }
    if (!sawSection) throw new LockfileError("no sections");
    for (const g of gems) out.add({ name: g.name, version: g.version, line: g.line, column: 5, transitive: !direct.has(g.name) });
  } catch (err) {
    return failed(input.file.path, "Gemfile.lock", err);
  }
  return out.output();
};

// src/detect/lockfiles/gosum.ts
var detectGoSum = (input) => {
  const out = new Collector(input, "go");
  try {
    const lines = out.lines;
    for (let ln = 1; ln <= lines.count; ln++) {
      const raw = lines.line(ln).trim();
      if (raw === "") continue;
      const m = /^(\S+) (\S+) (\S+)$/.exec(raw);
      if (!m || !m[3].includes(":")) throw new LockfileError(`expected 'module version hash' at line ${ln}`);
      if (m[2].endsWith("/go.mod")) continue;
      out.add({ name: m[1], version: m[2], line: ln, column: 1, transitive: true });
    }
  } catch (err) {
    return failed(input.file.path, "go.sum", err);
  }
  return out.output();
};

// src/detect/lockfiles/gradle.ts
var detectGradleLockfile = (input) => {
  const out = new Collector(input, "maven");
  try {
    const lines = out.lines;
    for (let ln = 1; ln <= lines.count; ln++) {
      const raw = lines.line(ln).trim();
      if (raw === "" || raw.startsWith("#") || raw.startsWith("empty=")) continue;
      const m = /^([^:=\s]+):([^:=\s]+):([^=\s]+)=/.exec(raw);
      if (!m) throw new LockfileError(`expected 'group:artifact:version=configurations' at line ${ln}`);
      out.add({ name: `${m[1]}:${m[2]}`, version: m[3], line: ln, column: 1, transitive: true });
    }
  } catch (err) {
    return failed(input.file.path, "gradle.lockfile", err);
  }
  return out.output();
};

// src/detect/lockfiles/mix.ts
var ENTRY = /^[ \t]*"([a-z_][a-z0-9_]*)"[ \t]*:[ \t]*\{:hex,[ \t]*:([a-z_][a-z0-9_]*),[ \t]*"([^"]*)"/;
var detectMixLock = (input) => {
  const out = new Collector(input, "hex");
  try {
    const lines = out.lines;
    for (let ln = 1; ln <= lines.count; ln++) {
      const raw = lines.line(ln);
      const m = ENTRY.exec(raw);
      if (!m) continue;
      out.add({ name: m[2], version: m[3], line: ln, column: raw.indexOf(`:${m[2]}`) + 2, transitive: true });
    }
  } catch (err) {
    return failed(input.file.path, "mix.lock", err);
  }
  return out.output();
};

// src/detect/lockfiles/npm.ts
var IMPORTER_SECTIONS2 = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];
var NM = "node_modules/";
function names(node) {
  return node?.type === "object" ? node.entries.map((e) => e.key) : [];
}
var detectPackageLock = (input) => {
  const { file, text } = input;
  let root;
  try {
    root = parseJson(text);
  } catch (err) {
    return failed(file.path, "npm lockfile", err);
  }
  if (root.type !== "object") return failed(file.path, "npm lockfile", new Error("not a JSON object"));
  const out = new Collector(input, "npm");
  const packages = field(root, "packages");
  if (packages?.type === "object") readPackages(text, packages.entries, out);
  else {
    const deps = field(root, "dependencies");
    if (deps?.type === "object") readTree(deps.entries, out);
  }
  return out.output();
};
function readPackages(text, entries, out) {
  const importers = /* @__PURE__ */ new Map();
  const anyImporter = /* @__PURE__ */ new Set();
  for (const e of entries) {
    if (e.key !== "" && (e.key.startsWith(NM) || e.key.includes(`/${NM}`))) continue;
    const named = new Set(IMPORTER_SECTIONS2.flatMap((s) => names(field(e.value, s))));
    importers.set(e.key, named);
    for (const n of named) anyImporter.add(n);
  }
  for (const e of entries) {
    const cut = e.key.lastIndexOf(NM);
    if (cut < 0 || cut > 0 && e.key[cut - 1] !== "/") continue;
    const desc = e.value;
    if (desc.type !== "object") continue;
    if (isTrue(text, desc, "link")) continue;
    const version = str(field(desc, "version"));
    if (version === void 0 && str(field(desc, "resolved")) === void 0) continue;
    const folder = e.key.slice(cut + NM.length);
    const name = str(field(desc, "name")) ?? folder;
    const owner = e.key.slice(0, cut).replace(/\/$/, "");
    const direct = owner === "" ? anyImporter.has(folder) : importers.get(owner)?.has(folder) ?? false;
    out.addAt(name, version, e.keyOffset + 1, !direct);
  }
}
function readTree(entries, out) {
  const stack = [entries];
  while (stack.length > 0) {
    for (const e of stack.pop()) {
      const desc = e.value;
      if (desc.type !== "object") continue;
      const version = str(field(desc, "version"));
      if (version !== void 0) {
        const alias = npmAliasOf(version);
        out.addAt(alias ? alias[0] : e.key, alias ? alias[1] : version, e.keyOffset + 1, true);
      }
      const nested = field(desc, "dependencies");
      if (nested?.type === "object") stack.push(nested.entries);
    }
  }
}

// src/detect/lockfiles/nuget.ts
var detectNugetLock = (input) => {
  let root;
  try {
    root = parseJson(input.text);
    if (root.type !== "object") throw new Error("not a JSON object");
  } catch (err) {
    return failed(input.file.path, "packages.lock.json", err);
  }
  const out = new Collector(input, "nuget");
  const frameworks = field(root, "dependencies");
  if (frameworks?.type !== "object") return out.output();
  for (const tfm of frameworks.entries) {
    if (tfm.value.type !== "object") continue;
    for (const e of tfm.value.entries) {
      const type = str(field(e.value, "type"));
      if (type === void 0 || type === "Project") continue;
      out.addAt(e.key, str(field(e.value, "resolved")), e.keyOffset + 1, type !== "Direct");
    }
  }
  return out.output();
};

// src/detect/lockfiles/pdm.ts
var detectPdmLock = (input) => {
  const out = new Collector(input, "pypi");
  try {
    for (const p of tomlPackages(input.text, out.lines).packages) {
      if (p.table.path !== void 0) continue;
      const name = asString(p.table.name);
      if (name) out.add({ name, version: asString(p.table.version), line: p.line, column: p.column, transitive: true });
    }
  } catch (err) {
    return failed(input.file.path, "pdm.lock", err);
  }
  return out.output();
};

// src/detect/lockfiles/pipfile.ts
var detectPipfileLock = (input) => {
  let root;
  try {
    root = parseJson(input.text);
    if (root.type !== "object") throw new Error("not a JSON object");
  } catch (err) {
    return failed(input.file.path, "Pipfile.lock", err);
  }
  const out = new Collector(input, "pypi");
  for (const category of root.entries) {
    if (category.key === "_meta" || category.value.type !== "object") continue;
    for (const e of category.value.entries) {
      if (e.value.type !== "object" || field(e.value, "path") !== void 0) continue;
      const version = str(field(e.value, "version"))?.replace(/^===?/, "");
      out.addAt(e.key, version, e.keyOffset + 1, true);
    }
  }
  return out.output();
};

// src/detect/lockfiles/yaml-lines.ts
function unquote2(raw, line) {
  const q = raw[0];
  let out = "";
  for (let i = 1; i < raw.length; i++) {
    const c = raw[i];
    if (q === "'" && c === "'") {
      if (raw[i + 1] === "'") {
        out += "'";
        i++;
        continue;
      }
      return { text: out, end: i + 1 };
    }
    if (q === '"' && c === "\\") {
      const d = raw[i + 1] ?? "";
      out += d === "n" ? "\n" : d === "t" ? "	" : d;
      i++;
      continue;
    }
    if (q === '"' && c === '"') return { text: out, end: i + 1 };
    out += c;
  }
  throw new LockfileError(`unterminated quoted string at line ${line}`);
}
function scalar(raw, line) {
  const v = raw.trim();
  if (v.startsWith('"') || v.startsWith("'")) return unquote2(v, line).text;
  return v;
}
var BLOCK_SCALAR = /^[|>](?:[1-9][+-]?|[+-][1-9]?)?\s*(?:#.*)?$/;
function* yamlLines(text) {
  let lineNo = 0;
  let start = 0;
  const n = text.length;
  let blockOf;
  while (start <= n) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = n;
    lineNo++;
    let raw = text.slice(start, end);
    start = end + 1;
    if (raw.endsWith("\r")) raw = raw.slice(0, -1);
    let indent = 0;
    while (indent < raw.length && raw[indent] === " ") indent++;
    const body = raw.slice(indent);
    if (blockOf !== void 0) {
      if (body === "" || indent > blockOf) {
        if (end === n) break;
        continue;
      }
      blockOf = void 0;
    }
    if (body === "" || body.startsWith("#") || indent === 0 && /^(?:---|\.\.\.)\s*$/.test(body)) {
      if (end === n) break;
      continue;
    }
    if (body.startsWith("	")) throw new LockfileError(`tab in indentation at line ${lineNo}`);
    if (body === "-" || body.startsWith("- ")) {
      const item = body.slice(1).trimStart();
      yield { line: lineNo, indent, column: indent + 1 + (body.length - item.length) + (/^["']/.test(item) ? 1 : 0), value: scalar(item, lineNo) };
    } else {
      let key;
      let rest;
      let keyColumn = indent + 1;
      if (body.startsWith('"') || body.startsWith("'")) {
        const q = unquote2(body, lineNo);
        key = q.text;
        rest = body.slice(q.end);
        keyColumn++;
        if (!rest.startsWith(":")) throw new LockfileError(`expected ':' after a key at line ${lineNo}`);
        rest = rest.slice(1);
      } else {
        const colon = body.search(/:(?: |$)/);
        if (colon <= 0 || body.startsWith("{") || body.startsWith("[")) {
          throw new LockfileError(`expected 'key: value' at line ${lineNo}`);
        }
        key = body.slice(0, colon);
        rest = body.slice(colon + 1);
      }
      if (rest !== "" && !rest.startsWith(" ")) throw new LockfileError(`expected a space after ':' at line ${lineNo}`);
      if (BLOCK_SCALAR.test(rest.trim())) {
        blockOf = indent;
        yield { line: lineNo, indent, key, column: keyColumn, value: "" };
      } else yield { line: lineNo, indent, key, column: keyColumn, value: scalar(rest, lineNo) };
    }
    if (end === n) break;
  }
}

// src/detect/lockfiles/pnpm.ts
var DEP_SECTIONS = /* @__PURE__ */ new Set(["dependencies", "devDependencies", "optionalDependencies"]);
var stripPeers = (version, major) => major < 6 ? version.replace(/_.*$/, "") : version.replace(/\(.*$/, "");
function pnpmKey(key, major) {
  if (/^(?:link|file|workspace):/.test(key)) return void 0;
  if (major < 6) {
    if (!key.startsWith("/")) return void 0;
    const cut = key.lastIndexOf("/");
    if (cut <= 0) return void 0;
    return { name: key.slice(1, cut), version: stripPeers(key.slice(cut + 1), major) };
  }
  const [name, version] = splitAtVersion(key.replace(/^\//, ""));
  if (!name || !version) return void 0;
  return { name, version: stripPeers(version, major) };
}
var detectPnpmLock = (input) => {
  try {
    return read(input);
  } catch (err) {
    return failed(input.file.path, "pnpm-lock.yaml", err);
  }
};
function read(input) {
  let major = NaN;
  const packages = [];
  const direct = [];
  let top;
  let depSection = false;
  let depIndent = 0;
  let pendingDep;
  let pkg;
  for (const l of yamlLines(input.text)) {
    if (l.indent === 0) {
      top = l.key;
      depSection = top !== void 0 && DEP_SECTIONS.has(top);
      depIndent = 2;
      pendingDep = void 0;
      pkg = void 0;
      if (top === "lockfileVersion") major = Number.parseFloat(l.value);
      continue;
    }
    if (top === "importers") {
      if (l.indent === 2) depSection = false;
      else if (l.indent === 4) {
        depSection = l.key !== void 0 && DEP_SECTIONS.has(l.key);
        depIndent = 6;
        pendingDep = void 0;
      } else if (depSection) readDep(l.indent, l.key, l.value);
    } else if (depSection) {
      readDep(l.indent, l.key, l.value);
    } else if (top === "packages") {
      if (l.indent === 2 && l.key !== void 0) {
        pkg = { key: l.key, line: l.line, column: l.column };
        packages.push(pkg);
      } else if (l.indent === 4 && pkg && (l.key === "name" || l.key === "version")) {
        pkg[l.key] = l.value;
      }
    }
  }
  function readDep(indent, key, value) {
    if (key === void 0) return;
    if (indent === depIndent) {
      pendingDep = void 0;
      if (value !== "") direct.push([key, value]);
      else pendingDep = key;
    } else if (indent === depIndent + 2 && pendingDep !== void 0 && key === "version") {
      direct.push([pendingDep, value]);
      pendingDep = void 0;
    }
  }
  if (!Number.isFinite(major)) throw new LockfileError("no lockfileVersion");
  const directKeys = /* @__PURE__ */ new Set();
  for (const [name, version] of direct) {
    if (/^(?:link|file|workspace):/.test(version)) continue;
    const aliased = /^[\d]/.test(version) ? void 0 : pnpmKey(version, major);
    const real = aliased ?? { name, version: stripPeers(version, major) };
    directKeys.add(`${real.name}@${real.version}`);
  }
  const out = new Collector(input, "npm");
  for (const p of packages) {
    const id = pnpmKey(p.key, major);
    const name = p.name ?? id?.name;
    const version = p.version ?? id?.version;
    if (!name || /^(?:link|file|workspace):/.test(p.key)) continue;
    out.add({ name, version, line: p.line, column: p.column, transitive: !directKeys.has(`${name}@${version}`) });
  }
  return out.output();
}

// src/detect/lockfiles/poetry.ts
var detectPoetryLock = (input) => {
  const out = new Collector(input, "pypi");
  try {
    for (const p of tomlPackages(input.text, out.lines).packages) {
      const source = p.table.source;
      if (source && (source.type === "directory" || source.type === "file")) continue;
      const name = asString(p.table.name);
      if (name) out.add({ name, version: asString(p.table.version), line: p.line, column: p.column, transitive: true });
    }
  } catch (err) {
    return failed(input.file.path, "poetry.lock", err);
  }
  return out.output();
};

// src/detect/lockfiles/pubspec.ts
var detectPubspecLock = (input) => {
  const out = new Collector(input, "pub");
  try {
    const lines = out.lines;
    let inPackages = false;
    let current;
    const flush = () => {
      if (current) out.add({ name: current.name, version: current.version, line: current.line, column: current.column, transitive: !/^direct\b/.test(current.dependency ?? "") });
      current = void 0;
    };
    for (let ln = 1; ln <= lines.count; ln++) {
      const raw = lines.line(ln);
      if (/^\s*(?:#|$)/.test(raw)) continue;
      const indent = /^ */.exec(raw)[0].length;
      if (indent === 0) {
        flush();
        inPackages = /^packages\s*:/.test(raw);
        continue;
      }
      if (!inPackages) continue;
      const key = /^ *([A-Za-z0-9_"'-]+)\s*:\s*(.*)$/.exec(raw);
      if (!key) continue;
      const name = key[1].replace(/["']/g, "");
      if (indent === 2) {
        flush();
        current = { name, line: ln, column: 3 };
      } else if (current && indent === 4) {
        const value = key[2].trim().replace(/^["']|["']$/g, "");
        if (name === "dependency") current.dependency = value;
        else if (name === "version") current.version = value;
      }
    }
    flush();
  } catch (err) {
    return failed(input.file.path, "pubspec.lock", err);
  }
  return out.output();
};

// src/detect/lockfiles/swiftpm.ts
var detectPackageResolved = (input) => {
  let root;
  try {
    root = parseJson(input.text);
    if (root.type !== "object") throw new Error("not a JSON object");
  } catch (err) {
    return failed(input.file.path, "Package.resolved", err);
  }
  const out = new Collector(input, "swiftpm");
  const pins = field(root, "pins") ?? field(field(root, "object"), "pins");
  if (pins?.type !== "array") return out.output();
  for (const pin of pins.items) {
    const location = field(pin, "location") ?? field(pin, "repositoryURL");
    if (location?.type !== "string") continue;
    if (str(field(pin, "kind")) === "fileSystem" || str(field(pin, "kind")) === "localSourceControl") continue;
    out.addAt(location.value, str(field(field(pin, "state"), "version")), location.offset + 1, true);
  }
  return out.output();
};

// src/detect/lockfiles/uv.ts
var isMember = (s) => !!s && ("editable" in s || "virtual" in s);
var isLocal = (s) => !!s && ("editable" in s || "virtual" in s || "directory" in s || "path" in s);
function depNames(list) {
  return Array.isArray(list) ? list.flatMap((d) => d && typeof d === "object" && typeof d.name === "string" ? [d.name] : []) : [];
}
var detectUvLock = (input) => {
  const out = new Collector(input, "pypi");
  try {
    const { packages } = tomlPackages(input.text, out.lines);
    const direct = /* @__PURE__ */ new Set();
    for (const p of packages) {
      if (!isMember(p.table.source)) continue;
      const groups = [p.table.dependencies];
      for (const key of ["optional-dependencies", "dev-dependencies"]) {
        const t = p.table[key];
        if (t && typeof t === "object") groups.push(...Object.values(t));
      }
      for (const g of groups) for (const n of depNames(g)) direct.add(normalizePackage("pypi", n));
    }
    for (const p of packages) {
      if (isLocal(p.table.source)) continue;
      const name = asString(p.table.name);
      if (!name) continue;
      out.add({ name, version: asString(p.table.version), line: p.line, column: p.column, transitive: !direct.has(normalizePackage("pypi", name)) });
    }
  } catch (err) {
    return failed(input.file.path, "uv.lock", err);
  }
  return out.output();
};

// src/detect/lockfiles/yarn.ts
var LOCAL3 = /^(?:workspace|link|portal|file):/;
var detectYarnLock = (input) => {
  const berry = /^__metadata:/m.test(input.text);
  try {
    return berry ? readBerry(input) : readClassic(input);
  } catch (err) {
    return failed(input.file.path, berry ? "yarn.lock (berry)" : "yarn.lock", err);
  }
};
function descriptors(key) {
  return key.split(/,\s*/).map((d) => d.trim().replace(/^"(.*)"$/, "$1")).filter(Boolean);
}
function readClassic(input) {
  const out = new Collector(input, "npm");
  let pending;
  const flush = () => {
    if (pending) out.add({ ...pending, transitive: true });
    pending = void 0;
  };
  const lines = out.lines;
  for (let ln = 1; ln <= lines.count; ln++) {
    const raw = lines.line(ln);
    if (raw.trim() === "" || raw.trimStart().startsWith("#")) continue;
    if (!raw.startsWith(" ")) {
      flush();
      if (!raw.endsWith(":")) throw new LockfileError(`expected an entry 'name@range:' at line ${ln}`);
      const key = raw.slice(0, -1);
      if ((key.match(/"/g)?.length ?? 0) % 2 !== 0) throw new LockfileError(`unterminated quote at line ${ln}`);
      const first = descriptors(key)[0];
      if (!first) throw new LockfileError(`empty entry at line ${ln}`);
      let [name, range] = splitAtVersion(first);
      const alias = npmAliasOf(range);
      if (alias) [name, range] = alias;
      if (LOCAL3.test(range)) continue;
      pending = { name, line: ln, column: raw.startsWith('"') ? 2 : 1 };
      continue;
    }
    if (pending) {
      const m = /^ {2}version:? "?([^"\s]+)"?\s*$/.exec(raw);
      if (m) pending.version = m[1];
    }
  }
  flush();
  return out.output();
}
function readBerry(input) {
  const out = new Collector(input, "npm");
  const entries = [];
  let cur;
  let section;
  for (const l of yamlLines(input.text)) {
    if (l.indent === 0) {
      cur = void 0;
      if (l.key === void 0 || l.value !== "") throw new LockfileError(`expected an entry at line ${l.line}`);
      if (l.key === "__metadata") continue;
      cur = { line: l.line, column: l.column, names: descriptors(l.key).map((d) => splitAtVersion(d)[0]), dependencies: [] };
      entries.push(cur);
      continue;
    }
    if (!cur) continue;
    if (l.indent === 2) {
      section = l.value === "" ? l.key : void 0;
      if (l.key === "resolution") cur.resolution = l.value;
      else if (l.key === "version") cur.version = l.value;
    } else if (l.indent === 4 && section === "dependencies" && l.key) {
      cur.dependencies.push(l.key);
    }
  }
  const direct = /* @__PURE__ */ new Set();
  for (const e of entries) {
    if (e.resolution && splitAtVersion(e.resolution)[1].startsWith("workspace:")) for (const d of e.dependencies) direct.add(d);
  }
  for (const e of entries) {
    if (!e.resolution) throw new LockfileError(`entry without a resolution at line ${e.line}`);
    const [name, ref] = splitAtVersion(e.resolution);
    if (LOCAL3.test(ref)) continue;
    out.add({ name, version: e.version, line: e.line, column: e.column, transitive: !e.names.some((n) => direct.has(n)) });
  }
  return out.output();
}

// src/detect/lockfiles/index.ts
var LOCKFILE_PARSERS = {
  "package-lock.json": detectPackageLock,
  "npm-shrinkwrap.json": detectPackageLock,
  "yarn.lock": detectYarnLock,
  "pnpm-lock.yaml": detectPnpmLock,
  "bun.lock": detectBunLock,
  "poetry.lock": detectPoetryLock,
  "uv.lock": detectUvLock,
  "pipfile.lock": detectPipfileLock,
  "pdm.lock": detectPdmLock,
  "cargo.lock": detectCargoLock,
  "gemfile.lock": detectGemfileLock,
  "composer.lock": detectComposerLock,
  "go.sum": detectGoSum,
  "packages.lock.json": detectNugetLock,
  "gradle.lockfile": detectGradleLockfile,
  "mix.lock": detectMixLock,
  "pubspec.lock": detectPubspecLock,
  "package.resolved": detectPackageResolved
};
var none = () => ({ evidence: [], literals: [], diagnostics: [] });
var detectLockfile = (input) => {
  const base = input.file.path.slice(input.file.path.lastIndexOf("/") + 1).toLowerCase();
  const parser2 = LOCKFILE_PARSERS[base];
  return parser2 ? parser2(input) : none();
};

// src/detect/manifests/toml-locations.ts
var BASIC_ESC = { b: "\b", t: "	", n: "\n", f: "\f", r: "\r", '"': '"', "\\": "\\", e: "\x1B" };
function tomlLocations(text) {
  const out = [];
  const n = text.length;
  let i = 0;
  let table = [];
  const skipInline = () => {
    while (i < n && (text[i] === " " || text[i] === "	")) i++;
  };
  const skipAll = () => {
    for (; ; ) {
      while (i < n && /[ \t\r\n]/.test(text[i])) i++;
      if (text[i] === "#") {
        while (i < n && text[i] !== "\n") i++;
        continue;
      }
      return;
    }
  };
  const readString2 = () => {
    const offset = i;
    const q = text[i];
    const multi = text.startsWith(q.repeat(3), i);
    const delim = multi ? q.repeat(3) : q;
    i += delim.length;
    if (multi && text[i] === "\r" && text[i + 1] === "\n") i += 2;
    else if (multi && text[i] === "\n") i++;
    let value = "";
    while (i < n) {
      if (text.startsWith(delim, i)) {
        let extra = 0;
        while (multi && extra < 2 && text[i + delim.length + extra] === q) extra++;
        value += q.repeat(extra);
        i += delim.length + extra;
        return { value, offset, quote: delim.length };
      }
      const c = text[i];
      if (!multi && c === "\n") break;
      if (q === '"' && c === "\\") {
        const d = text[i + 1] ?? "";
        if (BASIC_ESC[d] !== void 0) {
          value += BASIC_ESC[d];
          i += 2;
          continue;
        }
        const hexLen = d === "u" ? 4 : d === "U" ? 8 : d === "x" ? 2 : 0;
        if (hexLen > 0 && /^[0-9a-fA-F]+$/.test(text.slice(i + 2, i + 2 + hexLen))) {
          const cp = parseInt(text.slice(i + 2, i + 2 + hexLen), 16);
          value += cp <= 1114111 ? String.fromCodePoint(cp) : "";
          i += 2 + hexLen;
          continue;
        }
        if (multi && /^[ \t]*\r?\n/.test(text.slice(i + 1, i + 1 + 64))) {
          i++;
          while (i < n && /[ \t\r\n]/.test(text[i])) i++;
          continue;
        }
        value += c;
        i++;
        continue;
      }
      value += c;
      i++;
    }
    return { value, offset, quote: delim.length };
  };
  const readKey = () => {
    const parts = [];
    const offsets = [];
    for (; ; ) {
      skipInline();
      const at2 = i;
      if (text[i] === '"' || text[i] === "'") {
        parts.push(readString2().value);
      } else {
        const m = /^[A-Za-z0-9_-]+/.exec(text.slice(i, i + 256));
        if (!m) break;
        parts.push(m[0]);
        i += m[0].length;
      }
      offsets.push(at2);
      skipInline();
      if (text[i] === ".") {
        i++;
        continue;
      }
      break;
    }
    return { parts, offsets };
  };
  const readValue = (path) => {
    skipInline();
    const c = text[i];
    if (c === '"' || c === "'") {
      const s = readString2();
      out.push({ path, kind: "string", offset: s.offset, value: s.value, quote: s.quote });
      return;
    }
    if (c === "[") {
      i++;
      for (let guard = 0; i < n && guard < n; guard++) {
        skipAll();
        if (text[i] === "]") {
          i++;
          return;
        }
        if (text[i] === ",") {
          i++;
          continue;
        }
        const before = i;
        readValue(path);
        if (i === before) i++;
      }
      return;
    }
    if (c === "{") {
      i++;
      for (let guard = 0; i < n && guard < n; guard++) {
        skipAll();
        if (text[i] === "}") {
          i++;
          return;
        }
        if (text[i] === ",") {
          i++;
          continue;
        }
        const before = i;
        const key = readKey();
        const full = [...path, ...key.parts];
        if (key.parts.length > 0) out.push({ path: full, kind: "key", offset: key.offsets[key.offsets.length - 1] });
        skipInline();
        if (text[i] === "=") {
          i++;
          readValue(full);
        }
        if (i === before) i++;
      }
      return;
    }
    while (i < n && !/[,\]}\n#]/.test(text[i])) i++;
  };
  for (let guard = 0; i < n && guard <= n; guard++) {
    skipAll();
    if (i >= n) break;
    const before = i;
    if (text[i] === "[") {
      const array = text[i + 1] === "[";
      i += array ? 2 : 1;
      const key2 = readKey();
      table = key2.parts;
      if (key2.parts.length > 0) out.push({ path: table, kind: "key", offset: key2.offsets[key2.offsets.length - 1] });
      while (i < n && text[i] !== "\n") i++;
      continue;
    }
    const key = readKey();
    if (key.parts.length > 0) {
      const full = [...table, ...key.parts];
      out.push({ path: full, kind: "key", offset: key.offsets[key.offsets.length - 1] });
      skipInline();
      if (text[i] === "=") {
        i++;
        readValue(full);
      }
    }
    while (i < n && text[i] !== "\n" && text[i] !== "#") {
      if (!/[ \t\r]/.test(text[i])) break;
      i++;
    }
    if (i === before) i++;
  }
  return out;
}
function at(locations, path, kind) {
  return locations.filter((l) => l.kind === kind && l.path.length === path.length && l.path.every((p, k) => p === path[k]));
}

// src/detect/manifests/common.ts
var EvidenceSink = class {
  constructor(path, text, catalog) {
    this.path = path;
    this.text = text;
    this.catalog = catalog;
    this.starts = lineStarts(text);
  }
  path;
  text;
  catalog;
  evidence = [];
  starts;
  /** Evidence for every catalog target `name` stands for, at `offset`. */
  add(ecosystem, name, offset, version, extra = {}) {
    if (!name) return;
    const pos = locate(this.starts, Math.max(0, Math.min(offset, this.text.length)));
    for (const target of manifestTargets(this.catalog.lookupPackage(ecosystem, name, version))) {
      this.evidence.push({ ...targetEvidence("dependency", this.path, pos, ecosystem, target, snippetFromStarts(this.text, this.starts, pos.line)), ...extra });
    }
  }
};
function fileLiterals(path, text) {
  try {
    return configLiterals(path, text);
  } catch {
    return [];
  }
}
function firstMajor(version) {
  if (!version) return void 0;
  const m = /\d+/.exec(version);
  return m ? String(Number(m[0])) : void 0;
}
function baseName(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}

// src/detect/manifests/cargo/cargo.ts
var SECTIONS = ["dependencies", "dev-dependencies", "dev_dependencies", "build-dependencies", "build_dependencies"];
function cargoMajor(req) {
  if (!req) return void 0;
  const m = /^\s*(?:(?:\^|~|>=|>|=)\s*)?(\d+)/.exec(req);
  return m ? String(Number(m[1])) : void 0;
}
var detectCargo = ({ file, text, catalog }) => {
  let doc;
  try {
    doc = parse(text);
  } catch (err) {
    return { evidence: [], literals: [], diagnostics: [diagnostic(file.path, "could not parse Cargo.toml", err)] };
  }
  const sink = new EvidenceSink(file.path, text, catalog);
  let locations = [];
  try {
    locations = tomlLocations(text);
  } catch {
    locations = [];
  }
  const tables = [];
  const collect2 = (owner, base) => {
    for (const section of SECTIONS) {
      const deps = owner[section];
      if (deps && typeof deps === "object" && !Array.isArray(deps)) tables.push({ path: [...base, section], deps });
    }
  };
  collect2(doc, []);
  const target = doc["target"];
  if (target && typeof target === "object") {
    for (const [cfg, owner] of Object.entries(target)) {
      if (owner && typeof owner === "object") collect2(owner, ["target", cfg]);
    }
  }
  for (const { path, deps } of tables) {
    for (const [key, spec] of Object.entries(deps)) {
      let name = key;
      let version;
      if (typeof spec === "string") version = spec;
      else if (spec && typeof spec === "object") {
        const s = spec;
        if (typeof s["package"] === "string") name = s["package"];
        if (typeof s["version"] === "string") version = s["version"];
      }
      const loc = at(locations, [...path, key], "key")[0];
      sink.add("cargo", name, loc?.offset ?? 0, cargoMajor(version));
    }
  }
  return { evidence: sink.evidence, literals: fileLiterals(file.path, text), diagnostics: [] };
};

// src/detect/manifests/npm/package-json.ts
var SECTIONS2 = ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"];
var BUNDLED = ["bundledDependencies", "bundleDependencies"];
function npmMajor(range) {
  const alts = range.split("||").map((alt) => {
    const m = /^\s*(?:(?:\^|~>?|>=|>|=|v)\s*)?v?(\d+)(?=$|[.\s\-x*+])/i.exec(alt);
    return m ? String(Number(m[1])) : void 0;
  });
  return alts.every((a) => a !== void 0 && a === alts[0]) ? alts[0] : void 0;
}
function npmAlias(spec) {
  const m = /^npm:((?:@[^/@\s]+\/)?[^@\s]+)(?:@(.*))?$/.exec(spec.trim());
  return m ? { name: m[1], range: m[2] ?? "" } : void 0;
}
var detectPackageJson = ({ file, text, catalog }) => {
  let root;
  try {
    root = parseJson(text);
  } catch (err) {
    return { evidence: [], literals: [], diagnostics: [diagnostic(file.path, "could not parse package.json", err)] };
  }
  try {
    const evidence = [];
    if (root.type !== "object") return { evidence, literals: [], diagnostics: [{ file: file.path, message: "package.json is not an object" }] };
    const starts = lineStarts(text);
    const add = (name, range, offset) => {
      const alias = npmAlias(range);
      const pkg = alias ? alias.name : name;
      const major = npmMajor(alias ? alias.range : range);
      const pos = locate(starts, offset);
      for (const target of manifestTargets(catalog.lookupPackage("npm", pkg, major))) {
        evidence.push(targetEvidence("dependency", file.path, pos, "npm", target, lineSnippet(text, starts, pos.line)));
      }
    };
    for (const entry of root.entries) {
      if (SECTIONS2.includes(entry.key) && entry.value.type === "object") {
        for (const dep of entry.value.entries) {
          add(dep.key, dep.value.type === "string" ? dep.value.value : "", dep.keyOffset + 1);
        }
      } else if (BUNDLED.includes(entry.key) && entry.value.type === "array") {
        for (const item of entry.value.items) if (item.type === "string") add(item.value, "", item.offset + 1);
      }
    }
    return { evidence, literals: [], diagnostics: [] };
  } catch (err) {
    return { evidence: [], literals: [], diagnostics: [diagnostic(file.path, "could not read package.json", err)] };
  }
};

// src/detect/manifests/composer/composer.ts
var detectComposer = ({ file, text, catalog }) => {
  let root;
  try {
    root = parseJson(text);
  } catch (err) {
    return { evidence: [], literals: [], diagnostics: [diagnostic(file.path, "could not parse composer.json", err)] };
  }
  if (root.type !== "object") return { evidence: [], literals: [], diagnostics: [{ file: file.path, message: "composer.json is not an object" }] };
  const sink = new EvidenceSink(file.path, text, catalog);
  for (const entry of root.entries) {
    if (entry.key !== "require" && entry.key !== "require-dev" || entry.value.type !== "object") continue;
    for (const dep of entry.value.entries) {
      if (!dep.key.includes("/")) continue;
      const range = dep.value.type === "string" ? dep.value.value.replace(/(?<!\|)\|(?!\|)/g, "||") : "";
      sink.add("composer", dep.key, dep.keyOffset + 1, npmMajor(range.replace(/^v/i, "")));
    }
  }
  return { evidence: sink.evidence, literals: fileLiterals(file.path, text), diagnostics: [] };
};

// src/detect/manifests/go/go-mod.ts
var SPEC = /^("(?:[^"\\]|\\.)*"|`[^`]*`|[^\s"`]+)\s+(\S+)/;
var detectGoMod = ({ file, text, catalog }) => {
  const sink = new EvidenceSink(file.path, text, catalog);
  const diagnostics = [];
  const lines = text.split("\n");
  let offset = 0;
  let block;
  let blockLine = 0;
  const bad = (line, what) => {
    if (diagnostics.length === 0) diagnostics.push({ file: file.path, message: `could not parse go.mod: line ${line}: ${what}` });
  };
  const requirement = (body, comment, at2, lineNo) => {
    const lead = body.length - body.trimStart().length;
    const m = SPEC.exec(body.trimStart());
    if (!m) {
      bad(lineNo, `malformed requirement '${body.trim()}'`);
      return;
    }
    let path = m[1];
    let pathAt = at2 + lead;
    if (path.startsWith('"') || path.startsWith("`")) {
      path = path.slice(1, -1);
      pathAt++;
    }
    const major = /^v(\d+)/.exec(m[2])?.[1];
    const indirect = /^\/\/\s*indirect\b/.test(comment.trim()) || /;\s*indirect\b/.test(comment);
    sink.add("go", path, pathAt, major, indirect ? { transitive: true } : {});
  };
  lines.forEach((raw, idx) => {
    const lineNo = idx + 1;
    const line = raw.replace(/\r$/, "");
    const at2 = offset;
    offset += raw.length + 1;
    const c = line.indexOf("//");
    const body = c >= 0 ? line.slice(0, c) : line;
    const comment = c >= 0 ? line.slice(c) : "";
    const trimmed = body.trim();
    if (block !== void 0) {
      if (trimmed === ")") {
        block = void 0;
        return;
      }
      if (trimmed === "") return;
      if (block === "require") requirement(body, comment, at2, lineNo);
      return;
    }
    if (trimmed === "") return;
    const m = /^(\w+)\s*(\(|\S.*)?$/.exec(trimmed);
    if (!m) {
      bad(lineNo, `unexpected '${trimmed}'`);
      return;
    }
    const [, verb, rest] = m;
    if (rest === "(") {
      block = verb;
      blockLine = lineNo;
      return;
    }
    if (verb === "require") {
      const start = body.indexOf("require") + "require".length;
      requirement(body.slice(start), comment, at2 + start, lineNo);
    } else if (!/^(module|go|toolchain|replace|exclude|retract|tool|godebug|ignore)$/.test(verb)) {
      bad(lineNo, `unknown directive '${verb}'`);
    }
  });
  if (block !== void 0) bad(blockLine, `unterminated ${block} block`);
  return { evidence: sink.evidence, literals: fileLiterals(file.path, text), diagnostics };
};

// src/detect/manifests/hex/mix.ts
var DEP = /\{[ \t\r\n]*:([a-z_][a-z0-9_]*)[ \t\r\n]*,[ \t\r\n]*(?:(")|(?:github|git|path|hex|in_umbrella|only|runtime|override|optional|sparse|app|compile|manager|organization|repo|env|system_env)[ \t]*:)/g;
var detectMix = ({ file, text, catalog }) => {
  const sink = new EvidenceSink(file.path, text, catalog);
  let literals = [];
  try {
    const masked = maskCode(text, "elixir");
    literals = maskedLiterals(masked, text);
    for (const m of masked.code.matchAll(DEP)) {
      const at2 = m.index + m[0].indexOf(":") + 1;
      const version = m[2] ? masked.strings.get(m.index + m[0].length - 1)?.value : void 0;
      const close = masked.code.indexOf("}", m.index);
      const rest = masked.code.slice(m.index, close < 0 ? void 0 : close);
      const renamed = /(?<![\w])hex[ \t]*:[ \t]*:([a-z_][a-z0-9_]*)/.exec(rest)?.[1];
      sink.add("hex", renamed ?? m[1], at2, firstMajor(version));
    }
  } catch (err) {
    return { evidence: [], literals, diagnostics: [{ file: file.path, message: `could not parse mix.exs: ${err.message.split("\n")[0]}` }] };
  }
  return { evidence: sink.evidence, literals, diagnostics: [] };
};

// src/detect/manifests/maven/gradle.ts
var CONFIG = /^(?:(?:[a-z][A-Za-z0-9]*)?(?:[Ii]mplementation|[Aa]pi|[Cc]ompileOnly(?:Api)?|[Rr]untimeOnly|[Cc]ompile|[Rr]untime|[Aa]nnotationProcessor)|kapt\w*|ksp\w*)$/;
function coordinate(s) {
  const parts = s.trim().replace(/@[\w.-]+$/, "").split(":");
  if (parts.length < 2 || !parts[0] || !parts[1]) return void 0;
  const r = { name: `${parts[0]}:${parts[1]}` };
  if (parts[2]) r.version = parts[2];
  return r;
}
function blockName(code, brace) {
  let j = brace - 1;
  while (j >= 0 && /\s/.test(code[j])) j--;
  if (code[j] === ")") {
    let depth = 0;
    for (; j >= 0; j--) {
      if (code[j] === ")") depth++;
      else if (code[j] === "(" && --depth === 0) break;
    }
    j--;
    while (j >= 0 && /\s/.test(code[j])) j--;
  }
  let e = j + 1;
  while (j >= 0 && /[\w.]/.test(code[j])) j--;
  return code.slice(j + 1, e).split(".").pop() ?? "";
}
function detectGradleScript(path, text, sink) {
  const masked = maskCode(text, path.endsWith(".kts") ? "kotlin" : "groovy");
  const { code, strings } = masked;
  const stack = [];
  const live = [];
  let liveStart;
  const isLive = () => stack[stack.length - 1] === "dependencies" && !stack.includes("buildscript");
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c !== "{" && c !== "}") continue;
    if (liveStart !== void 0) {
      live.push([liveStart, i]);
      liveStart = void 0;
    }
    if (c === "{") stack.push(blockName(code, i));
    else stack.pop();
    if (isLive()) liveStart = i + 1;
  }
  if (liveStart !== void 0) live.push([liveStart, code.length]);
  const stringAt = (j) => code[j] === '"' ? strings.get(j) : void 0;
  const ws = (j) => {
    while (j < code.length && /[ \t]/.test(code[j])) j++;
    return j;
  };
  for (const [from, to] of live) {
    const region = code.slice(from, to);
    for (const m of region.matchAll(/(?<![\w.$])([A-Za-z_]\w*)[ \t]*(\(?)[ \t]*/g)) {
      if (!CONFIG.test(m[1])) continue;
      let j = from + m.index + m[0].length;
      const s = stringAt(j);
      if (s) {
        let cur = s;
        while (cur) {
          const coord = coordinate(cur.value);
          if (coord) sink.add("maven", coord.name, cur.contentStart, firstMajor(coord.version));
          j = ws(cur.end);
          if (code[j] !== ",") break;
          j = ws(j + 1);
          while (code[j] === "\n" || code[j] === "\r" || code[j] === " " || code[j] === "	") j++;
          cur = stringAt(j);
        }
        continue;
      }
      const end = code.indexOf("\n", j) < 0 ? code.length : code.indexOf("\n", j);
      const args = code.slice(j, end);
      const named = (key) => {
        const k = new RegExp(`(?<![\\w.])${key}[ \\t]*[:=][ \\t]*"`).exec(args);
        return k ? strings.get(j + k.index + k[0].length - 1) : void 0;
      };
      const group = named("group");
      const name = named("name");
      if (group && name && /^(?:group|name|version)[ \t]*[:=]/.test(args)) {
        sink.add("maven", `${group.value}:${name.value}`, name.contentStart, firstMajor(named("version")?.value));
      }
    }
  }
}
function detectVersionCatalog(text, sink) {
  const doc = parse(text);
  const libraries = doc["libraries"];
  if (!libraries || typeof libraries !== "object") return;
  const versions = doc["versions"] ?? {};
  const locations = tomlLocations(text);
  const offsetOf = (path, kind) => {
    const l = at(locations, path, kind)[0];
    return l ? l.offset + (kind === "string" ? l.quote ?? 1 : 0) : void 0;
  };
  for (const [alias, spec] of Object.entries(libraries)) {
    const aliasAt = offsetOf(["libraries", alias], "key") ?? 0;
    if (typeof spec === "string") {
      const coord = coordinate(spec);
      if (coord) sink.add("maven", coord.name, offsetOf(["libraries", alias], "string") ?? aliasAt, firstMajor(coord.version));
      continue;
    }
    if (!spec || typeof spec !== "object") continue;
    const s = spec;
    let version;
    const v = s["version"];
    if (typeof v === "string") version = v;
    else if (v && typeof v === "object") {
      const o = v;
      const ref = o["ref"];
      const r = typeof ref === "string" ? versions[ref] : void 0;
      version = typeof r === "string" ? r : typeof o["strictly"] === "string" ? o["strictly"] : typeof o["require"] === "string" ? o["require"] : typeof o["prefer"] === "string" ? o["prefer"] : void 0;
    }
    if (typeof s["module"] === "string") {
      const coord = coordinate(s["module"]);
      if (coord) sink.add("maven", coord.name, offsetOf(["libraries", alias, "module"], "string") ?? aliasAt, firstMajor(version));
    } else if (typeof s["group"] === "string" && typeof s["name"] === "string") {
      sink.add("maven", `${s["group"]}:${s["name"]}`, offsetOf(["libraries", alias, "name"], "string") ?? aliasAt, firstMajor(version));
    }
  }
}
var detectGradle = ({ file, text, catalog }) => {
  const sink = new EvidenceSink(file.path, text, catalog);
  const toml = baseName(file.path).toLowerCase().endsWith(".toml");
  try {
    if (toml) detectVersionCatalog(text, sink);
    else detectGradleScript(file.path, text, sink);
  } catch (err) {
    return { evidence: [], literals: fileLiterals(file.path, text), diagnostics: [{ file: file.path, message: `could not parse ${baseName(file.path)}: ${(err.message ?? String(err)).split("\n")[0]}` }] };
  }
  return { evidence: sink.evidence, literals: fileLiterals(file.path, text), diagnostics: [] };
};

// src/detect/manifests/xml.ts
var XmlError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[A-Za-z]+);/g, (all, e) => {
    if (e.startsWith("#x")) return safeCodePoint(parseInt(e.slice(2), 16)) ?? all;
    if (e.startsWith("#")) return safeCodePoint(parseInt(e.slice(1), 10)) ?? all;
    return ENTITIES[e] ?? all;
  });
}
function safeCodePoint(cp) {
  return Number.isFinite(cp) && cp >= 0 && cp <= 1114111 ? String.fromCodePoint(cp) : void 0;
}
var NAME7 = /[A-Za-z_:][\w:.-]*/y;
function parseXml(text) {
  const n = text.length;
  let i = text.charCodeAt(0) === 65279 ? 1 : 0;
  const root = { name: "#document", offset: 0, attrs: [], children: [], text: "", textOffset: 0 };
  const stack = [root];
  let textBuf = [];
  const flushText = () => {
    const top = stack[stack.length - 1];
    const joined = textBuf.map((t) => t.value).join("");
    if (joined.trim() !== "") {
      const first = textBuf.find((t) => t.value.trim() !== "");
      if (top.text === "") top.textOffset = first.offset + (first.value.length - first.value.trimStart().length);
      top.text = (top.text + joined).trim();
    }
    textBuf = [];
  };
  const skipTo = (end, what) => {
    const k = text.indexOf(end, i);
    if (k < 0) throw new XmlError(`unterminated ${what}`, i);
    i = k + end.length;
  };
  while (i < n) {
    const lt = text.indexOf("<", i);
    if (lt < 0) {
      textBuf.push({ value: decodeEntities(text.slice(i)), offset: i });
      break;
    }
    if (lt > i) textBuf.push({ value: decodeEntities(text.slice(i, lt)), offset: i });
    i = lt;
    if (text.startsWith("<!--", i)) {
      skipTo("-->", "comment");
      continue;
    }
    if (text.startsWith("<![CDATA[", i)) {
      const start = i + 9;
      skipTo("]]>", "CDATA section");
      textBuf.push({ value: text.slice(start, i - 3), offset: start });
      continue;
    }
    if (text.startsWith("<?", i)) {
      skipTo("?>", "processing instruction");
      continue;
    }
    if (text.startsWith("<!", i)) {
      let depth = 0;
      let k = i + 2;
      for (; k < n; k++) {
        if (text[k] === "[") depth++;
        else if (text[k] === "]") depth--;
        else if (text[k] === ">" && depth <= 0) break;
      }
      if (k >= n) throw new XmlError("unterminated declaration", i);
      i = k + 1;
      continue;
    }
    flushText();
    if (text[i + 1] === "/") {
      NAME7.lastIndex = i + 2;
      const m2 = NAME7.exec(text);
      const name = m2 && m2.index === i + 2 ? m2[0] : "";
      const top = stack[stack.length - 1];
      if (stack.length === 1 || top.name !== name) throw new XmlError(`unexpected </${name}>${stack.length > 1 ? ` (open: <${top.name}>)` : ""}`, i);
      let close = i + 2 + name.length;
      while (close < n && /\s/.test(text[close])) close++;
      if (text[close] !== ">") throw new XmlError(`unterminated </${name}>`, i);
      stack.pop();
      i = close + 1;
      continue;
    }
    NAME7.lastIndex = i + 1;
    const m = NAME7.exec(text);
    if (!m || m.index !== i + 1) throw new XmlError("invalid tag", i);
    const el = { name: m[0], offset: i, attrs: [], children: [], text: "", textOffset: i };
    i += 1 + m[0].length;
    for (; ; ) {
      while (i < n && /\s/.test(text[i])) i++;
      if (i >= n) throw new XmlError(`unterminated <${el.name}>`, el.offset);
      if (text.startsWith("/>", i)) {
        i += 2;
        stack[stack.length - 1].children.push(el);
        break;
      }
      if (text[i] === ">") {
        i++;
        stack[stack.length - 1].children.push(el);
        stack.push(el);
        break;
      }
      NAME7.lastIndex = i;
      const a = NAME7.exec(text);
      if (!a || a.index !== i) throw new XmlError(`invalid attribute in <${el.name}>`, i);
      i += a[0].length;
      while (i < n && /\s/.test(text[i])) i++;
      if (text[i] !== "=") throw new XmlError(`attribute ${a[0]} without a value`, i);
      i++;
      while (i < n && /\s/.test(text[i])) i++;
      const q = text[i];
      if (q !== '"' && q !== "'") throw new XmlError(`unquoted attribute ${a[0]}`, i);
      const end = text.indexOf(q, i + 1);
      if (end < 0) throw new XmlError(`unterminated attribute ${a[0]}`, i);
      el.attrs.push({ name: a[0], value: decodeEntities(text.slice(i + 1, end)), offset: i + 1 });
      i = end + 1;
    }
  }
  flushText();
  if (stack.length > 1) throw new XmlError(`unclosed <${stack[stack.length - 1].name}>`, stack[stack.length - 1].offset);
  if (!root.children.some(() => true)) throw new XmlError("no root element", 0);
  return root;
}
function localName(el, lower = false) {
  const name = el.name.slice(el.name.indexOf(":") + 1);
  return lower ? name.toLowerCase() : name;
}
function child(el, name) {
  return el.children.find((c) => localName(c) === name);
}
function children(el, name) {
  return el.children.filter((c) => localName(c) === name);
}
function attr2(el, name) {
  const lower = name.toLowerCase();
  return el.attrs.find((a) => a.name.toLowerCase() === lower);
}

// src/detect/manifests/maven/pom.ts
function properties(project) {
  const props = /* @__PURE__ */ new Map();
  for (const p of child(project, "properties")?.children ?? []) props.set(p.name, p.text);
  const parent = child(project, "parent");
  for (const key of ["groupId", "artifactId", "version"]) {
    const own = child(project, key)?.text ?? child(parent ?? project, key)?.text;
    if (own) {
      props.set(`project.${key}`, own);
      props.set(`pom.${key}`, own);
    }
    const fromParent = parent && child(parent, key)?.text;
    if (fromParent) props.set(`project.parent.${key}`, fromParent);
  }
  return props;
}
function interpolate(value, props) {
  let out = value;
  for (let round = 0; round < 5 && out.includes("${"); round++) {
    out = out.replace(/\$\{([^}]+)\}/g, (all, key) => props.get(key.trim()) ?? all);
  }
  return out;
}
var detectPom = ({ file, text, catalog }) => {
  let doc;
  try {
    doc = parseXml(text);
  } catch (err) {
    const where = err instanceof XmlError ? ` at line ${locate(lineStarts(text), err.offset).line}` : "";
    return { evidence: [], literals: [], diagnostics: [{ file: file.path, message: `could not parse pom.xml${where}: ${err.message}` }] };
  }
  const project = doc.children.find((c) => c.name === "project" || c.name.endsWith(":project"));
  if (!project) return { evidence: [], literals: [], diagnostics: [{ file: file.path, message: "pom.xml has no <project> element" }] };
  const props = properties(project);
  const sink = new EvidenceSink(file.path, text, catalog);
  const lists = [child(project, "dependencies"), ...children(child(project, "profiles") ?? project, "profile").map((p) => child(p, "dependencies"))];
  for (const list of lists) {
    for (const dep of children(list ?? { name: "", offset: 0, attrs: [], children: [], text: "", textOffset: 0 }, "dependency")) {
      const g = child(dep, "groupId");
      const a = child(dep, "artifactId");
      if (!g || !a) continue;
      const version = child(dep, "version");
      const name = `${interpolate(g.text, props)}:${interpolate(a.text, props)}`;
      const v = version ? interpolate(version.text, props) : void 0;
      sink.add("maven", name, a.textOffset, v && !v.includes("${") ? firstMajor(v) : void 0);
    }
  }
  return { evidence: sink.evidence, literals: fileLiterals(file.path, text), diagnostics: [] };
};

// src/detect/manifests/nuget/dotnet.ts
function nugetMajor(version) {
  if (!version) return void 0;
  const v = version.trim();
  const range = /^[[(]\s*([^,\])]*)/.exec(v);
  const lower = range ? range[1] : v;
  const m = /^v?(\d+)/.exec(lower.trim());
  return m ? String(Number(m[1])) : void 0;
}
function walk(el, visit) {
  for (const c of el.children) {
    visit(c);
    walk(c, visit);
  }
}
var detectDotnetProject = ({ file, text, catalog }) => {
  let doc;
  try {
    doc = parseXml(text);
  } catch (err) {
    const where = err instanceof XmlError ? ` at line ${locate(lineStarts(text), err.offset).line}` : "";
    return { evidence: [], literals: [], diagnostics: [{ file: file.path, message: `could not parse ${baseName(file.path)}${where}: ${err.message}` }] };
  }
  const sink = new EvidenceSink(file.path, text, catalog);
  const props = /* @__PURE__ */ new Map();
  walk(doc, (e) => {
    if (localName(e) === "PropertyGroup") for (const p of e.children) props.set(localName(p).toLowerCase(), p.text);
  });
  const resolve = (v) => v?.replace(/\$\(([^)]+)\)/g, (all, k) => props.get(k.trim().toLowerCase()) ?? all);
  const packagesConfig = baseName(file.path).toLowerCase() === "packages.config";
  walk(doc, (e) => {
    const name = localName(e);
    if (packagesConfig) {
      if (name !== "package") return;
      const id = attr2(e, "id");
      if (id) sink.add("nuget", id.value.trim(), id.offset, nugetMajor(attr2(e, "version")?.value));
      return;
    }
    if (name !== "PackageReference" && name !== "GlobalPackageReference") return;
    const include = attr2(e, "Include");
    if (!include) return;
    const version = resolve(attr2(e, "Version")?.value ?? attr2(e, "VersionOverride")?.value ?? child(e, "Version")?.text ?? child(e, "VersionOverride")?.text);
    const major = version && !version.includes("$(") ? nugetMajor(version) : void 0;
    let at2 = 0;
    for (const part of include.value.split(";")) {
      const lead = part.length - part.trimStart().length;
      const id = part.trim();
      if (id && !id.includes("$(") && !id.includes("@(")) sink.add("nuget", id, include.offset + at2 + lead, major);
      at2 += part.length + 1;
    }
  });
  return { evidence: sink.evidence, literals: fileLiterals(file.path, text), diagnostics: [] };
};

// src/detect/manifests/pub/pubspec.ts
var SECTIONS3 = /* @__PURE__ */ new Set(["dependencies", "dev_dependencies", "dependency_overrides"]);
var detectPubspec = ({ file, text, catalog }) => {
  const sink = new EvidenceSink(file.path, text, catalog);
  const lines = text.split("\n");
  let offset = 0;
  let inSection = false;
  let childIndent;
  for (const raw of lines) {
    const line = raw.replace(/\r$/, "");
    const start = offset;
    offset += raw.length + 1;
    if (/^\s*(?:#|$)/.test(line)) continue;
    const indent = /^ */.exec(line)[0].length;
    if (indent === 0) {
      const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
      inSection = key !== void 0 && SECTIONS3.has(key);
      childIndent = void 0;
      continue;
    }
    if (!inSection) continue;
    childIndent ??= indent;
    if (indent !== childIndent) continue;
    const m = /^ *([a-z_][a-z0-9_]*)\s*:\s*(?:(["']?)([^"'#\s][^"'#]*?)\2)?\s*(?:#.*)?$/.exec(line);
    if (!m) continue;
    sink.add("pub", m[1], start + indent, firstMajor(m[3]));
  }
  let literals = [];
  try {
    literals = configLiterals(file.path, text);
  } catch {
    literals = [];
  }
  return { evidence: sink.evidence, literals, diagnostics: [] };
};

// src/detect/manifests/pypi/pyproject.ts
var isTable = (v) => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
var get = (v, ...path) => path.reduce((o, k) => isTable(o) ? o[k] : void 0, v);
var Collector2 = class {
  constructor(text, locations) {
    this.text = text;
    this.locations = locations;
  }
  text;
  locations;
  found = [];
  used = /* @__PURE__ */ new Set();
  /** A PEP 508 list at `path`: each string located at its own occurrence. */
  pep508List(list, path) {
    if (!Array.isArray(list)) return;
    const candidates = at(this.locations, path, "string");
    for (const item of list) {
      if (typeof item !== "string") continue;
      const req = parseRequirement(item);
      if (!req) continue;
      const loc = candidates.find((c) => c.value === item && !this.used.has(c));
      let offset = 0;
      if (loc) {
        this.used.add(loc);
        const inner = loc.offset + (loc.quote ?? 1) + req.offset;
        offset = this.text.startsWith(req.name, inner) ? inner : loc.offset;
      }
      const d = { name: req.name, offset };
      if (req.major !== void 0) d.major = req.major;
      this.found.push(d);
    }
  }
  /** A Poetry / Pipfile table of `name = "constraint" | { version = … } | [ { version = … } ]`. */
  nameTable(table, path, skip = []) {
    if (!isTable(table)) return;
    for (const [name, value] of Object.entries(table)) {
      if (skip.includes(name.toLowerCase())) continue;
      const keyPath = [...path, name];
      const loc = at(this.locations, keyPath, "key")[0] ?? this.locations.find((l) => l.kind === "key" && keyPath.every((p, k) => l.path[k] === p));
      let offset = loc?.offset ?? 0;
      if (loc && (this.text[offset] === '"' || this.text[offset] === "'")) offset++;
      const d = { name, offset };
      const first = Array.isArray(value) ? value[0] : value;
      const version = typeof first === "string" ? first : isTable(first) && typeof first.version === "string" ? first.version : void 0;
      const major = version === void 0 ? void 0 : constraintMajor(version);
      if (major !== void 0) d.major = major;
      this.found.push(d);
    }
  }
};
function tomlDetector(what, collect2) {
  return ({ file, text, catalog }) => {
    let doc;
    try {
      doc = parse(text);
    } catch (err) {
      return { evidence: [], literals: [], diagnostics: [diagnostic(file.path, `could not parse ${what}`, err)] };
    }
    try {
      const c = new Collector2(text, tomlLocations(text));
      collect2(doc, c);
      const starts = lineStarts(text);
      const evidence = [];
      for (const d of c.found) {
        const pos = locate(starts, d.offset);
        for (const target of manifestTargets(catalog.lookupPackage("pypi", d.name, d.major))) {
          evidence.push(targetEvidence("dependency", file.path, pos, "pypi", target, lineSnippet(text, starts, pos.line)));
        }
      }
      evidence.sort((a, b) => a.line - b.line || a.column - b.column);
      return { evidence, literals: [], diagnostics: [] };
    } catch (err) {
      return { evidence: [], literals: [], diagnostics: [diagnostic(file.path, `could not read ${what}`, err)] };
    }
  };
}
var detectPyproject = tomlDetector("pyproject.toml", (doc, c) => {
  c.pep508List(get(doc, "project", "dependencies"), ["project", "dependencies"]);
  const optional = get(doc, "project", "optional-dependencies");
  if (isTable(optional)) for (const [g, list] of Object.entries(optional)) c.pep508List(list, ["project", "optional-dependencies", g]);
  const groups = get(doc, "dependency-groups");
  if (isTable(groups)) for (const [g, list] of Object.entries(groups)) c.pep508List(list, ["dependency-groups", g]);
  c.nameTable(get(doc, "tool", "poetry", "dependencies"), ["tool", "poetry", "dependencies"], ["python"]);
  c.nameTable(get(doc, "tool", "poetry", "dev-dependencies"), ["tool", "poetry", "dev-dependencies"], ["python"]);
  const poetryGroups = get(doc, "tool", "poetry", "group");
  if (isTable(poetryGroups)) {
    for (const [g, group] of Object.entries(poetryGroups)) {
      c.nameTable(get(group, "dependencies"), ["tool", "poetry", "group", g, "dependencies"], ["python"]);
    }
  }
  c.pep508List(get(doc, "tool", "uv", "dev-dependencies"), ["tool", "uv", "dev-dependencies"]);
  const pdm = get(doc, "tool", "pdm", "dev-dependencies");
  if (isTable(pdm)) for (const [g, list] of Object.entries(pdm)) c.pep508List(list, ["tool", "pdm", "dev-dependencies", g]);
});
var PIPFILE_NOT_PACKAGES = /* @__PURE__ */ new Set(["source", "requires", "scripts", "pipenv"]);
var detectPipfile = tomlDetector("Pipfile", (doc, c) => {
  for (const [category, table] of Object.entries(doc)) {
    if (PIPFILE_NOT_PACKAGES.has(category) || !isTable(table)) continue;
    c.nameTable(table, [category]);
  }
});

// src/detect/manifests/pypi/python-setup.ts
var import_yaml4 = __toESM(require_dist(), 1);

// src/detect/python/analyze.ts
var COMPOUND = /* @__PURE__ */ new Set(["def", "class", "if", "elif", "else", "try", "except", "finally", "while", "for", "with", "async", "match", "case"]);
var isOp = (t, ...ops) => t?.type === "op" && ops.includes(t.value);
var isName2 = (t, value) => t?.type === "name" && (value === void 0 || t.value === value);
function statementStarts(tokens) {
  const starts = new Array(tokens.length).fill(false);
  let first = 0;
  let sawLambda = false;
  for (let i = 0; i < tokens.length; i++) {
    const prev = tokens[i - 1];
    const begins = i === 0 || prev.type === "newline" || isOp(prev, ";") && prev.depth === 0 || isOp(prev, ":") && prev.depth === 0 && isName2(tokens[first]) && COMPOUND.has(tokens[first].value) && !sawLambda;
    if (begins) {
      starts[i] = true;
      first = i;
      sawLambda = false;
    }
    const t = tokens[i];
    if (isName2(t, "lambda") && t.depth === 0) sawLambda = true;
  }
  return starts;
}
function keyFor(tokens, starts, i, end) {
  const prev = tokens[i - 1];
  if (!prev || prev.type !== "op") return void 0;
  if (prev.value === "(" && isOp(tokens[end + 1], ")") && isOp(tokens[i - 2], "=", ":", ":=")) return keyFor(tokens, starts, i - 1, end + 1);
  if (prev.value === ":" && prev.bracket === "{") {
    const k = tokens[i - 2];
    const before = tokens[i - 3];
    if (k?.type === "string" && (isOp(before, "{", ",") || before?.type === "string")) return k.value;
    return void 0;
  }
  if (prev.value !== "=" && prev.value !== ":=") return void 0;
  if (prev.depth > 0 && prev.bracket !== "(") return void 0;
  const depth = prev.depth;
  const segment = [];
  for (let j = i - 2; j >= 0; j--) {
    const t = tokens[j];
    if (t.depth < depth) break;
    if (t.depth === depth) {
      if (isOp(t, ",")) {
        if (depth === 0) return void 0;
        break;
      }
      if (t.type === "newline" || isOp(t, ";", "=")) break;
    }
    segment.unshift(t);
    if (starts[j]) break;
  }
  if (depth > 0) {
    const colon2 = segment.findIndex((t) => t.depth === depth && isOp(t, ":"));
    const head = colon2 >= 0 ? segment.slice(0, colon2) : segment;
    return head.length === 1 && isName2(head[0]) ? head[0].value : void 0;
  }
  const colon = segment.findIndex((t) => t.depth === 0 && isOp(t, ":"));
  const target = colon >= 0 ? segment.slice(0, colon) : segment;
  const last3 = target[target.length - 1];
  if (isName2(last3)) return last3.value;
  if (isOp(last3, "]")) {
    const inner = target[target.length - 2];
    const open = target[target.length - 3];
    if (inner?.type === "string" && isOp(open, "[")) return inner.value;
  }
  return void 0;
}
var KEYWORDS = /* @__PURE__ */ new Set([
  "False",
  "None",
  "True",
  "and",
  "as",
  "assert",
  "async",
  "await",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "nonlocal",
  "not",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "while",
  "with",
  "yield"
]);
function dotted(tokens, i) {
  if (!isName2(tokens[i]) || KEYWORDS.has(tokens[i].value)) return void 0;
  let name = tokens[i].value;
  let j = i + 1;
  while (isOp(tokens[j], ".") && isName2(tokens[j + 1]) && !KEYWORDS.has(tokens[j + 1].value)) {
    name += "." + tokens[j + 1].value;
    j += 2;
  }
  return { name, end: j };
}
var END = (t) => !t || t.type === "newline" || isOp(t, ";") && t.depth === 0;
function analyzePython(text) {
  const { tokens, nested, errors } = lexPython(text);
  const starts = statementStarts(tokens);
  const imports = [];
  const literals = [];
  let statement = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (starts[i]) statement = i;
    if (t.type === "string") {
      let k = i;
      let value = t.value;
      while (tokens[k + 1]?.type === "string") value += tokens[++k].value;
      const docstring = starts[i] && END(tokens[k + 1]);
      if (!docstring) {
        const lit = { value, line: t.line, column: t.column, key: void 0, offset: t.offset };
        const key = keyFor(tokens, starts, i, k);
        if (key !== void 0) lit.key = key;
        literals.push(lit);
      }
      i = k;
      continue;
    }
    if (t.type !== "name") continue;
    if (t.value === "import") {
      let j = i + 1;
      for (; ; ) {
        const d = dotted(tokens, j);
        if (!d) break;
        imports.push({ module: d.name, moduleToken: tokens[j], statement });
        j = d.end;
        if (isName2(tokens[j], "as") && isName2(tokens[j + 1])) j += 2;
        if (!isOp(tokens[j], ",")) break;
        j++;
      }
      i = j - 1;
      continue;
    }
    if (t.value === "from") {
      let j = i + 1;
      let dots = 0;
      while (isOp(tokens[j], ".", "...")) dots += tokens[j++].value.length;
      const moduleIndex = j;
      const d = dotted(tokens, moduleIndex);
      const afterModule = d ? d.end : j;
      if (!isName2(tokens[afterModule], "import")) continue;
      if (!d && dots === 0) continue;
      const module2 = dots === 0 && d ? d.name : void 0;
      const moduleToken = tokens[moduleIndex];
      j = afterModule + 1;
      const paren = isOp(tokens[j], "(");
      if (paren) j++;
      while (j < tokens.length) {
        const n = tokens[j];
        if (isOp(n, "*")) {
          if (module2) imports.push({ module: module2, moduleToken, statement });
          j++;
        } else if (isName2(n) && !KEYWORDS.has(n.value)) {
          if (module2) imports.push({ module: module2, name: n.value, moduleToken, nameToken: n, statement });
          j++;
          if (isName2(tokens[j], "as") && isName2(tokens[j + 1])) j += 2;
        } else break;
        if (!isOp(tokens[j], ",")) break;
        j++;
      }
      if (paren && isOp(tokens[j], ")")) j++;
      i = j - 1;
      continue;
    }
    const dynamic = t.value === "__import__" || t.value === "import_module" && (!isOp(tokens[i - 1], ".") || isName2(tokens[i - 2], "importlib"));
    if (dynamic && isOp(tokens[i + 1], "(") && tokens[i + 2]?.type === "string" && isOp(tokens[i + 3], ")", ",")) {
      const s = tokens[i + 2];
      if (/^[A-Za-z_][\w]*(\.[A-Za-z_]\w*)*$/.test(s.value)) {
        imports.push({ module: s.value, moduleToken: s, statement });
      }
    }
  }
  for (const n of nested) literals.push({ value: n.value, line: n.line, column: n.column, offset: n.offset });
  literals.sort((a, b) => a.offset - b.offset);
  return { imports, literals, errors };
}

// src/detect/python/python.ts
function resolveImports(refs, catalog, literalValues) {
  const out = [];
  const seen2 = /* @__PURE__ */ new Set();
  for (const ref of refs) {
    const spec = ref.name ? `${ref.module}.${ref.name}` : ref.module;
    const targets = catalog.lookupImport("python", spec);
    if (targets.length === 0) continue;
    const moduleTargets = catalog.lookupImport("python", ref.module);
    const byName = ref.nameToken && targets.some((t) => !moduleTargets.includes(t));
    const token = byName ? ref.nameToken : ref.moduleToken;
    for (const target of targets) {
      if (target.requiresLiteral?.length && !target.requiresLiteral.some((l) => literalValues.has(l))) continue;
      const key = `${ref.statement}|${targetKey(target)}`;
      if (seen2.has(key)) continue;
      seen2.add(key);
      out.push({ target, token });
    }
  }
  return out;
}
var detectPython = ({ file, text, catalog }) => {
  try {
    const analysis = analyzePython(text);
    const values = new Set(analysis.literals.map((l) => l.value));
    const starts = lineStarts(text);
    const evidence = resolveImports(analysis.imports, catalog, values).map(
      ({ target, token }) => targetEvidence("import", file.path, token, "pypi", target, lineSnippet(text, starts, token.line))
    );
    const literals = analysis.literals.map(({ offset: _offset, ...l }) => l);
    const diagnostics = analysis.errors.length > 0 ? [{ file: file.path, message: `could not fully parse: ${analysis.errors[0]}` }] : [];
    return { evidence, literals, diagnostics };
  } catch (err) {
    return { evidence: [], literals: [], diagnostics: [diagnostic(file.path, "could not parse", err)] };
  }
};

// src/detect/python/foreign-cells.ts
var LANGUAGES = {
  csharp: { kind: "csharp", ext: ".cs" },
  "c#": { kind: "csharp", ext: ".cs" },
  ".net-csharp": { kind: "csharp", ext: ".cs" },
  fsharp: { kind: "csharp", ext: ".fs" },
  "f#": { kind: "csharp", ext: ".fs" },
  ".net-fsharp": { kind: "csharp", ext: ".fs" },
  javascript: { kind: "js", ext: ".js" },
  typescript: { kind: "js", ext: ".ts" },
  java: { kind: "jvm", ext: ".java" },
  kotlin: { kind: "jvm", ext: ".kt" },
  scala: { kind: "jvm", ext: ".scala" },
  go: { kind: "go", ext: ".go" },
  rust: { kind: "rust", ext: ".rs" },
  ruby: { kind: "ruby", ext: ".rb" }
};
var DETECTORS = { ...LANGUAGE_DETECTORS, js: detectJavaScript };
var NUGET_DIRECTIVE = /^[ \t]*#r[ \t]+"nuget:[ \t]*([A-Za-z0-9_.-]+)[ \t]*(?:,[ \t]*([^"]*))?"/gm;
function isForeignLanguage(language) {
  return language.toLowerCase() in LANGUAGES;
}
async function foreignCell(path, language, cellText, filePos, catalog) {
  const lang = LANGUAGES[language.toLowerCase()];
  const detector = lang && DETECTORS[lang.kind];
  if (!lang || !detector) return { evidence: [], literals: [] };
  const starts = lineStarts(cellText);
  const toFile = (line, column) => filePos((starts[line - 1] ?? 0) + column - 1);
  const evidence = [];
  for (const m of cellText.matchAll(NUGET_DIRECTIVE)) {
    const version = m[2]?.trim() || void 0;
    for (const target of manifestTargets(catalog.lookupPackage("nuget", m[1], version))) {
      const pos = filePos(m.index + m[0].indexOf(m[1]));
      evidence.push(targetEvidence("dependency", path, pos, "nuget", target, m[0].trim()));
    }
  }
  const code = cellText.replace(/^[ \t]*#(?:r|i|!)\b.*$/gm, (d) => " ".repeat(d.length));
  const out = await detector({ file: { path: `${path}${lang.ext}`, kind: lang.kind, size: code.length }, text: code, catalog });
  for (const e of out.evidence) evidence.push({ ...e, file: path, ...toFile(e.line, e.column) });
  const literals = out.literals.map((l) => ({ ...l, ...toFile(l.line, l.column) }));
  return { evidence, literals };
}

// src/detect/python/notebook.ts
var FOREIGN_CELL_MAGICS = /* @__PURE__ */ new Set([
  "bash",
  "sh",
  "script",
  "system",
  "html",
  "javascript",
  "js",
  "latex",
  "markdown",
  "svg",
  "perl",
  "ruby",
  "writefile",
  "file",
  "sql",
  "R",
  "julia",
  "cmd",
  "powershell",
  "pypy",
  "python2"
]);
var SHELL_CELL_MAGICS = /* @__PURE__ */ new Set(["bash", "sh", "script", "system", "cmd", "powershell"]);
function cellSource(node, raw) {
  if (!node) return void 0;
  if (node.type === "string") return { text: node.value, map: stringMap(raw, node.offset), fallback: node.offset };
  if (node.type !== "array") return void 0;
  let text = "";
  const map = [];
  for (const item of node.items) {
    if (item.type !== "string") continue;
    text += item.value;
    for (const o of stringMap(raw, item.offset)) map.push(o);
  }
  return { text, map, fallback: node.offset };
}
function codeCells(root) {
  const cells = [];
  const direct = member(root, "cells");
  if (direct?.type === "array") cells.push(...direct.items);
  const worksheets = member(root, "worksheets");
  if (worksheets?.type === "array") {
    for (const ws of worksheets.items) {
      const c = member(ws, "cells");
      if (c?.type === "array") cells.push(...c.items);
    }
  }
  return cells.filter((c) => {
    const type = member(c, "cell_type");
    return type?.type === "string" && type.value === "code";
  });
}
function cellLanguage(cell) {
  const meta = member(cell, "metadata");
  const lang = member(member(meta, "dotnet_interactive"), "language") ?? member(member(meta, "polyglot_notebook"), "kernelName");
  return lang?.type === "string" ? lang.value.toLowerCase() : void 0;
}
function kernelLanguage(root) {
  const meta = member(root, "metadata");
  const lang = member(member(meta, "kernelspec"), "language") ?? member(member(meta, "language_info"), "name");
  return lang?.type === "string" ? lang.value.toLowerCase() : void 0;
}
function splitMagics(text) {
  const pip = [];
  const lines = text.split("\n");
  let offset = 0;
  const cellMagic = /^\s*%%(\S+)/.exec(lines[0] ?? "");
  const foreign = cellMagic !== null && FOREIGN_CELL_MAGICS.has(cellMagic[1]);
  const shell = cellMagic !== null && SHELL_CELL_MAGICS.has(cellMagic[1]);
  const out = [];
  lines.forEach((line, idx) => {
    const magic = /^\s*[!%]/.test(line) || shell && idx > 0;
    if (magic && !(idx === 0 && cellMagic)) {
      for (const r of pipInstallRequirements(line)) {
        const p = { name: r.name, offset: offset + r.offset };
        if (r.major !== void 0) p.major = r.major;
        pip.push(p);
      }
    }
    out.push(magic || foreign || idx === 0 && cellMagic ? " ".repeat(line.length) : line);
    offset += line.length + 1;
  });
  return { python: out.join("\n"), pip };
}
var detectNotebook = async ({ file, text, catalog }) => {
  let root;
  try {
    root = parseJson(text);
  } catch (err) {
    return { evidence: [], literals: [], diagnostics: [diagnostic(file.path, "could not parse notebook", err)] };
  }
  try {
    return await notebook(file.path, text, root, catalog);
  } catch (err) {
    return { evidence: [], literals: [], diagnostics: [diagnostic(file.path, "could not read notebook", err)] };
  }
};
async function notebook(path, text, root, catalog) {
  const evidence = [];
  const literals = [];
  const diagnostics = [];
  if (root.type !== "object") return { evidence, literals, diagnostics: [{ file: path, message: "notebook is not a JSON object" }] };
  const language = kernelLanguage(root);
  const isPython = (l) => l === void 0 || l.startsWith("python") || l === "ipython";
  const starts = lineStarts(text);
  const cells = [];
  for (const node of codeCells(root)) {
    const cell = cellSource(member(node, "source") ?? member(node, "input"), text);
    if (!cell || cell.text.trim() === "") continue;
    const filePos = (offset) => locate(starts, cell.map[offset] ?? cell.fallback);
    const lang = cellLanguage(node) ?? language;
    if (!isPython(lang)) {
      if (lang && isForeignLanguage(lang)) {
        const out = await foreignCell(path, lang, cell.text, filePos, catalog);
        evidence.push(...out.evidence);
        literals.push(...out.literals);
      }
      continue;
    }
    const { python, pip } = splitMagics(cell.text);
    const cellStarts = lineStarts(cell.text);
    for (const p of pip) {
      const pos = filePos(p.offset);
      const line = locate(cellStarts, p.offset).line;
      for (const target of manifestTargets(catalog.lookupPackage("pypi", p.name, p.major))) {
        evidence.push(targetEvidence("dependency", path, pos, "pypi", target, lineSnippet(cell.text, cellStarts, line)));
      }
    }
    const analysis = analyzePython(python);
    if (analysis.errors.length > 0 && diagnostics.length === 0) {
      diagnostics.push({ file: path, message: `could not fully parse a code cell: ${analysis.errors[0]}` });
    }
    cells.push({ cell, starts: cellStarts, analysis });
    for (const l of analysis.literals) {
      const lit = { value: l.value, ...filePos(l.offset) };
      if (l.key !== void 0) lit.key = l.key;
      literals.push(lit);
    }
  }
  const values = new Set(literals.map((l) => l.value));
  for (const { cell, starts: cellStarts, analysis } of cells) {
    for (const { target, token } of resolveImports(analysis.imports, catalog, values)) {
      const pos = locate(starts, cell.map[token.offset] ?? cell.fallback);
      evidence.push(targetEvidence("import", path, pos, "pypi", target, lineSnippet(cell.text, cellStarts, token.line)));
    }
  }
  evidence.sort((a, b) => a.line - b.line || a.column - b.column);
  return { evidence, literals, diagnostics };
}

// src/detect/manifests/pypi/python-setup.ts
var SETUP_KEYS = /* @__PURE__ */ new Set(["install_requires", "extras_require", "tests_require"]);
function requirementStrings(tokens, k) {
  const open = tokens[k];
  if (!open || open.type !== "op" || !["[", "(", "{"].includes(open.value)) return [];
  const out = [];
  const depth = open.depth;
  for (let j = k + 1; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.type === "op" && [")", "]", "}"].includes(t.value) && t.depth === depth + 1) break;
    if (t.type === "string" && (t.bracket === "[" || t.bracket === "(") && !/[fb]/.test(t.prefix ?? "")) {
      const next = tokens[j + 1];
      if (!(next && next.type === "op" && next.value === ":")) out.push(t);
    }
  }
  return out;
}
function setupPyRequirements(text, sink) {
  const { tokens } = lexPython(text);
  const assignments = /* @__PURE__ */ new Map();
  for (let k = 0; k + 2 < tokens.length; k++) {
    const t = tokens[k];
    if (t.type === "name" && t.depth === 0 && tokens[k + 1].value === "=" && (k === 0 || tokens[k - 1].type === "newline")) assignments.set(t.value, k + 2);
  }
  const seen2 = /* @__PURE__ */ new Set();
  const emit = (start) => {
    for (const t of requirementStrings(tokens, start)) {
      if (seen2.has(t.offset)) continue;
      seen2.add(t.offset);
      const r = parseRequirement(t.value);
      if (!r) continue;
      const prefix = t.prefix?.length ?? 0;
      const quote = text.startsWith('"""', t.offset + prefix) || text.startsWith("'''", t.offset + prefix) ? 3 : 1;
      sink.add("pypi", r.name, t.offset + prefix + quote + r.offset, r.major);
    }
  };
  for (let k = 0; k + 2 < tokens.length; k++) {
    const t = tokens[k];
    if (t.type !== "name" || !SETUP_KEYS.has(t.value) || tokens[k + 1].value !== "=") continue;
    const value = tokens[k + 2];
    if (value.type === "name") {
      const at2 = assignments.get(value.value);
      if (at2 !== void 0) emit(at2);
    } else {
      emit(k + 2);
    }
  }
}
function setupCfgRequirements(text, sink) {
  let section = "";
  let collecting = false;
  let offset = 0;
  const take = (value, at2) => {
    const noComment = value.replace(/(^|\s)[#;].*$/, "");
    if (noComment.trim() === "" || /^\s*file:/.test(noComment)) return;
    const r = parseRequirement(noComment);
    if (r) sink.add("pypi", r.name, at2 + r.offset, r.major);
  };
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\r$/, "");
    const at2 = offset;
    offset += raw.length + 1;
    if (/^\s*[#;]/.test(line) || line.trim() === "") continue;
    const header = /^\[([^\]]+)\]/.exec(line);
    if (header) {
      section = header[1].trim().toLowerCase();
      collecting = false;
      continue;
    }
    if (/^\s/.test(line)) {
      if (collecting) take(line, at2);
      continue;
    }
    const kv = /^([^=:]*[^=:\s])\s*[=:]\s*(.*)$/.exec(line);
    if (!kv) {
      collecting = false;
      continue;
    }
    const key = kv[1].trim().toLowerCase();
    collecting = section === "options" && (key === "install_requires" || key === "tests_require") || section === "options.extras_require";
    if (collecting && kv[2].trim() !== "") take(kv[2], at2 + line.length - kv[2].length);
  }
}
function condaRequirements(text, sink) {
  const doc = (0, import_yaml4.parseDocument)(text);
  if (doc.errors.length > 0) return doc.errors[0].message.split("\n")[0];
  const root = doc.contents;
  if (!(0, import_yaml4.isMap)(root)) return void 0;
  const deps = root.get("dependencies", true);
  if (!(0, import_yaml4.isSeq)(deps)) return void 0;
  const scalarAt = (node) => {
    const range = node.range;
    if (!range || !(0, import_yaml4.isScalar)(node) || typeof node.value !== "string") return void 0;
    const quoted = text[range[0]] === '"' || text[range[0]] === "'";
    return { value: node.value, offset: range[0] + (quoted ? 1 : 0) };
  };
  for (const item of deps.items) {
    if ((0, import_yaml4.isMap)(item)) {
      const pip = item.get("pip", true);
      if (!(0, import_yaml4.isSeq)(pip)) continue;
      for (const p of pip.items) {
        const s2 = scalarAt(p);
        if (!s2 || s2.value.trim().startsWith("-")) continue;
        const r = parseRequirement(s2.value);
        if (r) sink.add("pypi", r.name, s2.offset + r.offset, r.major);
      }
      continue;
    }
    const s = scalarAt(item);
    if (!s) continue;
    const m = /^(\s*(?:[^\s:]+::)?)([A-Za-z0-9_][A-Za-z0-9_.-]*)\s*(.*)$/.exec(s.value);
    if (!m) continue;
    const v = /^(?:==?|>=|>|~=)?\s*(\d+)/.exec(m[3].trim());
    sink.add("pypi", m[2], s.offset + m[1].length, v ? String(Number(v[1])) : void 0);
  }
  return void 0;
}
var detectPythonSetup = async (input) => {
  const { file, text, catalog } = input;
  const name = baseName(file.path).toLowerCase();
  const sink = new EvidenceSink(file.path, text, catalog);
  try {
    if (name.endsWith(".py")) {
      const py = await detectPython(input);
      setupPyRequirements(text, sink);
      return { evidence: [...py.evidence, ...sink.evidence], literals: py.literals, diagnostics: py.diagnostics };
    }
    if (name.endsWith(".cfg")) {
      setupCfgRequirements(text, sink);
      return { evidence: sink.evidence, literals: fileLiterals(file.path, text), diagnostics: [] };
    }
    const error = condaRequirements(text, sink);
    if (error) return { evidence: [], literals: [], diagnostics: [{ file: file.path, message: `could not parse ${baseName(file.path)}: ${error}` }] };
    return { evidence: sink.evidence, literals: fileLiterals(file.path, text), diagnostics: [] };
  } catch (err) {
    return { evidence: [], literals: [], diagnostics: [diagnostic(file.path, `could not read ${baseName(file.path)}`, err)] };
  }
};

// src/detect/manifests/pypi/requirements.ts
var EDITABLE = /^(?:-e|--editable)(?:\s*=\s*|\s+|(?=[^\s-]))/;
function parseRequirementsFile(text) {
  const out = [];
  const physical = text.split("\n");
  let offset = 0;
  let logical = "";
  let map = [];
  const flush = () => {
    const req = parseLogicalLine(logical);
    if (req) out.push({ ...req, fileOffset: map[req.offset] ?? 0 });
    logical = "";
    map = [];
  };
  for (const raw of physical) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const isComment = /^\s*#/.test(line);
    const continued = !isComment && line.endsWith("\\");
    const body = continued ? line.slice(0, -1) : isComment && logical !== "" ? "" : line;
    for (let k = 0; k < body.length; k++) map.push(offset + k);
    logical += body;
    if (!continued) flush();
    offset += raw.length + 1;
  }
  if (logical !== "") flush();
  return out;
}
function parseLogicalLine(line) {
  const noComment = line.replace(/(^|\s)#.*$/, "");
  const lead = noComment.length - noComment.trimStart().length;
  const s = noComment.trimStart();
  if (s === "") return void 0;
  if (s.startsWith("-")) {
    const e = EDITABLE.exec(s);
    if (!e) return void 0;
    const value = s.slice(e[0].length).split(/\s+/)[0] ?? "";
    const r2 = parseRequirement(value);
    return r2 && { ...r2, offset: r2.offset + lead + e[0].length };
  }
  const opt = s.search(/\s--?[A-Za-z]/);
  const spec = opt < 0 ? s : s.slice(0, opt).trimEnd();
  const r = parseRequirement(spec);
  return r && { ...r, offset: r.offset + lead };
}
var detectRequirements = ({ file, text, catalog }) => {
  try {
    const starts = lineStarts(text);
    const evidence = [];
    for (const req of parseRequirementsFile(text)) {
      const pos = locate(starts, req.fileOffset);
      for (const target of manifestTargets(catalog.lookupPackage("pypi", req.name, req.major))) {
        evidence.push(targetEvidence("dependency", file.path, pos, "pypi", target, lineSnippet(text, starts, pos.line)));
      }
    }
    return { evidence, literals: [], diagnostics: [] };
  } catch (err) {
    return { evidence: [], literals: [], diagnostics: [diagnostic(file.path, "could not parse", err)] };
  }
};

// src/detect/manifests/rubygems/gemfile.ts
var GEM = /(?<![\w.:$@])gem(?![\w?!])[ \t]*(?:\([ \t]*)?"/g;
var ADD_DEP = /\.[ \t]*add_(?:runtime_|development_)?dependency(?![\w?!])[ \t]*(?:\([ \t]*)?"/g;
function requirementsAfter(m, s) {
  const out = [];
  let j = s.end;
  for (let guard = 0; guard < 20; guard++) {
    while (j < m.code.length && /[ \t]/.test(m.code[j])) j++;
    if (m.code.slice(j, j + 7) === ".freeze") j += 7;
    while (j < m.code.length && /[ \t]/.test(m.code[j])) j++;
    if (m.code[j] !== ",") break;
    j++;
    while (j < m.code.length && /[ \t[\r\n]/.test(m.code[j])) j++;
    const next = m.strings.get(j);
    if (!next || m.code[j] !== '"') break;
    out.push(next.value);
    j = next.end;
    while (j < m.code.length && /[ \t\]]/.test(m.code[j])) j++;
  }
  return out;
}
function gemMajor(reqs) {
  for (const r of reqs) {
    const m = /^\s*(?:(?:~>|>=|>|=)\s*)?(\d+)/.exec(r);
    if (m) return String(Number(m[1]));
  }
  return void 0;
}
var detectGemfile = ({ file, text, catalog }) => {
  const sink = new EvidenceSink(file.path, text, catalog);
  const masked = maskCode(text, "ruby");
  const gemspec = file.path.toLowerCase().endsWith(".gemspec");
  for (const m of masked.code.matchAll(gemspec ? ADD_DEP : GEM)) {
    const at2 = m.index + m[0].length - 1;
    const s = masked.strings.get(at2);
    if (!s || text.slice(s.contentStart, s.end).includes("#{")) continue;
    if (!/^[A-Za-z0-9][\w.-]*$/.test(s.value)) continue;
    sink.add("rubygems", s.value, s.contentStart, gemMajor(requirementsAfter(masked, s)));
  }
  return { evidence: sink.evidence, literals: fileLiterals(file.path, text), diagnostics: [] };
};

// src/detect/manifests/swiftpm/package-swift.ts
var CALL = /\.package[ \t\r\n]*\(/g;
var LABEL = /(?<![\w.])(url|id|from|exact)[ \t\r\n]*:[ \t\r\n]*"/y;
function swiftPackageRefs(masked) {
  const code = masked.code;
  const out = [];
  for (const m of code.matchAll(CALL)) {
    let depth = 1;
    let ref;
    let version;
    for (let i = m.index + m[0].length; i < code.length && depth > 0; i++) {
      const c = code[i];
      if (c === "(" || c === "[" || c === "{") depth++;
      else if (c === ")" || c === "]" || c === "}") depth--;
      else if (depth <= 2 && /[a-z]/.test(c)) {
        LABEL.lastIndex = i;
        const label = LABEL.exec(code);
        if (!label) continue;
        const quote = i + label[0].length - 1;
        const s = masked.strings.get(quote);
        i = (s?.end ?? quote + 1) - 1;
        if (!s) continue;
        if ((label[1] === "url" || label[1] === "id") && depth === 1 && !ref) ref = { location: s.value, offset: s.contentStart };
        else if ((label[1] === "from" || label[1] === "exact") && !version) version = s.value;
      }
    }
    if (ref) out.push({ ...ref, version });
  }
  return out;
}
var detectPackageSwift = ({ file, text, catalog }) => {
  const sink = new EvidenceSink(file.path, text, catalog);
  let literals = [];
  try {
    const masked = maskCode(text, "swift");
    literals = maskedLiterals(masked, text);
    for (const ref of swiftPackageRefs(masked)) sink.add("swiftpm", ref.location, ref.offset, firstMajor(ref.version));
  } catch (err) {
    return { evidence: [], literals, diagnostics: [{ file: file.path, message: `could not parse Package.swift: ${err.message.split("\n")[0]}` }] };
  }
  return { evidence: sink.evidence, literals, diagnostics: [] };
};

// src/detect/manifests/swiftpm/xcode-project.ts
var ISA = /(?<![\w])isa[ \t]*=[ \t]*"?XCRemoteSwiftPackageReference"?[ \t]*;/g;
var URL_KEY = /(?<![\w])repositoryURL[ \t]*=[ \t]*/y;
var VERSION = /(?<![\w])(?:minimumVersion|version)[ \t]*=[ \t]*"?([0-9][0-9A-Za-z.+-]*)/;
var BARE = /[A-Za-z0-9_$/:.@~+-]+/y;
var detectXcodeProject = ({ file, text, catalog }) => {
  const sink = new EvidenceSink(file.path, text, catalog);
  try {
    const masked = maskCode(text, "swift");
    const code = masked.code;
    for (const m of code.matchAll(ISA)) {
      const open = code.lastIndexOf("{", m.index);
      if (open < 0) continue;
      let depth = 0;
      let url;
      let end = code.length;
      for (let i = open; i < code.length; i++) {
        const c = code[i];
        if (c === "{") depth++;
        else if (c === "}" && --depth === 0) {
          end = i;
          break;
        } else if (depth === 1 && c === "r" && !url) {
          URL_KEY.lastIndex = i;
          const key = URL_KEY.exec(code);
          if (!key) continue;
          const at2 = i + key[0].length;
          const s = masked.strings.get(at2);
          if (s) url = { value: s.value, offset: s.contentStart };
          else {
            BARE.lastIndex = at2;
            const bare = BARE.exec(code);
            if (bare) url = { value: bare[0], offset: at2 };
          }
        }
      }
      if (!url) continue;
      const version = VERSION.exec(code.slice(open, end))?.[1];
      sink.add("swiftpm", url.value, url.offset, firstMajor(version));
    }
  } catch (err) {
    return { evidence: [], literals: [], diagnostics: [{ file: file.path, message: `could not parse project.pbxproj: ${err.message.split("\n")[0]}` }] };
  }
  return { evidence: sink.evidence, literals: [], diagnostics: [] };
};

// src/detect/manifests/index.ts
var MANIFEST_DETECTORS = {
  "npm-manifest": detectPackageJson,
  "pip-requirements": detectRequirements,
  pyproject: detectPyproject,
  pipfile: detectPipfile,
  "python-setup": detectPythonSetup,
  "go-mod": detectGoMod,
  "maven-pom": detectPom,
  gradle: detectGradle,
  "dotnet-project": detectDotnetProject,
  gemfile: detectGemfile,
  "cargo-manifest": detectCargo,
  "composer-manifest": detectComposer,
  "mix-manifest": detectMix,
  pubspec: detectPubspec,
  // Package.swift, or an Xcode project's package references.
  "swiftpm-manifest": (input) => (/(^|\/)project\.pbxproj$/.test(input.file.path) ? detectXcodeProject : detectPackageSwift)(input)
};

// src/detect/own-inputs.ts
var CATALOG_ENTRY = /^id:\s*[a-z0-9-]+\s*$/m;
var CATALOG_FIELDS = /^(?:sources|packages|hosts|env|keys|providers):/m;
var INVENTORY = /^version:\s*\d+\s*$/m;
var INVENTORY_VENDORS = /^(?:vendors|custom-vendors):\s*$/m;
function isOwnInput(path, text) {
  if (!/\.ya?ml$/i.test(path)) return false;
  if (CATALOG_ENTRY.test(text) && CATALOG_FIELDS.test(text) && /^name:/m.test(text)) return true;
  return INVENTORY.test(text) && INVENTORY_VENDORS.test(text) && /ai-vendors/i.test(path);
}

// src/detect/secrets.ts
import { createHash } from "node:crypto";
var CONTEXT_LINES = 3;
function isPlaceholder(match, rule) {
  const body = match.replace(new RegExp(`^.*?(${rule.keywords.map(escapeRegExp).join("|")})`, "i"), "");
  if (/x{6,}|X{6,}|\*{4,}|\.{3}|<|>|your|example|dummy|placeholder|redacted|changeme|fake/i.test(match)) return true;
  const distinct = new Set(body || match).size;
  return distinct < Math.min(10, Math.floor((body || match).length / 3));
}
function keyHash(value) {
  return createHash("sha256").update(`shadow-ai/key/v1\0${value}`).digest("hex").slice(0, 32);
}
function detectSecrets(file, text, catalog, vendorsInFile) {
  if (catalog.keyRules.length === 0) return [];
  const out = [];
  const seen2 = /* @__PURE__ */ new Set();
  const keywords = keywordPattern(catalog.keyRules);
  keywords.lastIndex = 0;
  let idx = 0;
  let counted = 0;
  for (let m = keywords.exec(text); m; m = keywords.exec(text)) {
    const start = text.lastIndexOf("\n", m.index) + 1;
    let end = text.indexOf("\n", m.index);
    if (end < 0) end = text.length;
    for (let i = text.indexOf("\n", counted); i >= 0 && i < start; i = text.indexOf("\n", i + 1)) idx++;
    counted = start;
    keywords.lastIndex = end + 1;
    const line = text.slice(start, end);
    if (line.length > 2e4) continue;
    const near = () => {
      let from = start;
      for (let n = 0; n < CONTEXT_LINES && from > 0; n++) from = from >= 2 ? text.lastIndexOf("\n", from - 2) + 1 : 0;
      let to = end;
      for (let n = 0; n < CONTEXT_LINES && to < text.length; n++) {
        const next = text.indexOf("\n", to + 1);
        to = next < 0 ? text.length : next;
      }
      return text.slice(from, to).toLowerCase();
    };
    matchLine(file, line, line.toLowerCase(), idx, near, catalog, vendorsInFile, seen2, out);
  }
  return out;
}
var keywordPatterns = /* @__PURE__ */ new WeakMap();
function keywordPattern(rules) {
  let re = keywordPatterns.get(rules);
  if (!re) keywordPatterns.set(rules, re = new RegExp(tokenRegExp(rules.flatMap((r) => r.keywords)).source, "gi"));
  return re;
}
function matchLine(file, line, lower, idx, near, catalog, vendorsInFile, seen2, out) {
  let context;
  for (const rule of catalog.keyRules) {
    if (!rule.keywords.some((k) => lower.includes(k))) continue;
    if (rule.requiresVendorEvidence && !vendorsInFile.has(rule.vendor)) continue;
    if (rule.context.length > 0) {
      context ??= near();
      if (!rule.context.some((w) => context.includes(w))) continue;
    }
    rule.regex.lastIndex = 0;
    for (const m of line.matchAll(rule.regex)) {
      if (isPlaceholder(m[0], rule)) continue;
      const where = `${idx}:${m.index}`;
      if (seen2.has(where)) continue;
      seen2.add(where);
      out.push({
        kind: "secret",
        file: file.path,
        line: idx + 1,
        column: m.index + 1,
        vendor: rule.vendor,
        secretRule: rule.id,
        keyHash: keyHash(m[0]),
        snippet: safeSnippet(line, catalog)
      });
    }
  }
}

// src/detect/code-mask.ts
var PYTHON = { line: ["#"], block: [], quotes: ['"""', "'''", '"', "'"] };
var JS = { line: ["//"], block: [["/*", "*/"]], quotes: ['"', "'", "`"] };
function specFor(path) {
  const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  if (ext === "py" || ext === "pyw" || ext === "pyi") return PYTHON;
  if (/^(?:[cm]?[jt]sx?|vue|svelte)$/.test(ext)) return JS;
  return lexSpecFor(path);
}
function maskedCode(path, text) {
  const lang = maskLangForPath(path);
  if (lang) return maskCode(text, lang).code;
  const spec = specFor(path);
  return spec ? blank2(text, spec) : void 0;
}
var openerPatterns = /* @__PURE__ */ new WeakMap();
function openersOf(spec) {
  let re = openerPatterns.get(spec);
  if (!re) {
    const chars = new Set([...spec.line, ...spec.block.map(([o]) => o), ...spec.quotes].map((s) => s[0]));
    const escaped = [...chars].map((c) => c.replace(/[\\\]^-]/g, "\\$&")).join("");
    re = new RegExp(escaped ? `[${escaped}]` : "(?!)", "g");
    openerPatterns.set(spec, re);
  }
  return re;
}
function blank2(text, spec) {
  const parts = [];
  let kept = 0;
  const n = text.length;
  const clear = (from, to) => {
    to = Math.min(to, n);
    if (to <= from) return;
    parts.push(text.slice(kept, from), spacesFor(text, from, to));
    kept = to;
  };
  const openers = openersOf(spec);
  let i = 0;
  outer: while (i < n) {
    openers.lastIndex = i;
    if (!openers.test(text)) break;
    i = openers.lastIndex - 1;
    for (const [open, close] of spec.block) {
      if (text.startsWith(open, i)) {
        const end = text.indexOf(close, i + open.length);
        const stop = end < 0 ? n : end + close.length;
        clear(i, stop);
        i = stop;
        continue outer;
      }
    }
    for (const marker of spec.line) {
      if (text.startsWith(marker, i)) {
        const end = text.indexOf("\n", i);
        const stop = end < 0 ? n : end;
        clear(i, stop);
        i = stop;
        continue outer;
      }
    }
    for (const q of spec.quotes) {
      if (!text.startsWith(q, i)) continue;
      const single = q.length === 1 && q !== "`";
      const escapes = !spec.raw?.includes(q);
      const first = q.charCodeAt(0);
      let j = i + q.length;
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        if (c === 92 && escapes) {
          j++;
          continue;
        }
        if (single && c === 10) break;
        if (c === first && (q.length === 1 || text.startsWith(q, j))) break;
      }
      const stop = j < n && text.startsWith(q, j) ? j + q.length : j;
      clear(i + q.length, j);
      i = stop;
      continue outer;
    }
    i++;
  }
  if (kept === 0) return text;
  parts.push(text.slice(kept));
  return parts.join("");
}
var SPACES = " ".repeat(256);
function spacesFor(text, from, to) {
  let out = "";
  let i = from;
  for (let nl = text.indexOf("\n", i); nl >= 0 && nl < to; nl = text.indexOf("\n", i)) {
    out += run(nl - i) + "\n";
    i = nl + 1;
  }
  return out + run(to - i);
}
function run(n) {
  return n <= SPACES.length ? SPACES.slice(0, n) : " ".repeat(n);
}

// src/detect/selectors.ts
var CODE_KINDS = new Set([...SOURCE_KINDS].filter((k) => k !== "notebook"));
var TRUE = /^(?:true|1|yes|on)$/i;
var FALSE = /^(?:false|0|no|off|none|nil|null|undefined)$/i;
var IMPLICIT_MEMBER = /(?:[(,:=[]|\breturn|\bcase|[ \t]\?)[ \t\r\n]*$/;
var LITERAL = /^(?::([A-Za-z_]\w*)|"([^"\n]{0,60})"|'([^'\n]{0,60})')/;
var TYPE = /^(?:boolean|bool|Boolean|bool\?|Boolean\?|Optional)$/;
function detectSelectors(file, text, fileEvidence, catalog, gate = true) {
  const out = [];
  if (!CODE_KINDS.has(file.kind)) return out;
  const sdks = /* @__PURE__ */ new Set();
  for (const e of fileEvidence) {
    if (e.kind !== "import") continue;
    if (e.vendor) sdks.add(e.vendor);
    if (e.framework) sdks.add(e.framework);
  }
  const selectors = [];
  for (const id of sdks) for (const s of catalog.selectors.bySdk.get(id) ?? []) if (s.kind !== "env" && (!s.languages || s.languages.includes(file.kind))) selectors.push(s);
  if (selectors.length === 0) return out;
  if (gate && !mayHoldSelector(selectors).test(text)) return out;
  const code = maskedCode(file.path, text);
  if (code === void 0) return out;
  const js = file.kind === "js" || file.kind === "vue";
  const seen2 = /* @__PURE__ */ new Set();
  const at2 = (offset, s, dynamic) => {
    const key = `${s.sdk}|${s.vendor}|${s.value}|${dynamic}`;
    if (seen2.has(key)) return;
    seen2.add(key);
    const pos = positionAt(text, offset);
    const base = { kind: "import", file: file.path, line: pos.line, column: pos.column, package: s.value, snippet: snippetAt(text, pos.line) };
    if (s.framework) out.push({ ...base, vendor: s.vendor, framework: s.framework });
    else if (s.vendor === s.sdk) out.push({ ...base, vendor: s.vendor, role: "selector" });
    else if (!dynamic) out.push({ ...base, vendor: s.vendor, via: s.sdk, role: "selector" });
    else {
      out.push({ ...base, vendor: s.vendor, via: s.sdk });
      out.push({ ...base, vendor: s.sdk, role: "selector" });
    }
  };
  const names2 = selectors.filter((s) => s.kind === "name");
  if (names2.length > 0) {
    const byName = /* @__PURE__ */ new Map();
    for (const s of names2) (byName.get(s.value) ?? byName.set(s.value, []).get(s.value)).push(s);
    const re = new RegExp(`(?<![\\w$])(?:${[...byName.keys()].map(escape2).join("|")})(?![\\w$])`, "g");
    for (const m of code.matchAll(re)) {
      const name = m[0].replace(/[ \t]+/g, "");
      if (name.startsWith(".") && !IMPLICIT_MEMBER.test(code.slice(Math.max(0, m.index - 40), m.index))) continue;
      for (const s of byName.get(name)) at2(m.index, s, false);
    }
  }
  const named = /* @__PURE__ */ new Map();
  for (const e of out) if (e.framework && e.vendor) (named.get(e.framework) ?? named.set(e.framework, /* @__PURE__ */ new Set()).get(e.framework)).add(e.vendor);
  for (const [framework, chosen] of named) {
    const first = out.find((e) => e.framework === framework);
    const carriers = new Set(fileEvidence.filter((e) => e.kind === "import" && e.framework === framework && e.vendor && !chosen.has(e.vendor)).map((e) => e.vendor));
    for (const sdk of carriers) for (const vendor of chosen) out.push({ ...first, vendor, via: sdk, role: "selector" });
  }
  const switches = selectors.filter((s) => s.kind === "switch");
  if (switches.length > 0) {
    const byName = /* @__PURE__ */ new Map();
    for (const s of switches) (byName.get(s.value) ?? byName.set(s.value, []).get(s.value)).push(s);
    const re = new RegExp(`(?<![\\w$])(${[...byName.keys()].map(escape2).join("|")})[ \\t]*(=(?!=)|:(?!:)|\\(|[,}])[ \\t]*`, "gi");
    for (const m of code.matchAll(re)) {
      const list = byName.get(m[1].toLowerCase());
      let dynamic;
      let literal2;
      if (m[2] === "," || m[2] === "}") {
        if (!js || !/[{,]\s*$/.test(code.slice(Math.max(0, m.index - 40), m.index))) continue;
        dynamic = true;
      } else {
        const from = m.index + m[0].length;
        const after = code.slice(from, from + 80);
        const value = /^[A-Za-z_$][\w$.?]*|^\S/.exec(after)?.[0] ?? "";
        if (!value || FALSE.test(value) || TYPE.test(value) || value === ")") continue;
        if (m[2] === "(" && /^[ \t]*(?::(?!:)|=(?![=>]))/.test(after.slice(value.length))) continue;
        dynamic = !TRUE.test(value);
        literal2 = LITERAL.exec(text.slice(from, from + 80))?.slice(1).find((x) => x !== void 0)?.toLowerCase();
      }
      for (const s of list) {
        if (!s.values) {
          if (literal2 === void 0) at2(m.index, s, dynamic);
          else if (TRUE.test(literal2)) at2(m.index, s, false);
        } else if (literal2 === void 0) at2(m.index, s, true);
        else if (s.values.includes(literal2)) at2(m.index, s, false);
      }
    }
  }
  return out;
}
function envSwitches(file, text, literals, catalog) {
  const { byEnv } = catalog.selectors;
  if (byEnv.size === 0) return [];
  const out = [];
  const code = CODE_KINDS.has(file.kind);
  const { min, max } = envLengths(byEnv);
  for (const lit of literals) {
    let name;
    let value;
    const key = lit.key;
    const v0 = lit.value;
    if (key !== void 0 && key.length >= min && key.length <= max && byEnv.has(key)) {
      name = key;
      value = v0;
    } else if (v0.length >= min && v0.length <= max && byEnv.has(v0)) {
      name = v0;
    } else if (v0.length > min) {
      const eq = v0.indexOf("=");
      if (eq >= min && eq <= max) {
        const m = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(v0);
        if (m && byEnv.has(m[1])) [name, value] = [m[1], m[2]];
      }
    }
    if (!name) continue;
    const v = value?.trim().replace(/^["']|["']$/g, "");
    if (v !== void 0 && (v === "" || FALSE.test(v))) continue;
    const definite = !code && v !== void 0 && TRUE.test(v);
    for (const s of byEnv.get(name)) {
      const base = { kind: "env", file: file.path, line: lit.line, column: lit.column, env: name, snippet: snippetAt(text, lit.line) };
      if (definite) out.push({ ...base, vendor: s.vendor, via: s.sdk, role: "selector" });
      else {
        out.push({ ...base, vendor: s.vendor, via: s.sdk });
        out.push({ ...base, vendor: s.sdk, role: "selector" });
      }
    }
  }
  return out;
}
var envLengthsOf = /* @__PURE__ */ new WeakMap();
function envLengths(byEnv) {
  let l = envLengthsOf.get(byEnv);
  if (!l) envLengthsOf.set(byEnv, l = { min: Math.min(...[...byEnv.keys()].map((k) => k.length)), max: Math.max(...[...byEnv.keys()].map((k) => k.length)) });
  return l;
}
var gates = /* @__PURE__ */ new Map();
function mayHoldSelector(selectors) {
  const words = [...new Set(selectors.map((s) => s.value.split(".").reduce((a, b) => b.length > a.length ? b : a, "")))].sort();
  const key = words.join("\n");
  let gate = gates.get(key);
  if (!gate) {
    gate = words.includes("") ? /(?:)/ : new RegExp(words.map(escapeRegExp).join("|"), "i");
    gates.set(key, gate);
  }
  return gate;
}
function escape2(s) {
  return s.replace(/[$]/g, "\\$").replace(/\./g, "[ \\t]*\\.[ \\t]*");
}

// src/detect/test-code.ts
var TEST_DATA_DIRS = /* @__PURE__ */ new Set(["__mocks__", "mocks", "__fixtures__", "fixtures", "testdata", "test-data", "test_data", "cassettes", "__snapshots__"]);
var TEST_DIRS = /* @__PURE__ */ new Set(["test", "tests", "__tests__", "__test__", "spec", "specs", ...TEST_DATA_DIRS]);
var TEST_FILE = /(?:^|[._-])(?:test|spec)s?\.[a-z0-9]+$|^test_[^/]+\.py$|^conftest\.py$|^[A-Z][A-Za-z0-9]*Tests?\.(?:java|kt|cs|scala|groovy)$/;
var folderIn = (folders) => new RegExp(`(?:^|/)(?:${[...folders].join("|")})/`, "i");
var TEST_DIR_IN = folderIn(TEST_DIRS);
var TEST_DATA_DIR_IN = folderIn(TEST_DATA_DIRS);
var ASCII = /^[\x00-\x7f]*$/;
function isTestPath(path) {
  if (ASCII.test(path)) return TEST_FILE.test(path.slice(path.lastIndexOf("/") + 1)) || TEST_DIR_IN.test(path);
  return isTestPathPlain(path);
}
function isTestPathPlain(path) {
  const parts = path.split("/");
  const name = parts.pop();
  return TEST_FILE.test(name) || parts.some((p) => TEST_DIRS.has(p.toLowerCase()));
}
function isTestDataPath(path) {
  return ASCII.test(path) ? TEST_DATA_DIR_IN.test(path) : isTestDataPathPlain(path);
}
function isTestDataPathPlain(path) {
  const parts = path.split("/");
  parts.pop();
  return parts.some((p) => TEST_DATA_DIRS.has(p.toLowerCase()));
}
function testLiterals(fromCode, fromLiterals) {
  const imported = new Set(fromCode.flatMap((e) => e.kind === "import" && e.vendor ? [e.vendor] : []));
  return { evidence: fromLiterals.filter((e) => e.vendor !== void 0 && imported.has(e.vendor)), mentions: [] };
}

// src/detect/tools/mcp.ts
var import_yaml5 = __toESM(require_dist(), 1);
function mcpServers(path, text, catalog) {
  let raw;
  try {
    raw = /\.ya?ml$/i.test(path) ? yamlServers(text) : /\.toml$/i.test(path) ? tomlServers(text) : jsonServers(text);
  } catch (err) {
    const message = err instanceof JsonError || err instanceof Error ? err.message : String(err);
    return { servers: [], diagnostics: [{ file: path, message: redact(`could not read MCP servers: ${message}`, catalog) }] };
  }
  const gemini = /(?:^|\/)\.gemini\/settings\.json$/.test(path);
  const servers = [];
  for (const s of raw) {
    const server = shape(s, path, gemini, catalog);
    if (server) servers.push(server);
  }
  return { servers, diagnostics: [] };
}
function shape(s, file, gemini, catalog) {
  const f = s.fields;
  const str2 = (k) => typeof f[k] === "string" && f[k].trim() ? f[k].trim() : void 0;
  const type = (str2("type") ?? str2("transport") ?? "").toLowerCase().replace(/[-_]/g, "");
  const url = str2("httpUrl") ?? str2("url") ?? str2("serverUrl");
  const command = str2("command");
  let transport;
  if (type === "stdio") transport = "stdio";
  else if (type === "sse") transport = "sse";
  else if (type === "http" || type === "streamablehttp") transport = "http";
  else if (command) transport = "stdio";
  else if (str2("httpUrl")) transport = "http";
  else if (url) transport = gemini ? "sse" : /\/sse\/?(?:[?#]|$)/.test(url) ? "sse" : "http";
  else return void 0;
  const out = { name: s.name, file, line: s.line, transport };
  if (transport === "stdio") {
    if (!command) return out;
    const args = Array.isArray(f.args) ? f.args.filter((a) => typeof a === "string" || typeof a === "number").map(String) : [];
    out.command = redact(safeCommand([command, ...args]), catalog);
  } else if (url) {
    out.url = redact(safeUrl(url), catalog);
  }
  return out;
}
var SECRET_WORD = /key|token|secret|passw(?:or)?d|auth|credential|bearer|cookie|session/i;
function safeCommand(argv) {
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const prev = argv[i - 1];
    if (prev !== void 0 && /^-{1,2}[\w.-]+$/.test(prev) && (SECRET_WORD.test(prev) || /^(?:-H|--header)$/i.test(prev))) {
      out.push(/^(?:-H|--header)$/i.test(prev) ? a.replace(/^([\w-]+)\s*:.*$/s, "$1: ***") : "***");
      continue;
    }
    const assign = /^(-{0,2}[\w.-]+)=(.*)$/s.exec(a);
    if (assign && SECRET_WORD.test(assign[1])) {
      out.push(`${assign[1]}=***`);
      continue;
    }
    out.push(/^[a-z][a-z0-9+.-]*:\/\//i.test(a) ? safeUrl(a) : a);
  }
  return out.map((a) => /[\s"']/.test(a) ? JSON.stringify(a) : a).join(" ");
}
function safeUrl(url) {
  const m = /^([a-z][a-z0-9+.-]*:\/\/)(?:[^@/?#]*@)?([^?#]*)/i.exec(url.trim());
  return m ? `${m[1]}${m[2]}` : url.replace(/[?#].*$/s, "");
}
function stripJsonc(text) {
  const out = text.split("");
  let i = 0;
  const blank3 = (from, to) => {
    for (let k = from; k < to; k++) if (out[k] !== "\n" && out[k] !== "\r") out[k] = " ";
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
      i++;
    } else if (c === "/" && text[i + 1] === "/") {
      const end = text.indexOf("\n", i);
      blank3(i, end < 0 ? text.length : end);
      i = end < 0 ? text.length : end;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      blank3(i, end < 0 ? text.length : end + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (c === ",") {
      let k = i + 1;
      while (k < text.length && /\s/.test(out[k])) k++;
      if (text[k] === "}" || text[k] === "]") out[i] = " ";
      i++;
    } else i++;
  }
  return out.join("");
}
function jsonValue(node) {
  switch (node.type) {
    case "object":
      return Object.fromEntries(node.entries.map((e) => [e.key, jsonValue(e.value)]));
    case "array":
      return node.items.map(jsonValue);
    case "string":
      return node.value;
    default:
      return void 0;
  }
}
function jsonServers(text) {
  const clean = stripJsonc(text);
  const root = parseJson(clean);
  if (root.type !== "object") return [];
  const at2 = positions(clean);
  const out = [];
  for (const key of ["mcpServers", "servers"]) {
    const block = root.entries.find((e) => e.key === key)?.value;
    if (block?.type !== "object") continue;
    for (const e of block.entries) {
      if (e.value.type !== "object") continue;
      out.push({ name: e.key, line: at2(e.keyOffset).line, fields: jsonValue(e.value) });
    }
  }
  return out;
}
function yamlServers(text) {
  const lc = new import_yaml5.LineCounter();
  const doc = (0, import_yaml5.parseDocument)(text, { lineCounter: lc });
  if (doc.errors.length > 0) throw new Error(doc.errors[0].message.split("\n")[0]);
  const root = doc.contents;
  if (!(0, import_yaml5.isMap)(root)) return [];
  const block = root.get("mcpServers", true);
  const lineOf = (n) => n?.range ? lc.linePos(n.range[0]).line : 1;
  const out = [];
  const toJs = (n) => (0, import_yaml5.isMap)(n) ? n.toJSON() : void 0;
  if ((0, import_yaml5.isSeq)(block)) {
    for (const item of block.items) {
      const fields = toJs(item);
      if (fields && typeof fields.name === "string") out.push({ name: fields.name, line: lineOf(item), fields });
    }
  } else if ((0, import_yaml5.isMap)(block)) {
    for (const pair of block.items) {
      const fields = toJs(pair.value);
      const name = (0, import_yaml5.isScalar)(pair.key) ? String(pair.key.value) : String(pair.key);
      if (fields) out.push({ name, line: lineOf(pair.key), fields });
    }
  }
  return out;
}
function tomlServers(text) {
  const doc = parse(text);
  const lines = text.split("\n");
  const out = [];
  for (const [name, fields] of Object.entries(doc.mcp_servers ?? {})) {
    if (typeof fields !== "object" || fields === null) continue;
    const header = new RegExp(`^\\s*\\[\\s*mcp_servers\\s*\\.\\s*(?:"${escapeRegExp(name)}"|'${escapeRegExp(name)}'|${escapeRegExp(name)})\\s*\\]`);
    const idx = lines.findIndex((l) => header.test(l));
    out.push({ name, line: idx + 1 || 1, fields });
  }
  return out;
}

// src/detect/tools/index.ts
var USES2 = /^(\s*)(-\s+)?uses\s*:\s*(["']?)([^\s"'#]+)\3/;
var INSTALL_WORD = /\b(?:npm|pnpm|yarn|bun|pip3?|uv|pipx)\b/;
var mcpOwner = (file, catalog) => catalog.tools.matchPath(file.path).find((m) => m.mcp);
var readsTools = (file, catalog) => file.kind === "workflow" || mcpOwner(file, catalog) !== void 0;
function detectToolsInFile(file, text, catalog) {
  if (isTestDataPath(file.path)) return void 0;
  const out = { tools: [], mcp: [], diagnostics: [] };
  if (file.kind === "workflow") out.tools.push(...workflowHits(file.path, text, catalog));
  const owner = mcpOwner(file, catalog);
  if (owner) {
    const r = mcpServers(file.path, text, catalog);
    out.mcp.push(...r.servers.map((server) => ({ tool: owner.tool, server })));
    out.diagnostics.push(...r.diagnostics);
  }
  return out.tools.length || out.mcp.length || out.diagnostics.length ? out : void 0;
}
function workflowHits(path, text, catalog) {
  const out = [];
  const lines = text.split("\n");
  for (let idx = 0; idx < lines.length; idx++) {
    const line = stripHash(lines[idx].replace(/\r$/, ""));
    if (!line.trim()) continue;
    const u = USES2.exec(line);
    if (u) {
      const tool = catalog.tools.lookupAction(u[4]);
      if (tool) {
        const action = u[4].replace(/@.*$/, "").split("/").slice(0, 2).join("/");
        out.push({ tool, evidence: { kind: "workflow", file: path, line: idx + 1, column: line.indexOf(u[4]) + 1, action, snippet: safeSnippet(line.trim(), catalog) } });
      }
      continue;
    }
    if (!INSTALL_WORD.test(line)) continue;
    const command = line.replace(/^\s*(?:-\s+)?run\s*:\s*/, "");
    for (const inst of runInstalls(command)) {
      for (const tool of catalog.tools.lookupPackage(inst.ecosystem, inst.name)) {
        const column = line.indexOf(inst.name) + 1;
        out.push({ tool, evidence: { kind: "workflow", file: path, line: idx + 1, column: Math.max(1, column), package: inst.name, snippet: safeSnippet(line.trim(), catalog) } });
      }
    }
  }
  return out;
}

// src/detect/index.ts
var none2 = { evidence: [], literals: [], diagnostics: [] };
var literalsOnly = (extract) => ({ file, text }) => ({ evidence: [], literals: extract(file.path, text), diagnostics: [] });
var valuesOnly = literalsOnly(configLiterals);
var DETECTORS2 = {
  ...LANGUAGE_DETECTORS,
  ...MANIFEST_DETECTORS,
  ...IAC_DETECTORS,
  config: detectIacConfig,
  js: detectJavaScript,
  vue: detectVueSvelte,
  python: detectPython,
  notebook: detectNotebook,
  env: detectEnvFile,
  prose: () => none2,
  lockfile: detectLockfile
};
async function detectFile(file, text, catalog, module2) {
  const result = await detectVendors(file, text, catalog, module2);
  let tools;
  try {
    tools = result.skipped ? void 0 : detectToolsInFile(file, text, catalog);
  } catch (err) {
    tools = { tools: [], mcp: [], diagnostics: [{ file: file.path, message: redact(`could not read tool configuration: ${err.message}`, catalog) }] };
  }
  if (tools) {
    if (tools.tools.length) result.tools = tools.tools;
    if (tools.mcp.length) result.mcp = tools.mcp;
    result.diagnostics.push(...tools.diagnostics);
  }
  return result;
}
async function detectVendors(file, text, catalog, module2) {
  if (!passesPrefilter(catalog, text)) return { evidence: [], mentions: [], diagnostics: [] };
  if (isOwnInput(file.path, text)) return { evidence: [], mentions: [], diagnostics: [], skipped: "own-input" };
  let out = none2;
  const detector = DETECTORS2[file.kind] ?? valuesOnly;
  try {
    out = await detector(module2 ? { file, text, catalog, module: module2 } : { file, text, catalog });
  } catch (err) {
    out = { ...none2, diagnostics: [{ file: file.path, message: `detector failed: ${err.message}` }] };
  }
  const bare = out.literals.length === 0 && out.evidence.length === 0;
  const analyzed = bare ? { evidence: [], mentions: [] } : analyzeLiterals(file, text, out.literals, catalog);
  if (!bare) analyzed.evidence.push(...detectEndpoints(file, text, out.literals, out.evidence, catalog), ...envSwitches(file, text, out.literals, catalog));
  const code = bare ? [] : [...out.evidence, ...detectSelectors(file, text, out.evidence, catalog)];
  const routed = bare ? [] : detectGateways(file, text, out.literals, [...code, ...analyzed.evidence], catalog);
  const test = isTestPath(file.path);
  const literal2 = test ? testLiterals(code, analyzed.evidence) : analyzed;
  const found = [...code, ...literal2.evidence, ...test ? testLiterals(code, routed).evidence : routed];
  const data = isTestDataPath(file.path);
  const evidence = data ? [] : found;
  if (file.kind !== "lockfile") {
    const vendorsInFile = new Set(found.flatMap((e) => e.vendor ? [e.vendor] : []));
    evidence.push(...detectSecrets(file, text, catalog, vendorsInFile));
  }
  const safe = /* @__PURE__ */ new Map();
  for (const e of evidence) {
    let s = safe.get(e.snippet);
    if (s === void 0) safe.set(e.snippet, s = safeSnippet(e.snippet, catalog));
    e.snippet = s;
  }
  const diagnostics = [...out.diagnostics, ...unknownEndpoints(file.path, evidence, catalog)].map((d) => ({ ...d, message: redact(d.message, catalog) }));
  return { evidence, mentions: data ? [] : literal2.mentions, diagnostics };
}
function unknownEndpoints(path, evidence, catalog) {
  const hosts = evidence.filter((e) => e.kind === "host" && e.role === "base-url" && !e.vendor && !e.framework);
  if (hosts.length === 0) return [];
  const sdks = [...new Set(evidence.flatMap((e) => (e.kind === "import" || e.kind === "env") && e.vendor && catalog.vendors.get(e.vendor)?.category === "llm-api" ? [e.vendor] : []))];
  if (sdks.length === 0) return [];
  return hosts.map((h) => ({
    file: path,
    message: `line ${h.line}: unknown endpoint ${h.host}: an OpenAI-compatible base URL the catalog does not know; the ${sdks.join(", ")} SDK here is not counted as ${sdks.length > 1 ? "those vendors" : "that vendor"}. Name the endpoint under custom-vendors (hosts) to track it.`
  }));
}

// src/discover/read.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
var scratch = Buffer.allocUnsafe(1 << 16);
var KEEP_SCRATCH = 8 << 20;
function readTextSync(absPath, options = {}) {
  const r = readBytesSync(absPath, options);
  if (!("buf" in r)) return r;
  const read2 = decodeText(r.buf);
  return "text" in read2 ? { text: read2.text, bytes: r.buf.length } : read2;
}
function readBytesSync(absPath, options = {}) {
  let fd;
  try {
    fd = openSync(absPath, "r");
  } catch (err) {
    return { error: `could not read: ${err.code ?? String(err)}` };
  }
  try {
    const limit = options.maxSize === void 0 ? Infinity : options.maxSize + 1;
    let n = 0;
    for (; ; ) {
      if (n === scratch.length) {
        const bigger = Buffer.allocUnsafe(Math.min(scratch.length * 2, Math.max(limit, scratch.length + 1)));
        scratch.copy(bigger, 0, 0, n);
        scratch = bigger;
      }
      const want = Math.min(scratch.length, limit) - n;
      const got = readSync(fd, scratch, n, want, null);
      if (got === 0) break;
      n += got;
      if (n >= limit) return { skip: "too-large", size: fstatSync(fd).size, maxSize: options.maxSize };
      if (options.size !== void 0 && n >= options.size) break;
      if (got < want) break;
    }
    return { buf: scratch.subarray(0, n) };
  } catch (err) {
    return { error: `could not read: ${err.code ?? String(err)}` };
  } finally {
    closeSync(fd);
    if (scratch.length > KEEP_SCRATCH) scratch = Buffer.allocUnsafe(1 << 16);
  }
}
function encodingOf(buf) {
  if (buf.length >= 2 && buf[0] === 255 && buf[1] === 254) return "utf-16le";
  if (buf.length >= 2 && buf[0] === 254 && buf[1] === 255) return "utf-16be";
  return buf.subarray(0, 8e3).includes(0) ? "binary" : "utf-8";
}
function decodeText(buf) {
  const encoding = encodingOf(buf);
  if (encoding === "utf-16le" || encoding === "utf-16be") return { text: new TextDecoder(encoding).decode(buf.subarray(2)) };
  if (encoding === "binary") return { skip: "binary" };
  const start = buf.length >= 3 && buf[0] === 239 && buf[1] === 187 && buf[2] === 191 ? 3 : 0;
  return { text: buf.toString("utf8", start) };
}

// src/discover/walk.ts
var import_ignore = __toESM(require_ignore(), 1);
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";

// src/discover/kind.ts
var EXT = {};
var set = (kind, exts) => exts.forEach((e) => EXT[e] = kind);
set("js", [".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx"]);
set("vue", [".vue", ".svelte"]);
set("python", [".py", ".pyw"]);
set("notebook", [".ipynb"]);
set("go", [".go"]);
set("jvm", [".java", ".kt", ".kts", ".scala", ".groovy"]);
set("csharp", [".cs", ".fs", ".vb"]);
set("ruby", [".rb"]);
set("php", [".php"]);
set("rust", [".rs"]);
set("swift", [".swift"]);
set("elixir", [".ex", ".exs"]);
set("dart", [".dart"]);
set("terraform", [".tf"]);
set("dotnet-project", [".csproj", ".fsproj", ".vbproj"]);
set("gemfile", [".gemspec"]);
set("config", [".yml", ".yaml", ".json", ".jsonc", ".json5", ".toml", ".ini", ".cfg", ".conf", ".properties", ".xml", ".tfvars", ".hcl", ".bicep"]);
set("code", [
  ".gradle",
  ".c",
  ".cc",
  ".cpp",
  ".cxx",
  ".h",
  ".hpp",
  ".m",
  ".mm",
  ".lua",
  ".r",
  ".jl",
  ".erl",
  ".sh",
  ".bash",
  ".zsh",
  ".ps1",
  ".pl",
  ".clj",
  ".hs",
  ".ml",
  ".zig",
  ".nim",
  ".sql"
]);
set("prose", [".md", ".mdx", ".markdown", ".rst", ".txt", ".adoc", ".asciidoc", ".org", ".tex", ".html", ".htm", ".rtf"]);
var LOCKFILES = /* @__PURE__ */ new Set([
  "package-lock.json",
  "npm-shrinkwrap.json",
  "yarn.lock",
  "pnpm-lock.yaml",
  "bun.lock",
  "bun.lockb",
  "poetry.lock",
  "uv.lock",
  "pipfile.lock",
  "pdm.lock",
  "cargo.lock",
  "gemfile.lock",
  "composer.lock",
  "go.sum",
  "packages.lock.json",
  "mix.lock",
  "pubspec.lock",
  "podfile.lock",
  "gradle.lockfile",
  "package.resolved"
]);
var BY_NAME = {
  "package.json": "npm-manifest",
  "pyproject.toml": "pyproject",
  pipfile: "pipfile",
  "setup.py": "python-setup",
  "setup.cfg": "python-setup",
  "environment.yml": "python-setup",
  "environment.yaml": "python-setup",
  "go.mod": "go-mod",
  "pom.xml": "maven-pom",
  "build.gradle": "gradle",
  "build.gradle.kts": "gradle",
  "settings.gradle": "gradle",
  "settings.gradle.kts": "gradle",
  "libs.versions.toml": "gradle",
  "packages.config": "dotnet-project",
  "directory.packages.props": "dotnet-project",
  "directory.build.props": "dotnet-project",
  gemfile: "gemfile",
  "cargo.toml": "cargo-manifest",
  "composer.json": "composer-manifest",
  "mix.exs": "mix-manifest",
  "pubspec.yaml": "pubspec",
  "package.swift": "swiftpm-manifest",
  "chart.yaml": "helm-chart",
  "chart.lock": "helm-chart",
  dockerfile: "container",
  containerfile: "container"
};
function fileKind(path) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const lower = name.toLowerCase();
  if (LOCKFILES.has(lower)) return "lockfile";
  if (Object.hasOwn(BY_NAME, lower)) return BY_NAME[lower];
  if (lower === ".env" || lower.startsWith(".env.") || lower.endsWith(".env") || lower === ".envrc") return "env";
  if ((lower.endsWith(".txt") || lower.endsWith(".in")) && (/^requirements.*\.(txt|in)$/.test(lower) || /(^|\/)requirements\/[^/]+\.(txt|in)$/.test(path.toLowerCase()))) {
    return "pip-requirements";
  }
  if (lower === "project.pbxproj" && /\.xcodeproj\/project\.pbxproj$/i.test(path)) return "swiftpm-manifest";
  if (lower.startsWith("package@swift-") && /^package@swift-[0-9.]+\.swift$/.test(lower)) return "swiftpm-manifest";
  if (path.includes(".github/workflows/") && /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return "workflow";
  if (lower.includes("compose") && /^(docker-)?compose([.-][^/]*)?\.ya?ml$/.test(lower) || lower.endsWith(".dockerfile") || lower.startsWith("dockerfile.")) return "container";
  if (lower.endsWith(".tf.json")) return "terraform";
  if (lower.includes(".min.") && /\.min\.(js|mjs|cjs)$/.test(lower)) return void 0;
  const dot = lower.lastIndexOf(".");
  return dot > 0 ? EXT[lower.slice(dot)] : void 0;
}

// src/discover/ignore-fast.ts
function combinedRules(ig) {
  const rules = ig._rules?._rules;
  if (!Array.isArray(rules) || rules.length === 0) return void 0;
  const sources = [];
  let flags;
  let negated = false;
  for (const r of rules) {
    if (typeof r.negative !== "boolean" || !(r.regex instanceof RegExp)) return void 0;
    negated ||= r.negative;
    if (flags !== void 0 && r.regex.flags !== flags) return void 0;
    flags = r.regex.flags;
    sources.push(r.regex.source);
  }
  return { sources, flags, negated };
}
var alternation = (sources) => sources.map((s) => `(?:${s})`).join("|");
var ANY_DEPTH = /^\(\?:\^\|\\\/\)((?:\\[^A-Za-z0-9/]|\[\^\\\/\]\*?|[^\\[\]()|^$.*+?{}/])*)(\(\?=\$\|\\\/\$\)|\\\/\$)$/;
function splitRules(sources) {
  const out = { names: [], folderNames: [], anchored: [], rest: [] };
  for (const src of sources) {
    const m = ANY_DEPTH.exec(src);
    if (m) (m[2].endsWith(")") ? out.names : out.folderNames).push(m[1]);
    else if (src.startsWith("^")) out.anchored.push(src.slice(1));
    else out.rest.push(src);
  }
  return out;
}
function splitTester(sources, flags) {
  const { names: names2, folderNames, anchored, rest } = splitRules(sources);
  const oneOf = (alts, prefix, suffix) => alts.length ? new RegExp(`${prefix}(?:${alternation(alts)})${suffix}`, flags) : void 0;
  const name = oneOf(names2, "^", "$");
  const folderName = oneOf(folderNames, "^", "$");
  const start = oneOf(anchored, "^", "");
  const other = oneOf(rest, "", "");
  return (path) => {
    const folder = path.endsWith("/");
    const end = folder ? path.length - 1 : path.length;
    const last3 = path.slice(path.lastIndexOf("/", end - 1) + 1, end);
    return name !== void 0 && name.test(last3) || folder && folderName !== void 0 && folderName.test(last3) || start !== void 0 && start.test(path) || other !== void 0 && other.test(path);
  };
}
function ignoreTester(ig) {
  const rules = combinedRules(ig);
  if (!rules) return (path) => ig.ignores(path);
  const { sources, flags, negated } = rules;
  const test = splitTester(sources, flags);
  return negated ? (path) => test(path) && ig.ignores(path) : test;
}

// src/discover/walk.ts
var DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
var PRUNED_DIRS = /* @__PURE__ */ new Set([
  ".git",
  ".hg",
  ".svn",
  "node_modules",
  "bower_components",
  "jspm_packages",
  "vendor",
  "vendors",
  "third_party",
  "third-party",
  "thirdparty",
  "external",
  "dist",
  "build",
  "out",
  "target",
  ".next",
  ".nuxt",
  ".svelte-kit",
  ".output",
  ".turbo",
  ".cache",
  ".parcel-cache",
  "coverage",
  ".nyc_output",
  "__pycache__",
  ".venv",
  "venv",
  ".tox",
  ".nox",
  ".mypy_cache",
  ".pytest_cache",
  ".ruff_cache",
  "site-packages",
  ".eggs",
  ".gradle",
  ".idea",
  ".vscode-test",
  "Pods",
  "Carthage",
  "deps",
  "_build",
  ".elixir_ls",
  ".dart_tool",
  ".yarn",
  ".pnpm-store",
  ".terraform",
  ".serverless",
  ".aws-sam",
  "cdk.out"
]);
var IGNORE_FILES = [".gitignore", ".shadowaiignore"];
function readIgnore(dir, entries) {
  let ig;
  for (const name of IGNORE_FILES) {
    if (!entries.some((e) => e.name === name)) continue;
    try {
      const text = readFileSync(join(dir, name), "utf8");
      (ig ??= (0, import_ignore.default)()).add(text);
    } catch {
    }
  }
  return ig;
}
async function discover(root, options = {}) {
  const d = decisions(options);
  const walk2 = (dir, rel, inherited) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      d.diagnostics.push({ file: rel || ".", message: `could not read folder: ${err.code ?? err}` });
      return;
    }
    const local = readIgnore(dir, entries);
    const rules = local ? [...inherited, { base: rel, ignores: ignoreTester(local) }] : inherited;
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      const abs = dir.endsWith(sep) ? dir + entry.name : dir + sep + entry.name;
      if (entry.isSymbolicLink()) {
        d.skip("symlink");
        continue;
      }
      if (entry.isDirectory()) {
        if (d.enterDir(rules, entry.name, childRel)) walk2(abs, childRel, rules);
        continue;
      }
      if (entry.isFile()) d.file(rules, abs, childRel);
    }
  };
  walk2(root, "", []);
  return d.result();
}
async function discoverOnly(root, paths2, options = {}) {
  const d = decisions(options);
  const wanted = /* @__PURE__ */ new Set();
  for (const p of paths2) {
    const rel = p.replace(/\\/g, "/").replace(/^(?:\.\/)+/, "");
    const parts = rel.split("/");
    if (!rel || rel.startsWith("/") || parts.some((s) => s === ".." || s === "." || s === "")) {
      d.diagnostics.push({ file: p, message: "skipped: not a path inside the scanned root" });
      continue;
    }
    wanted.add(rel);
  }
  const bySegments = (a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    return a.length - b.length;
  };
  const sorted = [...wanted].map((p) => p.split("/")).sort(bySegments);
  const folders = /* @__PURE__ */ new Map();
  const folder = (rel) => {
    if (folders.has(rel)) return folders.get(rel);
    let rules;
    const slash = rel.lastIndexOf("/");
    const parent = rel === "" ? [] : folder(slash < 0 ? "" : rel.slice(0, slash));
    const abs = rel ? join(root, rel) : root;
    if (parent) {
      let ok = rel === "";
      if (!ok) {
        try {
          const st = lstatSync(abs);
          if (st.isSymbolicLink()) d.skip("symlink");
          else ok = st.isDirectory() && d.enterDir(parent, rel.slice(slash + 1), rel);
        } catch {
        }
      }
      if (ok) {
        let entries = [];
        try {
          entries = readdirSync(abs, { withFileTypes: true }).filter((e) => IGNORE_FILES.includes(e.name));
        } catch {
        }
        const local = readIgnore(abs, entries);
        rules = local ? [...parent, { base: rel, ignores: ignoreTester(local) }] : parent;
      }
    }
    folders.set(rel, rules);
    return rules;
  };
  for (const parts of sorted) {
    const rel = parts.join("/");
    const rules = folder(parts.slice(0, -1).join("/"));
    if (!rules) continue;
    const abs = join(root, rel);
    try {
      const st = lstatSync(abs);
      if (st.isSymbolicLink()) d.skip("symlink");
      else if (st.isFile()) d.file(rules, abs, rel);
    } catch {
    }
  }
  return d.result();
}
function tooLarge(file, size, maxSize) {
  return { file, message: `skipped: ${size} bytes is over the ${maxSize}-byte size cap` };
}
function decisions(options) {
  const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const files = [];
  const noticed = [];
  const skipped = {};
  const diagnostics = [];
  const skip = (why) => skipped[why] = (skipped[why] ?? 0) + 1;
  const own = new Set(options.ownInputs ?? []);
  const extra = options.exclude?.length ? ignoreTester((0, import_ignore.default)().add(options.exclude)) : void 0;
  const ignored = (rules, rel, dir) => {
    const path = dir ? `${rel}/` : rel;
    if (extra?.(path)) return true;
    return rules.some(({ base, ignores }) => {
      const sub = base ? path.slice(base.length + 1) : path;
      return sub !== "" && ignores(sub);
    });
  };
  return {
    diagnostics,
    skip,
    /** Whether to descend into a folder (counting the skip when not). */
    enterDir(rules, name, rel) {
      if (PRUNED_DIRS.has(name)) {
        skip("vendored-or-build");
        return false;
      }
      if (ignored(rules, rel, true)) {
        skip("ignored");
        return false;
      }
      return true;
    },
    /** A regular file: listed with its kind, or skipped with a reason. */
    file(rules, abs, rel) {
      if (ignored(rules, rel, false)) {
        skip("ignored");
        return;
      }
      if (own.has(rel)) {
        skip("own-input");
        return;
      }
      if (options.notice?.(rel)) noticed.push(rel);
      const kind = fileKind(rel);
      if (!kind) {
        skip("unsupported-type");
        return;
      }
      if (options.sizeAtRead) {
        files.push({ path: rel, kind });
        options.onListed?.(files);
        return;
      }
      try {
        const st = lstatSync(abs);
        if (st.size > maxSize) {
          skip("too-large");
          diagnostics.push(tooLarge(rel, st.size, maxSize));
          return;
        }
        files.push({ path: rel, kind, size: st.size });
        options.onListed?.(files);
      } catch (err) {
        diagnostics.push({ file: rel, message: `could not read: ${err.code ?? err}` });
        skip("unreadable");
      }
    },
    result: () => ({ files, noticed, skipped, diagnostics })
  };
}

// src/scan/files.ts
var under = (root, path) => root.endsWith(sep2) ? root + path : root + sep2 + path;
var NO_TOKEN = Object.freeze({
  evidence: Object.freeze([]),
  mentions: Object.freeze([]),
  diagnostics: Object.freeze([])
});
async function scanFile(root, file, catalog, module2, maxSize) {
  const raw = readBytesSync(under(root, file.path), { size: file.size, maxSize });
  if (!("buf" in raw)) return detectOutcome(file, raw, catalog, module2);
  const buf = raw.buf;
  let passes = false;
  const test = bytePrefilter(catalog);
  if (test && !needsText(file, buf, catalog)) {
    if (!test(buf)) return { bytes: file.size ?? buf.length, result: NO_TOKEN };
    passes = true;
  }
  const read2 = decodeText(buf);
  if (!("text" in read2)) return detectOutcome(file, read2, catalog, module2);
  if (passes) rememberPasses(catalog, read2.text);
  return detectOutcome(file, { text: read2.text, bytes: buf.length }, catalog, module2);
}
function needsText(file, buf, catalog) {
  return encodingOf(buf) !== "utf-8" || buf.includes(MARKER) || readsTools(file, catalog);
}
var MODULE_KINDS = /* @__PURE__ */ new Set(["terraform"]);
var folderOf = (path) => path.slice(0, path.lastIndexOf("/") + 1);
function moduleFolders(files) {
  const byDir = /* @__PURE__ */ new Map();
  for (const f of files) {
    if (!MODULE_KINDS.has(f.kind)) continue;
    const dir = folderOf(f.path);
    (byDir.get(dir) ?? byDir.set(dir, []).get(dir)).push(f);
  }
  return byDir;
}
function moduleMates(file, byDir) {
  return MODULE_KINDS.has(file.kind) ? (byDir.get(folderOf(file.path)) ?? []).filter((f) => f !== file) : [];
}
function moduleContext(files, read2) {
  const byDir = moduleFolders(files);
  const texts = /* @__PURE__ */ new Map();
  return (file) => {
    if (!MODULE_KINDS.has(file.kind)) return void 0;
    const dir = folderOf(file.path);
    let all = texts.get(dir);
    if (!all) {
      all = (byDir.get(dir) ?? []).flatMap((f) => {
        const text = read2(f);
        return text === void 0 ? [] : [{ path: f.path, text }];
      });
      texts.set(dir, all);
    }
    return all.filter((m) => m.path !== file.path);
  };
}
async function detectOutcome(file, read2, catalog, module2) {
  if ("error" in read2) return { skip: "unreadable", diagnostic: { file: file.path, message: read2.error }, bytes: 0 };
  if ("skip" in read2) {
    if (read2.skip === "too-large") return { skip: read2.skip, diagnostic: tooLarge(file.path, read2.size, read2.maxSize), bytes: 0 };
    return { skip: read2.skip, bytes: 0 };
  }
  const out = { bytes: file.size ?? read2.bytes ?? Buffer.byteLength(read2.text) };
  if (file.kind !== "prose" && read2.text.includes(MARKER)) out.markers = parseMarkers(file.path, read2.text);
  try {
    out.result = await detectFile(file, read2.text, catalog, module2);
  } catch (err) {
    out.diagnostic = { file: file.path, message: redact(`could not scan: ${err.message}`, catalog) };
  }
  return out;
}
async function scanFiles(root, files, catalog, maxSize, context = files) {
  const out = [];
  const module2 = moduleContext(context, (f) => {
    const r = readTextSync(under(root, f.path), { size: f.size, maxSize });
    return "text" in r ? r.text : void 0;
  });
  for (const file of files) out.push(await scanFile(root, file, catalog, module2(file), maxSize));
  return out;
}

export {
  isTestDataPath,
  require_ignore,
  fileKind,
  DEFAULT_MAX_FILE_SIZE,
  PRUNED_DIRS,
  IGNORE_FILES,
  discover,
  discoverOnly,
  decodeText,
  MODULE_KINDS,
  moduleFolders,
  moduleMates,
  moduleContext,
  detectOutcome,
  scanFiles
};
