import type { Command } from '../commands/layer';
import type { ShellWord } from '../shell';
import { defineRule } from '../types';

const SUBCOMMANDS = ['install', 'get', 'run'];

/** The module paths a `go install/get/run` fetches (`go run`: only the first, the rest are the program's args). */
function goPackages(cmd: Command): readonly ShellWord[] {
  const pos = cmd.positionals;
  const sub = pos[0]?.value;
  if (!sub || !SUBCOMMANDS.includes(sub)) return [];
  const rest = pos.slice(1);
  return sub === 'run' ? rest.slice(0, 1) : rest;
}

// local paths, `go run build.go` (a file of the build context), and the meta-patterns `tool` (Go 1.24:
// the tools go.mod pins), `all`, `std`, `cmd`
const isLocal = (p: string) =>
  p === '.' ||
  p.startsWith('/') ||
  p.startsWith('.') ||
  p.endsWith('.go') ||
  ['tool', 'all', 'std', 'cmd'].includes(p);
const isPinned = (p: string) => p.includes('@') && !p.endsWith('@latest') && !p.endsWith('@none');

/** DL3062 — go install/get/run of a module without a version (or with @latest). */
export default defineRule({
  id: 'DL3062',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Fixe as versões no go install',
    en: 'Pin versions in go install',
  },
  messages: {
    unpinned: {
      'pt-BR': 'Fixe a versão do módulo Go: use `{module}@<versão>` em vez de `{package}`{more}',
      en: 'Pin the Go module version: use `{module}@<version>` instead of `{package}`{more}',
    },
  },
  rationale: {
    'pt-BR':
      '`go install exemplo.com/ferramenta` sem versão (ou com `@latest`) baixa a última versão publicada no dia ' +
      'do build: a mesma imagem construída em dias diferentes traz binários diferentes, e uma versão nova com ' +
      'mudança incompatível quebra o build sem aviso. Fixe a versão com `@v1.2.3` (ou um commit), como em ' +
      '`go install golang.org/x/tools/cmd/goimports@v0.24.0`. Caminhos locais (`.`, `./cmd/api`, `/src/app`) ' +
      'usam o código do próprio contexto e não precisam de versão.',
    en:
      '`go install example.com/tool` without a version (or with `@latest`) fetches the latest release on build ' +
      'day: the same image built on different days ships different binaries, and a new release with a breaking ' +
      'change breaks the build without warning. Pin the version with `@v1.2.3` (or a commit), as in ' +
      '`go install golang.org/x/tools/cmd/goimports@v0.24.0`. Local paths (`.`, `./cmd/api`, `/src/app`) use ' +
      'code from the build context itself and need no version.',
  },
  differsFrom: {
    'pt-BR':
      'Os valores de flags de build que levam argumento (`-tags netgo`, `-ldflags "-s -w"`, `-o bin`…) não ' +
      'são confundidos com módulos, como faz o hadolint.',
    en:
      'The values of build flags that take an argument (`-tags netgo`, `-ldflags "-s -w"`, `-o bin`…) are not ' +
      'mistaken for modules, as hadolint does.',
  },
  examples: {
    bad: [
      'FROM golang:1.27-bookworm\nRUN go install golang.org/x/tools/cmd/goimports@latest\n',
      'RUN go install honnef.co/go/tools/cmd/staticcheck\n',
    ],
    good: [
      'FROM golang:1.27-bookworm\nRUN go install golang.org/x/tools/cmd/goimports@v0.24.0\n',
      'FROM golang:1.27-bookworm\nWORKDIR /src\nCOPY . .\nRUN go install -tags netgo ./cmd/api\n',
    ],
  },
  check(ctx) {
    for (const run of ctx.instructionsOf('RUN', { onbuild: true })) {
      const unpinned: ShellWord[] = [];
      for (const cmd of ctx.commands(run, 'go')) {
        for (const p of goPackages(cmd)) {
          if (!isLocal(p.value) && !isPinned(p.value)) unpinned.push(p);
        }
      }
      if (unpinned.length === 0) continue;
      const first = unpinned[0];
      const others = unpinned.slice(1).map((p) => p.value);
      ctx.report(first, 'unpinned', {
        package: first.value,
        module: first.value.split('@')[0],
        more: others.length ? ` (+ ${others.join(', ')})` : '',
      });
    }
  },
});
