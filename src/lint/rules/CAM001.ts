import type { Command } from '../commands/layer';
import type { InstructionModel } from '../parse';
import { commandBaseName, flagValue, hasFlag } from '../shell';
import { defineRule } from '../types';
import { asPip, commandText, copiesWholeContext, lineageBefore, runsOf, sub } from './_lib/layers';

interface Install {
  /** Same kind = same tool: an earlier install of that kind before the broad COPY exempts later ones. */
  kind: string;
  /** Manifest files to copy first (for the message). */
  manifest: string;
}

/** Positional words after the subcommand (packages named on the command line). */
function extraArgs(cmd: Command): number {
  return Math.max(0, cmd.positionals.length - 1);
}

/** Is `cmd` a dependency install driven by a manifest/lock file? */
export function manifestInstall(cmd: Command): Install | null {
  const base = commandBaseName(cmd.name);
  const s = sub(cmd);
  switch (base) {
    case 'npm':
      if (s === 'ci' || s === 'clean-install')
        return { kind: 'npm', manifest: 'package.json package-lock.json' };
      if ((s === 'install' || s === 'i') && extraArgs(cmd) === 0)
        return { kind: 'npm', manifest: 'package.json package-lock.json' };
      return null;
    case 'yarn':
      if (s === undefined || (s === 'install' && extraArgs(cmd) === 0))
        return { kind: 'yarn', manifest: 'package.json yarn.lock' };
      return null;
    case 'pnpm':
      if (s === 'fetch' || ((s === 'install' || s === 'i') && extraArgs(cmd) === 0))
        return { kind: 'pnpm', manifest: 'package.json pnpm-lock.yaml' };
      return null;
    case 'bun':
      if ((s === 'install' || s === 'i') && extraArgs(cmd) === 0)
        return { kind: 'bun', manifest: 'package.json bun.lock' };
      return null;
    case 'poetry':
      if (s === 'install' && !hasFlag(cmd, '--only-root'))
        return { kind: 'poetry', manifest: 'pyproject.toml poetry.lock' };
      return null;
    case 'pipenv':
      if (s === 'sync' || (s === 'install' && extraArgs(cmd) === 0))
        return { kind: 'pipenv', manifest: 'Pipfile Pipfile.lock' };
      return null;
    case 'uv':
      if (s === 'sync') return { kind: 'uv', manifest: 'pyproject.toml uv.lock' };
      break;
    case 'bundle':
    case 'bundler':
      if (s === undefined || s === 'install') return { kind: 'bundle', manifest: 'Gemfile Gemfile.lock' };
      return null;
    case 'go':
      if (s === 'mod' && cmd.argv.includes('download')) return { kind: 'go', manifest: 'go.mod go.sum' };
      return null;
    case 'composer':
      if (s === 'install') return { kind: 'composer', manifest: 'composer.json composer.lock' };
      return null;
    case 'mvn':
    case 'mvnw':
      if (cmd.argv.some((a) => /^dependency:(go-offline|resolve|resolve-plugins)$/.test(a)))
        return { kind: 'maven', manifest: 'pom.xml' };
      return null;
    case 'cargo':
      if (s === 'fetch') return { kind: 'cargo', manifest: 'Cargo.toml Cargo.lock' };
      return null;
    case 'dotnet':
      if (s === 'restore') return { kind: 'dotnet', manifest: '*.csproj' };
      return null;
    case 'mix':
      if (s === 'deps.get') return { kind: 'mix', manifest: 'mix.exs mix.lock' };
      return null;
  }
  const pip = asPip(cmd);
  if (pip && sub(pip) === 'install') {
    const req = flagValue(pip, '-r', '--requirement');
    if (req) return { kind: 'pip', manifest: req };
  }
  return null;
}

function installsOf(
  ctx: Parameters<typeof lineageBefore>[0],
  run: InstructionModel,
): { cmd: Command; install: Install }[] {
  const out = [];
  for (const cmd of ctx.commands(run)) {
    const install = manifestInstall(cmd);
    if (install) out.push({ cmd, install });
  }
  return out;
}

