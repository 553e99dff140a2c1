import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/lint/parse';
import { heredocName, scanInstructions } from '../../src/lint/parse/scanner';

/** [keyword, first line, last line] of each top-level instruction. */
const shape = (text: string) =>
  buildModel(text).instructions.map((i) => [i.keyword, i.range.line, i.range.endLine]);

describe('scanner: line continuations', () => {
  it('continues a line on a backslash followed by blanks and a newline', () => {
    const m = buildModel('FROM a\nRUN echo a \\  \n  && echo b\nUSER x\n');
    expect(shape('FROM a\nRUN echo a \\  \n  && echo b\nUSER x\n')).toEqual([
      ['FROM', 1, 1],
      ['RUN', 2, 3],
      ['USER', 4, 4],
    ]);
    expect(m.instructions[1].args.map((a) => a.value)).toEqual(['echo', 'a', '&&', 'echo', 'b']);
  });

  it('continues on a backtick under `# escape=`` and then treats the backslash as an ordinary character', () => {
    const m = buildModel('# escape=`\nFROM w\nRUN dir C:\\ `\n  /s\n');
    expect(m.escapeChar).toBe('`');
    expect(m.instructions[1].range.endLine).toBe(4);
    expect(m.instructions[1].args.map((a) => a.value)).toEqual(['dir', 'C:\\', '/s']);
  });

  it('skips comment lines and empty lines inside a continuation (they do not end the instruction)', () => {
    const m = buildModel('FROM a\nRUN a \\\n# note\n\n  b\nUSER x\n');
    expect(m.instructions.map((i) => i.keyword)).toEqual(['FROM', 'RUN', 'USER']);
    expect(m.instructions[1].args.map((a) => a.value)).toEqual(['a', 'b']);
    expect(m.instructions[1].emptyContinuationLines).toEqual([4]);
  });

  it('joins a word split by a continuation into one word spanning both lines', () => {
    const run = buildModel('RUN ab\\\ncd ef\n').instructions[0];
    expect(
      run.args.map((a) => [a.value, a.range.line, a.range.column, a.range.endLine, a.range.endColumn]),
    ).toEqual([
      ['abcd', 1, 5, 2, 3],
      ['ef', 2, 4, 2, 6],
    ]);
  });

  it('drops the escape character before another character but keeps it before $', () => {
    const run = buildModel('RUN a\\"b \\$HOME\n').instructions[0];
    expect(run.args.map((a) => a.value)).toEqual(['a"b', '\\$HOME']);
  });

  it('ends an instruction at the end of the file even after a trailing escape', () => {
    expect(shape('FROM a\nRUN x \\')).toEqual([
      ['FROM', 1, 1],
      ['RUN', 2, 2],
    ]);
  });
});

