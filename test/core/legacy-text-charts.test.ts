// The converter against the published code charts, letter by letter: all 134 Vietnamese
// letters (67 lower + 67 upper) in TCVN3 and VNI-Windows, in both the Latin-1 and the
// Windows-1252 view of the legacy bytes. Charts: test/fixtures/legacy-charts/ (sources inside).
import { describe, expect, it } from 'vitest';
import { fromUnicode, TCVN3_CAPITALS_WITHOUT_CODE, toUnicode } from '../../renderer/src/core/legacy-text';
import tcvn3Chart from '../fixtures/legacy-charts/tcvn3.json';
import vniChart from '../fixtures/legacy-charts/vni-windows.json';

const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

/** The 67 lower-case Vietnamese letters outside ASCII, built from base + tone, not from a chart. */
const LOWER = [...VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))), 'đ'].filter((c) => c.charCodeAt(0) > 0x7f);
const UPPER = LOWER.map((c) => c.toUpperCase());

const hexToBytes = (hex: readonly string[]): Uint8Array => Uint8Array.from(hex.map((h) => parseInt(h, 16)));
const latin1 = (bytes: Uint8Array): string => String.fromCharCode(...bytes);
/**
 * Windows-1252 for bytes 0x80–0x9F, written out from Python's cp1252 codec (undefined
 * positions as their C1 code, as Windows maps them) rather than from our own table. Node 20's
 * TextDecoder('windows-1252') decodes as Latin-1, so it cannot serve here.
 */
const WINDOWS_1252_80_9F =
  '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f' +
  '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';
/** The Windows-1252 view of legacy bytes. */
const cp1252 = (bytes: Uint8Array): string =>
  [...bytes].map((b) => (b >= 0x80 && b <= 0x9f ? WINDOWS_1252_80_9F[b - 0x80] : String.fromCharCode(b))).join('');

const tcvn3Letters: Record<string, string[]> = tcvn3Chart.letters;
const tcvn3Missing: Record<string, { lowercaseCode: string[]; basePlusLowercase: string[]; vn1: string[] }> = tcvn3Chart.capitalsWithoutCode;
const vniLetters: Record<string, string[]> = vniChart.letters;

describe('the letter set', () => {
  it('is 67 lower-case and 67 capital letters', () => {
    expect(LOWER).toHaveLength(67);
    expect(new Set([...LOWER, ...UPPER]).size).toBe(134);
  });

  it('TCVN3 chart: 74 letters with a code, the 60 capitals with a tone mark without', () => {
    expect(Object.keys(tcvn3Letters)).toHaveLength(74);
    expect(Object.keys(tcvn3Missing)).toHaveLength(60);
    expect(new Set([...Object.keys(tcvn3Letters), ...Object.keys(tcvn3Missing)])).toEqual(new Set([...LOWER, ...UPPER]));
    expect(LOWER.every((c) => c in tcvn3Letters)).toBe(true);
    expect(Object.keys(tcvn3Letters).filter((c) => UPPER.includes(c)).sort()).toEqual(['Ă', 'Â', 'Đ', 'Ê', 'Ô', 'Ơ', 'Ư'].sort());
    expect(new Set(Object.keys(tcvn3Missing))).toEqual(TCVN3_CAPITALS_WITHOUT_CODE);
  });

  it('VNI chart: all 134 letters', () => {
    expect(new Set(Object.keys(vniLetters))).toEqual(new Set([...LOWER, ...UPPER]));
  });

  it('cites its sources and says where they disagree', () => {
    for (const chart of [tcvn3Chart, vniChart]) {
      expect(chart.source).toMatch(/data\.cpp/);
      expect(chart.crossCheckedWith.length).toBeGreaterThanOrEqual(2);
      expect(chart.disagreements.length).toBeGreaterThan(0);
    }
  });
});

