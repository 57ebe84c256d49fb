/**
 * How the change journal names what happened: the action ("Kết thúc hồ sơ") and the fields a
 * change touched, each read in its table (a register's closedAt is the day it was locked, a
 * dossier's the day it was closed). Never a code name: an unknown field reads "thông tin khác".
 */
import type { TFunction } from 'i18next';
import type { JournalEntry, JournalSubject, JournalValue, RecordChange } from '../core/journal';
import { formatCount, formatDate, formatDateTime } from '../core/format';
import { changeListedFields, figuresField, listedField, listedFields, precisionField } from '../core/journal-fields';
import { DATE_PRECISIONS, formatEnd, type DatePrecision } from '../core/processing/period';
import { DEFAULT_STAT_FORMS, reportSections } from '../core/duties/statistics';

function lookup(t: TFunction, key: string): string | undefined {
  const text: string = t(key, { defaultValue: '' });
  return text && text !== key ? text : undefined;
}

/** Tables whose form's own labels name their fields (the key before the field), read before the journal's common ones. */
const FORM_LABELS: Readonly<Record<string, string>> = { depositBatches: 'deposit.' };

/**
 * A field as its form names it; one kept as part of another (how a date was written) as that one, one the app keeps
 * for itself (an index key, a counter) as such (core/journal-fields.ts).
 */
export function fieldLabel(t: TFunction, table: string, field: string): string {
  const named = listedField(table, field);
  if (named === undefined) return t('journalFields.internal');
  return (
    lookup(t, `journalFields.${table}.${named}`) ??
    (table in FORM_LABELS ? lookup(t, `${FORM_LABELS[table]}${named}`) : undefined) ??
    lookup(t, `journalFields.common.${named}`) ??
    lookup(t, `fields.${named}`) ??
    t('journalFields.unknown')
  );
}

/**
 * Labels of the fields the changes touched, each once, in the order of their form: the fields the app keeps for
 * itself left out, one kept as part of another named as it, those in `except` (named with their values) left out.
 * A line whose changes are only of fields the app keeps for itself says so (a line of nothing read as if nothing had
 * changed); one that makes or removes a record lists nothing for them (registering an entry moves its register's counter).
 */
export function changedFieldLabels(t: TFunction, changes: readonly (Pick<RecordChange, 'table' | 'fields'> & { readonly op?: RecordChange['op']; readonly values?: RecordChange['values'] })[], except: ReadonlySet<string> = new Set()): string[] {
  const out = new Set<string>();
  let internalOnly = false;
  for (const c of changes) {
    const listed = changeListedFields(c);
    if (c.fields.length > 0 && listed.length === 0) internalOnly = true;
    for (const f of listed) if (!except.has(f)) for (const label of figureLabels(t, c, f) ?? [fieldLabel(t, c.table, f)]) out.add(label);
  }
  const wholeRecords = changes.some((c) => c.op !== undefined && c.op !== 'update');
  return out.size === 0 && internalOnly && !wholeRecords ? [t('journalFields.internal')] : [...out];
}

/**
 * Fields whose codes are named where their form names them (the key before the code), as `table.field` where the
 * same field means something else in another table, else as `field`: not copied into the journal's own.
 */
const CODE_NAMES: Readonly<Record<string, string>> = {
  discardReason: 'processing.reason_',
  stage: 'processing.stage_',
  'loans.form': 'loans.form_',
  'appraisals.status': 'appraisal.status_',
  'appraisalItems.decision': 'appraisal.',
  // A dossier's status as its screens say it (not a register's 'Đang mở').
  'dossiers.status': 'dossiers.status_',
};

/** Figures of a field holding them by key named one by one when a change touched at most this many ("Số liệu (20 chỉ tiêu)" past it). */
const FIGURES_NAMED = 5;

/** Per field of figures by key (`table.field`), each figure's row as its form prints it: its number and name. */
const FIGURE_ROWS: Readonly<Record<string, () => ReadonlyMap<string, { readonly no: string; readonly label: string }>>> = {
  'statReports.values': () => (statRows ??= new Map(reportSections(DEFAULT_STAT_FORMS, []).flatMap((s) => s.rows.map((r) => [r.key, { no: r.no, label: r.label }] as const)))),
};
let statRows: ReadonlyMap<string, { readonly no: string; readonly label: string }> | undefined;

