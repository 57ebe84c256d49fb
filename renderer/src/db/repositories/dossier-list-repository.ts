/**
 * The dossier list of one fonds and year, read a window at a time: counts from index ranges, the
 * rows on screen from the file-plan-ordered index (v14: `[fondsId+year+livePlanKey]` without removed
 * dossiers, `[fondsId+year+planKey]` with them: heading, then notation), a search scanning the year in small batches and
 * keeping only the ids it finds, the years that hold dossiers, the counts the arranging buttons
 * show (`[fondsId+arrangeStage+year]`), and what the entry form suggests. Nothing here reads a
 * whole fonds. A fonds received from another unit lives in its blocks and is read whole
 * (listDossiers), then ordered the same way (`orderForList`).
 */
import Dexie from 'dexie';
import { boxContents, type BoxContents } from '../../core/dossiers/inventory';
import { compareHeadings, planSortKey } from '../../core/dossiers/list-keys';
import { isPlanDossier, notationOrdinal } from '../../core/dossiers/rules';
import type { Box, Dossier } from '../../core/dossiers/types';
import { foldText } from '../../core/text';
import { takeFileNumbers } from '../../core/processing/search-text';
import type { LuutruDb } from '../schema';
import { listBoxes } from './dossier-repository';

/** Which dossiers a list shows: a fonds' year, removed ones or not, and the words typed in the search box. */
export type DossierListFilter = {
  readonly fondsId: string;
  readonly year: number;
  readonly showDeleted: boolean;
};

/** Records read per step when a search or a hint scans a year (a small, bounded piece each time). */
const BATCH = 400;

/** The list is in the file plan's order: major heading, then notation (core/dossiers/list-keys.ts planSortKey). */
function indexOf(f: DossierListFilter): string {
  return f.showDeleted ? '[fondsId+year+planKey]' : '[fondsId+year+livePlanKey]';
}

function range(db: LuutruDb, f: DossierListFilter) {
  return db.dossiers.where(indexOf(f)).between([f.fondsId, f.year, Dexie.minKey], [f.fondsId, f.year, Dexie.maxKey]);
}

/** How many dossiers the list holds (an index count). */
export async function countDossierList(db: LuutruDb, f: DossierListFilter): Promise<number> {
  return range(db, f).count();
}

/**
 * The dossiers at positions `from` (inclusive) to `to` (exclusive) of the list, in notation order.
 * Read from whichever end of the index range is nearer, so the last rows cost what the first do.
 */
export async function dossierListWindow(db: LuutruDb, f: DossierListFilter, from: number, to: number, total?: number): Promise<Dossier[]> {
  const start = Math.max(0, from);
  if (to <= start) return [];
  const n = total ?? (await countDossierList(db, f));
  const end = Math.min(to, n);
  if (end <= start) return [];
  if (start <= n - end) return range(db, f).offset(start).limit(end - start).toArray();
  const back = await range(db, f).reverse().offset(n - end).limit(end - start).toArray();
  return back.reverse();
}

/**
 * Visits the list's dossiers in order, `BATCH` at a time (one index range read each, starting
 * after the last key seen), until `visit` returns false. Memory stays one batch.
 */
async function scanList(db: LuutruDb, f: DossierListFilter, visit: (batch: readonly Dossier[]) => boolean | void): Promise<void> {
  const key = f.showDeleted ? 'planKey' : 'livePlanKey';
  let after: string | undefined;
  let seenAtKey = new Set<string>();
  for (;;) {
    const lower = after === undefined ? [f.fondsId, f.year, Dexie.minKey] : [f.fondsId, f.year, after];
    const asked = BATCH + seenAtKey.size;
    const rows = await db.dossiers.where(indexOf(f)).between(lower, [f.fondsId, f.year, Dexie.maxKey], true, true).limit(asked).toArray();
    // Rows sharing the last key (two removed dossiers with one notation) come again: skip those already visited.
    const fresh = rows.filter((d) => !(d[key] === after && seenAtKey.has(d.id)));
    if (fresh.length === 0) return;
    if (visit(fresh) === false) return;
    if (rows.length < asked) return;
    const last = fresh[fresh.length - 1]![key]!;
    seenAtKey = new Set([...(last === after ? seenAtKey : []), ...fresh.filter((d) => d[key] === last).map((d) => d.id)]);
    after = last;
  }
}

