import { describe, expect, it } from 'vitest';
import { fold, isStopword, termsOf, tokenize } from '../../src/search/text';

describe('accent folding', () => {
  it.each([
    ['orquestração', 'orquestracao'],
    ['contêiner', 'conteiner'],
    ['Äpfel ñandú', 'Apfel nandu'],
  ])('%s → %s', (input, folded) => expect(fold(input)).toBe(folded));
});

describe('tokenize', () => {
  it('splits flags into their words and keeps hyphenated words whole too', () => {
    expect(tokenize('--mount=type=cache')).toEqual(['mount', 'type', 'cache']);
    expect(tokenize('apt-get install')).toEqual(['apt-get', 'apt', 'get', 'install']);
  });
  it('keeps version numbers with their dots', () => {
    expect(tokenize('python:3.12-slim')).toContain('3.12-slim');
  });
});

/** Two words share a term when one finds the other. */
const meet = (a: string, b: string, locale: 'pt-BR' | 'en') =>
  termsOf(a, locale).some((term) => termsOf(b, locale).includes(term));

describe('Portuguese stemming', () => {
  it.each([
    ['imagens', 'imagem'],
    ['paisagens', 'paisagem'],
    ['camadas', 'camada'],
    ['contêineres', 'contêiner'],
    ['construindo', 'construir'],
    ['orquestracao', 'orquestração'],
    ['orquestrações', 'orquestração'],
  ])('%s finds %s', (a, b) => expect(meet(a, b, 'pt-BR')).toBe(true));

  it('does not conflate unrelated words', () => {
    expect(meet('imagem', 'imaginar', 'pt-BR')).toBe(false);
    expect(meet('rede', 'registro', 'pt-BR')).toBe(false);
  });
});

describe('English stemming', () => {
  it.each([
    ['layers', 'layer'],
    ['building', 'builds'],
    ['containers', 'container'],
    ['pinning', 'pinned'],
  ])('%s finds %s', (a, b) => expect(meet(a, b, 'en')).toBe(true));
});

describe('stop words', () => {
  it('drops prose words of both languages', () => {
    expect(isStopword('entre', 'pt-BR')).toBe(true);
    expect(isStopword('the', 'en')).toBe(true);
    expect(isStopword('the', 'pt-BR')).toBe(true);
  });
  it('keeps Dockerfile keywords that look like stop words', () => {
    for (const word of ['from', 'as', 'run', 'user', 'copy', 'on'])
      expect(isStopword(word, 'en')).toBe(false);
  });
});
