/**
 * Canonical reading of untrusted JSON (bundle files, their headers and payloads, backups).
 * `JSON.parse` silently keeps the last of two members with the same name, rounds integers
 * past 2^53, and lets names like `__proto__` through to code that may drop or misread them.
 * A signed file must mean one thing only, so before `JSON.parse` builds the value, one
 * linear pass over the text refuses: duplicate member names (compared after unescaping),
 * reserved member names, integers outside the safe range, nesting deeper than a bound,
 * and anything that is not strict RFC 8259 JSON.
 */
import { AppError } from '../errors';

/** Names that collide with Object.prototype: refused, never silently dropped or renamed. */
export const RESERVED_MEMBER_NAMES: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
]);

export type StrictJsonOptions = {
  /** Deepest nesting of arrays and objects (default 32). */
  readonly maxDepth?: number;
  /** Error code for text that is not JSON at all (default 'bundle.file.notJson'). */
  readonly syntaxCode?: string;
};

const C = {
  QUOTE: 0x22,
  BACKSLASH: 0x5c,
  COLON: 0x3a,
  COMMA: 0x2c,
  LBRACE: 0x7b,
  RBRACE: 0x7d,
  LBRACKET: 0x5b,
  RBRACKET: 0x5d,
  MINUS: 0x2d,
  PLUS: 0x2b,
  DOT: 0x2e,
  ZERO: 0x30,
  NINE: 0x39,
} as const;

/** Characters a JSON string holds as they are: not a quote, backslash or control character (sticky: matches at lastIndex only). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON forbids unescaped in a string
const PLAIN_RUN = /[^"\\\u0000-\u001f]*/y;

const isWs = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isDigit = (c: number) => c >= C.ZERO && c <= C.NINE;
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/**
 * A container being read. For objects: the member names so far, `keys` to find a repeated one,
 * and the names of the object before it in the same array (`template`): records of one table
 * have the same names in the same order, so a name read where the template has it, written the
 * same, is known to be new without making it a string and looking it up. For arrays: the names
 * of the last object element, plain ones only (no escape: its text is the name).
 * `key`/`index`: the path of the member being read, for messages ("records.incomingDocs.3.title").
 */
type Frame = {
  readonly object: boolean;
  index: number;
  key: string | undefined;
  names: string[];
  keys: Set<string> | undefined;
  template: readonly string[] | undefined;
  plain: boolean;
  lastChild: readonly string[] | undefined;
};

/**
 * Checks `text` as described in the module comment and returns `JSON.parse(text)`.
 * Throws AppError: the syntax code, 'json.duplicateMember', 'json.reservedMember',
 * 'json.unsafeInteger' or 'json.tooDeep', each with the path where it was found.
 */
export function parseStrictJson(text: string, options: StrictJsonOptions = {}): unknown {
  checkStrictJson(text, options);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError(options.syntaxCode ?? 'bundle.file.notJson');
  }
}

