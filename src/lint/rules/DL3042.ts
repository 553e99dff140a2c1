import type { Command } from '../commands/layer';
import type { ShellWord } from '../shell';
import { defineRule } from '../types';
import { flagFix } from './_lib/fix';
import { hasCacheMount, spanFromTo, TRUTHY } from './_lib/packages';

/** The `install` word of `pip install …` / `python -m pip install …` (the layer's `pip`), or undefined. */
function pipInstall(cmd: Command): ShellWord | undefined {
  return cmd.tool === 'pip' && cmd.sub?.value === 'install' ? cmd.sub : undefined;
}

/** `PIP_NO_CACHE_DIR=1 pip install` or an earlier `export PIP_NO_CACHE_DIR=1` in the same RUN. */
function disabledInScript(commands: readonly Command[], cmd: Command): boolean {
  let value: string | null | undefined;
  for (const c of commands) {
    if (c.index >= cmd.index) break;
    if (c.name !== 'export' && c.name !== 'declare' && c.name !== 'typeset') continue;
    for (const a of c.argv)
      if (a.startsWith('PIP_NO_CACHE_DIR=')) value = a.slice('PIP_NO_CACHE_DIR='.length);
  }
  for (const a of cmd.assigns) if (a.name === 'PIP_NO_CACHE_DIR') value = a.value;
  return value != null && TRUTHY.has(value);
}

/** DL3042 — pip install keeps its download cache in the image. */
export default defineRule({
  id: 'DL3042',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Use `--no-cache-dir` no pip install',
    en: 'Use `--no-cache-dir` with pip install',
  },
  messages: {
    cacheDir: {
      'pt-BR': 'Evite o diretório de cache do pip: use `pip install --no-cache-dir <pacote>`',
      en: 'Avoid the pip cache directory: use `pip install --no-cache-dir <package>`',
    },
  },
  fix: {
    'pt-BR': 'acrescenta `--no-cache-dir` depois de `install`',
    en: 'adds `--no-cache-dir` after `install`',
  },
  rationale: {
    'pt-BR':
      'Por padrão o pip guarda os pacotes baixados e as wheels construídas em `~/.cache/pip`. Num build ' +
      'esse cache nunca é reaproveitado, mas fica gravado na camada e pode somar centenas de megabytes à ' +
      'imagem. Use `pip install --no-cache-dir …`, defina `ENV PIP_NO_CACHE_DIR=1` no estágio, ou monte o ' +
      'cache fora da camada com `RUN --mount=type=cache,target=/root/.cache/pip`.',
    en:
      'By default pip keeps downloaded packages and built wheels in `~/.cache/pip`. In a build that cache ' +
      'is never reused, yet it is written into the layer and can add hundreds of megabytes to the image. ' +
      'Use `pip install --no-cache-dir …`, set `ENV PIP_NO_CACHE_DIR=1` in the stage, or keep the cache out ' +
      'of the layer with `RUN --mount=type=cache,target=/root/.cache/pip`.',
  },
  differsFrom: {
    'pt-BR':
      'O valor de `PIP_NO_CACHE_DIR` é o que vale no momento do RUN: também via `ARG`, e um valor falso ' +
      'definido depois anula um verdadeiro anterior. Dentro do RUN só contam `PIP_NO_CACHE_DIR=1 pip …` e ' +
      '`export PIP_NO_CACHE_DIR=1` antes do pip (uma atribuição sem `export` não chega ao pip). Um mount ' +
      'de cache em qualquer `…/.cache/pip` (ou no `.cache` inteiro) é aceito.',
    en:
      'The value of `PIP_NO_CACHE_DIR` is the one in effect when the RUN executes: also via `ARG`, and a ' +
      'false value set later cancels an earlier true one. Inside the RUN only `PIP_NO_CACHE_DIR=1 pip …` ' +
      'and `export PIP_NO_CACHE_DIR=1` before pip count (an assignment without `export` does not reach ' +
      'pip). A cache mount on any `…/.cache/pip` (or the whole `.cache`) is accepted.',
  },
  examples: {
    bad: [
      'FROM python:3.12-slim\nRUN pip install flask==3.0.3\n',
      'RUN python3 -m pip install --user requests==2.32.3\n',
    ],
    good: [
      'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3\n',
      'ENV PIP_NO_CACHE_DIR=1\nRUN pip install requests==2.32.3\n',
      'RUN --mount=type=cache,target=/root/.cache/pip pip install requests==2.32.3\n',
    ],
  },
  check(ctx) {
    for (const run of ctx.instructionsOf('RUN', { onbuild: true })) {
      const commands = ctx.commands(run);
      const fromScope = run.scope.get('PIP_NO_CACHE_DIR');
      if (fromScope?.value != null && TRUTHY.has(fromScope.value)) continue;
      if (hasCacheMount(run, (t) => /(^|\/)\.cache(\/pip)?$/.test(t))) continue;
      for (const cmd of commands) {
        const sub = pipInstall(cmd);
        if (!sub || cmd.has('--no-cache-dir') || disabledInScript(commands, cmd)) continue;
        ctx.report(spanFromTo(cmd.nameWord, sub), 'cacheDir', {}, { fix: flagFix(cmd, '--no-cache-dir') });
        break;
      }
    }
  },
});
