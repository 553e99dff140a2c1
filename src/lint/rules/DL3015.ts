import { hasFlag, type ShellCommand } from '../shell';
import { defineRule } from '../types';
import { aptFalse, aptGetInstalls, aptOptions } from './_lib/apt';
import { flagFix } from './_lib/fix';

/** `--no-install-recommends` or `-o APT::Install-Recommends=false`. */
function skipsRecommends(cmd: ShellCommand): boolean {
  if (hasFlag(cmd, '--no-install-recommends')) return true;
  return aptOptions(cmd).some((o) => o.key === 'apt::install-recommends' && aptFalse(o.value));
}

/** DL3015 — apt-get install pulls in recommended packages. */
export default defineRule({
  id: 'DL3015',
  severity: 'info',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Evite pacotes extras com `--no-install-recommends`',
    en: 'Avoid extra packages with `--no-install-recommends`',
  },
  messages: {
    recommends: {
      'pt-BR': 'Adicione `--no-install-recommends` para não instalar pacotes recomendados que ninguém pediu',
      en: 'Add `--no-install-recommends` so recommended packages nobody asked for are not installed',
    },
  },
  fix: {
    'pt-BR': 'acrescenta `--no-install-recommends` depois de `install`',
    en: 'adds `--no-install-recommends` after `install`',
  },
  rationale: {
    'pt-BR':
      'Por padrão o apt instala, além das dependências, os pacotes "recomendados" de cada pacote: ' +
      'documentação, ferramentas opcionais, às vezes um compilador inteiro. Numa imagem de contêiner isso ' +
      'só aumenta o tamanho, o tempo de download e a superfície de ataque (mais pacotes, mais CVEs para ' +
      'corrigir). Use `apt-get install --no-install-recommends` e liste explicitamente o que a aplicação ' +
      'realmente precisa.',
    en:
      'By default apt installs, besides the dependencies, every package\'s "recommended" packages: ' +
      'documentation, optional tools, sometimes a whole compiler. In a container image this only adds size, ' +
      'download time and attack surface (more packages, more CVEs to patch). Use `apt-get install ' +
      '--no-install-recommends` and list explicitly what the application really needs.',
  },
  examples: {
    bad: [
      'FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y curl=7.88.1-10+deb12u15 \\\n && rm -rf /var/lib/apt/lists/*\n',
    ],
    good: [
      'FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u15 \\\n && rm -rf /var/lib/apt/lists/*\n',
    ],
  },
  check(ctx) {
    for (const run of ctx.instructionsOf('RUN', { onbuild: true })) {
      const missing = aptGetInstalls(ctx.commands(run, 'apt-get')).find((c) => !skipsRecommends(c));
      if (missing)
        ctx.report(missing, 'recommends', {}, { fix: flagFix(missing, '--no-install-recommends') });
    }
  },
});
