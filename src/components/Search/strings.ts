/**
 * The search UI's words, in pt-BR and en. Only the navbar button's three (`navbarSearchStrings`) are in
 * i18n/<locale>/code.json, which Docusaurus puts in the main bundle of every page; the rest are tables
 * here, imported only by the dialog's chunk and the /search page (`useSearchStrings`, useStrings.ts),
 * like the playground's strings.
 * tests/search/strings.test.ts checks that both tables have the same entries, translated.
 */
import { translate } from '@docusaurus/Translate';
import type { SearchLocale } from '../../search/types';

/** The navbar button and the box shown while the dialog loads: on every page, so in code.json. */
export const navbarSearchStrings = {
  button: () => translate({ id: 'search.button', message: 'Buscar' }),
  dialogLabel: () => translate({ id: 'search.dialog.label', message: 'Buscar na documentação' }),
  placeholder: () => translate({ id: 'search.placeholder', message: 'Buscar: camadas, COPY, DL3008…' }),
};

const ptBR = {
  close: () => 'Fechar',
  loading: () => 'Carregando o índice…',
  error: () => 'Não foi possível carregar a busca. Verifique a conexão e tente de novo.',
  noResults: (query: string) => `Nenhum resultado para “${query}”.`,
  otherLocale: () => 'Nada nas páginas em português, mas há resultados nas páginas em inglês:',
  tryTerms: () => 'Experimente:',
  recent: () => 'Buscas recentes',
  clearRecent: () => 'Limpar',
  seeAll: (query: string) => `Ver todos os resultados de “${query}”`,
  resultsLabel: () => 'Resultados',
  hintNavigate: () => 'navegar',
  hintOpen: () => 'abrir',
  hintClose: () => 'fechar',
  poweredLocal: () => 'Busca local, funciona offline',
  poweredAlgolia: () => 'Busca por Algolia',
  pageTitle: () => 'Buscar',
  pageTitleQuery: (query: string) => `Resultados para “${query}”`,
  pageDescription: () =>
    'Busque nas páginas do Camadas: imagens, camadas, contêineres, Dockerfile e as regras do linter.',
  pageCount: (count: number) => `${count} seções encontradas`,
  pageCountCapped: (count: number) => `Os ${count} melhores resultados`,
  pageIntro: () => 'Digite uma palavra, um comando, uma instrução do Dockerfile ou o id de uma regra.',
};

export type SearchStrings = typeof ptBR;

const en: SearchStrings = {
  close: () => 'Close',
  loading: () => 'Loading the index…',
  error: () => 'Search could not be loaded. Check your connection and try again.',
  noResults: (query: string) => `No results for “${query}”.`,
  otherLocale: () => 'Nothing on the English pages, but the Portuguese pages have results:',
  tryTerms: () => 'Try:',
  recent: () => 'Recent searches',
  clearRecent: () => 'Clear',
  seeAll: (query: string) => `See all results for “${query}”`,
  resultsLabel: () => 'Results',
  hintNavigate: () => 'move',
  hintOpen: () => 'open',
  hintClose: () => 'close',
  poweredLocal: () => 'Local search, works offline',
  poweredAlgolia: () => 'Search by Algolia',
  pageTitle: () => 'Search',
  pageTitleQuery: (query: string) => `Results for “${query}”`,
  pageDescription: () =>
    "Search the Camadas pages: images, layers, containers, the Dockerfile and the linter's rules.",
  pageCount: (count: number) => `${count} sections found`,
  pageCountCapped: (count: number) => `The best ${count} results`,
  pageIntro: () => 'Type a word, a command, a Dockerfile instruction or a rule id.',
};

export const SEARCH_STRINGS: Record<SearchLocale, SearchStrings> = { 'pt-BR': ptBR, en };

export function searchStringsFor(locale: string): SearchStrings {
  return locale === 'en' ? en : ptBR;
}

/** Terms offered when the box is empty or a query finds nothing: one of each kind a reader can search. */
export function suggestedTerms(locale: string): string[] {
  return locale === 'en'
    ? ['layers', 'copy-on-write', 'multi-stage', 'HEALTHCHECK', 'DL3008', 'non-root user']
    : ['camadas', 'copy-on-write', 'multiestágio', 'HEALTHCHECK', 'DL3008', 'usuário não root'];
}
