/**
 * Cleaning (NFC, spaces) and validation of register entries, registers and issuing bodies.
 * Validators return FieldIssue[]; codes map to sentences in the i18n catalogue `errors.<code>`.
 * Duplicate documents are not errors here: they are warnings (see duplicates.ts).
 */
import type { FieldIssue } from '../errors';
import { cleanText } from '../text';
import { isSecrecy, isUrgency } from './doc-types';
import { isIsoDate, yearOf } from './dates';
import { formatNumber, seriesKey } from './numbering';
import { FIELD_LIMITS, FOLLOW_UP_PROGRESS } from './types';
import type { IncomingInput, IssuingBodyFields, OutgoingInput, RegisterFields } from './types';
import { dateIssue } from '../typed-date';

/** NFC, trims every line and collapses spaces inside lines; keeps line breaks (notes, recipient lists). */
export function cleanMultiline(value: string): string {
  return value
    .normalize('NFC')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function cleanDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const v = cleanText(value);
  return v === '' ? undefined : v;
}

/** `base` with each optional field set, or removed when undefined (stored records never hold undefined). */
export function withOptional<T extends object>(base: T, optional: Record<string, string | number | undefined>): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(optional)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out as T;
}

/** NFC-cleans every string of an incoming entry; empty optional dates become absent. */
export function cleanIncomingInput(input: IncomingInput): IncomingInput {
  const base: IncomingInput = {
    ...input,
    arrivalDate: cleanText(input.arrivalDate),
    sender: cleanText(input.sender),
    number: cleanText(input.number),
    notation: cleanText(input.notation),
    typeName: cleanText(input.typeName),
    summary: cleanText(input.summary),
    recipient: cleanMultiline(input.recipient),
    receivedSignature: cleanText(input.receivedSignature),
    note: cleanMultiline(input.note),
    signerPosition: cleanText(input.signerPosition),
    signerName: cleanText(input.signerName),
    language: cleanText(input.language),
    progressNote: cleanMultiline(input.progressNote),
    replyNotation: cleanText(input.replyNotation),
  };
  return withOptional(base, {
    documentDate: cleanDate(input.documentDate),
    transferDate: cleanDate(input.transferDate),
    dueDate: cleanDate(input.dueDate),
    handlingDeadline: cleanDate(input.handlingDeadline),
    completedAt: cleanDate(input.completedAt),
    replyDocId: input.replyDocId === undefined ? undefined : cleanText(input.replyDocId) || undefined,
  });
}

/** NFC-cleans every string of an outgoing entry; drops empty recipients. */
export function cleanOutgoingInput(input: OutgoingInput): OutgoingInput {
  const base: OutgoingInput = {
    ...input,
    notation: cleanText(input.notation),
    documentDate: cleanText(input.documentDate),
    typeName: cleanText(input.typeName),
    summary: cleanText(input.summary),
    signerPosition: cleanText(input.signerPosition),
    signerName: cleanText(input.signerName),
    recipients: input.recipients.map(cleanText).filter((r) => r !== ''),
    retainedCopyHolder: cleanText(input.retainedCopyHolder),
    receivedSignature: cleanText(input.receivedSignature),
    note: cleanMultiline(input.note),
    language: cleanText(input.language),
  };
  return withOptional(base, {
    transferDate: cleanDate(input.transferDate),
    dueDate: cleanDate(input.dueDate),
  });
}

/** What validation needs to know about the register an entry goes into. */
export type EntryContext = {
  readonly register: Pick<RegisterFields, 'kind' | 'year' | 'status' | 'secret'>;
  /** Today, "yyyy-mm-dd" (local calendar date of the PC). */
  readonly today: string;
};

type Issues = FieldIssue[];

function tooLong(issues: Issues, field: string, value: string, max: number): void {
  if (value.length > max) issues.push({ field, code: 'text.tooLong', params: { max, length: value.length } });
}

/** Checks an optional date: real calendar date and not after today. Returns the date when usable. */
function checkDate(issues: Issues, field: string, value: string | undefined, today: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!isIsoDate(value)) {
    issues.push(dateIssue(field, value));
    return undefined;
  }
  if (value > today) issues.push({ field, code: 'register.date.future' });
  return value;
}

