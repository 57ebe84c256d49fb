// A payload is read piece by piece (payload-read.ts) to spare a 20 MB string: the pieces must
// give exactly what reading the whole text gives — the same records in the same order, and for
// a file that is wrong anywhere (in a record, between records, in the envelope before or after
// them, in its UTF-8), the same refusal with the same code and path, so a clerk reads the same
// message whichever way the file was read.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { readCheckedPayload, readPayload } from '../../renderer/src/core/bundle/payload-read';
import { payloadRecordSpans } from '../../renderer/src/core/bundle/record-bytes';
import { parseStrictJson } from '../../renderer/src/core/bundle/strict-json';
import { AppError } from '../../renderer/src/core/errors';

const OPTIONS = { syntaxCode: 'bundle.payload.notJson', maxDepth: 16 } as const;
const encode = (s: string) => new TextEncoder().encode(s);

const text = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('Về việc tổ chức Đại hội', 'Ủy ban nhân dân xã Thụy Hải', 'dòng 1\ndòng 2 "trích"', '\\', '€𝄞'));
const record = (i: number) =>
  fc.record({
    id: fc.constant(`r-${i}`),
    summary: text,
    number: fc.integer({ min: -1e6, max: 1e6 }),
    tags: fc.array(text, { maxLength: 3 }),
    nested: fc.option(fc.record({ a: text, b: fc.boolean() }), { nil: undefined }),
  });
const records = (n: number) => fc.tuple(...Array.from({ length: n }, (_, i) => record(i)));

/** A payload as the exporter writes it (JSON.stringify, no white space), envelope members before and after the records. */
const payload = fc.record({ a: fc.integer({ min: 0, max: 60 }), b: fc.integer({ min: 0, max: 5 }), before: text, after: text }).chain(({ a, b, before, after }) =>
  fc.tuple(records(a), records(b)).map(([docs, regs]) => ({ format: 'luutru-bundle', formatVersion: 2, before, records: { incomingDocs: docs, registers: regs, dossiers: [] }, after })),
);

/** What reading the whole text gives: the value, or the refusal's code and params. */
function whole(bytes: Uint8Array): unknown {
  try {
    return { value: parseStrictJson(new TextDecoder('utf-8', { fatal: true }).decode(bytes), OPTIONS) };
  } catch (e) {
    return e instanceof AppError ? { code: e.code, params: e.params } : { code: 'utf8' };
  }
}

function pieces(bytes: Uint8Array, pieceBytes: number): unknown {
  try {
    return { value: readPayload(bytes, OPTIONS, pieceBytes).raw };
  } catch (e) {
    return e instanceof AppError ? { code: e.code, params: e.params } : { code: 'other', message: String(e) };
  }
}

/** Where in the text of `json` a change goes: inside a record, between two, in the envelope. */
function spots(json: string): number[] {
  const at = json.indexOf('"incomingDocs":[') + 16;
  const second = json.indexOf('},{', at);
  const inText = json.indexOf('"summary":"', at) + 11;
  return [1, json.indexOf('"before"'), at, at + 1, inText, second + 1, second + 2, second + 3, json.lastIndexOf('"after"'), json.length - 1].filter((i) => i > 10);
}

const CHANGES: readonly ((json: string, at: number) => string)[] = [
  (j, at) => `${j.slice(0, at)}"x":1,${j.slice(at)}`,
  (j, at) => `${j.slice(0, at)}"id":"twice",${j.slice(at)}`,
  (j, at) => `${j.slice(0, at)}"__proto__":1,${j.slice(at)}`,
  (j, at) => `${j.slice(0, at)}"n":9007199254740993,${j.slice(at)}`,
  (j, at) => `${j.slice(0, at)}"deep":${'['.repeat(14)}${']'.repeat(14)},${j.slice(at)}`,
  (j, at) => `${j.slice(0, at)} ${j.slice(at)}`,
  (j, at) => `${j.slice(0, at)}\u0001${j.slice(at)}`,
  (j, at) => `${j.slice(0, at)}${j.slice(at + 1)}`,
  (j, at) => `${j.slice(0, at)}"${j.slice(at)}`,
];

