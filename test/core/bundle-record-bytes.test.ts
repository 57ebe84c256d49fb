// Other units' records are stored as the bytes they came in (record-bytes.ts), found by a scanner
// over the signed payload. If it cut a record wrong, the upper level would keep a record that is not
// the one signed. Properties: for any payload — strings holding quotes, backslashes, brackets,
// Vietnamese and emoji, nested values, numbers and literals; written compactly, indented, or with
// every non-ASCII character escaped — each record's bytes parse to exactly that record; what the
// scanner cannot place (a member name written with escapes, a count that differs) is not kept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrayElementSpans, jsonArrayOf, keepRecordBytes, payloadRecordSpans, recordBytesOf } from '../../renderer/src/core/bundle/record-bytes';

const enc = new TextEncoder();
const dec = new TextDecoder();

const tricky = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('', '"', '\\', '\\"', '"\\', '{', '}', '[', ']', ',', ':', '\\\\"', 'Ủy ban nhân dân xã Thụy Hải', '📄 hồ sơ', '\u0000\u001f', '\u2028'),
);
const value = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    tricky,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(tricky, tie('v'), { maxKeys: 4 }),
  ),
})).v;
const record = fc.dictionary(tricky, value, { maxKeys: 6 }).map((r) => ({ id: 'x', ...r }));
const payload = fc.record({
  format: fc.constant('luutru-bundle'),
  before: value,
  records: fc.record({ incomingDocs: fc.array(record, { maxLength: 8 }), units: fc.array(record, { maxLength: 3 }) }, { requiredKeys: [] }),
  after: value,
});

/** Three ways a sender may write the same JSON. */
const writings: Record<string, (v: unknown) => string> = {
  compact: (v) => JSON.stringify(v),
  indented: (v) => JSON.stringify(v, null, 2).replace(/\n/g, '\r\n\t'),
  escaped: (v) => JSON.stringify(v).replace(/[^\u0020-\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
};

describe('record bytes', () => {
  it('each record of a payload, however written, is cut at its own bytes', () => {
    fc.assert(
      fc.property(payload, fc.constantFrom(...Object.keys(writings)), (p, how) => {
        const bytes = enc.encode(writings[how]!(p));
        const spans = payloadRecordSpans(bytes);
        expect(spans).toBeDefined();
        const parsed = JSON.parse(dec.decode(bytes)) as typeof p;
        for (const [t, rows] of Object.entries(parsed.records) as [string, object[]][]) {
          expect(keepRecordBytes(rows, bytes, spans![t]!)).toBe(true);
          rows.forEach((r) => expect(JSON.parse(dec.decode(recordBytesOf(r)))).toEqual(r));
          // The stored block: the records' bytes in an array, read back as those records.
          const block = jsonArrayOf(rows.map((r) => recordBytesOf(r)!));
          expect(JSON.parse(dec.decode(block))).toEqual(rows);
          const again = JSON.parse(dec.decode(block)) as object[];
          expect(keepRecordBytes(again, block, arrayElementSpans(block)!)).toBe(true);
          again.forEach((r, i) => expect(recordBytesOf(r)).toEqual(recordBytesOf(rows[i]!)));
        }
        expect(Object.keys(spans!).sort()).toEqual(Object.keys(parsed.records).sort());
      }),
      { numRuns: 400 },
    );
  });

  it('a member name written with escapes, or records in another place, are not taken for records', () => {
    const rows = [{ id: 'a' }, { id: 'b' }];
    expect(payloadRecordSpans(enc.encode(JSON.stringify({ format: 'x', records: {} })))).toEqual({});
    expect(payloadRecordSpans(enc.encode(`{"rec\\u006frds":{"incomingDocs":${JSON.stringify(rows)}}}`))).toBeUndefined();
    expect(payloadRecordSpans(enc.encode(`{"records":{"incoming\\u0044ocs":${JSON.stringify(rows)}}}`))).toEqual({});
    expect(payloadRecordSpans(enc.encode(JSON.stringify({ nested: { records: { incomingDocs: rows } } })))).toBeUndefined();
    expect(payloadRecordSpans(enc.encode('{"records":{"incomingDocs":[{"id":"a"'))).toBeUndefined();
  });

  it('keeps nothing when the counts differ or a span is not an object', () => {
    const bytes = enc.encode('[{"id":"a"},{"id":"b"},7]');
    const spans = arrayElementSpans(bytes)!;
    const two = [{ id: 'a' }, { id: 'b' }];
    expect(keepRecordBytes(two, bytes, spans)).toBe(false);
    expect(keepRecordBytes([...two, {}], bytes, spans)).toBe(false);
    two.forEach((r) => expect(recordBytesOf(r)).toBeUndefined());
    // A copy of a record that has its bytes has none: only the object read from them does.
    const [a] = [{ id: 'a' }];
    expect(keepRecordBytes([a, { id: 'b' }], bytes, spans.subarray(0, 4))).toBe(true);
    expect(recordBytesOf({ ...a })).toBeUndefined();
    expect(dec.decode(recordBytesOf(a))).toBe('{"id":"a"}');
    expect(dec.decode(jsonArrayOf([]))).toBe('[]');
  });
});
