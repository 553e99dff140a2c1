/**
 * Generates the rule reference pages from the rule files alone: one page per rule and locale
 * (`docs/rules/<ID>.mdx`, `i18n/en/…/rules/<ID>.mdx`), a short page for each alias (`/docs/rules/DL3024`
 * points to DuplicateStageName) and an index. Nothing here is written by hand twice: titles, rationale,
 * messages and examples come from `src/lint/rules/*.ts`; the examples are rendered as ```dockerfile blocks,
 * so the remark plugin checks and annotates them like any other snippet.
 *
 * The pages are build artefacts (git-ignored), written by the Docusaurus plugin in ./index.ts. Each
 * carries GENERATED_MARKER in its front matter: the writer replaces or removes only files with that
 * marker, so a contributor's file in the same folder is never touched.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify as stringifyYaml } from 'yaml';
import { ENGINE_DIAGNOSTICS, formatMessage, lint, SYNTAX_ERROR_ID } from '../../src/lint/engine';
import { rules as registeredRules } from '../../src/lint/rules/index';
import type { Locale, Rule } from '../../src/lint/types';
import { ruleExampleContext } from '../../src/playground/rule-example-context';
import { EMPTY_STATE, encodeState } from '../../src/playground/url-state';
import { REPO_URL } from '../../src/site';
import { GENERATED_MARKER, isGeneratedPage } from '../../src/snippets/discover';
import { withGuideBacklinks } from './backlinks';

export const RULES_DIR = 'rules';
const EN_DOCS = join('i18n', 'en', 'docusaurus-plugin-content-docs', 'current');

const text = {
  indexTitle: { 'pt-BR': 'Referência de regras', en: 'Rule reference' },
  indexDescription: {
    'pt-BR':
      'Todas as regras do motor de lint do Camadas: hadolint, verificações do BuildKit e regras próprias.',
    en: 'Every rule of the Camadas lint engine: hadolint, BuildKit build checks and rules of our own.',
  },
  indexIntro: {
    'pt-BR':
      'Cada trecho de Dockerfile deste site passa por estas regras no build. As regras vêm de três origens: o [hadolint](https://github.com/hadolint/hadolint), as [verificações de build do BuildKit](https://docs.docker.com/reference/build-checks/) (o que `docker build --check` relata) e regras do próprio Camadas. Quando o hadolint e o BuildKit verificam a mesma coisa, há uma regra só, com os dois ids; qualquer um deles funciona em pragmas, na configuração e nas anotações dos trechos.',
    en: 'Every Dockerfile snippet on this site goes through these rules at build time. They come from three origins: [hadolint](https://github.com/hadolint/hadolint), [BuildKit build checks](https://docs.docker.com/reference/build-checks/) (what `docker build --check` reports) and rules of Camadas itself. When hadolint and BuildKit check the same thing there is a single rule with both ids; either works in pragmas, in the configuration and in snippet annotations.',
  },
  counts: {
    'pt-BR': '{total} regras: {hadolint} do hadolint, {buildkit} do BuildKit e {camadas} do Camadas.',
    en: '{total} rules: {hadolint} from hadolint, {buildkit} from BuildKit and {camadas} from Camadas.',
  },
  columns: { 'pt-BR': '| Id | Título | Severidade | Origem |', en: '| Id | Title | Severity | Origin |' },
  property: { 'pt-BR': 'Característica', en: 'Property' },
  value: { 'pt-BR': 'Valor', en: 'Value' },
  severity: { 'pt-BR': 'Severidade', en: 'Severity' },
  origin: { 'pt-BR': 'Origem', en: 'Origin' },
  alsoKnownAs: { 'pt-BR': 'Também conhecida como', en: 'Also known as' },
  scope: { 'pt-BR': 'Aplica-se a', en: 'Applies to' },
  scopeWhole: {
    'pt-BR': 'Dockerfiles inteiros (desligada em fragmentos sem `FROM`)',
    en: 'whole Dockerfiles (off for fragments without `FROM`)',
  },
  scopeInstruction: { 'pt-BR': 'Dockerfiles e fragmentos', en: 'Dockerfiles and fragments' },
  reference: { 'pt-BR': 'Referência', en: 'Reference' },
  autofix: { 'pt-BR': 'Correção automática', en: 'Automatic fix' },
  autofixYes: { 'pt-BR': 'sim (`camadas lint --fix`): {what}', en: 'yes (`camadas lint --fix`): {what}' },
  autofixNo: { 'pt-BR': 'não', en: 'no' },
  why: { 'pt-BR': 'Por que importa', en: 'Why it matters' },
  examples: { 'pt-BR': 'Exemplos', en: 'Examples' },
  bad: { 'pt-BR': 'Exemplo problemático', en: 'Problematic example' },
  good: { 'pt-BR': 'Exemplo correto', en: 'Correct example' },
  messagesTitle: { 'pt-BR': 'Mensagens', en: 'Messages' },
  suppress: { 'pt-BR': 'Como suprimir', en: 'How to suppress it' },
  suppressIntro: {
    'pt-BR':
      'Prefira corrigir. Quando a regra não se aplica ao seu caso, suprima-a de forma explícita, com um comentário dizendo por quê. No estilo do hadolint, `# hadolint ignore={ids}` vale para a instrução seguinte, e `# hadolint global ignore={ids}` vale para o arquivo todo:',
    en: 'Prefer fixing. When the rule does not apply to your case, suppress it explicitly, with a comment saying why. In hadolint style, `# hadolint ignore={ids}` applies to the next instruction and `# hadolint global ignore={ids}` to the whole file:',
  },
  suppressBuildkit: {
    'pt-BR':
      'No estilo do BuildKit, a diretiva `# check=skip={ids}` na primeira linha desliga a regra no arquivo todo (o `docker build --check` também a respeita para as verificações do BuildKit):',
    en: 'In BuildKit style, the `# check=skip={ids}` directive on the first line turns the rule off for the whole file (`docker build --check` honours it too for BuildKit checks):',
  },
  suppressConfig: {
    'pt-BR': 'Ou, para o projeto todo, no `.hadolint.yaml`:',
    en: 'Or, for the whole project, in `.hadolint.yaml`:',
  },
  differs: { 'pt-BR': 'Onde diferimos da referência', en: 'Where we differ from the reference' },
  needsConfig: {
    'pt-BR':
      'Esta regra só age quando configurada (por exemplo `trustedRegistries` ou `label-schema` no `.hadolint.yaml`), por isso os exemplos abaixo não são verificados com a configuração padrão do site.',
    en: 'This rule acts only when configured (for example `trustedRegistries` or `label-schema` in `.hadolint.yaml`), so the examples below are not checked with the site’s default configuration.',
  },
  optIn: {
    'pt-BR':
      'Esta regra vem desligada; ative-a com `override` no `.hadolint.yaml`. Por isso os exemplos abaixo não disparam com a configuração padrão do site.',
    en: 'This rule is off by default; turn it on with `override` in `.hadolint.yaml`. That is why the examples below do not fire with the site’s default configuration.',
  },
  aliasTitle: { 'pt-BR': '{alias}: verificado como {id}', en: '{alias}: checked as {id}' },
  aliasBody: {
    'pt-BR':
      'O hadolint chama esta verificação de `{alias}`. O BuildKit faz a mesma verificação com o nome `{id}`, e o Camadas a implementa uma vez só, para que você não veja o mesmo problema duas vezes: veja [{id}](./{id}.mdx). O id `{alias}` continua valendo em pragmas, na configuração e em `expect="…"`.',
    en: 'hadolint calls this check `{alias}`. BuildKit makes the same check under the name `{id}`, and Camadas implements it once, so you never see the same problem twice: see [{id}](./{id}.mdx). The id `{alias}` still works in pragmas, in the configuration and in `expect="…"`.',
  },
  experimental: {
    'pt-BR':
      'Esta é uma verificação experimental do BuildKit: ela só roda quando ativada com a diretiva `# check=experimental={id}` (ou `experimental=all`), por isso os exemplos problemáticos abaixo não são verificados com a configuração padrão do site.',
    en: 'This is an experimental BuildKit check: it runs only when turned on with the `# check=experimental={id}` directive (or `experimental=all`), so the problematic examples below are not checked with the site’s default configuration.',
  },
  dockerignore: {
    'pt-BR':
      'Esta regra lê o `.dockerignore` ao lado do Dockerfile (a CLI `camadas lint` o encontra sozinha). Os exemplos problemáticos supõem este `.dockerignore` e por isso não são verificados como trechos soltos:',
    en: 'This rule reads the `.dockerignore` next to the Dockerfile (the `camadas lint` CLI finds it by itself). The problematic examples assume this `.dockerignore`, so they are not checked as standalone snippets:',
  },
  examplesConfig: {
    'pt-BR': 'Os exemplos supõem esta configuração no `.hadolint.yaml`:',
    en: 'The examples assume this configuration in `.hadolint.yaml`:',
  },
  nolintReasonContext: {
    'pt-BR': 'o exemplo depende de configuração ou do .dockerignore; verificado pelos testes da regra',
    en: 'the example depends on configuration or on .dockerignore; checked by the rule tests',
  },
  openWithContext: {
    'pt-BR': 'Abrir no playground com este contexto',
    en: 'Open in the playground with this context',
  },
  nolintReasonSuppression: { 'pt-BR': 'sintaxe de supressão', en: 'suppression syntax' },
} as const satisfies Record<string, Record<Locale, string>>;

const severityNames: Record<string, Record<Locale, string>> = {
  error: { 'pt-BR': 'erro', en: 'error' },
  warning: { 'pt-BR': 'aviso', en: 'warning' },
  info: { 'pt-BR': 'informação', en: 'info' },
  style: { 'pt-BR': 'estilo', en: 'style' },
  off: { 'pt-BR': 'desligada (opcional)', en: 'off (opt-in)' },
};

const originNames: Record<string, Record<Locale, string>> = {
  hadolint: { 'pt-BR': 'hadolint', en: 'hadolint' },
  buildkit: { 'pt-BR': 'BuildKit (`docker build --check`)', en: 'BuildKit (`docker build --check`)' },
  camadas: { 'pt-BR': 'Camadas', en: 'Camadas' },
};

/** Escapes MDX-significant characters outside inline code spans. */
export function mdxText(value: string): string {
  return value
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[{}<>]/g, (c) => `&#${c.charCodeAt(0)};`)))
    .join('');
}

