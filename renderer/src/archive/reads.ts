/**
 * What the archive's screens read from PostgreSQL, each through an index or a small table,
 * never a scan of the records to show a page: the overview (bundles received + maintained
 * per-origin counters, then core `originOverview`), holdings per unit (an aggregate over the
 * dossiers, boxes and backlog jobs only), consolidated search (GIN over the tokens), the
 * consolidated inventory (core `consolidatedSections` over the numbered dossiers), held claims
 * a page at a time, forks, custody, trusted keys and unit names, the units' statistics reports
 * and duties (core `reportsView`, `dutiesOfUnits` over their few records).
 */
import { originOverview, type OriginOverview, type ReceivedSummary } from '../core/bundle/overview';
import type { BundleRecord, KeyRotation, ReplicatedTable } from '../core/bundle/schema';
import { consolidatedSections, type ConsolidatedFonds } from '../core/dossiers/consolidated';
import { depositMark } from '../core/duties/deposit';
import type { DepositBatch, StatReport } from '../core/duties/types';
import { DUTY_TABLES, dutiesOfUnits, reportsView, type DutyRecords, type UnitDuties } from '../core/duties/upper-duties';
import type { Holdings } from '../core/dossiers/inventory';
import { DEFAULT_METRES_PER_BOX, type Box, type Dossier, type ProcessingJob } from '../core/dossiers/types';
import { AppError } from '../core/errors';
import { placeOfUnit } from '../core/unit';
import type { ForkRow, HeldClaimRow, ReceivedBundleRow } from '../db/exchange/rows';
import { keyListOf } from '../db/exchange/key-list';
import { receivedEntry } from '../core/registers/received-entry';
import { hitOf, type SearchHit } from '../upper-api/search-hit';
import type { HoldingsResult, InventoryData, KeyListRow, StatReportsResult } from '../upper-api/types';
import { heldOfRow } from './plan-state';
import { DOC_DOSSIER, DOSSIER_BOX as IN_BOX } from './links';
import { HELD_ORDER, heldTsQuery, numberOf, searchTerms } from './search';
import { boxItem, documentItem, dossierItem, shownItem, slipJobId, type ArchiveItem } from '../core/processing/archive-items';
import type { DossierDoc } from '../core/processing/types';
import type { IncomingDoc, OutgoingDoc } from '../core/registers/types';
import { archiveQuery, asksOfDocuments, fileNumbersQuery, isBoxNumberWord, isBoxTerm, namesBox } from '../core/processing/search-text';
import { queryTerms } from '../search/tokens';
import type { ArchiveDb, Sql } from './sql';
import { getSetting, requireUnit, revokedKeys, trustedKeys } from './trust';

