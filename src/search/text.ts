/**
 * How words become index terms, the same for the build, the browser and the CLI: lower-case, split
 * into words, drop stop words, stem with Snowball (Portuguese or English) and fold accents. Each word
 * is indexed twice, as its stem and as its folded surface form, so that stemming finds other
 * inflections (`camadas` → `camada`) while prefix search still works on what a reader is typing
 * (`imagen…` → `imagens`) and an accent-less query finds accented text (`orquestracao`).
 */
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemPortuguese } from '@orama/stemmers/portuguese';
import { stopwords as englishStopwords } from '@orama/stopwords/english';
import { stopwords as portugueseStopwords } from '@orama/stopwords/portuguese';
import type { SearchLocale } from './types';

/** Removes diacritics: `contêiner` → `conteiner`, `orquestração` → `orquestracao`. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

/**
 * Words as a reader types them: letters and digits, keeping inner dots of versions (`3.12`). Dashes,
 * slashes, `=` and `_` split (`--mount=type=cache` → mount, type, cache); a hyphenated word is also
 * kept whole (`apt-get` → apt-get, apt, get) so that it can be found either way.
 */
export function tokenize(text: string): string[] {
  const words: string[] = [];
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/gu)) {
    const word = match[0];
    if (word.includes('-')) {
      words.push(word);
      for (const part of word.split('-')) if (part) words.push(part);
    } else words.push(word);
  }
  return words;
}

const STOPWORDS: Record<SearchLocale, Set<string>> = {
  'pt-BR': new Set([...portugueseStopwords, ...englishStopwords].map(fold)),
  en: new Set([...englishStopwords, ...portugueseStopwords].map(fold)),
};

/**
 * Words that are stop words in prose but names in this domain: `from`, `as`, `on`, `do`, `run`… are
 * Dockerfile keywords or commands and must stay searchable.
 */
const DOMAIN_WORDS = new Set([
  'from',
  'as',
  'on',
  'to',
  'arg',
  'env',
  'add',
  'copy',
  'run',
  'user',
  'do',
  'up',
]);

export function isStopword(word: string, locale: SearchLocale): boolean {
  return STOPWORDS[locale].has(fold(word)) && !DOMAIN_WORDS.has(word);
}

/**
 * Portuguese queries are often typed without accents; Snowball's suffix rules expect them (`-ação`,
 * `-ões`). Restores the accent of the common endings of an accent-less word before stemming.
 */
function restorePortugueseAccents(word: string): string {
  if (word !== fold(word)) return word;
  return word
    .replace(/coes$/, 'ções')
    .replace(/cao$/, 'ção')
    .replace(/soes$/, 'sões')
    .replace(/sao$/, 'são')
    .replace(/oes$/, 'ões');
}

/**
 * Snowball's Portuguese stemmer leaves the `-ns` plural alone (`imagens`, `paisagens`), so its
 * singular is restored first: imagens → imagem, itens → item.
 */
function singularPortuguese(word: string): string {
  return word.length > 4 && word.endsWith('ns') ? `${word.slice(0, -2)}m` : word;
}

function stemWord(word: string, locale: SearchLocale): string {
  if (/\d/.test(word) || word.length < 3) return word;
  if (locale === 'pt-BR') return stemPortuguese(singularPortuguese(restorePortugueseAccents(word)));
  return stemEnglish(word);
}

/** Words repeat a lot (indexing, highlighting): Snowball runs once per distinct word and locale. */
const TERMS_CACHE_LIMIT = 50_000;
const termsCache: Record<SearchLocale, Map<string, string[]>> = { 'pt-BR': new Map(), en: new Map() };

/** The terms one word contributes to the index (or to a query): its folded stem and surface form. */
export function termsOf(word: string, locale: SearchLocale): string[] {
  const cache = termsCache[locale];
  let terms = cache.get(word);
  if (terms) return terms;
  const lower = word.toLowerCase();
  const surface = fold(lower);
  if (!surface) terms = [];
  else {
    const stem = fold(stemWord(lower, locale));
    terms = stem === surface ? [surface] : [surface, stem];
  }
  if (cache.size >= TERMS_CACHE_LIMIT) cache.clear();
  cache.set(word, terms);
  return terms;
}

/** Index-side term processing: stop words dropped, every other word as its terms. */
export function indexTerms(word: string, locale: SearchLocale): string[] | null {
  if (isStopword(word, locale)) return null;
  return termsOf(word, locale);
}
