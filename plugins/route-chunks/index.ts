/**
 * Puts each page's route chunks in its HTML (the inline loader of plugins/ssr-template.ts requests them
 * with main.js), instead of main.js requesting them once it runs.
 *
 * Docusaurus lists a page's scripts from the modules its server render used (`@theme/DocItem`,
 * `@site/docs/…`), looked up in the client manifest of react-loadable-ssr-addon. With this bundler that
 * manifest is keyed by chunk name, so the lookup found nothing and pages listed only webpack's runtime
 * and main.js; and its entry for a chunk lists every chunk of every group the chunk is in (DocRoot's
 * named the home page's too), so it cannot simply be looked up by name either. After the client build
 * writes the manifest, this adds one key per route module: its request in Docusaurus' registry,
 * pointing at the chunks of the group its `import()` creates, which are the chunks the browser loads.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

interface Manifest {
  entrypoints: string[];
  origins: Record<string, (string | number)[]>;
  assets: Record<string, unknown>;
}

/** Chunk name → the module it imports, from `.docusaurus/registry.js` (one `import()` per chunk name). */
export function registryRequests(registrySource: string): Map<string, string> {
  const requests = new Map<string, string>();
  for (const [, name, request] of registrySource.matchAll(
    /"([^"]+)": \[\(\) => import\(\/\* webpackChunkName: "\1" \*\/ "([^"]+)"\)/g,
  ))
    requests.set(name, request);
  return requests;
}

/** The manifest with one more key per registry module: the chunk ids of its chunk group. */
export function addRequestKeys(
  manifest: Manifest,
  requests: ReadonlyMap<string, string>,
  groups: Readonly<Record<string, { chunks?: (string | number)[] }>>,
): Manifest {
  const origins = { ...manifest.origins };
  for (const [name, request] of requests) {
    const chunks = groups[name]?.chunks;
    if (chunks?.length) origins[request] = chunks.map(String);
  }
  return { ...manifest, origins };
}

/** The part of the bundler's compilation used here. */
interface Compilation {
  getStats(): {
    toJson(options: object): { namedChunkGroups?: Record<string, { chunks?: (string | number)[] }> };
  };
}

/** Whether the bundler config has react-loadable-ssr-addon, the plugin that writes the client manifest. */
export function writesClientManifest(config: { plugins?: unknown[] }): boolean {
  return (config.plugins ?? []).some(
    (plugin) =>
      (plugin as { constructor?: { name?: string } } | null)?.constructor?.name === 'ReactLoadableSSRAddon',
  );
}

export default function routeChunks(context: LoadContext): Plugin {
  const manifestPath = join(context.generatedFilesDir, 'client-manifest.json');
  const registryPath = join(context.generatedFilesDir, 'registry.js');
  return {
    name: 'camadas-route-chunks',
    configureWebpack(config, isServer) {
      // Only the production client build writes the manifest (`docusaurus start` has no server render).
      if (isServer || !writesClientManifest(config)) return {};
      return {
        plugins: [
          {
            apply(compiler: {
              hooks: { afterEmit: { tap: (name: string, fn: (compilation: Compilation) => void) => void } };
            }) {
              compiler.hooks.afterEmit.tap('camadas-route-chunks', (compilation) => {
                const { namedChunkGroups = {} } = compilation
                  .getStats()
                  .toJson({ all: false, chunkGroups: true });
                const requests = registryRequests(readFileSync(registryPath, 'utf8'));
                const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
                writeFileSync(
                  manifestPath,
                  JSON.stringify(addRequestKeys(manifest, requests, namedChunkGroups)),
                );
              });
            },
          },
        ],
      };
    },
  };
}
