/**
 * The engine runs in the browser (the playground's Web Worker): bundle `src/lint/engine.ts` with
 * esbuild for `platform: 'browser'`, fail on any Node built-in import, report the sizes, then evaluate
 * the bundle in a `vm` context that has only what a Web Worker has (no `Buffer`, `process`, `require`,
 * `module`, `global`) and lint a Dockerfile with it.
 */
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, Locale } from '../../src/lint/types';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Errors on `node:*` and bare built-in names (`fs`, `path`, `buffer`, `fs/promises`…). */
const noNodeBuiltins: Plugin = {
  name: 'no-node-builtins',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      const base = args.path.startsWith('node:') ? args.path : args.path.split('/')[0];
      if (args.path.startsWith('node:') || NODE_BUILTINS.has(base) || NODE_BUILTINS.has(args.path)) {
        return {
          errors: [
            { text: `Node built-in "${args.path}" imported by ${args.importer} (not available in browsers)` },
          ],
        };
      }
      return undefined;
    });
  },
};

interface Bundled {
  lint(text: string, options?: { locale?: Locale }): Diagnostic[];
  lintAllLocales(text: string): Record<Locale, Diagnostic[]>;
  rules: { id: string }[];
}

describe('browser bundle of the lint engine', () => {
  let code = '';

  it('bundles for the browser without any Node built-in', async () => {
    const result = await build({
      stdin: {
        contents:
          "export { lint, lintAllLocales } from './src/lint/engine';\nexport { rules } from './src/lint/rules/index';\n",
        resolveDir: ROOT,
        sourcefile: 'lint-entry.ts',
        loader: 'ts',
      },
      bundle: true,
      write: false,
      minify: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'CamadasLint',
      target: 'es2020',
      plugins: [noNodeBuiltins],
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    code = result.outputFiles[0].text;
    const gz = gzipSync(code).length;
    console.log(
      `lint engine browser bundle: ${(code.length / 1024).toFixed(0)} KiB minified, ${(gz / 1024).toFixed(0)} KiB gzip`,
    );
    expect(code.length).toBeGreaterThan(10_000);
  }, 60_000);

  it('lints in a context without Node globals (Buffer, process, require)', () => {
    expect(code).not.toBe('');
    // What a Web Worker offers the engine: the JS built-ins, `self`, and these web APIs.
    const sandbox: Record<string, unknown> = {
      TextEncoder,
      TextDecoder,
      setTimeout,
      clearTimeout,
      setInterval,
      clearInterval,
      queueMicrotask,
      console,
    };
    const context = vm.createContext(sandbox);
    vm.runInContext('globalThis.self = globalThis;', context);
    for (const name of ['Buffer', 'process', 'require', 'module', 'global']) {
      expect(vm.runInContext(`typeof ${name}`, context), name).toBe('undefined');
    }
    vm.runInContext(code, context, { filename: 'lint-bundle.js' });
    const api = vm.runInContext('CamadasLint', context) as Bundled;
    const text = 'FROM debian\nWORKDIR app\nRUN apt-get update && apt-get install -y curl $(echo x)\n';
    const d = api.lint(text, { locale: 'en' });
    const ids = d.map((x) => x.rule);
    expect(ids).toContain('DL3006');
    expect(ids).toContain('WorkdirRelativePath');
    expect(ids).toContain('DL3008');
    expect(d.every((x) => x.message.length > 0 && x.url.startsWith('/en/docs/rules/'))).toBe(true);
    // a BOM (the scanner needs no Buffer) and both locales from one run
    const both = api.lintAllLocales(`\uFEFF${text}`);
    expect(both.en.map((x) => [x.rule, x.line, x.column])).toEqual(d.map((x) => [x.rule, x.line, x.column]));
    expect(both['pt-BR'].map((x) => x.message)).not.toEqual(both.en.map((x) => x.message));
    expect(api.rules.length).toBeGreaterThan(50);
    // nothing leaked a Node-ish global into the page
    expect(vm.runInContext('typeof Buffer', context)).toBe('undefined');
  }, 30_000);
});
