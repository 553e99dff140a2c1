// npm run bench:pages (bench:pages-ab: `--ab` first): bundles bench/pages.bench.ts (pages-ab.bench.ts)
// with esbuild (without tsx, whose __name helper breaks the functions Lighthouse serialises into the
// page) next to its source, then runs it with node.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const ab = process.argv[2] === '--ab';
const name = ab ? 'pages-ab' : 'pages';
const outfile = join(root, 'bench', `.${name}.bench.mjs`);
await build({
  entryPoints: [join(root, 'bench', `${name}.bench.ts`)],
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
const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(ab ? 3 : 2)], {
  stdio: 'inherit',
});
rmSync(outfile, { force: true });
process.exit(result.status ?? 1);