describe('scanner: heredocs', () => {
  it('reads a <<EOF body raw up to the delimiter line, escape characters included', () => {
    const m = buildModel('FROM a\nRUN <<EOF\nfind . -exec rm {} \\;\necho done\nEOF\nUSER x\n');
    const run = m.instructions[1];
    expect(run.heredocs).toHaveLength(1);
    expect(run.heredocs[0].body).toBe('find . -exec rm {} \\;\necho done');
    expect(run.heredocs[0].bodyRange).toEqual({ line: 3, column: 1, endLine: 4, endColumn: 10 });
    expect(run.range.endLine).toBe(5);
    expect(m.instructions[2].keyword).toBe('USER');
    expect(m.syntaxErrors).toEqual([]);
  });

  it('strips leading tabs before the delimiter of <<-EOF only', () => {
    const dash = buildModel('RUN <<-EOF\n\techo\n\tEOF\nUSER x\n');
    expect(dash.instructions.map((i) => i.keyword)).toEqual(['RUN', 'USER']);
    expect(dash.instructions[0].heredocs[0].stripTabs).toBe(true);
    // without the dash, a tab-indented EOF is body text and the heredoc never ends
    const plain = buildModel('RUN <<EOF\n\techo\n\tEOF\nUSER x\n');
    expect(plain.instructions.map((i) => i.keyword)).toEqual(['RUN']);
    expect(plain.syntaxErrors.map((e) => e.message.en)).toEqual([
      'unterminated heredoc <<EOF: a line with just "EOF" must follow the body',
    ]);
  });

  it('unquotes the delimiter and marks quoted heredocs (no expansion), quotes anywhere in the word', () => {
    for (const [marker, name] of [
      ['<<"EOF"', 'EOF'],
      ["<<'EOF'", 'EOF'],
      ['<<E"O"F', 'EOF'],
    ] as const) {
      const run = buildModel(`RUN cat ${marker}\n$HOME\n${name}\n`).instructions[0];
      expect(run.heredocs.map((h) => [h.name, h.quoted, h.body])).toEqual([[name, true, '$HOME']]);
    }
    expect(buildModel('RUN cat <<EOF\nx\nEOF\n').instructions[0].heredocs[0].quoted).toBe(false);
  });

  it('reads several heredocs of one line in order, each body after the previous delimiter', () => {
    const copy = buildModel('COPY <<A <<B /dst/\na1\nA\nb1\nb2\nB\nUSER x\n').instructions[0];
    expect(copy.heredocs.map((h) => [h.name, h.body])).toEqual([
      ['A', 'a1'],
      ['B', 'b1\nb2'],
    ]);
    expect(copy.args.map((a) => a.value)).toEqual(['<<A', '<<B', '/dst/']);
  });

  it('gives heredocs only to RUN, COPY and ADD (also as ONBUILD triggers), like BuildKit', () => {
    const m = buildModel('FROM a\nCMD cat <<EOF\nONBUILD RUN <<EOF\necho\nEOF\n');
    expect(m.instructions.map((i) => i.keyword)).toEqual(['FROM', 'CMD', 'ONBUILD']);
    expect(m.instructions[1].heredocs).toEqual([]);
    expect(m.instructions[2].trigger?.heredocs.map((h) => h.body)).toEqual(['echo']);
    expect(m.syntaxErrors).toEqual([]);
  });

  it('reports a heredoc whose marker line ends the file', () => {
    const m = buildModel('FROM a\nRUN cat <<EOF');
    expect(m.instructions[1].heredocs.map((h) => [h.name, h.body, h.bodyRange])).toEqual([['EOF', '', null]]);
    expect(m.syntaxErrors).toHaveLength(1);
  });

  it('does not open a heredoc on here-strings, `<<` alone or unterminated quotes', () => {
    expect(heredocName('<EOF')).toBeNull();
    expect(heredocName('')).toBeNull();
    expect(heredocName('"EOF')).toBeNull();
    expect(heredocName('EOF')).toEqual({ name: 'EOF', quoted: false });
    const run = buildModel('RUN cat <<< "$x" << <<"EOF\n').instructions[0];
    expect(run.heredocs).toEqual([]);
  });

  it('continues the marker line over an escaped newline before reading the body', () => {
    const run = buildModel('RUN cat <<EOF \\\n  > /x\nbody\nEOF\n').instructions[0];
    expect(run.heredocs.map((h) => h.body)).toEqual(['body']);
    expect(run.args.map((a) => a.value)).toEqual(['cat', '<<EOF', '>', '/x']);
  });
});

describe('scanner: parser directives only at the top', () => {
  it('ignores an escape directive after an instruction or an ordinary comment', () => {
    expect(buildModel('FROM a\n# escape=`\nRUN a `\nUSER x\n').escapeChar).toBe('\\');
    expect(buildModel('# hello\n# escape=`\nFROM a\n').escapeChar).toBe('\\');
    expect(buildModel('\n# escape=`\nFROM a\n').escapeChar).toBe('\\');
  });

  it('accepts blanks around the name, the `=` and after the value (BuildKit trims them)', () => {
    const m = buildModel('# check=skip=all \n#  escape = `  \nFROM a\nRUN a `\n  b\n');
    expect(m.directives.map((d) => [d.name, d.value])).toEqual([
      ['check', 'skip=all'],
      ['escape', '`'],
    ]);
    expect(m.escapeChar).toBe('`');
    expect(m.instructions[1].range.endLine).toBe(5);
  });

  it('keeps the backslash for an escape directive with any other value', () => {
    expect(buildModel('# escape=x\nFROM a\n').escapeChar).toBe('\\');
  });
});