function checkCount(issues: Issues, field: string, value: number | undefined, max: number): void {
  if (value === undefined) return;
  if (!Number.isInteger(value) || value < 1 || value > max) issues.push({ field, code: value === 0 ? 'register.count.zero' : 'register.count.range', params: { max } });
}

function checkLevels(issues: Issues, urgency: unknown, secrecy: unknown, secretRegister: boolean): void {
  if (!isUrgency(urgency)) issues.push({ field: 'urgency', code: 'register.urgency.invalid' });
  if (!isSecrecy(secrecy)) issues.push({ field: 'secrecy', code: 'register.secrecy.invalid' });
  else if (secrecy !== 'none' && !secretRegister) issues.push({ field: 'secrecy', code: 'register.secrecy.needsSecretRegister' });
  else if (secrecy === 'none' && secretRegister) issues.push({ field: 'secrecy', code: 'register.secrecy.required' });
}

function checkRegister(issues: Issues, ctx: EntryContext, kinds: readonly string[]): void {
  if (ctx.register.status === 'closed') issues.push({ field: 'registerId', code: 'register.closed', params: { year: ctx.register.year } });
  if (!kinds.includes(ctx.register.kind)) issues.push({ field: 'registerId', code: 'register.kindMismatch' });
}

/** Validates a cleaned incoming entry for its register (see `cleanIncomingInput`). */
export function validateIncoming(input: IncomingInput, ctx: EntryContext): FieldIssue[] {
  const issues: Issues = [];
  checkRegister(issues, ctx, ['incoming']);
  let arrival: string | undefined;
  if (!input.arrivalDate) issues.push({ field: 'arrivalDate', code: 'register.arrivalDate.required' });
  else {
    arrival = checkDate(issues, 'arrivalDate', input.arrivalDate, ctx.today);
    if (arrival && yearOf(arrival) !== ctx.register.year)
      issues.push({ field: 'arrivalDate', code: 'register.arrivalDate.wrongYear', params: { year: ctx.register.year } });
  }
  if (input.arrivalNumber !== undefined) {
    const n = input.arrivalNumber;
    if (!Number.isInteger(n) || n < 1 || n > FIELD_LIMITS.maxArrivalNumber)
      issues.push({ field: 'arrivalNumber', code: 'register.number.invalid' });
  }
  if (!input.sender) issues.push({ field: 'sender', code: 'register.sender.required' });
  tooLong(issues, 'sender', input.sender, FIELD_LIMITS.organName);
  tooLong(issues, 'number', input.number, FIELD_LIMITS.number);
  tooLong(issues, 'notation', input.notation, FIELD_LIMITS.notation);
  const docDate = checkDate(issues, 'documentDate', input.documentDate, ctx.today);
  if (docDate && arrival && docDate > arrival) issues.push({ field: 'documentDate', code: 'register.documentDate.afterArrival' });
  tooLong(issues, 'typeName', input.typeName, FIELD_LIMITS.typeName);
  if (!input.summary) issues.push({ field: 'summary', code: 'register.summary.required' });
  tooLong(issues, 'summary', input.summary, FIELD_LIMITS.summary);
  tooLong(issues, 'recipient', input.recipient, FIELD_LIMITS.recipient);
  const transfer = checkDate(issues, 'transferDate', input.transferDate, ctx.today);
  if (transfer && arrival && transfer < arrival) issues.push({ field: 'transferDate', code: 'register.transferDate.beforeArrival' });
  tooLong(issues, 'receivedSignature', input.receivedSignature, FIELD_LIMITS.receivedSignature);
  tooLong(issues, 'note', input.note, FIELD_LIMITS.note);
  checkLevels(issues, input.urgency, input.secrecy, ctx.register.secret);
  // Deadlines may lie in the future: only their format and order are checked. The reply date
  // written in the document may already be past when a late letter arrives (it must still be
  // registered), so it is checked against the document's own date; the leader's handling
  // deadline is set after arrival.
  if (input.dueDate !== undefined && input.dueDate !== '') {
    if (!isIsoDate(input.dueDate)) issues.push(dateIssue('dueDate', input.dueDate));
    else if (docDate && input.dueDate < docDate) issues.push({ field: 'dueDate', code: 'register.deadline.beforeDocument' });
  }
  if (input.handlingDeadline !== undefined && input.handlingDeadline !== '') {
    if (!isIsoDate(input.handlingDeadline)) issues.push(dateIssue('handlingDeadline', input.handlingDeadline));
    else if (arrival && input.handlingDeadline < arrival)
      issues.push({ field: 'handlingDeadline', code: 'register.deadline.beforeArrival' });
  }
  tooLong(issues, 'signerPosition', input.signerPosition, FIELD_LIMITS.signerPosition);
  tooLong(issues, 'signerName', input.signerName, FIELD_LIMITS.signerName);
  checkCount(issues, 'pageCount', input.pageCount, FIELD_LIMITS.maxPageCount);
  tooLong(issues, 'language', input.language, FIELD_LIMITS.language);
  if (!FOLLOW_UP_PROGRESS.includes(input.progress)) issues.push({ field: 'progress', code: 'register.progress.invalid' });
  tooLong(issues, 'progressNote', input.progressNote, FIELD_LIMITS.progressNote);
  const completed = checkDate(issues, 'completedAt', input.completedAt, ctx.today);
  if (completed && arrival && completed < arrival) issues.push({ field: 'completedAt', code: 'register.completedAt.beforeArrival' });
  tooLong(issues, 'replyNotation', input.replyNotation, FIELD_LIMITS.replyNotation);
  return issues;
}

