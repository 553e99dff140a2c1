/**
 * Which build of the engine `npm run bench:lint` times.
 *
 * Default: the engine bundled by esbuild with the CLI's options (bin/cli-build.mjs: bundle, platform
 * node, format cjs, target node20, no keep-names), as `camadas lint` ships it; the site ships it bundled
 * by webpack. The bundle is written to a temporary file under tmp/ at bench start and loaded with plain
 * `require` (tsx does not transform `.cjs` files), so the timed code is what users run.
 *
 * `--source`: the TypeScript sources as tsx runs them (esbuild's per-file transform with keep-names,
 * which wraps the closures in `__name` calls). Kept so the difference between the two can be quoted.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Engine from '../src/lint/engine';
import type * as Parse from '../src/lint/parse';

export interface EngineUnderTest {
  lint: typeof Engine.lint;
  lintAllLocales: typeof Engine.lintAllLocales;
  buildModel: typeof Parse.buildModel;
  /** What is timed, in words, for the bench's output. */
  label: string;
}

/** The engine's modules, as the entry of the bundle. */
const ENTRY = `export { lint, lintAllLocales } from './src/lint/engine';
export { buildModel } from './src/lint/parse';
`;

export function engineUnderTest(root: string, source: boolean): EngineUnderTest {
  const require = createRequire(join(root, 'package.json'));
  if (source) {
    const engine = require('./src/lint/engine') as typeof Engine;
    const parse = require('./src/lint/parse') as typeof Parse;
    return {
      lint: engine.lint,
      lintAllLocales: engine.lintAllLocales,
      buildModel: parse.buildModel,
      label: 'engine = TypeScript sources run by tsx (--source)',
    };
  }
  const { cliBuildOptions } = require('./bin/cli-build.mjs') as {
    cliBuildOptions(root: string): Record<string, unknown>;
  };
  const { buildSync } = require('esbuild') as typeof import('esbuild');
  const { entryPoints: _cliEntry, plugins: _cliPlugins, ...options } = cliBuildOptions(root);
  const result = buildSync({
    ...options,
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts', sourcefile: 'bench-engine-entry.ts' },
    write: false,
    // The CLI bundles three packages the engine never loads and keeps the others external; the engine
    // loads mvdan-sh and yaml lazily, from node_modules, in both.
    packages: 'external',
  });
  // Inside the repo (tmp/ is git-ignored) so that those packages resolve from node_modules.
  mkdirSync(join(root, 'tmp'), { recursive: true });
  const dir = mkdtempSync(join(root, 'tmp', 'bench-engine-'));
  const file = join(dir, 'engine.cjs');
  writeFileSync(file, result.outputFiles[0].text);
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const mod = require(file) as Omit<EngineUnderTest, 'label'>;
  return { ...mod, label: 'engine = bundled by esbuild with the CLI options, as `camadas lint` ships it' };
}
