/**
 * Shapes of dossiers (hồ sơ), boxes (hộp) and backlog processing jobs (đợt chỉnh lý):
 * NĐ 30/2020 Art. 28–29 and Phụ lục V (file plan, mục lục), TCVN 9251/9252 (cover, box),
 * TT 16/2023 (processing measured in metres). Dates are "yyyy-mm-dd"; empty text is ''.
 */
import type { Versioned } from '../records';
import type { DatePrecision } from '../processing/period';
import type { ClassNode, DiscardReason, JobStage } from '../processing/types';

/** Thời hạn bảo quản: "permanent" (Vĩnh viễn) or a number of years. */
export type Retention = 'permanent' | number;

/**
 * open = being built (đang lập); closed = finished (đã kết thúc, Art. 29.4): the sheets are
 * counted and the dossier can be numbered in an inventory and put in a box.
 */
export type DossierStatus = 'open' | 'closed';
export const DOSSIER_STATUSES: readonly DossierStatus[] = ['open', 'closed'];

/** Where the dossier came from: the yearly file plan, or sorting backlog papers (chỉnh lý). */
export type DossierSource = 'plan' | 'backlog';

export type DossierFields = {
  readonly unitId: string;
  readonly fondsId: string;
  /** Năm hình thành hồ sơ (the file plan's year). */
  readonly year: number;
  /** Đề mục lớn (major heading), e.g. "I. TỔNG HỢP"; '' when the plan has no headings. */
  readonly heading: string;
  /** Abbreviation of the major heading used in the notation, e.g. "TH" in "01.TH". */
  readonly headingCode: string;
  /**
   * Đề mục nhỏ (PL V.I): a sub-heading inside the major heading, with its Arabic numeral, which
   * restarts in each major heading, e.g. "1. Tuyển dụng"; absent when the dossier has none. The
   * notation's numbering does not change with it (it follows the major heading).
   */
  readonly subheading?: string;
  /** Số, ký hiệu hồ sơ (PL V.I), e.g. "01.TH". */
  readonly notation: string;
  /** Tiêu đề hồ sơ (≤1000). */
  readonly title: string;
  readonly retention: Retention;
  /** Người lập hồ sơ. */
  readonly keeper: string;
  /** Thời gian tài liệu: first and last date of the documents. */
  readonly startDate?: string;
  readonly endDate?: string;
  /** Số tờ (counted when closing) and số trang. */
  readonly sheetCount?: number;
  readonly pageCount?: number;
  readonly status: DossierStatus;
  readonly closedAt?: string;
  /** Mục lục số: the inventory the dossier is numbered in (e.g. permanent = 1, fixed-term = 2). */
  readonly inventoryNumber?: number;
  /** Hồ sơ số: final number, continuous within one inventory of one fonds. */
  readonly fileNumber?: number;
  readonly boxId?: string;
  /** Chế độ sử dụng / mức độ tiếp cận. */
  readonly access: 'open' | 'restricted';
  readonly language: string;
  /** Tình trạng vật lý. */
  readonly condition: string;
  readonly note: string;
  readonly source: DossierSource;
  // A backlog dossier is described on a phiếu tin (§5.3): the fields below are the slip's.
  /** The processing job (đợt chỉnh lý) the slip was written in. */
  readonly jobId?: string;
  /** Số phiếu tạm (temporary number): given automatically, continuous in the job, never reused. */
  readonly tempNumber?: number;
  /** Node of the job's classification scheme (ClassNode.id). */
  readonly classId?: string;
  /** Place in the job's order (hệ thống hóa), 1…N without gaps; final numbering follows it. */
  readonly position?: number;
  /** How each end of the documents' period was written (absent: a full date). */
  readonly startPrecision?: DatePrecision;
  readonly endPrecision?: DatePrecision;
  /** Bút tích (field 9): whose handwriting or signature of note the file holds; '' when none. */
  readonly autographs?: string;
  /** Chú giải (field 6): what the title does not say. */
  readonly annotation?: string;
  /** Checked by a second person (step 8: kiểm tra hồ sơ và phiếu tin). */
  readonly checked?: boolean;
  /** Set aside to discard (tài liệu loại, §5.5), and why. */
  readonly discardReason?: DiscardReason;
  /** Bó số of a discarded item (the bundle it is tied in). */
  readonly discardBundle?: number;
  /** Day the slip was typed ("yyyy-mm-dd"): the job's slips-per-day chart. */
  readonly enteredOn?: string;
  /**
   * Who wrote the slip (Người lập phiếu): kept apart from `changedBy`, which the final numbering and the boxing
   * rewrite on every slip (its printed slips all named who numbered them). Absent on slips written before it was kept.
   */
  readonly enteredBy?: string;
  /** The retention schedule item chosen; its retention and basis are copied here and never re-read. */
  readonly retentionItemId?: string;
  /** Căn cứ of the retention: the item's legal basis, or the appraisal council that set a new period. */
  readonly retentionBasis?: string;
  /** Hồ sơ xây dựng cơ bản: deposited within months of the project's final settlement (quyết toán). */
  readonly capitalConstruction?: boolean;
  readonly settlementDate?: string;
  /** Kept back by its keeper with the head's written approval (NĐ 30 Art. 31.3.d), until a date. */
  readonly keptBackApproval?: string;
  readonly keptBackUntil?: string;
  /** Nộp lưu: the deposit batch and its date. */
  readonly depositBatchId?: string;
  readonly depositedAt?: string;
  /**
   * A file deposited first into the unit's own lưu trữ hiện hành, then handed on to the historical
   * archive (its permanent files, within years of the first deposit): that first batch and its date,
   * kept once `depositBatchId`/`depositedAt` name the second.
   */
  readonly currentBatchId?: string;
  readonly currentDepositedAt?: string;
  /** The retention as handed over in that first batch (its Mục lục, reprinted, says what was signed). */
  readonly currentRetention?: Retention;
  /**
   * The retention as handed over, printed in the batch's Mục lục (PL V.III): a council may keep the
   * dossier longer later, and a reprint of the signed inventory must still say what was signed.
   */
  readonly depositedRetention?: Retention;
  /** Destroyed (hủy) by decision: the dossier stays as a tombstoned description naming the decision. */
  readonly appraisalId?: string;
  readonly destroyedAt?: string;
  readonly destructionDecisionNumber?: string;
  readonly destructionDecisionDate?: string;
  /** Derived on every write so the home screen asks an index (core/duties/dossier-fields.ts): when the deposit deadline starts counting. */
  readonly depositFrom?: string;
  /** Derived: the last year of a fixed-term dossier's retention (end of its documents + retention). */
  readonly expiresYear?: number;
  /** Derived (core/dossiers/list-keys.ts): the notation's sort key, so the list reads its rows from an index range in order. */
  readonly listKey?: string;
  /** Derived: the same key, absent once the dossier is removed (the list without removed dossiers). */
  readonly liveKey?: string;
  /** Derived: the file plan's order (major heading, then notation), which the list shows. */
  readonly planKey?: string;
  /** Derived: the same, absent once the dossier is removed. */
  readonly livePlanKey?: string;
  /** Derived: the arranging step the dossier waits for (numbering, boxing), counted from an index. */
  readonly arrangeStage?: 'number' | 'box';
};
export type Dossier = Versioned<DossierFields>;

