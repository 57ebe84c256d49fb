/**
 * What a journal line is about, named as a clerk knows each record: a register entry by its number and summary, a
 * dossier by its number, year and title, a box by its number, a deposit batch by its name, a loan by its number and
 * reader, an item of the retention schedule by its number and title. The names are taken from the records as the
 * change set wrote them (db/changes.ts) and kept with the line: a record cancelled, destroyed or renumbered later
 * still reads as it was. Worded per language by journal-labels.ts.
 */
import type { JournalSubject } from './journal';
import { entryRef } from './registers/notation';
import { journalDossierName } from './dossiers/rules';
import { boxNumberText } from './dossiers/inventory';

/** Names kept of one table's records in a line ("3 hồ sơ: A, B, C, …"); the count is of them all. */
export const SUBJECT_NAMES = 3;
/** A title or summary is cut to this many characters in a name. */
const TITLE_MAX = 60;

type Row = Readonly<Record<string, unknown>>;

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** A title in quotes, cut between words to TITLE_MAX characters ("Đinh Mù…" was read as "blind"); '' for none. */
function quoted(v: unknown, lead = ' '): string {
  const t = text(v);
  if (!t) return '';
  if (t.length <= TITLE_MAX) return `${lead}“${t}”`;
  const cut = t.slice(0, TITLE_MAX);
  const space = cut.lastIndexOf(' ');
  return `${lead}“${(space > TITLE_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:(–-]+$/u, '')}…”`;
}

/** Per table, a record's name ('' when its row says nothing a person would know it by). */
const NAMERS: Readonly<Record<string, (r: Row) => string>> = {
  // "01 (15/SNV-CCVC) “V/v tuyển dụng”", "141/UBND-VP “Báo cáo tổng kết”" (an entry of an older format may lack a field).
  incomingDocs: (r) => `${typeof r.arrivalNumber === 'number' ? entryRef({ arrivalNumber: r.arrivalNumber, number: text(r.number), notation: text(r.notation) }) : ''}${quoted(r.summary)}`.trim(),
  outgoingDocs: (r) => `${typeof r.number === 'number' ? entryRef({ number: r.number, notation: text(r.notation) }) : text(r.notation)}${quoted(r.summary)}`.trim(),
  // "ML 1 · HS 5 (2025) “Tập lưu quyết định năm 2025”", a slip "Phiếu 12 (2010) “…”".
  dossiers: (r) => `${journalDossierName({ ...r, notation: text(r.notation) } as never)}${quoted(r.title)}`.trim(),
  // A typed document by its number and summary (a linked one's row holds neither: named by the work, ChangeSet.nameAs).
  dossierDocs: (r) => (text(r.number) ? `${text(r.number)}${quoted(r.summary)}` : quoted(r.summary, '')),
  // "03 (ML 1)": its number as its label prints it ("ML 1 · hộp 03"), within its inventory.
  boxes: (r) => (typeof r.number === 'number' ? `${boxNumberText(r.number)}${typeof r.inventoryNumber === 'number' ? ` (ML ${r.inventoryNumber})` : ''}` : ''),
  // "“Hồ sơ năm 2024” (01/BB-UBND)": its name and the handover record's number.
  depositBatches: (r) => `${quoted(r.name, '')}${text(r.number) ? ` (${text(r.number)})` : ''}`.trim(),
  appraisals: (r) => quoted(r.name, ''),
  processingJobs: (r) => quoted(r.name, ''),
  fonds: (r) => quoted(r.name, ''),
  // An item of a retention schedule by its Số TT and what it covers: "12.3 “Hồ sơ hội nghị tổng kết…”".
  retentionItems: (r) => `${text(r.code)}${quoted(r.title)}`.trim(),
  // "3/2026 (Nguyễn Văn An)": its number among the year's requests, and who asked (a request made before numbers were kept: "…/2026").
  loans: (r) => `${typeof r.number === 'number' ? r.number : '…'}/${text(r.loanDate).slice(0, 4)}${text(r.requesterName) ? ` (${text(r.requesterName)})` : ''}`,
};

/** Whether the journal knows how to name a record of `table`. */
export function namesTable(table: string): boolean {
  return table in NAMERS;
}

/**
 * A record as the journal names it, or undefined where its table has no name or its row says nothing (or holds what
 * the name cannot read: naming a line never stops the write it is the journal of).
 */
export function journalName(table: string, record: Row): string | undefined {
  try {
    return NAMERS[table]?.(record) || undefined;
  } catch {
    return undefined;
  }
}

const num = (v: unknown) => (typeof v === 'number' ? v : Number.POSITIVE_INFINITY);
/** Per table, the order its records are named in: dossiers and boxes by their numbers (HS 3 came before HS 2). */
const ORDER: Readonly<Record<string, (r: Row) => readonly number[]>> = {
  dossiers: (r) => [num(r.inventoryNumber), num(r.fileNumber), num(r.tempNumber)],
  boxes: (r) => [num(r.inventoryNumber), num(r.number)],
};

/** The records of one table a line is about: the first few named (in their numbers' order), all counted; undefined for none. */
export function journalSubject(table: string, records: readonly Row[], names: ReadonlyMap<string, string> = new Map()): JournalSubject | undefined {
  if (records.length === 0) return undefined;
  const key = ORDER[table];
  const ordered = key ? [...records].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    const i = x.findIndex((v, k) => v !== y[k]);
    return i < 0 ? 0 : x[i]! < y[i]! ? -1 : 1;
  }) : records;
  const named: string[] = [];
  for (const r of ordered) {
    if (named.length >= SUBJECT_NAMES) break;
    const name = (typeof r.id === 'string' ? names.get(r.id) : undefined) ?? journalName(table, r);
    if (name) named.push(name);
  }
  return { table, names: named, count: records.length };
}
