import type { InstructionModel, Span } from '../parse';
import type { ShellCommand } from '../shell';
import { commandBaseName } from '../shell';
import { defineRule } from '../types';
import { unquote } from './_lib/apt';
import { TAR_ARCHIVE_SUFFIXES } from './_lib/archives';

/** Decompressors whose argument is the archive itself. */
const DECOMPRESSORS = new Set([
  'unzip',
  'gunzip',
  'bunzip2',
  'unlzma',
  'unxz',
  'zgz',
  'uncompress',
  'zcat',
  'gzcat',
]);

/** Characters of tar's old-style option cluster (`tar xzf a.tgz`). */
const TAR_OLD_STYLE = /^[AcdrtuxfvzjJkmopSwWOPZlhbCgGiMNRT]+$/;

function isArchive(path: string): boolean {
  return TAR_ARCHIVE_SUFFIXES.some((s) => path.endsWith(s));
}

/** Last path component, for `/` and `\` separators. */
function basename(path: string): string {
  const p = unquote(path);
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return i >= 0 ? p.slice(i + 1) : p;
}

/** Split shell-form COPY arguments on whitespace outside quotes. */
function splitArgs(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote = 0; // char code of the open quote, 0 when none
  let inWord = false;
  let run = 0; // start of the characters not yet copied into `cur`
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) {
        cur += text.slice(run, i);
        quote = 0;
        run = i + 1;
      }
    } else if (c === 34 /* " */ || c === 39 /* ' */) {
      cur += text.slice(run, i);
      quote = c;
      inWord = true;
      run = i + 1;
    } else if (c === 32 || c === 9) {
      if (inWord) out.push(cur + text.slice(run, i));
      cur = '';
      inWord = false;
      run = i + 1;
    } else inWord = true;
  }
  if (inWord) out.push(cur + text.slice(run));
  return out;
}

/** Paths of a COPY (sources then destination), or `null` for heredocs and odd input. */
function copyPaths(copy: InstructionModel): string[] | null {
  if (copy.heredocs.length > 0) return null;
  const paths = copy.form === 'exec' && copy.exec ? copy.exec : splitArgs(copy.argsText);
  return paths.length >= 2 ? paths : null;
}

/** `tar -x…`, `tar --extract`, `tar xf …`, or a decompressor. */
function isExtraction(c: ShellCommand): boolean {
  const name = commandBaseName(c.name);
  if (DECOMPRESSORS.has(name)) return true;
  if (name !== 'tar') return false;
  return c.argv.some(
    (a, i) =>
      a === '--extract' ||
      a === '--get' ||
      (a.startsWith('-') && !a.startsWith('--') && a.includes('x')) ||
      (i === 0 && TAR_OLD_STYLE.test(a) && a.includes('x')),
  );
}

/** Base names of the files an extraction command names. */
function extractedNames(c: ShellCommand): Set<string> {
  const out = new Set<string>();
  for (const a of c.argv) {
    if (a.startsWith('--file=')) out.add(basename(a.slice('--file='.length)));
    else if (!a.startsWith('-')) out.add(basename(a));
  }
  return out;
}

interface Copied {
  copy: InstructionModel;
  name: string;
}

/** DL3010 — an archive is COPYed and then extracted in RUN. */
export default defineRule({
  id: 'DL3010',
  severity: 'info',
  origin: 'hadolint',
  scope: 'instruction',
  instructions: ['ADD', 'COPY'],
  title: {
    'pt-BR': 'Use `ADD` para extrair arquivos compactados na imagem',
    en: 'Use `ADD` to extract archives into the image',
  },
  messages: {
    useAdd: {
      'pt-BR':
        '`{archive}` é copiado e depois extraído num `RUN`: `ADD` extrai o arquivo direto, numa camada só',
      en: '`{archive}` is copied and then extracted in a `RUN`: `ADD` extracts it directly, in a single layer',
    },
  },
  rationale: {
    'pt-BR':
      'Copiar um `.tar.gz` com `COPY` e extraí-lo depois com `tar -x` deixa duas cópias do conteúdo na ' +
      'imagem: o arquivo compactado fica gravado na camada do `COPY`, e apagá-lo num `RUN` seguinte não ' +
      'devolve esse espaço. `ADD` reconhece arquivos tar locais (inclusive compactados com gzip, bzip2 ou ' +
      'xz) e os extrai no destino numa única camada, sem o arquivo original.',
    en:
      'Copying a `.tar.gz` with `COPY` and extracting it later with `tar -x` leaves two copies of the content ' +
      'in the image: the archive is stored in the `COPY` layer, and deleting it in a later `RUN` does not give ' +
      'that space back. `ADD` recognises local tar archives (also gzip, bzip2 or xz compressed) and extracts ' +
      'them at the destination in a single layer, without the original file.',
  },
  differsFrom: {
    'pt-BR':
      'Também reconhece a forma antiga de opções do `tar` sem hífen (`tar xzf app.tar.gz`), que o hadolint não ' +
      'vê.',
    en: "Also recognises tar's old-style options without a dash (`tar xzf app.tar.gz`), which hadolint misses.",
  },
  examples: {
    bad: [
      'FROM debian:12-slim\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz\n',
    ],
    good: ['FROM debian:12-slim\nADD app.tar.gz /opt/\n'],
  },
  check(ctx) {
    let copied: Copied[] = [];
    const reported = new Set<InstructionModel>();
    for (const instr of ctx.instructions) {
      if (instr.keyword === 'FROM') {
        copied = [];
        continue;
      }
      if (instr.keyword === 'COPY') {
        if (instr.flag('from')) continue; // files from another stage or image: ADD cannot replace that
        const paths = copyPaths(instr);
        if (!paths) continue;
        const dest = paths[paths.length - 1];
        if (isArchive(unquote(dest))) copied.push({ copy: instr, name: basename(dest) });
        else
          for (const src of paths.slice(0, -1))
            if (isArchive(unquote(src))) copied.push({ copy: instr, name: basename(src) });
        continue;
      }
      if (instr.keyword !== 'RUN' || copied.length === 0) continue;
      for (const c of ctx.commands(instr)) {
        if (!isExtraction(c)) continue;
        const names = extractedNames(c);
        for (const a of copied) {
          if (!names.has(a.name) || reported.has(a.copy)) continue;
          reported.add(a.copy);
          ctx.report(archiveSpan(a), 'useAdd', { archive: a.name });
        }
      }
    }
  },
});

/** The COPY argument naming the archive, else the COPY's arguments. */
function archiveSpan(a: Copied): { range: Span } {
  const tok = a.copy.args.find((t) => basename(t.value.replace(/^["'[]+|["',\]]+$/g, '')) === a.name);
  return tok ?? { range: a.copy.argsRange ?? a.copy.range };
}
