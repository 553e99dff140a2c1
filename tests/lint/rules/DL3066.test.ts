import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const find = (text: string) =>
  lint(text, { locale: 'en' })
    .filter((d) => d.rule === 'DL3066')
    .map((d) => [d.line, d.column, d.endColumn]);

describe('DL3066', () => {
  it('points at the user and only looks at the part before the colon', () => {
    expect(find('USER app:app\n')).toEqual([[1, 6, 13]]);
    expect(find('USER 10001:app\n')).toEqual([]);
    expect(find('USER "10001"\n')).toEqual([]);
  });
  it('judges a variable by its value when the file defines one, else accepts it', () => {
    expect(find('ARG UID=10001\nFROM debian:12-slim\nUSER ${UID}\n')).toEqual([]);
    expect(find('FROM debian:12-slim\nARG UID=10001\nUSER $UID:$UID\n')).toEqual([]);
    expect(find('FROM debian:12-slim\nENV UID=10001\nUSER $UID\n')).toEqual([]);
    expect(find('FROM debian:12-slim\nUSER $UID\nARG UID=10001\n')).toEqual([]);
    expect(find('FROM debian:12-slim\nENV APP_USER=app\nUSER $APP_USER\n')).toHaveLength(1);
  });
  it('does not look at ONBUILD USER', () => {
    expect(find('FROM debian:12-slim\nONBUILD USER app\n')).toEqual([]);
  });
  it('accepts a UID held in a variable, even one the base image defines', () => {
    expect(find('FROM jupyter/base-notebook:2024\nUSER ${NB_UID}\n')).toHaveLength(0);
  });
  it('accepts Windows accounts, which have no numeric UID', () => {
    expect(
      find(
        'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerAdministrator\nRUN setx X 1\nUSER ContainerUser\n',
      ),
    ).toHaveLength(0);
    expect(find('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER app\n')).toHaveLength(0);
  });
  it('accepts USER root for a few steps when a later USER follows in the stage', () => {
    expect(find('FROM debian:12\nUSER root\nRUN apt-get update\nUSER 1000\n')).toHaveLength(0);
    expect(find('FROM debian:12\nUSER root\n')).toHaveLength(1);
    expect(find('FROM debian:12\nUSER root\nRUN true\nUSER app\n')).toHaveLength(1);
  });
});
