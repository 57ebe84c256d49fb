// Which encoding is this text in: from the xlsx font name, and from the characters alone.
import { describe, expect, it } from 'vitest';
import {
  bytesToLegacyText,
  detectEncoding,
  detectEncodingOfTexts,
  fontEncoding,
  guessEncoding,
  guessEncodingOfTexts,
  fromUnicode,
  isVietnameseSyllable,
  legacyBytes,
} from '../../renderer/src/core/legacy-text';

/** Realistic register text: names, bodies, document titles, places. */
const PHRASES = [
  'Ủy ban nhân dân xã Thụy Hải',
  'Quyết định về việc phê duyệt kế hoạch',
  'Nguyễn Thị Hường',
  'Công văn số 15/UBND-VP ngày 05/3/2024 về việc tổng kết công tác năm',
  'Sổ đăng ký văn bản đến',
  'Biên bản giao nhận tài liệu lưu trữ',
  'Trưởng thôn Đông Hưng',
  'Bùi Tú Anh',
  'Lê Văn Thuận',
  'Hộ kinh doanh cá thể Phạm Quốc Khánh',
  'Kế hoạch phòng chống lụt bão năm 1998',
  'Tờ trình xin kinh phí sửa chữa trụ sở',
  'NGHỊ QUYẾT HỘI ĐỒNG NHÂN DÂN',
  'khuỷu tay, nghiêng ngả, gượng gạo',
  'Ngày',
  'đã',
  'Người',
  'kỹ thuật',
];

describe('fontEncoding', () => {
  it.each([
    ['.VnTime', 'tcvn3', false],
    ['.VnArial', 'tcvn3', false],
    ['.VnArial Narrow', 'tcvn3', false],
    ['.VnCentury Schoolbook', 'tcvn3', false],
    ['.VnTimeH', 'tcvn3', true],
    ['.VnArialH', 'tcvn3', true],
    ['.VnArial NarrowH', 'tcvn3', true],
    ['.VnBlackH', 'tcvn3', true],
    ['  .VnTime  ', 'tcvn3', false],
    ['VnTime', 'tcvn3', false],
    ['VnTimeH', 'tcvn3', true],
    ['.vntime', 'tcvn3', false],
    ['VNI-Times', 'vni', false],
    ['VNI-Helve', 'vni', false],
    ['VNI-Helve-Condense', 'vni', false],
    ['VNI Times', 'vni', false],
    ['vni-times', 'vni', false],
    ['Times New Roman', 'unicode', false],
    ['Arial', 'unicode', false],
    ['Calibri', 'unicode', false],
    ['times new roman', 'unicode', false],
  ] as const)('%j → %s, upper case %s', (font, encoding, upperCase) => {
    expect(fontEncoding(font)).toEqual({ encoding, upperCase });
  });

  it.each([undefined, '', '   ', 'Wingdings', 'Comic Sans MS', 'VNtimes'])('%j → undefined (let the text decide)', (font) => {
    expect(fontEncoding(font)).toBeUndefined();
  });
});

describe('isVietnameseSyllable', () => {
  it.each(['người', 'Nguyễn', 'quyết', 'khuỷu', 'nghiêng', 'gì', 'giữa', 'thuở', 'Ủy', 'ĐỒNG', 'xoong', 'oai', 'ạch'])('%s is one', (w) =>
    expect(isVietnameseSyllable(w)).toBe(true),
  );
  it.each(['café', 'très', 'élève', 'München', 'ngµy', 'nguyôn', 'hàt', 'aăe', 'thþ', 'España'])('%s is not', (w) =>
    expect(isVietnameseSyllable(w)).toBe(false),
  );
});

describe('detectEncoding', () => {
  it.each(PHRASES.filter((p) => p.split(' ').length > 1 || p.length > 4).concat(['Ngày', 'đã', 'Người']))('TCVN3 %j', (phrase) => {
    expect(detectEncoding(fromUnicode(phrase, 'tcvn3'))).toBe('tcvn3');
  });

  it.each(PHRASES)('VNI %j', (phrase) => {
    expect(detectEncoding(fromUnicode(phrase, 'vni'))).toBe('vni');
  });

  it.each(PHRASES)('Unicode %j, NFC and NFD', (phrase) => {
    expect(detectEncoding(phrase)).toBe('unicode');
    expect(detectEncoding(phrase.normalize('NFD'))).toBe('unicode');
  });

  it('the same bytes in the Windows-1252 and the Latin-1 view', () => {
    for (const phrase of PHRASES) {
      for (const encoding of ['tcvn3', 'vni'] as const) {
        const bytes = legacyBytes(`“${fromUnicode(phrase, encoding)}” – …`);
        if (!bytes) throw new Error('not legacy');
        const cp = bytesToLegacyText(bytes, 'cp1252');
        const l1 = bytesToLegacyText(bytes, 'latin1');
        expect(cp).toMatch(/^\u201c.*\u201d \u2013 \u2026$/);
        expect(l1).toMatch(/^\u0093.*\u0094 \u0096 \u0085$/);
        expect(detectEncoding(cp)).toBe(detectEncoding(l1));
      }
    }
  });

  it.each([
    'Bùi Tú Anh',
    'Hà Thành Tâm',
    'Tô Hà',
    'Lê Tú',
    'Le café est très élégant, à côté de la gare',
    'Hôtel de la Poste — Noël',
    'Grüße aus München',
    'España, señor',
    'Copyright © 2020',
    'Điều 5 § 2',
    '25°C ± 2',
    '½ giờ',
    '« Xin chào »',
    'Nº 12',
    '',
  ])('Latin-1 and Unicode text stays unicode: %j', (text) => {
    expect(detectEncoding(text)).toBe('unicode');
  });

  it.each(['UBND xã', 'UBND', '15/QĐ-UBND', '12/UBND-VP', 'So 15 ngay 5/3/2024', '   '])('ASCII or Unicode %j is unicode', (text) =>
    expect(detectEncoding(text)).toBe('unicode'),
  );
});

