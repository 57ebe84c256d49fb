/**
 * Shapes of the registers of incoming and outgoing documents (sổ đăng ký văn bản đến / đi,
 * NĐ 30/2020 Phụ lục IV.I and IV.VI) and the Phụ lục VI field lengths they must respect.
 * Dates are calendar dates stored as "yyyy-mm-dd"; empty text is '' (never undefined),
 * empty dates and counts are absent.
 */
import type { Versioned } from '../records';
import type { Secrecy, Urgency } from './doc-types';

export const REGISTER_KINDS = ['incoming', 'outgoing', 'internal'] as const;
/** incoming = sổ văn bản đến; outgoing = sổ văn bản đi; internal = documents issued for internal use, numbered like outgoing. */
export type RegisterKind = (typeof REGISTER_KINDS)[number];
export type RegisterStatus = 'open' | 'closed';

/**
 * One register book: one kind, one year, one number series. An outgoing register belongs to
 * one issuing body (HĐND xã and UBND xã keep separate series); secret documents get their own
 * register (`secret`) because they have their own series (Art. 15.2).
 */
export type RegisterFields = {
  readonly unitId: string;
  readonly kind: RegisterKind;
  readonly year: number;
  /** Title on the cover, e.g. "Sổ đăng ký văn bản đến năm 2026". */
  readonly name: string;
  /** Outgoing and internal registers: the issuing body whose series this is. */
  readonly issuingBodyId?: string;
  readonly secret: boolean;
  readonly status: RegisterStatus;
  /** Date the register was closed (đóng sổ), "yyyy-mm-dd". */
  readonly closedAt?: string;
  /** First number of the book: 1, or where an electronic register takes over from paper mid-year. */
  readonly firstNumber: number;
  /** Highest number ever assigned in this series (firstNumber − 1 when none). Never decreases. */
  readonly lastNumber: number;
  /** Quyển số, when a year needs more than one book. */
  readonly volume?: number;
  readonly note: string;
};
export type Register = Versioned<RegisterFields>;

/** A body that issues documents under its own series and abbreviation (UBND xã, HĐND xã, a Ban …). */
export type IssuingBodyFields = {
  readonly unitId: string;
  /** e.g. "UBND xã Thụy Hải", "HĐND xã Thụy Hải". */
  readonly name: string;
  /** Used in notations, e.g. "UBND" → "15/QĐ-UBND". */
  readonly abbreviation: string;
  readonly active: boolean;
};
export type IssuingBody = Versioned<IssuingBodyFields>;

export type FollowUpProgress = 'pending' | 'in-progress' | 'done';
export const FOLLOW_UP_PROGRESS: readonly FollowUpProgress[] = ['pending', 'in-progress', 'done'];

/** Fields a clerk fills for an incoming document; the arrival number is assigned by the register. */
export type IncomingInput = {
  /** Ngày đến (PL VI ArrivalDate). */
  readonly arrivalDate: string;
  /** Số đến; absent until assigned (imports carry the number of the paper book). */
  readonly arrivalNumber?: number;
  /** Tác giả / nơi gửi: the issuing organ (PL VI OrganName, ≤200). */
  readonly sender: string;
  /** Số as written on the document (PL VI CodeNumber, ≤11), e.g. "15". */
  readonly number: string;
  /** Ký hiệu as written (PL VI CodeNotation, ≤30), e.g. "QĐ-UBND". */
  readonly notation: string;
  /** Ngày tháng văn bản (PL VI IssuedDate). */
  readonly documentDate?: string;
  /** Tên loại (PL VI TypeName, ≤100), e.g. "Quyết định"; '' when unknown. */
  readonly typeName: string;
  /** Trích yếu nội dung (PL VI Subject, ≤500). */
  readonly summary: string;
  /** Đơn vị hoặc người nhận (PL VI ToPlaces, ≤1000). */
  readonly recipient: string;
  /** Ngày chuyển. */
  readonly transferDate?: string;
  /** Ký nhận: who signed for it on transfer (the paper column holds a signature). */
  readonly receivedSignature: string;
  /** Ghi chú (PL VI Description, ≤500). */
  readonly note: string;
  readonly urgency: Urgency;
  readonly secrecy: Secrecy;
  /** Hạn trả lời stated in the document itself. */
  readonly dueDate?: string;
  /** Người ký: chức vụ (≤100) and họ tên (≤50). */
  readonly signerPosition: string;
  readonly signerName: string;
  /** Số trang (PL VI PageAmount, ≤999). */
  readonly pageCount?: number;
  /** Ngôn ngữ (≤30), "Tiếng Việt" by default. */
  readonly language: string;
  /** Thời hạn giải quyết set by the leader (sổ theo dõi giải quyết; PL VI B.18 DueDate). */
  readonly handlingDeadline?: string;
  readonly progress: FollowUpProgress;
  /** Tiến độ giải quyết, free text. */
  readonly progressNote: string;
  /** Date handling was finished. */
  readonly completedAt?: string;
  /** Outgoing document that answers this one, when registered here. */
  readonly replyDocId?: string;
  /** Số, ký hiệu văn bản trả lời as text (also when the reply is not in this app). */
  readonly replyNotation: string;
};

