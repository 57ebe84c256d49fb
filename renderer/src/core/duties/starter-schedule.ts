/**
 * The starter retention schedule shipped with the app: the commonly cited commune-level values of
 * vn-records §3.2, which could NOT be checked against TT 13/2011 or TT 14/2011 (❓). It is data,
 * loaded on request as an unverified version ("cần kiểm tra"); offices correct it or import the
 * official table as a new version.
 */
import type { Retention } from '../dossiers/types';

export type StarterItem = { readonly group: string; readonly code: string; readonly title: string; readonly retention: Retention; readonly basis: string };

const TT = 'TT 13/2011/TT-BNV; TT 14/2011/TT-BNV (giá trị thường được nêu, cần kiểm tra)';

export const STARTER_SCHEDULE = {
  name: 'Bảng thời hạn bảo quản hồ sơ, tài liệu cấp xã (bảng mẫu)',
  version: 'mẫu-1',
  validFrom: '2011-01-01',
  basis: 'Giá trị thường được nêu cho cấp xã; chưa đối chiếu văn bản chính thức — CẦN KIỂM TRA trước khi dùng',
  note: 'Bảng mẫu đi kèm phần mềm. Hãy đối chiếu với Thông tư đang có hiệu lực, sửa từng mục hoặc nhập bảng chính thức từ tệp Excel thành một phiên bản mới.',
  items: [
    { group: 'Tổng hợp', code: '1', title: 'Nghị quyết, biên bản kỳ họp Hội đồng nhân dân xã', retention: 'permanent', basis: TT },
    { group: 'Tổng hợp', code: '2', title: 'Tập lưu quyết định của Ủy ban nhân dân xã', retention: 'permanent', basis: TT },
    { group: 'Tổng hợp', code: '3', title: 'Báo cáo tổng kết năm', retention: 'permanent', basis: TT },
    { group: 'Tổng hợp', code: '4', title: 'Báo cáo 6 tháng, 9 tháng', retention: 20, basis: TT },
    { group: 'Tổng hợp', code: '5', title: 'Báo cáo tháng, quý', retention: 5, basis: TT },
    { group: 'Văn thư', code: '6', title: 'Sổ đăng ký văn bản đi, văn bản đến', retention: 20, basis: TT },
    { group: 'Văn thư', code: '7', title: 'Tập lưu văn bản đi', retention: 50, basis: TT },
    { group: 'Tư pháp – hộ tịch', code: '8', title: 'Sổ hộ tịch (khai sinh, kết hôn, khai tử)', retention: 'permanent', basis: 'Luật Hộ tịch (cần kiểm tra)' },
    { group: 'Địa chính', code: '9', title: 'Sổ địa chính, bản đồ địa chính', retention: 'permanent', basis: TT },
    { group: 'Tài chính – kế toán', code: '10', title: 'Chứng từ kế toán', retention: 10, basis: 'Luật Kế toán (cần kiểm tra)' },
  ] satisfies readonly StarterItem[],
} as const;
