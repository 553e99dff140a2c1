// esbuild options of the CLI bundle, shared by scripts/build-cli.mjs (writes dist/) and bin/camadas.mjs
// (bundles in memory when dist/ is missing or older than a source file).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export function cliBuildOptions(root) {
  return {
    entryPoints: [join(root, 'src', 'cli', 'main.ts')],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  };
}

/** Writes dist/camadas.cjs and the list of its sources (atomic: a concurrent start never reads half a file). */
export function saveBundle(root, result) {
  const dist = join(root, 'dist');
  mkdirSync(dist, { recursive: true });
  const inputs = Object.keys(result.metafile.inputs).map((p) => relative(root, join(root, p)));
  const partial = join(dist, `camadas.${process.pid}.cjs`);
  writeFileSync(partial, result.outputFiles[0].text);
  writeFileSync(join(dist, 'camadas.inputs.json'), `${JSON.stringify(inputs)}\n`);
  renameSync(partial, join(dist, 'camadas.cjs'));
  return inputs;
}
