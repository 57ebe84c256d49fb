/**
 * The incoming and outgoing entry forms as data, shared by both: each field's input, its place
 * on the grid (which is also the Tab order), what saving an entry does to it (carried into the
 * next entry or cleared), what Enter does in it, and the conversion between the text the clerk
 * typed and the stored input. The React forms only render this and call the repository.
 */
import { formatDate } from '../../core/format';
import { DOCUMENT_TYPES, type Secrecy, type Urgency } from '../../core/registers/doc-types';
import { DEFAULT_LANGUAGE, type IncomingDoc, type IncomingInput, type OutgoingDoc, type OutgoingInput } from '../../core/registers/types';
import { parseTypedDate } from '../../core/typed-date';
import { daysBetween, isIsoDate } from '../../core/registers/dates';

export type EntryKind = 'incoming' | 'outgoing';

/**
 * date: typed as "5/3"; text: one line; suggest: one line with earlier values offered;
 * paragraph: wraps but is one paragraph (Enter saves); lines: one item per line (Enter adds a
 * line); count: a whole number; urgency / secrecy: a choice.
 */
export type FieldInput = 'date' | 'text' | 'suggest' | 'paragraph' | 'lines' | 'count' | 'urgency' | 'secrecy';

export type FieldRule<K extends string> = {
  readonly key: K;
  readonly input: FieldInput;
  /** After a save, the next entry keeps what was typed here ('carry') or starts empty ('clear'). */
  readonly afterSave: 'carry' | 'clear';
  /** Grid row, and width (of 24 columns) on a narrow and on a wide screen. */
  readonly row: number;
  readonly span: readonly [number, number];
  /** Only in a register of secret documents. */
  readonly secretOnly?: boolean;
  /** The save is refused while it is empty (core/registers/validation.ts): marked with an asterisk. */
  readonly required?: true;
  /**
   * A date that lies before or after another field's (the document's date before its arrival, a deadline after it): a day
   * typed without its year is put in the year that keeps it on that side (`dayNear`).
   */
  readonly near?: { readonly field: K; readonly side: 'before' | 'after' };
};

export type IncomingFormState = {
  arrivalDate: string;
  sender: string;
  number: string;
  notation: string;
  documentDate: string;
  typeName: string;
  summary: string;
  recipient: string;
  transferDate: string;
  receivedSignature: string;
  note: string;
  urgency: Urgency;
  secrecy: Secrecy;
  handlingDeadline: string;
  dueDate: string;
  signerName: string;
  pageCount: string;
};

export type OutgoingFormState = {
  documentDate: string;
  typeName: string;
  unitSuffix: string;
  notation: string;
  signerPosition: string;
  summary: string;
  signerName: string;
  recipients: string;
  retainedCopyHolder: string;
  copyCount: string;
  transferDate: string;
  receivedSignature: string;
  note: string;
  urgency: Urgency;
  secrecy: Secrecy;
  dueDate: string;
  pageCount: string;
};

/** Phụ lục IV.VI column order, then the Phụ lục VI extras. A batch of mail arrives on one day. */
export const INCOMING_FIELDS: readonly FieldRule<keyof IncomingFormState>[] = [
  { key: 'arrivalDate', input: 'date', afterSave: 'carry', row: 0, span: [12, 4], required: true },
  { key: 'sender', input: 'suggest', afterSave: 'clear', row: 0, span: [24, 8], required: true },
  { key: 'number', input: 'text', afterSave: 'clear', row: 0, span: [8, 3] },
  { key: 'notation', input: 'text', afterSave: 'clear', row: 0, span: [16, 4] },
  { key: 'documentDate', input: 'date', afterSave: 'clear', row: 0, span: [12, 5], near: { field: 'arrivalDate', side: 'before' } },
  { key: 'typeName', input: 'suggest', afterSave: 'clear', row: 1, span: [24, 5] },
  { key: 'summary', input: 'paragraph', afterSave: 'clear', row: 1, span: [24, 19], required: true },
  { key: 'recipient', input: 'suggest', afterSave: 'clear', row: 2, span: [24, 7] },
  { key: 'transferDate', input: 'date', afterSave: 'clear', row: 2, span: [12, 4], near: { field: 'arrivalDate', side: 'after' } },
  { key: 'receivedSignature', input: 'suggest', afterSave: 'clear', row: 2, span: [12, 5] },
  { key: 'note', input: 'text', afterSave: 'clear', row: 2, span: [24, 8] },
  { key: 'urgency', input: 'urgency', afterSave: 'clear', row: 3, span: [12, 4] },
  { key: 'secrecy', input: 'secrecy', afterSave: 'clear', row: 3, span: [12, 4], secretOnly: true, required: true },
  // The leader sets a deadline for one document; the next one has its own (or none).
  { key: 'handlingDeadline', input: 'date', afterSave: 'clear', row: 3, span: [12, 4], near: { field: 'arrivalDate', side: 'after' } },
  // Wide enough for its label on one line ("Hạn trả lời (ghi trên văn bản)"), at 1366 px too.
  { key: 'dueDate', input: 'date', afterSave: 'clear', row: 3, span: [12, 5], near: { field: 'documentDate', side: 'after' } },
  { key: 'signerName', input: 'text', afterSave: 'clear', row: 3, span: [12, 4] },
  { key: 'pageCount', input: 'count', afterSave: 'clear', row: 3, span: [12, 3] },
];

