import type * as Preset from '@docusaurus/preset-classic';
import type { Config } from '@docusaurus/types';
import { themes as prismThemes } from 'prism-react-renderer';

// The repository that "Edit this page" links point to. Forks and mirrors set CAMADAS_REPO_URL.
const repoUrl = (process.env.CAMADAS_REPO_URL ?? 'https://github.com/camadas-docs/camadas').replace(
  /\/$/,
  '',
);
const siteUrl = process.env.CAMADAS_SITE_URL ?? 'https://camadas.dev';

const config: Config = {
  title: 'Camadas',
  tagline: 'Imagens, camadas e contêineres Docker, com cada Dockerfile verificado',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl: '/',
  trailingSlash: false,

  // Docusaurus v4 flags; `v4: true` also turns on Docusaurus Faster (Rspack + SWC).
  future: { v4: true },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  i18n: {
    defaultLocale: 'pt-BR',
    locales: ['pt-BR', 'en'],
    localeConfigs: {
      'pt-BR': { label: 'Português (Brasil)', htmlLang: 'pt-BR' },
      en: { label: 'English', htmlLang: 'en' },
    },
  },

  markdown: {
    mermaid: true,
    hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
  },
  themes: ['@docusaurus/theme-mermaid'],

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          // pt-BR lives in docs/, English in i18n/en/…; link each locale to its own file.
          editUrl: ({ locale, docPath }) =>
            locale === 'pt-BR'
              ? `${repoUrl}/edit/main/docs/${docPath}`
              : `${repoUrl}/edit/main/i18n/${locale}/docusaurus-plugin-content-docs/current/${docPath}`,
          showLastUpdateTime: true,
        },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
        sitemap: { changefreq: 'weekly', priority: 0.5, filename: 'sitemap.xml' },
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    image: 'img/social-card.png',
    metadata: [
      { name: 'keywords', content: 'docker, dockerfile, hadolint, buildkit, contêiner, imagem, camadas' },
    ],
    colorMode: { respectPrefersColorScheme: true },
    navbar: {
      title: 'Camadas',
      logo: { alt: 'Camadas', src: 'img/logo.svg' },
      items: [
        { type: 'docSidebar', sidebarId: 'docs', position: 'left', label: 'Documentação' },
        { type: 'localeDropdown', position: 'right' },
        { href: repoUrl, label: 'GitHub', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Documentação',
          items: [
            { label: 'Introdução', to: '/docs/intro' },
            { label: 'Como contribuir com um exemplo', to: '/docs/contributing/add-an-example' },
          ],
        },
        {
          title: 'Referências',
          items: [
            { label: 'Docker Docs', href: 'https://docs.docker.com/' },
            { label: 'Dockerfile reference', href: 'https://docs.docker.com/reference/dockerfile/' },
            { label: 'Build checks', href: 'https://docs.docker.com/reference/build-checks/' },
          ],
        },
        {
          title: 'Projeto',
          items: [{ label: 'GitHub', href: repoUrl }],
        },
      ],
      copyright: `Camadas — conteúdo e código abertos. Docker é uma marca da Docker, Inc.`,
    },
    prism: {
      theme: prismThemes.github,
      darkTheme: prismThemes.dracula,
      additionalLanguages: ['docker', 'bash', 'json', 'yaml'],
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