describe('reading a payload piece by piece', () => {
  it('gives what reading the whole text gives, with the same record places', () => {
    fc.assert(
      fc.property(payload, fc.constantFrom(1, 40, 200, 32 * 1024), (p, pieceBytes) => {
        const bytes = encode(JSON.stringify(p));
        const decode = vi.spyOn(TextDecoder.prototype, 'decode');
        const read = readPayload(bytes, OPTIONS, pieceBytes);
        // Read in pieces, not as one text: a piece per record at one byte a piece, and the skeleton.
        const n = p.records.incomingDocs.length + p.records.registers.length;
        if (pieceBytes === 1) expect(decode).toHaveBeenCalledTimes(n + 1);
        decode.mockRestore();
        expect(read.raw).toEqual(p);
        expect(read.spans).toEqual(payloadRecordSpans(bytes));
        // The worker's reading of what a helper checked: the same value from the same bytes.
        expect(readCheckedPayload(bytes, read.spans, pieceBytes)).toEqual(p);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses a file wrong anywhere as the whole reading refuses it (same code, same path)', () => {
    fc.assert(
      fc.property(payload, fc.nat(), fc.integer({ min: 0, max: CHANGES.length - 1 }), fc.constantFrom(1, 60, 32 * 1024), (p, spot, change, pieceBytes) => {
        const json = JSON.stringify(p);
        const places = spots(json);
        const changed = encode(CHANGES[change]!(json, places[spot % places.length]!));
        expect(pieces(changed, pieceBytes)).toEqual(whole(changed));
      }),
      { numRuns: 400 },
    );
  });

  it('refuses bytes that are not UTF-8 inside a record, as the whole reading does', () => {
    const json = JSON.stringify({ format: 'luutru-bundle', records: { incomingDocs: [{ id: 'a', s: 'xã' }, { id: 'b', s: 'Hải' }] } });
    const bytes = encode(json);
    const at = json.indexOf('Hải') + 1;
    const broken = new Uint8Array([...bytes.subarray(0, at), 0xc3, 0x28, ...bytes.subarray(at + 2)]);
    expect(() => readPayload(broken, OPTIONS, 1)).toThrowError(expect.objectContaining({ code: 'bundle.payload.notJson' }));
  });

  it('refuses a record that starts with a byte-order mark, wherever its piece begins (a mark is never dropped inside)', () => {
    // The byte scanner takes the mark for the start of a literal, falls out of step in "x,[" and back at \":
    // its cuts count two records, as many as the pieces hold — a piece decoded with the mark dropped was taken.
    const bom = '\ufeff';
    const json = `{"format":"f","records":{"incomingDocs":[${bom}{"id":"x,[","origin":"u1"},{"id":"y","note":"\\""}]},"counts":{}}`;
    for (const pieceBytes of [1, 60, 32 * 1024]) {
      expect(pieces(encode(json), pieceBytes)).toEqual(whole(encode(json)));
      expect(pieces(encode(json), pieceBytes)).toMatchObject({ code: 'bundle.payload.notJson' });
    }
    // At the very start of the payload the mark is dropped by both readings alike.
    const lead = encode(`${bom}{"records":{"incomingDocs":[{"id":"a"},{"id":"b"}]}}`);
    expect(pieces(lead, 1)).toEqual(whole(lead));
  });

  it('keeps records under the table they are in when a table name is not ASCII', () => {
    const json = '{"records":{"é":[{"id":"1"}],"Ã©":[]}}';
    expect(pieces(encode(json), 1)).toEqual(whole(encode(json)));
    expect(pieces(encode(json), 1)).toEqual({ value: { records: { é: [{ id: '1' }], 'Ã©': [] } } });
  });

  it('reads a table name written with escapes, or records with white space between them, as one text', () => {
    const escaped = encode('{"records":{"incoming\\u0044ocs":[{"id":"a"},{"id":"b"}]}}');
    expect(readPayload(escaped, OPTIONS, 1).raw).toEqual({ records: { incomingDocs: [{ id: 'a' }, { id: 'b' }] } });
    const spaced = encode('{"records":{"incomingDocs":[ {"id":"a"} ,\n{"id":"b"} ]}}');
    expect(readPayload(spaced, OPTIONS, 1).raw).toEqual({ records: { incomingDocs: [{ id: 'a' }, { id: 'b' }] } });
  });
});