/**
 * A search as typed: its words, folded (marks and case ignored, đ = d; a mark standing alone, as "·" in "ML 1 · HS 11"
 * copied from a row, is no word), and a numbered file's numbers as its row shows them — "ML 2", "HS 11" — compared as
 * numbers ("HS 1" is not HS 11, "ML 2 · HS 1" not ML 1 · HS 2; as words they matched any "1" anywhere).
 */
export type DossierQuery = { readonly words: readonly string[]; readonly inventory?: number; readonly file?: number };

export function dossierQuery(text: string): DossierQuery {
  const { rest, ...numbers } = takeFileNumbers(text);
  return { words: rest.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)), ...numbers };
}

/** Does the dossier have the numbers asked and hold every word (in its notation, heading and sub-heading, title, keeper or note)? */
export function dossierMatches(d: Dossier, q: DossierQuery): boolean {
  if (q.file !== undefined && d.fileNumber !== q.file) return false;
  if (q.inventory !== undefined && d.inventoryNumber !== q.inventory) return false;
  if (q.words.length === 0) return true;
  const text = foldText(`${d.notation} ${d.heading} ${d.subheading ?? ''} ${d.title} ${d.keeper} ${d.note} ${d.annotation ?? ''}`);
  return q.words.every((w) => text.includes(w));
}

/** Ids of the list's dossiers that hold every word of `text`, in list order (read in batches, only the ids kept). */
export async function searchDossierList(db: LuutruDb, f: DossierListFilter, text: string): Promise<string[]> {
  const q = dossierQuery(text);
  const ids: string[] = [];
  await scanList(db, f, (batch) => {
    for (const d of batch) if (dossierMatches(d, q)) ids.push(d.id);
  });
  return ids;
}

/** Dossiers by id, in the order asked (ids no longer held are left out). */
export async function dossiersInOrder(db: LuutruDb, ids: readonly string[]): Promise<Dossier[]> {
  return (await db.dossiers.bulkGet([...ids])).filter((d): d is Dossier => !!d);
}

/** The years that hold dossiers of the fonds, newest first (one index step per year). */
export async function dossierYears(db: LuutruDb, fondsId: string): Promise<number[]> {
  const years: number[] = [];
  let lower: [string, unknown] = [fondsId, Dexie.minKey];
  for (;;) {
    const [key] = await db.dossiers.where('[fondsId+year]').between(lower, [fondsId, Dexie.maxKey], true, true).limit(1).keys();
    if (!key) break;
    const year = (key as unknown as [string, number])[1];
    years.push(year);
    lower = [fondsId, year + 1];
  }
  return years.reverse();
}

/**
 * The years whose file plan (danh mục hồ sơ) has dossiers in the fonds, newest first: live ones made
 * from the plan, not from a backlog job (what a classification scheme can be copied from).
 */
export async function planYears(db: LuutruDb, fondsId: string): Promise<number[]> {
  const out: number[] = [];
  for (const year of await dossierYears(db, fondsId)) if (await hasPlanDossiers(db, fondsId, year)) out.push(year);
  return out;
}

/** Whether a year of this unit's own fonds has a file of its plan: the first such dossier answers (a year's rows are not all read). */
async function hasPlanDossiers(db: LuutruDb, fondsId: string, year: number): Promise<boolean> {
  return (await db.dossiers.where('[fondsId+year]').equals([fondsId, year]).filter(isPlanDossier).first()) !== undefined;
}

/** A received fonds' dossiers (read whole from its blocks) as the list shows them. */
export function orderForList(all: readonly Dossier[], f: Omit<DossierListFilter, 'fondsId'>, text = ''): Dossier[] {
  const q = dossierQuery(text);
  // Each key computed once (not per comparison).
  const keyed = all.filter((d) => d.year === f.year && (f.showDeleted || !d.deleted) && dossierMatches(d, q)).map((d) => [planSortKey(d.heading, d.notation), d] as const);
  return keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, d]) => d);
}

