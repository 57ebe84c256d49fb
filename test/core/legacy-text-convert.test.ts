// Converting cells of old registers to NFC Unicode: whole phrases, the Windows-1252 view of
// the bytes, NFD (Unicode tổ hợp), .VnTimeH capitals, and text that must stay as it is.
import { describe, expect, it } from 'vitest';
import {
  bytesToLegacyText,
  detectAndConvert,
  fromUnicode,
  legacyBytes,
  toLatin1View,
  toUnicode,
} from '../../renderer/src/core/legacy-text';

const PHRASES = [
  'Ủy ban nhân dân xã Thụy Hải',
  'Quyết định về việc phê duyệt kế hoạch',
  'Nguyễn Thị Hường',
  'Hồ sơ lưu trữ năm 1998 – “Mục lục” số 3…',
  'Kỹ thuật viên Đỗ Mỹ Linh, khuỷu tay, Ỷ Lan',
  'ÔNG TRẦN VĂN ĐỨC',
];

/** What TCVN3 can hold of a text: the capitals with a tone mark fall to lower case. */
const tcvn3Fold = (s: string): string =>
  [...s.normalize('NFC')].map((c) => (/[ĂÂĐÊÔƠƯ]/.test(c) || c.normalize('NFD').length === 1 ? c : c.toLowerCase())).join('');

describe('TCVN3 phrases', () => {
  it.each(PHRASES)('%j round-trips, capitals with a tone mark become lower case', (phrase) => {
    const legacy = fromUnicode(phrase, 'tcvn3');
    expect(toUnicode(legacy, 'tcvn3')).toBe(tcvn3Fold(phrase));
    expect(detectAndConvert(legacy, '.VnTime')).toMatchObject({ text: tcvn3Fold(phrase), encoding: 'tcvn3', changed: true });
  });

  it('known encodings of the three sample phrases', () => {
    expect(fromUnicode('Ủy ban nhân dân xã Thụy Hải', 'tcvn3')).toBe('\u00f1y ban nh\u00a9n d\u00a9n x\u00b7 Th\u00f4y H\u00b6i');
    expect(fromUnicode('Nguyễn Thị Hường', 'tcvn3')).toBe('Nguy\u00d4n Th\u00de H\u00ad\u00eang');
    expect(toUnicode('QuyÕt ®Þnh vÒ viÖc phª duyÖt kÕ ho¹ch', 'tcvn3')).toBe('Quyết định về việc phê duyệt kế hoạch');
  });
});

describe('VNI phrases', () => {
  it.each(PHRASES)('%j round-trips exactly, capitals included', (phrase) => {
    const legacy = fromUnicode(phrase, 'vni');
    expect(toUnicode(legacy, 'vni')).toBe(phrase.normalize('NFC'));
    expect(detectAndConvert(legacy, 'VNI-Times')).toMatchObject({ text: phrase, encoding: 'vni', changed: true });
  });

  it('known encodings of the three sample phrases', () => {
    expect(fromUnicode('Ủy ban nhân dân xã Thụy Hải', 'vni')).toBe('UÛy ban nhaân daân xaõ Thuïy Haûi');
    expect(fromUnicode('Quyết định về việc phê duyệt kế hoạch', 'vni')).toBe('Quyeát ñònh veà vieäc pheâ duyeät keá hoaïch');
    expect(toUnicode('Nguyeãn Thò Höôøng', 'vni')).toBe('Nguyễn Thị Hường');
  });

  it('ơ/ư with a tone are one letter, not ơ/ư and a stray mark (a bug in published converters)', () => {
    expect(toUnicode('Ngöôøi', 'vni')).toBe('Người');
    expect(toUnicode('öùôù ÖÙÔÙ', 'vni')).toBe('ứớ ỨỚ');
  });

  it('ỷ ỹ are y + mark; ì and ặ keep their own codes', () => {
    expect(fromUnicode('ỷ ỹ Ỷ Ỹ ì ặ', 'vni')).toBe('yû yõ YÛ YÕ ì aë');
    expect(toUnicode('kyõ chì aë', 'vni')).toBe('kỹ chì ặ');
  });

  it('a base and mark of different case, as PROPER() or LOWER() leaves them', () => {
    expect(toUnicode('Aùnh Saùng', 'vni')).toBe('Ánh Sáng');
    expect(toUnicode('NGUYEÃN', 'vni')).toBe('NGUYỄN');
    expect(toUnicode('Nguyeãn', 'vni')).toBe('Nguyễn');
  });

  it('uô and ươ: two letters each', () => {
    expect(toUnicode('muoán döôïc', 'vni')).toBe('muốn dược');
  });
});