/** Hộp bảo quản (TCVN 9252: 350 × 250 × 125 mm). Numbered within one fonds and inventory. */
export type BoxFields = {
  readonly unitId: string;
  readonly fondsId: string;
  readonly inventoryNumber?: number;
  /** Hộp số. */
  readonly number: number;
  readonly note: string;
  /** The processing job whose dossiers filled it, if any. */
  readonly jobId?: string;
  /** Where the box stands: kho (store room), giá (rack), khoang (bay), tầng (shelf). */
  readonly store?: string;
  readonly rack?: string;
  readonly bay?: string;
  readonly shelf?: string;
};
export type Box = Versioned<BoxFields>;

/** One backlog processing job (đợt chỉnh lý tài liệu tồn đọng), measured in metres of shelf. */
export type ProcessingJobFields = {
  readonly unitId: string;
  readonly fondsId: string;
  readonly name: string;
  /** Mét giá received for processing. */
  readonly receivedMetres: number;
  /** Of those, metres already processed (sorted into dossiers or set aside to discard). */
  readonly processedMetres: number;
  /** Metres set aside as worthless (tài liệu loại). */
  readonly discardedMetres: number;
  readonly status: 'open' | 'done';
  readonly startDate?: string;
  readonly endDate?: string;
  readonly note: string;
  // The workflow of one job (core/processing): intake, scheme, stage, report.
  readonly stage?: JobStage;
  /** Intake (step 1): when, how much, in what state, from where, handed over by whom. */
  readonly intakeDate?: string;
  readonly receivedBundles?: number;
  readonly receivedBoxes?: number;
  readonly intakeCondition?: string;
  readonly receivedFrom?: string;
  readonly handedOverBy?: string;
  readonly handedOverRole?: string;
  readonly receivedBy?: string;
  readonly receivedByRole?: string;
  /** Classification scheme (phương án phân loại): the tree in display order. */
  readonly scheme?: readonly ClassNode[];
  /** Lời nói đầu of the inventory (editable; a draft is generated). */
  readonly foreword?: string;
  /** Metres kept after processing (mét giá tài liệu giữ lại), set in the final report. */
  readonly keptMetres?: number;
  /** Metres set aside to discard, by reason; their sum is `discardedMetres`. */
  readonly discardedByReason?: Readonly<Partial<Record<DiscardReason, number>>>;
  /** Problems found and recommendations (final report). */
  readonly problems?: string;
  /** Inventory numbers the job's permanent and fixed-term files go to. */
  readonly permanentInventory?: number;
  readonly fixedTermInventory?: number;
};
export type ProcessingJob = Versioned<ProcessingJobFields>;

export const DOSSIER_LIMITS = {
  title: 1000,
  heading: 200,
  subheading: 200,
  headingCode: 20,
  notation: 20,
  keeper: 100,
  language: 100,
  condition: 50,
  note: 2000,
  jobName: 200,
  maxRetentionYears: 100,
  maxSheets: 9999,
  maxFileNumber: 99999,
  maxBoxNumber: 99999,
  maxInventoryNumber: 999,
  maxMetres: 100000,
} as const;

/**
 * Shelf length of one TCVN 9252 box standing on the shelf (its 125 mm side). How offices
 * convert boxes to "mét giá" varies (❓ no normative text found), so it is a setting.
 */
export const DEFAULT_METRES_PER_BOX = 0.125;