/** CAM001 — the whole build context is copied before the dependency install. */
export default defineRule({
  id: 'CAM001',
  severity: 'warning',
  origin: 'camadas',
  scope: 'instruction',
  title: {
    'pt-BR': 'Instale as dependências antes de copiar todo o contexto',
    en: 'Install dependencies before copying the whole context',
  },
  messages: {
    afterCopy: {
      'pt-BR':
        '`{command}` roda depois de `{copy}` (linha {line}), que copia todo o contexto de build: qualquer edição no código invalida o cache desta instalação; copie antes só `{manifest}`, instale, e só então copie o resto',
      en: '`{command}` runs after `{copy}` (line {line}), which copies the whole build context: any source edit invalidates this install’s cache; copy just `{manifest}` first, install, then copy the rest',
    },
  },
  rationale: {
    'pt-BR':
      'O cache de build é posicional: quando uma camada muda, todas as instruções seguintes rodam de novo. ' +
      'Com `COPY . .` antes de `npm ci` (ou `pip install -r`, `go mod download`, `bundle install`…), ' +
      'mudar uma linha de código já invalida a instalação das dependências, e cada build baixa e instala ' +
      'tudo outra vez. Copie primeiro só os manifestos (`package.json`, `package-lock.json`, ' +
      '`requirements.txt`…), instale as dependências e copie o restante do código depois — veja ' +
      '"Order your layers" em docs.docker.com/build/cache/optimize/. Uma segunda instalação da mesma ' +
      'ferramenta depois do `COPY . .` (como `pnpm install --offline` após `pnpm fetch`) é aceita.',
    en:
      'The build cache is positional: once a layer changes, every instruction after it runs again. With ' +
      '`COPY . .` before `npm ci` (or `pip install -r`, `go mod download`, `bundle install`…), editing a ' +
      'single line of code invalidates the dependency install, and every build downloads and installs ' +
      'everything again. Copy only the manifests first (`package.json`, `package-lock.json`, ' +
      '`requirements.txt`…), install the dependencies, then copy the rest of the code — see "Order your ' +
      'layers" at docs.docker.com/build/cache/optimize/. A second install by the same tool after `COPY . .` ' +
      '(such as `pnpm install --offline` after `pnpm fetch`) is accepted.',
  },
  examples: {
    bad: [
      'FROM node:22-bookworm-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "server.js"]\n',
      'WORKDIR /srv\nCOPY . /srv\nRUN pip install --no-cache-dir -r requirements.txt\n',
    ],
    good: [
      'FROM node:22-bookworm-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\n' +
        'COPY . .\nUSER 10001\nCMD ["node", "server.js"]\n',
      'FROM golang:1.27-bookworm\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\n' +
        'RUN go build -o /out/app .\nUSER 10001\nCMD ["/out/app"]\n',
    ],
  },
  check(ctx) {
    // Nothing to say without a COPY/ADD of the whole context (cheap; avoids parsing any RUN).
    if (!ctx.instructionsOf(['COPY', 'ADD'], { onbuild: true }).some(copiesWholeContext)) return;
    for (const run of runsOf(ctx)) {
      const before = lineageBefore(ctx, run);
      const broad = before.findIndex(copiesWholeContext);
      if (broad < 0) continue;
      const installs = installsOf(ctx, run);
      if (installs.length === 0) continue;
      // Kinds already installed before the broad COPY (the manifest-first pattern): later runs of the
      // same tool are the second phase (`pnpm install --offline`, `poetry install --only-root`…).
      const early = new Set<string>();
      for (const i of before.slice(0, broad)) {
        if (i.keyword === 'RUN') for (const x of installsOf(ctx, i)) early.add(x.install.kind);
      }
      const first = installs.find((x) => !early.has(x.install.kind));
      if (!first) continue;
      const copy = before[broad];
      ctx.report(first.cmd, 'afterCopy', {
        command: commandText(first.cmd),
        copy: `${copy.keyword} ${copy.argsText}`.trim(),
        line: copy.range.line,
        manifest: first.install.manifest,
      });
    }
  },
});
