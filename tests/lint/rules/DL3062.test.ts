import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';
import { lines as ruleLines } from './_helpers';

const find = (text: string) =>
  lint(text, { locale: 'en' })
    .filter((d) => d.rule === 'DL3062')
    .map((d) => [d.line, d.column, d.endColumn]);

describe('DL3062', () => {
  it('points at the first unpinned module, one finding per RUN', () => {
    expect(find('RUN go install a.example/x@v1 b.example/y c.example/z@latest\n')).toEqual([[1, 31, 42]]);
  });
  it('does not take build flag values for modules', () => {
    expect(find('RUN go install -tags netgo -ldflags "-s -w" ./cmd/api\n')).toEqual([]);
    expect(find('RUN go install -tags=netgo -o /out/x example.com/x@v1.0.0\n')).toEqual([]);
  });
  it('go run: only the first word is a module, the rest belongs to the program', () => {
    expect(find('RUN go run example.com/gen@v0.3.0 -out file ./spec\n')).toEqual([]);
    expect(find('RUN go run -exec env example.com/gen@none\n')).toHaveLength(1);
  });
  it('ignores other go subcommands and the word install elsewhere', () => {
    expect(find('RUN go build -o install ./cmd\n')).toEqual([]);
    expect(find('RUN go mod download\n')).toEqual([]);
  });
});

describe('DL3062 on local programs and meta-patterns', () => {
  it('accepts `go run build.go` (a file of the context) and `go install tool`', () => {
    expect(ruleLines('FROM golang:1.24\nRUN go run build.go build\n', 'DL3062')).toEqual([]);
    expect(ruleLines('FROM golang:1.24\nRUN go install tool\n', 'DL3062')).toEqual([]);
    expect(ruleLines('FROM golang:1.24\nRUN go run example.com/gen@latest\n', 'DL3062')).toEqual([2]);
  });
});
