/**
 * Code charts of the two legacy Vietnamese encodings found in old Excel registers, as maps
 * between NFC letters and legacy code sequences (each code a byte 0x00–0xFF, held in a JS
 * string as the Latin-1 character of that value).
 *
 * - TCVN3 = TCVN 5712:1993 VN3 (".VnTime", ".VnArial"…): one byte per letter. It has the 67
 *   lower-case letters and only seven capitals (Ă Â Đ Ê Ô Ơ Ư); the 60 capitals with a tone
 *   mark have no code; people typed the lower-case code in an all-capital ".…H" font.
 * - VNI-Windows ("VNI-Times"…): a base letter followed by a mark character; i-letters, ơ, ư,
 *   đ and ỵ are single characters. A capital's mark is the lower-case mark minus 0x20.
 *
 * Checked letter by letter against the published charts in test/fixtures/legacy-charts/.
 */

/** Tone marks in chart order: ngang (none), huyền, sắc, hỏi, ngã, nặng. */
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;

const compose = (base: string, tone: string): string => (base + tone).normalize('NFC');

/** TCVN3 codes of each lower-case vowel, in TONES order. */
const TCVN3_VOWELS: Readonly<Record<string, readonly number[]>> = {
  a: [0x61, 0xb5, 0xb8, 0xb6, 0xb7, 0xb9],
  ă: [0xa8, 0xbb, 0xbe, 0xbc, 0xbd, 0xc6],
  â: [0xa9, 0xc7, 0xca, 0xc8, 0xc9, 0xcb],
  e: [0x65, 0xcc, 0xd0, 0xce, 0xcf, 0xd1],
  ê: [0xaa, 0xd2, 0xd5, 0xd3, 0xd4, 0xd6],
  i: [0x69, 0xd7, 0xdd, 0xd8, 0xdc, 0xde],
  o: [0x6f, 0xdf, 0xe3, 0xe1, 0xe2, 0xe4],
  ô: [0xab, 0xe5, 0xe8, 0xe6, 0xe7, 0xe9],
  ơ: [0xac, 0xea, 0xed, 0xeb, 0xec, 0xee],
  u: [0x75, 0xef, 0xf3, 0xf1, 0xf2, 0xf4],
  ư: [0xad, 0xf5, 0xf8, 0xf6, 0xf7, 0xf9],
  y: [0x79, 0xfa, 0xfd, 0xfb, 0xfc, 0xfe],
};

/** The only TCVN3 capitals outside ASCII. */
const TCVN3_CAPITALS: Readonly<Record<string, number>> = { Ă: 0xa1, Â: 0xa2, Ê: 0xa3, Ô: 0xa4, Ơ: 0xa5, Ư: 0xa6, Đ: 0xa7 };

/** Letter → TCVN3 code, for every letter that has one (ASCII vowels included). */
export const TCVN3_ENCODE: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [vowel, codes] of Object.entries(TCVN3_VOWELS)) {
    TONES.forEach((tone, i) => map.set(compose(vowel, tone), String.fromCharCode(codes[i] ?? 0)));
  }
  map.set('đ', '\u00ae');
  for (const [capital, code] of Object.entries(TCVN3_CAPITALS)) map.set(capital, String.fromCharCode(code));
  for (const plain of 'AEIOUY') map.set(plain, plain);
  return map;
})();

/** TCVN3 code (one Latin-1 character) → letter; only codes ≥ 0x80. */
export const TCVN3_DECODE: ReadonlyMap<string, string> = new Map(
  [...TCVN3_ENCODE].filter(([, code]) => code.charCodeAt(0) >= 0x80).map(([letter, code]) => [code, letter]),
);

/**
 * The 60 capitals with a tone mark that TCVN3 cannot write (À Á … Ỵ). Their lower-case code
 * is what an ".…H" font cell holds; decoding gives the lower-case letter.
 */