describe('scanner: CRLF, BOM and positions', () => {
  it('gives the same instructions and columns for CRLF and LF files, and ignores a BOM', () => {
    const lf = buildModel('FROM a\nRUN x \\\n  y\n');
    const crlf = buildModel('\uFEFFFROM a\r\nRUN x \\\r\n  y\r\n');
    expect(crlf.instructions.map((i) => [i.range, i.args])).toEqual(
      lf.instructions.map((i) => [i.range, i.args]),
    );
    expect(crlf.instructions[0].keywordRange).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 5 });
  });

  it('places flags, their names, values and options', () => {
    const run = buildModel('RUN --mount=type=cache,target=/root/.cache pip install x\n').instructions[0];
    const f = run.flags[0];
    expect([f.name, f.value]).toEqual(['mount', 'type=cache,target=/root/.cache']);
    expect(f.range).toEqual({ line: 1, column: 5, endLine: 1, endColumn: 43 });
    expect(f.nameRange).toEqual({ line: 1, column: 7, endLine: 1, endColumn: 12 });
    expect(f.valueRange).toEqual({ line: 1, column: 13, endLine: 1, endColumn: 43 });
    expect(f.options.map((o) => [o.key, o.value, o.range.column])).toEqual([
      ['type', 'cache', 13],
      ['target', '/root/.cache', 24],
    ]);
    // a word's range is read through an accessor (built on first read): compare what a rule reads
    const [pip] = run.args;
    expect({ value: pip.value, range: pip.range }).toEqual({
      value: 'pip',
      range: { line: 1, column: 44, endLine: 1, endColumn: 47 },
    });
    expect(pip.range).toBe(pip.range);
  });

  it('takes flags only before the first other word (BuildKit), also for HEALTHCHECK', () => {
    const run = buildModel('RUN echo --x=1\n').instructions[0];
    expect(run.flags).toEqual([]);
    expect(run.args.map((a) => a.value)).toEqual(['echo', '--x=1']);
    const hc = buildModel('HEALTHCHECK --interval=5s CMD curl --fail x\n').instructions[0];
    expect(hc.flags.map((f) => f.name)).toEqual(['interval']);
    expect(hc.args.map((a) => a.value)).toEqual(['CMD', 'curl', '--fail', 'x']);
  });

  it('places ENV/LABEL/ARG keys and values, quoted values unquoted, the legacy form as key + rest', () => {
    const env = buildModel('ENV A="x y" B=z\n').instructions[0];
    expect(env.properties.map((p) => [p.key, p.value, p.keyRange.column, p.valueRange?.column])).toEqual([
      ['A', 'x y', 5, 7],
      ['B', 'z', 13, 15],
    ]);
    const legacy = buildModel('ENV PATH /usr/local/bin:$PATH other\n').instructions[0];
    expect(legacy.legacyKeyValue).toBe(true);
    expect(legacy.properties.map((p) => [p.key, p.value])).toEqual([['PATH', '/usr/local/bin:$PATH other']]);
    const arg = buildModel('ARG A B=2 C\n').instructions[0];
    expect(arg.properties.map((p) => [p.key, p.value])).toEqual([
      ['A', null],
      ['B', '2'],
      ['C', null],
    ]);
  });

  it('reads a property whose text starts with the escape character (dockerfile-ast dropped it)', () => {
    const env = buildModel('ENV \\$x\n').instructions[0];
    expect(env.properties.map((p) => p.key)).toEqual(['$x']);
  });

  it('keeps the stage name and image of FROM with flags', () => {
    const m = buildModel('FROM --platform=$BUILDPLATFORM golang:1.22 AS Build\n');
    expect(m.stages[0].image?.raw).toBe('golang:1.22');
    expect([m.stages[0].name, m.stages[0].nameRange?.column]).toEqual(['Build', 47]);
    expect(m.stages[0].platform?.value).toBe('$BUILDPLATFORM');
  });

  it('maps each character of the arguments to the file the same way, one at a time or as an array', () => {
    const text =
      'FROM a\nRUN apt-get update \\\n# a comment inside\n\n    && apt-get install -y \\\n\t curl\n' +
      'HEALTHCHECK --interval=5s CMD curl -f \\\n  http://x/\nENV A=1 \\\n  B=2\n';
    for (const instr of buildModel(text).instructions) {
      const all = instr.argsOffsets;
      expect(all.length).toBe(instr.argsText.length);
      // in order, backwards (the lookup starts from the last run it used), then in order again
      const ks = [...all.keys()];
      for (const order of [ks, [...ks].reverse(), ks])
        for (const k of order) expect(instr.argsOffset(k), `${instr.keyword} ${k}`).toBe(all[k]);
    }
  });

  it('scans in one pass: instruction offsets tile the text between comments and blank lines', () => {
    const text = '# c\nFROM a\n\nRUN b \\\n  c\n# d\nUSER e';
    expect(scanInstructions(text, '\\').map((s) => text.slice(s.start, s.end))).toEqual([
      'FROM a',
      'RUN b \\\n  c',
      'USER e',
    ]);
  });
});
