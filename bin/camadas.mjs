#!/usr/bin/env node
// The `camadas` command. The CLI is TypeScript (src/cli/main.ts); esbuild bundles it on every start
// (~0.1 s, so it is never stale) and node runs the bundle, which starts much faster than a
// TypeScript loader that transpiles ~150 files per run. Dependencies stay in node_modules.
import { mkdirSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = join(root, 'node_modules', '.cache', 'camadas');
const bundle = join(cacheDir, 'cli.cjs');
const partial = join(cacheDir, `cli.${process.pid}.cjs`);
mkdirSync(cacheDir, { recursive: true });
await build({
  entryPoints: [join(root, 'src', 'cli', 'main.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  outfile: partial,
  logLevel: 'error',
});
renameSync(partial, bundle); // atomic: concurrent runs never load a half-written bundle
createRequire(import.meta.url)(bundle);
