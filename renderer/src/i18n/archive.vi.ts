/**
 * Vietnamese strings of the province archive on PostgreSQL (lưu trữ tỉnh dùng chung trên mạng
 * nội bộ): the login screen, its frame, account roles, and the errors of the archive server,
 * its database and the connection to it.
 */
export const archiveVi = {
  archive: {
    title: 'Lưu trữ lịch sử tỉnh',
    loginTitle: 'Đăng nhập kho lưu trữ dùng chung',
    loginHelp: 'Dữ liệu của mọi đơn vị nằm trên máy chủ lưu trữ của tỉnh. Hãy đăng nhập bằng tài khoản do quản trị viên cấp cho bạn.',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    login: 'Đăng nhập',
    logout: 'Đăng xuất',
    signedInAs: '{{name}} ({{role}})',
    role: { view: 'xem', import: 'nhập dữ liệu', administer: 'quản trị' },
    navUpper: 'Tổng hợp các đơn vị',
    navImport: 'Nhập gói dữ liệu',
    navKeys: 'Khóa tin cậy',
    navReview: 'Cần xem xét',
    server: 'Máy chủ: {{store}}',
  },
  archiveErrors: {
    'archive.connectionLost':
      'Mất kết nối tới máy chủ lưu trữ. Thao tác đang làm có thể chưa xong. Hãy kiểm tra mạng rồi chọn lại tệp và nhập lại: những gói đã nhập xong sẽ không bị nhập hai lần.',
    'archive.db.connectionLost':
      'Máy chủ lưu trữ mất kết nối tới cơ sở dữ liệu nên chưa ghi được gì của lần nhập này. Khi cơ sở dữ liệu chạy lại, hãy chọn lại tệp và nhập lại: những gói đã nhập xong sẽ không bị nhập hai lần.',
    'archive.db.inUse':
      'Kho dữ liệu ở thư mục {{folder}} đang được một chương trình khác mở (tiến trình {{pid}}, thường là máy chủ lưu trữ "archive serve"). Hai chương trình cùng ghi một thư mục sẽ mất dữ liệu: hãy dừng chương trình đó (Ctrl+C ở cửa sổ của nó) rồi chạy lại lệnh. Muốn quản trị tài khoản khi máy chủ vẫn chạy thì dùng PostgreSQL (--db postgres://…).',
    'archive.db.tooNew': 'Cơ sở dữ liệu ở phiên bản {{version}}, mới hơn phần mềm này (tối đa {{max}}). Hãy cập nhật phần mềm trước khi dùng cơ sở dữ liệu này.',
    'archive.notInitialised': 'Kho lưu trữ chưa được khai báo. Hãy chạy "luutru archive init" hoặc "luutru archive serve" trên máy chủ để khai báo cơ quan và tài khoản quản trị.',
    'archive.alreadyInitialised': 'Kho lưu trữ này đã được khai báo trước đó; không khai báo lại.',
    'archive.noAdministrator': 'Kho lưu trữ chưa có tài khoản quản trị. Hãy chạy "luutru archive init" để tạo.',
    'archive.unit.name': 'Chưa nhập tên cơ quan lưu trữ, ví dụ "Lưu trữ lịch sử tỉnh Hưng Yên".',
    'archive.unit.code': 'Mã đơn vị hành chính của tỉnh gồm 2 đến 5 chữ số, ví dụ 33.',
    'archive.password.short': 'Mật khẩu phải có ít nhất {{min}} ký tự.',
    'archive.password.long': 'Mật khẩu dài quá {{max}} byte. Hãy chọn mật khẩu ngắn hơn.',
    'archive.password.noTerminal': 'Không có cửa sổ lệnh để nhập mật khẩu. Hãy chạy lệnh trong cửa sổ lệnh, hoặc truyền mật khẩu qua --password-stdin.',
    'archive.username.invalid': 'Tên đăng nhập chỉ gồm chữ thường không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới (2 đến 40 ký tự).',
    'archive.username.taken': 'Đã có tài khoản "{{username}}". Hãy chọn tên đăng nhập khác.',
    'archive.displayName.required': 'Chưa nhập họ tên người dùng tài khoản.',
    'archive.role.invalid': 'Quyền không hợp lệ: chỉ có view (xem), import (nhập dữ liệu) hoặc administer (quản trị).',
    'archive.account.notFound': 'Không có tài khoản "{{username}}".',
    'archive.login.failed': 'Tên đăng nhập hoặc mật khẩu không đúng.',
    'archive.login.tooMany': 'Đăng nhập sai quá nhiều lần. Hãy chờ {{minutes}} phút rồi thử lại, hoặc nhờ quản trị viên đặt lại mật khẩu.',
    'archive.auth.required': 'Phiên làm việc đã hết hoặc chưa đăng nhập. Hãy đăng nhập lại.',
    'archive.auth.forbidden': 'Tài khoản của bạn không có quyền làm việc này. Hãy nhờ quản trị viên cấp quyền.',
    'archive.request.invalid': 'Yêu cầu gửi tới máy chủ lưu trữ không hợp lệ. Hãy tải lại trang rồi thử lại.',
    'archive.request.notFound': 'Máy chủ lưu trữ không có chức năng này. Hãy tải lại trang; nếu vẫn lỗi, báo cán bộ kỹ thuật.',
    'archive.request.tooLarge': 'Các tệp gửi lên lớn quá (tối đa {{max}} MB một lần). Hãy chọn ít tệp hơn mỗi lần.',
    'archive.upload.incomplete': 'Tệp gửi lên máy chủ bị thiếu (mất kết nối giữa chừng?). Hãy chọn lại tệp.',
    'archive.allow.invalid': 'Địa chỉ được phép "{{entry}}" không đúng dạng. Ví dụ: 192.168.1.0/24 hoặc 127.0.0.1.',
    'archive.ip.refused': 'Máy {{ip}} không nằm trong danh sách được phép kết nối tới máy chủ lưu trữ.',
    'archive.server.error': 'Máy chủ lưu trữ gặp lỗi nên chưa làm được việc này; dữ liệu chưa bị thay đổi. Hãy thử lại hoặc báo cán bộ kỹ thuật.',
    'archive.decision.notClaimant': 'Đơn vị được chọn không còn nằm trong các đơn vị đang tranh chấp bản ghi này. Hãy tải lại danh sách.',
    'custody.kind': 'Hình thức tiếp nhận phông phải là sáp nhập hoặc chuyển giao.',
  },
};
