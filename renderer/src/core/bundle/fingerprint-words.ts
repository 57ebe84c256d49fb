/**
 * The 256 words used to read a key fingerprint aloud (đọc dấu vân tay khóa qua điện thoại).
 * Each byte of the thumbprint picks one word. The list is built so that no two words
 * fold to the same ASCII (no pair differing only by tone or vowel mark) and no two
 * sound alike under the usual regional mergers (d/gi/r, s/x, ch/tr, l/n, v/d, final
 * n/ng/nh, c/t): test/core/bundle-keys.test.ts checks both. Never reorder or edit: the
 * same key must give the same words on every version of the app.
 */
export const FINGERPRINT_WORDS: readonly string[] = [
  'gà', 'vịt', 'ngỗng', 'chó', 'mèo', 'trâu', 'bò', 'ngựa', 'dê', 'cừu', 'heo', 'thỏ', 'hổ', 'báo', 'gấu', 'khỉ',
  'voi', 'hươu', 'nai', 'sóc', 'chuột', 'rắn', 'rùa', 'ếch', 'cá', 'tôm', 'cua', 'ốc', 'sò', 'mực', 'chim', 'cò',
  'công', 'yến', 'sẻ', 'vẹt', 'ong', 'bướm', 'kiến', 'nhện', 'tằm', 'sáo', 'cú', 'lúa', 'ngô', 'khoai', 'sắn', 'đậu',
  'mía', 'chè', 'cam', 'chanh', 'bưởi', 'xoài', 'ổi', 'mận', 'đào', 'lê', 'táo', 'nho', 'chuối', 'mít', 'na', 'vải',
  'nhãn', 'bí', 'bầu', 'cải', 'hành', 'tỏi', 'gừng', 'nghệ', 'tiêu', 'sen', 'súng', 'cúc', 'mai', 'lan', 'huệ', 'trúc',
  'thông', 'bàng', 'phượng', 'gạo', 'vừng', 'lạc', 'cau', 'nấm', 'núi', 'sông', 'suối', 'biển', 'ao', 'mưa', 'gió', 'sấm',
  'sương', 'tuyết', 'đất', 'đá', 'cát', 'sỏi', 'nước', 'đèo', 'thác', 'bãi', 'đồng', 'ruộng', 'ghế', 'tủ', 'nhà', 'tường',
  'bếp', 'nồi', 'chảo', 'bát', 'thìa', 'cốc', 'chén', 'ấm', 'khay', 'thúng', 'gùi', 'cuốc', 'liềm', 'kéo', 'búa', 'đinh',
  'thước', 'bút', 'sách', 'thư', 'tem', 'ô', 'nón', 'mũ', 'quần', 'dép', 'khăn', 'túi', 'ví', 'chìa', 'khóa', 'đèn',
  'nến', 'quạt', 'chổi', 'gương', 'thuyền', 'bè', 'phố', 'chùa', 'trống', 'chiêng', 'kèn', 'diều', 'bóng', 'chiếu', 'gối', 'tím',
  'hồng', 'nâu', 'cơm', 'bún', 'muối', 'mắm', 'trứng', 'sữa', 'mật', 'bột', 'xuân', 'hạ', 'đêm', 'ngày', 'tuần', 'tháng',
  'tay', 'mũi', 'tóc', 'lưng', 'sắt', 'chì', 'kẽm', 'ngọc', 'vui', 'khỏe', 'hiền', 'ngoan', 'chậm', 'cao', 'thấp', 'ngắn',
  'hẹp', 'mới', 'thơm', 'cười', 'hát', 'chạy', 'nhảy', 'bơi', 'leo', 'ngồi', 'ăn', 'uống', 'ngủ', 'đọc', 'viết', 'hoa',
  'cành', 'gốc', 'kiếm', 'cung', 'tên', 'khiên', 'hào', 'ruồi', 'sâu', 'lươn', 'hến', 'ngao', 'mẹ', 'cha', 'em', 'bà',
  'chú', 'tết', 'hội', 'sếu', 'sim', 'lựu', 'bắp', 'sậy', 'cói', 'quế', 'xoan', 'khe', 'lạch', 'ghềnh', 'vực', 'đầm',
  'phá', 'gò', 'mương', 'phích', 'chum', 'lu', 'hũ', 'mẹt', 'nia', 'rìu', 'cuộn', 'lưới', 'hẻm', 'bến', 'tiền', 'phiếu',
];
