/**
 * Archive search (slips, dossiers, documents inside dossiers, boxes) on the persisted index:
 * one scope per unit in the index worker (db/repositories/archive-index-source.ts), opened,
 * caught up with the journal and asked together by a ScopeSet — every unit's at the upper
 * level; for one fonds, the scope of the unit holding it, filtered by its fonds facet. Only the
 * hits asked for (the page the card shows) are read to make the rows (ArchiveRows); nothing else
 * stays on the page.
 */
import { lastJournalSeq } from '../db/repositories/journal-repository';
import { ArchiveRows, archiveOrigins, archiveSizes, fondsOrigin, type ArchiveItem } from '../db/repositories/archive-search-repository';
import type { LuutruDb } from '../db/schema';
import { indexClient, type IndexClient, type ViewFilter } from './persisted/index-client';
import { ScopeSet, type ScopeEntry, type ScopeHits } from './persisted/scope-set';
import { compileText } from './persisted/text-query';
import { archiveQuery, asksOfDocuments, fileNumbersQuery, namesBox } from '../core/processing/search-text';
import { SHELF_ORDER } from '../db/repositories/archive-index-source';
import { queryTerms } from './tokens';

export type { ArchiveItem };

/** What a query found: how many hits (at most the limit asked), and the rows of those from `from` to before `to` (null once the search is closed). */
export type ArchiveFound = { readonly count: number; rows(from: number, to: number): Promise<ArchiveItem[] | null> };

type Hit = { readonly origin: string | null; readonly ordinal: number; readonly id: string };

/** A unit's scope name: '' for this unit's own. */
const OWN = '';

export class ArchiveIndexSearch {
  private readonly scopes: ScopeSet;
  private readonly rows: ArchiveRows;
  private latest = 0;

  /**
   * `fondsId`: one fonds' dossiers only (the processing screen); without it, every unit's (the upper
   * level), or with `origin` one unit's (null: this unit's own).
   */
  constructor(
    db: LuutruDb,
    private readonly fondsId?: string,
    client: IndexClient = indexClient(),
    origin?: string | null,
  ) {
    this.rows = new ArchiveRows(db);
    const entry = (origin: string | null, estimate: number): ScopeEntry => ({ name: origin ?? OWN, ref: { kind: 'archive', origin }, estimate });
    this.scopes = new ScopeSet({
      dbName: db.name,
      client,
      journalSeq: () => lastJournalSeq(db),
      failure: 'processing.searchIndexFailed',
      scopes: async () => {
        const sizes = await archiveSizes(db);
        const origins = fondsId ? [await fondsOrigin(db, fondsId)] : origin !== undefined ? [origin] : [null, ...(await archiveOrigins(db))];
        return origins.map((o) => entry(o, sizes.get(o) ?? 0));
      },
    });
  }

  /**
   * What a query found: the items holding every word of it (the last one by prefix), unit by
   * unit (boxes first when it names a box), at most `limit`, whose rows are read page by page (the card reads the page it shows,
   * not every hit); null when a newer search replaced this one. `onProgress` hears the first build.
   */
  async find(query: string, limit: number, onProgress?: (p: { readonly done: number; readonly total: number }) => void): Promise<ArchiveFound | null> {
    const ticket = ++this.latest;
    this.scopes.onProgress = onProgress;
    try {
      if (await this.scopes.ready()) this.rows.clear();
      if (ticket !== this.latest || this.scopes.isClosed) return null;
      if (compileText(query) === null || limit <= 0) return { count: 0, rows: async () => [] };
      // A box's and a numbered file's numbers asked as the whole words the index holds ("HS 1" found every "1", "hộp 2" every ML 2's box).
      const asked = archiveQuery(query);
      let hits = await this.hits(asked, namesBox(query), limit);
      // Nothing for "hop 2" read as a box ("tong hop 2": TỔNG HỢP typed without marks): the words as typed.
      const typed = fileNumbersQuery(query);
      if (hits && hits.length === 0 && asked !== typed) hits = await this.hits(typed, namesBox(query), limit);
      if (!hits || ticket !== this.latest || this.scopes.isClosed) return null;
      const found = hits;
      return { count: found.length, rows: (from, to) => this.read(found.slice(from, to)) };
    } catch (e) {
      // The worker may have restarted (and forgotten our handles): open everything again next time.
      this.scopes.reset();
      throw e;
    }
  }

