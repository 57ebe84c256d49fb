// Phụ lục VI: warn when (số, ký hiệu, cơ quan ban hành) is already registered. One document
// typed several ways must give one key; different documents must not.
import { describe, expect, it } from 'vitest';
import {
  duplicateGroups,
  duplicateKey,
  findDuplicates,
  issuerKey,
  type DuplicateKeyInput,
} from '../../renderer/src/core/registers/duplicates';

describe('duplicateKey: the same document typed different ways', () => {
  const sameDocument: readonly [why: string, input: DuplicateKeyInput][] = [
    ['as the form splits it', { number: '15', notation: 'QĐ-UBND', issuer: 'UBND huyện Thái Thụy' }],
    ['lower case', { number: '15', notation: 'qđ-ubnd', issuer: 'ubnd huyện thái thụy' }],
    ['no diacritics', { number: '15', notation: 'QD-UBND', issuer: 'UBND huyen Thai Thuy' }],
    ['full name of the issuer', { number: '15', notation: 'QĐ-UBND', issuer: 'Ủy ban nhân dân huyện Thái Thụy' }],
    ['old tone placement "Uỷ", capitals and doubled spaces', { number: '15', notation: 'QĐ-UBND', issuer: 'UỶ BAN NHÂN DÂN  Huyện Thái Thụy ' }],
    ['leading zero', { number: '015', notation: 'QĐ-UBND', issuer: 'UBND huyện Thái Thụy' }],
    ['number as a number', { number: 15, notation: 'QĐ-UBND', issuer: 'UBND huyện Thái Thụy' }],
    ['whole "Số: …" in the notation field', { notation: 'Số: 15/QĐ-UBND', issuer: 'UBND huyện Thái Thụy' }],
    ['"số 015 / qđ - ubnd"', { notation: ' số 015 / qđ - ubnd ', issuer: 'UBND huyện Thái Thụy' }],
    ['number repeated in the notation', { number: '15', notation: '15/QĐ-UBND', issuer: 'UBND huyện Thái Thụy' }],
    ['"Số 15" in the number field', { number: 'Số 15', notation: 'QĐ-UBND', issuer: 'UBND huyện Thái Thụy' }],
    ['whole notation typed into the number field', { number: '15/QĐ-UBND', notation: '', issuer: 'UBND huyện Thái Thụy' }],
    ['fullwidth slash and en dash', { notation: '15／QĐ–UBND', issuer: 'UBND huyện Thái Thụy' }],
    ['decomposed (NFD) text', { notation: '15/QĐ-UBND'.normalize('NFD'), issuer: 'Ủy ban nhân dân huyện Thái Thụy'.normalize('NFD') }],
  ];
  const reference = duplicateKey(sameDocument[0]![1]);

  it('the reference key is not empty', () => {
    expect(reference).not.toBe('');
  });

  it.each(sameDocument)('%s', (_why, input) => {
    expect(duplicateKey(input)).toBe(reference);
  });
});

describe('duplicateKey: different documents', () => {
  const base: DuplicateKeyInput = { number: '15', notation: 'QĐ-UBND', issuer: 'UBND huyện Thái Thụy', documentDate: '2026-01-05' };
  it.each<[why: string, other: DuplicateKeyInput]>([
    ['another number', { ...base, number: '16' }],
    ['number 150 is not 15', { ...base, number: '150' }],
    ['another type', { ...base, notation: 'TB-UBND' }],
    ['another issuer abbreviation', { ...base, notation: 'QĐ-HĐND' }],
    ['a công văn with the same number', { ...base, notation: 'UBND-VP' }],
    ['another issuing organ', { ...base, issuer: 'UBND huyện Tiền Hải' }],
    ['HĐND instead of UBND', { ...base, issuer: 'Hội đồng nhân dân huyện Thái Thụy' }],
    ['a legal normative document of 2024', { ...base, notation: '2024/QĐ-UBND' }],
    // numbers restart every 1 January (Art. 15.1): last year's 15/QĐ-UBND is another document
    ['the same number and symbol issued the year before', { ...base, documentDate: '2025-06-30' }],
    ['the notation contradicts the number field', { ...base, notation: '16/QĐ-UBND' }],
  ])('%s', (_why, other) => {
    const a = duplicateKey(base);
    const b = duplicateKey(other);
    expect(b).not.toBe('');
    expect(b).not.toBe(a);
  });

  it('the same document on another day of the same year is still the same document', () => {
    expect(duplicateKey({ ...base, documentDate: '2026-12-31' })).toBe(duplicateKey(base));
  });

  it('an invalid or empty document date is ignored, as if absent', () => {
    const undated = duplicateKey({ number: '15', notation: 'QĐ-UBND', issuer: 'UBND huyện Thái Thụy' });
    expect(duplicateKey({ ...base, documentDate: '' })).toBe(undated);
    expect(duplicateKey({ ...base, documentDate: '05/01/2026' })).toBe(undated);
  });
});

