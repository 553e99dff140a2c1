// esbuild options of the CLI bundle, shared by scripts/build-cli.mjs (writes dist/) and bin/camadas.cjs
// (bundles in memory when dist/ is missing or older than a source file).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Dependencies bundled into the CLI: the ones every `camadas lint` loads. Loading them from node_modules
 * costs more than their code (Node resolves, stats and reads each of their files); inside
 * the bundle they cost only compiling. Every other package (yaml, unified, mvdan-sh, algoliasearch,
 * @docusaurus/utils…) stays external and is required only by the code path that needs it.
 */
const BUNDLED = new Set(['minisearch', '@orama/stemmers', '@orama/stopwords']);

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
function packageName(path) {
  const parts = path.split('/');
  return path.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const externalUnlessBundled = {
  name: 'camadas-external-unless-bundled',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      BUNDLED.has(packageName(args.path)) ? undefined : { path: args.path, external: true },
    );
  },
};

export function cliBuildOptions(root) {
  return {
    entryPoints: [join(root, 'src', 'cli', 'main.ts')],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    plugins: [externalUnlessBundled],
    logLevel: 'error',
  };
}

/** Writes dist/camadas.cjs and the list of its sources (atomic: a concurrent start never reads half a file). */
export function saveBundle(root, result) {
  const dist = join(root, 'dist');
  mkdirSync(dist, { recursive: true });
  // Our own sources only: a dependency changes through `npm ci`, which rebuilds the bundle (`prepare`).
  const inputs = Object.keys(result.metafile.inputs)
    .map((p) => relative(root, join(root, p)))
    .filter((p) => !p.split(/[\\/]/).includes('node_modules'));
  const partial = join(dist, `camadas.${process.pid}.cjs`);
  writeFileSync(partial, result.outputFiles[0].text);
  writeFileSync(join(dist, 'camadas.inputs.json'), `${JSON.stringify(inputs)}\n`);
  renameSync(partial, join(dist, 'camadas.cjs'));
  return inputs;
}