/** Phụ lục IV.I column order. A morning's outgoing mail is dated one day and signed by one person. */
export const OUTGOING_FIELDS: readonly FieldRule<keyof OutgoingFormState>[] = [
  { key: 'documentDate', input: 'date', afterSave: 'carry', row: 0, span: [12, 4], required: true },
  { key: 'typeName', input: 'suggest', afterSave: 'clear', row: 0, span: [12, 5], required: true },
  { key: 'unitSuffix', input: 'text', afterSave: 'clear', row: 0, span: [12, 4] },
  { key: 'notation', input: 'text', afterSave: 'clear', row: 0, span: [12, 5] },
  { key: 'signerPosition', input: 'suggest', afterSave: 'carry', row: 0, span: [12, 6] },
  { key: 'summary', input: 'paragraph', afterSave: 'clear', row: 1, span: [24, 18], required: true },
  { key: 'signerName', input: 'suggest', afterSave: 'carry', row: 1, span: [24, 6] },
  { key: 'recipients', input: 'lines', afterSave: 'clear', row: 2, span: [24, 8] },
  { key: 'retainedCopyHolder', input: 'suggest', afterSave: 'clear', row: 2, span: [12, 5] },
  { key: 'copyCount', input: 'count', afterSave: 'clear', row: 2, span: [12, 3] },
  { key: 'transferDate', input: 'date', afterSave: 'clear', row: 2, span: [12, 4], near: { field: 'documentDate', side: 'after' } },
  { key: 'receivedSignature', input: 'text', afterSave: 'clear', row: 2, span: [12, 4] },
  { key: 'note', input: 'text', afterSave: 'clear', row: 3, span: [24, 8] },
  { key: 'urgency', input: 'urgency', afterSave: 'clear', row: 3, span: [12, 4] },
  { key: 'secrecy', input: 'secrecy', afterSave: 'clear', row: 3, span: [12, 4], secretOnly: true, required: true },
  { key: 'dueDate', input: 'date', afterSave: 'clear', row: 3, span: [12, 5], near: { field: 'documentDate', side: 'after' } },
  { key: 'pageCount', input: 'count', afterSave: 'clear', row: 3, span: [12, 3] },
];

/** Where the cursor goes for a new entry (and after each save): the first field not carried over. */
export const FIRST_FIELD: { readonly incoming: keyof IncomingFormState; readonly outgoing: keyof OutgoingFormState } = {
  incoming: 'sender',
  outgoing: 'documentDate',
};

/** The fields a register shows, in Tab order. */
export function visibleFields<K extends string>(rules: readonly FieldRule<K>[], secret: boolean): FieldRule<K>[] {
  return rules.filter((r) => secret || !r.secretOnly);
}

export function emptyIncomingForm(today: string, secret: boolean): IncomingFormState {
  return {
    arrivalDate: formatDate(today), sender: '', number: '', notation: '', documentDate: '', typeName: '', summary: '', recipient: '', transferDate: '',
    receivedSignature: '', note: '', urgency: 'normal', secrecy: secret ? 'confidential' : 'none', handlingDeadline: '', dueDate: '', signerName: '', pageCount: '',
  };
}

export function emptyOutgoingForm(today: string, secret: boolean): OutgoingFormState {
  return {
    documentDate: formatDate(today), typeName: '', unitSuffix: '', notation: '', signerPosition: '', summary: '', signerName: '', recipients: '', retainedCopyHolder: '',
    copyCount: '', transferDate: '', receivedSignature: '', note: '', urgency: 'normal', secrecy: secret ? 'confidential' : 'none', dueDate: '', pageCount: '',
  };
}

const countText = (n: number | undefined): string => (n === undefined ? '' : String(n));

