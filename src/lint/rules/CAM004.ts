import { defineRule } from '../types';
import { sourcesOf } from './_lib/layers';

/** Git sources BuildKit clones for ADD: `git@host:repo`, `git://`, `ssh://`, `http(s)://….git`. */
export function isGitSource(v: string): boolean {
  if (/^git@[^:/\s]+:/i.test(v) || /^(git|ssh):\/\//i.test(v)) return true;
  if (!/^https?:\/\//i.test(v)) return false;
  const path = v.split(/[?#]/, 1)[0].replace(/\/+$/, '');
  return path.toLowerCase().endsWith('.git');
}

export function isHttpSource(v: string): boolean {
  return /^https?:\/\//i.test(v) && !isGitSource(v);
}

const COMMIT = /^([0-9a-f]{40}|[0-9a-f]{64})$/i;

/** Is the Git source pinned to a commit by its URL (`#<sha>`, `#<sha>:dir`, `?commit=`/`?checksum=`)? */
export function gitPinnedByUrl(v: string): boolean {
  const hash = v.indexOf('#');
  if (hash >= 0) {
    const ref = v.slice(hash + 1).split(':', 1)[0];
    if (COMMIT.test(ref)) return true;
  }
  const q = v.indexOf('?');
  if (q >= 0) {
    const query = v.slice(q + 1, hash > q ? hash : undefined);
    return query.split('&').some((kv) => /^(commit|checksum)=./i.test(kv));
  }
  return false;
}

/** CAM004 — ADD of a remote URL without an integrity pin. */
export default defineRule({
  id: 'CAM004',
  severity: 'warning',
  origin: 'camadas',
  scope: 'instruction',
  title: {
    'pt-BR': 'Fixe o checksum no ADD de URL remota',
    en: 'Pin the checksum of a remote ADD',
  },
  messages: {
    http: {
      'pt-BR':
        '`ADD {url}` baixa um arquivo sem `--checksum`: se o conteúdo mudar no servidor, a imagem muda sem aviso; use `ADD --checksum=sha256:<hash> {url} …`',
      en: '`ADD {url}` downloads a file without `--checksum`: if the content changes on the server, the image silently changes; use `ADD --checksum=sha256:<hash> {url} …`',
    },
    git: {
      'pt-BR':
        '`ADD {url}` clona um repositório Git sem fixar o commit: branch ou tag podem apontar para outro código amanhã; use `--checksum=<sha do commit>` ou `#<sha do commit>`',
      en: '`ADD {url}` clones a Git repository without pinning the commit: a branch or tag may point at different code tomorrow; use `--checksum=<commit sha>` or `#<commit sha>`',
    },
  },
  rationale: {
    'pt-BR':
      'Um `ADD https://…` traz para a imagem o que o servidor entregar no momento do build: uma versão ' +
      'republicada, um espelho comprometido ou um arquivo truncado entram na imagem sem nenhum erro, e dois ' +
      'builds da mesma instrução podem dar resultados diferentes. Com `--checksum=sha256:…` o BuildKit ' +
      'confere o conteúdo e falha se ele não bater; para um repositório Git, `--checksum` recebe o SHA do ' +
      'commit (uma tag ou branch no `#ref` pode ser movida). Veja "ADD --checksum" em ' +
      'docs.docker.com/reference/dockerfile/. Um `$` na URL não isenta: a versão pode estar fixada, o ' +
      'conteúdo não.',
    en:
      'An `ADD https://…` puts into the image whatever the server returns at build time: a re-published ' +
      'release, a compromised mirror or a truncated file all land in the image without any error, and two ' +
      'builds of the same instruction can differ. With `--checksum=sha256:…` BuildKit verifies the content ' +
      'and fails on a mismatch; for a Git repository, `--checksum` takes the commit SHA (a tag or branch in ' +
      '`#ref` can be moved). See "ADD --checksum" at docs.docker.com/reference/dockerfile/. A `$` in the ' +
      'URL does not exempt it: the version may be pinned, the content is not.',
  },
  examples: {
    bad: [
      'FROM debian:12-slim\nADD https://example.com/releases/tool-1.4.2-linux-amd64.tar.gz /opt/\n',
      'ADD https://github.com/example/project.git#v2.1.0 /src/project\n',
    ],
    good: [
      'FROM debian:12-slim\n' +
        'ADD --checksum=sha256:3f2b6c9d1e8a7b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4 \\\n' +
        '    https://example.com/releases/tool-1.4.2-linux-amd64.tar.gz /opt/\nUSER 10001\n',
      'ADD https://github.com/example/project.git#0123456789abcdef0123456789abcdef01234567 /src/project\n',
    ],
  },
  check(ctx) {
    for (const add of ctx.instructionsOf('ADD', { onbuild: true })) {
      const checksum = add.flag('checksum');
      const pinned = !!checksum && !!checksum.value;
      for (const s of sourcesOf(add)) {
        if (isGitSource(s.value)) {
          if (!pinned && !gitPinnedByUrl(s.value)) ctx.report(s, 'git', { url: s.value });
        } else if (isHttpSource(s.value) && !pinned) {
          ctx.report(s, 'http', { url: s.value });
        }
      }
    }
  },
});