describe('detectEncodingOfTexts', () => {
  it('a one-word cell is ambiguous alone and settled by its column', () => {
    const column = ['Sè', '12', 'Ngµy', 'V¨n b¶n'];
    expect(detectEncoding('Sè')).toBe('unicode'); // "Sè" is also a Latin-1 word
    expect(detectEncodingOfTexts(column)).toBe('tcvn3');
    expect(detectEncodingOfTexts(['Soá', 'Ngaøy', 'Vaên baûn'])).toBe('vni');
    expect(detectEncodingOfTexts(['Số', 'Ngày', 'Bùi Tú Anh'])).toBe('unicode');
    expect(detectEncodingOfTexts([])).toBe('unicode');
  });
});

describe('guessEncoding: how sure the guess is, on short cells', () => {
  // Text as a re-saved workbook holds it (font Calibri/Arial, so only the characters speak).
  it.each([
    // text, what it was typed as, guess, certain
    ['Sè', 'TCVN3 "Số" or Latin-1 "Sè"', 'unicode', false],
    ['®', 'TCVN3 "đ" alone', 'unicode', false],
    ['Tó', 'TCVN3 "Tú", VNI "Tĩ" or Latin-1 "Tó"', 'unicode', false],
    ['Soá', 'VNI "Số" or Latin-1 "Soá"', 'unicode', false],
    ['Tö', 'VNI "Tư" or TCVN3 "Tử"', 'tcvn3', false],
    ['Bùi Tú Anh', 'Latin-1 Unicode, also fine TCVN3', 'unicode', false],
    ['n¨m', 'TCVN3 "năm"', 'tcvn3', true],
    ['Ngµy', 'TCVN3 "Ngày"', 'tcvn3', true],
    ['Hµ Néi', 'TCVN3 "Hà Nội"', 'tcvn3', true],
    ['Ngöôøi', 'VNI "Người"', 'vni', true],
    ['ñaõ', 'VNI "đã"', 'vni', true],
    ['Hà Thành Tâm', 'Unicode that TCVN3 cannot hold', 'unicode', true],
    ['Số', 'Unicode beyond Latin-1', 'unicode', true],
    ['UBND', 'ASCII', 'unicode', true],
    ['15/Q§-UBND', 'TCVN3 "15/QĐ-UBND"', 'tcvn3', true],
    ['12/QÑ-UBND', 'VNI "12/QĐ-UBND"', 'vni', true],
  ] as const)('%j (%s) → %s, certain %s', (text, _what, encoding, certain) => {
    expect(guessEncoding(text)).toMatchObject({ encoding, certain });
  });

  it('a long legacy sentence is certain', () => {
    expect(guessEncoding(fromUnicode('Quyết định về việc phê duyệt kế hoạch năm 2025', 'tcvn3'))).toMatchObject({ encoding: 'tcvn3', certain: true });
    expect(guessEncoding(fromUnicode('Quyết định về việc phê duyệt kế hoạch năm 2025', 'vni'))).toMatchObject({ encoding: 'vni', certain: true });
  });

  it('a column settles what its short cells leave open', () => {
    expect(guessEncodingOfTexts(['Sè', 'Ngµy', 'V¨n b¶n', '®'])).toMatchObject({ encoding: 'tcvn3', certain: true });
    expect(guessEncodingOfTexts(['Sè', 'Tó'])).toMatchObject({ certain: false });
  });
});

describe('detection on huge cells', () => {
  it('judges a 5 MB cell from its beginning, without running out of stack', () => {
    const word = fromUnicode('Sốđến', 'tcvn3');
    const huge = word.repeat((5 * 1024 * 1024) / word.length);
    expect(() => detectEncoding(huge)).not.toThrow();
    expect(detectEncoding(`${fromUnicode('Sổ đăng ký văn bản đến', 'tcvn3')} ${huge}`)).toBe('tcvn3');
  });
});
