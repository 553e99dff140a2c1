/**
 * Which search backend a build uses, from the environment: Algolia when ALGOLIA_APP_ID,
 * ALGOLIA_SEARCH_API_KEY and ALGOLIA_INDEX_NAME are all set, else the local index. Only these three
 * (all public by design) are ever read here: the admin key is for `camadas algolia-sync` alone and
 * must never reach the browser bundle.
 */
import type { SearchConfig } from './types';

export const ALGOLIA_PUBLIC_VARS = [
  'ALGOLIA_APP_ID',
  'ALGOLIA_SEARCH_API_KEY',
  'ALGOLIA_INDEX_NAME',
] as const;

export class SearchConfigError extends Error {}

export function searchConfigFromEnv(env: Record<string, string | undefined>): SearchConfig {
  const set = ALGOLIA_PUBLIC_VARS.filter((name) => env[name]?.trim());
  if (set.length === 0) return { provider: 'local' };
  if (set.length < ALGOLIA_PUBLIC_VARS.length) {
    const missing = ALGOLIA_PUBLIC_VARS.filter((name) => !set.includes(name));
    throw new SearchConfigError(
      `Algolia search is half configured: ${set.join(', ')} set but ${missing.join(', ')} missing. ` +
        'Set all three to use Algolia, or none for the offline index.',
    );
  }
  return {
    provider: 'algolia',
    appId: (env.ALGOLIA_APP_ID ?? '').trim(),
    apiKey: (env.ALGOLIA_SEARCH_API_KEY ?? '').trim(),
    indexName: (env.ALGOLIA_INDEX_NAME ?? '').trim(),
  };
}
