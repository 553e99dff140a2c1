#!/usr/bin/env node
// Bundles the CLI (src/cli/main.ts) into dist/camadas.cjs, with the list of its source files, so that
// bin/camadas.cjs starts by loading one prebuilt file. Run by `npm install`/`npm ci` (the `prepare`
// script) and by hand with `npm run build:cli`. The dependencies every lint loads are bundled too (see bin/cli-build.mjs), the others stay in node_modules.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliBuildOptions, saveBundle, writeCodeCache } from '../bin/cli-build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let build;
try {
  ({ build } = await import('esbuild'));
} catch {
  // an install without dev dependencies: bin/camadas.cjs says what to do if it is ever run
  console.log('camadas: esbuild is not installed, the CLI bundle was not built');
  process.exit(0);
}
const result = await build({ ...cliBuildOptions(root), write: false, metafile: true });
const inputs = saveBundle(root, result);
const cached = writeCodeCache(root);
console.log(
  `camadas: CLI bundled into dist/camadas.cjs (${inputs.length} sources)${cached ? ', with its V8 code cache' : ''}`,
);