/** The figures of field `f` a change kept before and after (`field.key`), in the order of their form's rows. */
function changedFigures(change: Pick<RecordChange, 'table' | 'values'>, f: string): { key: string; pair: readonly [JournalValue, JournalValue]; row?: { readonly no: string; readonly label: string } }[] {
  if (!figuresField(change.table, f)) return [];
  const rows = FIGURE_ROWS[`${change.table}.${f}`]?.() ?? new Map<string, { no: string; label: string }>();
  const order = [...rows.keys()];
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return Object.entries(change.values ?? {})
    .filter(([k]) => k.startsWith(`${f}.`))
    .map(([k, pair]) => ({ key: k.slice(f.length + 1), pair, row: rows.get(k.slice(f.length + 1)) }))
    .sort((a, b) => rank(a.key) - rank(b.key));
}

/** A figure's name: its row's ("Văn bản đến (dòng 1.2)"), else the field's. */
function figureLabel(t: TFunction, table: string, f: string, row: { readonly no: string; readonly label: string } | undefined): string {
  return row ? t('journalLine.figure', { label: row.label, no: row.no }) : fieldLabel(t, table, f);
}

/** The labels a field of figures is listed by: each figure changed (a few), or how many; undefined for any other field, or none kept. */
function figureLabels(t: TFunction, change: Pick<RecordChange, 'table' | 'values'>, f: string): string[] | undefined {
  const figures = changedFigures(change, f);
  if (figures.length === 0) return undefined;
  if (figures.length > FIGURES_NAMED) return [t('journalLine.figures', { field: fieldLabel(t, change.table, f), count: figures.length })];
  return figures.map((x) => figureLabel(t, change.table, f, x.row));
}

/** Fields holding a retention (a number of years or 'permanent'). */
const RETENTIONS: ReadonlySet<string> = new Set(['retention', 'newRetention']);

function codeName(t: TFunction, key: string, code: string): string | undefined {
  const prefix = CODE_NAMES[key];
  return prefix === undefined ? undefined : lookup(t, `${prefix}${code}`);
}

/**
 * A kept value as a person reads it: a date as dd/mm/yyyy, a moment with its time, a number as the language writes
 * it, a list joined, yes/no, a code by its name in its table (urgency, progress, retention, a loan's form…);
 * undefined for what would only read as a code or an id.
 */
function valueText(t: TFunction, table: string, field: string, v: JournalValue, precision: DatePrecision = 'day'): string | undefined {
  if (v === null) return t('journal.valueEmpty');
  if (typeof v === 'boolean') return t(v ? 'journal.valueYes' : 'journal.valueNo');
  if (Array.isArray(v)) return v.join('; ');
  if (RETENTIONS.has(field) && typeof v === 'number') return t('journal.valueYears', { count: v });
  // "1,5" in Vietnamese ("1.5" reads as fifteen there), a year without a thousands mark.
  if (typeof v === 'number') return t('journalFormat.number', { value: v });
  const text = v as string;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatEnd(text, precision);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return formatDateTime(text);
  const codeField = RETENTIONS.has(field) ? 'retention' : field;
  const named =
    lookup(t, `journalValues.${table}.${field}.${text}`) ??
    codeName(t, `${table}.${field}`, text) ??
    lookup(t, `journalValues.${codeField}.${text}`) ??
    lookup(t, `${field}.${text}`) ??
    codeName(t, field, text);
  if (named) return named;
  return /^[a-z][a-z0-9-]*$/.test(text) ? undefined : text;
}

/** How a date was written on each side of a change, where the change kept it (absent: a full date). */
function precisions(change: Pick<RecordChange, 'table' | 'values'>, field: string): readonly [DatePrecision, DatePrecision] | undefined {
  const kept = precisionField(change.table, field);
  const pair = kept ? change.values?.[kept] : undefined;
  if (!pair) return undefined;
  const read = (v: JournalValue): DatePrecision => (DATE_PRECISIONS.includes(v as DatePrecision) ? (v as DatePrecision) : 'day');
  return [read(pair[0]), read(pair[1])];
}

/**
 * What a record was made with, where its change kept it: a statistics report's first draft by each figure typed in it
 * ("Người làm công tác văn thư, lưu trữ (dòng 6.1): 3"), in its form's order, or, made with none, said so (its line
 * opened listed nothing). Nothing for a record whose values were not kept (a new record is all new).
 */