export type IncomingDocFields = Omit<IncomingInput, 'arrivalNumber'> & {
  readonly registerId: string;
  readonly arrivalNumber: number;
};
export type IncomingDoc = Versioned<IncomingDocFields>;

/** Fields of an outgoing (or internal) document; the number is assigned by the register. */
export type OutgoingInput = {
  /** Số (integer of the series); absent until assigned. */
  readonly number?: number;
  /** Ký hiệu (≤30), built with `buildSymbol`, e.g. "QĐ-UBND" or "UBND-VP". */
  readonly notation: string;
  readonly documentDate: string;
  readonly typeName: string;
  readonly summary: string;
  readonly signerPosition: string;
  readonly signerName: string;
  /** Nơi nhận: one organ or person per item (PL VI To/OrganName, ≤200 each). */
  readonly recipients: readonly string[];
  /** Đơn vị, người nhận bản lưu. */
  readonly retainedCopyHolder: string;
  /** Số lượng bản (PL VI IssuedAmount, ≤999). */
  readonly copyCount?: number;
  readonly transferDate?: string;
  readonly receivedSignature: string;
  readonly note: string;
  readonly urgency: Urgency;
  readonly secrecy: Secrecy;
  readonly pageCount?: number;
  /** Hạn trả lời văn bản (PL VI A.16). */
  readonly dueDate?: string;
  readonly language: string;
};

export type OutgoingDocFields = Omit<OutgoingInput, 'number'> & {
  readonly registerId: string;
  readonly number: number;
};
export type OutgoingDoc = Versioned<OutgoingDocFields>;

export const DEFAULT_LANGUAGE = 'Tiếng Việt';

/** Phụ lục VI lengths (characters) and a few app bounds. */
export const FIELD_LIMITS = {
  typeName: 100,
  number: 11,
  notation: 30,
  organName: 200,
  summary: 500,
  note: 500,
  language: 30,
  signerPosition: 100,
  signerName: 50,
  recipient: 1000,
  recipientItem: 200,
  retainedCopyHolder: 200,
  receivedSignature: 200,
  progressNote: 1000,
  replyNotation: 50,
  registerName: 200,
  issuerAbbreviation: 20,
  maxPageCount: 999,
  maxCopyCount: 999,
  /** PL VI ArrivalNumber is Number(10). */
  maxArrivalNumber: 9_999_999_999,
} as const;

/** A blank incoming form. */
export function emptyIncomingInput(arrivalDate = ''): IncomingInput {
  return {
    arrivalDate,
    sender: '',
    number: '',
    notation: '',
    typeName: '',
    summary: '',
    recipient: '',
    receivedSignature: '',
    note: '',
    urgency: 'normal',
    secrecy: 'none',
    signerPosition: '',
    signerName: '',
    language: DEFAULT_LANGUAGE,
    progress: 'pending',
    progressNote: '',
    replyNotation: '',
  };
}

/** A blank outgoing form. */
export function emptyOutgoingInput(documentDate = ''): OutgoingInput {
  return {
    notation: '',
    documentDate,
    typeName: '',
    summary: '',
    signerPosition: '',
    signerName: '',
    recipients: [],
    retainedCopyHolder: '',
    receivedSignature: '',
    note: '',
    urgency: 'normal',
    secrecy: 'none',
    language: DEFAULT_LANGUAGE,
  };
}
