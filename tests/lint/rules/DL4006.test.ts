import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const find = (text: string) =>
  lint(text, { locale: 'en' })
    .filter((d) => d.rule === 'DL4006')
    .map((d) => [d.line, d.column, d.endColumn]);
const lines = (text: string) => find(text).map((d) => d[0]);

describe('DL4006', () => {
  it('points at the first pipeline', () => {
    expect(find('FROM debian:12-slim\nRUN cd / && ls | wc -l && echo done\n')).toEqual([[2, 13, 23]]);
  });
  it('does not see a pipe inside quotes', () => {
    expect(lines("FROM debian:12-slim\nRUN yq '.a | keys' f.yml || true\n")).toEqual([]);
  });
  it('accepts bash/zsh/ash with -o pipefail, in any spelling', () => {
    for (const shell of [
      '["/bin/bash", "-euxo", "pipefail", "-c"]',
      '["/usr/bin/zsh", "-o", "pipefail", "-c"]',
      '["ash", "-e", "-o", "pipefail", "-c"]',
    ])
      expect(lines(`FROM alpine:3.20\nSHELL ${shell}\nRUN ls | wc -l\n`)).toEqual([]);
    expect(lines('FROM alpine:3.20\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\nRUN ls | wc -l\n')).toEqual([
      3,
    ]);
    expect(lines('FROM alpine:3.20\nSHELL ["/bin/bash", "-c"]\nRUN ls | wc -l\n')).toEqual([3]);
  });
  it('skips non-POSIX shells (SHELL or shell pragma)', () => {
    expect(
      lines(
        'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["C:\\\\Windows\\\\System32\\\\WindowsPowerShell\\\\v1.0\\\\powershell.exe", "-Command"]\nRUN Get-ChildItem | Measure-Object\n',
      ),
    ).toEqual([]);
    expect(
      lines(
        '# hadolint shell=pwsh\nFROM mcr.microsoft.com/powershell:7.4-debian-12\nRUN Get-ChildItem | Measure-Object\n',
      ),
    ).toEqual([]);
  });
  it('a stage built on another inherits its SHELL; an unrelated stage does not', () => {
    const text =
      'FROM debian:12-slim AS base\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM base AS child\nRUN ls | wc -l\nFROM debian:12-slim\nRUN ls | wc -l\n';
    expect(lines(text)).toEqual([6]);
  });
  it('does not check ONBUILD triggers or exec-form RUN', () => {
    expect(lines('FROM debian:12-slim\nONBUILD RUN ls | wc -l\nRUN ["sh", "-c", "ls | wc -l"]\n')).toEqual(
      [],
    );
  });
});