export async function archiveOverview(sql: Sql, now: Date): Promise<OriginOverview[]> {
  const unit = await requireUnit(sql);
  const received = await sql.query<{ origin: string; origin_name: string; admin_code: string; lineage: string; sequence: number; created_at: string; range: ReceivedSummary['range']; via: string[] | null }>(
    'SELECT origin, origin_name, admin_code, lineage, sequence, created_at, range, via FROM received_bundles',
  );
  const counts = new Map<string, Record<string, number>>();
  for (const r of await sql.query<{ origin: string; tbl: string; n: number }>('SELECT origin, tbl, n FROM origin_stats')) (counts.get(r.origin) ?? counts.set(r.origin, {}).get(r.origin)!)[r.tbl] = r.n;
  return originOverview(
    received.map((r) => ({ origin: r.origin, originName: r.origin_name, adminCode: r.admin_code, lineage: r.lineage, sequence: r.sequence, createdAt: r.created_at, range: r.range, ...(r.via ? { via: r.via } : {}) })),
    counts,
    unit.id,
    now,
  );
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export async function metresPerBox(sql: Sql): Promise<number> {
  const v = await getSetting<number>(sql, 'metresPerBox');
  return typeof v === 'number' && v > 0 && v < 1 ? v : DEFAULT_METRES_PER_BOX;
}

/** Holdings per origin, as core `holdings()` counts them (papers a processing job set aside to discard are not holdings), aggregated in the database. */
export async function archiveHoldings(sql: Sql): Promise<HoldingsResult> {
  const perBox = await metresPerBox(sql);
  const rows = await sql.query<{ origin: string; dossiers: number; permanent: number; closed: number; boxes: number; received: number; processed: number }>(
    `SELECT origin,
       (count(*) FILTER (WHERE tbl = 'dossiers' AND body->>'discardReason' IS NULL))::int AS dossiers,
       (count(*) FILTER (WHERE tbl = 'dossiers' AND body->>'discardReason' IS NULL AND body->>'retention' = 'permanent'))::int AS permanent,
       (count(*) FILTER (WHERE tbl = 'dossiers' AND body->>'discardReason' IS NULL AND body->>'status' = 'closed'))::int AS closed,
       (count(*) FILTER (WHERE tbl = 'boxes'))::int AS boxes,
       coalesce(sum((body->>'receivedMetres')::float8) FILTER (WHERE tbl = 'processingJobs'), 0)::float8 AS received,
       coalesce(sum((body->>'processedMetres')::float8) FILTER (WHERE tbl = 'processingJobs'), 0)::float8 AS processed
     FROM records WHERE tbl IN ('dossiers', 'boxes', 'processingJobs') AND NOT deleted GROUP BY origin`,
  );
  const byOrigin: Record<string, Holdings> = {};
  for (const r of rows)
    byOrigin[r.origin] = {
      dossiers: r.dossiers,
      permanent: r.permanent,
      fixedTerm: r.dossiers - r.permanent,
      closed: r.closed,
      boxes: r.boxes,
      metres: round2(r.boxes * perBox),
      backlogReceivedMetres: round2(r.received),
      backlogProcessedMetres: round2(r.processed),
      backlogRemainingMetres: round2(Math.max(0, r.received - r.processed)),
    };
  return { byOrigin, metresPerBox: perBox };
}

/** At most this many entries are read in table order before the index is asked instead. */
export const MAX_SCAN_ROWS = 60_000;
/**
 * Entries read in table order that cost as much as one entry of the rarest term's list in the
 * index (measured at 1M on a server: reading an entry and matching its tokens ≈ 1.3 µs; the index
 * gathers each entry of that list into its bitmap, then sorts it, ≈ 0.3–0.4 µs).
 */
const SCAN_ROWS_PER_INDEX_ITEM = 0.3;
/** The scan is not tried when its terms' shares say it would need more than this many times its budget. */
const SCAN_HOPE = 5;
/** A term held by more of the entries than this share is checked on the rows the index gives, not asked of the index. */
const INDEX_SHARE = 0.5;

/**
 * How to find `limit` matches: read entries in table order until that many match (cheap when
 * the terms are common: "ket qua quan ly" matches a tenth of a province, and the index would
 * first gather all 100k of them into its bitmap), or ask the index (cheap when one term is rare:
 * it gathers that term's list). The counts of `search_words` give the index's cost — about the
 * length of its rarest term's list —, and the scan may spend as much before the index is asked:
 * at worst a search costs twice the index, at best a common query stops after a few hundred
 * entries. How many entries the scan needs is only guessed (limit ÷ the product of the terms'
 * shares: words that go together, as the words of a phrase do, need far fewer), so the scan is
 * tried unless even that guess is many times its budget. Returns how many entries to scan, or 0
 * for the index at once.
 */
export function scanBudget(held: readonly number[], entries: number, limit: number): number {
  if (entries <= 0 || held.length === 0) return 0;
  const share = held.reduce((p, n) => p * Math.min(1, n / entries), 1);
  if (share <= 0) return 0;
  const guess = limit / share;
  const budget = Math.min(MAX_SCAN_ROWS, Math.ceil(Math.min(...held.map((n) => Math.min(n, entries))) * SCAN_ROWS_PER_INDEX_ITEM));
  return budget >= limit && guess <= budget * SCAN_HOPE ? budget : 0;
}

/**
 * Which terms the index is asked for (their positions): the rarest always, and every term held
 * by at most INDEX_SHARE of the entries. A term most entries hold barely narrows the index's
 * answer but makes it step through a list as long as the table ("giao", the words "gia…"
 * starts); it is checked on the rows the index gives instead, where it turns few away.
 */
export function indexTerms(held: readonly number[], entries: number): number[] {
  const rarest = held.indexOf(Math.min(...held));
  return held.flatMap((n, i) => (i === rarest || n <= entries * INDEX_SHARE ? [i] : []));
}

/** Consolidated search: every word required, the last by prefix; up to `limit` of the matching entries, in no particular order. */
export async function archiveSearch(db: ArchiveDb, query: string, options: { origin?: string; limit: number }): Promise<SearchHit[]> {
  const terms = await searchTerms(db, query);
  if (!terms) return [];
  const limit = searchLimit(options.limit);
  const params = options.origin ? [terms.tsquery, limit, options.origin] : [terms.tsquery, limit];
  const byOrigin = options.origin ? 'AND origin = $3' : '';
  const entries = Number((await db.query<{ n: string | number | null }>("SELECT sum(n) AS n FROM origin_stats WHERE tbl IN ('incomingDocs', 'outgoingDocs')"))[0]?.n ?? 0);
  const budget = scanBudget(terms.held, entries, limit);
  if (budget > 0) {
    const first = await db.query<Found>(
      `SELECT tbl, body FROM (SELECT tbl, body, search FROM records WHERE search IS NOT NULL AND NOT deleted ${byOrigin} LIMIT ${budget}) AS first WHERE search @@ $1::tsquery LIMIT $2`,
      params,
    );
    // Fewer than asked among them: the rest may be anywhere, the index tells.
    if (first.length >= limit) return first.map(hitOfRow);
  }
  const asked = indexTerms(terms.held, entries).map((i) => terms.terms[i]!);
  const everyTerm = `SELECT tbl, body FROM records WHERE search @@ $1::tsquery AND NOT deleted ${byOrigin} LIMIT $2`;
  const rows =
    asked.length === terms.terms.length
      ? await db.query<Found>(everyTerm, params)
      : await db.transaction(async (tx) => {
          // The terms left out are checked on the index's rows by the function (ts_match_vq), which no index answers.
          // Asked for its rarest terms only, the index looks common to the planner, which with LIMIT may prefer
          // reading the table until enough match — the scan that fell short above: only the index.
          await tx.exec('SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off');
          return tx.query<Found>(`SELECT tbl, body FROM records WHERE search @@ $1::tsquery AND NOT deleted ${byOrigin} AND ts_match_vq(search, $${params.length + 1}::tsquery) LIMIT $2`, [
            asked.join(' & '),
            ...params.slice(1),
            terms.tsquery,
          ]);
        });
  return rows.map(hitOfRow);
}

type Found = { readonly tbl: 'incomingDocs' | 'outgoingDocs'; readonly body: BundleRecord };

/** A found entry's line, read as its register's (receivedEntry: an entry of an older format may lack a field). */
const hitOfRow = (r: Found): SearchHit => hitOf(receivedEntry(r.tbl, r.body), r.tbl === 'incomingDocs');



/** An archive search's hits in the order the card lists them, the first `limit` of them; `more`: there are others after them. */
export type HeldFound = { readonly items: ArchiveItem[]; readonly more: boolean };

/** See archiveHeldFind: its hits alone. */
export async function archiveHeldSearch(sql: Sql, query: string, options: { origin?: string; limit: number }): Promise<ArchiveItem[]> {
  return (await archiveHeldFind(sql, query, options)).items;
}

/**
 * Archive search of every unit's dossiers, slips, boxes and documents inside dossiers (or one unit's): those holding
 * every word typed, the last by prefix, a box's, an inventory's and a file's numbers asked as the words stored for them
 * (core archiveQuery, search.ts heldTsQuery: "hộp 2" is box 02's hop2, not every box of ML 2 nor box 20; "ML 2" is ml2;
 * "HS 1" is hs1; a dossier holds its box's words too: "hộp 02 đất đai", a document its box's number), dossiers and boxes
 * in their numbers' order (HELD_ORDER), then the documents in their
 * dossiers' and their lists' order, the first `limit` of them in that order (ordered in the database before the limit,
 * one more asked to know whether there are others), each as the app's search card shows it (a dossier with its box's
 * name and place, a slip with its job, a document with its dossier's title and box: core archive-items). A query naming
 * a box or a place ("hộp 5", "kho 1 tầng 3") lists the boxes it finds, then the dossiers in boxes holding the box's number
 * (else the box word and another word of it), their own words holding the rest, box by box ("hộp 02 đất đai": the files
 * on land in box 02; "hộp 01": box 01's files, not TỔNG HỢP's files 01.TH in another box — "hộp" folds as "hợp"), then
 * the documents in them that the query asks something of ("hộp 2 quyết định": the decisions in box 02's files). When
 * the box's number finds nothing, the words as typed, as the app's search asks them ("tong hop 2": TỔNG HỢP typed
 * without marks).
 */
export async function archiveHeldFind(sql: Sql, query: string, options: { origin?: string; limit: number }): Promise<HeldFound> {
  const asked = archiveQuery(query);
  const boxesFirst = namesBox(query);
  const found = await heldFound(sql, asked, boxesFirst, options);
  const typed = fileNumbersQuery(query);
  // Nothing for "hop 2" read as a box ("tong hop 2": TỔNG HỢP typed without marks), nor for a box or place word that is
  // no box's ("kho bạc", "bảng giá đất": only boxes and what stands in them were asked): the words as typed, listed as
  // any query's — "hop" is no box word there (the files in boxes holding it alone would leave TỔNG HỢP's in other boxes out).
  return found.items.length === 0 && (asked !== typed || boxesFirst) ? heldFound(sql, typed, false, options) : found;
}

/** archiveHeldFind of a query as asked (`asked`: as heldTsQuery takes it), its boxes first when `boxesFirst`. */
async function heldFound(sql: Sql, asked: string, boxesFirst: boolean, options: { origin?: string; limit: number }): Promise<HeldFound> {
  const tsquery = heldTsQuery(asked);
  if (!tsquery) return { items: [], more: false };
  const limit = searchLimit(options.limit);
  // $1 the query, $2 how many, $3 the unit when one is asked, then `extra`'s.
  const byOrigin = (t: string) => (options.origin ? `AND ${t}.origin = $3` : '');
  const next = options.origin ? 4 : 3;
  const ask = <R>(text: string, n: number, extra: readonly unknown[] = []) => sql.query<R>(text, [tsquery, n, ...(options.origin ? [options.origin] : []), ...extra]);
  type Row = { tbl: 'dossiers' | 'boxes'; body: Dossier & Box };
  let rows: Row[];
  let docs: DossierDoc[] = [];
  if (boxesFirst) {
    rows = await ask<Row>(`SELECT r.tbl, r.body FROM records r WHERE r.held_search @@ $1::tsquery AND r.tbl = 'boxes' AND NOT r.deleted ${byOrigin('r')} ORDER BY ${HELD_ORDER('r')} LIMIT $2`, limit + 1);
    if (rows.length <= limit) {
      // The box words asked, and a box's number ("hop2") or else whichever other word the box holds: a box that holds the box
      // word alone ("hộp 0" being typed, "kho") gives its files nothing; box 02's hop2 is its own (TỔNG HỢP's "hợp" is no hop2).
      const { words, prefix } = queryTerms(asked);
      const terms = [...words.map((w) => ({ w, q: `'${w}'` })), ...(prefix !== undefined ? [{ w: prefix, q: `'${prefix}':*` }] : [])];
      const named = terms.filter((t) => isBoxTerm(t.w));
      const others = terms.filter((t) => !named.includes(t));
      const numbered = words.some((w) => isBoxNumberWord(w));
      // Words are letters and digits only (tokens.ts): nothing to quote.
      const boxAsked = [...named.map((t) => t.q), ...(others.length > 0 && !numbered ? [`(${others.map((t) => t.q).join(' | ')})`] : [])].join(' & ');
      const inside = await ask<Row>(
        `WITH hit AS (
           SELECT d.id FROM records b JOIN records d ON d.tbl = 'dossiers' AND d.${IN_BOX} = b.id WHERE b.tbl = 'boxes' AND b.held_search @@ $1::tsquery AND NOT b.deleted ${byOrigin('b')}
           UNION
           SELECT d.id FROM records d JOIN records b ON b.tbl = 'boxes' AND b.id = d.${IN_BOX} WHERE d.tbl = 'dossiers' AND d.held_search @@ $1::tsquery AND b.held_search @@ $${next}::tsquery AND NOT b.deleted ${byOrigin('d')})
         SELECT d.tbl, d.body FROM hit JOIN records d ON d.tbl = 'dossiers' AND d.id = hit.id JOIN records b ON b.tbl = 'boxes' AND b.id = d.${IN_BOX}
         WHERE NOT d.deleted ${byOrigin('d')} ORDER BY ${HELD_ORDER('b')}, ${HELD_ORDER('d')} LIMIT $2`,
        limit + 1 - rows.length,
        [boxAsked],
      );
      rows = [...rows, ...inside];
      // Then the documents in those boxes' files holding the words (each holds its box's number: core shelfWords), box by
      // box, file by file, in their lists' order — when the query asks something of them ("hộp 2 quyết định", not "hộp 2":
      // core asksOfDocuments), as the app's index lists them.
      if (rows.length <= limit && asksOfDocuments(terms.map((t) => t.w)))
        docs = (
          await ask<{ body: DossierDoc }>(
            `SELECT x.body FROM records x JOIN records d ON d.tbl = 'dossiers' AND d.id = x.${DOC_DOSSIER} AND NOT d.deleted
             JOIN records b ON b.tbl = 'boxes' AND b.id = d.${IN_BOX} AND NOT b.deleted
             WHERE x.tbl = 'dossierDocs' AND x.held_search @@ $1::tsquery AND b.held_search @@ $${next}::tsquery AND NOT x.deleted ${byOrigin('x')}
             ORDER BY ${HELD_ORDER('b')}, ${HELD_ORDER('d')}, coalesce(${numberOf('x', 'position')}, 0), x.id LIMIT $2`,
            limit + 1 - rows.length,
            [boxAsked],
          )
        ).map((r) => r.body);
    }
  } else {
    rows = await ask<Row>(`SELECT r.tbl, r.body FROM records r WHERE r.held_search @@ $1::tsquery AND r.tbl IN ('dossiers', 'boxes') AND NOT r.deleted ${byOrigin('r')} ORDER BY ${HELD_ORDER('r')} LIMIT $2`, limit + 1);
    if (rows.length <= limit)
      // A document of a live dossier only (one of a removed dossier has no words either), in its dossier's order, then its list's.
      docs = (
        await ask<{ body: DossierDoc }>(
          `SELECT x.body FROM records x JOIN records d ON d.tbl = 'dossiers' AND d.id = x.${DOC_DOSSIER} AND NOT d.deleted
           WHERE x.tbl = 'dossierDocs' AND x.held_search @@ $1::tsquery AND NOT x.deleted ${byOrigin('x')}
           ORDER BY ${HELD_ORDER('d')}, coalesce(${numberOf('x', 'position')}, 0), x.id LIMIT $2`,
          limit + 1 - rows.length,
        )
      ).map((r) => r.body);
  }
  const more = rows.length + docs.length > limit;
  rows = rows.slice(0, limit);
  docs = docs.slice(0, limit - rows.length);
  const byId = async <T extends { id: string }>(tbl: ReplicatedTable, ids: Iterable<string | undefined>, live = true): Promise<Map<string, T>> => {
    const list = [...new Set([...ids].filter((x): x is string => !!x))];
    if (list.length === 0) return new Map();
    return new Map((await sql.query<{ body: T }>(`SELECT body FROM records WHERE tbl = $1 AND id = ANY($2::text[]) ${live ? 'AND NOT deleted' : ''}`, [tbl, list])).map((r) => [r.body.id, r.body]));
  };
  // The documents' dossiers (live ones: a document of a removed dossier is not shown) and the entries they link to (cancelled or not).
  const docDossiers = await byId<Dossier>('dossiers', docs.map((d) => d.dossierId));
  const [incoming, outgoing] = await Promise.all([byId<IncomingDoc>('incomingDocs', docs.map((d) => d.incomingDocId), false), byId<OutgoingDoc>('outgoingDocs', docs.map((d) => d.outgoingDocId), false)]);
  // Where each dossier's paper is: its box's name and place (the boxes found already known); the job a slip was written in.
  const boxes = new Map<string, Box>(rows.flatMap((r) => (r.tbl === 'boxes' ? [[r.body.id, r.body] as const] : [])));
  const dossiers = [...rows.flatMap((r) => (r.tbl === 'dossiers' ? [r.body] : [])), ...docDossiers.values()];
  for (const [id, b] of await byId<Box>('boxes', dossiers.map((d) => (d.boxId && !boxes.has(d.boxId) ? d.boxId : undefined)))) boxes.set(id, b);
  const jobs = await byId<ProcessingJob>('processingJobs', dossiers.map(slipJobId), false);
  const boxOf = (d: Dossier) => (d.boxId ? boxes.get(d.boxId) : undefined);
  const shown = rows.map((r) => shownItem(r.tbl === 'boxes' ? boxItem(r.body) : dossierItem(r.body, boxOf(r.body), r.body.jobId ? jobs.get(r.body.jobId) : undefined)));
  const docItems = docs.flatMap((doc) => {
    const dossier = docDossiers.get(doc.dossierId);
    return dossier ? [shownItem(documentItem(doc, dossier, boxOf(dossier), (doc.incomingDocId && incoming.get(doc.incomingDocId)) || (doc.outgoingDocId && outgoing.get(doc.outgoingDocId)) || undefined))] : [];
  });
  return { items: [...shown, ...docItems], more };
}

/** The data of the consolidated inventory PDF (mục lục hồ sơ tổng hợp): every received unit, or one. */
export async function archiveInventory(sql: Sql, onlyUnitId?: string): Promise<InventoryData> {
  const me = await requireUnit(sql);
  const received = await receivedOrigins(sql, me.id);
  const origins = received.filter((o) => !onlyUnitId || o === onlyUnitId);
  const of = async <T>(tbl: ReplicatedTable, extra = '', among = origins) =>
    (await sql.query<{ body: T }>(`SELECT body FROM records WHERE tbl = $1 AND origin = ANY($2::text[]) AND NOT deleted ${extra}`, [tbl, among])).map((r) => r.body);
  // Every received unit, one printed alone too: a unit whose name another shares is headed with its code (core consolidatedSections).
  const units = await of<BundleRecord & { name: string; adminCode: string }>('units', '', received);
  const fonds = await of<ConsolidatedFonds & BundleRecord>('fonds');
  const dossiers = await of<Dossier>('dossiers', "AND body ? 'fileNumber' AND body ? 'inventoryNumber'");
  const boxes = await of<Box>('boxes');
  // Where the files went (this store records no receipt of its own: a file handed over is marked with its batch's day).
  const batches = await of<DepositBatch>('depositBatches');
  const facts = { batches: new Map(batches.map((b) => [b.id, b])) };
  const sections = consolidatedSections(
    units.map((u) => ({ id: u.id, name: String(u.name), adminCode: String(u.adminCode ?? '') })),
    fonds,
    dossiers,
    boxes,
    onlyUnitId,
    (d) => depositMark(d, facts),
  );
  if (sections.length === 0) throw new AppError('upper.noInventory');
  return { unit: { name: me.name, parentName: me.parentName, place: placeOfUnit(me.name) }, sections };
}

/** The units' statistics reports, one year's side by side (the app's `upperStatReports`, over every report received: a few per unit and year). */
export async function archiveStatReports(sql: Sql, year: number | undefined, now: Date): Promise<StatReportsResult> {
  const me = await requireUnit(sql);
  const body = async <T>(tbl: ReplicatedTable) => (await sql.query<{ body: T }>('SELECT body FROM records WHERE tbl = $1', [tbl])).map((r) => r.body);
  const [reports, units] = [await body<StatReport>('statReports'), await body<{ id: string; name: string; adminCode?: string }>('units')];
  // The archive keeps no head of unit to sign: the printed report leaves the signature's name to be written.
  return { ...reportsView(reports, units, me.id, year, now), unit: { name: me.name, parentName: me.parentName, place: placeOfUnit(me.name) } };
}

/** Per unit received (or asked for): its deposits, destructions and loans of `year`, else of every year (the app's `dutiesByUnit`, over those units' live duty records). */
export async function archiveUnitDuties(sql: Sql, unitIds?: readonly string[], year?: number): Promise<Record<string, UnitDuties>> {
  const ids = unitIds ?? (await receivedOrigins(sql, (await requireUnit(sql)).id));
  const rows = await sql.query<{ tbl: (typeof DUTY_TABLES)[number]; body: never }>('SELECT tbl, body FROM records WHERE tbl = ANY($1::text[]) AND origin = ANY($2::text[]) AND NOT deleted', [[...DUTY_TABLES], ids]);
  return dutiesOfUnits(ids, Object.fromEntries(DUTY_TABLES.map((table) => [table, rows.filter((r) => r.tbl === table).map((r) => r.body)])) as unknown as DutyRecords, year);
}

/** The units whose bundles this archive (`selfId`) received, itself left out. */
async function receivedOrigins(sql: Sql, selfId: string): Promise<string[]> {
  return (await sql.query<{ origin: string }>('SELECT DISTINCT origin FROM received_bundles WHERE origin <> $1', [selfId])).map((r) => r.origin);
}

/** A page's offset as the database takes it: a whole number from 0 to a billion (a typed 1e400 was Infinity, a server error). */
export function pageOffset(offset: number): number {
  return Number.isFinite(offset) ? Math.max(0, Math.min(1e9, Math.floor(offset))) : 0;
}

/** How many hits a search gives at most, as the database takes it: 1 to 1,000. */
function searchLimit(limit: number): number {
  return Math.max(1, Math.min(1000, Math.floor(limit) || 1));
}

/** A page's length as the database takes it: 1 to 500 rows. */
function pageLimit(limit: number): number {
  return Math.max(1, Math.min(500, Math.floor(limit)));
}

export async function archiveHeldClaims(sql: Sql, offset: number, limit: number): Promise<{ rows: HeldClaimRow[]; total: number }> {
  const total = (await sql.query<{ n: number }>('SELECT count(*)::int AS n FROM held_claims'))[0]?.n ?? 0;
  const rows = await sql.query<Parameters<typeof heldOfRow>[0] & { held_at: string }>('SELECT * FROM held_claims ORDER BY reason, tbl, id, origin OFFSET $1 LIMIT $2', [
    pageOffset(offset),
    pageLimit(limit),
  ]);
  return { rows: rows.map((r) => ({ ...heldOfRow(r), heldAt: r.held_at })), total };
}

type ReceivedSql = {
  payload_sha256: string; origin: string; lineage: string; sequence: number; part_key: number; set_id: string | null; origin_name: string; admin_code: string; signer_kid: string;
  created_at: string; imported_at: string; imported_by: string; file_name: string; range: ReceivedBundleRow['range']; counts: ReceivedBundleRow['counts']; carried_in: string | null; via: string[] | null;
};

/** The bundles taken in (`origin`: of that unit only), newest import first, a page at a time (the app's order: db/repositories/exchange-repository.ts `receivedOrder`). */
export async function archiveReceivedBundles(sql: Sql, offset: number, limit: number, origin?: string): Promise<{ rows: ReceivedBundleRow[]; total: number }> {
  // One unit's by its own statement (the origin index serves it; an "or every unit" in one statement may not use it).
  const where = (n: number) => (origin ? `WHERE origin = $${n}` : '');
  const unit = origin ? [origin] : [];
  const total = (await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM received_bundles ${where(1)}`, unit))[0]?.n ?? 0;
  const rows = await sql.query<ReceivedSql>(`SELECT * FROM received_bundles ${where(3)} ORDER BY imported_at COLLATE "C" DESC, origin_name COLLATE "C", sequence DESC, part_key, payload_sha256 COLLATE "C" OFFSET $1 LIMIT $2`, [
    pageOffset(offset),
    pageLimit(limit),
    ...unit,
  ]);
  return {
    rows: rows.map((r) => ({
      payloadSha256: r.payload_sha256,
      origin: r.origin,
      lineage: r.lineage,
      sequence: r.sequence,
      partKey: r.part_key,
      ...(r.set_id ? { setId: r.set_id } : {}),
      originName: r.origin_name,
      adminCode: r.admin_code,
      signerKid: r.signer_kid,
      createdAt: r.created_at,
      importedAt: r.imported_at,
      importedBy: r.imported_by,
      fileName: r.file_name,
      range: r.range,
      counts: r.counts,
      ...(r.carried_in ? { carriedIn: r.carried_in } : {}),
      ...(r.via ? { via: r.via } : {}),
    })),
    total,
  };
}

export async function archiveForks(sql: Sql): Promise<ForkRow[]> {
  const rows = await sql.query<{ id: number; origin: string; origin_name: string; lineage: string; sequence: number; variants: ForkRow['variants']; diff: ForkRow['diff'] | null; detected_at: string }>(
    'SELECT * FROM forks ORDER BY origin, sequence',
  );
  return rows.map((r) => ({ id: r.id, origin: r.origin, originName: r.origin_name, lineage: r.lineage, sequence: r.sequence, variants: r.variants, ...(r.diff ? { diff: r.diff } : {}), detectedAt: r.detected_at }));
}

export async function archiveKeyList(sql: Sql): Promise<KeyListRow[]> {
  const [keys, revoked] = [await trustedKeys(sql), await revokedKeys(sql)];
  const rotations = await sql.query<{ announcement: KeyRotation; signed_by_kid: string; sequence: number; received_at: string }>('SELECT announcement, signed_by_kid, sequence, received_at FROM key_rotations');
  return keyListOf(keys, rotations.map((r) => ({ announcement: r.announcement, signedByKid: r.signed_by_kid, sequence: Number(r.sequence), receivedAt: r.received_at ?? '' })), revoked);
}

/** Names of units as the archive knows them: trusted keys, then the unit records received, and itself. */
export async function archiveUnitNames(sql: Sql): Promise<Record<string, string>> {
  const me = await requireUnit(sql);
  const out: Record<string, string> = {};
  for (const k of await trustedKeys(sql)) out[k.unitId] = k.originName;
  for (const u of await sql.query<{ id: string; name: string }>("SELECT id, body->>'name' AS name FROM records WHERE tbl = 'units' AND NOT deleted")) if (u.name) out[u.id] = u.name;
  out[me.id] = me.name;
  return out;
}
