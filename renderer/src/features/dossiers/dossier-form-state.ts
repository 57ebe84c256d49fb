/**
 * The dossier form's text state and its conversion to DossierFields: what the clerk typed
 * (retention as "10" or "vĩnh viễn", the documents' dates as the close form takes them: "5/3",
 * "05/03/2025", "3/2025", "2025") becomes the stored shape, or stays as typed so validation can
 * say what is wrong.
 */
import { isoDate, typedCount } from '../../core/format';
import type { FieldIssue } from '../../core/errors';
import { formatRetention, parseRetention, typedDossierDate, writtenDossierDate } from '../../core/dossiers/rules';
import type { Dossier, DossierFields } from '../../core/dossiers/types';
import type { DatePrecision } from '../../core/processing/period';
import { foldText } from '../../core/text';

export type DossierFormState = {
  heading: string;
  /** Đề mục nhỏ, '' for none. */
  subheading: string;
  headingCode: string;
  notation: string;
  title: string;
  retention: string;
  keeper: string;
  startDate: string;
  endDate: string;
  sheetCount: string;
  pageCount: string;
  condition: string;
  note: string;
  restricted: boolean;
  /** The retention schedule item picked ('' when the period was typed) and its basis, kept on the dossier. */
  retentionItemId: string;
  retentionBasis: string;
};

export function emptyDossierForm(keeper: string): DossierFormState {
  return { heading: '', subheading: '', headingCode: '', notation: '', title: '', retention: '', keeper, startDate: '', endDate: '', sheetCount: '', pageCount: '', condition: '', note: '', restricted: false, retentionItemId: '', retentionBasis: '' };
}

export function formOf(d: Dossier): DossierFormState {
  return {
    heading: d.heading,
    subheading: d.subheading ?? '',
    headingCode: d.headingCode,
    notation: d.notation,
    title: d.title,
    retention: formatRetention(d.retention),
    keeper: d.keeper,
    // As written: a period known to the month or the year shows so ("02/2025", "2025"), not as the days it covers.
    startDate: writtenDossierDate(d.startDate, d.startPrecision),
    endDate: writtenDossierDate(d.endDate, d.endPrecision),
    sheetCount: d.sheetCount !== undefined ? String(d.sheetCount) : '',
    pageCount: d.pageCount !== undefined ? String(d.pageCount) : '',
    condition: d.condition,
    note: d.note,
    restricted: d.access === 'restricted',
    retentionItemId: d.retentionItemId ?? '',
    retentionBasis: d.retentionBasis ?? '',
  };
}

/**
 * One end of the documents' period as saved: as stored when its text is the one the form showed for it (how it was
 * written kept as it was), else as typed, read as the close form reads it (`typedDossierDate`).
 */
function endOf(text: string, side: 'start' | 'end', stored: { date?: string; precision?: DatePrecision }, year: number, today: string): { date?: string; precision?: DatePrecision } {
  return text.trim() === writtenDossierDate(stored.date, stored.precision) ? stored : typedDossierDate(text, side, year, today);
}

/** What was typed that does not read, said as such (the stored fields hold periods, not what was typed): a retention. */
export function typedIssues(form: Pick<DossierFormState, 'retention'>): FieldIssue[] {
  return form.retention.trim() && parseRetention(form.retention) === undefined ? [{ field: 'retention', code: 'dossier.retentionInvalid' }] : [];
}

/**
 * The stored fields for what was typed, on top of `base` (the unit, fonds, year, status and
 * numbering of the dossier being edited). A retention left empty or unreadable becomes 0 (not given), refused by
 * validation instead of silently keeping the old one; what does not read is the form's to say (`typedIssues`). A date
 * that does not read is kept as typed, refused by validation under its field. `today` reads a two-digit year ("3/98").
 */
export function fieldsOf(form: DossierFormState, base: Pick<DossierFields, 'unitId' | 'fondsId' | 'year' | 'status' | 'source'> & Partial<DossierFields>, today: string = isoDate(new Date())): DossierFields {
  const start = endOf(form.startDate, 'start', { date: base.startDate, precision: base.startPrecision }, base.year, today);
  const end = endOf(form.endDate, 'end', { date: base.endDate, precision: base.endPrecision }, base.year, today);
  const out: Record<string, unknown> = {
    ...base,
    heading: form.heading,
    // No major heading, no sub-heading: one typed before the heading was cleared is not kept.
    subheading: form.heading.trim() ? form.subheading || undefined : undefined,
    headingCode: form.headingCode,
    notation: form.notation,
    title: form.title,
    retention: parseRetention(form.retention) ?? 0,
    keeper: form.keeper,
    startDate: start.date,
    endDate: end.date,
    startPrecision: start.precision,
    endPrecision: end.precision,
    sheetCount: typedCount(form.sheetCount),
    pageCount: typedCount(form.pageCount),
    condition: form.condition,
    note: form.note,
    access: form.restricted ? 'restricted' : 'open',
    language: base.language ?? 'Tiếng Việt',
    // A typed period has no item; a basis typed with it (the council's) stays.
    retentionItemId: form.retentionItemId || undefined,
    retentionBasis: form.retentionBasis || undefined,
  };
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out as DossierFields;
}

/** A heading's numeral ("II. ", "3) "), left out when matching what was typed. */
const HEADING_NUMERAL = /^\s*([ivxlc]+|\d+)[.)]\s*/i;

/** A heading's name as compared: without marks, case or its numeral, spaces single. */
const headingName = (h: string) => foldText(h).replace(/\s+/g, ' ').trim().replace(HEADING_NUMERAL, '');

/**
 * The file plan's heading that `typed` names, as the clerk leaves the field without picking from
 * its list: the heading itself, its numeral alone ("II", "iv."), or its whole name without the
 * numeral, in any case and with or without marks ("văn phòng - thống kê" for "II. VĂN PHÒNG -
 * THỐNG KÊ"), or its code ("vptk", `codes`: heading → the code its dossiers carry) — when it names
 * exactly one. Undefined otherwise: a new heading, as typed.
 */
export function knownHeadingFor(typed: string, headings: readonly string[], codes?: ReadonlyMap<string, string>): string | undefined {
  const text = typed.trim();
  if (!text) return undefined;
  if (headings.includes(text)) return text;
  if (codes) {
    const code = foldText(text).toUpperCase();
    const byCode = headings.filter((h) => codes.get(h) && foldText(codes.get(h)!).toUpperCase() === code);
    if (byCode.length === 1) return byCode[0];
  }
  const folded = foldText(text).replace(/\s+/g, ' ');
  // A numeral alone ("II", "iv.") names the heading of that numeral only ("II" is not the start of "III").
  const numeral = /^([ivxlc]+|\d+)[.)]?$/.exec(folded)?.[1];
  const matches = headings.filter((h) => {
    if (numeral !== undefined) return HEADING_NUMERAL.exec(foldText(h).trim())?.[1]?.toLowerCase() === numeral;
    return headingName(h) === headingName(text);
  });
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * Headings of the plan whose name starts like `typed` when it names none of them: a new heading
 * "Tư pháp" beside "III. TƯ PHÁP - HỘ TỊCH" may be meant (a commune splitting it) or a slip (a
 * short word typed for the heading meant), so the form says so under the field rather than choose.
 */
export function headingsLike(typed: string, headings: readonly string[], codes?: ReadonlyMap<string, string>): string[] {
  const name = headingName(typed);
  if (name.length < 2 || knownHeadingFor(typed, headings, codes) !== undefined) return [];
  return headings.filter((h) => headingName(h).startsWith(name));
}