export const TCVN3_CAPITALS_WITHOUT_CODE: ReadonlySet<string> = new Set(
  Object.keys(TCVN3_VOWELS).flatMap((vowel) => TONES.slice(1).map((tone) => compose(vowel, tone).toUpperCase())),
);

/** VNI marks (lower-case form) in TONES order, for plain vowels, for â ê ô, and for ă. */
const VNI_TONE_MARKS = [0, 0xf8, 0xf9, 0xfb, 0xf5, 0xef] as const;
const VNI_CIRCUMFLEX_MARKS = [0xe2, 0xe0, 0xe1, 0xe5, 0xe3, 0xe4] as const;
const VNI_BREVE_MARKS = [0xea, 0xe8, 0xe9, 0xfa, 0xfc, 0xeb] as const;

/** Letters VNI writes as one character (lower-case form); capitals are the code minus 0x20. */
const VNI_SINGLES: Readonly<Record<string, number>> = {
  ì: 0xec, í: 0xed, ỉ: 0xe6, ĩ: 0xf3, ị: 0xf2, ơ: 0xf4, ư: 0xf6, ỵ: 0xee, đ: 0xf1,
};

/** Lower-case letter → VNI code sequence (lower-case form). */
function vniLowerTable(): Map<string, number[]> {
  const table = new Map<string, number[]>();
  const withMarks = (letterBase: string, codeBase: number, marks: readonly number[]): void => {
    TONES.forEach((tone, i) => {
      const mark = marks[i] ?? 0;
      table.set(compose(letterBase, tone), mark === 0 ? [codeBase] : [codeBase, mark]);
    });
  };
  for (const v of ['a', 'e', 'o', 'u', 'y']) withMarks(v, v.charCodeAt(0), VNI_TONE_MARKS);
  withMarks('â', 0x61, VNI_CIRCUMFLEX_MARKS);
  withMarks('ê', 0x65, VNI_CIRCUMFLEX_MARKS);
  withMarks('ô', 0x6f, VNI_CIRCUMFLEX_MARKS);
  withMarks('ă', 0x61, VNI_BREVE_MARKS);
  withMarks('ơ', 0xf4, VNI_TONE_MARKS);
  withMarks('ư', 0xf6, VNI_TONE_MARKS);
  for (const [letter, code] of Object.entries(VNI_SINGLES)) table.set(letter, [code]);
  return table;
}

/** Lower-case VNI code → upper-case code: 0x20 lower, for ASCII letters and Latin-1 marks alike. */
const vniUpperCode = (code: number): number => code - 0x20;

/** Letter → VNI code sequence, both cases, every Vietnamese vowel and đ/Đ. */
export const VNI_ENCODE: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [letter, codes] of vniLowerTable()) {
    map.set(letter, String.fromCharCode(...codes));
    map.set(letter.toUpperCase(), String.fromCharCode(...codes.map(vniUpperCode)));
  }
  return map;
})();

/**
 * VNI code sequence → letter, for sequences of one or two characters that are not plain ASCII.
 * Also accepts a base and mark of different case (what Excel's PROPER() leaves: "Aùnh");
 * the base letter decides the case.
 */
export const VNI_DECODE: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [letter, code] of VNI_ENCODE) {
    if (code.length === 1 && code.charCodeAt(0) < 0x80) continue;
    map.set(code, letter);
    if (code.length === 2) {
      const [base = '', mark = ''] = code;
      const otherCaseMark = String.fromCharCode(mark.charCodeAt(0) ^ 0x20);
      if (!map.has(base + otherCaseMark)) map.set(base + otherCaseMark, letter);
    }
  }
  return map;
})();

/** First characters of the two-character VNI sequences (base letters a e o u y ô ö, both cases). */
export const VNI_BASES: ReadonlySet<string> = new Set([...VNI_DECODE.keys()].filter((k) => k.length === 2).map((k) => k[0] ?? ''));
