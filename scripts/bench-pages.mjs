// npm run bench:pages: bundles bench/pages.bench.ts with esbuild (without tsx, whose __name helper breaks
// the functions Lighthouse serialises into the page) next to its source, then runs it with node.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const outfile = join(root, 'bench', '.pages.bench.mjs');
await build({
  entryPoints: [join(root, 'bench', 'pages.bench.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile,
  banner: {
    js: "import { dirname as __d } from 'node:path'; import { fileURLToPath as __f } from 'node:url'; const __dirname = __d(__f(import.meta.url));",
  },
  logLevel: 'error',
});
const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
rmSync(outfile, { force: true });
process.exit(result.status ?? 1);