export function checkStrictJson(text: string, options: StrictJsonOptions = {}): void {
  const maxDepth = options.maxDepth ?? 32;
  const syntax = () => new AppError(options.syntaxCode ?? 'bundle.file.notJson');
  const n = text.length;
  const stack: Frame[] = [];
  let i = 0;

  const path = () =>
    stack
      .map((f) => (f.object ? f.key : String(f.index)))
      .filter((p) => p !== undefined)
      .join('.')
      .slice(0, 200);

  const skipWs = () => {
    while (i < n && isWs(text.charCodeAt(i))) i++;
  };

  /** Whether the last string read had an escape. */
  let lastEscaped = false;

  /** Reads a string starting at the quote; returns its value only when `wantValue`. */
  const readString = (wantValue: boolean): string => {
    const start = i;
    i++; // opening quote
    let escaped = false;
    for (;;) {
      // Runs of ordinary characters are skipped by the regex engine: megabytes of base64 or
      // long summaries cost a native scan, not a loop of charCodeAt in JavaScript.
      PLAIN_RUN.lastIndex = i;
      PLAIN_RUN.test(text);
      i = PLAIN_RUN.lastIndex;
      if (i >= n) throw syntax();
      const c = text.charCodeAt(i);
      if (c === C.QUOTE) break;
      if (c < 0x20) throw syntax();
      if (c === C.BACKSLASH) {
        escaped = true;
        const e = text.charCodeAt(i + 1);
        if (e === 0x75) {
          for (let k = 2; k < 6; k++) if (!isHex(text.charCodeAt(i + k))) throw syntax();
          i += 6;
        } else if (e === 0x22 || e === 0x5c || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
          i += 2;
        } else throw syntax();
      } else i++;
    }
    i++; // closing quote
    lastEscaped = escaped;
    if (!wantValue) return '';
    return escaped ? (JSON.parse(text.slice(start, i)) as string) : text.slice(start + 1, i - 1);
  };

  const readNumber = () => {
    const start = i;
    if (text.charCodeAt(i) === C.MINUS) i++;
    if (text.charCodeAt(i) === C.ZERO) i++;
    else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++;
    else throw syntax();
    let integerLiteral = true;
    if (text.charCodeAt(i) === C.DOT) {
      integerLiteral = false;
      i++;
      if (!isDigit(text.charCodeAt(i))) throw syntax();
      while (isDigit(text.charCodeAt(i))) i++;
    }
    const e = text.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      integerLiteral = false;
      i++;
      const s = text.charCodeAt(i);
      if (s === C.PLUS || s === C.MINUS) i++;
      if (!isDigit(text.charCodeAt(i))) throw syntax();
      while (isDigit(text.charCodeAt(i))) i++;
    }
    // Short integer literals are always safe; only look closer at long ones or exponents.
    if (i - start > 15 || !integerLiteral) {
      const value = Number(text.slice(start, i));
      if (Number.isInteger(value) && !Number.isSafeInteger(value))
        throw new AppError('json.unsafeInteger', { path: path(), value: text.slice(start, Math.min(i, start + 40)) });
    }
  };

  const readLiteral = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else throw syntax();
  };

  /** Reads one value; containers push a frame and return (the loop below continues them). */
  const readValue = (): void => {
    skipWs();
    if (i >= n) throw syntax();
    const c = text.charCodeAt(i);
    if (c === C.LBRACE || c === C.LBRACKET) {
      if (stack.length >= maxDepth) throw new AppError('json.tooDeep', { path: path(), max: maxDepth });
      i++;
      const object = c === C.LBRACE;
      const parent = stack[stack.length - 1];
      const template = object && parent && !parent.object ? parent.lastChild : undefined;
      stack.push({ object, index: 0, key: undefined, names: [], keys: object && !template ? new Set() : undefined, template, plain: true, lastChild: undefined });
      skipWs();
      const close = c === C.LBRACE ? C.RBRACE : C.RBRACKET;
      if (text.charCodeAt(i) === close) {
        i++;
        if (object) closeObject();
        else stack.pop();
        return;
      }
      if (c === C.LBRACE) readMemberName();
      else readValue();
      return;
    }
    if (c === C.QUOTE) readString(false);
    else if (c === C.MINUS || isDigit(c)) readNumber();
    else if (c === 0x74) readLiteral('true');
    else if (c === 0x66) readLiteral('false');
    else if (c === 0x6e) readLiteral('null');
    else throw syntax();
  };

  /** Ends the object on top; its names become the template of the next object in the same array. */
  const closeObject = () => {
    const frame = stack.pop()!;
    const parent = stack[stack.length - 1];
    if (parent && !parent.object) parent.lastChild = frame.plain ? frame.names : undefined;
  };

  const readMemberName = () => {
    skipWs();
    if (text.charCodeAt(i) !== C.QUOTE) throw syntax();
    const frame = stack[stack.length - 1]!;
    // The name the template has here, written plainly: the names before it were the template's
    // too (else `keys` would be set), and the template's are distinct, allowed and plain.
    const expected = frame.keys ? undefined : frame.template?.[frame.index];
    if (expected !== undefined && text.startsWith(expected, i + 1) && text.charCodeAt(i + 1 + expected.length) === C.QUOTE) {
      i += expected.length + 2;
      frame.key = expected;
      frame.names.push(expected);
    } else {
      frame.keys ??= new Set(frame.names);
      const name = readString(true);
      frame.key = name;
      if (RESERVED_MEMBER_NAMES.has(name)) throw new AppError('json.reservedMember', { path: path(), member: name.slice(0, 60) });
      if (frame.keys.has(name)) throw new AppError('json.duplicateMember', { path: path(), member: name.slice(0, 60) });
      frame.keys.add(name);
      frame.names.push(name);
      // A name with an escape, or one whose text could be read as another name, never becomes a template.
      if (lastEscaped) frame.plain = false;
    }
    skipWs();
    if (text.charCodeAt(i) !== C.COLON) throw syntax();
    i++;
    readValue();
  };

  readValue();
  // Continue containers until the stack is empty.
  while (stack.length > 0) {
    skipWs();
    const frame = stack[stack.length - 1]!;
    const c = text.charCodeAt(i);
    const close = frame.object ? C.RBRACE : C.RBRACKET;
    if (c === close) {
      i++;
      if (frame.object) closeObject();
      else stack.pop();
      continue;
    }
    if (c !== C.COMMA) throw syntax();
    i++;
    frame.index++;
    if (frame.object) readMemberName();
    else readValue();
  }
  skipWs();
  if (i !== n) throw syntax();
}

