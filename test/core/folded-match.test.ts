// What is typed without its marks, or in another case, is read as the name the list knows.
import { describe, expect, it } from 'vitest';
import { foldedLabelMatch, knownSpelling } from '../../renderer/src/components/folded-match';

describe('a name typed without its marks', () => {
  const senders = ['Sở Tư pháp tỉnh Mẫu', 'Sở Tài chính tỉnh Mẫu', 'Ủy ban nhân dân huyện Thái Thụy'];
  it('takes the one known spelling of the same words', () => {
    expect(knownSpelling('so tu phap tinh mau', senders)).toBe('Sở Tư pháp tỉnh Mẫu');
    expect(knownSpelling('  SỞ TƯ PHÁP  tỉnh mẫu ', senders)).toBe('Sở Tư pháp tỉnh Mẫu');
    expect(knownSpelling('uy ban nhan dan huyen thai thuy', senders)).toBe('Ủy ban nhân dân huyện Thái Thụy');
  });
  it('leaves a start of a name, a new name, the known one itself and an ambiguous one as typed', () => {
    expect(knownSpelling('so tu phap', senders)).toBeUndefined();
    expect(knownSpelling('Sở Y tế tỉnh Mẫu', senders)).toBeUndefined();
    expect(knownSpelling('Sở Tư pháp tỉnh Mẫu', senders)).toBeUndefined();
    expect(knownSpelling('', senders)).toBeUndefined();
    // Two known names that differ only by their marks: which one is meant is the clerk's to say.
    expect(knownSpelling('ho so', ['Hồ sơ', 'Hộ số'])).toBeUndefined();
    // A name typed with its marks is the clerk's: another person, or a better spelling than an old unmarked one.
    expect(knownSpelling('Nguyễn Văn An', ['Nguyễn Văn Ân'])).toBeUndefined();
    expect(knownSpelling('Sở Tư pháp tỉnh Mẫu', ['so tu phap tinh mau'])).toBeUndefined();
    expect(knownSpelling('sở tư pháp tỉnh mẫu', senders)).toBe('Sở Tư pháp tỉnh Mẫu');
  });
  it('a list is searched without marks too', () => {
    expect(foldedLabelMatch('trung', { label: 'Trùng lặp' })).toBe(true);
  });
});
