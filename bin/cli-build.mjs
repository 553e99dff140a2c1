// esbuild options of the CLI bundle, shared by scripts/build-cli.mjs (writes dist/) and bin/camadas.cjs
// (bundles in memory when dist/ is missing or older than a source file).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  // The code cache belongs to the previous bundle: remove it first (bin/camadas.cjs also checks).
  rmSync(join(dist, 'camadas.cjs.cache'), { force: true });
  renameSync(partial, join(dist, 'camadas.cjs'));
  return inputs;
}

/** A Dockerfile that makes the sample lint run the common paths (parse, shell, rules, stylish output). */
const SAMPLE = `# syntax=docker/dockerfile:1
FROM debian:12-slim AS build
ARG VERSION=1.2.3
ENV APP_HOME=/opt/app PATH=/opt/app/bin:$PATH
WORKDIR /opt/app
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \\
    && curl -fsSL "https://example.com/v\${VERSION}/tool.tgz" | tar -xz -C /usr/local/bin \\
    && rm -rf /var/lib/apt/lists/*
COPY --chown=app:app . /opt/app
RUN pip install --no-cache-dir -r requirements.txt && cd /opt/app && make build
FROM alpine:3.20
RUN apk add --no-cache ca-certificates && adduser -D app
COPY --from=build /opt/app/bin/server /usr/local/bin/server
USER app
EXPOSE 8080/tcp
HEALTHCHECK CMD wget -qO- http://localhost:8080/ || exit 1
CMD ["server", "--port", "8080"]
`;

/**
 * Writes dist/camadas.cjs.cache: V8's code cache of the bundle after one sample lint (what a start then
 * skips compiling). Best effort: without it the CLI compiles as usual. Returns the cache's size or null.
 */
export function writeCodeCache(root) {
  const dir = mkdtempSync(join(tmpdir(), 'camadas-code-cache-'));
  try {
    writeFileSync(join(dir, 'Dockerfile'), SAMPLE);
    const run = spawnSync(process.execPath, [join(root, 'bin', 'camadas.cjs'), 'lint', 'Dockerfile'], {
      cwd: dir,
      env: { ...process.env, CAMADAS_WRITE_CODE_CACHE: '1', NO_COLOR: '1' },
      stdio: 'ignore',
    });
    return run.status === 0 || run.status === 1 ? true : null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
