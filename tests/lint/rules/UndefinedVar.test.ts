import { describe, expect, it } from 'vitest';
import { findings, lines } from './_helpers';

describe('UndefinedVar', () => {
  it('reports an undefined variable, on it, with a suggestion', () => {
    const [d] = findings('FROM alpine:3.20\nARG APP_DIR=/app\nWORKDIR $APP_DRI\n', 'UndefinedVar');
    expect([d.line, d.column, d.endColumn]).toEqual([3, 9, 17]);
    expect(d.message).toContain('did you mean `$APP_DIR`');
  });
  it('a use before the definition is undefined', () => {
    expect(lines('FROM alpine:3.20\nCOPY $SRC /app\nARG SRC=.\nCOPY $SRC /app\n', 'UndefinedVar')).toEqual([
      2,
    ]);
  });
  it('a global ARG must be declared again inside the stage', () => {
    expect(lines('ARG V=1\nFROM alpine:3.20\nLABEL v=$V\n', 'UndefinedVar')).toEqual([3]);
    expect(lines('ARG V=1\nFROM alpine:3.20\nARG V\nLABEL v=$V\n', 'UndefinedVar')).toEqual([]);
  });
  it('ARG without value, ENV and parent stages define variables', () => {
    const text = 'FROM alpine:3.20 AS base\nARG A\nENV B=1\nFROM base\nCOPY $A/$B /x\n';
    expect(lines(text, 'UndefinedVar')).toEqual([]);
  });
  it('assumes PATH for every base image, even scratch', () => {
    expect(lines('FROM scratch\nENV PATH=/opt/bin:$PATH\n', 'UndefinedVar')).toEqual([]);
  });
  it('knows a few official images’ variables, not others', () => {
    expect(lines('FROM golang:1.22\nENV PATH=$GOPATH/bin:$PATH\n', 'UndefinedVar')).toEqual([]);
    expect(lines('FROM docker.io/library/node:20\nWORKDIR /v$NODE_VERSION\n', 'UndefinedVar')).toEqual([]);
    expect(lines('FROM alpine:3.20\nENV PATH=$GOPATH/bin:$PATH\n', 'UndefinedVar')).toEqual([2]);
    expect(lines('FROM alpine:3.20\nFROM scratch\nENV P=$GOPATH\n', 'UndefinedVar')).toEqual([3]);
  });
  it('stays silent on a base image whose ENV it does not know (it may define the variable)', () => {
    expect(lines('FROM ghcr.io/x/golang:1\nENV P=$GOPATH\n', 'UndefinedVar')).toEqual([]);
    expect(lines('FROM quay.io/sclorg/s2i-base:c9s\nCOPY bin/ $STI_SCRIPTS_PATH\n', 'UndefinedVar')).toEqual(
      [],
    );
    expect(lines('FROM jupyter/base-notebook AS a\nFROM a\nUSER ${NB_UID}\n', 'UndefinedVar')).toEqual([]);
    expect(lines('ARG BASE=alpine\nFROM ${BASE}\nENV P=$NOPE\n', 'UndefinedVar')).toEqual([]);
  });
  it('keeps the known-image table when only the tag holds an ARG (golang:${VER}-alpine)', () => {
    const text = 'ARG GO_VERSION=1.22\nFROM golang:${GO_VERSION}-alpine\nENV A=$GOPATH B=$NOPE\n';
    expect(findings(text, 'UndefinedVar').map((d) => d.message)).toEqual([
      'Variable `$NOPE` is used but not defined',
    ]);
  });
  it('`ARG A B C` declares all three names', () => {
    expect(lines('FROM alpine:3.20\nARG A B C\nENV X=$A Y=$B Z=$C\n', 'UndefinedVar')).toEqual([]);
    expect(lines('FROM alpine:3.20\nARG A B=2 \\\n  C\nENV X=$A Y=$B Z=$C W=$D\n', 'UndefinedVar')).toEqual([
      4,
    ]);
  });
  it('does not report ${X:-default} or ${X:+word}: the word handles X being unset', () => {
    const text = 'FROM alpine:3.20\nENV L=${LD_LIBRARY_PATH:+$LD_LIBRARY_PATH:}/x M=${MODE:-prod} N=$NOPE\n';
    expect(findings(text, 'UndefinedVar').map((d) => d.message)).toEqual([
      'Variable `$NOPE` is used but not defined',
    ]);
  });
  it('does not check RUN, CMD or ENTRYPOINT (the shell expands there)', () => {
    expect(lines('FROM alpine:3.20\nRUN echo $X\nCMD echo $Y\n', 'UndefinedVar')).toEqual([]);
  });
  it('skips single-quoted and escaped dollars', () => {
    expect(lines("FROM alpine:3.20\nLABEL a='$X' b=\\$Y\n", 'UndefinedVar')).toEqual([]);
  });
  it('reports ENV values against the environment before the instruction', () => {
    expect(lines('FROM alpine:3.20\nENV A=1 B=$A\n', 'UndefinedVar')).toEqual([2]);
  });
  it('checks COPY flags, ARG defaults, USER, VOLUME and EXPOSE', () => {
    const text = 'FROM alpine:3.20\nCOPY --chown=$U a /a\nARG D=$E\nUSER $U2\nVOLUME ["$V"]\nEXPOSE $P\n';
    expect(lines(text, 'UndefinedVar')).toEqual([2, 3, 4, 5, 6]);
  });
  it('reports each name once per word, on the instruction line', () => {
    expect(lines('FROM alpine:3.20\nCOPY $X$X \\\n    $X /d\n', 'UndefinedVar')).toEqual([2, 2]);
  });
  it('skips heredoc markers', () => {
    expect(lines('FROM alpine:3.20\nCOPY <<EOF /a\nhello $X\nEOF\n', 'UndefinedVar')).toEqual([]);
  });
  it('is off for fragments', () => {
    expect(lines('COPY $X /x\n', 'UndefinedVar')).toEqual([]);
  });
});
