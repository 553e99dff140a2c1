import type { StageModel } from '../parse';
import { defineRule } from '../types';
import { onInstructionLine, unquote } from './_lib/buildkit';

/** Operating systems and architectures Go (and so containerd's platform parser) knows. */
const KNOWN_OS = new Set([
  'aix',
  'android',
  'darwin',
  'dragonfly',
  'freebsd',
  'hurd',
  'illumos',
  'ios',
  'js',
  'linux',
  'nacl',
  'netbsd',
  'openbsd',
  'plan9',
  'solaris',
  'wasip1',
  'windows',
  'zos',
]);
const KNOWN_ARCH = new Set([
  '386',
  'amd64',
  'amd64p32',
  'arm',
  'armbe',
  'arm64',
  'arm64be',
  'loong64',
  'mips',
  'mipsle',
  'mips64',
  'mips64le',
  'mips64p32',
  'mips64p32le',
  'ppc',
  'ppc64',
  'ppc64le',
  'riscv',
  'riscv64',
  's390',
  's390x',
  'sparc',
  'sparc64',
  'wasm',
]);
const ARCH_ALIASES: Record<string, string> = {
  i386: '386',
  x86_64: 'amd64',
  'x86-64': 'amd64',
  aarch64: 'arm64',
  armhf: 'arm',
  armel: 'arm',
};
const PART = /^[A-Za-z0-9_.-]+$/;

function normalizeArch(a: string): string {
  const l = a.toLowerCase();
  return ARCH_ALIASES[l] ?? l;
}

/** `os[/arch[/variant]]` as containerd parses it; `null` when it would not parse. */
function parsePlatform(value: string): { os: string | null; arch: string | null } | null {
  const parts = value.split('/');
  if (parts.length < 1 || parts.length > 3 || !parts.every((p) => PART.test(p))) return null;
  if (parts.length === 1) {
    const one = parts[0].toLowerCase();
    const os = one === 'macos' ? 'darwin' : one;
    if (KNOWN_OS.has(os)) return { os, arch: null };
    const arch = normalizeArch(one);
    if (KNOWN_ARCH.has(arch)) return { os: null, arch };
    return null;
  }
  const os = parts[0].toLowerCase();
  return { os: os === 'macos' ? 'darwin' : os, arch: normalizeArch(parts[1]) };
}

/** The stage's name mentions the platform (`AS build-arm64`): an intended per-platform stage. */
function nameMentions(stage: StageModel, p: { os: string | null; arch: string | null }): boolean {
  const name = stage.nameLower;
  if (!name) return false;
  return (!!p.os && name.includes(p.os)) || (!!p.arch && name.includes(p.arch));
}

/** FromPlatformFlagConstDisallowed (BuildKit) = DL3029 (hadolint): `FROM --platform` with a constant. */
export default defineRule({
  id: 'FromPlatformFlagConstDisallowed',
  aliases: ['DL3029'],
  severity: 'warning',
  origin: 'buildkit',
  scope: 'instruction',
  title: {
    'pt-BR': 'Não fixe uma plataforma constante no `FROM --platform`',
    en: 'Do not hard-code a platform in `FROM --platform`',
  },
  messages: {
    constant: {
      'pt-BR':
        '`FROM --platform={platform}` fixa a plataforma: o estágio ignora `docker build --platform`; use ' +
        '`$BUILDPLATFORM`/`$TARGETPLATFORM` ou remova a flag',
      en:
        '`FROM --platform={platform}` hard-codes the platform: the stage ignores `docker build --platform`; use ' +
        '`$BUILDPLATFORM`/`$TARGETPLATFORM` or drop the flag',
    },
  },
  rationale: {
    'pt-BR':
      'Com uma plataforma fixa (`--platform=linux/amd64`), o estágio sempre usa aquela arquitetura, mesmo num ' +
      'build multiplataforma ou numa máquina ARM: a imagem final pode sair com binários que não rodam no ' +
      'destino, ou tudo passa por emulação e fica lento. Use `--platform=$BUILDPLATFORM` para compilar na ' +
      'máquina do build e gerar para `$TARGETPLATFORM`, ou omita a flag. Um estágio cujo nome cita a ' +
      'plataforma (`AS build-arm64`) é aceito: é o padrão de um estágio por arquitetura. O hadolint faz a ' +
      'mesma verificação como DL3029.',
    en:
      'With a constant platform (`--platform=linux/amd64`) the stage always uses that architecture, even in a ' +
      'multi-platform build or on an ARM machine: the final image may ship binaries that do not run on the ' +
      'target, or everything runs under emulation and crawls. Use `--platform=$BUILDPLATFORM` to compile on ' +
      'the build machine for `$TARGETPLATFORM`, or omit the flag. A stage whose name mentions the platform ' +
      '(`AS build-arm64`) is accepted: that is the one-stage-per-architecture pattern. hadolint runs the same ' +
      'check as DL3029.',
  },
  differsFrom: {
    'pt-BR':
      'Como no BuildKit, qualquer valor com variável (`--platform=$PLATAFORMA`) é aceito, já que pode ser ' +
      'trocado com `--build-arg`, e um estágio cujo nome contém o sistema ou a arquitetura (`AS build_arm64`) ' +
      'também; o DL3029 do hadolint só aceita valores que citam `BUILDPLATFORM`/`TARGETPLATFORM`.',
    en:
      'As in BuildKit, any value with a variable (`--platform=$PLATFORM`) is accepted, since it can be changed ' +
      'with `--build-arg`, and so is a stage whose name contains the OS or architecture (`AS build_arm64`); ' +
      "hadolint's DL3029 only accepts values mentioning `BUILDPLATFORM`/`TARGETPLATFORM`.",
  },
  examples: {
    bad: [
      'FROM --platform=linux/amd64 debian:12-slim\nRUN echo ok\n',
      'FROM --platform=linux/arm64 alpine:3.23 AS tools\n',
    ],
    good: [
      'FROM --platform=$BUILDPLATFORM golang:1.27 AS build\nRUN go version\n\nFROM debian:12-slim\nCOPY --from=build /usr/local/go/bin /opt/go\nUSER 10001\n',
      'FROM --platform=linux/arm64 alpine:3.23 AS tools-arm64\nRUN echo ok\n',
    ],
  },
  check(ctx) {
    for (const stage of ctx.stages) {
      const flag = stage.platform;
      if (!flag?.value) continue;
      const value = unquote(flag.value.trim());
      if (value === '' || value.includes('$')) continue;
      const p = parsePlatform(value);
      if (!p || nameMentions(stage, p)) continue;
      ctx.report(onInstructionLine(stage.from, flag), 'constant', { platform: value });
    }
  },
});