export function incomingFormOf(d: IncomingDoc): IncomingFormState {
  return {
    arrivalDate: formatDate(d.arrivalDate), sender: d.sender, number: d.number, notation: d.notation, documentDate: formatDate(d.documentDate), typeName: d.typeName,
    summary: d.summary, recipient: d.recipient, transferDate: formatDate(d.transferDate), receivedSignature: d.receivedSignature, note: d.note, urgency: d.urgency,
    secrecy: d.secrecy, handlingDeadline: formatDate(d.handlingDeadline), dueDate: formatDate(d.dueDate), signerName: d.signerName, pageCount: countText(d.pageCount),
  };
}

export function outgoingFormOf(d: OutgoingDoc): OutgoingFormState {
  return {
    documentDate: formatDate(d.documentDate), typeName: d.typeName, unitSuffix: '', notation: d.notation, signerPosition: d.signerPosition, summary: d.summary,
    signerName: d.signerName, recipients: d.recipients.join('\n'), retainedCopyHolder: d.retainedCopyHolder, copyCount: countText(d.copyCount),
    transferDate: formatDate(d.transferDate), receivedSignature: d.receivedSignature, note: d.note, urgency: d.urgency, secrecy: d.secrecy,
    dueDate: formatDate(d.dueDate), pageCount: countText(d.pageCount),
  };
}

/** What a typed date means: ISO, '' when empty, or the text itself when it is not a date (validation then says so). */
export function typedDate(text: string, year: number): string {
  if (!text.trim()) return '';
  return parseTypedDate(text, year) ?? text.trim();
}

/** How far from the date it lies beside a day typed without its year may land in the year before or after. */
const NEAR_DAYS = 120;

/**
 * A date typed in a field that lies on one side of another date (`anchor`, ISO): a day typed without its year is
 * put in the register's year, unless that puts it on the wrong side and the year before or after puts it right, within
 * NEAR_DAYS of the anchor — a letter dated "28/12" arriving on 05/01/2027 was dated 28/12/2026 (it was refused as a day
 * still to come), a deadline "5/1" set on 06/12/2026 falls on 05/01/2027 (refused as before the arrival). Far from
 * New Year a day on the wrong side stays in the register's year, for validation to say so ("10/3" for a letter that
 * arrived on 05/03 is a slip, not last March). A year typed is kept.
 */
export function dayNear(text: string, year: number, anchor: string | undefined, side: 'before' | 'after', within = NEAR_DAYS): string {
  const inYear = typedDate(text, year);
  // Typed without a year: what it names changes with the year it is read in (typed-date.ts reads "5/1", "5 1", "0501";
  // two leap years, so "29/2" is read in both).
  const noYear = parseTypedDate(text, 2000) !== parseTypedDate(text, 2004);
  if (!anchor || !isIsoDate(anchor) || !isIsoDate(inYear) || !noYear) return inYear;
  if (side === 'before' ? inYear <= anchor : inYear >= anchor) return inYear;
  const other = typedDate(text, side === 'before' ? year - 1 : year + 1);
  if (!isIsoDate(other)) return inYear;
  const gap = side === 'before' ? daysBetween(other, anchor) : daysBetween(anchor, other);
  return gap >= 0 && gap <= within ? other : inYear;
}

/** `dayNear` as a date field's reader (DateInput `resolve`): the date, or undefined when what was typed is none. */
export const nearDay = (year: number, anchor: string | undefined, side: 'before' | 'after') => (typed: string): string | undefined => {
  const iso = dayNear(typed, year, anchor, side);
  return isIsoDate(iso) ? iso : undefined;
};

/**
 * A date field of the form as stored: read by `dayNear` against the date its rule says it lies beside, that one read
 * the same way first (an incoming reply date lies after the document's date, which lies before the arrival: "10/1"
 * after a letter of "28/12" that arrived on 05/01/2027 is 10/01/2027).
 */
export function resolvedDate<K extends string>(rules: readonly FieldRule<K>[], values: Readonly<Record<K, string>>, key: K, year: number): string {
  const rule = rules.find((r) => r.key === key);
  const text = values[key] ?? '';
  if (!rule?.near) return typedDate(text, year);
  return dayNear(text, year, resolvedDate(rules, values, rule.near.field, year), rule.near.side);
}

/** The form's date fields as stored (`resolvedDate`), undefined when empty. */
function datesOf<S extends Record<string, string>>(rules: readonly FieldRule<keyof S & string>[], form: S, year: number): Partial<Record<keyof S, string | undefined>> {
  const out: Partial<Record<keyof S, string | undefined>> = {};
  for (const r of rules) if (r.input === 'date') out[r.key] = resolvedDate(rules, form as Readonly<Record<keyof S & string, string>>, r.key, year) || undefined;
  return out;
}

