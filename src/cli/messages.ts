/** Bilingual strings of the `camadas` command line. */
import { formatMessage } from '../lint/engine';
import type { Locale } from '../lint/types';

const strings = {
  usage: {
    'pt-BR': `Uso: camadas <comando> [opções]

Comandos:
  lint [--format stylish|json|sarif|github] [--locale pt-BR|en] [--config ARQUIVO] [--verbose] [--fix | --fix-dry-run] CAMINHO…
      Verifica Dockerfiles e os trechos de Dockerfile de arquivos .md/.mdx (com as anotações, como no build).
      --fix aplica as correções seguras aos Dockerfiles (grava os arquivos); --fix-dry-run mostra o diff sem gravar.
  rules [--json]
      Lista as regras implementadas.
  search CONSULTA [--locale pt-BR|en] [--limit N] [--json]
      Busca nas páginas do site (o índice do último build, ou as fontes em docs/ se não houver build).
  algolia-sync [--dry-run] [--json]
      Envia os registros de busca ao Algolia (ALGOLIA_APP_ID, ALGOLIA_ADMIN_API_KEY, ALGOLIA_INDEX_NAME).

Códigos de saída: 0 nada no limite de falha ou acima; 1 achados; 2 erro de uso ou de leitura.`,
    en: `Usage: camadas <command> [options]

Commands:
  lint [--format stylish|json|sarif|github] [--locale pt-BR|en] [--config FILE] [--verbose] [--fix | --fix-dry-run] PATH…
      Checks Dockerfiles and the Dockerfile snippets of .md/.mdx files (annotations honoured, as in the build).
      --fix applies the safe fixes to Dockerfiles (writes the files); --fix-dry-run prints the diff, writes nothing.
  rules [--json]
      Lists the implemented rules.
  search QUERY [--locale pt-BR|en] [--limit N] [--json]
      Searches the site's pages (the last build's index, or the docs sources when there is no build).
  algolia-sync [--dry-run] [--json]
      Sends the search records to Algolia (ALGOLIA_APP_ID, ALGOLIA_ADMIN_API_KEY, ALGOLIA_INDEX_NAME).

Exit codes: 0 nothing at or above the failure threshold; 1 findings; 2 usage or read error.`,
  },
  unknownCommand: { 'pt-BR': 'comando desconhecido "{value}"', en: 'unknown command "{value}"' },
  unknownOption: { 'pt-BR': 'opção desconhecida "{value}"', en: 'unknown option "{value}"' },
  missingValue: { 'pt-BR': 'a opção "{value}" precisa de um valor', en: 'option "{value}" needs a value' },
  badFormat: {
    'pt-BR': 'formato desconhecido "{value}" (use stylish, json, sarif ou github)',
    en: 'unknown format "{value}" (use stylish, json, sarif or github)',
  },
  badLocale: {
    'pt-BR': 'idioma desconhecido "{value}" (use pt-BR ou en)',
    en: 'unknown locale "{value}" (use pt-BR or en)',
  },
  noPaths: { 'pt-BR': 'informe pelo menos um arquivo ou pasta', en: 'give at least one file or folder' },
  notFound: { 'pt-BR': 'não existe: {value}', en: 'no such file or folder: {value}' },
  unreadable: { 'pt-BR': 'não foi possível ler {value}: {reason}', en: 'cannot read {value}: {reason}' },
  nothingToLint: {
    'pt-BR': 'nenhum Dockerfile nem arquivo .md/.mdx em {value}',
    en: 'no Dockerfile and no .md/.mdx file in {value}',
  },
  symlinkLoop: {
    'pt-BR': 'laço de links simbólicos, ignorado: {value}',
    en: 'symbolic link loop, skipped: {value}',
  },
  symlinkCycle: {
    'pt-BR': 'ciclo de links simbólicos (leva de volta a {reason}), não percorrido de novo: {value}',
    en: 'symbolic link cycle (leads back to {reason}), not walked again: {value}',
  },
  notRegular: {
    'pt-BR': 'não é um arquivo comum (FIFO, socket ou dispositivo), ignorado: {value}',
    en: 'not a regular file (FIFO, socket or device), skipped: {value}',
  },
  badConfig: { 'pt-BR': 'configuração inválida em {value}:', en: 'invalid configuration in {value}:' },
  summary: {
    'pt-BR': '{problems} problema(s) em {files} arquivo(s) ({checked} verificado(s))',
    en: '{problems} problem(s) in {files} file(s) ({checked} checked)',
  },
  clean: { 'pt-BR': 'nenhum problema em {checked} arquivo(s)', en: 'no problems in {checked} file(s)' },
  nolint: {
    'pt-BR': 'trecho não verificado (nolint): {reason}',
    en: 'snippet not checked (nolint): {reason}',
  },
  noQuery: {
    'pt-BR': 'diga o que buscar: camadas search CONSULTA',
    en: 'say what to search for: camadas search QUERY',
  },
  badLimit: {
    'pt-BR': '--limit precisa ser um número inteiro de 1 a {max}, não "{value}"',
    en: '--limit takes a whole number from 1 to {max}, not "{value}"',
  },
  searchNoBuild: {
    'pt-BR':
      'sem build ({value}): buscando nas fontes de docs/ (rode npm run build para usar o índice do site)',
    en: 'no build ({value}): searching the docs sources (run npm run build to use the site index)',
  },
  searchBadIndex: {
    'pt-BR': 'índice ilegível em {value} ({reason}): buscando nas fontes de docs/',
    en: 'unreadable index at {value} ({reason}): searching the docs sources',
  },
  searchNoResults: { 'pt-BR': 'nenhum resultado para "{value}"', en: 'no results for "{value}"' },
  algoliaSummary: {
    'pt-BR': '{count} registros no esquema do DocSearch ({origins}), em {batches} lote(s)',
    en: '{count} records in DocSearch schema ({origins}), in {batches} batch(es)',
  },
  algoliaMissingEnv: {
    'pt-BR': 'faltam variáveis de ambiente para o Algolia: {value} (ou use --dry-run)',
    en: 'missing environment variables for Algolia: {value} (or use --dry-run)',
  },
  algoliaFailed: {
    'pt-BR': 'o Algolia recusou a atualização do índice {value}: {reason}',
    en: 'Algolia refused to update index {value}: {reason}',
  },
  algoliaDone: {
    'pt-BR': 'índice {value} substituído: {count} registros',
    en: 'index {value} replaced: {count} records',
  },
  fixBoth: {
    'pt-BR': 'use --fix ou --fix-dry-run, não os dois',
    en: 'use --fix or --fix-dry-run, not both',
  },
  fixed: {
    'pt-BR': '{value}: {count} correção(ões) aplicada(s)',
    en: '{value}: {count} fix(es) applied',
  },
  wouldFix: {
    'pt-BR': '{value}: {count} correção(ões) a aplicar (nada foi gravado)',
    en: '{value}: {count} fix(es) to apply (nothing written)',
  },
  cannotWrite: { 'pt-BR': 'não foi possível gravar {value}: {reason}', en: 'cannot write {value}: {reason}' },
  fixMarkdown: {
    'pt-BR': '{value}: trechos em Markdown não são corrigidos automaticamente (só Dockerfiles)',
    en: '{value}: Markdown snippets are not fixed automatically (Dockerfiles only)',
  },
  try: { 'pt-BR': 'Veja "camadas --help".', en: 'See "camadas --help".' },
} as const;

export type CliMessage = keyof typeof strings;

export function t(key: CliMessage, locale: Locale, params: Record<string, string | number> = {}): string {
  return formatMessage(strings[key][locale], params);
}

/** The CLI's language when --locale is not given (shared with the build gate: src/snippets). */
export { defaultLocale } from '../snippets/messages';
