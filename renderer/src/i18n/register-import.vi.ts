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
    'spreadsheet.notXlsx':
      'Tệp này không phải là sổ tính Excel (.xlsx). Hãy chọn đúng tệp Excel của sổ đăng ký; sổ lưu dạng .csv thì mở bằng Excel, chọn "Lưu thành" kiểu "Sổ làm việc Excel (.xlsx)" rồi nhập tệp mới.',
    'spreadsheet.unreadable': 'Không đọc được tệp Excel này (tệp có thể bị hỏng hoặc chép chưa hết). Hãy mở thử bằng Excel, lưu lại dạng .xlsx rồi nhập lại.',
    'spreadsheet.sizeMismatch':
      'Tệp này ghi sai kích thước các phần bên trong: khi giải nén, một phần lớn hơn con số ghi trong tệp. Tệp bị hỏng hoặc bị làm giả nên đã dừng đọc ngay. Hãy xin lại tệp gốc, mở bằng Excel, lưu lại dạng .xlsx rồi nhập lại.',
    'spreadsheet.empty':
      'Tệp Excel này không có dữ liệu: mọi trang tính đều trống. Có thể đã chọn nhầm tệp, hoặc sổ được lưu ở tệp khác. Hãy mở tệp bằng Excel để xem lại rồi chọn đúng tệp của sổ.',
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
      'Ngày "{{text}}" không có thật hoặc không đọc được. Hãy sửa trong tệp theo dạng ngày/tháng/năm, ví dụ 05/01/2025, rồi kiểm tra lại.',
    'registerImport.date.monthFirst':
      'Ngày "{{text}}" có vẻ được ghi theo kiểu tháng/ngày/năm. Hãy sửa trong tệp theo dạng ngày/tháng/năm rồi kiểm tra lại.',
    'registerImport.date.tooEarly':
      'Ngày "{{text}}" trước năm {{year}}: sổ đăng ký văn bản không có ngày như vậy, thường do ô ngày bị hỏng (ngày mặc định của Excel, gõ nhầm năm). Hãy sửa theo sổ giấy, hoặc để trống nếu sổ giấy không ghi, rồi kiểm tra lại.',
    'registerImport.date.longBefore':
      'Ngày văn bản {{date}} sớm hơn năm của sổ ({{year}}) hơn một năm. Dòng này vẫn được nhập; hãy đối chiếu sổ giấy xem có gõ nhầm năm không.',
    'registerImport.cell.tooLong':
      'Ô {{address}} (dòng {{row}}) dài {{length, number}} ký tự, quá dài đối với một ô của sổ (tối đa {{max, number}}) nên không được đọc. Có thể đã dán nhầm cả một văn bản vào ô này: hãy sửa ô đó trong Excel rồi kiểm tra lại.',
    'registerImport.expired': 'Tệp đã đọc không còn được giữ (phần xử lý nhập vừa khởi động lại). Hãy chọn lại tệp Excel.',
    'registerImport.cancelled': 'Đã dừng theo yêu cầu. Chưa có gì được ghi vào sổ.',
    'registerImport.cancelledRow': 'Dòng này là văn bản đã hủy trong sổ (Ghi chú kết thúc bằng "(đã hủy…)"): không nhập thành văn bản đang có hiệu lực. Bỏ dòng này, hoặc xóa ghi chú hủy nếu văn bản chưa bị hủy.',
    'registerImport.number.missing': 'Chưa có số. Hãy ghi số đúng như trong sổ giấy rồi kiểm tra lại.',
    'registerImport.number.invalid': 'Số "{{text}}" không phải số nguyên dương. Hãy sửa lại đúng số trong sổ giấy.',
    'registerImport.number.inRegister':
      'Số {{number}} đã có trong sổ này. Mỗi số chỉ dùng một lần: hãy kiểm tra lại số trong tệp, hoặc nhập vào sổ khác.',
    'registerImport.number.twiceInFile':
      'Số {{number}} được dùng ở nhiều dòng của tệp (dòng {{rows}}). Hãy đối chiếu sổ giấy và sửa cho mỗi dòng một số riêng.',
    'registerImport.count.invalid': '"{{text}}" không phải là một số. Hãy ghi số bằng chữ số, ví dụ 3.',
    'registerImport.urgency.unknown': 'Độ khẩn "{{text}}" không đúng. Hãy ghi Khẩn, Thượng khẩn, Hỏa tốc hoặc để trống.',
    'registerImport.duplicate.inRegister':
      'Văn bản cùng số, ký hiệu và cơ quan ban hành đã có trong sổ năm {{year}}: số {{number}}, ngày {{date}}. Nếu đúng là văn bản khác, hãy chọn "Nhập cả dòng trùng".',
    'registerImport.duplicate.inFile':
      'Văn bản này trùng số, ký hiệu và cơ quan ban hành với dòng {{firstRow}} của tệp. Nếu đúng là văn bản khác, hãy chọn "Nhập cả dòng trùng".',
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
    summaryWithDuplicates: '{{ok}} dòng sẽ được nhập (kể cả {{duplicate}} dòng có thể trùng), {{error}} dòng có lỗi, {{empty}} dòng trống được bỏ qua.',
    warnedSummary: '{{count}} dòng có điều cần xem lại (đánh dấu "Xem lại") nhưng vẫn được nhập.',
    encodingSummary: 'Chữ đã chuyển sang Unicode: {{tcvn3}} dòng phông TCVN3 (.VnTime), {{vni}} dòng phông VNI, {{decomposed}} dòng Unicode tổ hợp.',
    includeDuplicates: 'Nhập cả dòng trùng',
    errorsSkipped: 'Các dòng có lỗi sẽ không được nhập. Hãy sửa trong tệp rồi kiểm tra lại nếu cần nhập cả những dòng đó.',
    apply: 'Nhập {{count}} văn bản',
    applied: 'Đã nhập {{count}} văn bản vào sổ. Số tiếp theo của sổ là {{next}}.',
    nothingToImport: 'Không có dòng nào nhập được. Hãy xem các lỗi ở trên.',
    row: 'Dòng',
    issuesColumn: 'Lỗi cần sửa, điều cần xem lại',
    at: { cell: 'Ô {{cell}}: {{message}}', row: 'Dòng {{row}}: {{message}}', rowCell: 'Dòng {{row}} (ô {{cell}}): {{message}}' },
    notWritten: 'Chưa nhập gì vào sổ: {{count}} dòng không còn nhập được (sổ đã thay đổi từ lúc kiểm tra). Hãy bấm "Kiểm tra" lại.',
    warning: 'Xem lại',
    emptySheet: 'Trang tính "{{name}}" không có dữ liệu. Hãy chọn trang tính khác.',
    preview: 'Các dòng đầu của trang tính',
    previewHelp: 'Bấm "Chọn làm tiêu đề" ở dòng ghi tên các cột (Ngày đến, Số đến, Tác giả…).',
    useAsHeader: 'Chọn làm tiêu đề',
    headerRowShort: 'Dòng tiêu đề',
    progress: '{{stage}}: {{done, number}} / {{total, number}}',
    stage: {
      unzip: 'Đang kiểm tra tệp (byte đã giải nén)',
      parse: 'Đang đọc tệp Excel',
      cells: 'Đang chuyển chữ sang Unicode (dòng)',
      check: 'Đang kiểm tra từng dòng',
      lookup: 'Đang đối chiếu với sổ',
      validate: 'Đang kiểm tra lại trước khi ghi (dòng)',
      write: 'Đang ghi vào sổ (văn bản)',
    },
    stop: 'Dừng',
    stoppedRead: 'Đã dừng đọc tệp.',
    encodingTitle: 'Ô chưa rõ kiểu chữ: {{count}} ô',
    encodingHelp:
      'Tệp đã được lưu lại bằng phông Unicode (Calibri, Arial…) nên không biết chắc các ô ngắn dưới đây được gõ bằng kiểu chữ nào. Hãy xem từng cách đọc và chọn cách đúng, cho cả cột hoặc cho từng ô. Cách chọn cho cả cột được nhớ cho lần nhập sau.',
    reading: { unicode: 'Như đã ghi', tcvn3: 'Theo TCVN3 (.VnTime)', vni: 'Theo VNI' },
    guessEach: 'Đoán từng ô',
    wholeColumn: 'Cả cột {{column}} — {{field}} ({{count}} ô)',
    cellColumn: 'Ô',
    moreUncertain: 'Còn {{count}} ô chưa rõ khác; cách chọn cho cả cột áp dụng cho tất cả.',
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
