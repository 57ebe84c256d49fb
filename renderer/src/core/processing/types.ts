/**
 * Backlog processing (chỉnh lý tài liệu tồn đọng, TT 16/2023; vn-records §5): the stages of a
 * job, its classification scheme, the reasons to discard, the documents listed inside a
 * dossier (mục lục văn bản, PL V.IV) and the limits of every typed field. The description slip
 * (phiếu tin) is the dossier record itself (DossierFields with source 'backlog').
 */
import type { Versioned } from '../records';
import type { Retention } from '../dossiers/types';
import type { DatePrecision } from './period';

/**
 * Where a job stands, in the order of the work: intake (step 1) → slips (steps 5–7) → check
 * (step 8) → order (steps 9–10) → number (steps 11–13) → box (steps 14–17) → report (steps 18–23) → done.
 */
export const JOB_STAGES = ['intake', 'slips', 'check', 'order', 'number', 'box', 'report', 'done'] as const;
export type JobStage = (typeof JOB_STAGES)[number];

/** Why an item is set aside (§5.5: hết thời hạn, trùng lặp, không có giá trị, khác). */
export const DISCARD_REASONS = ['expired', 'duplicate', 'no-value', 'other'] as const;
export type DiscardReason = (typeof DISCARD_REASONS)[number];

/** Printed wording of each reason (the discard list's "Lý do" column and the thuyết minh). */
export const DISCARD_REASON_TEXT: Readonly<Record<DiscardReason, string>> = {
  expired: 'Hết thời hạn bảo quản',
  duplicate: 'Trùng lặp',
  'no-value': 'Không có giá trị',
  other: 'Lý do khác',
};

/**
 * A heading of the classification scheme (phương án phân loại). The scheme is a flat list in
 * display order (a parent before its children); numbering ("I.", "1.", "a)") follows the order.
 */
export type ClassNode = {
  readonly id: string;
  /** Parent heading; absent for a major heading (đề mục lớn). */
  readonly parentId?: string;
  readonly title: string;
  /** Abbreviation used in notations (e.g. "TH"); optional. */
  readonly code?: string;
  /** Retention proposed for slips of this heading (the schedule item it stands for), if any. */
  readonly retention?: Retention;
};

/** A document listed inside a dossier (mục lục văn bản, PL V.IV), typed or linked to a register entry. */
export type DossierDocFields = {
  readonly unitId: string;
  readonly fondsId: string;
  readonly dossierId: string;
  /** Số TT in the list, 1…N. */
  readonly position: number;
  /** Linked register entry: its number, date, author and summary are read from it, never copied. */
  readonly incomingDocId?: string;
  readonly outgoingDocId?: string;
  /** Số và ký hiệu văn bản (typed when not linked). */
  readonly number: string;
  /** Ngày tháng năm văn bản, "yyyy-mm-dd", and how it was written. */
  readonly date?: string;
  readonly datePrecision?: DatePrecision;
  /** Tác giả văn bản. */
  readonly author: string;
  /** Tên loại và trích yếu nội dung. */
  readonly summary: string;
  /** Tờ số: first and last sheet of the document in the dossier. */
  readonly sheetFrom?: number;
  readonly sheetTo?: number;
  readonly note: string;
};
export type DossierDoc = Versioned<DossierDocFields>;

export const PROCESSING_LIMITS = {
  schemeNodes: 500,
  schemeDepth: 3,
  schemeTitle: 200,
  schemeCode: 20,
  autographs: 500,
  annotation: 2000,
  person: 100,
  role: 100,
  place: 300,
  intakeCondition: 500,
  foreword: 20_000,
  problems: 5000,
  docNumber: 50,
  docAuthor: 300,
  docSummary: 1000,
  docNote: 500,
  maxDocsPerDossier: 999,
  maxBundles: 99_999,
  maxDiscardBundle: 9999,
  location: 50,
} as const;
