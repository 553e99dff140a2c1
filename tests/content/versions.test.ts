import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ruleDocFiles } from '../../plugins/rule-docs/generate';
import { imageUses, loadVersions, packagePins, parseApkIndex } from '../../src/versions';
import { enDocsDir, isDocPage, listFiles, ptDocsDir, root } from './docs-tree';

const versions = loadVersions();
const pages = [ptDocsDir, enDocsDir].flatMap((dir) =>
  listFiles(dir, isDocPage).map((f) => {
    const path = join(dir, f);
    return { file: path.slice(root.length + 1), text: readFileSync(path, 'utf8') };
  }),
);
// The rule pages are generated from src/lint/rules: their examples count as pages too.
for (const [file, text] of ruleDocFiles()) pages.push({ file: `${file} (from src/lint/rules)`, text });

describe('versions used by the pages come from src/versions/versions.yaml', () => {
  it('lists every image tag of a watched repository that a page uses (or it is latest)', () => {
    const listed = new Set(versions.images.map((i) => i.tag));
    const stray = pages
      .flatMap((p) => imageUses(p.file, p.text, versions.watched))
      .filter((u) => !listed.has(u.text) && !u.text.endsWith(':latest'))
      .map((u) => `${u.file}:${u.line}  ${u.text}`);
    expect(stray, 'add the tag to src/versions/versions.yaml or use a listed one').toEqual([]);
  });

  it('lists every package version a Dockerfile snippet pins', () => {
    const listed = new Set(versions.packages.map((p) => `${p.name}=${p.version}`));
    const stray = pages
      .flatMap((p) => packagePins(p.file, p.text))
      .filter((u) => !listed.has(u.text))
      .map((u) => `${u.file}:${u.line}  ${u.text}`);
    expect(stray, 'add the pin to src/versions/versions.yaml or use a listed one').toEqual([]);
  });

  it('has no entry that no page uses (an update stays one change, not a hunt for dead entries)', () => {
    const usedImages = new Set(
      pages.flatMap((p) => imageUses(p.file, p.text, versions.watched)).map((u) => u.text),
    );
    const usedPins = new Set(pages.flatMap((p) => packagePins(p.file, p.text)).map((u) => u.text));
    expect(versions.images.map((i) => i.tag).filter((t) => !usedImages.has(t))).toEqual([]);
    expect(versions.packages.map((p) => `${p.name}=${p.version}`).filter((t) => !usedPins.has(t))).toEqual(
      [],
    );
  });
});

describe('the page scanners', () => {
  it('find tags in code blocks and inline code, not in JavaScript', () => {
    const text = [
      'Use `alpine:3.23` or `docker.io/library/nginx:1.30`.',
      '```dockerfile',
      'FROM gcr.io/distroless/static-debian13:nonroot',
      '```',
      '```js',
      "require('node:http');",
      '```',
    ].join('\n');
    expect(
      imageUses('f', text, ['alpine', 'nginx', 'node', 'gcr.io/distroless/static-debian13']).map((u) => [
        u.line,
        u.text,
      ]),
    ).toEqual([
      [3, 'gcr.io/distroless/static-debian13:nonroot'],
      [1, 'alpine:3.23'],
      [1, 'nginx:1.30'],
    ]);
  });

  it('find pins of apt-get install and apk add across continuation lines, not other key=value words', () => {
    const text = [
      '```dockerfile',
      'FROM debian:bookworm-slim',
      'RUN apt-get update \\',
      '    && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u15 \\',
      '    && dd if=/dev/zero of=/x bs=1M count=50',
      'RUN apk add --no-cache jq=1.7.1-r0',
      'ENV mode=1',
      '```',
    ].join('\n');
    expect(packagePins('f', text).map((u) => [u.line, u.text])).toEqual([
      [3, 'curl=7.88.1-10+deb12u15'],
      [6, 'jq=1.7.1-r0'],
    ]);
  });
});

describe('parseApkIndex (the Alpine half of npm run check:versions)', () => {
  it('reads package names and versions from the APKINDEX member of a gzip tar', () => {
    const body = Buffer.from('C:Q1abc=\nP:curl\nV:8.9.1-r2\n\nP:git\nV:2.45.2-r0\n\n');
    const header = Buffer.alloc(512);
    header.write('APKINDEX', 0, 'latin1');
    header.write(`${body.length.toString(8).padStart(11, '0')}\0`, 124, 'latin1');
    const tar = Buffer.concat([header, body, Buffer.alloc(512 - body.length), Buffer.alloc(1024)]);
    const index = parseApkIndex(gzipSync(tar));
    expect(index.get('curl')).toEqual(['8.9.1-r2']);
    expect(index.get('git')).toEqual(['2.45.2-r0']);
  });
});
