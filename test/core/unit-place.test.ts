// The place before the date on every printed form ("Thụy Hải, ngày … tháng … năm …").
import { describe, expect, it } from 'vitest';
import { fondsNamesPlace, placeOfUnit } from '../../renderer/src/core/unit';

describe('place of a unit', () => {
  it.each([
    ['Ủy ban nhân dân xã Thụy Hải', 'Thụy Hải'],
    ['UBND phường Đông Kinh', 'Đông Kinh'],
    ['Lưu trữ lịch sử tỉnh Hưng Yên', 'Hưng Yên'],
    ['Trung tâm Lưu trữ lịch sử thành phố Hà Nội', 'Hà Nội'],
    ['Ủy ban nhân dân đặc khu Côn Đảo', 'Côn Đảo'],
    ['Ủy ban nhân dân huyện Thái Thụy', 'Thái Thụy'],
    ['Văn phòng', 'Văn phòng'],
  ])('%s → %s', (name, place) => {
    expect(placeOfUnit(name)).toBe(place);
  });
});

// The loan form names another unit's fonds with its unit only when the fonds' name does not say the place.
describe('a fonds name saying its unit’s place', () => {
  it.each([
    ['Phông lưu trữ UBND xã Mẫu Sơn', 'Ủy ban nhân dân xã Mẫu Sơn (dữ liệu dùng thử)', true],
    ['Phông UBND xã Thụy Hải (1990–2025)', 'Ủy ban nhân dân xã Thụy Hải', true],
    ['Phông lưu trữ UBND Xã THỤY HẢI', 'Ủy ban nhân dân xã Thụy Hải', true],
    ['Phông lưu trữ Ủy ban nhân dân xã Bình An', 'Ủy ban nhân dân xã An', false],
    ['Phông lưu trữ UBND phường 12', 'Ủy ban nhân dân phường 1', false],
    ['Phông lưu trữ', 'Ủy ban nhân dân xã Thụy Hải', false],
  ])('%s of %s: %s', (fonds, unit, says) => {
    expect(fondsNamesPlace(fonds, unit)).toBe(says);
  });
});
