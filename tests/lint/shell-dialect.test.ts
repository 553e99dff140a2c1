import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/engine';
import { buildModel } from '../../src/lint/parse';
import { nonPosixHasSeveralStatements, nonPosixShellInstructions } from '../../src/lint/shell';
import { mvdanCalls } from '../../src/lint/shell/mvdan';

const PS = 'SHELL ["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]';

function underNonPosix(text: string): string[] {
  const m = buildModel(text);
  const set = nonPosixShellInstructions(m);
  return m.allInstructions.filter((i) => set?.has(i)).map((i) => `${i.range.line}:${i.keyword}`);
}

describe('instructions under a non-POSIX SHELL', () => {
  it('are none in a file without such a SHELL', () => {
    const m = buildModel('FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN echo hi\n');
    expect(nonPosixShellInstructions(m)).toBeNull();
  });

  it('start after SHELL powershell/pwsh/cmd (any path or case) and end at the next FROM', () => {
    expect(
      underNonPosix(
        `FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN a\n${PS}\nRUN b\nCMD c\nFROM debian:12\nRUN d\n`,
      ),
    ).toEqual(['4:RUN', '5:CMD']);
    expect(
      underNonPosix('FROM w\nSHELL ["C:\\\\Windows\\\\System32\\\\CMD.EXE", "/S", "/C"]\nRUN b\n'),
    ).toEqual(['3:RUN']);
    expect(underNonPosix('FROM w\nSHELL ["pwsh", "-c"]\nRUN b\nSHELL ["/bin/sh", "-c"]\nRUN c\n')).toEqual([
      '3:RUN',
    ]);
  });

  it('are inherited by a stage built FROM that stage, and ONBUILD SHELL changes nothing', () => {
    expect(underNonPosix(`FROM w AS base\n${PS}\nFROM base\nRUN a\nFROM w\nRUN b\n`)).toEqual(['4:RUN']);
    expect(underNonPosix(`FROM w\nONBUILD ${PS}\nRUN a\n`)).toEqual([]);
    expect(underNonPosix(`FROM w\n${PS}\nONBUILD RUN a\n`)).toEqual(['3:RUN']);
  });
});

describe('linting PowerShell RUNs', () => {
  it('reads no sh commands in them (rules about apt-get, cd… do not apply)', () => {
    const run = 'RUN apt-get install curl; cd /tmp';
    const sh = lint(`FROM debian:12\n${run}\n`).map((d) => d.rule);
    expect(sh).toEqual(expect.arrayContaining(['DL3008', 'DL3015', 'DL3003']));
    const ps = lint(`FROM debian:12\n${PS}\n${run}\n`).map((d) => d.rule);
    expect(ps).not.toContain('DL3008');
    expect(ps).not.toContain('DL3015');
    expect(ps).not.toContain('DL3003');
  });

  it('never hands them to mvdan-sh; a Bash construct our parser leaves to mvdan-sh does', () => {
    const windows =
      `FROM mcr.microsoft.com/windows/servercore:ltsc2022\n${PS}\n` +
      "RUN Write-Host ('Downloading {0} ...' -f $env:URL); [Net.ServicePointManager]::SecurityProtocol = 'Tls12'\n" +
      "RUN $newPath = ('{0}\\bin;{1}' -f $env:JAVA_HOME, $env:PATH); setx /M PATH $newPath\n";
    const before = mvdanCalls();
    lint(windows);
    expect(mvdanCalls()).toBe(before);
    lint('FROM debian:12\nRUN if (( $(nproc) > 2 )); then echo y; fi\n');
    expect(mvdanCalls()).toBeGreaterThan(before);
  });

  it('DL3059 counts PowerShell statements, not sh commands', () => {
    const single = lint(`FROM w\n${PS}\nRUN Write-Host a\nRUN Write-Host b\n`).map((d) => d.rule);
    expect(single).toContain('DL3059');
    const several = lint(`FROM w\n${PS}\nRUN Write-Host a; Write-Host b\nRUN Write-Host 'c;d'\n`).map(
      (d) => d.rule,
    );
    expect(several).not.toContain('DL3059');
  });

  it('statement separators inside quotes do not count', () => {
    expect(nonPosixHasSeveralStatements("Write-Host 'a; b | c'")).toBe(false);
    expect(nonPosixHasSeveralStatements('Write-Host "a `" ; b"')).toBe(false);
    expect(nonPosixHasSeveralStatements('Write-Host a | Out-Null')).toBe(true);
    expect(nonPosixHasSeveralStatements('echo a & echo b')).toBe(true);
  });
});
