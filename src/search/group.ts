/**
 * Hits grouped by page, for the search UI (and the CLI, through engine.ts). Its own module so that the
 * dialog and the /search page, which import this, carry none of the engine: that lives in the worker.
 */
import type { SearchHit } from './types';

/** Hits grouped by page (in the order of each page's best hit), as the search UI lists them. */
export function groupByPage(
  hits: readonly SearchHit[],
): Array<{ page: string; url: string; hits: SearchHit[] }> {
  const groups = new Map<string, { page: string; url: string; hits: SearchHit[] }>();
  for (const hit of hits) {
    const url = hit.url.split('#')[0];
    const group = groups.get(url) ?? { page: hit.page, url, hits: [] };
    group.hits.push(hit);
    groups.set(url, group);
  }
  return [...groups.values()];
}
