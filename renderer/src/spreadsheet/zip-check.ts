/**
 * A look at an .xlsx file before exceljs unpacks it: is it a zip at all (or an old .xls, or a
 * password-protected file, both OLE containers), does it hold a workbook, and how big is it
 * once unpacked. exceljs (through JSZip) inflates every part into memory trusting the sizes
 * the zip declares, so a small file that unpacks to gigabytes (a "zip bomb") must be refused
 * here. The declared sizes are a first, cheap check; then every part is inflated once, in
 * small slices, counting the bytes it actually gives and keeping none of them: reading stops
 * as soon as a part gives more than it declared (the headers lie) or a limit is passed,
 * whatever the headers say. The parts are found exactly as JSZip finds them, so the bytes
 * counted here are the bytes exceljs would inflate.
 */
import { Inflate } from 'fflate';
import { AppError } from '../core/errors';

const MB = 1024 * 1024;
/**
 * Compressed bytes given to the inflater at a time: at most ~17 MB of output each (deflate's best
 * ratio is ~1:1032), so a bomb is counted at most ~17 MB past its limit — the inflater holding up
 * to ~50 MB for that one push (its output buffer doubles to 32 MB, then the chunk is copied out).
 * Each push copies the inflater's 32 KB window and grows its output buffer: with 1 KB slices a
 * 20,000-row register (0.9 MB, 7.8 MB unpacked) took 1.4–1.7 s in Chromium, with 16 KB 0.2 s.
 */
const SLICE = 16 * 1024;

export type ZipLimits = {
  /** All parts together, as actually inflated. */
  readonly maxUnpackedBytes: number;
  /** Any one part, as actually inflated. */
  readonly maxEntryBytes: number;
};

/** Bytes inflated so far, of the total the zip declares. */
export type UnzipProgress = (inflated: number, declared: number) => void;

export type ZipSummary = {
  readonly entries: number;
  /** Bytes the parts gave when inflated (checked, not as declared). */
  readonly unpackedBytes: number;
  readonly names: readonly string[];
};

type EntryInfo = { readonly name: string; readonly method: number; readonly flags: number; readonly compressed: number; readonly declared: number; readonly offset: number };

function u16(b: Uint8Array, i: number): number {
  return (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, i: number): number {
  return (u16(b, i) + u16(b, i + 2) * 0x10000) >>> 0;
}

/** OLE compound file: .xls of Excel 97–2003, or an .xlsx saved with a password. */
function isOle(b: Uint8Array): boolean {
  return b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
}

function isZip(b: Uint8Array): boolean {
  return b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

const unreadable = () => new AppError('spreadsheet.unreadable');
const tooLarge = (limits: ZipLimits) => new AppError('spreadsheet.unpackedTooLarge', { maxMb: Math.round(limits.maxUnpackedBytes / MB) });

function endOfCentralDirectory(bytes: Uint8Array): number {
  // 22 bytes plus a comment of up to 65,535 bytes, at the end.
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return i;
  }
  throw unreadable();
}

function centralDirectory(bytes: Uint8Array, limits: ZipLimits): EntryInfo[] {
  const eocd = endOfCentralDirectory(bytes);
  const count = u16(bytes, eocd + 10);
  const size = u32(bytes, eocd + 12);
  const start = u32(bytes, eocd + 16);
  // Zip64 (more than 65,535 parts or 4 GB) is far past any register. JSZip shifts every
  // offset when the directory is not where the end record says: refuse that too, so both
  // readers see the same parts.
  if (count === 0xffff || start === 0xffffffff) throw tooLarge(limits);
  if (start + size !== eocd) throw unreadable();
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const entries: EntryInfo[] = [];
  let p = start;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || u32(bytes, p) !== 0x02014b50) throw unreadable();
    const compressed = u32(bytes, p + 20);
    const declared = u32(bytes, p + 24);
    if (compressed === 0xffffffff || declared === 0xffffffff) throw tooLarge(limits);
    const nameLen = u16(bytes, p + 28);
    entries.push({
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)),
      flags: u16(bytes, p + 8),
      method: u16(bytes, p + 10),
      compressed,
      declared,
      offset: u32(bytes, p + 42),
    });
    p += 46 + nameLen + u16(bytes, p + 30) + u16(bytes, p + 32);
  }
  return entries;
}