/** Placeholders that hold an optional tail (" (and 2 more)", " (`CMD [...]`)"): empty on the page. */
const OPTIONAL_TAILS = new Set(['more', 'suggestion']);
/** Placeholders that hold a number: shown as N. */
const NUMBERS = new Set(['line', 'lines', 'count', 'num', 'n']);

/**
 * A message template as readers of the "Messages" section should see it: no raw `{name}`. Optional tails
 * are dropped, numbers read N, other values read `<name>` inside code and _name_ in prose.
 */
export function readableTemplate(template: string): string {
  let inCode = false;
  let out = '';
  for (const part of template.split(/(`|\{\w+\})/)) {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    if (part === '`') inCode = !inCode;
    if (!name) out += part;
    else if (OPTIONAL_TAILS.has(name)) continue;
    else if (NUMBERS.has(name)) out += 'N';
    else out += inCode ? `<${name}>` : `_${name}_`;
  }
  return out;
}

const yamlString = (value: string) => JSON.stringify(value);

/**
 * "Edit this page" of a generated page opens the source it is generated from (the page itself is
 * git-ignored): a rule's file, the engine for DL1000, this generator for the index.
 */
const editUrl = (sourcePath: string) =>
  `custom_edit_url: ${yamlString(`${REPO_URL}/edit/main/${sourcePath}`)}`;
export const ruleSourcePath = (rule: Rule) => `src/lint/rules/${rule.id}.ts`;

/** First front-matter line of every generated file (a YAML comment: invisible on the page). */
const MARKER_LINE = `# ${GENERATED_MARKER} (edit src/lint/rules, not this file)`;

/** Titles may quote code in backquotes; front matter (page title, <title>, sidebar) shows plain text. */
const plain = (value: string) => value.replace(/`([^`]*)`/g, '$1');

function referenceUrl(rule: Rule): string | null {
  if (rule.origin === 'hadolint') return `https://github.com/hadolint/hadolint/wiki/${rule.id}`;
  if (rule.origin === 'buildkit') {
    const kebab = rule.id.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z])([A-Z][a-z])/g, '$1-$2');
    return `https://docs.docker.com/reference/build-checks/${kebab.toLowerCase()}/`;
  }
  return null;
}

