/** The search UI's words, in pt-BR (default) and en (i18n/en/code.json). */
import { translate } from '@docusaurus/Translate';

export const searchStrings = {
  button: () => translate({ id: 'search.button', message: 'Buscar' }),
  dialogLabel: () => translate({ id: 'search.dialog.label', message: 'Buscar na documentação' }),
  placeholder: () => translate({ id: 'search.placeholder', message: 'Buscar: camadas, COPY, DL3008…' }),
  close: () => translate({ id: 'search.close', message: 'Fechar' }),
  loading: () => translate({ id: 'search.loading', message: 'Carregando o índice…' }),
  error: () =>
    translate({
      id: 'search.error',
      message: 'Não foi possível carregar a busca. Verifique a conexão e tente de novo.',
    }),
  noResults: (query: string) =>
    translate({ id: 'search.noResults', message: 'Nenhum resultado para “{query}”.' }, { query }),
  otherLocale: () =>
    translate({
      id: 'search.otherLocale',
      message: 'Nada nas páginas em português, mas há resultados nas páginas em inglês:',
    }),
  tryTerms: () => translate({ id: 'search.tryTerms', message: 'Experimente:' }),
  recent: () => translate({ id: 'search.recent', message: 'Buscas recentes' }),
  clearRecent: () => translate({ id: 'search.recent.clear', message: 'Limpar' }),
  seeAll: (query: string) =>
    translate({ id: 'search.seeAll', message: 'Ver todos os resultados de “{query}”' }, { query }),
  resultsLabel: () => translate({ id: 'search.results.label', message: 'Resultados' }),
  hintNavigate: () => translate({ id: 'search.hint.navigate', message: 'navegar' }),
  hintOpen: () => translate({ id: 'search.hint.open', message: 'abrir' }),
  hintClose: () => translate({ id: 'search.hint.close', message: 'fechar' }),
  poweredLocal: () => translate({ id: 'search.powered.local', message: 'Busca local, funciona offline' }),
  poweredAlgolia: () => translate({ id: 'search.powered.algolia', message: 'Busca por Algolia' }),
  pageTitle: () => translate({ id: 'search.page.title', message: 'Buscar' }),
  pageTitleQuery: (query: string) =>
    translate({ id: 'search.page.titleQuery', message: 'Resultados para “{query}”' }, { query }),
  pageDescription: () =>
    translate({
      id: 'search.page.description',
      message:
        'Busque nas páginas do Camadas: imagens, camadas, contêineres, Dockerfile e as regras do linter.',
    }),
  pageCount: (count: number) =>
    translate({ id: 'search.page.count', message: '{count} seções encontradas' }, { count: String(count) }),
  pageCountCapped: (count: number) =>
    translate(
      { id: 'search.page.countCapped', message: 'Os {count} melhores resultados' },
      { count: String(count) },
    ),
  pageIntro: () =>
    translate({
      id: 'search.page.intro',
      message: 'Digite uma palavra, um comando, uma instrução do Dockerfile ou o id de uma regra.',
    }),
};

/** Terms offered when the box is empty or a query finds nothing: one of each kind a reader can search. */
export function suggestedTerms(locale: string): string[] {
  return locale === 'en'
    ? ['layers', 'copy-on-write', 'multi-stage', 'HEALTHCHECK', 'DL3008', 'non-root user']
    : ['camadas', 'copy-on-write', 'multiestágio', 'HEALTHCHECK', 'DL3008', 'usuário não root'];
}
