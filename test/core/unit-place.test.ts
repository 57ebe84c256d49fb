// The place before the date on every printed form ("Thụy Hải, ngày … tháng … năm …").
import { describe, expect, it } from 'vitest';
import { placeOfUnit } from '../../renderer/src/core/unit';

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
