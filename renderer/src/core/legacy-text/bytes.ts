/**
 * Legacy bytes inside JS strings. A legacy Vietnamese byte reaches us as the character of
 * the same value, but bytes 0x80–0x9F come in two views: Latin-1 (U+0080–U+009F, C1
 * controls) or Windows-1252, which Excel used for fonts with the ANSI charset (U+20AC "€",
 * U+201C "“"…; 0x81 0x8D 0x8F 0x90 0x9D stay C1). Both views must decode alike.
 */

/** Windows-1252 characters of bytes 0x80–0x9F; undefined positions keep their C1 code. */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const CP1252_TO_BYTE: ReadonlyMap<string, number> = new Map([...CP1252_HIGH].map((ch, i) => [ch, 0x80 + i]));

/** The byte a character stands for in legacy text (either view), or undefined if none. */
export function legacyByte(ch: string): number | undefined {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code <= 0xff) return code;
  return CP1252_TO_BYTE.get(ch);
}

/** True if every character of the text can stand for a legacy byte. */
export function isLegacyRepresentable(text: string): boolean {
  for (const ch of text) if (legacyByte(ch) === undefined) return false;
  return true;
}

/** Rewrites the Windows-1252 view to the Latin-1 view; characters that are no byte stay as they are. */
export function toLatin1View(text: string): string {
  let out = '';
  for (const ch of text) {
    const byte = legacyByte(ch);
    out += byte === undefined ? ch : String.fromCharCode(byte);
  }
  return out;
}

/** Rewrites C1 characters U+0080–U+009F to their Windows-1252 character where it has one. */
export function toCp1252View(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/** The bytes of a legacy string (either view), or undefined if some character is no byte. */
export function legacyBytes(text: string): Uint8Array | undefined {
  const bytes: number[] = [];
  for (const ch of text) {
    const byte = legacyByte(ch);
    if (byte === undefined) return undefined;
    bytes.push(byte);
  }
  return Uint8Array.from(bytes);
}

/** Bytes as a legacy string in the chosen view (what a spreadsheet reader would hand us). */
export function bytesToLegacyText(bytes: Uint8Array, view: 'latin1' | 'cp1252' = 'cp1252'): string {
  const latin1 = String.fromCharCode(...bytes);
  return view === 'latin1' ? latin1 : toCp1252View(latin1);
}
