// A name longer than its field holds is refused with its field named, never cut: the fields no
// longer stop (or cut a paste) at their length, so the check is what tells the clerk.
import { describe, expect, it } from 'vitest';
import { createInstance } from 'i18next';
import { proposedFondsName, proposedFondsStartYear, validateSetup, validateUnit } from '../../renderer/src/core/unit';
import { issueMessage } from '../../renderer/src/i18n';
import { vi } from '../../renderer/src/i18n/vi';
import { thuyHaiSetup } from '../fixtures/setup-input';

const long = 'Ủy ban nhân dân xã Thụy Hải, huyện Thái Thụy, tỉnh Thái Bình (nay là tỉnh Hưng Yên) '.repeat(4);

describe('lengths of what is typed at setup and in the settings', () => {
  it('refuses each too-long field by name, with its limit', () => {
    expect(long.length).toBeGreaterThan(300);
    const issues = validateSetup({ unit: { ...thuyHaiSetup.unit, name: long, parentName: long }, fonds: { ...thuyHaiSetup.fonds, name: long }, operator: { name: 'Lan', position: long } }, 2026);
    expect(issues.map((i) => `${i.field}:${i.code}:${i.params?.max}`)).toEqual(['name:text.tooLong:200', 'parentName:text.tooLong:200', 'fondsName:text.tooLong:200', 'operatorPosition:text.tooLong:100']);
    // The message says how long the text is, not only the limit: the clerk knows how much to cut.
    expect(issues.map((i) => i.params?.length)).toEqual([long.length, long.length, long.length, long.length]);
  });

  it('says how long the text is beside its limit; a check that did not count it says the limit alone', async () => {
    const i18n = createInstance();
    await i18n.init({ resources: { vi: { translation: vi } }, lng: 'vi', interpolation: { escapeValue: false } });
    expect(issueMessage(i18n.t, { code: 'text.tooLong', params: { max: 200, length: 346 } })).toBe('Quá dài: ô này nhận tối đa 200 ký tự, đang có 346. Hãy rút gọn lại.');
    expect(issueMessage(i18n.t, { code: 'text.tooLong', params: { max: 300 } })).toBe('Quá dài: ô này nhận tối đa 300 ký tự. Hãy rút gọn lại.');
    expect(issueMessage(i18n.t, { code: 'register.count.zero', params: { max: 999 } })).toBe('Ô này không nhận số 0: gõ số từ 1 đến 999, hoặc để trống nếu chưa có.');
  });

  it('takes a former code of 2, 3 or 5 digits (province, district, commune), refuses 4 or 6', () => {
    const legacy = (code: string) => validateUnit({ ...thuyHaiSetup.unit, legacyAdminCode: code }).map((i) => i.code);
    expect(['33', '336', '12345'].map(legacy)).toEqual([[], [], []]);
    expect(['1234', '123456', '1'].map(legacy)).toEqual([['unit.legacyAdminCode.format'], ['unit.legacyAdminCode.format'], ['unit.legacyAdminCode.format']]);
  });

  it('refuses an administrative code of six digits instead of keeping its first five', () => {
    expect(validateUnit({ ...thuyHaiSetup.unit, adminCode: '123456' }).map((i) => i.code)).toEqual(['unit.adminCode.format']);
  });

  it('takes the fields at their limits', () => {
    expect(validateSetup({ unit: { ...thuyHaiSetup.unit, name: 'x'.repeat(200) }, fonds: { ...thuyHaiSetup.fonds, name: 'y'.repeat(200) }, operator: { name: 'z'.repeat(100), position: 'p'.repeat(100) } }, 2026)).toEqual([]);
  });
});

describe('what the setup proposes for the fonds', () => {
  it('names a commune’s fonds after its short name, an archive’s after its full name, either from the other; nothing from nothing', () => {
    expect(proposedFondsName('commune', ' UBND  xã Thụy Hải ', 'Ủy ban nhân dân xã Thụy Hải')).toBe('Phông lưu trữ UBND xã Thụy Hải');
    expect(proposedFondsName('ward', '', 'Ủy ban nhân dân phường Trần Hưng Đạo')).toBe('Phông lưu trữ Ủy ban nhân dân phường Trần Hưng Đạo');
    expect(proposedFondsName('province-archive', 'Lưu trữ lịch sử tỉnh Hưng Yên', 'Trung tâm Lưu trữ lịch sử tỉnh Hưng Yên')).toBe('Phông lưu trữ Trung tâm Lưu trữ lịch sử tỉnh Hưng Yên');
    expect(proposedFondsName('district', 'UBND huyện Thái Thụy', '')).toBe('Phông lưu trữ UBND huyện Thái Thụy');
    expect(proposedFondsName('commune', ' ', '')).toBe('');
  });
  it('starts a commune, ward or special zone’s fonds in 2025, the reform’s year; an archive’s this year', () => {
    expect(['commune', 'ward', 'special-zone', 'district', 'province-archive'].map((l) => proposedFondsStartYear(l as never, 2026))).toEqual([2025, 2025, 2025, 2026, 2026]);
  });
});
