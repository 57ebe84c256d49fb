/**
 * Shapes of the archive's duties over time (vn-records §1.10, §3, §5.5, §6, §11): the retention
 * schedule as versioned data, deposit batches (nộp lưu) and their receipt by the archive,
 * appraisal councils and destruction (xác định giá trị, hủy tài liệu hết giá trị), loans and
 * use of records (khai thác, sử dụng), and the yearly statistics report. Dates are
 * "yyyy-mm-dd"; empty text is ''.
 */
import type { Retention } from '../dossiers/types';
import type { Versioned } from '../records';

/** One version of a retention schedule (bảng thời hạn bảo quản), in force from/to. */
export type RetentionScheduleFields = {
  readonly unitId: string;
  /** e.g. "Bảng thời hạn bảo quản hồ sơ, tài liệu cấp xã". */
  readonly name: string;
  /** Version label, e.g. "2026.1". */
  readonly version: string;
  readonly validFrom: string;
  readonly validTo?: string;
  /** The instrument the table comes from, e.g. "Thông tư 13/2011/TT-BNV". */
  readonly basis: string;
  /** false = starter values still to be checked against the official text ("cần kiểm tra"). */
  readonly verified: boolean;
  readonly note: string;
};
export type RetentionSchedule = Versioned<RetentionScheduleFields>;

/** Group → item → retention → legal basis. */
export type RetentionItemFields = {
  readonly unitId: string;
  readonly scheduleId: string;
  /** Nhóm, e.g. "Tổng hợp", "Tư pháp – hộ tịch". */
  readonly group: string;
  /** Số thứ tự of the item in the table, e.g. "1", "12.3". */
  readonly code: string;
  readonly title: string;
  readonly retention: Retention;
  /** Căn cứ pháp lý of this item. */
  readonly basis: string;
  readonly note: string;
  /** Position in the table (import order). */
  readonly order: number;
};
export type RetentionItem = Versioned<RetentionItemFields>;

export const DEPOSIT_DESTINATIONS = ['current', 'historical'] as const;
export type DepositDestination = (typeof DEPOSIT_DESTINATIONS)[number];

/** A deposit batch (đợt nộp lưu): the Mục lục (PL V.III) and Biên bản giao nhận (PL V.V) of one handover. */
export type DepositBatchFields = {
  readonly unitId: string;
  readonly fondsId: string;
  /** Số biên bản, '' when none. */
  readonly number: string;
  /** Tên khối tài liệu giao nộp. */
  readonly name: string;
  /** Ngày giao nhận. */
  readonly date: string;
  /** Căn cứ (NĐ 30 and the file plan or the collection plan). */
  readonly basis: string;
  /** Bên giao: the office or person handing over, its representative and position. */
  readonly giverUnit: string;
  readonly giverName: string;
  readonly giverPosition: string;
  /**
   * Where the papers went: 'current', the unit's own lưu trữ hiện hành (lưu trữ cơ quan; NĐ 30's
   * deposit within a year of the work's end — the paper stays at the unit, which lends it); or
   * 'historical', the historical archive or another body (the paper leaves: that archive records
   * its receipt and lends it). Absent in batches made before it was asked (deposit.ts `batchDestination`).
   */
  readonly destination?: DepositDestination;
  /** Bên nhận: the archive, its representative and position. */
  readonly receiverArchive: string;
  readonly receiverName: string;
  readonly receiverPosition: string;
  /** Tình trạng tài liệu giao nộp. */
  readonly condition: string;
  /** Figures of the handover record, fixed when the batch is made. */
  readonly dossierCount: number;
  readonly boxCount: number;
  readonly metres: number;
  readonly sheetCount: number;
  readonly fromYear?: number;
  readonly toYear?: number;
  readonly note: string;
};
export type DepositBatch = Versioned<DepositBatchFields>;

/** The receiving archive's record that a batch of another unit arrived (its own record, pointing at the batch). */
export type DepositReceiptFields = {
  readonly unitId: string;
  readonly batchId: string;
  /** The unit that sent the batch. */
  readonly batchOrigin: string;
  readonly receivedDate: string;
  readonly receiverName: string;
  readonly receiverPosition: string;
  /** Dossiers counted on arrival. */
  readonly dossierCount: number;
  readonly condition: string;
  readonly note: string;
};
export type DepositReceipt = Versioned<DepositReceiptFields>;

export type CouncilMember = { readonly name: string; readonly position: string; readonly role: string };

export const APPRAISAL_STATUSES = ['open', 'decided', 'destroyed'] as const;
/** open = being prepared; decided = the council met and decided; destroyed = the destruction decision was carried out. */
export type AppraisalStatus = (typeof APPRAISAL_STATUSES)[number];

