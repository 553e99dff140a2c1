/**
 * ENV / LABEL / ARG properties: `key=value` pairs (several per instruction, values may be quoted and
 * span continuations) or the legacy `key value` form (ENV/LABEL: the key, then the rest of the line).
 * Works on the normalised text with 0-based offsets; `instructions.ts` maps them to spans.
 * Values are unquoted when the whole value is one quoted string; the escape character before a blank
 * or a quote is dropped, an escaped newline joins lines and drops comment lines after it.
 */

export interface ScanProperty {
  name: string;
  nameStart: number;
  nameEnd: number;
  /** `null` when there is no value (`ARG NAME`). */
  value: string | null;
  valueStart: number;
  valueEnd: number;
  start: number;
  end: number;
  /** `key=value` (true) or the legacy `key value` (false). */
  assignment: boolean;
}

interface Piece {
  value: string;
  start: number;
  end: number;
}

const SP = ' ';
const TAB = '\t';
const NL = '\n';

function isWs(c: string): boolean {
  return c === SP || c === TAB || c === NL;
}

/** Index of the first character that is neither blank nor a line continuation, or -1. */
function leadingNonBlank(content: string, esc: string): number {
  outer: for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (c === SP || c === TAB) continue;
    if (c === esc) {
      for (let j = i + 1; j < content.length; j++) {
        const d = content[j];
        if (d === SP || d === TAB) continue;
        if (d === NL) {
          i = j;
          continue outer;
        }
        return i;
      }
      return -1;
    }
    return i;
  }
  return -1;
}

/** Index of the last character that is neither blank nor part of a trailing continuation. */
function trailingNonBlank(content: string, esc: string): number {
  for (let i = content.length - 1; i >= 0; i--) {
    const c = content[i];
    if (c === SP || c === TAB) continue;
    if (c === NL) {
      for (let j = i - 1; j >= 0; j--) {
        const d = content[j];
        if (d === SP || d === TAB || d === NL || d === esc) continue;
        return j;
      }
      return content.length;
    }
    return i;
  }
  return content.length;
}

