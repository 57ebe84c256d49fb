/**
 * Each received record's own bytes in the signed payload (its UTF-8 JSON, as the sender wrote
 * it), so that keeping other units' records in blocks (db/foreign/foreign-store.ts) copies
 * bytes instead of writing 20,000 records out again with JSON.stringify — which, for Vietnamese
 * text, makes a two-byte string twice the size of the bytes, slow to build and slow for
 * IndexedDB to store.
 *
 * The bytes are kept beside the parsed record object in a WeakMap: only that very object has
 * them. A record that is a copy or a changed version has none and is written out as text, as
 * before. The scanner below finds where things are; it does not check JSON. On JSON that
 * strict-json.ts has checked, what it finds is right; on unchecked bytes (payload-read.ts runs it
 * first, to cut the payload into pieces) it may be wrong, and the pieces' own checks and the
 * skeleton's (re-scanned once checked) catch that. Where it does not find what it expects (a
 * member name written with escapes or not ASCII, counts that differ), it gives nothing and the
 * record is written out as text.
 */

const kept = new WeakMap<object, Uint8Array>();

/** The bytes `record` was parsed from, when they were kept. */
export function recordBytesOf(record: object): Uint8Array | undefined {
  return kept.get(record);
}

/**
 * Keeps for each of `records` its bytes: `spans` holds start and end offsets in `bytes`, two per
 * record, in the same order. Nothing is kept when the counts differ or a span is not an object.
 */
export function keepRecordBytes(records: readonly object[], bytes: Uint8Array, spans: Uint32Array): boolean {
  if (spans.length !== records.length * 2) return false;
  for (let i = 0; i < spans.length; i += 2) if (bytes[spans[i]!] !== OPEN_BRACE || bytes[spans[i + 1]! - 1] !== CLOSE_BRACE) return false;
  records.forEach((r, i) => kept.set(r, bytes.subarray(spans[2 * i]!, spans[2 * i + 1]!)));
  return true;
}

