/**
 * The playground's words, in pt-BR and en. They live here, not in i18n/<locale>/code.json, because
 * Docusaurus puts every code.json string in the main bundle of every page: as a table imported only
 * by the playground's own chunks, no other page carries them. The locale is the site's
 * (`usePlaygroundStrings`, in useStrings.ts); tests/playground/strings.test.ts checks that both
 * tables have the same entries and that the English ones are translated.
 */
import type { Locale } from '../../lint/types';

const ptBR = {
  title: () => 'Playground: teste seu Dockerfile',
  description: () =>
    'Escreva ou cole um Dockerfile e veja, enquanto digita, o que as regras do Camadas dizem dele. Tudo roda no seu navegador: nada é enviado.',
  loading: () => 'Carregando o editor e o lint…',
  loadError: () => 'Não foi possível carregar o playground. Verifique a conexão e recarregue a página.',
  editorLabel: () => 'Editor do Dockerfile',
  examples: () => 'Exemplos',
  examplesPlaceholder: () => 'Abrir um exemplo…',
  examplesLoading: () => 'Carregando os exemplos…',
  examplesRules: () => 'Exemplos das regras (o que dispara cada regra)',
  examplesDocs: () => 'Exemplos dos guias (validados no build)',
  examplesBad: () => 'exemplo problemático',
  options: () => 'Opções',
  threshold: () => 'Limite de falha',
  thresholdDefault: () => 'o da configuração (padrão: info)',
  thresholdNone: () => 'nunca falhar (none)',
  ignored: () => 'Regras ignoradas',
  ignoredHint: () => 'ids separados por vírgula ou espaço, ex.: DL3008, DL3015',
  unknownIds: (ids: string) => `Id desconhecido (não ignora nada): ${ids}`,
  config: () => '.hadolint.yaml (configuração)',
  dockerignore: () => '.dockerignore (para CopyIgnoredFile)',
  findings: () => 'Achados',
  noFindings: () => 'Nenhum achado: nenhuma regra dispara.',
  linting: () => 'analisando…',
  count: (count: number) => `${count} achado(s)`,
  moreFindings: (more: number, total: number) => `Mostrar mais ${more} (de ${total})`,
  fails: (threshold: string) => `✗ \`camadas lint\` falharia (limite: ${threshold})`,
  passes: (threshold: string) => `✓ \`camadas lint\` passaria (limite: ${threshold})`,
  lineColumn: (line: number, column: number) => `linha ${line}, coluna ${column}`,
  goTo: (line: number, column: number) => `Levar o cursor à linha ${line}, coluna ${column}`,
  configProblems: () => 'Problemas no .hadolint.yaml:',
  summary: () => 'Estágios e camadas',
  fragment: () => 'Fragmento (sem FROM): as regras de arquivo inteiro não rodam.',
  summaryTotals: (layers: number, metadata: number) =>
    `camadas no BuildKit (RUN, COPY, ADD, WORKDIR): ${layers}; instruções que só mudam metadados: ${metadata}`,
  stage: () => 'Estágio',
  base: () => 'Imagem base',
  layers: () => 'Camadas',
  metadata: () => 'Metadados',
  line: () => 'Linha',
  share: () => 'Copiar link',
  shared: () => 'Link copiado',
  shareHint: () => 'O endereço da página guarda o Dockerfile e as opções (comprimidos, só no # do link).',
  tooLarge: (limit: number) =>
    `Este texto é grande demais para um link (passaria de ${limit.toLocaleString('pt-BR')} caracteres comprimido), então o endereço da página não o guarda. Para compartilhá-lo, copie o texto ou baixe o Dockerfile.`,
  copyText: () => 'Copiar o texto',
  textCopied: () => 'Texto copiado',
  download: () => 'Baixar o Dockerfile',
  fix: () => 'corrigir',
  fixAction: () => 'Corrigir',
  fixTitle: (rule: string, line: number, column: number) =>
    `Aplicar a correção segura de ${rule} (linha ${line}, coluna ${column}); Ctrl+Z desfaz`,
  fixAll: (count: number) => `Corrigir tudo (${count})`,
  fixAllTitle: () =>
    'Aplicar todas as correções seguras, analisando de novo entre as rodadas; Ctrl+Z desfaz tudo de uma vez',
  fixed: (count: number) => `${count} correção(ões) aplicada(s). Ctrl+Z desfaz.`,
  fixesNone: () => 'Nenhum destes achados tem correção automática segura.',
  fixStale: () => 'O texto mudou desde a análise: espere os achados novos para corrigir.',
};