/** Validates a cleaned outgoing (or internal) entry for its register (see `cleanOutgoingInput`). */
export function validateOutgoing(input: OutgoingInput, ctx: EntryContext): FieldIssue[] {
  const issues: Issues = [];
  checkRegister(issues, ctx, ['outgoing', 'internal']);
  if (input.number !== undefined) {
    const n = input.number;
    if (!Number.isInteger(n) || n < 1) issues.push({ field: 'number', code: 'register.number.invalid' });
    else tooLong(issues, 'number', formatNumber(n), FIELD_LIMITS.number);
  }
  tooLong(issues, 'notation', input.notation, FIELD_LIMITS.notation);
  let docDate: string | undefined;
  if (!input.documentDate) issues.push({ field: 'documentDate', code: 'register.documentDate.required' });
  else {
    docDate = checkDate(issues, 'documentDate', input.documentDate, ctx.today);
    if (docDate && yearOf(docDate) !== ctx.register.year)
      issues.push({ field: 'documentDate', code: 'register.documentDate.wrongYear', params: { year: ctx.register.year } });
  }
  if (!input.typeName) issues.push({ field: 'typeName', code: 'register.typeName.required' });
  tooLong(issues, 'typeName', input.typeName, FIELD_LIMITS.typeName);
  if (!input.summary) issues.push({ field: 'summary', code: 'register.summary.required' });
  tooLong(issues, 'summary', input.summary, FIELD_LIMITS.summary);
  tooLong(issues, 'signerPosition', input.signerPosition, FIELD_LIMITS.signerPosition);
  tooLong(issues, 'signerName', input.signerName, FIELD_LIMITS.signerName);
  input.recipients.forEach((r, i) => {
    if (r.length > FIELD_LIMITS.recipientItem)
      issues.push({ field: `recipients.${i}`, code: 'text.tooLong', params: { max: FIELD_LIMITS.recipientItem, length: r.length } });
  });
  tooLong(issues, 'retainedCopyHolder', input.retainedCopyHolder, FIELD_LIMITS.retainedCopyHolder);
  checkCount(issues, 'copyCount', input.copyCount, FIELD_LIMITS.maxCopyCount);
  const transfer = checkDate(issues, 'transferDate', input.transferDate, ctx.today);
  if (transfer && docDate && transfer < docDate) issues.push({ field: 'transferDate', code: 'register.transferDate.beforeDocument' });
  tooLong(issues, 'receivedSignature', input.receivedSignature, FIELD_LIMITS.receivedSignature);
  tooLong(issues, 'note', input.note, FIELD_LIMITS.note);
  checkLevels(issues, input.urgency, input.secrecy, ctx.register.secret);
  checkCount(issues, 'pageCount', input.pageCount, FIELD_LIMITS.maxPageCount);
  if (input.dueDate !== undefined && input.dueDate !== '') {
    if (!isIsoDate(input.dueDate)) issues.push(dateIssue('dueDate', input.dueDate));
    else if (docDate && input.dueDate < docDate) issues.push({ field: 'dueDate', code: 'register.deadline.beforeDocument' });
  }
  tooLong(issues, 'language', input.language, FIELD_LIMITS.language);
  return issues;
}