/** The property words of [from, to) (the text after the keyword): quoted parts and `${…}` kept whole. */
function propertyPieces(
  text: string,
  esc: string,
  from: number,
  to: number,
  sameLine: (o: number) => boolean,
): Piece[] {
  const pieces: Piece[] = [];
  const full = text.slice(from, to);
  const lead = leadingNonBlank(full, esc);
  if (lead < 0) return pieces;
  const base = from + lead;
  let escaped = !sameLine(base);
  let endingEscape = false;
  let mark = -1;
  const content = full.slice(lead, trailingNonBlank(full, esc) + 1);
  let argStart = escaped ? -1 : 0;
  let spaced = false;
  const push = (s: number, e: number) =>
    pieces.push({ value: content.slice(s, e), start: base + s, end: base + e });
  const spacedPiece = () => {
    if (argStart !== -1) push(argStart, mark);
  };
  loop: for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (c === esc) {
      if (i + 1 === content.length) {
        endingEscape = true;
        break;
      }
      if (!escaped) mark = i;
      const next = content[i + 1];
      if (next === SP || next === TAB) {
        if (!isWs(content[i + 2] ?? '')) {
          i = i + 1; // an escaped blank is part of the word
          continue;
        }
        let j = i + 2;
        for (; j < content.length; j++) {
          const d = content[j];
          if (d === NL) {
            escaped = true;
            i = j;
            continue loop;
          }
          if (d !== SP && d !== TAB) {
            // the word ends before the escape; its range covers the escaped blank
            pieces.push({
              value: content.slice(Math.max(argStart, 0), i),
              start: base + argStart,
              end: base + i + 2,
            });
            argStart = j;
            break;
          }
        }
        i = argStart - 1;
        continue;
      }
      if (next === NL) {
        escaped = true;
        i = i + 1;
        continue;
      }
      if (next === esc) {
        if (argStart === -1) argStart = i;
        i = i + 1;
        continue;
      }
      if (argStart === -1) argStart = i;
      continue;
    }
    switch (c) {
      case "'":
      case '"': {
        if (spaced) {
          spacedPiece();
          argStart = i;
          spaced = false;
        }
        if (argStart === -1) argStart = i;
        for (let j = i + 1; j < content.length; j++) {
          const d = content[j];
          if (d === c) {
            const after = content[j + 1];
            if (after !== SP && after !== undefined) {
              i = j; // more text after the closing quote: same word
              continue loop;
            }
            push(argStart, j + 1);
            i = j;
            argStart = -1;
            continue loop;
          }
          if (d === esc) j++;
        }
        break loop;
      }
      case SP:
      case TAB:
        if (escaped) {
          if (argStart !== -1) spaced = true;
        } else if (argStart !== -1) {
          push(argStart, i);
          argStart = -1;
        }
        break;
      case NL:
        spaced = false;
        break;
      case '#':
        if (escaped) {
          const nl = content.indexOf(NL, i + 1);
          if (nl >= 0) {
            i = nl;
            spaced = false;
            continue;
          }
          if (argStart !== -1) {
            push(argStart, mark);
            argStart = -1;
          }
          break loop;
        }
        if (argStart === -1) argStart = i;
        break;
      default:
        if (spaced) {
          spacedPiece();
          argStart = i;
          spaced = false;
        }
        escaped = false;
        if (argStart === -1) argStart = i;
        if (c === '$' && content[i + 1] === '{') {
          // `${…}`: blanks inside quotes or escaped do not end the word
          let single = false;
          let double = false;
          let esc2 = false;
          for (let j = i + 1; j < content.length; j++) {
            const d = content[j];
            if (d === esc) esc2 = true;
            else if (d === NL) {
              // nothing
            } else if (d === "'") {
              single = !single;
              esc2 = false;
            } else if (d === '"') {
              double = !double;
              esc2 = false;
            } else if (d === SP || d === TAB) {
              if (esc2 || single || double) continue;
              i = j - 1;
              continue loop;
            } else if (d === '}') {
              i = j;
              continue loop;
            } else esc2 = false;
          }
          break loop;
        }
    }
  }
  if (argStart !== -1 && argStart !== content.length) {
    push(argStart, endingEscape ? content.length - 1 : content.length);
  }
  return pieces;
}

/** Value of a property part as the build sees it: outer quotes removed, continuations and escapes applied. */
function unescapeValue(raw: string, esc: string): string {
  let escaped = false;
  const skip = leadingNonBlank(raw, esc);
  if (skip !== 0 && raw[skip] === '#') escaped = true;
  let value = raw.slice(skip);
  const first = value[0];
  const last = value[value.length - 1];
  const literal = first === "'" || first === '"';
  const inSingle = first === "'" && last === "'";
  let inDouble = false;
  if (first === '"') {
    for (let i = 1; i < value.length; i++) {
      if (value[i] === esc) i++;
      else if (value[i] === '"' && i === value.length - 1) inDouble = true;
    }
  }
  // a lone quote stays as written
  if ((inSingle || inDouble) && value.length > 1) value = value.slice(1, value.length - 1);
  if (!escaped && !value.includes(esc) && !value.includes(NL)) return value;
  let commentCheck = -1;
  let out = '';
  parse: for (let i = 0; i < value.length; i++) {
    let c = value[i];
    if (c === esc) {
      if (i + 1 === value.length) {
        out += esc;
        break;
      }
      c = value[i + 1];
      if (c === SP || c === TAB) {
        for (let j = i + 2; j < value.length; j++) {
          const d = value[j];
          if (d === SP || d === TAB) continue;
          if (d === NL) {
            escaped = true;
            i = j;
            continue parse;
          }
          if (!inDouble && !inSingle && !literal) {
            if (d === esc) {
              out += c;
              i = i + 1;
            } else {
              out += c + d;
              i = j;
            }
            continue parse;
          }
          break;
        }
      }
      if (inDouble) {
        if (c === NL) {
          escaped = true;
          i++;
        } else if (c !== '"') {
          if (c === esc) i++;
          out += esc;
        }
        continue;
      }
      if (inSingle || literal) {
        if (c === NL) {
          escaped = true;
          i++;
        } else out += esc;
        continue;
      }
      if (c === esc) {
        out += esc;
        i++;
      } else if (c === NL) {
        escaped = true;
        i++;
      } else {
        out += c;
        i++;
      }
      continue;
    }
    switch (c) {
      case SP:
      case TAB:
        if (escaped && commentCheck === -1) commentCheck = i;
        out += c;
        break;
      case NL:
        if (escaped && commentCheck !== -1) {
          out = out.slice(0, out.length - (i - commentCheck - 1));
          commentCheck = -1;
        }
        break;
      case '#':
        if (escaped) {
          if (commentCheck !== -1) {
            out = out.slice(0, out.length - (i - commentCheck));
            commentCheck = -1;
          }
          const nl = value.indexOf(NL, i + 1);
          if (nl >= 0) i = nl;
          continue;
        }
        out += c;
        break;
      default:
        if (escaped) {
          escaped = false;
          commentCheck = -1;
        }
        out += c;
    }
  }
  return out;
}

