import rule from '../../../src/lint/rules/UndefinedVar';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // a global ARG must be declared again inside the stage
    'ARG V=1\nFROM alpine:3.20\nARG V\nLABEL v=$V\n',
    // ARG without value, ENV and parent stages define variables
    'FROM alpine:3.20 AS base\nARG A\nENV B=1\nFROM base\nCOPY $A/$B /x\n',
    // assumes PATH for every base image, even scratch
    'FROM scratch\nENV PATH=/opt/bin:$PATH\n',
    // knows a few official images’ variables, not others
    'FROM golang:1.22\nENV PATH=$GOPATH/bin:$PATH\n',
    'FROM docker.io/library/node:20\nWORKDIR /v$NODE_VERSION\n',
    // stays silent on a base image whose ENV it does not know (it may define the variable)
    'FROM ghcr.io/x/golang:1\nENV P=$GOPATH\n',
    'FROM quay.io/sclorg/s2i-base:c9s\nCOPY bin/ $STI_SCRIPTS_PATH\n',
    'FROM jupyter/base-notebook AS a\nFROM a\nUSER ${NB_UID}\n',
    'ARG BASE=alpine\nFROM ${BASE}\nENV P=$NOPE\n',
    // `ARG A B C` declares all three names
    'FROM alpine:3.20\nARG A B C\nENV X=$A Y=$B Z=$C\n',
    // does not check RUN, CMD or ENTRYPOINT (the shell expands there)
    'FROM alpine:3.20\nRUN echo $X\nCMD echo $Y\n',
    // skips single-quoted and escaped dollars
    "FROM alpine:3.20\nLABEL a='$X' b=\\$Y\n",
    // skips heredoc markers
    'FROM alpine:3.20\nCOPY <<EOF /a\nhello $X\nEOF\n',
    // is off for fragments
    'COPY $X /x\n',
  ],
  invalid: [
    // reports an undefined variable, on it, with a suggestion
    {
      code: 'FROM alpine:3.20\nARG APP_DIR=/app\nWORKDIR $APP_DRI\n',
      errors: [
        {
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 17,
          messageKey: 'suggest',
          data: { name: 'APP_DRI', suggestion: 'APP_DIR' },
        },
      ],
    },
    // a use before the definition is undefined
    {
      code: 'FROM alpine:3.20\nCOPY $SRC /app\nARG SRC=.\nCOPY $SRC /app\n',
      errors: [
        { line: 2, column: 6, endLine: 2, endColumn: 10, messageKey: 'undefined', data: { name: 'SRC' } },
      ],
    },
    // a global ARG must be declared again inside the stage
    {
      code: 'ARG V=1\nFROM alpine:3.20\nLABEL v=$V\n',
      errors: [
        { line: 3, column: 9, endLine: 3, endColumn: 11, messageKey: 'undefined', data: { name: 'V' } },
      ],
    },
    // knows a few official images’ variables, not others
    {
      code: 'FROM alpine:3.20\nENV PATH=$GOPATH/bin:$PATH\n',
      errors: [
        {
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 17,
          messageKey: 'suggest',
          data: { name: 'GOPATH', suggestion: 'PATH' },
        },
      ],
    },
    {
      code: 'FROM alpine:3.20\nFROM scratch\nENV P=$GOPATH\n',
      errors: [
        {
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 14,
          messageKey: 'suggest',
          data: { name: 'GOPATH', suggestion: 'PATH' },
        },
      ],
    },
    // keeps the known-image table when only the tag holds an ARG (golang:${VER}-alpine)
    {
      code: 'ARG GO_VERSION=1.22\nFROM golang:${GO_VERSION}-alpine\nENV A=$GOPATH B=$NOPE\n',
      errors: [
        { line: 3, column: 17, endLine: 3, endColumn: 22, messageKey: 'undefined', data: { name: 'NOPE' } },
      ],
    },
    // `ARG A B C` declares all three names
    {
      code: 'FROM alpine:3.20\nARG A B=2 \\\n  C\nENV X=$A Y=$B Z=$C W=$D\n',
      errors: [
        {
          line: 4,
          column: 22,
          endLine: 4,
          endColumn: 24,
          messageKey: 'suggest',
          data: { name: 'D', suggestion: 'B' },
        },
      ],
    },
    // does not report ${X:-default} or ${X:+word}: the word handles X being unset
    {
      code: 'FROM alpine:3.20\nENV L=${LD_LIBRARY_PATH:+$LD_LIBRARY_PATH:}/x M=${MODE:-prod} N=$NOPE\n',
      errors: [
        { line: 2, column: 65, endLine: 2, endColumn: 70, messageKey: 'undefined', data: { name: 'NOPE' } },
      ],
    },
    // reports ENV values against the environment before the instruction
    {
      code: 'FROM alpine:3.20\nENV A=1 B=$A\n',
      errors: [
        { line: 2, column: 11, endLine: 2, endColumn: 13, messageKey: 'undefined', data: { name: 'A' } },
      ],
    },
    // checks COPY flags, ARG defaults, USER, VOLUME and EXPOSE
    {
      code: 'FROM alpine:3.20\nCOPY --chown=$U a /a\nARG D=$E\nUSER $U2\nVOLUME ["$V"]\nEXPOSE $P\n',
      errors: [
        { line: 2, column: 14, endLine: 2, endColumn: 16, messageKey: 'undefined', data: { name: 'U' } },
        { line: 3, column: 7, endLine: 3, endColumn: 9, messageKey: 'undefined', data: { name: 'E' } },
        {
          line: 4,
          column: 6,
          endLine: 4,
          endColumn: 9,
          messageKey: 'suggest',
          data: { name: 'U2', suggestion: 'D' },
        },
        {
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 12,
          messageKey: 'suggest',
          data: { name: 'V', suggestion: 'D' },
        },
        {
          line: 6,
          column: 8,
          endLine: 6,
          endColumn: 10,
          messageKey: 'suggest',
          data: { name: 'P', suggestion: 'D' },
        },
      ],
    },
    // reports each name once per word, on the instruction line
    {
      code: 'FROM alpine:3.20\nCOPY $X$X \\\n    $X /d\n',
      errors: [
        { line: 2, column: 1, endLine: 3, endColumn: 7, messageKey: 'undefined', data: { name: 'X' } },
        { line: 2, column: 6, endLine: 2, endColumn: 8, messageKey: 'undefined', data: { name: 'X' } },
      ],
    },
  ],
});