/**
 * Validates a register before it is created or changed. `others` are the unit's other
 * registers (any status): a second open register on the same series is refused, and a new
 * volume of a closed book must start after the closed book's last number.
 */
export function validateRegister(
  register: RegisterFields,
  others: readonly (RegisterFields & { readonly id?: string; readonly deleted?: boolean })[],
  currentYear: number,
): FieldIssue[] {
  const issues: Issues = [];
  if (!register.name.trim()) issues.push({ field: 'name', code: 'register.name.required' });
  tooLong(issues, 'name', register.name, FIELD_LIMITS.registerName);
  if (!Number.isInteger(register.year) || register.year < 1945 || register.year > currentYear + 1)
    issues.push({ field: 'year', code: 'register.year.range', params: { max: currentYear + 1 } });
  if (register.kind !== 'incoming' && !register.issuingBodyId)
    issues.push({ field: 'issuingBodyId', code: 'register.issuingBody.required' });
  if (!Number.isInteger(register.firstNumber) || register.firstNumber < 1)
    issues.push({ field: 'firstNumber', code: 'register.firstNumber.invalid' });
  const key = seriesKey(register);
  const sameSeries = others.filter((o) => !o.deleted && seriesKey(o) === key);
  if (register.status === 'open' && sameSeries.some((o) => o.status === 'open'))
    issues.push({ field: 'year', code: 'register.series.duplicate', params: { year: register.year } });
  // A further volume (quyển số 2) of a closed book continues its series: numbers are unique
  // in the year (Art. 15.1), so it may not start again at 01.
  const end = register.status === 'open' ? Number.POSITIVE_INFINITY : register.lastNumber;
  const overlapped = sameSeries.filter(
    (o) => o.status === 'closed' && o.lastNumber >= o.firstNumber && register.firstNumber <= o.lastNumber && o.firstNumber <= end,
  );
  if (overlapped.length > 0 && Number.isInteger(register.firstNumber))
    issues.push({ field: 'firstNumber', code: 'register.firstNumber.overlap', params: { min: Math.max(...overlapped.map((o) => o.lastNumber)) + 1 } });
  return issues;
}

/** Validates an issuing body; `others` are the unit's other bodies (abbreviations must differ). */
export function validateIssuingBody(
  body: IssuingBodyFields,
  others: readonly (IssuingBodyFields & { readonly deleted?: boolean })[],
): FieldIssue[] {
  const issues: Issues = [];
  if (!body.name.trim()) issues.push({ field: 'name', code: 'issuingBody.name.required' });
  tooLong(issues, 'name', body.name, FIELD_LIMITS.organName);
  const abbr = body.abbreviation.trim();
  if (!abbr) issues.push({ field: 'abbreviation', code: 'issuingBody.abbreviation.required' });
  else if (!/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u.test(abbr))
    issues.push({ field: 'abbreviation', code: 'issuingBody.abbreviation.format' });
  else if (others.some((o) => !o.deleted && o.abbreviation.trim().toUpperCase() === abbr.toUpperCase()))
    issues.push({ field: 'abbreviation', code: 'issuingBody.abbreviation.duplicate', params: { abbreviation: abbr } });
  tooLong(issues, 'abbreviation', abbr, FIELD_LIMITS.issuerAbbreviation);
  return issues;
}

/** The register closed on `date` (đóng sổ): no number can be taken from it any more. */
export function closeRegister<R extends RegisterFields>(register: R, date: string): R {
  return { ...register, status: 'closed', closedAt: date };
}
