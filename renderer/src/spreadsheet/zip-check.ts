/**
 * A look at an .xlsx file before it is unpacked: is it a zip at all (or an old .xls, or a
 * password-protected file, both OLE containers), does it hold a workbook, and how big would
 * it be once unpacked. exceljs unpacks every part into memory, so a small file that unpacks
 * to gigabytes (a "zip bomb") must be refused here, from the central directory alone.
 */
import { AppError } from '../core/errors';

const MB = 1024 * 1024;

export type ZipSummary = {
  readonly entries: number;
  readonly unpackedBytes: number;
  readonly names: readonly string[];
};

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

/** Reads the central directory; throws `spreadsheet.*` AppErrors for what cannot be an .xlsx. */
export function checkXlsxZip(bytes: Uint8Array, maxUnpackedBytes: number): ZipSummary {
  if (isOle(bytes)) throw new AppError('spreadsheet.legacyXls');
  if (!isZip(bytes)) throw new AppError('spreadsheet.notXlsx');
  // End of central directory: 22 bytes plus a comment of up to 65,535 bytes, at the end.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new AppError('spreadsheet.unreadable');
  const count = u16(bytes, eocd + 10);
  let p = u32(bytes, eocd + 16);
  const names: string[] = [];
  let unpacked = 0;
  const decoder = new TextDecoder('utf-8', { fatal: false });
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw new AppError('spreadsheet.unreadable');
    const size = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    // 0xFFFFFFFF means a zip64 size: more than 4 GB, far past any register.
    if (size === 0xffffffff) throw new AppError('spreadsheet.unpackedTooLarge', { maxMb: Math.round(maxUnpackedBytes / MB) });
    unpacked += size;
    names.push(decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)));
    p += 46 + nameLen + extraLen + commentLen;
  }
  if (unpacked > maxUnpackedBytes) throw new AppError('spreadsheet.unpackedTooLarge', { maxMb: Math.round(maxUnpackedBytes / MB) });
  if (!names.some((name) => name.replace(/^\//, '') === 'xl/workbook.xml')) throw new AppError('spreadsheet.notXlsx');
  return { entries: count, unpackedBytes: unpacked, names };
}