/** The `=` of a `key=value` piece that separates key and value (after a quoted key too), or -1. */
function assignmentAt(v: string): number {
  const eq = v.indexOf('=');
  if (eq < 0) return -1;
  const initial = v[0];
  const before = v[eq - 1];
  if (
    (initial === '"' && before === '"') ||
    (initial === "'" && before === "'") ||
    (initial !== '"' && initial !== "'")
  )
    return eq;
  return -1;
}

function makeProperty(text: string, esc: string, a: Piece, b?: Piece): ScanProperty {
  const eq = assignmentAt(a.value);
  const nameEnd = eq < 0 ? a.end : a.start + eq;
  const name = unescapeValue(text.slice(a.start, nameEnd), esc);
  if (b) {
    return {
      name,
      nameStart: a.start,
      nameEnd,
      value: unescapeValue(text.slice(b.start, b.end), esc),
      valueStart: b.start,
      valueEnd: b.end,
      start: a.start,
      end: b.end,
      assignment: false,
    };
  }
  if (eq < 0) {
    return {
      name,
      nameStart: a.start,
      nameEnd,
      value: null,
      valueStart: -1,
      valueEnd: -1,
      start: a.start,
      end: a.end,
      assignment: false,
    };
  }
  const valueStart = a.start + a.value.indexOf('=') + 1;
  return {
    name,
    nameStart: a.start,
    nameEnd,
    value: unescapeValue(text.slice(valueStart, a.end), esc),
    valueStart,
    valueEnd: a.end,
    start: a.start,
    end: a.end,
    assignment: true,
  };
}

/**
 * The properties of an ENV/LABEL/ARG whose text after the keyword is [from, to). `sameLine(o)`: whether
 * offset `o` is on the keyword's line. One piece, or pieces that all hold `=`, are `key=value` pairs;
 * otherwise the first piece is the key and the rest of the text its value (legacy form).
 */
export function scanProperties(
  text: string,
  esc: string,
  from: number,
  to: number,
  sameLine: (o: number) => boolean,
): ScanProperty[] {
  const pieces = propertyPieces(text, esc, from, to, sameLine);
  if (pieces.length === 0) return [];
  if (pieces.length === 1) return [makeProperty(text, esc, pieces[0])];
  if (pieces.length === 2) {
    if (!pieces[0].value.includes('=')) return [makeProperty(text, esc, pieces[0], pieces[1])];
    return [makeProperty(text, esc, pieces[0]), makeProperty(text, esc, pieces[1])];
  }
  if (!pieces[0].value.includes('=')) {
    const last = pieces[pieces.length - 1];
    const rest: Piece = {
      value: text.slice(pieces[1].start, last.end),
      start: pieces[1].start,
      end: last.end,
    };
    return [makeProperty(text, esc, pieces[0], rest)];
  }
  return pieces.map((p) => makeProperty(text, esc, p));
}