/** A received fonds' years, from the page's one read of it (newest first). */
export function yearsOfFonds(all: readonly Dossier[]): number[] {
  return [...new Set(all.map((d) => d.year))].sort((a, b) => b - a);
}

/** A received fonds' live (not deleted) dossiers of `year`, from the page's one read of it. */
export function liveCountOfYear(all: readonly Dossier[], year: number): number {
  let n = 0;
  for (const d of all) if (d.year === year && !d.deleted) n++;
  return n;
}

/** What the arranging buttons act on without a selection: the year's dossiers to number, the fonds' dossiers to box. */
export async function arrangeCounts(db: LuutruDb, fondsId: string, year: number): Promise<{ toNumber: number; toBox: number }> {
  const [toNumber, toBox] = await Promise.all([
    db.dossiers.where('[fondsId+arrangeStage+year]').equals([fondsId, 'number', year]).count(),
    db.dossiers.where('[fondsId+arrangeStage+year]').between([fondsId, 'box', Dexie.minKey], [fondsId, 'box', Dexie.maxKey]).count(),
  ]);
  return { toNumber, toBox };
}

/** Ids to number: the selected ones that wait to be numbered, or (none selected) every one of the year. */
export async function idsToNumber(db: LuutruDb, fondsId: string, year: number, selected: readonly string[]): Promise<string[]> {
  if (selected.length > 0) return (await dossiersInOrder(db, selected)).filter((d) => d.fondsId === fondsId && d.arrangeStage === 'number').map((d) => d.id);
  return db.dossiers.where('[fondsId+arrangeStage+year]').equals([fondsId, 'number', year]).primaryKeys();
}

/** Boxes by id (the ones the rows on screen sit in). */
export async function boxesById(db: LuutruDb, ids: readonly string[]): Promise<Box[]> {
  return (await db.boxes.bulkGet([...new Set(ids)])).filter((b): b is Box => !!b);
}

/** What each of these boxes holds, from the dossiers in them (read by the box index). */
export async function contentsOfBoxes(db: LuutruDb, boxes: readonly Box[]): Promise<BoxContents[]> {
  if (boxes.length === 0) return [];
  const inside = await db.dossiers.where('boxId').anyOf(boxes.map((b) => b.id)).toArray();
  return boxes.map((b) => boxContents(b, inside));
}

/** Suggestions for the entry form: headings with their codes and keepers, from the year's and the year before's latest dossiers. */
export type DossierHints = {
  readonly headings: readonly { readonly heading: string; readonly headingCode: string }[];
  /** Sub-headings used, each with its major heading, by their numeral ("1. …" before "2. …"). */
  readonly subheadings: readonly { readonly heading: string; readonly subheading: string }[];
  readonly keepers: readonly string[];
  /** The year's plan (else last year's) numbers each heading from 01 ("01.TH", "01.VPTK"): a new dossier goes on the same way; undefined while neither says. */
  readonly numberedPerHeading?: boolean;
};

/** Dossiers read for suggestions, per year (the latest in notation order). */
const HINT_ROWS = 300;

