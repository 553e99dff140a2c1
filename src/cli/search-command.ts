/**
 * `camadas search QUERY [--locale pt-BR|en] [--limit N] [--json]`: the site's search from the terminal,
 * with the same index and query code as the browser. JSON: `[{title, url, excerpt, score}]`, best first,
 * `url` being the site path with the heading's anchor.
 */
import { createIndex, search } from '../search/engine';
import type { SearchHit, SearchLocale } from '../search/types';
import type { CommandOutput } from './lint-command';
import { t } from './messages';
import { buildIndexPath, loadRecords } from './search-source';

export const MAX_LIMIT = 100;

export interface SearchCommandOptions {
  query: string;
  locale: SearchLocale;
  limit: number;
  json: boolean;
  siteDir: string;
}

function titleOf(hit: SearchHit): string {
  return [hit.page, ...hit.headings].join(' › ');
}

/** Control characters never reach the terminal, whatever a page contains. */
function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to remove them.
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

export function runSearch(options: SearchCommandOptions): CommandOutput {
  const loaded = loadRecords(options.siteDir, options.locale);
  let stderr = '';
  if (loaded.origin === 'sources') {
    const path = buildIndexPath(options.siteDir, options.locale);
    stderr = loaded.problem
      ? `camadas: ${t('searchBadIndex', options.locale, { value: path, reason: loaded.problem })}\n`
      : `camadas: ${t('searchNoBuild', options.locale, { value: path })}\n`;
  }
  const hits = search(createIndex(loaded.records, options.locale), options.query, { limit: options.limit });
  if (options.json) {
    const rows = hits.map((hit) => ({
      title: titleOf(hit),
      url: hit.url,
      excerpt: hit.excerpt,
      score: hit.score,
    }));
    return { exitCode: 0, stdout: `${JSON.stringify(rows, null, 2)}\n`, stderr };
  }
  if (hits.length === 0)
    return {
      exitCode: 0,
      stdout: `${t('searchNoResults', options.locale, { value: options.query })}\n`,
      stderr,
    };
  const width = String(hits.length).length;
  const blocks = hits.map((hit, i) => {
    const pad = ' '.repeat(width + 2);
    const lines = [`${String(i + 1).padStart(width)}. ${printable(titleOf(hit))}`, `${pad}${hit.url}`];
    if (hit.excerpt) lines.push(`${pad}${printable(hit.excerpt)}`);
    return lines.join('\n');
  });
  return { exitCode: 0, stdout: `${blocks.join('\n\n')}\n`, stderr };
}
