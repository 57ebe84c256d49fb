// A name longer than its field holds is refused with its field named, never cut: the fields no
// longer stop (or cut a paste) at their length, so the check is what tells the clerk.
import { describe, expect, it } from 'vitest';
import { validateSetup, validateUnit } from '../../renderer/src/core/unit';
import { thuyHaiSetup } from '../fixtures/setup-input';

const long = 'Ủy ban nhân dân xã Thụy Hải, huyện Thái Thụy, tỉnh Thái Bình (nay là tỉnh Hưng Yên) '.repeat(4);

describe('lengths of what is typed at setup and in the settings', () => {
  it('refuses each too-long field by name, with its limit', () => {
    expect(long.length).toBeGreaterThan(300);
    const issues = validateSetup({ unit: { ...thuyHaiSetup.unit, name: long, parentName: long }, fonds: { ...thuyHaiSetup.fonds, name: long }, operator: { name: 'Lan', position: long } }, 2026);
    expect(issues.map((i) => `${i.field}:${i.code}:${i.params?.max}`)).toEqual(['name:text.tooLong:200', 'parentName:text.tooLong:200', 'fondsName:text.tooLong:200', 'operatorPosition:text.tooLong:100']);
  });

  it('refuses an administrative code of six digits instead of keeping its first five', () => {
    expect(validateUnit({ ...thuyHaiSetup.unit, adminCode: '123456' }).map((i) => i.code)).toEqual(['unit.adminCode.format']);
  });

  it('takes the fields at their limits', () => {
    expect(validateSetup({ unit: { ...thuyHaiSetup.unit, name: 'x'.repeat(200) }, fonds: { ...thuyHaiSetup.fonds, name: 'y'.repeat(200) }, operator: { name: 'z'.repeat(100), position: 'p'.repeat(100) } }, 2026)).toEqual([]);
  });
});
