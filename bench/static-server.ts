/**
 * A small static server for build/ that behaves like a real host: gzip (or brotli) for text, long
 * cache headers for hashed assets, `/path` → `/path.html` or `/path/index.html`, and each locale's own
 * 404 page for misses under its prefix (`/en/…` → `en/404.html`). Used by `npm run bench:pages`
 * and the page-budget e2e test; node:http and node:zlib only.
 *
 * Compression: a real host serves compressed files from a cache (or precompressed at deploy), so its
 * response time does not include compressing. With `precompress`, every text file is compressed before
 * the server answers (the Lighthouse benches: Lighthouse's simulation takes each origin's server
 * response time from the observed requests, so compressing main.js with brotli 11 on the first request,
 * about a second, would be simulated as a slow server). Without it (the e2e tests, which only count
 * bytes), a file is compressed off the event loop on its first request and cached.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt']);

/** The file a request path maps to, or null. */
function resolveFile(dir: string, pathname: string): string | null {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [clean, `${clean}.html`, join(clean, 'index.html')]) {
    const full = join(dir, candidate);
    if (!full.startsWith(dir)) return null;
    if (existsSync(full) && statSync(full).isFile()) return full;
  }
  return null;
}

interface Packed {
  gzip: Buffer;
  br: Buffer;
}

function pack(body: Buffer): Promise<Packed> {
  return Promise.all([
    gzipAsync(body, { level: 9 }),
    brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  ]).then(([gz, br]) => ({ gzip: gz, br }));
}

function textFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((rel) => join(dir, rel))
    .filter((file) => COMPRESSIBLE.has(extname(file)) && statSync(file).isFile());
}

export async function serveStatic(
  dir: string,
  port: number,
  locales: string[] = ['en'],
  options: { precompress?: boolean } = {},
): Promise<{ url: string; server: Server }> {
  const cache = new Map<string, Promise<Packed>>();
  if (options.precompress) {
    // A few at a time: zlib's async work runs on libuv's 4 threads.
    const files = textFiles(dir);
    for (let i = 0; i < files.length; i += 8) {
      await Promise.all(
        files.slice(i, i + 8).map((file) => {
          const packed = pack(readFileSync(file));
          cache.set(file, packed);
          return packed;
        }),
      );
    }
  }
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = resolveFile(dir, url.pathname);
    let status = 200;
    if (!file) {
      status = 404;
      const locale = locales.find((l) => url.pathname === `/${l}` || url.pathname.startsWith(`/${l}/`));
      file = join(dir, locale ? join(locale, '404.html') : '404.html');
    }
    const ext = extname(file);
    const body = readFileSync(file);
    const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream' };
    headers['cache-control'] = url.pathname.startsWith('/assets/')
      ? 'public, max-age=31536000, immutable'
      : 'public, max-age=0, must-revalidate';
    const accept = String(req.headers['accept-encoding'] ?? '');
    let payload: Buffer = body;
    if (COMPRESSIBLE.has(ext) && body.length > 512) {
      let pending = cache.get(file);
      if (!pending) {
        pending = pack(body);
        cache.set(file, pending);
      }
      const packed = await pending;
      if (/\bbr\b/.test(accept)) {
        payload = packed.br;
        headers['content-encoding'] = 'br';
      } else if (/\bgzip\b/.test(accept)) {
        payload = packed.gzip;
        headers['content-encoding'] = 'gzip';
      }
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = String(payload.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : payload);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${port}`, server }));
  });
}

/** The page types measured by bench:pages and held to a JS budget by the e2e tests. */
export const PAGE_TYPES: { type: string; path: string }[] = [
  { type: 'home', path: '/' },
  { type: 'guide page with diagrams', path: '/docs/containers/lifecycle' },
  { type: 'rule page', path: '/docs/rules/JSONArgsRecommended' },
  { type: 'rules index', path: '/docs/rules' },
  { type: 'search page', path: '/search?q=camadas' },
  { type: 'playground', path: '/playground' },
];

export const LOCALE_PREFIXES: { locale: string; prefix: string }[] = [
  { locale: 'pt-BR', prefix: '' },
  { locale: 'en', prefix: '/en' },
];

export const BUDGETS_FILE = join(__dirname, 'page-budgets.json');

export interface Budgets {
  /** Compressed (gzip) JavaScript bytes a page may load before any interaction, per page type. */
  jsBytes: Record<string, number>;
}

export const readBudgets = (): Budgets => JSON.parse(readFileSync(BUDGETS_FILE, 'utf8')) as Budgets;

/** Lighthouse flags that replace the mobile preset's CPU slowdown of 4 (see npm run bench:pages). */
export interface SlowdownFlags {
  throttling?: { cpuSlowdownMultiplier: number };
}

/**
 * The value of `--cpu-slowdown` in the Lighthouse benches: their flags (none when it is not given), or
 * the message for a value out of range.
 */
export function cpuSlowdownFlags(text: string | undefined): SlowdownFlags | string {
  if (text === undefined) return {};
  const value = Number(text);
  if (!(value >= 1 && value <= 20))
    return '--cpu-slowdown takes a number between 1 and 20 (the mobile preset uses 4).';
  return { throttling: { cpuSlowdownMultiplier: value } };
}