/** The fence of a bad example: `expect` lists exactly what the engine finds in it (the rule itself included). */
function badFence(rule: Rule, example: string, locale: Locale): string {
  if (needsContext(rule)) return `nolint="${text.nolintReasonContext[locale]}"`;
  // The "### Problematic example" heading above says it: no second label inside the box.
  return `expect="${firedIds(rule, example).join(' ')}" label=false`;
}

/**
 * A bad example that fires only with some context (a configuration, an opt-in, an experimental check,
 * a .dockerignore) cannot be checked as a standalone snippet: the rule's own tests check it with that
 * context (tests/lint/rules.examples.test.ts); the page shows the context next to it.
 */
function needsContext(rule: Rule): boolean {
  return Boolean(
    rule.needsConfig ||
      rule.severity === 'off' ||
      rule.experimental ||
      rule.examplesConfig ||
      rule.examplesDockerignore,
  );
}

/** The rule's id first, then every other rule the example fires (what `expect` must list exactly). */
function firedIds(rule: Rule, example: string): string[] {
  const fired = new Set(lint(example).map((d) => d.rule));
  fired.delete(rule.id);
  return [rule.id, ...[...fired].sort()];
}

/**
 * The bad example with a suppression added. Rendered without annotation, so the build proves the
 * suppression works; if it does not (a pragma bug, caught by the rule-docs test), it is shown unchecked.
 */
