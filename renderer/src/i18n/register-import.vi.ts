/**
 * Vietnamese strings of the Excel import and export of registers: the error sentences
 * (`errors.<code>`, flat keys like the rest of the catalogue) and the screen texts
 * (`registerImport.*`). To be merged into vi.ts.
 */
export const registerImportVi = {
  errors: {
    'spreadsheet.tooLarge': 'Tệp lớn hơn {{maxMb}} MB nên không đọc được. Hãy chia sổ thành nhiều tệp (ví dụ mỗi năm một tệp) rồi nhập lần lượt.',
    'spreadsheet.unpackedTooLarge':
      'Tệp này khi giải nén lớn hơn {{maxMb}} MB, quá lớn đối với một sổ đăng ký. Hãy mở bằng Excel, xóa các trang tính không cần, lưu lại rồi nhập lại.',
    'spreadsheet.tooManyRows': 'Tệp có hơn {{max}} dòng nên không đọc được. Hãy chia thành nhiều tệp nhỏ hơn rồi nhập lần lượt.',
    'spreadsheet.legacyXls':
      'Đây là tệp Excel định dạng cũ (.xls) hoặc tệp có đặt mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu nếu có, chọn "Lưu thành" kiểu "Sổ làm việc Excel (.xlsx)" rồi nhập tệp mới.',
    'spreadsheet.notXlsx': 'Tệp này không phải là sổ tính Excel (.xlsx). Hãy chọn đúng tệp Excel của sổ đăng ký.',
    'spreadsheet.unreadable': 'Không đọc được tệp Excel này (tệp có thể bị hỏng hoặc chép chưa hết). Hãy mở thử bằng Excel, lưu lại dạng .xlsx rồi nhập lại.',
    'registerImport.header.notFound':
      'Không tìm thấy dòng tiêu đề cột (Ngày đến, Số đến, Tác giả…). Hãy chỉ ra dòng tiêu đề trong bảng xem trước, hoặc kiểm tra lại trang tính đã chọn.',
    'registerImport.mapping.missing': 'Chưa chọn cột cho "$t(registerImport.fields.{{field}})". Hãy chọn cột chứa thông tin này trong tệp.',
    'registerImport.mapping.columnTwice':
      'Cột {{column}} đang được chọn cho hai thông tin: "$t(registerImport.fields.{{field}})" và "$t(registerImport.fields.{{other}})". Mỗi cột chỉ dùng cho một thông tin; hãy bỏ bớt một.',
    'registerImport.mapping.overlap':
      'Đã chọn cột gộp "$t(registerImport.fields.{{other}})" thì không chọn thêm cột "$t(registerImport.fields.{{field}})". Hãy bỏ một trong hai.',
    'registerImport.mapping.unknownField': 'Thông tin "{{field}}" không có trong loại sổ này. Hãy chọn lại cách ghép cột.',
    'registerImport.mapping.badColumn': 'Cột chọn cho "$t(registerImport.fields.{{field}})" không hợp lệ. Hãy chọn lại.',
    'registerImport.mapping.kindMismatch':
      'Cách ghép cột này dành cho loại sổ khác (sổ đến / sổ đi). Hãy chọn đúng sổ cần nhập hoặc ghép lại các cột.',
    'registerImport.date.invalid':
      'Ngày "{{text}}" (cột {{column}}) không có thật hoặc không đọc được. Hãy sửa trong tệp theo dạng ngày/tháng/năm, ví dụ 05/01/2025, rồi kiểm tra lại.',
    'registerImport.date.monthFirst':
      'Ngày "{{text}}" (cột {{column}}) có vẻ được ghi theo kiểu tháng/ngày/năm. Hãy sửa trong tệp theo dạng ngày/tháng/năm rồi kiểm tra lại.',
    'registerImport.number.missing': 'Dòng này chưa có số (cột {{column}}). Hãy ghi số đúng như trong sổ giấy rồi kiểm tra lại.',
    'registerImport.number.invalid': 'Số "{{text}}" (cột {{column}}) không phải số nguyên dương. Hãy sửa lại đúng số trong sổ giấy.',
    'registerImport.number.inRegister':
      'Số {{number}} đã có trong sổ này. Mỗi số chỉ dùng một lần: hãy kiểm tra lại số trong tệp, hoặc nhập vào sổ khác.',
    'registerImport.number.twiceInFile':
      'Số {{number}} được dùng ở nhiều dòng của tệp (dòng {{rows}}). Hãy đối chiếu sổ giấy và sửa cho mỗi dòng một số riêng.',
    'registerImport.count.invalid': '"{{text}}" (cột {{column}}) không phải là một số. Hãy ghi số bằng chữ số, ví dụ 3.',
    'registerImport.urgency.unknown':
      'Độ khẩn "{{text}}" (cột {{column}}) không đúng. Hãy ghi Khẩn, Thượng khẩn, Hỏa tốc hoặc để trống.',
    'registerImport.duplicate.inRegister':
      'Văn bản cùng số, ký hiệu và cơ quan ban hành đã có trong sổ. Nếu đúng là văn bản khác, hãy chọn "Nhập cả dòng trùng".',
    'registerImport.duplicate.inFile':
      'Văn bản này trùng số, ký hiệu và cơ quan ban hành với dòng {{row}} của tệp. Nếu đúng là văn bản khác, hãy chọn "Nhập cả dòng trùng".',
  },
  registerImport: {
    title: 'Nhập sổ từ Excel',
    help: 'Chọn tệp Excel của sổ đăng ký cũ. Chữ gõ bằng phông cũ (.VnTime, VNI) được tự chuyển sang Unicode. Chưa có gì được ghi cho đến khi bấm "Nhập".',
    chooseFile: 'Chọn tệp Excel…',
    sheet: 'Trang tính',
    hiddenSheet: '(ẩn)',
    headerRow: 'Dòng tiêu đề cột',
    headerRowHelp: 'Dòng {{row}} được nhận là dòng tiêu đề. Nếu sai, hãy bấm vào đúng dòng tiêu đề trong bảng xem trước.',
    mappingTitle: 'Ghép cột trong tệp với thông tin của sổ',
    mappingRemembered: 'Đã dùng lại cách ghép cột lần trước cho tệp cùng mẫu.',
    column: 'Cột {{column}}',
    notMapped: '(không nhập)',
    check: 'Kiểm tra',
    checkTitle: 'Kết quả kiểm tra (chưa ghi gì vào sổ)',
    summary: '{{ok}} dòng sẽ được nhập, {{error}} dòng có lỗi, {{duplicate}} dòng có thể trùng, {{empty}} dòng trống được bỏ qua.',
    encodingSummary: 'Chữ đã chuyển sang Unicode: {{tcvn3}} dòng phông TCVN3 (.VnTime), {{vni}} dòng phông VNI, {{decomposed}} dòng Unicode tổ hợp.',
    includeDuplicates: 'Nhập cả dòng trùng',
    errorsSkipped: 'Các dòng có lỗi sẽ không được nhập. Hãy sửa trong tệp rồi kiểm tra lại nếu cần nhập cả những dòng đó.',
    apply: 'Nhập {{count}} văn bản',
    applied: 'Đã nhập {{count}} văn bản vào sổ. Số tiếp theo của sổ là {{next}}.',
    nothingToImport: 'Không có dòng nào nhập được. Hãy xem các lỗi ở trên.',
    row: 'Dòng',
    status: { ok: 'Nhập', error: 'Lỗi', duplicate: 'Có thể trùng', empty: 'Bỏ qua' },
    skipReason: { blank: 'Dòng trống', columnNumbers: 'Dòng đánh số cột', repeatedHeader: 'Dòng tiêu đề lặp lại' },
    encoding: { unicode: 'Unicode', tcvn3: 'TCVN3 (.VnTime)', vni: 'VNI' },
    fields: {
      arrivalDate: 'Ngày đến',
      registerNumber: 'Số đến / Số của sổ',
      sender: 'Tác giả (cơ quan gửi)',
      numberNotation: 'Số, ký hiệu văn bản',
      number: 'Số văn bản',
      notation: 'Ký hiệu',
      documentDate: 'Ngày tháng văn bản',
      typeSummary: 'Tên loại và trích yếu nội dung',
      typeName: 'Tên loại văn bản',
      summary: 'Trích yếu nội dung',
      recipient: 'Đơn vị hoặc người nhận',
      transferDate: 'Ngày chuyển',
      receivedSignature: 'Ký nhận',
      note: 'Ghi chú',
      signer: 'Người ký',
      urgency: 'Độ khẩn',
      pageCount: 'Số trang',
      handlingDeadline: 'Thời hạn giải quyết',
      recipients: 'Nơi nhận văn bản',
      retainedCopyHolder: 'Đơn vị, người nhận bản lưu',
      copyCount: 'Số lượng bản',
      dueDate: 'Hạn trả lời',
    },
    exportXlsx: 'Xuất Excel',
    exportResults: 'Xuất kết quả ra Excel',
    exported: 'Đã xuất {{count}} dòng ra tệp Excel.',
  },
} as const;
