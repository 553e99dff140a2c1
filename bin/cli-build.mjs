// esbuild options of the CLI bundle, shared by scripts/build-cli.mjs (writes dist/) and bin/camadas.mjs
// (bundles in memory when dist/ is missing or older than a source file).
import { join } from 'node:path';

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