describe('through the Windows-1252 view', () => {
  it.each(PHRASES)('%j: cp1252 and Latin-1 views convert alike', (phrase) => {
    for (const encoding of ['tcvn3', 'vni'] as const) {
      const bytes = legacyBytes(fromUnicode(phrase, encoding));
      if (!bytes) throw new Error(`not legacy: ${phrase}`);
      const cp = bytesToLegacyText(bytes, 'cp1252');
      const l1 = bytesToLegacyText(bytes, 'latin1');
      const expected = encoding === 'tcvn3' ? tcvn3Fold(phrase) : phrase;
      expect(detectAndConvert(cp).text).toBe(expected);
      expect(detectAndConvert(l1).text).toBe(expected);
      expect(toLatin1View(cp)).toBe(l1);
    }
  });

  it('C1 characters come out as Windows punctuation', () => {
    expect(toUnicode('\u0093S\u00e8 1\u0094 \u0096 \u0080', 'tcvn3')).toBe('“Số 1” – €');
    expect(toUnicode('\u0093Soá 1\u0094', 'vni')).toBe('“Số 1”');
  });
});

describe('Unicode tổ hợp (NFD) and Unicode', () => {
  it.each(PHRASES)('NFD %j becomes NFC', (phrase) => {
    const nfd = phrase.normalize('NFD');
    expect(nfd).not.toBe(phrase);
    expect(detectAndConvert(nfd)).toMatchObject({ text: phrase, encoding: 'unicode', changed: true });
    expect(detectAndConvert(nfd, '.VnTime')).toMatchObject({ text: phrase, encoding: 'unicode', changed: true });
    expect(toUnicode(nfd, 'unicode')).toBe(phrase);
  });

  it('Windows-1258 style (precomposed base + combining tone) becomes NFC', () => {
    expect(toUnicode('Ng\u01b0\u01a1\u0300i', 'unicode')).toBe('Người');
  });

  it.each([
    'Ủy ban nhân dân xã Thụy Hải',
    'UBND xã',
    '15/QĐ-UBND',
    'So 15 ngay 5/3/2024',
    'Bùi Tú Anh',
    'Le café est très élégant',
    '“Mục lục” – 3…',
    '',
  ])('%j is left untouched', (text) => {
    expect(detectAndConvert(text)).toMatchObject({ text, encoding: 'unicode', changed: false });
    expect(detectAndConvert(text, 'Times New Roman')).toMatchObject({ text, encoding: 'unicode', changed: false });
  });

  it('a legacy font over Unicode text (typed later in Unicode) does not garble it', () => {
    expect(detectAndConvert('Nguyễn Thị Hường', '.VnTime')).toMatchObject({ text: 'Nguyễn Thị Hường', encoding: 'unicode', changed: false });
    expect(detectAndConvert('Nguyễn Thị Hường', 'VNI-Times')).toMatchObject({ text: 'Nguyễn Thị Hường', encoding: 'unicode', changed: false });
    // Only Latin-1 letters, but TCVN3 never uses 0xE0 "à" and VNI never has a mark after "H".
    expect(detectAndConvert('Hà Thành Tâm', '.VnTime')).toMatchObject({ text: 'Hà Thành Tâm', encoding: 'unicode', changed: false });
    expect(detectAndConvert('Hà Thành Tâm', 'VNI-Times')).toMatchObject({ text: 'Hà Thành Tâm', encoding: 'unicode', changed: false });
    // TCVN3 in its own font stays TCVN3: "Bïi" is Bùi.
    expect(detectAndConvert('Bïi Tó Anh', '.VnTime').text).toBe('Bùi Tú Anh');
  });

  it('a Unicode font over TCVN3 text (workbook re-saved with a new default font) is still converted', () => {
    expect(detectAndConvert('NguyÔn ThÞ H\u00adêng', 'Times New Roman')).toMatchObject({ text: 'Nguyễn Thị Hường', encoding: 'tcvn3', changed: true });
  });

  it('ASCII in a legacy font is unchanged', () => {
    expect(detectAndConvert('UBND 15/QD', '.VnTime')).toMatchObject({ text: 'UBND 15/QD', encoding: 'tcvn3', changed: false });
    expect(detectAndConvert('UBND 15/QD', 'VNI-Times')).toMatchObject({ text: 'UBND 15/QD', encoding: 'vni', changed: false });
  });
});

