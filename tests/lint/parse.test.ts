import { describe, expect, it } from 'vitest';
import { buildModel, parseExecForm, parseImageRef } from '../../src/lint/parse';

const at = { line: 1, column: 1, endLine: 1, endColumn: 1 };

describe('buildModel', () => {
  it('gives instructions in order with 1-based positions and exclusive end columns', () => {
    const m = buildModel('FROM alpine:3.20\nrun echo hi\n');
    expect(m.instructions.map((i) => [i.keyword, i.written])).toEqual([
      ['FROM', 'FROM'],
      ['RUN', 'run'],
    ]);
    const run = m.instructions[1];
    expect(run.range).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 12 });
    expect(run.keywordRange).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 4 });
    expect(run.args.map((a) => [a.value, a.range.column])).toEqual([
      ['echo', 5],
      ['hi', 10],
    ]);
    expect(run.argsText).toBe('echo hi');
    expect(run.form).toBe('shell');
    expect(m.hasFrom).toBe(true);
  });

  it('handles CRLF and a BOM (positions exclude the BOM)', () => {
    const m = buildModel('\uFEFFFROM debian:12\r\nRUN a \\\r\n  && b\r\n');
    expect(m.instructions[0].range).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 15 });
    const run = m.instructions[1];
    expect(run.range.line).toBe(2);
    expect(run.range.endLine).toBe(3);
    expect(run.argsText).toBe('a   && b');
  });

  it('joins continuations and drops comment lines inside them', () => {
    const m = buildModel('RUN apt-get update \\\n  # a comment\n  && apt-get install -y curl\n');
    expect(m.instructions[0].argsText).toBe('apt-get update   && apt-get install -y curl');
    expect(m.comments).toEqual([]);
  });

  it('records empty continuation lines', () => {
    const m = buildModel('FROM scratch\nCOPY a \\\n\nb /\n');
    expect(m.instructions[1].emptyContinuationLines).toEqual([3]);
  });

  it('honours the escape directive', () => {
    const m = buildModel(
      '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\n  C:\\\n',
    );
    expect(m.escapeChar).toBe('`');
    expect(m.directive('escape')?.value).toBe('`');
    expect(m.instructions[1].argsText).toBe('dir   C:\\');
    expect(m.instructions[1].range.endLine).toBe(4);
  });

  it('parses directives only at the top, and comments with positions', () => {
    const m = buildModel(
      '# syntax=docker/dockerfile:1\n# check=skip=all\n\n# hello\nFROM scratch\n# check=skip=x\n',
    );
    expect(m.directives.map((d) => [d.name, d.value, d.range.line])).toEqual([
      ['syntax', 'docker/dockerfile:1', 1],
      ['check', 'skip=all', 2],
    ]);
    expect(m.comments.map((c) => [c.text, c.range.line, c.directive])).toEqual([
      ['syntax=docker/dockerfile:1', 1, true],
      ['check=skip=all', 2, true],
      ['hello', 4, false],
      ['check=skip=x', 6, false],
    ]);
    expect(m.instructions[0].commentsBefore.map((c) => c.text)).toEqual(['hello']);
  });

  it('parses flags, including --mount options', () => {
    const m = buildModel(
      'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nRUN --mount=type=cache,target=/root/.cache --network=none go build\nCOPY --from=build --chown=1000:1000 --link /out /app\n',
    );
    const [from, run, copy] = m.instructions;
    expect(from.flag('platform')?.value).toBe('$BUILDPLATFORM');
    const mount = run.flag('--mount');
    expect(mount?.option('type')).toBe('cache');
    expect(mount?.option('target')).toBe('/root/.cache');
    expect(mount?.options.map((o) => o.valueRange?.column)).toEqual([18, 31]);
    expect(run.flag('network')?.value).toBe('none');
    expect(run.argsText).toBe('go build');
    expect(copy.flag('from')?.value).toBe('build');
    expect(copy.flag('chown')?.value).toBe('1000:1000');
    expect(copy.flag('link')?.value).toBeNull();
    expect(copy.args.map((a) => a.value)).toEqual(['/out', '/app']);
  });

  it('detects exec form with a real JSON parse', () => {
    const m = buildModel(
      'CMD ["node", "server.js"]\nCMD node server.js\nENTRYPOINT [\'sh\']\nHEALTHCHECK CMD ["curl", "-f", "x"]\n',
    );
    expect(m.instructions.map((i) => i.form)).toEqual(['exec', 'shell', 'shell', 'exec']);
    expect(m.instructions[0].exec).toEqual(['node', 'server.js']);
    expect(m.instructions[3].exec).toEqual(['curl', '-f', 'x']);
    expect(parseExecForm('["a", 1]')).toBeNull();
  });

  it('builds stages with names, parents and parsed images', () => {
    const m = buildModel(
      'ARG TAG=3.20\nFROM alpine:${TAG} AS Base\nFROM base AS test\nFROM localhost:5000/team/app:1.0@sha256:abc\nFROM scratch\n',
    );
    expect(m.stages.map((s) => [s.index, s.name, s.nameLower])).toEqual([
      [0, 'Base', 'base'],
      [1, 'test', 'test'],
      [2, null, null],
      [3, null, null],
    ]);
    expect(m.stages[1].parent).toBe(m.stages[0]);
    expect(m.stages[0].image).toMatchObject({ name: 'alpine', tag: '${TAG}', hasVariables: true });
    expect(m.stages[2].image).toMatchObject({
      registry: 'localhost:5000',
      name: 'team/app',
      tag: '1.0',
      digest: 'sha256:abc',
    });
    expect(m.stages[0].asKeyword?.value).toBe('AS');
    expect(m.stageByName('BASE')).toBe(m.stages[0]);
    expect(m.stageByName('test', 1)).toBeUndefined();
    expect(m.globalArgs.map((a) => [a.name, a.value])).toEqual([['TAG', '3.20']]);
  });

  it('computes ARG/ENV scopes per instruction (global args, redeclaration, parent stages)', () => {
    const m = buildModel(
      'ARG V=1\nFROM alpine:3.20 AS a\nRUN echo\nARG V\nENV E=x\nRUN echo\nFROM a\nRUN echo\nFROM alpine:3.20\nRUN echo\n',
    );
    const runs = m.instructions.filter((i) => i.keyword === 'RUN');
    expect(runs[0].scope.has('V')).toBe(false);
    expect(runs[1].scope.get('V')?.value).toBe('1');
    expect(runs[1].scope.get('E')?.kind).toBe('env');
    expect(runs[2].scope.has('E')).toBe(true); // inherited from stage a
    expect(runs[3].scope.has('E')).toBe(false);
    expect(m.instructions[1].scope.has('V')).toBe(true); // FROM sees global ARGs
    expect(m.instructions[1].scope.has('TARGETPLATFORM')).toBe(true);
  });

  it('exposes ONBUILD triggers as nested instructions with their own positions', () => {
    const m = buildModel('FROM alpine:3.20\nONBUILD RUN apk add curl\n');
    const onbuild = m.instructions[1];
    expect(onbuild.trigger?.keyword).toBe('RUN');
    expect(onbuild.trigger?.range).toEqual({ line: 2, column: 9, endLine: 2, endColumn: 25 });
    expect(onbuild.trigger?.onbuild).toBe(onbuild);
    expect(onbuild.trigger?.argsText).toBe('apk add curl');
    expect(m.allInstructions.map((i) => i.keyword)).toEqual(['FROM', 'ONBUILD', 'RUN']);
  });

  it('parses heredocs', () => {
    const m = buildModel(
      'FROM alpine:3.20\nRUN <<-EOF bash\n\techo hi\nEOF\nCOPY <<"CONF" /etc/app.conf\nkey=$v\nCONF\n',
    );
    const run = m.instructions[1];
    expect(run.heredocs).toHaveLength(1);
    expect(run.heredocs[0]).toMatchObject({ name: 'EOF', body: '\techo hi', stripTabs: true, quoted: false });
    expect(run.heredocs[0].bodyRange?.line).toBe(3);
    expect(run.args.map((a) => a.value)).toEqual(['<<-EOF', 'bash']);
    const copy = m.instructions[2];
    expect(copy.heredocs[0]).toMatchObject({ name: 'CONF', body: 'key=$v', quoted: true });
    expect(m.comments).toEqual([]);
  });

  it('reads heredoc bodies raw: a body line holding the escape character does not swallow the delimiter', () => {
    const m = buildModel(
      'FROM alpine:3.20\nRUN <<EOT\n    find . -type f -exec sh -c \'gzip -9 "$1"\' _ {} \\;\n    # done\nEOT\nRUN echo next\n',
    );
    expect(m.syntaxErrors).toEqual([]);
    const run = m.instructions[1];
    expect(run.heredocs).toHaveLength(1);
    expect(run.heredocs[0].body).toBe('    find . -type f -exec sh -c \'gzip -9 "$1"\' _ {} \\;\n    # done');
    expect(run.heredocs[0].bodyRange?.line).toBe(3);
    expect(run.range.endLine).toBe(5);
    expect(m.comments).toEqual([]); // `# done` is body text, not a Dockerfile comment
    expect(m.instructions[2].argsText).toBe('echo next');
  });

  it('reads every heredoc of an instruction raw, with the escape character anywhere in a body', () => {
    const m = buildModel('FROM alpine:3.20\nRUN <<A cat - <<B\nx \\;\nA\ny \\\nB\n');
    expect(m.syntaxErrors).toEqual([]);
    expect(m.instructions[1].heredocs.map((h) => [h.name, h.body])).toEqual([
      ['A', 'x \\;'],
      ['B', 'y \\'],
    ]);
  });

  it('still reports a heredoc whose delimiter never comes', () => {
    const m = buildModel('FROM alpine:3.20\nRUN <<EOT\nrm {} \\;\nEOF\n');
    expect(m.syntaxErrors.map((e) => e.message.en)).toEqual([
      'unterminated heredoc <<EOT: a line with just "EOT" must follow the body',
    ]);
  });

  it("keeps the continuation of a heredoc instruction's first line", () => {
    const m = buildModel('FROM alpine:3.20\nRUN --network=none \\\n  <<EOT sh\necho a \\;\nEOT\n');
    expect(m.syntaxErrors).toEqual([]);
    expect(m.instructions[1].heredocs.map((h) => [h.name, h.body])).toEqual([['EOT', 'echo a \\;']]);
  });

  it('parses ENV/LABEL properties and the legacy form', () => {
    const m = buildModel('ENV A=1 B="x y"\nENV legacy value here\nLABEL a=b\n');
    expect(m.instructions[0].properties.map((p) => [p.key, p.value])).toEqual([
      ['A', '1'],
      ['B', 'x y'],
    ]);
    expect(m.instructions[0].legacyKeyValue).toBe(false);
    expect(m.instructions[1].properties.map((p) => [p.key, p.value])).toEqual([['legacy', 'value here']]);
    expect(m.instructions[1].legacyKeyValue).toBe(true);
  });

  it('marks fragments and reports syntax errors without throwing', () => {
    const m = buildModel('RUN echo\nBADCMD x\nONBUILD\nFROM\n');
    expect(m.hasFrom).toBe(true); // a FROM keyword exists, even without image
    expect(m.syntaxErrors.map((e) => [e.range.line, e.message.en])).toEqual([
      [2, 'Unknown instruction: BADCMD'],
      [3, 'ONBUILD requires an instruction'],
      [4, 'FROM requires at least one argument'],
    ]);
    expect(buildModel('RUN echo hi\n').hasFrom).toBe(false);
  });

  it('survives NUL bytes, tabs and empty input', () => {
    expect(() => buildModel('FROM a\0b\n\tRUN\techo\n')).not.toThrow();
    expect(buildModel('').instructions).toEqual([]);
    expect(buildModel('\t\n').instructions).toEqual([]);
    const m = buildModel('\tRUN\techo hi\n');
    expect(m.instructions[0].range.column).toBe(2);
  });

  it('parseImageRef', () => {
    expect(parseImageRef('ubuntu', at)).toMatchObject({
      registry: null,
      name: 'ubuntu',
      tag: null,
      digest: null,
    });
    expect(parseImageRef('docker.io/library/ubuntu:22.04', at)).toMatchObject({
      registry: 'docker.io',
      name: 'library/ubuntu',
      tag: '22.04',
    });
    expect(parseImageRef('${IMG:-alpine}', at)).toMatchObject({ name: '${IMG:-alpine}', tag: null });
  });
});
