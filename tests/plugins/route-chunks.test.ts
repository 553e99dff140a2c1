import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { describe, expect, it } from 'vitest';
import routeChunks, { addRequestKeys, registryRequests } from '../../plugins/route-chunks/index';

const codegen = join(
  __dirname,
  '..',
  '..',
  'node_modules',
  '@docusaurus',
  'core',
  'lib',
  'server',
  'codegen',
  'codegenRoutes.js',
);

const REGISTRY = `export default {
  "17896441": [() => import(/* webpackChunkName: "17896441" */ "@theme/DocItem"), "@theme/DocItem", require.resolveWeak("@theme/DocItem")],
  "a94703ab": [() => import(/* webpackChunkName: "a94703ab" */ "@theme/DocRoot"), "@theme/DocRoot", require.resolveWeak("@theme/DocRoot")],
  "2de954b6": [() => import(/* webpackChunkName: "2de954b6" */ "@site/docs/rules/X.mdx"), "@site/docs/rules/X.mdx", require.resolveWeak("@site/docs/rules/X.mdx")],
};`;

describe('route-chunks: a page lists the chunks its route loads', () => {
  it("reads Docusaurus' registry as its code generator writes it", () => {
    // The generator's line template: when upstream changes it, the regular expression must follow.
    expect(readFileSync(codegen, 'utf8')).toContain(
      '`  "${chunkName}": [() => import(/* webpackChunkName: "${chunkName}" */ "${modulePath}"), "${modulePath}", require.resolveWeak("${modulePath}")],`',
    );
    expect([...registryRequests(REGISTRY)]).toEqual([
      ['17896441', '@theme/DocItem'],
      ['a94703ab', '@theme/DocRoot'],
      ['2de954b6', '@site/docs/rules/X.mdx'],
    ]);
  });

  it("keys each module by its own chunk group's chunks, not the addon's union of every group", () => {
    const manifest = {
      entrypoints: ['main'],
      // What react-loadable-ssr-addon wrote: DocRoot's entry lists chunks of other pages' groups too.
      origins: { main: ['main'], a94703ab: ['4014', '113', '6785', '9452', '106'], '17896441': ['4014'] },
      assets: {},
    };
    const groups = {
      a94703ab: { chunks: [4014, 113, 6785] },
      '17896441': { chunks: [4014] },
      // a chunk name with no group (not emitted) adds nothing
    };
    const out = addRequestKeys(manifest, registryRequests(REGISTRY), groups);
    expect(out.origins['@theme/DocRoot']).toEqual(['4014', '113', '6785']);
    expect(out.origins['@theme/DocItem']).toEqual(['4014']);
    expect(out.origins['@site/docs/rules/X.mdx']).toBeUndefined();
    // The addon's own keys stay as they were.
    expect(out.origins.a94703ab).toEqual(manifest.origins.a94703ab);
  });

  it('adds its step only to the production client build, the one that writes the manifest', () => {
    type Args = Parameters<NonNullable<Plugin['configureWebpack']>>;
    const plugin = routeChunks({ generatedFilesDir: '/nowhere' } as LoadContext);
    const configure = (plugins: unknown[], isServer: boolean) =>
      plugin.configureWebpack?.({ plugins } as Args[0], isServer, {} as Args[2], {} as Args[3]);
    class ReactLoadableSSRAddon {}
    expect(configure([new ReactLoadableSSRAddon()], false)).toHaveProperty('plugins');
    // `docusaurus start` has no manifest to extend: nothing added (and nothing read from disk).
    expect(configure([], false)).toEqual({});
    expect(configure([new ReactLoadableSSRAddon()], true)).toEqual({});
  });
});
