import type { Command } from '../commands/layer';
import type { ShellWord } from '../shell';
import { defineRule } from '../types';
import { moreList } from './_lib/apt';

const VERSION_OPERATORS = ['==', '>=', '<=', '>', '<', '!=', '~=', '==='];
const VCS_SCHEME = /^(git|hg|svn|bzr)(\+[a-z-]+)?:/i;
const LOCAL_SUFFIXES = ['.whl', '.tar.gz', '.tar.bz2', '.tgz', '.zip'];

/** Does the package word carry a version (or is it something that needs none)? */
function isPinned(word: ShellWord): boolean {
  const p = word.value;
  if (!word.literal) return true; // `$PKG`: unknown here
  if (VERSION_OPERATORS.some((op) => p.includes(op))) return true;
  if (VCS_SCHEME.test(p)) {
    // `git+https://host/org/repo.git@v1.2#egg=x`: a ref after the path pins it
    const noFragment = p.split('#')[0];
    const afterHost = noFragment.indexOf('/', noFragment.indexOf('://') + 3);
    return afterHost >= 0 && noFragment.indexOf('@', afterHost) >= 0;
  }
  if (LOCAL_SUFFIXES.some((s) => p.endsWith(s))) return true;
  // paths, plain URLs and the current project
  return p.includes('/') || p.startsWith('.') || p.startsWith('~');
}

/** Short options that take a value: in a cluster, the rest of the word is that value. */
const SHORT_VALUE = 'rcetbifC';

/** Does a short-option cluster (`-Ur`, `-rreqs.txt`) contain one of `letters` as an option? */
function shortClusterHas(arg: string, letters: string): boolean {
  if (!/^-[A-Za-z]/.test(arg)) return false;
  for (const ch of arg.slice(1)) {
    if (letters.includes(ch)) return true;
    if (SHORT_VALUE.includes(ch) || !/[A-Za-z]/.test(ch)) return false;
  }
  return false;
}

/** The first unpinned package word of each pip install command (exempt commands give none). */
function unpinnedPackages(cmd: Command): ShellWord[] {
  if (cmd.tool !== 'pip' && cmd.tool !== 'pipx') return [];
  const argv = cmd.argv;
  // requirement/constraint files and the local project pin (or do not need) their own versions
  const exempt = argv.some(
    (a) =>
      a === '.' ||
      a === '-r' ||
      a === '-c' ||
      a === '--requirement' ||
      a === '--constraint' ||
      a.startsWith('--requirement=') ||
      a.startsWith('--constraint=') ||
      shortClusterHas(a, 'rc'),
  );
  if (exempt) return [];
  const pos = cmd.positionals;
  if (pos[0]?.value !== 'install') return [];
  return pos.slice(1).filter((w) => !isPinned(w));
}

/** DL3013 — pip install without version pins. */
export default defineRule({
  id: 'DL3013',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Fixe as versões no pip install',
    en: 'Pin versions in pip install',
  },
  messages: {
    unpinned: {
      'pt-BR':
        'Fixe as versões no pip: use `{package}==<versão>` ou um arquivo `--requirement` em vez de `{package}`{more}',
      en: 'Pin versions in pip: use `{package}==<version>` or a `--requirement` file instead of `{package}`{more}',
    },
  },
  rationale: {
    'pt-BR':
      'Sem versão, `pip install flask` instala a última versão publicada no PyPI no dia do build: o mesmo ' +
      'Dockerfile gera imagens diferentes, e uma versão nova (ou uma dependência dela) pode quebrar a ' +
      'aplicação sem nenhuma mudança no seu código. Fixe com `pacote==versão` ou liste tudo num ' +
      '`requirements.txt` (de preferência com hashes) e use `pip install -r`. Arquivos `.whl`, caminhos ' +
      'locais, `-c`/`--constraint` e repositórios VCS com `@ref` não precisam de versão.',
    en:
      'Without a version, `pip install flask` installs whatever PyPI holds on build day: the same Dockerfile ' +
      'builds different images, and a new release (or one of its dependencies) can break the application ' +
      'with no change in your code. Pin with `package==version` or list everything in a `requirements.txt` ' +
      '(ideally with hashes) and use `pip install -r`. `.whl` files, local paths, `-c`/`--constraint` and VCS ' +
      'URLs with `@ref` need no version.',
  },
  differsFrom: {
    'pt-BR':
      'Pacotes vindos de variáveis (`pip install "$PKG"`) não são acusados, pois o valor é desconhecido; uma ' +
      'URL VCS só conta como fixada se o `@ref` vier depois do caminho (`git+ssh://git@host/repo.git` sem ' +
      'ref é acusado; o hadolint aceita qualquer `@`).',
    en:
      'Packages coming from variables (`pip install "$PKG"`) are not flagged, since the value is unknown; a VCS ' +
      'URL only counts as pinned when the `@ref` follows the path (`git+ssh://git@host/repo.git` without a ref ' +
      'is flagged; hadolint accepts any `@`).',
  },
  examples: {
    bad: [
      'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask\n',
      'RUN python3 -m pip install requests\n',
    ],
    good: [
      'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3\n',
      'FROM python:3.12-slim\nCOPY requirements.txt /tmp/\nRUN pip install --no-cache-dir -r /tmp/requirements.txt\n',
    ],
  },
  check(ctx) {
    for (const run of ctx.instructionsOf('RUN', { onbuild: true })) {
      const commands = ctx.commands(run);
      const unpinned = commands.flatMap(unpinnedPackages);
      if (unpinned.length === 0) continue;
      ctx.report(unpinned[0], 'unpinned', {
        package: unpinned[0].value,
        more: moreList(unpinned.slice(1).map((w) => w.value)),
      });
    }
  },
});