function madeValueLines(t: TFunction, change: Pick<RecordChange, 'table' | 'values'>): { field: string; line: string }[] {
  if (!change.values) return [];
  // Kept as `{}`: made with none (db/changes.ts).
  if (Object.keys(change.values).length === 0) return [{ field: '', line: t('journalLine.madeEmpty') }];
  const out: { field: string; line: string }[] = [];
  for (const f of listedFields(change.table, [...new Set(Object.keys(change.values).map((k) => k.split('.')[0]!))])) {
    for (const x of changedFigures(change, f)) {
      const value = valueText(t, change.table, f, x.pair[1]);
      if (x.pair[1] !== null && value !== undefined) out.push({ field: f, line: t('journalLine.madeValue', { field: figureLabel(t, change.table, f, x.row), value }) });
    }
  }
  return out;
}

/**
 * "Trích yếu: A → B" for each field whose before and after the change kept, in the order of its form; the fields the
 * app keeps for itself and ids left out, a date as it was written ("12/2025"), one kept as part of another not on its own.
 * A record made: what it was made with, where kept (`madeValueLines`).
 */
export function changedValueLines(t: TFunction, change: Pick<RecordChange, 'table' | 'fields' | 'values'> & { readonly op?: RecordChange['op'] }): { field: string; line: string }[] {
  if (change.op === 'create') return madeValueLines(t, change);
  const out: { field: string; line: string }[] = [];
  const own = new Set(change.fields);
  for (const f of listedFields(change.table, change.fields)) {
    // A report's figures one by one ("Văn bản đến (dòng 1.2): 120 → 125"), where the journal kept them.
    for (const x of own.has(f) ? changedFigures(change, f) : []) {
      const [from, to] = x.pair.map((v) => valueText(t, change.table, f, v));
      if (from !== undefined && to !== undefined && from !== to) out.push({ field: f, line: t('journal.changedValue', { field: figureLabel(t, change.table, f, x.row), from, to }) });
    }
    const pair = change.values?.[f];
    // A date is shown when it or how it was written changed ("12/2025 → 20/12/2025": the day became known).
    const changed = own.has(f) || own.has(precisionField(change.table, f) ?? '');
    if (!changed || !pair || /Ids?$/.test(f)) continue;
    const written = precisions(change, f);
    const from = valueText(t, change.table, f, pair[0], written?.[0]);
    const to = valueText(t, change.table, f, pair[1], written?.[1]);
    if (from === undefined || to === undefined || from === to) continue;
    out.push({ field: f, line: t('journal.changedValue', { field: fieldLabel(t, change.table, f), from, to }) });
  }
  return out;
}

/** A table's name for people: the storage list's own, else the archive duties' (loans showed as "loans", "loanItems"); `fallback` for one neither names. */
export function tableLabel(t: TFunction, name: string, fallback: string = name): string {
  return t([`tables.${name}`, `table.${name}`], { defaultValue: fallback });
}

/**
 * Lines that count the records they are about (their subject), not every record they wrote: a slip merge is of two
 * slips — the slips after the one merged in that move up a place are in the line opened, not in its count (it read
 * "5 hồ sơ" beside the two named).
 */
const COUNTED_BY_SUBJECT: ReadonlySet<string> = new Set(['slip.merge']);

/**
 * How many records a journal line changed, by what they are ("1 văn bản đến", "1 đơn vị, 1 phông, 1 người sử dụng";
 * of more kinds, "79 bản ghi (18 loại)"; in English "2 dossiers", it read "dossiers: 2"):
 * a bare "1" beside four changed fields read as one field changed. An import counts the other
 * units' records it wrote, by table, summed over the units; a merge, its two slips.
 */
