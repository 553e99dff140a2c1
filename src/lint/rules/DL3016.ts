import type { ShellWord } from '../shell';
import { defineRule } from '../types';
import { moreList } from './_lib/apt';

/** `npm install`, `npm i`, `npm add` (aliases of one another). */
const INSTALL = ['install', 'i', 'add'];

const GIT_PREFIXES = ['git://', 'git+ssh://', 'git+http://', 'git+https://', 'git+file://'];
/** `github:user/repo`, `gitlab:…`: git repositories, pinned by `#ref`. */
const HOSTED = /^(github|gitlab|bitbucket|gist):/;
const TARBALL_SUFFIXES = ['.tar', '.tar.gz', '.tgz'];
const PATH_PREFIXES = ['/', './', '../', '~/'];

/** Does the package spec carry a version, tag or commit (or is it something that needs none)? */
function isPinned(word: ShellWord): boolean {
  const p = word.value;
  if (!word.literal) return true; // `$PKG`: unknown here
  if (GIT_PREFIXES.some((g) => p.startsWith(g)) || HOSTED.test(p)) return p.includes('#');
  if (TARBALL_SUFFIXES.some((s) => p.endsWith(s))) return true;
  if (PATH_PREFIXES.some((s) => p.startsWith(s)) || p === '.' || p === '..') return true;
  // `@scope/name@1.2.3`: the version comes after the scope's own `@`
  if (p.startsWith('@')) {
    const slash = p.indexOf('/');
    return slash >= 0 && p.includes('@', slash);
  }
  return p.includes('@');
}

/** DL3016 — npm install without version pins. */
export default defineRule({
  id: 'DL3016',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Fixe as versões no npm install',
    en: 'Pin versions in npm install',
  },
  messages: {
    unpinned: {
      'pt-BR': 'Fixe as versões no npm: use `{package}@<versão>` em vez de `{package}`{more}',
      en: 'Pin versions in npm: use `{package}@<version>` instead of `{package}`{more}',
    },
  },
  rationale: {
    'pt-BR':
      '`npm install express` instala a versão marcada como `latest` no registro no dia do build: o mesmo ' +
      'Dockerfile gera imagens diferentes e uma versão nova pode quebrar a aplicação sem nenhuma mudança no ' +
      'seu código. Fixe com `pacote@versão`; para as dependências do projeto, copie `package.json` e ' +
      '`package-lock.json` e rode `npm ci`, que respeita o lockfile. Repositórios git precisam de `#commit` ' +
      'ou `#semver:…`; tarballs e pastas locais não precisam de versão.',
    en:
      '`npm install express` installs whatever version the registry tags `latest` on build day: the same ' +
      'Dockerfile builds different images and a new release can break the application with no change in ' +
      'your code. Pin with `package@version`; for the project dependencies, copy `package.json` and ' +
      '`package-lock.json` and run `npm ci`, which honours the lockfile. Git repositories need `#commit` or ' +
      '`#semver:…`; tarballs and local folders need no version.',
  },
  differsFrom: {
    'pt-BR':
      'Os atalhos `npm i` e `npm add` são verificados como `npm install`; pacotes vindos de variáveis ' +
      '(`npm install "$PKG"`) não são acusados, pois o valor é desconhecido.',
    en:
      'The `npm i` and `npm add` shorthands are checked like `npm install`; packages coming from variables ' +
      '(`npm install "$PKG"`) are not flagged, since the value is unknown.',
  },
  examples: {
    bad: ['FROM node:22-slim\nRUN npm install --global typescript\n', 'RUN npm i express@4.19.2 cors\n'],
    good: [
      'FROM node:22-slim\nRUN npm install --global typescript@5.4.5\n',
      'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\n',
    ],
  },
  check(ctx) {
    for (const run of ctx.instructionsOf('RUN', { onbuild: true })) {
      const unpinned: ShellWord[] = [];
      for (const cmd of ctx.commands(run, 'npm')) {
        const pos = cmd.positionals;
        if (!pos.length || !INSTALL.includes(pos[0].value)) continue;
        unpinned.push(...pos.slice(1).filter((w) => !isPinned(w)));
      }
      if (unpinned.length === 0) continue;
      ctx.report(unpinned[0], 'unpinned', {
        package: unpinned[0].value,
        more: moreList(unpinned.slice(1).map((w) => w.value)),
      });
    }
  },
});
