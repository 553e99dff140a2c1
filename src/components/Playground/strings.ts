/** The playground's words, in pt-BR (default) and en (i18n/en/code.json). */
import { translate } from '@docusaurus/Translate';

export const playgroundStrings = {
  title: () => translate({ id: 'playground.title', message: 'Playground: teste seu Dockerfile' }),
  description: () =>
    translate({
      id: 'playground.description',
      message:
        'Escreva ou cole um Dockerfile e veja, enquanto digita, o que as regras do Camadas dizem dele. Tudo roda no seu navegador: nada é enviado.',
    }),
  loading: () => translate({ id: 'playground.loading', message: 'Carregando o editor e o lint…' }),
  loadError: () =>
    translate({
      id: 'playground.loadError',
      message: 'Não foi possível carregar o playground. Verifique a conexão e recarregue a página.',
    }),
  editorLabel: () => translate({ id: 'playground.editor.label', message: 'Editor do Dockerfile' }),
  examples: () => translate({ id: 'playground.examples', message: 'Exemplos das regras' }),
  examplesPlaceholder: () =>
    translate({ id: 'playground.examples.placeholder', message: 'Abrir um exemplo…' }),
  options: () => translate({ id: 'playground.options', message: 'Opções' }),
  threshold: () => translate({ id: 'playground.threshold', message: 'Limite de falha' }),
  thresholdDefault: () =>
    translate({ id: 'playground.threshold.default', message: 'o da configuração (padrão: info)' }),
  thresholdNone: () => translate({ id: 'playground.threshold.none', message: 'nunca falhar (none)' }),
  ignored: () => translate({ id: 'playground.ignored', message: 'Regras ignoradas' }),
  ignoredHint: () =>
    translate({
      id: 'playground.ignored.hint',
      message: 'ids separados por vírgula ou espaço, ex.: DL3008, DL3015',
    }),
  unknownIds: (ids: string) =>
    translate(
      { id: 'playground.ignored.unknown', message: 'Id desconhecido (não ignora nada): {ids}' },
      { ids },
    ),
  config: () => translate({ id: 'playground.config', message: '.hadolint.yaml (configuração)' }),
  dockerignore: () =>
    translate({ id: 'playground.dockerignore', message: '.dockerignore (para CopyIgnoredFile)' }),
  findings: () => translate({ id: 'playground.findings', message: 'Achados' }),
  noFindings: () =>
    translate({ id: 'playground.findings.none', message: 'Nenhum achado: nenhuma regra dispara.' }),
  linting: () => translate({ id: 'playground.linting', message: 'analisando…' }),
  count: (count: number) =>
    translate({ id: 'playground.findings.count', message: '{count} achado(s)' }, { count }),
  fails: (threshold: string) =>
    translate(
      { id: 'playground.fails', message: '✗ `camadas lint` falharia (limite: {threshold})' },
      { threshold },
    ),
  passes: (threshold: string) =>
    translate(
      { id: 'playground.passes', message: '✓ `camadas lint` passaria (limite: {threshold})' },
      { threshold },
    ),
  lineColumn: (line: number, column: number) =>
    translate({ id: 'playground.lineColumn', message: 'linha {line}, coluna {column}' }, { line, column }),
  goTo: (line: number, column: number) =>
    translate(
      { id: 'playground.goTo', message: 'Levar o cursor à linha {line}, coluna {column}' },
      { line, column },
    ),
  configProblems: () =>
    translate({ id: 'playground.config.problems', message: 'Problemas no .hadolint.yaml:' }),
  summary: () => translate({ id: 'playground.summary', message: 'Estágios e camadas' }),
  fragment: () =>
    translate({
      id: 'playground.summary.fragment',
      message: 'Fragmento (sem FROM): as regras de arquivo inteiro não rodam.',
    }),
  summaryTotals: (layers: number, metadata: number) =>
    translate(
      {
        id: 'playground.summary.totals',
        message:
          'camadas no BuildKit (RUN, COPY, ADD, WORKDIR): {layers}; instruções que só mudam metadados: {metadata}',
      },
      { layers, metadata },
    ),
  stage: () => translate({ id: 'playground.summary.stage', message: 'Estágio' }),
  base: () => translate({ id: 'playground.summary.base', message: 'Imagem base' }),
  layers: () => translate({ id: 'playground.summary.layers', message: 'Camadas' }),
  metadata: () => translate({ id: 'playground.summary.metadata', message: 'Metadados' }),
  line: () => translate({ id: 'playground.summary.line', message: 'Linha' }),
  share: () => translate({ id: 'playground.share', message: 'Copiar link' }),
  shared: () => translate({ id: 'playground.shared', message: 'Link copiado' }),
  shareHint: () =>
    translate({
      id: 'playground.share.hint',
      message: 'O endereço da página guarda o Dockerfile e as opções (comprimidos, só no # do link).',
    }),
  fixesBlocked: () =>
    translate({
      id: 'playground.fixes.blocked',
      message:
        'Correções automáticas ainda não existem: o motor de lint não oferece correções seguras por enquanto.',
    }),
  openInPlayground: () => translate({ id: 'playground.open', message: 'Abrir no playground' }),
};
