/**
 * Vietnamese labels of the fields a journal entry lists, per table, where the label of the
 * entry forms (`fields`) does not say it or means something else there (closedAt of a register
 * is when it was locked, of a dossier when it was closed). See journal-labels.ts.
 */
export const journalVi = {
  /** Codes a change's before and after may hold, by field, as a person reads them (journal-labels.ts valueText). */
  journalValues: {
    retention: { permanent: 'Vĩnh viễn' },
    access: { open: 'Sử dụng rộng rãi', restricted: 'Hạn chế sử dụng' },
    status: { open: 'Đang mở', closed: 'Đã đóng' },
  },
  journalFields: {
    unknown: 'thông tin khác',
    common: {
      deleted: 'Đã hủy',
      deletedReason: 'Lý do hủy',
      unitId: 'Đơn vị',
      fondsId: 'Phông',
      registerId: 'Sổ',
      year: 'Năm',
      name: 'Tên',
      status: 'Tình trạng',
      note: 'Ghi chú',
      startDate: 'Ngày bắt đầu',
      endDate: 'Ngày kết thúc',
      active: 'Đang sử dụng',
    },
    units: {
      level: 'Cấp',
      name: 'Tên cơ quan',
      shortName: 'Tên viết tắt',
      adminCode: 'Mã đơn vị hành chính',
      legacyAdminCode: 'Mã đơn vị hành chính cũ',
      agencyId: 'Mã định danh điện tử',
      parentName: 'Cơ quan cấp trên',
    },
    fonds: {
      name: 'Tên phông',
      number: 'Phông số',
      status: 'Tình trạng phông',
      startYear: 'Năm bắt đầu của phông',
      endYear: 'Năm kết thúc của phông',
      history: 'Lịch sử đơn vị hình thành phông',
    },
    operators: {
      name: 'Họ và tên',
      position: 'Chức vụ',
      active: 'Còn sử dụng máy',
    },
    issuingBodies: {
      name: 'Tên cơ quan ban hành',
      abbreviation: 'Chữ viết tắt',
      active: 'Đang dùng',
    },
    registers: {
      kind: 'Loại sổ',
      name: 'Tên sổ',
      issuingBodyId: 'Cơ quan ban hành',
      secret: 'Sổ văn bản mật',
      status: 'Tình trạng sổ',
      closedAt: 'Ngày khóa sổ',
      firstNumber: 'Số bắt đầu',
      lastNumber: 'Số cuối đã cấp',
      volume: 'Quyển số',
    },
    incomingDocs: {
      deleted: 'Hủy văn bản',
      replyDocId: 'Văn bản trả lời (trong sổ đi)',
    },
    outgoingDocs: {
      deleted: 'Hủy văn bản',
    },
    dossiers: {
      deleted: 'Xóa khỏi danh mục',
      deletedReason: 'Lý do xóa',
      notation: 'Số, ký hiệu hồ sơ',
      status: 'Tình trạng hồ sơ',
      pageCount: 'Số trang',
      language: 'Ngôn ngữ',
      source: 'Nguồn (danh mục hay chỉnh lý)',
      depositFrom: 'Ngày bắt đầu tính hạn nộp lưu',
      expiresYear: 'Năm hết thời hạn bảo quản',
      listKey: 'Thứ tự trong danh mục',
      liveKey: 'Thứ tự trong danh mục (hồ sơ còn hiệu lực)',
      planKey: 'Thứ tự theo đề mục trong danh mục',
      livePlanKey: 'Thứ tự theo đề mục trong danh mục (hồ sơ còn hiệu lực)',
      arrangeStage: 'Bước sắp xếp đang chờ (đánh số, xếp hộp)',
    },
    boxes: {
      deleted: 'Bỏ hộp',
      inventoryNumber: 'Mục lục số',
      number: 'Hộp số',
    },
    processingJobs: {
      name: 'Tên đợt chỉnh lý',
      status: 'Tình trạng đợt chỉnh lý',
    },
  },
} as const;