/** `[a,b,…]` of the given JSON values' bytes. */
export function jsonArrayOf(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  let size = parts.length === 0 ? 2 : parts.length + 1;
  for (const p of parts) size += p.length;
  const out = new Uint8Array(size);
  out[0] = OPEN_BRACKET;
  let at = 1;
  parts.forEach((p, i) => {
    if (i > 0) out[at++] = COMMA;
    out.set(p, at);
    at += p.length;
  });
  out[at] = CLOSE_BRACKET;
  return out;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

const isWs = (c: number | undefined) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

class Scanner {
  i = 0;
  constructor(readonly b: Uint8Array) {}

  ws(): void {
    while (isWs(this.b[this.i])) this.i++;
  }

  /** Past the string whose opening quote is at `i`. */
  string(): void {
    const b = this.b;
    let j = this.i + 1;
    for (;;) {
      j = b.indexOf(QUOTE, j);
      if (j < 0) throw new Error('unterminated string');
      let slashes = 0;
      while (b[j - 1 - slashes] === BACKSLASH) slashes++;
      j++;
      if (slashes % 2 === 0) break;
    }
    this.i = j;
  }

  /** Past one value of any kind. */
  value(): void {
    const b = this.b;
    this.ws();
    const c = b[this.i];
    if (c === QUOTE) return this.string();
    if (c !== OPEN_BRACE && c !== OPEN_BRACKET) {
      // A number or a literal: runs to the next separator.
      while (this.i < b.length && b[this.i] !== COMMA && b[this.i] !== CLOSE_BRACE && b[this.i] !== CLOSE_BRACKET && !isWs(b[this.i])) this.i++;
      return;
    }
    let depth = 0;
    for (;;) {
      const d = b[this.i];
      if (d === undefined) throw new Error('unterminated container');
      if (d === QUOTE) {
        this.string();
        continue;
      }
      if (d === OPEN_BRACE || d === OPEN_BRACKET) depth++;
      else if (d === CLOSE_BRACE || d === CLOSE_BRACKET) {
        depth--;
        if (depth === 0) {
          this.i++;
          return;
        }
      }
      this.i++;
    }
  }

  /** The member name at `i` when it is plain ASCII without escapes, else undefined; `i` past it either way. */
  name(): string | undefined {
    const start = this.i + 1;
    this.string();
    const raw = this.b.subarray(start, this.i - 1);
    if (raw.length > 64 || raw.some((c) => c === BACKSLASH || c >= 0x80)) return undefined;
    return String.fromCharCode(...raw);
  }

  expect(c: number): void {
    this.ws();
    if (this.b[this.i] !== c) throw new Error(`expected ${String.fromCharCode(c)}`);
    this.i++;
  }

  /** Each member of the object at `i`: `onMember(name)` must move `i` past the member's value. */
  members(onMember: (name: string | undefined) => void): void {
    this.expect(OPEN_BRACE);
    this.ws();
    if (this.b[this.i] === CLOSE_BRACE) {
      this.i++;
      return;
    }
    for (;;) {
      this.ws();
      const name = this.name();
      this.expect(COLON);
      onMember(name);
      this.ws();
      const c = this.b[this.i++];
      if (c === CLOSE_BRACE) return;
      if (c !== COMMA) throw new Error('expected , or }');
    }
  }

  /** Start and end of each element of the array at `i`. */
  elements(): Uint32Array<ArrayBuffer> {
    const out: number[] = [];
    this.expect(OPEN_BRACKET);
    this.ws();
    if (this.b[this.i] === CLOSE_BRACKET) {
      this.i++;
      return new Uint32Array(0);
    }
    for (;;) {
      this.ws();
      out.push(this.i);
      this.value();
      out.push(this.i);
      this.ws();
      const c = this.b[this.i++];
      if (c === CLOSE_BRACKET) return Uint32Array.from(out);
      if (c !== COMMA) throw new Error('expected , or ]');
    }
  }
}

/**
 * Where each record is in a payload's bytes (strict JSON already checked): per table of the
 * top-level `records` member, two offsets per record. Undefined when the payload is not laid
 * out as expected.
 */
export function payloadRecordSpans(bytes: Uint8Array): Record<string, Uint32Array<ArrayBuffer>> | undefined {
  const s = new Scanner(bytes);
  const out: Record<string, Uint32Array<ArrayBuffer>> = Object.create(null) as Record<string, Uint32Array<ArrayBuffer>>;
  let found = false;
  try {
    s.ws();
    s.members((name) => {
      if (name !== 'records') return s.value();
      found = true;
      s.members((table) => {
        s.ws();
        if (table === undefined || s.b[s.i] !== OPEN_BRACKET) return s.value();
        out[table] = s.elements();
      });
    });
  } catch {
    return undefined;
  }
  return found ? out : undefined;
}

/**
 * Where the array of each table of the top-level `records` member opens (the offset of its `[`),
 * per table: of a payload already checked as JSON, this is where its structure has them.
 */
export function recordsArrayOffsets(bytes: Uint8Array): Record<string, number> | undefined {
  const s = new Scanner(bytes);
  const out: Record<string, number> = Object.create(null) as Record<string, number>;
  try {
    s.ws();
    s.members((name) => {
      if (name !== 'records') return s.value();
      s.members((table) => {
        s.ws();
        if (table !== undefined && s.b[s.i] === OPEN_BRACKET) out[table] = s.i;
        s.value();
      });
    });
  } catch {
    return undefined;
  }
  return out;
}

/** Where each element of a JSON array's bytes is (a stored block), or undefined when it is not one. */
export function arrayElementSpans(bytes: Uint8Array): Uint32Array<ArrayBuffer> | undefined {
  const s = new Scanner(bytes);
  try {
    s.ws();
    return s.elements();
  } catch {
    return undefined;
  }
}
