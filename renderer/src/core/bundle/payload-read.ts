/**
 * Reading a signed payload of tens of megabytes without making it one string. Decoding 12.5 MB of
 * Vietnamese UTF-8 into one JavaScript string takes ~190 ms in Chromium here (a 22 MB two-byte
 * string in memory touched for the first time), and parsing it 22 ms; decoding the same bytes
 * record by record into small strings takes 25 ms. So the records arrays are read in pieces of
 * whole records (at most `PIECE_BYTES` each) and the rest of the payload (its envelope, the
 * "skeleton") on its own, each checked as strict JSON (strict-json.ts) and parsed, and the
 * records put back in their arrays.
 *
 * Why the pieces say what the whole says: they are the payload's bytes, cut only at ASCII
 * characters (the brackets and the commas between records) and decoded exactly (a byte-order mark
 * inside is a character, refused as JSON, never dropped). The skeleton is checked as strict JSON,
 * then scanned again (record-bytes.ts `recordsArrayOffsets`, right on checked JSON) to confirm each
 * cut sits inside the empty array of its table under `records`; each piece is a checked array of
 * whole values; the cuts between pieces are single commas. So the whole is the skeleton with each
 * array filled by those values: valid, and parsed to the same value. The byte scanner that found
 * the cuts ran on unchecked bytes and may be wrong; these checks do not trust it. Whatever is not
 * laid out as the exporter writes it (white space between records, a table name written with
 * escapes or not ASCII, anything the scanner does not find), and any refusal at all, is read again
 * as one string: a file that is refused is refused with the very code and path the whole gives.
 */
import { AppError } from '../errors';
import { payloadRecordSpans, recordsArrayOffsets } from './record-bytes';
import { countMembers, parseCountedJson, parseStrictJson, type StrictJsonOptions } from './strict-json';

/** Bytes of records read as one piece: small strings (V8 keeps strings under 128 KB with the young objects). */
export const PIECE_BYTES = 32 * 1024;
/** A records array is three levels down: the payload object, its `records` object, the array. */
const RECORDS_DEPTH = 2;

/** The whole text and the skeleton (which starts where the whole does) are decoded alike: a byte-order mark at the very start is dropped. */
const fatal = new TextDecoder('utf-8', { fatal: true });
/** Pieces start inside the payload: nothing of theirs is dropped. */
const exact = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** Strict UTF-8 as one string (a byte-order mark at the start dropped); bytes that are not UTF-8 are refused with `code`. */
export function decodeUtf8(bytes: Uint8Array, code: string): string {
  try {
    return fatal.decode(bytes);
  } catch {
    throw new AppError(code);
  }
}

/** Where each table's records are (record-bytes.ts spans), by the region their array holds. */
type Region = { readonly table: string; readonly spans: Uint32Array; readonly start: number; readonly end: number };

export type ReadPayload = {
  /** The payload parsed (strict JSON checked, unless read with `readCheckedPayload`). */
  readonly raw: unknown;
  /** Where each record is in the bytes, per table, when the scanner found them. */
  readonly spans?: Readonly<Record<string, Uint32Array<ArrayBuffer>>>;
};

function regionsOf(bytes: Uint8Array, spans: Readonly<Record<string, Uint32Array>>): Region[] | undefined {
  const regions: Region[] = [];
  for (const [table, s] of Object.entries(spans)) {
    if (s.length === 0) continue;
    const start = s[0]!;
    const end = s[s.length - 1]!;
    // The records fill their array exactly: `[` before the first, `]` after the last, one comma between two.
    if (bytes[start - 1] !== OPEN_BRACKET || bytes[end] !== CLOSE_BRACKET) return undefined;
    for (let k = 1; k + 1 < s.length; k += 2) if (s[k + 1] !== s[k]! + 1 || bytes[s[k]!] !== COMMA) return undefined;
    regions.push({ table, spans: s, start, end });
  }
  regions.sort((a, b) => a.start - b.start);
  for (let k = 1; k < regions.length; k++) if (regions[k]!.start < regions[k - 1]!.end) return undefined;
  return regions;
}

/** The payload without its records (each records array left empty). */
function skeletonOf(bytes: Uint8Array, regions: readonly Region[]): Uint8Array {
  let size = bytes.length;
  for (const r of regions) size -= r.end - r.start;
  const out = new Uint8Array(size);
  let from = 0;
  let at = 0;
  for (const r of regions) {
    out.set(bytes.subarray(from, r.start), at);
    at += r.start - from;
    from = r.end;
  }
  out.set(bytes.subarray(from), at);
  return out;
}

