import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import styles from './index.module.css';

interface Feature {
  title: ReactNode;
  body: ReactNode;
}

const features: Feature[] = [
  {
    title: <Translate id="home.feature.learn.title">Aprenda o que a imagem realmente é</Translate>,
    body: (
      <Translate id="home.feature.learn.body">
        Camadas, configuração e manifesto; contêineres como processos isolados do host; o Dockerfile instrução
        por instrução; o build, o cache e as boas práticas, cada uma com o exemplo ruim e o corrigido; tudo
        com comandos que você roda para ver cada fato.
      </Translate>
    ),
  },
  {
    title: <Translate id="home.feature.verified.title">Cada Dockerfile é verificado</Translate>,
    body: (
      <Translate id="home.feature.verified.body">
        Todo trecho de Dockerfile do site passa pelo nosso próprio linter durante o build, com as regras do
        hadolint, as verificações do BuildKit (docker build --check) e regras próprias. Um exemplo ruim de
        propósito diz quais regras quebra, e o build confere que são exatamente essas.
      </Translate>
    ),
  },
  {
    title: <Translate id="home.feature.bilingual.title">Em português e em inglês</Translate>,
    body: (
      <Translate id="home.feature.bilingual.body">
        Cada página existe nos dois idiomas, com a mesma estrutura e o mesmo código. Troque de idioma em
        qualquer página e continue no mesmo lugar.
      </Translate>
    ),
  },
];

export default function Home(): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  return (
    <Layout
      title={translate({ id: 'home.meta.title', message: 'Imagens, camadas e contêineres Docker' })}
      description={translate({
        id: 'home.meta.description',
        message:
          'Guia bilíngue sobre imagens, camadas, contêineres e boas práticas de Dockerfile, com cada exemplo verificado por um linter no build.',
      })}
    >
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            {siteConfig.title}
          </Heading>
          <p className={styles.tagline}>
            <Translate id="home.tagline">
              Imagens, camadas e contêineres Docker explicados com precisão, com cada Dockerfile verificado.
            </Translate>
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to="/docs/intro">
              <Translate id="home.cta.start">Comece pela introdução</Translate>
            </Link>
            <Link className="button button--secondary button--lg" to="/docs/category/dockerfile">
              <Translate id="home.cta.dockerfile">O Dockerfile instrução por instrução</Translate>
            </Link>
            <Link className="button button--secondary button--lg" to="/docs/category/build">
              <Translate id="home.cta.build">Como o build funciona</Translate>
            </Link>
            <Link className="button button--secondary button--lg" to="/docs/category/best-practices">
              <Translate id="home.cta.bestPractices">Boas práticas, com exemplos verificados</Translate>
            </Link>
            <Link className="button button--secondary button--lg" to="/docs/contributing/add-an-example">
              <Translate id="home.cta.contribute">Contribua com um exemplo</Translate>
            </Link>
          </div>
        </div>
      </header>
      <main className="container">
        <section className={styles.features}>
          {features.map((feature, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: static list
            <div key={index} className={styles.feature}>
              <Heading as="h2">{feature.title}</Heading>
              <p>{feature.body}</p>
            </div>
          ))}
        </section>
        <section className={styles.verified}>
          <Heading as="h2">
            <Translate id="home.how.title">Como os exemplos são verificados</Translate>
          </Heading>
          <ol>
            <li>
              <Translate id="home.how.step1">
                Quem escreve marca cada bloco de código Dockerfile: sem marcação, ele precisa passar limpo;
                com expect, ele é um exemplo ruim e lista as regras que quebra.
              </Translate>
            </li>
            <li>
              <Translate id="home.how.step2">
                No build do site, um plugin remark roda o motor de lint em cada bloco, nos dois idiomas.
              </Translate>
            </li>
            <li>
              <Translate id="home.how.step3">
                Qualquer achado inesperado derruba o build com arquivo, linha, coluna e regra; nada publicado
                ensina um Dockerfile que quebra as regras do próprio site.
              </Translate>
            </li>
          </ol>
        </section>
      </main>
    </Layout>
  );
}
