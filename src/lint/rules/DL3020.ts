import { defineRule } from '../types';
import { TAR_ARCHIVE_SUFFIXES } from './_lib/archives';
import { copyOperands, type PathArg } from './_lib/copy';

/** Archives that ADD unpacks by itself (tar, possibly compressed). `.zip` is not one of them. */
const ARCHIVE_EXTENSIONS = [...TAR_ARCHIVE_SUFFIXES, '.zst', '.tzst'];

/** A remote source ADD can fetch: HTTP(S) URL or git repository. */
function isRemote(v: string): boolean {
  return /^(https?|git|ssh):\/\//i.test(v) || /^git@[^:]+:/.test(v);
}

function justifiesAdd(src: PathArg): boolean {
  const v = src.value;
  if (src.heredoc || isRemote(v)) return true;
  if (/^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(v)) return true; // a variable: may hold a URL
  return ARCHIVE_EXTENSIONS.some((ext) => v.endsWith(ext));
}

/** DL3020 — ADD for plain local files: COPY is the right tool. */
export default defineRule({
  id: 'DL3020',
  severity: 'error',
  origin: 'hadolint',
  scope: 'instruction',
  instructions: ['ADD', 'COPY'],
  title: {
    'pt-BR': 'Use COPY em vez de ADD para arquivos e pastas',
    en: 'Use COPY instead of ADD for files and folders',
  },
  messages: {
    useCopy: {
      'pt-BR': 'Use `COPY` em vez de `ADD` para copiar `{source}`: não é URL nem arquivo tar',
      en: 'Use `COPY` instead of `ADD` to copy `{source}`: it is neither a URL nor a tar archive',
    },
  },
  rationale: {
    'pt-BR':
      '`ADD` faz mais do que copiar: baixa URLs e extrai arquivos tar (inclusive compactados) no destino. ' +
      'Usado para um arquivo comum, esconde essa mágica de quem lê e pode surpreender: se um dia o arquivo ' +
      'virar um `.tar.gz`, ele passa a ser extraído em vez de copiado. `COPY` faz só o que diz, então ' +
      'reserve `ADD` para URLs, repositórios git e arquivos tar que você quer extrair. Note que `.zip` não é ' +
      'extraído pelo `ADD`.',
    en:
      '`ADD` does more than copy: it downloads URLs and unpacks tar archives (compressed or not) into the ' +
      'destination. Used for an ordinary file, it hides that magic from readers and can surprise you: if the ' +
      'file one day becomes a `.tar.gz`, it gets extracted instead of copied. `COPY` does only what it says, ' +
      'so keep `ADD` for URLs, git repositories and tar archives you want unpacked. Note that `ADD` does not ' +
      'unpack `.zip` files.',
  },
  differsFrom: {
    'pt-BR':
      'Além de URLs `http(s)://`, fontes git (`git@…`, `git://`, `ssh://`) também justificam `ADD`, pois ' +
      'só ele sabe buscá-las; arquivos `.zst`/`.tzst` contam como tar compactado (o BuildKit os extrai); e uma ' +
      'fonte que é só uma variável (`ADD ${URL} /x`) não é acusada, já que pode conter uma URL.',
    en:
      'Besides `http(s)://` URLs, git sources (`git@…`, `git://`, `ssh://`) also justify `ADD`, since only it ' +
      'can fetch them; `.zst`/`.tzst` files count as compressed tar (BuildKit unpacks them); and a source that ' +
      'is just a variable (`ADD ${URL} /x`) is not flagged, since it may hold a URL.',
  },
  examples: {
    bad: ['FROM debian:12-slim\nADD app.conf /etc/app/app.conf\n', 'ADD ./site.zip /srv/\n'],
    good: [
      'FROM debian:12-slim\nCOPY app.conf /etc/app/app.conf\n',
      'ADD rootfs.tar.gz /opt/tool/\n',
      'ADD --checksum=sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 \\\n    https://example.com/tool.tar.gz /tmp/\n',
    ],
  },
  check(ctx) {
    for (const add of ctx.instructionsOf('ADD')) {
      const ops = copyOperands(ctx.model, add);
      if (!ops) continue;
      const bad = ops.sources.filter((s) => !justifiesAdd(s));
      if (bad.length > 0) ctx.report(bad[0].target, 'useCopy', { source: bad[0].value });
    }
  },
});