/** A region's records, piece by piece: each piece `[…]` decoded, read by `read` (with where its bytes are), its elements appended. */
function recordsOf(bytes: Uint8Array, region: Region, read: (text: string, from: number, to: number) => unknown, pieceBytes: number): unknown[] {
  const out: unknown[] = [];
  const s = region.spans;
  let first = 0;
  for (let k = 0; k < s.length; k += 2) {
    const last = k + 2 >= s.length || s[k + 3]! - s[first]! > pieceBytes;
    if (!last) continue;
    const piece = read(`[${exact.decode(bytes.subarray(s[first]!, s[k + 1]!))}]`, s[first]!, s[k + 1]!);
    if (!Array.isArray(piece) || piece.length !== (k - first) / 2 + 1) throw new Error('piece');
    for (const r of piece) out.push(r);
    first = k + 2;
  }
  return out;
}

/**
 * The skeleton read by `read`, its records arrays (empty there) filled from the pieces, each read
 * by `readPiece` (with where its bytes are).
 */
function assemble(
  bytes: Uint8Array,
  regions: readonly Region[],
  read: (text: string) => unknown,
  readPiece: (text: string, from: number, to: number) => unknown,
  pieceBytes: number,
): unknown {
  const skeleton = skeletonOf(bytes, regions);
  const raw = read(fatal.decode(skeleton));
  const records = typeof raw === 'object' && raw !== null ? (raw as { records?: unknown }).records : undefined;
  if (typeof records !== 'object' || records === null || Array.isArray(records)) throw new Error('records');
  // Each cut is inside its table's array, where the checked skeleton's structure has it.
  const opens = recordsArrayOffsets(skeleton);
  let removed = 0;
  for (const r of regions) {
    if (opens?.[r.table] !== r.start - 1 - removed) throw new Error('records');
    removed += r.end - r.start;
  }
  for (const r of regions) {
    const empty = (records as Record<string, unknown>)[r.table];
    if (!Object.hasOwn(records, r.table) || !Array.isArray(empty) || empty.length > 0) throw new Error('records');
    (records as Record<string, unknown>)[r.table] = recordsOf(bytes, r, readPiece, pieceBytes);
  }
  return raw;
}

/** Where the scanner finds the records in `bytes`, and the regions to cut when they are laid out as read piece by piece. */
function layoutOf(bytes: Uint8Array): { spans?: Record<string, Uint32Array<ArrayBuffer>>; regions?: Region[] } {
  const spans = payloadRecordSpans(bytes);
  const regions = spans && regionsOf(bytes, spans);
  return { ...(spans ? { spans } : {}), ...(regions ? { regions } : {}) };
}

/**
 * Untrusted payload bytes checked as strict JSON (`options`, as `parseStrictJson`) and parsed:
 * piece by piece when laid out as exported, else as one string. Throws what `parseStrictJson`
 * of the whole text throws (or `options.syntaxCode` for bytes that are not UTF-8).
 */
export function readPayload(bytes: Uint8Array, options: StrictJsonOptions & { readonly syntaxCode: string }, pieceBytes = PIECE_BYTES): ReadPayload {
  const maxDepth = options.maxDepth ?? 32;
  const { spans, regions } = layoutOf(bytes);
  if (spans && regions) {
    try {
      // The envelope read strictly; the records' pieces by JSON.parse with the strict checks made
      // on their values and their names counted over their bytes (strict-json.ts parseCountedJson:
      // the same verdict, without a second pass over 20 MB of text in JavaScript).
      const raw = assemble(
        bytes,
        regions,
        (text) => parseStrictJson(text, options),
        (text, from, to) => parseCountedJson(text, countMembers(bytes, from, to), maxDepth - RECORDS_DEPTH),
        pieceBytes,
      );
      return { raw, spans };
    } catch {
      // Told as the whole reading tells it (below).
    }
  }
  const raw = parseStrictJson(decodeUtf8(bytes, options.syntaxCode), options);
  // Checked now: where the scanner found the records is where they are.
  return spans ? { raw, spans } : { raw };
}

/**
 * Payload bytes already checked (a helper thread read them with `readPayload`), parsed again
 * here from the same bytes and spans without checking again.
 */
export function readCheckedPayload(bytes: Uint8Array, spans: Readonly<Record<string, Uint32Array>> | undefined, pieceBytes = PIECE_BYTES): unknown {
  const regions = spans && regionsOf(bytes, spans);
  if (regions) {
    try {
      return assemble(bytes, regions, (text) => JSON.parse(text), (text) => JSON.parse(text), pieceBytes);
    } catch {
      // Read whole (below).
    }
  }
  return JSON.parse(fatal.decode(bytes));
}