describe('duplicateKey: nothing to compare', () => {
  it.each<DuplicateKeyInput>([
    {},
    { number: '', notation: '' },
    { number: '  ', notation: ' ', issuer: 'UBND huyện Thái Thụy' },
    { notation: 'Số:', issuer: 'UBND huyện Thái Thụy' },
    { notation: ' Số :  ', issuer: 'UBND huyện Thái Thụy' },
  ])('%j → no key', (input) => {
    expect(duplicateKey(input)).toBe('');
  });
});

describe('issuerKey', () => {
  it.each<[string, string]>([
    ['Ủy ban nhân dân huyện Thái Thụy', 'ubnd huyen thai thuy'],
    ['UBND Huyện  Thái Thụy', 'ubnd huyen thai thuy'],
    ['Hội đồng nhân dân xã Thụy Hải', 'hdnd xa thuy hai'],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam xã Thụy Hải', 'ubmttq xa thuy hai'],
    ['Sở Nội vụ, tỉnh Thái Bình', 'so noi vu tinh thai binh'],
    ['Công an xã Đức Thọ', 'cong an xa duc tho'],
  ])('%s → %s', (issuer, expected) => {
    expect(issuerKey(issuer)).toBe(expected);
  });
});

describe('findDuplicates and duplicateGroups', () => {
  type Entry = { id: string; number: string; notation: string; sender: string; documentDate?: string; deleted?: boolean };
  const entries: Entry[] = [
    { id: 'a', number: '15', notation: 'QĐ-UBND', sender: 'UBND huyện Thái Thụy', documentDate: '2026-01-05' },
    { id: 'b', number: '015', notation: 'qđ-ubnd', sender: 'Ủy ban nhân dân huyện Thái Thụy', documentDate: '2026-01-05' },
    { id: 'c', number: '15', notation: 'QĐ-UBND', sender: 'UBND huyện Thái Thụy', documentDate: '2026-01-05', deleted: true },
    { id: 'd', number: '16', notation: 'QĐ-UBND', sender: 'UBND huyện Thái Thụy', documentDate: '2026-01-06' },
    { id: 'e', number: '15', notation: 'QĐ-UBND', sender: 'UBND huyện Thái Thụy', documentDate: '2025-01-05' },
    { id: 'f', number: '', notation: '', sender: 'Người dân' },
    { id: 'g', number: '', notation: '', sender: 'Người dân' },
  ];
  const candidate = { notation: 'Số: 15/QĐ-UBND', issuer: 'UBND huyện Thái Thụy', documentDate: '2026-01-05' };

  it('finds the live entries with the same key, ignoring cancelled ones', () => {
    expect(findDuplicates(candidate, entries).map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('includes cancelled entries when asked', () => {
    expect(findDuplicates(candidate, entries, { includeDeleted: true }).map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('an entry with no number and no notation is never anyone’s duplicate', () => {
    expect(findDuplicates({ number: '', notation: '', issuer: 'Người dân' }, entries)).toEqual([]);
  });

  it('groups a whole register into possible duplicates (live entries only)', () => {
    expect(duplicateGroups(entries).map((g) => g.map((e) => e.id))).toEqual([['a', 'b']]);
  });

  it('an outgoing entry (issuer field, numeric number) is matched too', () => {
    const outgoing = [{ number: 5, notation: 'QĐ-UBND', issuer: 'Ủy ban nhân dân xã Thụy Hải', documentDate: '2026-02-01' }];
    expect(findDuplicates({ notation: '05/QĐ-UBND', issuer: 'UBND xã Thụy Hải', documentDate: '2026-02-01' }, outgoing)).toHaveLength(1);
  });
});
