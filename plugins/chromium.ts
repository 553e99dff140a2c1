/**
 * How Camadas starts Debian's headless Chromium, in one place: the build's diagram renderer
 * (plugins/mermaid-svg), the browser tests (tests/e2e) and the benchmarks (bench/) all use these.
 * `CHROMIUM_PATH` overrides the binary. Each caller still gives its own fresh `--user-data-dir`.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
