/**
 * `camadas algolia-sync [--dry-run] [--json]`: pushes the search records of both locales to Algolia,
 * in DocSearch's schema, replacing the index atomically (`replaceAllObjects`: a temporary index is
 * filled in batches, then moved over the live one, so readers never see a half-filled index). The
 * records come from the same source as the local index (the last build, else the docs). Needs
 * ALGOLIA_APP_ID, ALGOLIA_ADMIN_API_KEY and ALGOLIA_INDEX_NAME; `--dry-run` needs none and sends nothing.
 */
import type { algoliasearch as algoliasearchType } from 'algoliasearch';
import type { Locale } from '../lint/types';
import { DOCSEARCH_SETTINGS, type DocSearchRecord, toDocSearchRecords } from '../search/docsearch';
import { SEARCH_LOCALES } from '../search/types';
import { SITE_URL } from '../site';
import type { CommandOutput } from './lint-command';
import { t } from './messages';
import { loadRecords } from './search-source';

type Hosts = NonNullable<NonNullable<Parameters<typeof algoliasearchType>[2]>['hosts']>;
// The Algolia client is loaded by this command only (the CLI's other commands start without it).
declare const require: (id: string) => unknown;

export const ALGOLIA_SYNC_VARS = ['ALGOLIA_APP_ID', 'ALGOLIA_ADMIN_API_KEY', 'ALGOLIA_INDEX_NAME'] as const;
export const BATCH_SIZE = 500;

export interface AlgoliaSyncOptions {
  dryRun: boolean;
  json: boolean;
  locale: Locale;
  siteDir: string;
  env: Record<string, string | undefined>;
  /** Where the client sends its requests; only tests set it (a local recording server). */
  hosts?: Hosts;
}

export function syncRecords(siteDir: string): { records: DocSearchRecord[]; origins: string[] } {
  const records: DocSearchRecord[] = [];
  const origins: string[] = [];
  for (const locale of SEARCH_LOCALES) {
    const loaded = loadRecords(siteDir, locale);
    origins.push(`${locale}: ${loaded.records.length} (${loaded.origin})`);
    records.push(...toDocSearchRecords(loaded.records, locale, SITE_URL));
  }
  return { records, origins };
}

export async function runAlgoliaSync(options: AlgoliaSyncOptions): Promise<CommandOutput> {
  const { records, origins } = syncRecords(options.siteDir);
  const summary = t('algoliaSummary', options.locale, {
    count: records.length,
    origins: origins.join(', '),
    batches: Math.ceil(records.length / BATCH_SIZE),
  });
  if (options.dryRun) {
    const stdout = options.json ? `${JSON.stringify(records, null, 2)}\n` : `${summary}\n`;
    return { exitCode: 0, stdout, stderr: options.json ? `${summary}\n` : '' };
  }
  const missing = ALGOLIA_SYNC_VARS.filter((name) => !options.env[name]?.trim());
  if (missing.length > 0)
    return {
      exitCode: 2,
      stdout: '',
      stderr: `camadas: ${t('algoliaMissingEnv', options.locale, { value: missing.join(', ') })}\n`,
    };
  const appId = (options.env.ALGOLIA_APP_ID ?? '').trim();
  const indexName = (options.env.ALGOLIA_INDEX_NAME ?? '').trim();
  const { algoliasearch } = require('algoliasearch') as { algoliasearch: typeof algoliasearchType };
  const client = algoliasearch(appId, (options.env.ALGOLIA_ADMIN_API_KEY ?? '').trim(), {
    ...(options.hosts ? { hosts: options.hosts } : {}),
  });
  try {
    await client.replaceAllObjects({
      indexName,
      objects: records as unknown as Array<Record<string, unknown>>,
      batchSize: BATCH_SIZE,
    });
    const { taskID } = await client.setSettings({ indexName, indexSettings: { ...DOCSEARCH_SETTINGS } });
    await client.waitForTask({ indexName, taskID });
  } catch (error) {
    // The client's errors carry the HTTP status and Algolia's message; never the key.
    const reason = (error as Error).message.split('\n')[0];
    return {
      exitCode: 2,
      stdout: '',
      stderr: `camadas: ${t('algoliaFailed', options.locale, { value: indexName, reason })}\n`,
    };
  }
  return {
    exitCode: 0,
    stdout: `${summary}\n${t('algoliaDone', options.locale, { value: indexName, count: records.length })}\n`,
    stderr: '',
  };
}