/**
 * Members (name–value pairs) in JSON text held as UTF-8 bytes, from `start` to `end`: the colons
 * outside strings (a quote or backslash byte is never part of another character in UTF-8).
 * Unchecked text may give any count; `parseCountedJson` only trusts it to match.
 */
export function countMembers(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = bytes[i];
    if (c === C.COLON) n++;
    else if (c === C.QUOTE) {
      // To the closing quote: the next quote not escaped (an odd run of backslashes before it).
      for (;;) {
        const q = bytes.indexOf(C.QUOTE, i + 1);
        if (q < 0 || q >= end) return -1;
        let b = q - 1;
        while (bytes[b] === C.BACKSLASH) b--;
        i = q;
        if ((q - 1 - b) % 2 === 0) break;
      }
    }
  }
  return n;
}

/**
 * `parseStrictJson` for text whose members were counted over its bytes (`countMembers`): the text
 * is parsed by `JSON.parse` (the grammar is RFC 8259's), and the other checks are made on the value
 * instead of a pass over the text — no reserved name, no integer outside the safe range (the same
 * test on the same Number), nothing deeper than `maxDepth` — and a repeated name, which `JSON.parse`
 * would drop, shows as fewer names than members. Accepts exactly what `parseStrictJson` accepts,
 * with the same value; throws on anything else WITHOUT saying why (the caller reads the text with
 * `parseStrictJson` then, whose error names the check and the path).
 */
export function parseCountedJson(text: string, members: number, maxDepth = 32): unknown {
  const value: unknown = JSON.parse(text);
  let names = 0;
  const walk = (v: unknown, depth: number): void => {
    if (typeof v === 'number') {
      if (Number.isInteger(v) && !Number.isSafeInteger(v)) throw new Error('unsafe integer');
      return;
    }
    if (typeof v !== 'object' || v === null) return;
    if (depth > maxDepth) throw new Error('too deep');
    if (Array.isArray(v)) {
      for (const x of v) walk(x, depth + 1);
      return;
    }
    const keys = Object.keys(v);
    names += keys.length;
    for (const k of keys) {
      if (RESERVED_MEMBER_NAMES.has(k)) throw new Error('reserved name');
      walk((v as Record<string, unknown>)[k], depth + 1);
    }
  };
  walk(value, 1);
  if (names !== members) throw new Error('repeated name');
  return value;
}