function suppressionFence(code: string, locale: Locale): string {
  if (lint(code).length === 0) return fence('dockerfile', code);
  return fence(`dockerfile nolint="${text.nolintReasonSuppression[locale]}"`, code);
}

function fence(info: string, code: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${info}\n${code.replace(/\n+$/, '')}\n${ticks}`;
}

export function rulePage(rule: Rule, locale: Locale, position: number): string {
  const t = (key: keyof typeof text) => text[key][locale];
  const ids = [rule.id, ...(rule.aliases ?? [])].join(',');
  const lines: string[] = [
    '---',
    MARKER_LINE,
    `title: ${yamlString(`${rule.id}: ${plain(rule.title[locale])}`)}`,
    // The sidebar shows the page title, "<ID>: <title>", so readers can find a rule without its id.
    `description: ${yamlString(plain(rule.title[locale]))}`,
    `sidebar_position: ${position}`,
    editUrl(ruleSourcePath(rule)),
    '---',
    '',
    `| ${t('property')} | ${t('value')} |`,
    `|---|---|`,
    `| ${t('severity')} | ${severityNames[rule.severity][locale]} |`,
    `| ${t('origin')} | ${originNames[rule.origin][locale]} |`,
  ];
  if (rule.aliases?.length)
    lines.push(`| ${t('alsoKnownAs')} | ${rule.aliases.map((a) => `\`${a}\``).join(', ')} |`);
  lines.push(`| ${t('scope')} | ${rule.scope === 'whole-file' ? t('scopeWhole') : t('scopeInstruction')} |`);
  lines.push(
    `| ${t('autofix')} | ${rule.fix ? t('autofixYes').replace('{what}', mdxText(rule.fix[locale])) : t('autofixNo')} |`,
  );
  const url = referenceUrl(rule);
  if (url)
    lines.push(
      `| ${t('reference')} | [${rule.origin === 'hadolint' ? `hadolint ${rule.id}` : rule.id}](${url}) |`,
    );
  lines.push('', `## ${t('why')}`, '', mdxText(rule.rationale[locale]), '');

  lines.push(`## ${t('examples')}`, '');
  if (rule.needsConfig) lines.push(`:::note`, t('needsConfig'), `:::`, '');
  else if (rule.severity === 'off') lines.push(`:::note`, t('optIn'), `:::`, '');
  else if (rule.experimental)
    lines.push(`:::note`, formatMessage(t('experimental'), { id: rule.id }), `:::`, '');
  if (rule.examplesDockerignore !== undefined) {
    lines.push(t('dockerignore'), '', fence('text title=".dockerignore"', rule.examplesDockerignore), '');
  }
  if (rule.examplesConfig) {
    lines.push(
      t('examplesConfig'),
      '',
      fence('yaml title=".hadolint.yaml"', stringifyYaml(rule.examplesConfig)),
      '',
    );
  }
  rule.examples.bad.forEach((example, i) => {
    lines.push(`### ${t('bad')}${rule.examples.bad.length > 1 ? ` ${i + 1}` : ''}`, '');
    lines.push(fence(`dockerfile ${badFence(rule, example, locale)}`, example), '');
    // Not a linted snippet (no button): link to the playground with the context the example needs.
    if (needsContext(rule)) {
      const fragment = encodeState({ ...EMPTY_STATE, code: example, ...ruleExampleContext(rule) });
      lines.push(`<PlaygroundLink fragment="${fragment}">${t('openWithContext')}</PlaygroundLink>`, '');
    }
  });
  rule.examples.good.forEach((example, i) => {
    lines.push(`### ${t('good')}${rule.examples.good.length > 1 ? ` ${i + 1}` : ''}`, '');
    lines.push(fence('dockerfile', example), '');
  });

  lines.push(`## ${t('messagesTitle')}`, '');
  for (const template of Object.values(rule.messages) as Record<Locale, string>[]) {
    lines.push(`- ${mdxText(readableTemplate(template[locale]))}`);
  }
  lines.push('');

  lines.push(`## ${t('suppress')}`, '', formatMessage(t('suppressIntro'), { ids }), '');
  const example = rule.examples.bad[0] ?? '';
  const silenced = firedIds(rule, example);
  lines.push(suppressionFence(`# hadolint global ignore=${silenced.join(',')}\n${example}`, locale), '');
  lines.push(formatMessage(t('suppressBuildkit'), { ids }), '');
  lines.push(suppressionFence(`# check=skip=${silenced.join(',')}\n${example}`, locale), '');
  lines.push(t('suppressConfig'), '', fence('yaml', `ignored:\n  - ${rule.id}`), '');

  if (rule.differsFrom) lines.push(`## ${t('differs')}`, '', mdxText(rule.differsFrom[locale]), '');
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

export function aliasPage(alias: string, rule: Rule, locale: Locale): string {
  const params = { alias, id: rule.id };
  return [
    '---',
    MARKER_LINE,
    `title: ${yamlString(formatMessage(text.aliasTitle[locale], params))}`,
    `sidebar_label: ${yamlString(alias)}`,
    `description: ${yamlString(plain(rule.title[locale]))}`,
    'sidebar_class_name: rule-alias',
    'sidebar_position: 9999',
    editUrl(ruleSourcePath(rule)),
    '---',
    '',
    formatMessage(text.aliasBody[locale], params),
    '',
  ].join('\n');
}

export function indexPage(rules: readonly Rule[], locale: Locale): string {
  const count = (origin: string) => rules.filter((r) => r.origin === origin).length;
  const rows = rules.map(
    (r) =>
      `| [\`${r.id}\`](./${r.id}.mdx)${r.aliases?.length ? `<br />${r.aliases.map((a) => `\`${a}\``).join(', ')}` : ''} | ${mdxText(r.title[locale])} | ${severityNames[r.severity][locale]} | ${originNames[r.origin][locale]} |`,
  );
  return [
    '---',
    MARKER_LINE,
    `title: ${yamlString(text.indexTitle[locale])}`,
    `description: ${yamlString(text.indexDescription[locale])}`,
    'sidebar_position: 0',
    editUrl('plugins/rule-docs/generate.ts'),
    '---',
    '',
    text.indexIntro[locale],
    '',
    formatMessage(text.counts[locale], {
      total: rules.length,
      hadolint: count('hadolint'),
      buildkit: count('buildkit'),
      camadas: count('camadas'),
    }),
    '',
    // The class gives the table a layout that fits a phone (src/css/custom.css).
    '<div className="rules-index">',
    '',
    text.columns[locale],
    '|---|---|---|---|',
    ...rows,
    '',
    '</div>',
    '',
  ].join('\n');
}

const syntaxText = {
  intro: {
    'pt-BR':
      'O DL1000 não é uma regra que se liga ou desliga: é o relato de que o Docker não consegue ler o arquivo. O `docker build` para antes da primeira camada, e o Camadas mostra onde.',
    en: 'DL1000 is not a rule you turn on or off: it reports that Docker cannot read the file. `docker build` stops before the first layer, and Camadas shows where.',
  },
  cases: {
    'pt-BR': [
      'uma instrução desconhecida (`COPIE`, `RUNN`) ou sem argumentos (`RUN` sozinho, `ONBUILD` vazio);',
      'um heredoc sem fim (`RUN <<EOF` sem a linha `EOF`);',
      'um Dockerfile vazio ou só com comentários;',
      'um arquivo acima do limite de tamanho do Camadas (4 MiB ou 200 000 linhas), que não é verificado.',
    ],
    en: [
      'an unknown instruction (`COPIE`, `RUNN`) or one without arguments (`RUN` alone, an empty `ONBUILD`);',
      'an unterminated heredoc (`RUN <<EOF` without the `EOF` line);',
      'an empty Dockerfile, or one with only comments;',
      'a file above the Camadas size limit (4 MiB or 200 000 lines), which is not checked.',
    ],
  },
  showBroken: {
    'pt-BR':
      'Para mostrar um Dockerfile quebrado de propósito numa página, anote a cerca com `expect="DL1000"`, como no exemplo acima.',
    en: 'To show a deliberately broken Dockerfile on a page, annotate the fence with `expect="DL1000"`, as in the example above.',
  },
  covers: { 'pt-BR': 'O que é relatado', en: 'What is reported' },
} as const;

const SYNTAX_BAD = 'FROM debian:12-slim\nCOPIE . /app\n';
const SYNTAX_GOOD = 'FROM debian:12-slim\nCOPY . /app\n';

/** The page of DL1000, the syntax error the engine reports (ENGINE_DIAGNOSTICS), so its links lead somewhere. */
export function syntaxErrorPage(locale: Locale): string {
  const info = ENGINE_DIAGNOSTICS.find((d) => d.id === SYNTAX_ERROR_ID);
  if (!info) throw new Error('DL1000 is missing from ENGINE_DIAGNOSTICS');
  const t = (key: keyof typeof text) => text[key][locale];
  const fired = [...new Set(lint(SYNTAX_BAD).map((d) => d.rule))].sort();
  return [
    '---',
    MARKER_LINE,
    `title: ${yamlString(`${SYNTAX_ERROR_ID}: ${info.title[locale]}`)}`,
    `description: ${yamlString(info.title[locale])}`,
    'sidebar_position: 0.5',
    editUrl('src/lint/engine.ts'),
    '---',
    '',
    `| ${t('property')} | ${t('value')} |`,
    '|---|---|',
    `| ${t('severity')} | ${severityNames[info.severity][locale]} |`,
    `| ${t('origin')} | ${originNames.hadolint[locale]} |`,
    `| ${t('scope')} | ${t('scopeInstruction')} |`,
    '',
    `## ${t('why')}`,
    '',
    mdxText(info.rationale[locale]),
    '',
    syntaxText.intro[locale],
    '',
    `## ${syntaxText.covers[locale]}`,
    '',
    ...syntaxText.cases[locale].map((c) => `- ${c}`),
    '',
    `## ${t('examples')}`,
    '',
    `### ${t('bad')}`,
    '',
    fence(`dockerfile expect="${fired.join(' ')}" label=false`, SYNTAX_BAD),
    '',
    `### ${t('good')}`,
    '',
    fence('dockerfile', SYNTAX_GOOD),
    '',
    syntaxText.showBroken[locale],
    '',
  ].join('\n');
}

/** Sorted like a reader expects: DL rules in numeric order, then BuildKit names, then CAM rules. */
export function sortRules(rules: readonly Rule[]): Rule[] {
  const rank = (r: Rule) => (r.origin === 'hadolint' ? 0 : r.origin === 'buildkit' ? 1 : 2);
  return [...rules].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
}

/** All generated files, by path relative to the site directory. */
export function ruleDocFiles(rules: readonly Rule[] = registeredRules): Map<string, string> {
  const files = new Map<string, string>();
  const sorted = sortRules(rules);
  files.set(
    join('docs', RULES_DIR, '_category_.yml'),
    `---\n${MARKER_LINE}\nlabel: Regras\nposition: 50\ncollapsed: true\n`,
  );
  for (const [locale, base] of [
    ['pt-BR', 'docs'],
    ['en', EN_DOCS],
  ] as const) {
    const dir = join(base, RULES_DIR);
    files.set(join(dir, 'index.mdx'), indexPage(sorted, locale));
    files.set(join(dir, `${SYNTAX_ERROR_ID}.mdx`), syntaxErrorPage(locale));
    sorted.forEach((rule, i) => {
      files.set(join(dir, `${rule.id}.mdx`), rulePage(rule, locale, i + 1));
      for (const alias of rule.aliases ?? [])
        files.set(join(dir, `${alias}.mdx`), aliasPage(alias, rule, locale));
    });
  }
  return files;
}

/** The folders the generator writes into, relative to the site directory. */
export const RULE_DOC_DIRS: readonly string[] = [join('docs', RULES_DIR), join(EN_DOCS, RULES_DIR)];

/** Written by an earlier version of this generator, which marked the folder instead of each file. */
const LEGACY_FOLDER_MARKER = '.camadas-generated';

export interface WriteReport {
  /** Files created or changed. */
  written: string[];
  /** Generated files of rules that no longer exist, removed. */
  removed: string[];
  /** Paths the generator wanted but that hold a file it did not write: left alone. */
  foreign: string[];
}

/** A regular file (not a link, not a folder) whose first bytes carry the marker. */
function ownedBy(full: string, legacy: boolean, legacyNames: ReadonlySet<string>, name: string): boolean {
  try {
    if (!lstatSync(full).isFile()) return false;
    const head = readFileSync(full, 'utf8').slice(0, 2000);
    if (isGeneratedPage(head)) return true;
    // the earlier generator's pages (the folder held its marker file) are ours to replace
    return legacy && legacyNames.has(name);
  } catch {
    return false;
  }
}

/**
 * Writes the pages: creates missing ones, rewrites its own when their content changed (so dev-server
 * watchers stay calm), removes its own pages of rules that are gone. A file it did not write is never
 * overwritten nor deleted (it is reported in `foreign`); sub-folders are left alone.
 */
export function writeRuleDocs(siteDir: string, rules: readonly Rule[] = registeredRules): WriteReport {
  // The only hook of the guide backlinks (plugins/rule-docs/backlinks.ts): a section per rule page.
  const files = withGuideBacklinks(ruleDocFiles(rules), siteDir, rules);
  const report: WriteReport = { written: [], removed: [], foreign: [] };
  /** Pages of the earlier generator (its folder marker is there): replaced like our own. */
  const legacyOwned = new Set<string>();
  for (const base of RULE_DOC_DIRS) {
    const dir = join(siteDir, base);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue; // not there yet
    }
    const legacy = names.includes(LEGACY_FOLDER_MARKER);
    const legacyNames = new Set([
      ...[...files.keys()].filter((p) => p.startsWith(base)).map((p) => p.slice(base.length + 1)),
      '_category_.json',
      LEGACY_FOLDER_MARKER,
    ]);
    if (legacy) for (const name of legacyNames) legacyOwned.add(join(base, name));
    for (const name of names) {
      const rel = join(base, name);
      if (files.has(rel)) continue;
      if (ownedBy(join(dir, name), legacy, legacyNames, name)) {
        rmSync(join(dir, name));
        report.removed.push(rel);
      }
    }
  }
  for (const [path, content] of files) {
    const full = join(siteDir, path);
    let existing: string | null = null;
    try {
      existing = lstatSync(full).isFile() ? readFileSync(full, 'utf8') : '';
    } catch {
      existing = null; // missing
    }
    if (existing === content) continue;
    if (existing !== null && !isGeneratedPage(existing) && !legacyOwned.has(path)) {
      report.foreign.push(path);
      continue;
    }
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, content);
    report.written.push(path);
  }
  return report;
}
