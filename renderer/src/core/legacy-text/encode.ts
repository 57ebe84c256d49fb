/**
 * NFC Unicode → legacy Vietnamese text, as the legacy bytes appear in a JS string (the
 * Latin-1 character of each byte). For building test spreadsheets that look like old
 * registers; the app itself only reads legacy text.
 *
 * TCVN3 has no code for the 60 capitals with a tone mark (À Á … Ỵ). Like Unikey, they are
 * written with the lower-case code: exactly what a cell in an ".…H" font holds, and what
 * `toUnicode` reads back as the lower-case letter (or the capital with `upperCase`).
 * Characters the encoding does not cover pass through unchanged.
 */
import { TCVN3_ENCODE, VNI_ENCODE } from './charts';
import type { LegacyEncoding } from './decode';

/** Converts Unicode text to the given encoding; 'unicode' gives NFC. */
export function fromUnicode(text: string, encoding: LegacyEncoding): string {
  const nfc = text.normalize('NFC');
  if (encoding === 'unicode') return nfc;
  const table = encoding === 'tcvn3' ? TCVN3_ENCODE : VNI_ENCODE;
  let out = '';
  for (const ch of nfc) {
    const direct = table.get(ch);
    if (direct !== undefined) out += direct;
    else if (encoding === 'tcvn3' && ch !== ch.toLowerCase()) out += table.get(ch.toLowerCase()) ?? ch;
    else out += ch;
  }
  return out;
}