export function changedRecordsText(t: TFunction, entry: Pick<JournalEntry, 'changes' | 'imported'> & Partial<Pick<JournalEntry, 'action' | 'subject'>>, language: string): string {
  const byTable = new Map<string, number>();
  if (entry.action !== undefined && COUNTED_BY_SUBJECT.has(entry.action) && entry.subject && entry.subject.length > 0)
    for (const s of entry.subject) byTable.set(s.table, (byTable.get(s.table) ?? 0) + s.count);
  else if (entry.imported)
    for (const tables of Object.values(entry.imported.byOrigin)) for (const [table, n] of Object.entries(tables)) byTable.set(table, (byTable.get(table) ?? 0) + n);
  else {
    const ids = new Map<string, Set<string>>();
    for (const c of entry.changes) (ids.get(c.table) ?? ids.set(c.table, new Set()).get(c.table)!).add(c.recordId);
    for (const [table, set] of ids) byTable.set(table, set.size);
  }
  if (byTable.size === 0) return entry.imported ? formatCount(entry.imported.records, language) : '';
  // More kinds than a cell holds: how many in all (the line opened lists them).
  if (byTable.size > 3) return t('journal.recordsMany', { n: formatCount([...byTable.values()].reduce((a, b) => a + b, 0), language), kinds: byTable.size });
  // Each table's own noun, one or several ("1 dossier", "2 dossiers"); a table with none by its name, lower case.
  return [...byTable].map(([table, n]) => t([`journalCount.${table}`, 'journal.recordsOf'], { count: n, n: formatCount(n, language), what: tableLabel(t, table, t('journal.tableOther')).toLocaleLowerCase(language) })).join(', ');
}

export function actionLabel(t: TFunction, action: string): string {
  return lookup(t, `action.${action}`) ?? t('journal.otherAction');
}

/** A slip merge's detail as its repository writes it (slip-repository.ts mergeSlips): the slip merged in → the one kept, by their numbers. */
const MERGED = /^(\d+)→(\d+)$/;

/** Actions whose detail is how many dossiers (or slips) they took in at once. */
const COUNTED = new Set(['dossier.number', 'slip.discard', 'slip.keep', 'slip.check', 'slip.uncheck', 'appraisal.add']);

/**
 * A journal line's detail in words: a count as so many dossiers (a bare "18" under "Đánh số hồ sơ
 * chính thức" in one dossier's history said nothing), a box by its number, an order by its name (it
 * showed its code, "heading_time"); names, reasons and numbers typed by a person as written.
 */
export function detailText(t: TFunction, action: string, detail: string): string {
  if (COUNTED.has(action) && /^\d+$/.test(detail)) return t('journal.detailDossiers', { count: Number(detail) });
  const merged = action === 'slip.merge' ? MERGED.exec(detail) : null;
  if (merged) return t('journalLine.merge', { from: merged[1], into: merged[2] });
  if (action === 'box.create' && /^\d+$/.test(detail)) return t('journal.detailBox', { number: detail });
  // An entry by its number (core/registers/notation.ts entryRef).
  if (action === 'incoming.register' || action === 'incoming.update') return t('journal.detailIncoming', { entry: detail });
  if (action === 'outgoing.register' || action === 'outgoing.update') return t('journal.detailOutgoing', { entry: detail });
  if (action === 'slip.order') return lookup(t, `processing.order_${detail}`) ?? detail;
  // The council's opinion on a dossier by its name ("Giữ lại"; it showed its code, "keep").
  if (action === 'appraisal.decision') return codeName(t, 'appraisalItems.decision', detail) ?? detail;
  // A destruction decision by its number ("quyết định số 52/QĐ-UBND"; a bare number read as anything).
  if (action === 'appraisal.destroy' || action === 'appraisal.destructionDecision') return t('journalLine.decision', { number: detail });
  // A statistics report by its year ("năm 2025").
  if (action.startsWith('stats.') && /^\d{4}$/.test(detail)) return t('journalLine.year', { year: detail });
  // A day (a receipt's) as dd/mm/yyyy.
  if (/^\d{4}-\d{2}-\d{2}$/.test(detail)) return formatDate(detail);
  // Kept as a number ("0.125"), read in the language's own way ("0,125": in Vietnamese "0.125" reads as a hundred and twenty-five).
  if (action === 'settings.metresPerBox' && Number.isFinite(Number(detail))) return t('journal.detailMetres', { metres: Number(detail) });
  return detail;
}

/**
 * The records a line is about, as the clerk knows them: "số đến 01 (15/SNV-CCVC) “V/v tuyển dụng”", "phông “…”; 3 hồ sơ:
 * ML 1 · HS 1 (2025) “…”, ML 1 · HS 2 (2025) “…”, ML 1 · HS 3 (2025) “…”, …" (the first few named, all counted).
 */
export function subjectText(t: TFunction, subject: readonly JournalSubject[]): string {
  return subject
    .map((s) => {
      const names = `${s.names.join(', ')}${s.count > s.names.length ? `${s.names.length > 0 ? ', ' : ''}…` : ''}`;
      // One record, named or not ("1 dossiers: …" was said of one whose row gave no name).
      if (s.count === 1) return t([`journalSubject.one.${s.table}`, 'journalSubject.one.other'], { name: names });
      return t([`journalSubject.many.${s.table}`, 'journalSubject.many.other'], { count: s.count, names });
    })
    .join('; ');
}