describe.each([
  ['TCVN3', 'tcvn3', tcvn3Letters],
  ['VNI-Windows', 'vni', vniLetters],
] as const)('%s chart, letter by letter', (_name, encoding, letters) => {
  const cases = Object.entries(letters).map(([letter, hex]) => [letter, hex.join(' '), hexToBytes(hex)] as const);

  it.each(cases)('%s = %s (encode)', (letter, _hex, bytes) => {
    expect(fromUnicode(letter, encoding)).toBe(latin1(bytes));
  });

  it.each(cases)('%s = %s (decode, Latin-1 and Windows-1252 views)', (letter, _hex, bytes) => {
    expect(toUnicode(latin1(bytes), encoding)).toBe(letter);
    expect(toUnicode(cp1252(bytes), encoding)).toBe(letter);
  });

  it('decodes every letter inside a word, between ASCII letters', () => {
    for (const [letter, , bytes] of cases) expect(toUnicode(`x${latin1(bytes)}n`, encoding)).toBe(`x${letter}n`);
  });
});

describe('TCVN3 capitals with a tone mark (no code: written in an ".…H" font)', () => {
  const cases = Object.entries(tcvn3Missing).map(([capital, codes]) => [capital, codes] as const);

  it.each(cases)('%s is written with the lower-case code and read back lower-case, or capital with upperCase', (capital, codes) => {
    const code = latin1(hexToBytes(codes.lowercaseCode));
    expect(fromUnicode(capital, 'tcvn3')).toBe(code);
    expect(toUnicode(code, 'tcvn3')).toBe(capital.toLowerCase());
    expect(toUnicode(code, 'tcvn3', { upperCase: true })).toBe(capital);
  });

  it('VN1 positions are not read as letters: 0x80–0x9F stay Windows-1252 punctuation', () => {
    for (const [capital, codes] of cases) {
      const bytes = hexToBytes(codes.vn1);
      expect(toUnicode(latin1(bytes), 'tcvn3')).not.toBe(capital);
      expect(toUnicode(cp1252(bytes), 'tcvn3')).toBe(toUnicode(latin1(bytes), 'tcvn3'));
    }
    expect(toUnicode('\u0093V\u00a8n b\u00b6n\u0094', 'tcvn3')).toBe('“Văn bản”');
  });
});

describe('no letters beyond the charts', () => {
  it.each([
    ['tcvn3', tcvn3Letters],
    ['vni', vniLetters],
  ] as const)('%s: a byte 0x80–0xFF alone is its chart letter or stays what it was', (encoding, letters) => {
    const single = new Map(Object.entries(letters).filter(([, hex]) => hex.length === 1).map(([letter, hex]) => [hex[0], letter]));
    for (let b = 0x80; b <= 0xff; b++) {
      const bytes = Uint8Array.of(b);
      const hex = b.toString(16).toUpperCase();
      expect(toUnicode(latin1(bytes), encoding)).toBe(single.get(hex) ?? cp1252(bytes).normalize('NFC'));
    }
  });

  it('VNI: every base + mark pair of the chart, and nothing else, becomes one letter', () => {
    const pairs = new Map(Object.entries(vniLetters).filter(([, hex]) => hex.length === 2).map(([letter, hex]) => [latin1(hexToBytes(hex)), letter]));
    for (const base of 'aeouyAEOUY\u00f4\u00f6\u00d4\u00d6') {
      for (let m = 0xc0; m <= 0xff; m++) {
        const seq = base + String.fromCharCode(m);
        const out = toUnicode(seq, 'vni');
        const expected = pairs.get(seq);
        if (expected !== undefined) expect(out).toBe(expected);
        else if ([...out].length === 1) {
          // Only a base with a mark of the other case (Excel PROPER()/LOWER() output) may merge.
          const other = seq[0] + String.fromCharCode(m ^ 0x20);
          expect(out).toBe(pairs.get(other));
          expect(out === out.toUpperCase()).toBe(seq[0] === seq[0]?.toUpperCase());
        }
      }
    }
  });
});