describe('.VnTimeH: every letter drawn as a capital', () => {
  it('converts, then upper-cases', () => {
    const typed = fromUnicode('ủy ban nhân dân xã thụy hải', 'tcvn3');
    expect(detectAndConvert(typed, '.VnTimeH')).toMatchObject({ text: 'ỦY BAN NHÂN DÂN XÃ THỤY HẢI', encoding: 'tcvn3', changed: true });
    expect(detectAndConvert(typed, '.VnTime').text).toBe('ủy ban nhân dân xã thụy hải');
  });

  it('capitals typed as capitals and lower-case codes mix, as Unikey produced them', () => {
    const legacy = fromUnicode('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'tcvn3');
    expect(legacy).toBe('C\u00e9NG H\u00dfA X\u00b7 H\u00e9I CH\u00f1 NGH\u00dcA VI\u00d6T NAM');
    expect(detectAndConvert(legacy, '.VnTimeH').text).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(toUnicode(legacy, 'tcvn3', { upperCase: true })).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('ASCII in an H font is upper-cased too', () => {
    expect(detectAndConvert('ubnd x\u00b7', '.VnArialH')).toMatchObject({ text: 'UBND XÃ', encoding: 'tcvn3', changed: true });
  });
});

describe('a cell typed in an old font and edited later in Unicode', () => {
  const tcvn3 = (s: string) => fromUnicode(s, 'tcvn3');
  it('converts the words of the old font and keeps the ones typed in Unicode (they were all kept: the old part saved garbled)', () => {
    const cell = `${tcvn3('Kế hoạch tổng kiểm tra an toàn phòng cháy chữa cháy dịp Tết Nguyên đán')} Ất ${tcvn3('Tỵ')}`;
    for (const font of ['.VnTime', undefined])
      expect(detectAndConvert(cell, font)).toMatchObject({ text: 'Kế hoạch tổng kiểm tra an toàn phòng cháy chữa cháy dịp Tết Nguyên đán Ất Tỵ', encoding: 'tcvn3', changed: true });
    expect(detectAndConvert(`Kế hoạch ${fromUnicode('tổng kiểm tra', 'vni')}`)).toMatchObject({ text: 'Kế hoạch tổng kiểm tra', encoding: 'vni' });
  });

  it('converts a notation of the old font, and a word that reads well both ways at the start of an old-font run', () => {
    expect(detectAndConvert(`Ất Tỵ ${tcvn3('Kế hoạch số 15/QĐ-UBND')}`, '.VnTime').text).toBe('Ất Tỵ Kế hoạch số 15/QĐ-UBND');
  });

  it('keeps a "word" longer than any syllable as it is', () => {
    const long = `Ất ${'©'.repeat(4000)}b ${tcvn3('Kế hoạch')}`;
    expect(detectAndConvert(long, '.VnTime').text).toBe(`Ất ${'©'.repeat(4000)}b Kế hoạch`);
  });

  it('leaves Unicode text as it is, Latin-1 words and words that are no syllable included', () => {
    for (const text of ['Quyết định về việc thành lập Tổ công tác Hà Nội', 'Công văn số 15/CV-UBND gửi Phòng Tài chính – Kế hoạch', 'Hội nghị café sáng thứ Hai'])
      for (const font of ['.VnTime', 'VNI-Times', undefined]) expect(detectAndConvert(text, font)).toMatchObject({ text, changed: false });
  });
});
