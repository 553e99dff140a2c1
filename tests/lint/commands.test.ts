import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/lint/commands';
import { APK_TABLE, FLAG_TABLES, flagTable, RPM_TABLE } from '../../src/lint/commands';
import { lint } from '../../src/lint/engine';
import { defineRule } from '../../src/lint/types';

/** The commands the layer gives for each RUN of `text` (through a throw-away rule). */
function commandsOf(text: string): Command[][] {
  const out: Command[][] = [];
  const probe = defineRule({
    id: 'CAM999',
    severity: 'info',
    origin: 'camadas',
    scope: 'instruction',
    title: { 'pt-BR': 'sonda', en: 'probe' },
    messages: { x: { 'pt-BR': 'x', en: 'x' } },
    rationale: { 'pt-BR': 'x', en: 'x' },
    examples: { bad: [], good: [] },
    check(ctx) {
      for (const run of ctx.instructionsOf('RUN', { onbuild: true })) out.push([...ctx.commands(run)]);
    },
  });
  lint(text, { rules: [probe], locale: 'en' });
  return out;
}

const tools = (text: string) => commandsOf(text).map((cmds) => cmds.map((c) => c.tool));
const rulesOf = (text: string) => [...new Set(lint(text, { locale: 'en' }).map((d) => d.rule))].sort();

describe('command layer', () => {
  it('sees through sudo, env, xargs, nice and timeout, and names the wrappers', () => {
    const [cmds] = commandsOf(
      'FROM debian:12\nRUN sudo -u root env DEBIAN_FRONTEND=noninteractive apt-get install -y curl' +
        ' && xargs -n 1 apk add < list && nice -n 5 timeout 60 pip3 install x\n',
    );
    expect(cmds.map((c) => c.tool)).toEqual(['apt-get', 'apk', 'pip']);
    expect(cmds[0].wrappers.map((w) => w.name)).toEqual(['sudo', 'env']);
    expect(cmds[0].sub?.value).toBe('install');
    expect(cmds[0].nameWord.range.column).toBe(53);
    expect(cmds[2].wrappers.map((w) => w.name)).toEqual(['nice', 'timeout']);
  });

  it('looks into sh -c / bash -ec strings with positions in the Dockerfile', () => {
    const [cmds] = commandsOf('FROM debian:12\nRUN bash -ec "apt-get update && apt-get install -y curl"\n');
    expect(cmds.map((c) => c.tool)).toEqual(['apt-get', 'apt-get']);
    expect(cmds[1].nameWord.range).toMatchObject({ line: 2, column: 33, endColumn: 40 });
    expect(cmds[1].wrappers.map((w) => w.name)).toEqual(['bash']);
  });

  it('reads exec-form RUN, and the script of ["sh", "-c", "…"]', () => {
    expect(tools('FROM debian:12\nRUN ["apt-get", "install", "-y", "curl"]\n')).toEqual([['apt-get']]);
    const [cmds] = commandsOf('FROM debian:12\nRUN ["sh", "-c", "apk add curl && rm -rf /x"]\n');
    expect(cmds.map((c) => c.tool)).toEqual(['apk', 'rm']);
    expect(cmds[0].nameWord.range.column).toBe(19);
  });

  it('includes ONBUILD RUN triggers, and names every pip spelling pip', () => {
    expect(
      tools(
        'FROM python:3.12\nONBUILD RUN python3 -m pip install x && pip3.12 install y && uv pip install z\n',
      ),
    ).toEqual([['pip', 'pip', 'pip']]);
  });

  it('numbers commands in source order (index = position in the list)', () => {
    const [cmds] = commandsOf('FROM debian:12\nRUN cd /x && sudo make && sh -c "a; b"\n');
    expect(cmds.map((c) => [c.name, c.index])).toEqual([
      ['cd', 0],
      ['make', 1],
      ['a', 2],
      ['b', 3],
    ]);
  });

  it('skips the values of value-taking options through the tool table', () => {
    const [cmds] = commandsOf(
      'FROM fedora:40\nRUN dnf --debuglevel 2 --setopt x=1 install -y gcc && apk --repository r add curl\n',
    );
    expect(cmds.map((c) => c.sub?.value)).toEqual(['install', 'add']);
    expect(cmds[0].argsAfter('install')?.map((w) => w.value)).toEqual(['gcc']);
  });

  it('has one table per tool, and no tool in two tables', () => {
    const seen = new Set<string>();
    for (const t of FLAG_TABLES)
      for (const name of t.tools) {
        expect(seen.has(name)).toBe(false);
        seen.add(name);
      }
    expect(flagTable('microdnf')).toBe(RPM_TABLE);
    expect(flagTable('apk')).toBe(APK_TABLE);
    expect(flagTable('unknown-tool').value).toEqual([]);
  });
});

describe('command layer: rules agree with each other (drift fixed)', () => {
  it('dnf --debuglevel 2 install gcc: DL3041 and CAM005 both see the install', () => {
    const rules = rulesOf('FROM fedora:40\nRUN dnf --debuglevel 2 install -y gcc\nUSER 1000\n');
    expect(rules).toContain('DL3041');
    expect(rules).toContain('CAM005');
  });

  it('hadolint rules see apt-get behind sudo and inside exec-form RUN', () => {
    expect(rulesOf('FROM debian:12\nRUN sudo apt-get install curl\n')).toEqual(
      expect.arrayContaining(['DL3004', 'DL3008', 'DL3014', 'DL3015']),
    );
    expect(rulesOf('FROM debian:12\nRUN ["apt-get", "install", "curl"]\n')).toEqual(
      expect.arrayContaining(['DL3008', 'DL3014', 'DL3015']),
    );
  });

  it('a quoted command name is still the command (no text pre-filter hides it)', () => {
    expect(rulesOf("FROM alpine:3.20\nRUN 'ap'k add curl\n")).toContain('DL3019');
  });
});
