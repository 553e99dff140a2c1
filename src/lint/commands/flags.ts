/**
 * One flag table per tool: which options take a separate value (so that value is neither a
 * subcommand nor a package), and how the tool spells options. Every rule reads flags through these
 * tables (via `Command.positionals`, `Command.has`, `Command.value`), so two rules can no longer
 * disagree on where `dnf --debuglevel 2 install gcc` has its verb.
 *
 * Sources: each tool's manual (apt-get(8), apk(8), dnf(8), yum(8), zypper(8), pip's and npm's CLI
 * references, `gem help install`, `go help build`). A table lists what rules need; an option missing
 * from `value` is read as a boolean switch.
 */
import type { ShellCommand, ShellWord } from '../shell';

export interface FlagTable {
  /** Tool names this table applies to (base names, `pip` for every pip spelling). */
  readonly tools: readonly string[];
  /** Options that take a separate value (`-t x`, `--target-release x`). `--x=v` always carries its own. */
  readonly value: readonly string[];
  /** Long options known to take no value; only read when `unknownLongTakesValue` is set. */
  readonly boolean?: readonly string[];
  /** An unknown `--long` option is assumed to take the next word (gem install does this). */
  readonly unknownLongTakesValue?: boolean;
  /** Go style: `-name` is one option (not a cluster of letters); `--` ends the options. */
  readonly singleDashLong?: boolean;
}

export const APT_TABLE: FlagTable = {
  tools: ['apt-get', 'apt', 'aptitude'],
  value: ['-t', '--target-release', '-o', '--option', '-c', '--config-file'],
};

export const APK_TABLE: FlagTable = {
  tools: ['apk'],
  value: [
    '-t',
    '--virtual',
    '-X',
    '--repository',
    '--repositories-file',
    '-p',
    '--root',
    '--arch',
    '--cache-dir',
    '--keys-dir',
    '--timeout',
  ],
};

/** yum, dnf, dnf5, microdnf, tdnf (one table: the rules treat them alike). */
export const RPM_TABLE: FlagTable = {
  tools: ['yum', 'dnf', 'dnf5', 'microdnf', 'tdnf'],
  value: [
    '-c',
    '--config',
    '-d',
    '--debuglevel',
    '-e',
    '--errorlevel',
    '-x',
    '--exclude',
    '--installroot',
    '--releasever',
    '--repo',
    '--repoid',
    '--enablerepo',
    '--disablerepo',
    '--setopt',
    '--forcearch',
    '--color',
    '--disableexcludes',
    '--downloaddir',
    '--destdir',
    '--comment',
    '--advisory',
    '--advisories',
    '--cve',
    '--bz',
    '--sec-severity',
    '--rpmverbosity',
  ],
};

export const ZYPPER_TABLE: FlagTable = {
  tools: ['zypper'],
  value: [
    '--root',
    '--config',
    '--reposd-dir',
    '--cache-dir',
    '--raw-cache-dir',
    '--solv-cache-dir',
    '--pkg-cache-dir',
    '--plus-repo',
    '--installroot',
    '--repo',
    '-r',
    '--type',
    '-t',
    '--from',
    '--download',
  ],
};

/** pip's general options and those of `pip install` that take a value (pipx shares most). */
export const PIP_TABLE: FlagTable = {
  tools: ['pip', 'pipx'],
  value: [
    '--abi',
    '-b',
    '--build',
    '--cache-dir',
    '--cert',
    '--client-cert',
    '-C',
    '--config-settings',
    '-e',
    '--editable',
    '--exists-action',
    '--extra-index-url',
    '-f',
    '--find-links',
    '--global-option',
    '-i',
    '--implementation',
    '--index-url',
    '--install-option',
    '--keyring-provider',
    '--log',
    '--no-binary',
    '--only-binary',
    '--pip-args',
    '--platform',
    '--prefix',
    '--progress-bar',
    '--proxy',
    '--python',
    '--python-version',
    '--report',
    '--retries',
    '--root',
    '--root-user-action',
    '--src',
    '--suffix',
    '-t',
    '--target',
    '--timeout',
    '--trusted-host',
    '--upgrade-strategy',
    '--use-deprecated',
    '--use-feature',
  ],
};

export const NPM_TABLE: FlagTable = {
  tools: ['npm', 'yarn', 'pnpm'],
  value: [
    '--auth-type',
    '--before',
    '--ca',
    '--cache',
    '--cafile',
    '--cwd',
    '--globalconfig',
    '--https-proxy',
    '--include',
    '--install-strategy',
    '--location',
    '--loglevel',
    '--omit',
    '--otp',
    '--prefix',
    '--proxy',
    '--registry',
    '--scope',
    '--tag',
    '--userconfig',
    '-w',
    '--workspace',
  ],
};

