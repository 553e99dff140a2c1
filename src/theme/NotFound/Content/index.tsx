/**
 * The 404 page: says what happened and offers the way on (the docs, the rules, a search for the words
 * of the missing address). A host that serves the root 404 page for every miss gives an /en/… reader the
 * Portuguese app; that reader also gets the same help in English, with links to the English site.
 */
import Link from '@docusaurus/Link';
import { useLocation } from '@docusaurus/router';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import clsx from 'clsx';
import type { ReactNode } from 'react';

/** The words of the missing address ("/docs/imagens/camadas-x" → "imagens camadas x"), for a search. */
export function wordsOfPath(pathname: string): string {
  const segments = pathname.split('/').filter((s) => s && s !== 'en' && s !== 'docs' && s !== '404.html');
  let words = '';
  try {
    words = segments.map((s) => decodeURIComponent(s)).join(' ');
  } catch {
    words = segments.join(' ');
  }
  return words
    .replace(/\.html?$/, '')
    .replace(/[-_.]+/g, ' ')
    .trim();
}

function searchHref(prefix: string, words: string): string {
  return words ? `${prefix}/search?q=${encodeURIComponent(words)}` : `${prefix}/search`;
}

export default function NotFoundContent({ className }: { className?: string }): ReactNode {
  const { pathname } = useLocation();
  const { i18n } = useDocusaurusContext();
  const words = wordsOfPath(pathname);
  const englishMiss = i18n.currentLocale !== 'en' && /^\/en(\/|$)/.test(pathname);
  return (
    <main className={clsx('container margin-vert--xl', className)}>
      <div className="row">
        <div className="col col--6 col--offset-3">
          <Heading as="h1" className="hero__title">
            <Translate id="theme.NotFound.title" description="The title of the 404 page">
              Página não encontrada
            </Translate>
          </Heading>
          <p>
            <Translate id="notFound.intro">
              Não há nada neste endereço. Talvez a página tenha mudado de nome; estes caminhos levam ao
              conteúdo:
            </Translate>
          </p>
          <ul>
            <li>
              <Link to={searchHref('', words)}>
                <Translate id="notFound.search">Buscar no site</Translate>
              </Link>
              {words ? <> (“{words}”)</> : null}
            </li>
            <li>
              <Link to="/docs/intro">
                <Translate id="notFound.docs">Começar pela introdução da documentação</Translate>
              </Link>
            </li>
            <li>
              <Link to="/docs/rules">
                <Translate id="notFound.rules">Ver a referência de regras do lint</Translate>
              </Link>
            </li>
            <li>
              <Link to="/">
                <Translate id="notFound.home">Voltar à página inicial</Translate>
              </Link>
            </li>
          </ul>
          {englishMiss ? (
            <section lang="en" aria-labelledby="not-found-en">
              <Heading as="h2" id="not-found-en">
                Page not found
              </Heading>
              <p>There is nothing at this address. These links lead to the English pages:</p>
              <ul>
                <li>
                  <a href={searchHref('/en', words)}>Search the site</a>
                </li>
                <li>
                  <a href="/en/docs/intro">Start with the introduction</a>
                </li>
                <li>
                  <a href="/en/docs/rules">See the lint rule reference</a>
                </li>
              </ul>
            </section>
          ) : null}
        </div>
      </div>
    </main>
  );
}