export async function dossierFormHints(db: LuutruDb, fondsId: string, year: number): Promise<DossierHints> {
  const rows = (
    await Promise.all([year, year - 1].map((y) => db.dossiers.where('[fondsId+year+liveKey]').between([fondsId, y, Dexie.minKey], [fondsId, y, Dexie.maxKey]).reverse().limit(HINT_ROWS).toArray()))
  ).flat();
  const headings = new Map<string, string>();
  const subheadings = new Map<string, { heading: string; subheading: string }>();
  const keepers = new Set<string>();
  for (const d of rows) {
    if (d.heading && !headings.has(d.heading)) headings.set(d.heading, d.headingCode);
    if (d.heading && d.subheading) subheadings.set(`${d.heading}\u0000${d.subheading}`, { heading: d.heading, subheading: d.subheading });
    if (d.keeper) keepers.add(d.keeper);
  }
  // One ordinal under two headings' codes: the plan restarts its numbers in each heading. A year with one heading's
  // dossiers only says nothing yet (its second heading's first dossier is where it matters): the year before decides.
  const numberedIn = (y: number) => {
    const codesOf = new Map<number, Set<string>>();
    const all = new Set<string>();
    for (const d of rows) {
      if (d.year !== y || d.deleted) continue;
      const n = notationOrdinal(d.notation);
      if (n === undefined) continue;
      const codes = codesOf.get(n) ?? new Set<string>();
      codes.add(d.headingCode);
      codesOf.set(n, codes);
      all.add(d.headingCode);
    }
    return all.size < 2 ? undefined : [...codesOf.values()].some((c) => c.size > 1);
  };
  const numberedPerHeading = numberedIn(year) ?? numberedIn(year - 1);
  // In the plan's order, as the list (in order of last use they read "II, III, I, IV").
  return {
    headings: [...headings].map(([heading, headingCode]) => ({ heading, headingCode })).sort((a, b) => compareHeadings(a.heading, b.heading)),
    subheadings: [...subheadings.values()].sort((a, b) => compareHeadings(a.subheading, b.subheading)),
    keepers: [...keepers], ...(numberedPerHeading !== undefined ? { numberedPerHeading } : {}) };
}

/**
 * The next ordinal of a notation in the year's plan: after the highest leading number of a live
 * dossier (the last key of the numbered part of the index) or, numbering per heading, of the
 * heading's dossiers (a scan of the year in batches).
 */
export async function nextOrdinalInYear(db: LuutruDb, fondsId: string, year: number, headingCode: string, perHeading: boolean): Promise<number> {
  const f = { fondsId, year, showDeleted: false };
  if (!perHeading) {
    // Keys of notations that start with a number begin with its length mark (0x31…), before any letter (0x100…).
    const last = await db.dossiers.where('[fondsId+year+liveKey]').between([fondsId, year, '\u0031'], [fondsId, year, '\u0100'], true, false).last();
    return (last ? (notationOrdinal(last.notation) ?? 0) : 0) + 1;
  }
  let max = 0;
  await scanList(db, f, (batch) => {
    for (const d of batch) if (d.headingCode === headingCode) max = Math.max(max, notationOrdinal(d.notation) ?? 0);
  });
  return max + 1;
}

/** How many boxes the fonds has (an index count: this unit never removes a box; a received fonds' boxes are counted from its blocks). */
export async function countBoxes(db: LuutruDb, fondsId: string, received: boolean): Promise<number> {
  return received ? (await listBoxes(db, fondsId)).length : db.boxes.where('fondsId').equals(fondsId).count();
}

/** Labels' boxes for the rows on screen: read by id, or (a received fonds) from its blocks. */
export async function boxesOfRows(db: LuutruDb, fondsId: string, rows: readonly Dossier[], received: boolean): Promise<Box[]> {
  const ids = [...new Set(rows.map((d) => d.boxId).filter((x): x is string => !!x))];
  if (ids.length === 0) return [];
  if (received) return (await listBoxes(db, fondsId)).filter((b) => ids.includes(b.id));
  return boxesById(db, ids);
}

/** How many of an inventory's live files (but one) are kept permanently and for a fixed term: what the inventory holds. */
export async function inventoryRetentions(db: LuutruDb, fondsId: string, inventoryNumber: number, exceptId: string): Promise<{ permanent: number; fixedTerm: number }> {
  let permanent = 0;
  let fixedTerm = 0;
  // A fonds' files (a few thousand at a commune) through its index; an inventory has none of its own.
  await db.dossiers
    .where('[fondsId+year]')
    .between([fondsId, Dexie.minKey], [fondsId, Dexie.maxKey])
    .each((d) => {
      if (d.deleted || d.id === exceptId || d.inventoryNumber !== inventoryNumber || d.fileNumber === undefined) return;
      if (d.retention === 'permanent') permanent += 1;
      else fixedTerm += 1;
    });
  return { permanent, fixedTerm };
}