/** A typed count: undefined when empty, -1 when not a number (validation refuses it). Old drafts held numbers. */
function typedCount(text: string | number | null | undefined): number | undefined {
  const t = String(text ?? '').trim();
  if (!t) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : -1;
}

/** One recipient per line; a semicolon also separates them (how older registers wrote them). */
export function recipientList(text: string): string[] {
  return text.split(/[;\n]/).map((s) => s.trim()).filter((s) => s);
}

/** The stored input for what was typed, on top of `base` (the entry being corrected, or a blank one). */
export function incomingInputOf(form: IncomingFormState, year: number, base: IncomingInput): IncomingInput {
  const d = datesOf(INCOMING_FIELDS, form, year);
  return {
    ...base,
    arrivalDate: typedDate(form.arrivalDate, year), sender: form.sender, number: form.number, notation: form.notation, documentDate: d.documentDate,
    typeName: form.typeName, summary: form.summary, recipient: form.recipient, transferDate: d.transferDate, receivedSignature: form.receivedSignature,
    note: form.note, urgency: form.urgency, secrecy: form.secrecy, handlingDeadline: d.handlingDeadline, dueDate: d.dueDate,
    signerName: form.signerName, pageCount: typedCount(form.pageCount), language: base.language || DEFAULT_LANGUAGE,
  };
}

/** `notation` is the ký hiệu to store: what was typed, or the one built from the type and issuer. */
export function outgoingInputOf(form: OutgoingFormState, year: number, base: OutgoingInput, notation: string): OutgoingInput {
  const d = datesOf(OUTGOING_FIELDS, form, year);
  return {
    ...base,
    documentDate: typedDate(form.documentDate, year), typeName: form.typeName, notation, summary: form.summary, signerPosition: form.signerPosition,
    signerName: form.signerName, recipients: recipientList(form.recipients), retainedCopyHolder: form.retainedCopyHolder, copyCount: typedCount(form.copyCount),
    transferDate: d.transferDate, receivedSignature: form.receivedSignature, note: form.note, urgency: form.urgency, secrecy: form.secrecy,
    dueDate: d.dueDate, pageCount: typedCount(form.pageCount), language: base.language || DEFAULT_LANGUAGE,
  };
}

/**
 * What each suggestion field offers: the values earlier (not cancelled) entries of the register
 * hold in that field, most used first (counted by the register's list index); the type also
 * offers the legal document types not used yet.
 */
export function suggestionValues<K extends string>(
  rules: readonly FieldRule<K>[],
  held: Readonly<Partial<Record<string, readonly { readonly value: string }[]>>>,
  /** Values of last year's register (earlier-values.ts), after this register's own. */
  lastYear: Readonly<Partial<Record<string, readonly string[]>>> = {},
): Partial<Record<K, string[]>> {
  const out: Partial<Record<K, string[]>> = {};
  for (const r of rules) {
    if (r.input !== 'suggest') continue;
    const values = (held[r.key] ?? []).map((v) => v.value).filter((v) => v !== '');
    const used = new Set(values);
    for (const v of lastYear[r.key] ?? [])
      if (!used.has(v)) {
        used.add(v);
        values.push(v);
      }
    out[r.key] = r.key === 'typeName' ? [...values, ...DOCUMENT_TYPES.map((d) => d.name).filter((n) => !used.has(n))] : values;
  }
  return out;
}

/**
 * Whether `form` holds something typed that a clear would lose: a field emptied after each save that is not as the blank
 * form has it (a carried field, a date, is no loss; "Thường", the urgency of a blank form, is nothing typed — it made
 * every blank form kept from before say it was an entry left unfinished).
 */
export function holdsTyping<S extends Record<string, unknown>>(rules: readonly FieldRule<keyof S & string>[], form: S, blank: S): boolean {
  return rules.some((r) => r.afterSave === 'clear' && String(form[r.key] ?? '').trim() !== String(blank[r.key] ?? '').trim());
}

/** The form for the next entry after a save: carried fields as they were, the rest as in `empty`. */
export function nextEntryForm<S extends Record<string, unknown>>(rules: readonly FieldRule<keyof S & string>[], saved: S, empty: S): S {
  const next: S = { ...empty };
  for (const r of rules) if (r.afterSave === 'carry') next[r.key] = saved[r.key];
  return next;
}

