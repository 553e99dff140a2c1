import rule from '../../../src/lint/rules/DL3054';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // accepts ids case-insensitively and SPDX expressions
    { code: 'LABEL lic="MIT"\n', config: { 'label-schema': { lic: 'spdx' } } },
    { code: 'LABEL lic="mit"\n', config: { 'label-schema': { lic: 'spdx' } } },
    { code: 'LABEL lic="Apache-2.0 OR MIT"\n', config: { 'label-schema': { lic: 'spdx' } } },
    {
      code: 'LABEL lic="(MIT AND BSD-3-Clause) OR GPL-2.0-or-later"\n',
      config: { 'label-schema': { lic: 'spdx' } },
    },
    {
      code: 'LABEL lic="GPL-2.0-only WITH Classpath-exception-2.0"\n',
      config: { 'label-schema': { lic: 'spdx' } },
    },
    { code: 'LABEL lic="LicenseRef-acme"\n', config: { 'label-schema': { lic: 'spdx' } } },
    { code: 'LABEL lic="GPL-2.0+"\n', config: { 'label-schema': { lic: 'spdx' } } },
  ],
  invalid: [
    // rejects free-form names and broken expressions
    {
      code: 'LABEL lic="Apache 2"\n',
      config: { 'label-schema': { lic: 'spdx' } },
      errors: [
        {
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 21,
          messageKey: 'notSpdx',
          data: { label: 'lic', value: 'Apache 2', more: '' },
        },
      ],
    },
    {
      code: 'LABEL lic="GPL"\n',
      config: { 'label-schema': { lic: 'spdx' } },
      errors: [
        {
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 16,
          messageKey: 'notSpdx',
          data: { label: 'lic', value: 'GPL', more: '' },
        },
      ],
    },
    {
      code: 'LABEL lic="MIT OR"\n',
      config: { 'label-schema': { lic: 'spdx' } },
      errors: [
        {
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 19,
          messageKey: 'notSpdx',
          data: { label: 'lic', value: 'MIT OR', more: '' },
        },
      ],
    },
    {
      code: 'LABEL lic="(MIT"\n',
      config: { 'label-schema': { lic: 'spdx' } },
      errors: [
        {
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 17,
          messageKey: 'notSpdx',
          data: { label: 'lic', value: '(MIT', more: '' },
        },
      ],
    },
    {
      code: 'LABEL lic=""\n',
      config: { 'label-schema': { lic: 'spdx' } },
      errors: [
        {
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 13,
          messageKey: 'notSpdx',
          data: { label: 'lic', value: '', more: '' },
        },
      ],
    },
  ],
});
