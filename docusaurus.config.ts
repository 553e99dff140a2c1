import type * as Preset from '@docusaurus/preset-classic';
import type { Config } from '@docusaurus/types';
import remarkCodeHighlight from './plugins/code-highlight/remark';
import remarkMermaidSvg from './plugins/mermaid-svg/remark';
import remarkDockerfileLint from './plugins/remark-dockerfile-lint';
import { ssrTemplate } from './plugins/ssr-template';
import type { Locale } from './src/lint/types';
import { darkCodeTheme, lightCodeTheme } from './src/prism-themes';
import { SearchConfigError, searchConfigFromEnv } from './src/search/config';
import type { SearchConfig } from './src/search/types';

import { REPO_URL as repoUrl, SITE_URL as siteUrl } from './src/site';

// Docusaurus loads this file once per locale; readers see lint messages in the locale being built.
const currentLocale = (process.env.DOCUSAURUS_CURRENT_LOCALE === 'en' ? 'en' : 'pt-BR') satisfies Locale;
// Extra Prism grammars, loaded at build time by plugins/code-highlight (the browser ships no Prism).
const additionalLanguages = ['docker', 'bash', 'json', 'yaml'];
// ```mermaid blocks become SVG drawn at build time (plugins/mermaid-svg): pages ship no diagram code.
// Every other fenced block is highlighted at build time (plugins/code-highlight), last.
const remarkPlugins = [
  [remarkDockerfileLint, { locale: currentLocale }],
  remarkMermaidSvg,
  [remarkCodeHighlight, { light: lightCodeTheme, dark: darkCodeTheme, additionalLanguages }],
];

// Offline search by default; Algolia when its three public settings are given (README, "Search").
let search: SearchConfig;
try {
  search = searchConfigFromEnv(process.env);
} catch (error) {
  if (!(error instanceof SearchConfigError)) throw error;
  process.stderr.write(`[camadas] ${error.message}\n`);
  process.exit(1);
}

/**
 * mvdan-sh (the shell parser, bundled into the playground's Web Worker) probes for `require` in a way
 * the bundler cannot follow. Harmless: the worker never runs during the build. Without this, every build
 * prints that warning with a screenful of minified source.
 */
function quietShellParserWarning() {
  return {
    name: 'camadas-quiet-shell-parser-warning',
    configureWebpack: () => ({
      ignoreWarnings: [
        (warning: { message?: string; moduleIdentifier?: string; module?: { identifier?: () => string } }) =>
          /Critical dependency: require function/.test(warning.message ?? '') &&
          /mvdan-sh/.test(
            warning.moduleIdentifier ?? warning.module?.identifier?.() ?? warning.message ?? '',
          ),
      ],
    }),
  };
}

const config: Config = {
  title: 'Camadas',
  tagline: 'Imagens, camadas e contêineres Docker, com cada Dockerfile verificado',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl: '/',
  // Scripts run after the first paint (plugins/ssr-template.ts); the banner would misread that as a broken base URL.
  ssrTemplate,
  baseUrlIssueBanner: false,
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
    hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
  },
  // The gate checks every Dockerfile snippet of every locale before bundling (fails `build`, warns in
  // `start`); rule-docs writes the rule reference pages (docs/rules/) from src/lint/rules;
  // rule-instructions feeds <RulesForInstruction>; search-index builds the per-locale search index;
  // mermaid-svg draws new or changed diagrams (needs Chromium) into its committed cache.
  plugins: [
    './plugins/remark-dockerfile-lint/gate.ts',
    './plugins/mermaid-svg/index.ts',
    './plugins/rule-docs/index.ts',
    './plugins/rule-instructions/index.ts',
    './plugins/search-index/index.ts',
    './plugins/playground-examples/index.ts',
    './plugins/code-highlight/index.ts',
    './plugins/compile-hints.ts',
    './plugins/deferred-updates/index.ts',
    './plugins/shallow-memo/index.ts',
    './plugins/yielding-entry/index.ts',
    './plugins/route-chunks/index.ts',
    quietShellParserWarning,
  ],
  // Pages are fetched ahead of a click on hover or touch, not whenever a link scrolls into view.
  clientModules: ['./src/client-modules/prefetch-on-intent.ts'],
  // Read by src/theme/SearchBar and src/pages/search.tsx; only public Algolia settings, never the admin key.
  customFields: { search },

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
          remarkPlugins,
        },
        pages: { remarkPlugins },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
        sitemap: { changefreq: 'weekly', priority: 0.5, filename: 'sitemap.xml' },
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    image: 'img/social-card.png',
    metadata: [
      {
        name: 'keywords',
        content:
          currentLocale === 'en'
            ? 'docker, dockerfile, hadolint, buildkit, container, image, layers'
            : 'docker, dockerfile, hadolint, buildkit, contêiner, imagem, camadas',
      },
    ],
    colorMode: { respectPrefersColorScheme: true },
    navbar: {
      title: 'Camadas',
      // The title "Camadas" sits next to the logo: an empty alt keeps screen readers from saying it twice.
      logo: { alt: '', src: 'img/logo.svg' },
      items: [
        { type: 'docSidebar', sidebarId: 'docs', position: 'left', label: 'Documentação' },
        { to: '/docs/rules', label: 'Regras', position: 'left' },
        { to: '/playground', label: 'Playground', position: 'left' },
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
      // github and dracula with their low-contrast token colours replaced (WCAG AA).
      theme: lightCodeTheme,
      darkTheme: darkCodeTheme,
      additionalLanguages,
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
