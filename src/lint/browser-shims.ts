/**
 * Browser readiness of dockerfile-ast (the engine runs unchanged in Node, browsers and Web Workers).
 *
 * dockerfile-ast's only Node dependency is `Util.isUTF8BOM(char)`, which calls the global
 * `Buffer.from(char, 'UTF-8')` on the first character of the text (parser.js) — a ReferenceError where
 * there is no `Buffer`. We replace that one function with an exactly equivalent pure one: UTF-8 is
 * prefix-free, so the encoding of a string starts with EF BB BF iff its first code point is U+FEFF.
 * No global `Buffer` is defined and Node's buffer polyfill is never bundled.
 *
 * The replacement is used where `Buffer` does not exist, and inside `buildModel` (`inEngine()`: it is
 * also cheaper than allocating a Buffer per parse); anywhere else in Node the library is untouched.
 * tests/lint/browser-bundle.test.ts bundles the engine for the browser, fails on any Node built-in
 * import, and lints a Dockerfile in a `vm` context without `Buffer`, `process` or `require`.
 */
import { Util } from 'dockerfile-ast/lib/util';

/** Same result as dockerfile-ast's `Util.isUTF8BOM`, without `Buffer`. */
export function isUtf8Bom(text: string): boolean {
  return text.charCodeAt(0) === 0xfeff;
}

let installed = false;

export function installDockerfileAstShims(inEngine: () => boolean): void {
  if (installed) return;
  installed = true;
  const util = Util as unknown as { isUTF8BOM(char: string): boolean };
  const original = util.isUTF8BOM;
  util.isUTF8BOM = (char: string): boolean =>
    inEngine() || typeof (globalThis as { Buffer?: unknown }).Buffer === 'undefined'
      ? isUtf8Bom(char)
      : original.call(Util, char);
}
