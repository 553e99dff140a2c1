/**
 * The versions file (src/versions/versions.yaml) and what the pages use: image tags of the watched
 * repositories and package pins in Dockerfile snippets. Node-only (reads files); used by the content
 * test and by scripts/check-versions.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';

export interface ImageEntry {
  tag: string;
  /** `YYYY-MM-DD`, or `null` when the project publishes no end-of-life date. */
  eol: string | null;
  eolSource: string;
}

export interface PackageEntry {
  name: string;
  version: string;
  distro: 'debian' | 'alpine';
  /** Debian codename (`bookworm`) or Alpine branch (`v3.23`). */
  release: string;
}

export interface Versions {
  images: ImageEntry[];
  watched: string[];
  packages: PackageEntry[];
}

export const VERSIONS_FILE = join(__dirname, 'versions.yaml');

/** Reads and validates the versions file; throws with a readable message when it is malformed. */
export function loadVersions(file = VERSIONS_FILE): Versions {
  const data = parseYaml(readFileSync(file, 'utf8')) as Partial<Versions> | null;
  const problems: string[] = [];
  const images = data?.images ?? [];
  const packages = data?.packages ?? [];
  for (const i of images) {
    if (typeof i.tag !== 'string' || !i.tag.includes(':'))
      problems.push(`image without a tag: ${JSON.stringify(i)}`);
    const eol = i.eol as unknown;
    const eolText = eol instanceof Date ? eol.toISOString().slice(0, 10) : eol;
    if (eolText !== null && !/^\d{4}-\d{2}-\d{2}$/.test(String(eolText))) {
      problems.push(`${i.tag}: eol must be YYYY-MM-DD or null`);
    }
    i.eol = eolText === null ? null : String(eolText);
    if (!i.eolSource) problems.push(`${i.tag}: eolSource is missing`);
  }
  for (const p of packages) {
    if (!p.name || !p.version || !p.release || (p.distro !== 'debian' && p.distro !== 'alpine')) {
      problems.push(
        `package entry needs name, version, distro (debian|alpine) and release: ${JSON.stringify(p)}`,
      );
    }
  }
  if (problems.length > 0) throw new Error(`${file}:\n  ${problems.join('\n  ')}`);
  return { images, watched: data?.watched ?? [], packages };
}

export interface Use {
  file: string;
  line: number;
  text: string;
}

/** Code languages whose blocks can name images (not `js`, where `node:http` is a module). */
const IMAGE_LANGS = new Set([
  '',
  'dockerfile',
  'docker',
  'containerfile',
  'bash',
  'sh',
  'shell',
  'console',
  'text',
  'yaml',
  'yml',
]);
const DOCKERFILE_LANGS = new Set(['dockerfile', 'docker', 'containerfile']);

interface Block {
  lang: string;
  startLine: number;
  lines: string[];
}

function fencedBlocks(text: string): { blocks: Block[]; prose: { line: number; text: string }[] } {
  const blocks: Block[] = [];
  const prose: { line: number; text: string }[] = [];
  let open: { fence: string; block: Block } | null = null;
  text.split('\n').forEach((line, i) => {
    if (open) {
      if (line.trim().startsWith(open.fence) && line.trim().replace(/`|~/g, '') === '') open = null;
      else open.block.lines.push(line);
      return;
    }
    const m = /^\s*(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
    if (m) {
      open = { fence: m[1], block: { lang: m[2].toLowerCase(), startLine: i + 2, lines: [] } };
      blocks.push(open.block);
    } else prose.push({ line: i + 1, text: line });
  });
  return { blocks, prose };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Every `repository:tag` of a watched repository on a page: code blocks and inline code. */
export function imageUses(file: string, text: string, watched: readonly string[]): Use[] {
  const names = [...watched]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');
  const re = new RegExp(
    `(?<![\\w./-])(?:docker\\.io/(?:library/)?)?(${names}):([A-Za-z0-9][A-Za-z0-9._-]*)`,
    'g',
  );
  const out: Use[] = [];
  const scan = (line: number, s: string) => {
    for (const m of s.matchAll(re)) out.push({ file, line, text: `${m[1]}:${m[2]}` });
  };
  const { blocks, prose } = fencedBlocks(text);
  for (const b of blocks) {
    if (!IMAGE_LANGS.has(b.lang)) continue;
    b.lines.forEach((l, i) => {
      scan(b.startLine + i, l);
    });
  }
  for (const p of prose) {
    for (const code of p.text.matchAll(/`([^`]+)`/g)) scan(p.line, code[1]);
  }
  return out;
}

/** Every `package=version` an `apt-get install` / `apt install` / `apk add` of a Dockerfile snippet pins. */
export function packagePins(file: string, text: string): (Use & { name: string; version: string })[] {
  const out: (Use & { name: string; version: string })[] = [];
  for (const b of fencedBlocks(text).blocks) {
    if (!DOCKERFILE_LANGS.has(b.lang)) continue;
    // Logical lines: join backslash continuations, remembering where each one starts.
    let start = -1;
    let buf = '';
    b.lines.forEach((l, i) => {
      if (start < 0) start = i;
      buf += `${l.replace(/\\\s*$/, '')} `;
      if (/\\\s*$/.test(l)) return;
      for (const segment of buf.split(/&&|\|\||;|\|/)) {
        if (!/\b(apt-get|apt)\s+(?:\S+\s+)*install\b|\bapk\s+(?:\S+\s+)*add\b/.test(segment)) continue;
        for (const word of segment.trim().split(/\s+/)) {
          const m = /^([a-z0-9][a-z0-9+.-]*)=([0-9][^\s'"]*)$/.exec(word);
          if (m) out.push({ file, line: b.startLine + start, text: word, name: m[1], version: m[2] });
        }
      }
      start = -1;
      buf = '';
    });
  }
  return out;
}

/** Name → versions from an APKINDEX.tar.gz (a gzip'd tar whose `APKINDEX` member has P:/V: lines). */
export function parseApkIndex(gz: Buffer): Map<string, string[]> {
  const tar = gunzipSync(gz);
  const out = new Map<string, string[]>();
  for (let off = 0; off + 512 <= tar.length; ) {
    const name = tar
      .subarray(off, off + 100)
      .toString('latin1')
      .replace(/\0.*$/s, '');
    if (!name) break;
    const size = Number.parseInt(
      tar
        .subarray(off + 124, off + 136)
        .toString('latin1')
        .trim() || '0',
      8,
    );
    if (name === 'APKINDEX') {
      let pkg = '';
      for (const line of tar
        .subarray(off + 512, off + 512 + size)
        .toString('utf8')
        .split('\n')) {
        if (line.startsWith('P:')) pkg = line.slice(2);
        else if (line.startsWith('V:')) out.set(pkg, [...(out.get(pkg) ?? []), line.slice(2)]);
      }
    }
    off += 512 + Math.ceil(size / 512) * 512;
  }
  return out;
}