/** One appraisal (đợt xác định giá trị tài liệu): the council, its meeting, and the destruction that follows. */
export type AppraisalFields = {
  readonly unitId: string;
  readonly fondsId: string;
  readonly name: string;
  /** The decision setting up the council (Quyết định thành lập Hội đồng), number and date as written. */
  readonly councilDecision: string;
  readonly members: readonly CouncilMember[];
  readonly meetingDate?: string;
  readonly meetingPlace: string;
  /** Ý kiến, kết luận của Hội đồng. */
  readonly conclusion: string;
  readonly status: AppraisalStatus;
  /** Quyết định hủy tài liệu hết giá trị: number, date, who signed it. */
  readonly decisionNumber?: string;
  readonly decisionDate?: string;
  readonly decisionSigner?: string;
  /** Biên bản hủy: when, where, how. */
  readonly destroyedOn?: string;
  readonly destructionPlace?: string;
  readonly destructionMethod?: string;
  readonly note: string;
};
export type Appraisal = Versioned<AppraisalFields>;

export type AppraisalDecision = 'destroy' | 'keep';

/** The council's decision on one dossier: destroy (with the reason, PL II "Lý do hủy") or keep longer (a new period and why). */
export type AppraisalItemFields = {
  readonly unitId: string;
  readonly appraisalId: string;
  readonly dossierId: string;
  readonly decision: AppraisalDecision;
  readonly reason: string;
  readonly newRetention?: Retention;
  /**
   * A dossier kept longer: the period (and its basis) it had before the council's opinion was
   * recorded, so that opening the appraisal again to correct a mistake gives it back.
   */
  readonly keptFrom?: { readonly retention: Retention; readonly retentionBasis?: string; readonly retentionItemId?: string };
};
export type AppraisalItem = Versioned<AppraisalItemFields>;

export const LOAN_FORMS = ['read', 'copy', 'certified-copy'] as const;
/** Đọc tại chỗ / sao / sao và chứng thực (§6). */
export type LoanForm = (typeof LOAN_FORMS)[number];

/** One request for records (phiếu yêu cầu) and its line in the register of use (sổ theo dõi sử dụng). */
export type LoanFields = {
  readonly unitId: string;
  readonly requesterName: string;
  readonly organisation: string;
  /** Giấy tờ tùy thân: kind and number as written, e.g. "CCCD 034190001234". */
  readonly idDocument: string;
  readonly purpose: string;
  readonly form: LoanForm;
  /** Bản sao made (0 for reading). */
  readonly copies: number;
  readonly approvedBy: string;
  readonly requestDate: string;
  readonly loanDate: string;
  readonly dueDate: string;
  readonly returnedDate?: string;
  /** Tình trạng khi trả. */
  readonly returnCondition: string;
  readonly note: string;
  /**
   * Its number among the unit's requests of its loan date's year, given when it is made and never given again (a
   * cancelled request keeps its): the slip and the register of use print it. Requests made before it was kept have none.
   */
  readonly number?: number;
};
export type Loan = Versioned<LoanFields>;

/** A dossier (or documents in it) taken out on a loan. */
export type LoanItemFields = {
  readonly unitId: string;
  readonly loanId: string;
  readonly dossierId: string;
  /** Which documents of the dossier; '' = the whole dossier. */
  readonly documents: string;
};
export type LoanItem = Versioned<LoanItemFields>;

/** A statistics form (biểu) as data: its number and title are ❓ (§11), so they are kept with each report. */
export type StatForm = { readonly key: string; readonly number: string; readonly title: string };

/** The yearly statistics report (báo cáo thống kê) of one unit: figures per indicator, computed and typed. */
export type StatReportFields = {
  readonly unitId: string;
  readonly year: number;
  readonly forms: readonly StatForm[];
  /** Indicator key → figure. Computed figures are fixed when the report is finalised. */
  readonly values: Readonly<Record<string, number>>;
  readonly status: 'draft' | 'final';
  readonly finalisedAt?: string;
  readonly preparedBy: string;
  readonly note: string;
};
export type StatReport = Versioned<StatReportFields>;

export const DUTY_LIMITS = {
  name: 200,
  version: 50,
  basis: 500,
  title: 1000,
  code: 20,
  group: 200,
  note: 2000,
  person: 100,
  position: 100,
  organisation: 200,
  idDocument: 50,
  purpose: 1000,
  condition: 500,
  reason: 500,
  decision: 300,
  documents: 500,
  members: 30,
  loanItems: 200,
  copies: 100_000,
  metres: 100_000,
  statValue: 1_000_000_000,
} as const;
