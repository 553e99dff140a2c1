import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const stub = (name: string) => fileURLToPath(new URL(`./tests/stubs/${name}`, import.meta.url));

// Two projects: `unit` is `npm test` (fast, no browser, no build); `e2e` builds the
// site and drives Debian's Chromium (`npm run test:e2e`).
export default defineConfig({
  // tsconfig keeps JSX for Docusaurus to compile ("preserve"); tests compile it themselves.
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    // In CI a JSON report too, so that .ci/run can print a plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'tmp/vitest-report.json' }]] : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          // Timeouts catch hangs, not slowness: some files lint every generated page, and a shared
          // 2-core machine can take several times longer than an idle one.
          testTimeout: 30_000,
          exclude: ['tests/e2e/**', 'node_modules/**'],
          environment: 'node',
          // ~100 test files import the same engine (mvdan-sh alone is 1.5 MB); re-evaluating it per
          // file dominated `npm test`. Files share a module cache per worker; tests keep no global state.
          isolate: false,
          // Render theme components outside Docusaurus (see tests/stubs).
          alias: {
            '@docusaurus/Link': stub('docusaurus-link.tsx'),
            '@docusaurus/Translate': stub('docusaurus-translate.tsx'),
            '@docusaurus/router': stub('docusaurus-router.tsx'),
            '@docusaurus/useBaseUrl': stub('docusaurus-use-base-url.tsx'),
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