export const GEM_TABLE: FlagTable = {
  tools: ['gem'],
  value: [
    '-v',
    '--version',
    '-s',
    '--source',
    '-i',
    '--install-dir',
    '-n',
    '--bindir',
    '-P',
    '--trust-policy',
    '--platform',
    '-g',
    '--file',
    '--build-root',
    '--target-rbconfig',
    '-p',
    '--http-proxy',
    '--config-file',
    '--without',
    '--document',
  ],
  boolean: [
    '--no-document',
    '--no-ri',
    '--no-rdoc',
    '--force',
    '--no-force',
    '--local',
    '--remote',
    '--both',
    '--clear-sources',
    '--conservative',
    '--development',
    '--development-all',
    '--env-shebang',
    '--no-env-shebang',
    '--minimal-deps',
    '--user-install',
    '--no-user-install',
    '--ignore-dependencies',
    '--prerelease',
    '--no-prerelease',
    '--wrappers',
    '--no-wrappers',
    '--lock',
    '--no-lock',
    '--suggestions',
    '--no-suggestions',
    '--default',
    '--post-install-message',
    '--no-post-install-message',
    '--vendor',
    '--format-executable',
    '--no-format-executable',
    '--quiet',
    '--verbose',
    '--no-verbose',
    '--silent',
    '--backtrace',
    '--debug',
    '--norc',
  ],
  unknownLongTakesValue: true,
};

/** Build flags of `go install/get/run/build` that take their value as the next word (`-tags netgo`). */
export const GO_TABLE: FlagTable = {
  tools: ['go'],
  value: [
    '-C',
    '-o',
    '-p',
    '-asmflags',
    '-buildmode',
    '-compiler',
    '-coverpkg',
    '-covermode',
    '-exec',
    '-gccgoflags',
    '-gcflags',
    '-installsuffix',
    '-ldflags',
    '-mod',
    '-modfile',
    '-overlay',
    '-pgo',
    '-pkgdir',
    '-tags',
    '-toolexec',
  ],
  singleDashLong: true,
};

export const CURL_TABLE: FlagTable = {
  tools: ['curl'],
  value: [
    '-o',
    '--output',
    '-H',
    '--header',
    '-d',
    '--data',
    '-u',
    '--user',
    '-A',
    '--user-agent',
    '-e',
    '--referer',
    '-x',
    '--proxy',
    '-X',
    '--request',
    '-w',
    '--write-out',
    '-m',
    '--max-time',
    '--retry',
    '--connect-timeout',
    '--cacert',
    '-T',
    '--upload-file',
  ],
};

export const WGET_TABLE: FlagTable = {
  tools: ['wget'],
  value: [
    '-O',
    '--output-document',
    '-P',
    '--directory-prefix',
    '-o',
    '--output-file',
    '-t',
    '--tries',
    '-T',
    '--timeout',
    '-U',
    '--user-agent',
    '--header',
  ],
};

/** Every table, by tool name. Tools without a table read every `-x` word as a switch. */
export const FLAG_TABLES: readonly FlagTable[] = [
  APT_TABLE,
  APK_TABLE,
  RPM_TABLE,
  ZYPPER_TABLE,
  PIP_TABLE,
  NPM_TABLE,
  GEM_TABLE,
  GO_TABLE,
  CURL_TABLE,
  WGET_TABLE,
];

const byTool = new Map<string, FlagTable>();
for (const t of FLAG_TABLES) for (const name of t.tools) byTool.set(name, t);

const EMPTY_TABLE: FlagTable = { tools: [], value: [] };

/** The flag table of a tool (`apt-get`, `dnf`, `pip`…), or an empty one. */
export function flagTable(tool: string): FlagTable {
  return byTool.get(tool) ?? EMPTY_TABLE;
}

/**
 * A table's value-taking options split into long ones and the letters of short ones. Derived from the
 * table alone (static data, never from a linted text), so it is worked out once per table.
 */
const valueFlagsOf = new WeakMap<FlagTable, { longs: readonly string[]; shorts: readonly string[] }>();
function valueFlags(table: FlagTable): { longs: readonly string[]; shorts: readonly string[] } {
  let v = valueFlagsOf.get(table);
  if (!v) {
    v = {
      longs: table.value.filter((f) => f.startsWith('--')),
      shorts: table.value.filter((f) => !f.startsWith('--')).map((f) => f.slice(1)),
    };
    valueFlagsOf.set(table, v);
  }
  return v;
}

/**
 * Non-option words of `cmd` (subcommand first) as `table` reads them: the values of value-taking
 * options are skipped; `--` ends the options (the words after it are positional).
 */
export function positionalWords(cmd: ShellCommand, table: FlagTable): ShellWord[] {
  const out: ShellWord[] = [];
  const args = cmd.args;
  const { longs, shorts } = valueFlags(table);
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    const a = w.value;
    if (table.singleDashLong) {
      if (a === '--') {
        out.push(...args.slice(i + 1));
        break;
      }
      if (a.length > 1 && a.startsWith('-')) {
        const name = `-${a.replace(/^--?/, '')}`;
        if (!name.includes('=') && table.value.includes(name)) i++;
        continue;
      }
      out.push(w);
      continue;
    }
    if (a === '-' || a === '--' || !a.startsWith('-')) {
      out.push(w);
      continue;
    }
    if (a.startsWith('--')) {
      if (a.includes('=')) continue;
      if (longs.includes(a)) i++;
      else if (table.unknownLongTakesValue && !table.boolean?.includes(a)) i++;
      continue;
    }
    if (table.unknownLongTakesValue) {
      // gem: a short option takes a value only when listed, exactly (`-v 1.0`)
      if (!a.includes('=') && shorts.includes(a.slice(1))) i++;
      continue;
    }
    const cluster = a.slice(1);
    if (shorts.some((s) => cluster.endsWith(s) && cluster.length >= s.length) && !cluster.includes('=')) i++;
  }
  return out;
}