/** Actions whose detail is the reason a person gave: said as one once the line names what it cancelled. */
const REASONED = new Set(['incoming.cancel', 'outgoing.cancel', 'dossier.delete', 'deposit.cancel', 'deposit.receiptCancel', 'loan.cancel', 'appraisal.reopen']);

/**
 * What follows a line's action: the records it is about (`subjectText`), then its detail in words (`detailText`) — a
 * reason said as one: "số đến 01 (15/SNV-CCVC) “V/v tuyển dụng” — lý do: Vào sổ nhầm". '' for a line with neither.
 */
export function lineDetail(t: TFunction, e: Pick<JournalEntry, 'action' | 'detail' | 'subject'> & Partial<Pick<JournalEntry, 'changes'>>, own?: string): string {
  const subject = e.subject && e.subject.length > 0 ? subjectText(t, ownFirst(e, own)) : '';
  const detail = e.detail ? detailText(t, e.action, e.detail) : '';
  // A merge says which into which, then names the two ("phiếu 12 vào phiếu 7: Phiếu 12 …, Phiếu 7 …"): "2 hồ sơ: …" and
  // the numbers after it said the slips twice.
  if (e.action === 'slip.merge' && e.detail && MERGED.test(e.detail) && e.subject?.length === 1) return `${detail}: ${ownFirst(e, own)[0]!.names.join(', ')}`;
  if (!subject) return detail;
  return detail ? `${subject} — ${REASONED.has(e.action) ? t('journalLine.reason', { reason: detail }) : detail}` : subject;
}

/** A line's action, then what it is about and its detail after `separator` when it has any ("Hủy văn bản đến — số đến 01 …"). */
export function actionLine(t: TFunction, e: Pick<JournalEntry, 'action' | 'detail' | 'subject'>, separator = ' — '): string {
  const detail = lineDetail(t, e);
  return `${actionLabel(t, e.action)}${detail ? `${separator}${detail}` : ''}`;
}

/**
 * In a record's own history, the line names that record first (a numbering of 4 files showed three others and hid it
 * behind "…"): its name, as its item keeps it, leads its table's names; the count is as written.
 */
function ownFirst(e: Pick<JournalEntry, 'subject'> & Partial<Pick<JournalEntry, 'changes'>>, own: string | undefined): readonly JournalSubject[] {
  const item = own === undefined ? undefined : e.changes?.find((c) => c.recordId === own && c.name && c.inSubject);
  if (!item?.name) return e.subject!;
  return e.subject!.map((s) => (s.table !== item.table ? s : { ...s, names: [item.name!, ...s.names.filter((n) => n !== item.name)].slice(0, Math.max(s.names.length, 1)) }));
}

/**
 * The fields a line changed, as its "Ô đã sửa" column lists them (`changedFieldLabels`): a merge's, those of the slip
 * kept — what it took of the one merged in (its period, its sheets) — not the removal of that one, which the line
 * says, nor the places of the slips that moved up (it began "Xóa khỏi danh mục, Thứ tự phiếu tin").
 */
export function lineFieldLabels(t: TFunction, e: Pick<JournalEntry, 'action' | 'changes'>): string[] {
  if (e.action !== 'slip.merge') return changedFieldLabels(t, e.changes);
  return changedFieldLabels(t, e.changes.filter((c) => c.op !== 'delete'), new Set(['position']));
}

/** Items of a line whose changed values are searched (a spreadsheet import's thousands are named by their fields only). */
const SEARCHED_CHANGES = 20;

/**
 * A journal line as it is read, where the journal's search looks for the words typed: time, person, action, detail,
 * the fields changed and, for a line of a few items, each value before and after (a correction is found by what the
 * document is about: its Trích yếu as it was or became).
 */
export function journalLineText(t: TFunction, e: JournalEntry): string {
  const values = e.changes.length <= SEARCHED_CHANGES ? e.changes.flatMap((c) => changedValueLines(t, c).map((v) => v.line)) : [];
  return [formatDateTime(e.at), e.operator, actionLabel(t, e.action), lineDetail(t, e), ...lineFieldLabels(t, e), ...values].join(' ');
}
