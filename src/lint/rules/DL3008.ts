import { hasArg } from '../shell';
import { defineRule } from '../types';
import { isOnlyVariable } from './_lib/packages';

/** DL3008 — apt-get install without version pins. */
export default defineRule({
  id: 'DL3008',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Fixe as versões no apt-get install',
    en: 'Pin versions in apt-get install',
  },
  messages: {
    unpinned: {
      'pt-BR': 'Fixe as versões no apt-get install: use `{package}=<versão>` em vez de `{package}`{more}',
      en: 'Pin versions in apt-get install: use `{package}=<version>` instead of `{package}`{more}',
    },
  },
  rationale: {
    'pt-BR':
      'Sem versão, `apt-get install curl` instala o que estiver no repositório no dia do build: duas ' +
      'construções do mesmo Dockerfile podem gerar imagens diferentes, e uma atualização do pacote pode ' +
      'quebrar a imagem sem nenhuma mudança no seu código. Fixe a versão com `pacote=versão` ' +
      '(`curl=7.88.1-10+deb12u15`). Arquivos `.deb` e caminhos locais não precisam de versão.',
    en:
      'Without a version, `apt-get install curl` installs whatever the repository holds on build day: two ' +
      'builds of the same Dockerfile can produce different images, and a package update can break the image ' +
      'with no change in your code. Pin with `package=version` (`curl=7.88.1-10+deb12u15`). `.deb` files and ' +
      'local paths need no version.',
  },
  differsFrom: {
    'pt-BR':
      'Os valores de `-o`/`--option` e `-c`/`--config-file` também não são tratados como pacotes (o hadolint só ' +
      'pula o de `-t`/`--target-release`).',
    en:
      'The values of `-o`/`--option` and `-c`/`--config-file` are not taken for packages either (hadolint only ' +
      'skips the value of `-t`/`--target-release`).',
  },
  examples: {
    bad: [
      'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n',
      'RUN apt-get install -y --no-install-recommends git=1:2.39.5-0+deb12u3 make\n',
    ],
    good: [
      'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u15 \\\n && rm -rf /var/lib/apt/lists/*\n',
      'RUN apt-get install -y --no-install-recommends ./vendor/tool_1.0_amd64.deb\n',
    ],
  },
  check(ctx) {
    for (const run of ctx.instructionsOf('RUN', { onbuild: true })) {
      const unpinned = [];
      for (const cmd of ctx.commands(run, 'apt-get')) {
        if (!hasArg(cmd, 'install')) continue;
        const packages = cmd.argsAfter('install') ?? [];
        for (const p of packages) {
          const v = p.value;
          if (v.includes('=') || v.includes('/') || v.endsWith('.deb') || isOnlyVariable(p)) continue;
          unpinned.push(p);
        }
      }
      // One finding per instruction (hadolint's granularity), pointing at the first unpinned package.
      if (unpinned.length > 0) {
        const others = unpinned.slice(1).map((p) => p.value);
        ctx.report(unpinned[0], 'unpinned', {
          package: unpinned[0].value,
          more: others.length ? ` (+ ${others.join(', ')})` : '',
        });
      }
    }
  },
});
