/**
 * `.dockerignore` matching as Docker does it (moby/patternmatcher + the ignore-file reader), written
 * here because no npm library implements these semantics: gitignore-style libraries (`ignore`) let
 * `*.log` match at any depth, and glob libraries (minimatch, picomatch) add braces/extglobs that Go's
 * `filepath.Match` does not have.
 *
 * - One pattern a line; a line starting with `#` is a comment; blanks around a pattern are trimmed.
 * - `!pattern` re-includes (an exception). The LAST pattern that matches a path decides.
 * - Patterns are cleaned like Go's `filepath.Clean` (`./a/` → `a`, `a//b` → `a/b`) and a leading `/`
 *   is dropped: patterns are relative to the context root.
 * - `*` = any run of characters except `/`, `?` = one character except `/`, `[a-z]` = a class,
 *   `\x` = a literal `x`, `**` = any number of directories (zero included).
 * - A path is excluded when a pattern matches it or one of its parent directories
 *   (`MatchesOrParentMatches`): `node_modules` excludes `node_modules/x/y.js`.
 */

export interface IgnorePattern {
  /** Cleaned pattern, without the `!`. */
  pattern: string;
  /** `!pattern`: re-includes what it matches. */
  exception: boolean;
  /** Whole-path matcher; `null` when the pattern is malformed (it then matches nothing). */
  regex: RegExp | null;
  /** Path segments of the cleaned pattern. */
  segments: string[];
}

/** Go's `path.Clean` for slash paths. */
export function cleanPath(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  if (rooted) return `/${joined}`;
  return joined === '' ? '.' : joined;
}

const REGEX_SPECIAL = /[.+()|{}$^]/;

/** Translate a cleaned pattern into an anchored regular expression, as patternmatcher does. */
export function patternToRegExp(pattern: string): RegExp | null {
  let re = '^';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        i += 2;
        if (pattern[i] === '/') i++; // `**/` is `**`
        re += i >= pattern.length ? '.*' : '(?:.*/)?';
        continue;
      }
      re += '[^/]*';
    } else if (ch === '?') {
      re += '[^/]';
    } else if (ch === '\\') {
      if (i + 1 < pattern.length) {
        i++;
        re += `\\${pattern[i]}`.replace(/^\\([A-Za-z0-9])$/, '$1');
      } else re += '\\\\';
    } else if (ch === '[' || ch === ']') {
      re += ch;
    } else if (REGEX_SPECIAL.test(ch)) {
      re += `\\${ch}`;
    } else {
      re += ch;
    }
    i++;
  }
  re += '$';
  try {
    return new RegExp(re);
  } catch {
    return null;
  }
}

/** Parse the content of a `.dockerignore`. */
export function parseDockerignore(text: string): IgnorePattern[] {
  const out: IgnorePattern[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/);
  for (const line of lines) {
    if (line.startsWith('#')) continue;
    let p = line.trim();
    if (p === '') continue;
    const exception = p.startsWith('!');
    if (exception) p = p.slice(1).trim();
    if (p === '') continue;
    p = cleanPath(p);
    if (p.length > 1 && p.startsWith('/')) p = p.slice(1);
    out.push({ pattern: p, exception, regex: patternToRegExp(p), segments: p.split('/') });
  }
  return out;
}

function matches(p: IgnorePattern, path: string): boolean {
  return p.regex?.test(path) ?? false;
}

/**
 * Docker's `MatchesOrParentMatches`: is `path` (cleaned, relative to the context) excluded, by a
 * pattern matching it or one of its parent directories? Returns the index of the pattern that
 * decided the exclusion, or -1 when the path is not excluded.
 */
export function excludedBy(patterns: readonly IgnorePattern[], path: string): number {
  let matched = false;
  let decisive = -1;
  const parts = path.split('/');
  for (let k = 0; k < patterns.length; k++) {
    const p = patterns[k];
    // an exception only matters once excluded; an exclusion only while not excluded
    if (p.exception !== matched) continue;
    let hit = matches(p, path);
    for (let n = 1; !hit && n < parts.length; n++) hit = matches(p, parts.slice(0, n).join('/'));
    if (hit) {
      matched = !p.exception;
      decisive = matched ? k : -1;
    }
  }
  return matched ? decisive : -1;
}

const WILDCARD = /[*?[]/;

/** Go's `filepath.Match` for one path segment (no `/` inside). */
export function segmentMatch(pattern: string, name: string): boolean {
  const re = patternToRegExp(pattern);
  return re?.test(name) ?? false;
}

/** Could the (exception) pattern match `src` itself or something below it? */
function reachesBelow(p: IgnorePattern, srcSegments: readonly string[]): boolean {
  const ps = p.segments;
  for (let i = 0; i < srcSegments.length; i++) {
    if (i >= ps.length) return false;
    if (ps[i] === '**') return true;
    const a = ps[i];
    const b = srcSegments[i];
    if (segmentMatch(a, b)) continue;
    if (WILDCARD.test(b) && segmentMatch(b, a.replace(/\\(.)/g, '$1'))) continue;
    return false;
  }
  return true;
}

const ROOT_PROBES = ['a', '.a', 'A_1.txt', 'z-9', 'src'];

/** Does the pattern exclude every entry at the top of the context (`*`, `**`, `**∕*`)? */
function catchAll(p: IgnorePattern): boolean {
  return ROOT_PROBES.every((name) => matches(p, name));
}

/**
 * Is a COPY/ADD source, cleaned and relative to the context, left empty by the ignore file?
 * - the context root (`.`) only when a pattern excludes every top-level entry (`*`, `**`), not for
 *   `.*` (dotfiles), and no later `!` exception brings something back;
 * - another path when it (or a parent) is excluded and no later `!` exception re-includes the path
 *   or something below it (`sub` + `!sub/a.txt` keeps `COPY sub` useful). A source with wildcards
 *   (`sub/*.txt`) is matched as written, like BuildKit does.
 */
export function isSourceIgnored(patterns: readonly IgnorePattern[], source: string): boolean {
  if (patterns.length === 0) return false;
  if (source === '.' || source === '') {
    let last = -1;
    patterns.forEach((p, k) => {
      if (!p.exception && catchAll(p)) last = k;
    });
    if (last < 0) return false;
    return !patterns.some((p, k) => k > last && p.exception);
  }
  const k = excludedBy(patterns, source);
  if (k < 0) return false;
  const segs = source.split('/');
  return !patterns.some((p, j) => j > k && p.exception && reachesBelow(p, segs));
}
