#!/usr/bin/env node
// The `camadas` command. The CLI is TypeScript (src/cli/main.ts), bundled at install time into
// dist/camadas.cjs (scripts/build-cli.mjs, the `prepare` script); starting means loading that one file.
// This file is CommonJS on purpose: an ES module entry makes Node start its ESM loader first, about
// 50 ms of CPU on every start for nothing the CLI uses.
// When the bundle is missing or older than one of its sources (a contributor editing a rule), the CLI
// is bundled in memory and run from there, and dist/ is refreshed if it can be; nothing is written into
// node_modules, and an installed copy (never stale) writes nothing at all.
'use strict';
const { readFileSync, statSync } = require('node:fs');
const Module = require('node:module');
const { dirname, join } = require('node:path');

const root = join(__dirname, '..');
const bundle = join(root, 'dist', 'camadas.cjs');

/** The prebuilt bundle, if it is there and none of our sources is newer (about 150 `stat` calls). */
function freshBundle() {
  try {
    const built = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(join(root, 'dist', 'camadas.inputs.json'), 'utf8'));
    for (const input of inputs) if (statSync(join(root, input)).mtimeMs > built) return null;
    return bundle;
  } catch {
    return null;
  }
}

async function bundleInMemory() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    process.stderr.write(
      'camadas: the CLI bundle (dist/camadas.cjs) is missing or out of date and esbuild is not installed; run `npm ci` (or `npm run build:cli`)\n',
    );
    process.exit(2);
  }
  const { cliBuildOptions, saveBundle } = await import('./cli-build.mjs');
  const result = await esbuild.build({ ...cliBuildOptions(root), write: false, metafile: true });
  // In a work tree whose sources changed, refresh dist/ for the next start (best effort: a read-only
  // install is never stale, and a failed write changes nothing).
  try {
    saveBundle(root, result);
  } catch {}
  // Run it as if it were src/cli/camadas.cjs, so `require` resolves node_modules from the project.
  const filename = join(root, 'src', 'cli', 'camadas.cjs');
  const mod = new Module(filename);
  mod.filename = filename;
  mod.paths = Module._nodeModulePaths(dirname(filename));
  mod._compile(result.outputFiles[0].text, filename);
}

/**
 * Load the prebuilt bundle like `require` does, with V8's code cache when `dist/camadas.cjs.cache`
 * (written by `npm run build:cli` after a sample lint, see bin/cli-build.mjs) belongs to this very
 * bundle: V8 then skips parsing and compiling what the sample ran, about a third of a one-file lint's
 * own CPU. The cache names the size and mtime of the bundle it was made from; another bundle, or a
 * Node whose V8 rejects it, just compiles as `require` would. With CAMADAS_WRITE_CODE_CACHE=1 (the
 * build's sample run only) the cache is written at exit.
 */
function loadBundle(file) {
  const vm = require('node:vm');
  const source = readFileSync(file, 'utf8');
  const stamp = codeCacheStamp(file);
  let cachedData;
  if (!process.env.CAMADAS_WRITE_CODE_CACHE) {
    try {
      const cache = readFileSync(`${file}.cache`);
      const header = cache.subarray(0, 160).toString('latin1');
      const end = header.indexOf('\n');
      if (end > 0 && header.slice(0, end) === stamp) cachedData = cache.subarray(end + 1);
    } catch {}
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(dirname(file));
  const req = (id) => mod.require(id);
  req.resolve = (request, options) => Module._resolveFilename(request, mod, false, options);
  req.main = process.mainModule;
  req.cache = Module._cache;
  Module._cache[file] = mod;
  if (process.env.CAMADAS_WRITE_CODE_CACHE) {
    process.on('exit', () => {
      require('node:fs').writeFileSync(
        `${file}.cache`,
        Buffer.concat([Buffer.from(`${stamp}\n`, 'latin1'), script.createCachedData()]),
      );
    });
  }
  script.runInThisContext().call(mod.exports, mod.exports, req, mod, file, dirname(file));
  mod.loaded = true;
}

/** What ties a code cache to one bundle file: its size and modification time. */
function codeCacheStamp(file) {
  const st = statSync(file);
  return `camadas-code-cache ${st.size} ${st.mtimeMs} ${process.version}`;
}

const prebuilt = freshBundle();
if (prebuilt) loadBundle(prebuilt);
else bundleInMemory();
