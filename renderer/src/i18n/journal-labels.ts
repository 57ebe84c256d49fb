/**
 * How the change journal names what happened: the action ("Kết thúc hồ sơ") and the fields a
 * change touched, each read in its table (a register's closedAt is the day it was locked, a
 * dossier's the day it was closed). Never a code name: an unknown field reads "thông tin khác".
 */
import type { TFunction } from 'i18next';
import type { JournalEntry, JournalValue, RecordChange } from '../core/journal';
import { formatDateTime } from '../core/format';

/** Fields the database derives for its indexes: not something a person changed. */
const DERIVED_FIELDS: ReadonlySet<string> = new Set(['dupKey', 'openDeadline', 'listKey', 'liveKey', 'planKey', 'livePlanKey', 'arrangeStage']);

function lookup(t: TFunction, key: string): string | undefined {
  const text: string = t(key, { defaultValue: '' });
  return text && text !== key ? text : undefined;
}

export function fieldLabel(t: TFunction, table: string, field: string): string {
  return (
    lookup(t, `journalFields.${table}.${field}`) ??
    lookup(t, `journalFields.common.${field}`) ??
    lookup(t, `fields.${field}`) ??
    t('journalFields.unknown')
  );
}

/** Labels of the fields the changes touched, each once, derived index fields (and those in `except`) left out. */
export function changedFieldLabels(t: TFunction, changes: readonly Pick<RecordChange, 'table' | 'fields'>[], except: ReadonlySet<string> = new Set()): string[] {
  const out = new Set<string>();
  for (const c of changes) for (const f of c.fields) if (!DERIVED_FIELDS.has(f) && !except.has(f)) out.add(fieldLabel(t, c.table, f));
  return [...out];
}

/** Fields whose codes are named where their form names them (the key before the code): not copied into the journal's own. */
const CODE_NAMES: Readonly<Record<string, string>> = { discardReason: 'processing.reason_' };

/**
 * A kept value as a person reads it: a date as dd/mm/yyyy, a list joined, yes/no, a code by its
 * name (urgency, progress, retention…); undefined for what would only read as a code or an id.
 */
function valueText(t: TFunction, field: string, v: JournalValue): string | undefined {
  if (v === null) return t('journal.valueEmpty');
  if (typeof v === 'boolean') return t(v ? 'journal.valueYes' : 'journal.valueNo');
  if (Array.isArray(v)) return v.join('; ');
  if (field === 'retention' && typeof v === 'number') return t('journal.valueYears', { count: v });
  if (typeof v === 'number') return String(v);
  const text = v as string;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return `${text.slice(8, 10)}/${text.slice(5, 7)}/${text.slice(0, 4)}`;
  const named = lookup(t, `journalValues.${field}.${text}`) ?? lookup(t, `${field}.${text}`) ?? (field in CODE_NAMES ? lookup(t, `${CODE_NAMES[field]}${text}`) : undefined);
  if (named) return named;
  return /^[a-z][a-z0-9-]*$/.test(text) ? undefined : text;
}

/** "Trích yếu: A → B" for each field whose before and after the change kept, derived and id fields left out. */
export function changedValueLines(t: TFunction, change: Pick<RecordChange, 'table' | 'fields' | 'values'>): { field: string; line: string }[] {
  const out: { field: string; line: string }[] = [];
  for (const f of change.fields) {
    const pair = change.values?.[f];
    if (!pair || DERIVED_FIELDS.has(f) || /Ids?$/.test(f)) continue;
    const from = valueText(t, f, pair[0]);
    const to = valueText(t, f, pair[1]);
    if (from === undefined || to === undefined) continue;
    out.push({ field: f, line: t('journal.changedValue', { field: fieldLabel(t, change.table, f), from, to }) });
  }
  return out;
}

/** A table's name for people: the storage list's own, else the archive duties' (loans showed as "loans", "loanItems"); `fallback` for one neither names. */
export function tableLabel(t: TFunction, name: string, fallback: string = name): string {
  return t([`tables.${name}`, `table.${name}`], { defaultValue: fallback });
}

export function actionLabel(t: TFunction, action: string): string {
  return lookup(t, `action.${action}`) ?? t('journal.otherAction');
}

/** Actions whose detail is how many dossiers (or slips) they took in at once. */
const COUNTED = new Set(['dossier.number', 'slip.discard', 'slip.keep', 'slip.check', 'slip.uncheck', 'appraisal.add']);

/**
 * A journal line's detail in words: a count as so many dossiers (a bare "18" under "Đánh số hồ sơ
 * chính thức" in one dossier's history said nothing), a box by its number, an order by its name (it
 * showed its code, "heading_time"); names, reasons and numbers typed by a person as written.
 */
export function detailText(t: TFunction, action: string, detail: string): string {
  if (COUNTED.has(action) && /^\d+$/.test(detail)) return t('journal.detailDossiers', { count: Number(detail) });
  if (action === 'box.create' && /^\d+$/.test(detail)) return t('journal.detailBox', { number: detail });
  // An entry by its number (core/registers/notation.ts entryRef).
  if (action === 'incoming.register' || action === 'incoming.update') return t('journal.detailIncoming', { entry: detail });
  if (action === 'outgoing.register' || action === 'outgoing.update') return t('journal.detailOutgoing', { entry: detail });
  if (action === 'slip.order') return lookup(t, `processing.order_${detail}`) ?? detail;
  // Kept as a number ("0.125"), read in the language's own way ("0,125": in Vietnamese "0.125" reads as a hundred and twenty-five).
  if (action === 'settings.metresPerBox' && Number.isFinite(Number(detail))) return t('journal.detailMetres', { metres: Number(detail) });
  return detail;
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
  return [formatDateTime(e.at), e.operator, actionLabel(t, e.action), e.detail ? detailText(t, e.action, e.detail) : '', ...changedFieldLabels(t, e.changes), ...values].join(' ');
}
