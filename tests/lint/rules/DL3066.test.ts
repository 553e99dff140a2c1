import rule from '../../../src/lint/rules/DL3066';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // points at the user and only looks at the part before the colon
    'USER 10001:app\n',
    'USER "10001"\n',
    // judges a variable by its value when the file defines one, else accepts it
    'ARG UID=10001\nFROM debian:12-slim\nUSER ${UID}\n',
    'FROM debian:12-slim\nARG UID=10001\nUSER $UID:$UID\n',
    'FROM debian:12-slim\nENV UID=10001\nUSER $UID\n',
    'FROM debian:12-slim\nUSER $UID\nARG UID=10001\n',
    // does not look at ONBUILD USER
    'FROM debian:12-slim\nONBUILD USER app\n',
    // accepts a UID held in a variable, even one the base image defines
    'FROM jupyter/base-notebook:2024\nUSER ${NB_UID}\n',
    // accepts Windows accounts, which have no numeric UID
    'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerAdministrator\nRUN setx X 1\nUSER ContainerUser\n',
    'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER app\n',
    // accepts USER root for a few steps when a later USER follows in the stage
    'FROM debian:12\nUSER root\nRUN apt-get update\nUSER 1000\n',
  ],
  invalid: [
    // points at the user and only looks at the part before the colon
    {
      code: 'USER app:app\n',
      errors: [
        { line: 1, column: 6, endLine: 1, endColumn: 13, messageKey: 'nonNumeric', data: { user: 'app' } },
      ],
    },
    // judges a variable by its value when the file defines one, else accepts it
    {
      code: 'FROM debian:12-slim\nENV APP_USER=app\nUSER $APP_USER\n',
      errors: [
        {
          line: 3,
          column: 6,
          endLine: 3,
          endColumn: 15,
          messageKey: 'nonNumeric',
          data: { user: '$APP_USER' },
        },
      ],
    },
    // accepts USER root for a few steps when a later USER follows in the stage
    {
      code: 'FROM debian:12\nUSER root\n',
      errors: [
        { line: 2, column: 6, endLine: 2, endColumn: 10, messageKey: 'nonNumeric', data: { user: 'root' } },
      ],
    },
    {
      code: 'FROM debian:12\nUSER root\nRUN true\nUSER app\n',
      errors: [
        { line: 4, column: 6, endLine: 4, endColumn: 9, messageKey: 'nonNumeric', data: { user: 'app' } },
      ],
    },
  ],
});