/** The compressed bytes of a part: after its local header, as long as the central directory says. */
function entryData(bytes: Uint8Array, e: EntryInfo, directoryStart: number): Uint8Array {
  const h = e.offset;
  if (h + 30 > directoryStart || u32(bytes, h) !== 0x04034b50) throw unreadable();
  const from = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
  if (from + e.compressed > directoryStart) throw unreadable();
  return bytes.subarray(from, from + e.compressed);
}

class Overflow extends Error {}

/** Inflates `data` slice by slice, keeping nothing; throws Overflow past `cap` bytes. */
function inflatedLength(data: Uint8Array, cap: number, onBytes: (n: number) => void): number {
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    onBytes(chunk.length);
    if (total > cap) throw new Overflow();
  });
  if (data.length === 0) inflater.push(data, true);
  for (let i = 0; i < data.length; i += SLICE) inflater.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
  return total;
}

/**
 * Checks an .xlsx before it is unpacked; throws `spreadsheet.*` AppErrors for what cannot be
 * read: `legacyXls`, `notXlsx`, `unreadable`, `unpackedTooLarge` (a limit passed, declared or
 * actual) and `sizeMismatch` (a part inflates to more than it declares: a forged file).
 */
export function checkXlsxZip(bytes: Uint8Array, limits: ZipLimits, onProgress?: UnzipProgress): ZipSummary {
  if (isOle(bytes)) throw new AppError('spreadsheet.legacyXls');
  if (!isZip(bytes)) throw new AppError('spreadsheet.notXlsx');
  const entries = centralDirectory(bytes, limits);
  const names = entries.map((e) => e.name);
  if (!names.some((name) => name.replace(/^\//, '') === 'xl/workbook.xml')) throw new AppError('spreadsheet.notXlsx');
  const declared = entries.reduce((n, e) => n + e.declared, 0);
  if (declared > limits.maxUnpackedBytes || entries.some((e) => e.declared > limits.maxEntryBytes)) throw tooLarge(limits);
  const directoryStart = u32(bytes, endOfCentralDirectory(bytes) + 16);
  let inflated = 0;
  let reported = 0;
  const count = (n: number) => {
    inflated += n;
    if (!onProgress || inflated - reported < MB) return;
    onProgress(inflated, declared);
    reported = inflated;
  };
  for (const e of entries) {
    // Encrypted parts (bit 0) and methods other than stored/deflate are not an Excel workbook.
    if ((e.flags & 1) !== 0 || (e.method !== 0 && e.method !== 8)) throw unreadable();
    const data = entryData(bytes, e, directoryStart);
    if (e.method === 0) {
      if (e.compressed !== e.declared) throw new AppError('spreadsheet.sizeMismatch');
      count(e.compressed);
      continue;
    }
    // The first limit reached decides: the part's own declared size, or what the limits leave.
    const cap = Math.min(e.declared, limits.maxEntryBytes, limits.maxUnpackedBytes - inflated);
    let actual: number;
    try {
      actual = inflatedLength(data, cap, count);
    } catch (err) {
      onProgress?.(inflated, declared);
      if (!(err instanceof Overflow)) throw unreadable();
      throw cap === e.declared ? new AppError('spreadsheet.sizeMismatch') : tooLarge(limits);
    }
    if (actual !== e.declared) throw new AppError('spreadsheet.sizeMismatch');
  }
  onProgress?.(inflated, declared);
  return { entries: entries.length, unpackedBytes: inflated, names };
}