export type PlaygroundStrings = typeof ptBR;

const en: PlaygroundStrings = {
  title: () => 'Playground: try your Dockerfile',
  description: () =>
    'Write or paste a Dockerfile and see, as you type, what the Camadas rules say about it. Everything runs in your browser: nothing is sent anywhere.',
  loading: () => 'Loading the editor and the linter…',
  loadError: () => 'The playground could not be loaded. Check your connection and reload the page.',
  editorLabel: () => 'Dockerfile editor',
  examples: () => 'Examples',
  examplesPlaceholder: () => 'Open an example…',
  examplesLoading: () => 'Loading the examples…',
  examplesRules: () => 'Rule examples (what makes each rule fire)',
  examplesDocs: () => 'Guide examples (validated at build time)',
  examplesBad: () => 'problematic example',
  options: () => 'Options',
  threshold: () => 'Failure threshold',
  thresholdDefault: () => "the configuration's (default: info)",
  thresholdNone: () => 'never fail (none)',
  ignored: () => 'Ignored rules',
  ignoredHint: () => 'ids separated by commas or spaces, e.g. DL3008, DL3015',
  unknownIds: (ids: string) => `Unknown id (ignores nothing): ${ids}`,
  config: () => '.hadolint.yaml (configuration)',
  dockerignore: () => '.dockerignore (for CopyIgnoredFile)',
  findings: () => 'Findings',
  noFindings: () => 'No findings: no rule fires.',
  linting: () => 'linting…',
  count: (count: number) => `${count} finding(s)`,
  moreFindings: (more: number, total: number) => `Show ${more} more (of ${total})`,
  fails: (threshold: string) => `✗ \`camadas lint\` would fail (threshold: ${threshold})`,
  passes: (threshold: string) => `✓ \`camadas lint\` would pass (threshold: ${threshold})`,
  lineColumn: (line: number, column: number) => `line ${line}, column ${column}`,
  goTo: (line: number, column: number) => `Move the cursor to line ${line}, column ${column}`,
  configProblems: () => 'Problems in the .hadolint.yaml:',
  summary: () => 'Stages and layers',
  fragment: () => 'Fragment (no FROM): whole-file rules do not run.',
  summaryTotals: (layers: number, metadata: number) =>
    `layers in BuildKit (RUN, COPY, ADD, WORKDIR): ${layers}; metadata-only instructions: ${metadata}`,
  stage: () => 'Stage',
  base: () => 'Base image',
  layers: () => 'Layers',
  metadata: () => 'Metadata',
  line: () => 'Line',
  share: () => 'Copy link',
  shared: () => 'Link copied',
  shareHint: () =>
    "The page address keeps the Dockerfile and the options (compressed, only in the link's #).",
  tooLarge: (limit: number) =>
    `This text is too large for a link (it would exceed ${limit.toLocaleString('en')} characters compressed), so the page address does not keep it. To share it, copy the text or download the Dockerfile.`,
  copyText: () => 'Copy the text',
  textCopied: () => 'Text copied',
  download: () => 'Download the Dockerfile',
  fix: () => 'fix',
  fixAction: () => 'Fix',
  fixTitle: (rule: string, line: number, column: number) =>
    `Apply the safe fix of ${rule} (line ${line}, column ${column}); Ctrl+Z undoes it`,
  fixAll: (count: number) => `Fix all (${count})`,
  fixAllTitle: () => 'Apply every safe fix, linting again between rounds; Ctrl+Z undoes them all at once',
  fixed: (count: number) => `${count} fix(es) applied. Ctrl+Z undoes.`,
  fixesNone: () => 'None of these findings has a safe automatic fix.',
  fixStale: () => 'The text changed since the lint: wait for the new findings to fix.',
};

export const PLAYGROUND_STRINGS: Record<Locale, PlaygroundStrings> = { 'pt-BR': ptBR, en };

export function stringsFor(locale: string): PlaygroundStrings {
  return locale === 'en' ? en : ptBR;
}
