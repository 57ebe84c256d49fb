/**
 * The encoding implied by an xlsx cell's font name. Legacy Vietnamese text only looked right
 * in its own fonts, so the font is the best witness of how the bytes were meant:
 * ".VnTime", ".VnArial" (ABC fonts) are TCVN3, their ".…H" siblings draw every letter as a
 * capital, and "VNI-Times", "VNI-Helve"… are VNI-Windows.
 */
import type { LegacyEncoding } from './decode';

export type FontEncoding = { readonly encoding: LegacyEncoding; readonly upperCase: boolean };

/** Fonts that carry Unicode Vietnamese (lower-case names, compared without style words). */
const UNICODE_FONTS = new Set([
  'times new roman', 'arial', 'arial unicode ms', 'arial narrow', 'calibri', 'calibri light', 'cambria', 'aptos',
  'tahoma', 'verdana', 'segoe ui', 'courier new', 'consolas', 'georgia', 'palatino linotype', 'book antiqua',
  'trebuchet ms', 'microsoft sans serif', 'sans serif', 'helvetica', 'liberation sans', 'liberation serif',
  'dejavu sans', 'dejavu serif', 'noto sans', 'noto serif', 'roboto', 'tinos', 'arimo', 'cousine',
]);

/**
 * Encoding of an xlsx font name: ".VnTime" → tcvn3, ".VnTimeH" → tcvn3 + upper case,
 * "VNI-Times" → vni, a known Unicode font ("Times New Roman", "Arial"…) → unicode,
 * anything else or nothing → undefined (let the text decide).
 */
export function fontEncoding(fontName: string | undefined): FontEncoding | undefined {
  const name = fontName?.trim() ?? '';
  if (name === '') return undefined;
  // "VNI-Times", "VNI Times", "VNI_Times", "VNI-Helve-Condense"…
  if (/^vni[-_ ]/i.test(name)) return { encoding: 'vni', upperCase: false };
  // ".VnTime", ".VnArial Narrow", and the same without the dot as some machines list them
  // ("VnTime"); the all-capital versions end in a capital H: ".VnTimeH", ".VnArialH".
  const tcvn = /^\.vn\S/i.test(name) || /^Vn[A-Z][a-z]/.test(name);
  if (tcvn) return { encoding: 'tcvn3', upperCase: /H$/.test(name.replace(/\s+(bold|italic|regular)$/gi, '')) };
  if (UNICODE_FONTS.has(name.toLowerCase().replace(/\s+(bold|italic|regular)$/g, ''))) return { encoding: 'unicode', upperCase: false };
  return undefined;
}
