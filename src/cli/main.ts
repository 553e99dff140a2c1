/**
 * The `camadas` command (`npm run --silent camadas -- <command>` or the package's bin). Every failure a
 * user can cause (bad flag, missing path, unreadable file, broken config) is one clear line and exit
 * code 2, never a stack trace.
 */
import { parseArgs } from 'node:util';
import type { Locale } from '../lint/types';
import { runAlgoliaSync } from './algolia-sync-command';
import { FORMATS, type Format } from './formats';
import { type CommandOutput, runLint } from './lint-command';
import { defaultLocale, t } from './messages';
import { runRules } from './rules-command';
import { MAX_LIMIT, runSearch } from './search-command';

const LOCALES: readonly Locale[] = ['pt-BR', 'en'];

export function run(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  isTTY = false,
): CommandOutput {
  const fallbackLocale = defaultLocale(env);
  const [command, ...rest] = argv;
  const fail = (message: string, locale: Locale = fallbackLocale): CommandOutput => ({
    exitCode: 2,
    stdout: '',
    stderr: `camadas: ${message}\n${t('try', locale)}\n`,
  });
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    return {
      exitCode: command ? 0 : 2,
      stdout: command ? `${t('usage', fallbackLocale)}\n` : '',
      stderr: command ? '' : `${t('usage', fallbackLocale)}\n`,
    };
  }

  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...rest], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    // Node's messages quote the option ("Option '-f, --format <value>' argument missing"): keep its name.
    const quoted = /'([^']+)'/.exec((error as Error).message)?.[1] ?? '';
    const option = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      return fail(t('unknownOption', fallbackLocale, { value: option }));
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      return fail(t('missingValue', fallbackLocale, { value: option }));
    return fail((error as Error).message);
  }
  const { values, positionals } = parsed;

  let locale: Locale | undefined;
  if (values.locale !== undefined) {
    if (!LOCALES.includes(values.locale as Locale))
      return fail(t('badLocale', fallbackLocale, { value: values.locale }));
    locale = values.locale as Locale;
  }
  const uiLocale = locale ?? fallbackLocale;
  if (values.help) return { exitCode: 0, stdout: `${t('usage', uiLocale)}\n`, stderr: '' };

  if (command === 'lint') {
    const format = values.format ?? 'stylish';
    if (!FORMATS.includes(format as Format))
      return fail(t('badFormat', uiLocale, { value: format }), uiLocale);
    if (values.fix && values['fix-dry-run']) return fail(t('fixBoth', uiLocale), uiLocale);
    return runLint({
      fix: values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : undefined,
      paths: positionals,
      format: format as Format,
      locale,
      fallbackLocale,
      configPath: values.config,
      verbose: values.verbose ?? false,
      color: isTTY && !env.NO_COLOR && !values['no-color'],
    });
  }
  if (command === 'rules') {
    if (positionals.length > 0)
      return fail(t('unknownCommand', uiLocale, { value: positionals.join(' ') }), uiLocale);
    return runRules({ json: values.json ?? false, locale: uiLocale });
  }
  if (command === 'search') {
    const query = positionals.join(' ').trim();
    if (!query) return fail(t('noQuery', uiLocale), uiLocale);
    const limitText = values.limit ?? '10';
    const limit = Number(limitText);
    if (!/^\d+$/.test(limitText) || limit < 1 || limit > MAX_LIMIT)
      return fail(t('badLimit', uiLocale, { value: limitText, max: MAX_LIMIT }), uiLocale);
    return runSearch({ query, locale: uiLocale, limit, json: values.json ?? false, siteDir: process.cwd() });
  }
  return fail(t('unknownCommand', uiLocale, { value: command }), uiLocale);
}

/** `run`, plus the commands that talk to the network (`algolia-sync`), which are asynchronous. */
export async function runAsync(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  isTTY = false,
): Promise<CommandOutput> {
  if (argv[0] !== 'algolia-sync') return run(argv, env, isTTY);
  const fallbackLocale = defaultLocale(env);
  let values: { 'dry-run'?: boolean; json?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv.slice(1)],
      options: {
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? (error as Error).message;
    return {
      exitCode: 2,
      stdout: '',
      stderr: `camadas: ${t('unknownOption', fallbackLocale, { value: option })}\n${t('try', fallbackLocale)}\n`,
    };
  }
  if (values.help) return { exitCode: 0, stdout: `${t('usage', fallbackLocale)}\n`, stderr: '' };
  return runAlgoliaSync({
    dryRun: values['dry-run'] ?? false,
    json: values.json ?? false,
    locale: fallbackLocale,
    siteDir: process.cwd(),
    env,
  });
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  locale: { type: 'string' },
  config: { type: 'string', short: 'c' },
  verbose: { type: 'boolean', short: 'v' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
  limit: { type: 'string', short: 'n' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

// Run when executed directly (tsx src/cli/main.ts or bin/camadas.cjs), not when imported by tests.
if (process.argv[1] && /(?:^|[\\/])(?:main\.ts|camadas(?:\.[cm]?js)?)$/.test(process.argv[1])) {
  runAsync(process.argv.slice(2), process.env, Boolean(process.stdout.isTTY))
    // A bug, not a user error: say so in one line.
    .catch(
      (error: unknown): CommandOutput => ({
        exitCode: 2,
        stdout: '',
        stderr: `camadas: internal error: ${(error as Error).message}\n`,
      }),
    )
    .then((output) => {
      process.stdout.write(output.stdout);
      process.stderr.write(output.stderr);
      process.exitCode = output.exitCode;
    });
}