/**
 * A correction open in "Sửa" when the entry is saved from elsewhere (its "Theo dõi giải quyết"
 * tab, another window): the form moves to the new version `next` where it still shows the version
 * it was opened on (`base`), and keeps what was typed over it. `conflicts` names the fields typed
 * over that the other save changed to something else: the form stays on its old version then,
 * and saving it is refused rather than putting either value back silently.
 */
export function rebaseCorrection<S extends Record<string, string>>(current: S, base: S, next: S): { readonly form: S; readonly conflicts: readonly string[] } {
  const form: S = { ...current };
  const conflicts: string[] = [];
  for (const k of Object.keys(next) as (keyof S & string)[]) {
    const typed = current[k] !== base[k];
    if (!typed) form[k] = next[k];
    else if (next[k] !== base[k] && next[k] !== current[k]) conflicts.push(k);
  }
  return { form, conflicts };
}

/** The draft's own key for the day its entry was started on (not a field of the form). */
export const STARTED_ON = '__startedOn';

/**
 * A new entry's draft kept from an earlier day and holding nothing but what the last entry carried
 * over: its carried dates start again from `fresh` (today). The arrival date of the last entry
 * otherwise stayed in the form after a night, a reload or in a new window, and the next morning's
 * mail went in under yesterday's date. Undefined when there is nothing to change (same day, a
 * draft from before days were kept, or something typed: that is the clerk's).
 */
export function newDayForm<S extends Record<string, string>>(rules: readonly FieldRule<keyof S & string>[], draft: S, fresh: S): S | undefined {
  const started = draft[STARTED_ON];
  if (started === undefined || started === fresh[STARTED_ON]) return undefined;
  const carried = nextEntryForm(rules, draft, fresh);
  if ((Object.keys(fresh) as (keyof S & string)[]).some((k) => k !== STARTED_ON && (draft[k] ?? '') !== (carried[k] ?? ''))) return undefined;
  const next: S = { ...carried };
  for (const r of rules) if (r.input === 'date' && r.afterSave === 'carry') next[r.key] = fresh[r.key];
  return next;
}

export type KeyPress = {
  readonly key: string;
  readonly shift: boolean;
  /** Ctrl (or ⌘ on a Mac). */
  readonly ctrl: boolean;
  /** An input method is composing a letter (Telex/VNI): Enter belongs to it. */
  readonly composing: boolean;
  /** The focus is on a button: Enter presses it. */
  readonly onButton: boolean;
  /** The suggestion highlighted in an open list, if any. */
  readonly highlighted?: string;
  /** What the field holds now. */
  readonly value: string;
  /** A list of several choices is open under the field (the loan form's dossiers): Enter belongs to it, a choice or nothing. */
  readonly listOpen?: boolean;
};

/**
 * save: save the entry (and start the next); newline: let the text area add a line; pick: let the
 * list take the highlighted suggestion; next-field: move on (never to pick a suggestion);
 * none: let the browser do what it does.
 */
export type KeyAction = 'save' | 'newline' | 'pick' | 'next-field' | 'none';

/**
 * What a key does in a field of an entry form. Enter saves from any field, except: in a
 * 'lines' field (Nơi nhận) it starts a new line; on a highlighted suggestion other than what is
 * typed it takes that suggestion; Shift+Enter is a new line in a text area. Ctrl+Enter saves
 * from anywhere, a list or a 'lines' field included.
 */
export function keyAction(input: FieldInput | undefined, press: KeyPress): KeyAction {
  if (press.key === 'Tab') return 'next-field';
  if (press.key !== 'Enter' || press.composing || press.onButton || press.listOpen) return 'none';
  if (press.ctrl) return 'save';
  if (press.highlighted !== undefined && press.highlighted !== press.value) return 'pick';
  const multiline = input === 'paragraph' || input === 'lines';
  if (press.shift) return multiline ? 'newline' : 'none';
  return input === 'lines' ? 'newline' : 'save';
}

/**
 * The completion day typed in the follow-up tab, as an ISO date ('' when it is none): a day written without its
 * year is in the register's year, or — when that falls before the document arrived — in the next one, if that day
 * has come (a document of a 2025 book answered on "5/1" of 2026 was said done before it arrived).
 */
export function completionDay(text: string, registerYear: number, arrivalDate: string, today: string): string {
  // Any time after the arrival (an answer may take more than the months a deadline lies within), but not a day to come.
  const near = dayNear(text, registerYear, arrivalDate, 'after', Infinity);
  return near > today ? typedDate(text, registerYear) : near;
}
