import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';

const root = join(__dirname, '..', '..');
const project = 'tests/fixtures/cli/project';
const en = { LANG: 'en_US.UTF-8' };
const cli = (...args: string[]) => {
  const cwd = process.cwd();
  process.chdir(root);
  try {
    return run(args, en);
  } finally {
    process.chdir(cwd);
  }
};

describe('camadas lint', () => {
  it('lints Dockerfiles (with the ignore file Docker would use) and Markdown snippets in a folder', () => {
    const out = cli('lint', '--format', 'json', project);
    expect(out.exitCode).toBe(1);
    const rows = JSON.parse(out.stdout) as Record<string, unknown>[];
    expect(rows.map((r) => `${r.file}:${r.line}:${r.column} ${r.rule}`)).toEqual([
      `${project}/Dockerfile:1:6 DL3006`,
      `${project}/notes.mdx:4:6 DL3006`,
      `${project}/web/app.Dockerfile:2:6 CopyIgnoredFile`,
    ]);
    expect(Object.keys(rows[0]).sort()).toEqual(
      ['aliases', 'column', 'endColumn', 'endLine', 'file', 'line', 'message', 'rule', 'severity'].sort(),
    );
  });

  it('carries the other ids of an overlapped check in aliases', () => {
    const dir = mkdtempSync(join(tmpdir(), 'camadas-cli-'));
    try {
      writeFileSync(join(dir, 'Dockerfile'), 'FROM debian:12 AS a\nFROM debian:12 AS a\nUSER 10001\n');
      const rows = JSON.parse(run(['lint', '--format', 'json', join(dir, 'Dockerfile')], en).stdout);
      expect(rows).toContainEqual(
        expect.objectContaining({ rule: 'DuplicateStageName', aliases: ['DL3024'] }),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 0 when nothing reaches the failure threshold of the configuration', () => {
    const out = cli('lint', '--config', `${project}/hadolint.yaml`, `${project}/Dockerfile`);
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toContain('no problems');
  });

  it('speaks Portuguese with --locale pt-BR', () => {
    const out = cli('lint', '--locale', 'pt-BR', `${project}/Dockerfile`);
    expect(out.stdout).toContain('Sempre declare a tag');
    expect(out.stdout).toContain('problema(s)');
  });

  it('shows nolint reasons with --verbose', () => {
    const out = cli('lint', '--verbose', 'tests/plugins/remark-dockerfile-lint/fixtures/nolint.mdx');
    expect(out.stdout).toContain(
      'snippet not checked (nolint): shows the syntax of a future BuildKit feature',
    );
  });

  it('reports a file that is not valid MDX as "cannot be parsed" and goes on with the others', () => {
    const out = cli(
      'lint',
      '--locale',
      'en',
      'tests/plugins/remark-dockerfile-lint/fixtures/broken.mdx',
      'tests/plugins/remark-dockerfile-lint/fixtures/clean.mdx',
    );
    expect(out.exitCode).toBe(1);
    expect(out.stdout).toMatch(/4:17 +error +mdx +cannot be parsed: /);
    expect(out.stdout).toContain('(2 checked)');
  });

  it('writes GitHub workflow commands, escaped', () => {
    const out = cli('lint', '--format', 'github', `${project}/notes.mdx`);
    const [line] = out.stdout.trim().split('\n');
    expect(line).toMatch(
      /^::warning file=tests\/fixtures\/cli\/project\/notes\.mdx,line=4,col=6,endLine=4,endColumn=12,title=DL3006::/,
    );
    expect(line).toContain('%0A'); // the hint is on a second line
  });

  it('writes SARIF 2.1.0 that validates against the schema, with rule metadata and help links', () => {
    const out = cli('lint', '--format', 'sarif', project);
    const log = JSON.parse(out.stdout);
    const schema = JSON.parse(
      readFileSync(
        join(root, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'),
        'utf8',
      ),
    );
    // The official schema's patterns are not valid under the `u` flag; compile them as plain RegExps.
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const driver = log.runs[0].tool.driver;
    const dl3006 = driver.rules.find((r: { id: string }) => r.id === 'DL3006');
    expect(dl3006.helpUri).toMatch(/\/en\/docs\/rules\/DL3006$/);
    expect(log.runs[0].results).toHaveLength(3);
    expect(log.runs[0].results[0]).toMatchObject({
      ruleId: 'DL3006',
      level: 'warning',
      locations: [{ physicalLocation: { region: { startLine: 1, startColumn: 6 } } }],
    });
  });

  describe('bad input: one clear line, exit code 2, no stack trace', () => {
    it.each([
      [['lint', '--bogus', 'x'], 'unknown option "--bogus"'],
      [['lint', '--format'], 'option "--format" needs a value'],
      [['lint', '--format', 'xml', 'docs'], 'unknown format "xml"'],
      [['lint', '--locale', 'fr', 'docs'], 'unknown locale "fr"'],
      [['lint'], 'give at least one file or folder'],
      [['lint', 'does-not-exist'], 'no such file or folder: does-not-exist'],
      [['lint', 'src/css'], 'no Dockerfile and no .md/.mdx file in src/css'],
      [['lint', '--config', 'nope.yaml', project], 'cannot read nope.yaml: ENOENT'],
      [['lint', '--config', 'tests/fixtures/cli/bad-config.yaml', project], 'invalid configuration'],
      [['frobnicate'], 'unknown command "frobnicate"'],
    ])('%j', (args, message) => {
      const out = cli(...args);
      expect(out.exitCode).toBe(2);
      expect(out.stderr).toContain(message);
      expect(out.stderr).not.toMatch(/\n\s+at /);
    });

    it('an unreadable file', () => {
      if (process.getuid?.() === 0) return; // root reads everything; covered by the message test above
      const dir = mkdtempSync(join(tmpdir(), 'camadas-cli-'));
      const file = join(dir, 'Dockerfile');
      writeFileSync(file, 'FROM debian:12\n');
      chmodSync(file, 0);
      try {
        const out = run(['lint', file], en);
        expect(out.exitCode).toBe(2);
        expect(out.stderr).toContain('cannot read');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});

describe('camadas lint: walking files and what it prints', () => {
  const withDir = (fn: (dir: string) => void) => {
    const dir = mkdtempSync(join(tmpdir(), 'camadas-walk-'));
    try {
      fn(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const json = (out: { stdout: string }) =>
    JSON.parse(out.stdout) as { file: string; rule: string; aliases: string[] }[];

  it('lints every readable path and reports each unreadable one in one line, exit 2 at the end', () => {
    withDir((dir) => {
      writeFileSync(join(dir, 'Dockerfile'), 'FROM debian\n');
      writeFileSync(join(dir, 'notes.md'), '```dockerfile\nFROM ubuntu\n```\n');
      const out = run(
        ['lint', '--format', 'json', join(dir, 'Dockerfile'), join(dir, 'missing'), join(dir, 'notes.md')],
        en,
      );
      expect(out.exitCode).toBe(2);
      expect(json(out).map((r) => r.file)).toEqual([join(dir, 'Dockerfile'), join(dir, 'notes.md')]);
      expect(out.stderr.split('\n').filter((l) => l.startsWith('camadas:'))).toEqual([
        `camadas: no such file or folder: ${join(dir, 'missing')}`,
      ]);
    });
  });

  it('lints each real file once through a link to its own folder, and names the cycle', () => {
    withDir((dir) => {
      writeFileSync(join(dir, 'Dockerfile'), 'FROM debian\n');
      symlinkSync('.', join(dir, 'self'));
      const out = run(['lint', '--format', 'json', dir], en);
      expect(json(out).map((r) => r.rule)).toEqual(['DL3006']);
      expect(out.stderr).toContain(`symbolic link cycle (leads back to`);
      expect(out.exitCode).toBe(1); // a cycle is a note, not a read error
    });
  });

  it('does not hang on two links to the same folder (a/b cycles)', () => {
    withDir((dir) => {
      mkdirSync(join(dir, 'd'));
      writeFileSync(join(dir, 'd', 'Dockerfile'), 'FROM debian\n');
      symlinkSync('.', join(dir, 'd', 'a'));
      symlinkSync('.', join(dir, 'd', 'b'));
      const out = run(['lint', '--format', 'json', join(dir, 'd')], en);
      expect(json(out).map((r) => [r.file, r.rule])).toEqual([[join(dir, 'd', 'Dockerfile'), 'DL3006']]);
      expect(out.exitCode).toBe(1);
    });
  }, 20_000);

  it('calls a symbolic link loop a loop, not a missing file', () => {
    withDir((dir) => {
      symlinkSync('loop', join(dir, 'loop'));
      const out = run(['lint', join(dir, 'loop')], en);
      expect(out.exitCode).toBe(2);
      expect(out.stderr).toContain(`symbolic link loop, skipped: ${join(dir, 'loop')}`);
      expect(out.stderr).not.toContain('no such file');
    });
  });

  it('skips FIFOs given directly or found in a folder, with a note, instead of blocking', () => {
    withDir((dir) => {
      mkdirSync(join(dir, 'd'));
      writeFileSync(join(dir, 'd', 'Dockerfile'), 'FROM debian:12\nUSER app\n');
      expect(spawnSync('mkfifo', [join(dir, 'd', 'app.Dockerfile'), join(dir, 'Containerfile')]).status).toBe(
        0,
      );
      const result = spawnSync(
        process.execPath,
        [join(root, 'bin/camadas.cjs'), 'lint', join(dir, 'd'), join(dir, 'Containerfile')],
        { encoding: 'utf8', env: { ...process.env, ...en }, timeout: 20_000 },
      );
      expect(result.signal).toBeNull(); // not killed by the timeout
      expect(result.stderr).toContain(
        `not a regular file (FIFO, socket or device), skipped: ${join(dir, 'd', 'app.Dockerfile')}`,
      );
      expect(result.stderr).toContain(`skipped: ${join(dir, 'Containerfile')}`);
      expect(result.status).toBe(2); // the FIFO named on the command line could not be linted
      expect(result.stdout).toContain('(1 checked)');
    });
  }, 30_000);

  it('prints no terminal control sequence from file content or file names (stylish and github)', () => {
    withDir((dir) => {
      const name = join(dir, 'Dockerfile.\x1b[31mred');
      writeFileSync(name, 'FROM debian:12\n\x1b]0;PWNED\x07\x1b[2JEVIL x\n');
      for (const format of ['stylish', 'github']) {
        const out = run(['lint', '--format', format, name], en);
        const printed = out.stdout + out.stderr;
        expect(printed, format).toContain('EVIL');
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the point of the test
        expect(printed, format).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
        expect(printed, format).toContain('\\x1b');
      }
      const missing = run(['lint', join(dir, 'no\x1b[2Jsuch')], en);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the point of the test
      expect(missing.stderr).not.toMatch(/\x1b/);
    });
  });

  it('percent-encodes SARIF artifact URIs (space, %, non-ASCII) so the log stays valid', () => {
    withDir((dir) => {
      const sub = 'pasta com espaço 100%';
      mkdirSync(join(dir, sub));
      writeFileSync(join(dir, sub, 'Dockerfile'), 'FROM debian\n');
      const cwd = process.cwd();
      process.chdir(dir);
      let out: ReturnType<typeof run>;
      try {
        out = run(['lint', '--format', 'sarif', sub], en);
      } finally {
        process.chdir(cwd);
      }
      const uri = JSON.parse(out.stdout).runs[0].results[0].locations[0].physicalLocation.artifactLocation
        .uri;
      expect(uri).toBe('pasta%20com%20espa%C3%A7o%20100%25/Dockerfile');
      expect(decodeURIComponent(uri)).toBe(`${sub}/Dockerfile`);
      // RFC 3986 URI reference characters only
      expect(uri).toMatch(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*$/);
    });
  });

  it('gives a finding in Markdown the same aliases as in a Dockerfile', () => {
    withDir((dir) => {
      const code = 'FROM debian:12 AS a\nFROM debian:12 AS a\nUSER 10001\n';
      writeFileSync(join(dir, 'Dockerfile'), code);
      writeFileSync(join(dir, 'page.md'), `\`\`\`dockerfile\n${code}\`\`\`\n`);
      const rows = json(run(['lint', '--format', 'json', dir], en)).filter(
        (r) => r.rule === 'DuplicateStageName',
      );
      expect(rows.map((r) => [r.file.slice(dir.length + 1), r.aliases])).toEqual([
        ['Dockerfile', ['DL3024']],
        ['page.md', ['DL3024']],
      ]);
    });
  });
});

describe('camadas rules', () => {
  it('prints every implemented rule as JSON in the contract shape', () => {
    const rows = JSON.parse(cli('rules', '--json').stdout) as Record<string, unknown>[];
    // 71 hadolint rules (some as aliases of an overlapping BuildKit check), 21 BuildKit checks, ours.
    const ids = new Set(rows.flatMap((r) => [r.id as string, ...(r.aliases as string[])]));
    expect([...ids].filter((id) => /^DL\d{4}$/.test(id))).toHaveLength(71);
    expect(rows.filter((r) => r.origin === 'buildkit')).toHaveLength(21);
    expect(rows.filter((r) => r.origin === 'camadas').length).toBeGreaterThanOrEqual(5);
    expect(rows.find((r) => r.id === 'WorkdirRelativePath')).toEqual({
      id: 'WorkdirRelativePath',
      aliases: ['DL3000'],
      severity: expect.any(String),
      origin: 'buildkit',
      title: { 'pt-BR': expect.any(String), en: expect.any(String) },
    });
  });
});

describe('the camadas binary', () => {
  it('runs through bin/camadas.cjs and sets the exit code', () => {
    const result = spawnSync(
      process.execPath,
      [join(root, 'bin/camadas.cjs'), 'lint', '--format', 'json', `${project}/Dockerfile`],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ...en },
      },
    );
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)[0].rule).toBe('DL3006');
  }, 60_000);

  it('loads no package a plain one-file lint does not use (jsdiff, mvdan-sh, yaml) at start', () => {
    const dir = mkdtempSync(join(tmpdir(), 'camadas-cli-load-'));
    const probe = join(dir, 'probe.cjs');
    // Prints, at exit, every package loaded from a node_modules folder.
    writeFileSync(
      probe,
      "process.on('exit', () => process.stderr.write('LOADED ' + JSON.stringify(Object.keys(require.cache).filter((f) => f.includes('node_modules')).map((f) => f.split(/node_modules[\\\\/]/).pop().split(/[\\\\/]/)[0]))));\n",
    );
    writeFileSync(
      join(dir, 'Dockerfile'),
      'FROM debian:12\nRUN apt-get update && apt-get install -y curl | tee /log\n',
    );
    const result = spawnSync(
      process.execPath,
      ['-r', probe, join(root, 'bin/camadas.cjs'), 'lint', 'Dockerfile'],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    expect(result.status, result.stderr).toBe(1);
    const loaded = JSON.parse(/LOADED (.*)/.exec(result.stderr)?.[1] ?? 'null') as string[];
    expect(loaded).not.toBeNull();
    expect(loaded.filter((p) => ['diff', 'mvdan-sh', 'yaml'].includes(p))).toEqual([]);
  }, 60_000);

  it('writes nothing into the install when it starts (no bundle in node_modules/.cache)', () => {
    const cache = join(root, 'node_modules', '.cache', 'camadas');
    rmSync(cache, { recursive: true, force: true });
    const result = spawnSync(process.execPath, [join(root, 'bin/camadas.cjs'), 'rules', '--json'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).length).toBeGreaterThan(50);
    expect(existsSync(cache)).toBe(false);
  }, 60_000);
});