  /**
   * The first `limit` hits of a query as the index is asked it (`text`); a query naming a box or a place (`boxesFirst`:
   * "hộp 5", "kho 1 tầng 3") lists its boxes first (the `box` kind asked apart), then the files in them, unit by unit, box by
   * box, by file number (SHELF_ORDER), then the documents in them likewise — only when the query asks something of them
   * (asksOfDocuments; each holds its box's number) — as the province archive's server lists them. Null when a newer search
   * replaced this one.
   */
  private async hits(text: string, boxesFirst: boolean, limit: number): Promise<Hit[] | null> {
    const ticket = this.latest;
    const filter: ViewFilter = { text, ...(this.fondsId ? { equals: { fondsId: this.fondsId } } : {}) };
    const hitsOf = (parts: readonly ScopeHits[]): Hit[] => parts.flatMap((part) => part.ordinals.map((ordinal, i) => ({ origin: part.name === OWN ? null : part.name, ordinal, id: part.ids[i] ?? '' })));
    if (!boxesFirst) return hitsOf(await this.scopes.firsts(filter, limit)).slice(0, limit);
    const ordered: ViewFilter = { ...filter, order: SHELF_ORDER };
    const boxes = hitsOf(await this.scopes.firsts({ ...ordered, equals: { ...filter.equals, kind: 'box' } }, limit));
    if (ticket !== this.latest || this.scopes.isClosed) return null;
    const { words, prefix } = queryTerms(text);
    // Every unit's files, then every unit's documents, as the server lists them: documents asked apart (in one list, the
    // first unit's documents came before the next unit's files, and filled its share when they were not wanted).
    const files = hitsOf(await this.scopes.firsts({ ...ordered, without: ['doc'] }, limit + boxes.length)).filter((h) => !h.id.startsWith('b:'));
    const shown = [...boxes, ...files].slice(0, limit);
    if (shown.length >= limit || !asksOfDocuments(prefix !== undefined ? [...words, prefix] : words)) return shown;
    if (ticket !== this.latest || this.scopes.isClosed) return null;
    const docs = hitsOf(await this.scopes.firsts({ ...ordered, equals: { ...filter.equals, kind: 'doc' } }, limit - shown.length));
    return [...shown, ...docs].slice(0, limit);
  }

  /** Every row of what a query found, at most `limit` (find, then all its rows); null when a newer search replaced this one. */
  async search(query: string, limit: number, onProgress?: (p: { readonly done: number; readonly total: number }) => void): Promise<ArchiveItem[] | null> {
    const found = await this.find(query, limit, onProgress);
    const ticket = this.latest;
    const rows = found && (await found.rows(0, found.count));
    return rows && ticket === this.latest ? rows : null;
  }

  /** The rows of some hits, in their order (those gone since left out): every unit's read at once, then the blocks not used let go. */
  private async read(hits: readonly Hit[]): Promise<ArchiveItem[] | null> {
    if (this.scopes.isClosed) return null;
    const groups: { origin: string | null; ordinals: number[]; ids: string[] }[] = [];
    for (const h of hits) {
      let g = groups.at(-1);
      if (g?.origin !== h.origin) groups.push((g = { origin: h.origin, ordinals: [], ids: [] }));
      g.ordinals.push(h.ordinal);
      g.ids.push(h.id);
    }
    const read = await Promise.all(groups.map((g) => this.rows.read(g.origin, g.ordinals, g.ids)));
    this.rows.trim();
    return read.flat();
  }

  /** What the page keeps between queries: received units' blocks and their records (read for the hits shown). */
  get kept(): { readonly blocks: number; readonly rows: number } {
    return this.rows.kept;
  }

  /** Lets every scope go (the card closed). */
  close(): void {
    this.scopes.close();
    this.rows.clear();
  }
}

/**
 * The archive search of one unit's dossiers, every unit's, or one fonds' (`fondsId`), asked by the unit the screens
 * name (`unit`: a unit's id, this unit's own `selfId` being its scope null; undefined for every unit's), made again
 * when another unit is asked for and let go with `close`.
 */
export class UnitArchiveSearch {
  private held: { readonly origin: string | null | undefined; readonly index: ArchiveIndexSearch } | undefined;

  constructor(
    private readonly db: LuutruDb,
    private readonly selfId: string,
    private readonly fondsId?: string,
    private readonly client?: IndexClient,
  ) {}

  private of(unit: string | undefined): ArchiveIndexSearch {
    const origin = unit === undefined ? undefined : unit === this.selfId ? null : unit;
    if (!this.held || this.held.origin !== origin) {
      this.held?.index.close();
      this.held = { origin, index: new ArchiveIndexSearch(this.db, this.fondsId, this.client, origin) };
    }
    return this.held.index;
  }

  /** See ArchiveIndexSearch.find. */
  find(query: string, unit: string | undefined, limit: number, onProgress?: (p: { readonly done: number; readonly total: number }) => void): Promise<ArchiveFound | null> {
    return this.of(unit).find(query, limit, onProgress);
  }

  /** See ArchiveIndexSearch.search. */
  search(query: string, unit: string | undefined, limit: number): Promise<ArchiveItem[] | null> {
    return this.of(unit).search(query, limit);
  }

  close(): void {
    this.held?.index.close();
    this.held = undefined;
  }
}
