/**
 * Archive search (slips, dossiers, documents inside dossiers, boxes) on the persisted index:
 * one scope per unit in the index worker (db/repositories/archive-index-source.ts), opened,
 * caught up with the journal and asked together by a ScopeSet — every unit's at the upper
 * level; for one fonds, the scope of the unit holding it, filtered by its fonds facet. Only the
 * hits found are read to make the rows (ArchiveRows); nothing else stays on the page.
 */
import { lastJournalSeq } from '../db/repositories/journal-repository';
import { ArchiveRows, archiveOrigins, archiveSizes, fondsOrigin, type ArchiveItem } from '../db/repositories/archive-search-repository';
import type { LuutruDb } from '../db/schema';
import { indexClient, type IndexClient, type ViewFilter } from './persisted/index-client';
import { ScopeSet, type ScopeEntry } from './persisted/scope-set';
import { compileText } from './persisted/text-query';

export type { ArchiveItem };

/** A unit's scope name: '' for this unit's own. */
const OWN = '';

export class ArchiveIndexSearch {
  private readonly scopes: ScopeSet;
  private readonly rows: ArchiveRows;
  private latest = 0;

  /** `fondsId`: one fonds' dossiers only (the processing screen); without it, every unit's (the upper level). */
  constructor(
    db: LuutruDb,
    private readonly fondsId?: string,
    client: IndexClient = indexClient(),
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
        const origins = fondsId ? [await fondsOrigin(db, fondsId)] : [null, ...(await archiveOrigins(db))];
        return origins.map((o) => entry(o, sizes.get(o) ?? 0));
      },
    });
  }

  /**
   * The items holding every word of the query (the last one by prefix), unit by unit, at most
   * `limit`; null when a newer search replaced this one. `onProgress` hears the first build.
   */
  async search(query: string, limit: number, onProgress?: (p: { readonly done: number; readonly total: number }) => void): Promise<ArchiveItem[] | null> {
    const ticket = ++this.latest;
    this.scopes.onProgress = onProgress;
    try {
      if (await this.scopes.ready()) this.rows.clear();
      if (ticket !== this.latest || this.scopes.isClosed) return null;
      if (compileText(query) === null || limit <= 0) return [];
      const filter: ViewFilter = { text: query, ...(this.fondsId ? { equals: { fondsId: this.fondsId } } : {}) };
      const hits: ArchiveItem[] = [];
      for (const part of await this.scopes.firsts(filter, limit)) {
        if (ticket !== this.latest || this.scopes.isClosed) return null;
        hits.push(...(await this.rows.read(part.name === OWN ? null : part.name, part.ordinals, part.ids)));
      }
      return ticket === this.latest ? hits.slice(0, limit) : null;
    } catch (e) {
      // The worker may have restarted (and forgotten our handles): open everything again next time.
      this.scopes.reset();
      throw e;
    }
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
