/**
 * What archive search reads on the page (its index is in the index worker:
 * archive-index-source.ts): which units' scopes there are and about how big, which unit holds
 * a fonds, and the rows of the hits found — only those. This unit's own by id from its tables;
 * a received unit's from the blocks their places and ids name (each block read and parsed
 * once, kept for the next queries as typing goes on: a few dozen blocks, or those the last query
 * used).
 */
import { boxItem, documentItem, dossierItem, shownItem, slipJobId, type ArchiveItem } from '../../core/processing/archive-items';
import type { Box, Dossier } from '../../core/dossiers/types';
import type { DossierDoc } from '../../core/processing/types';
import type { BundleRecord } from '../../core/bundle/schema';
import type { IncomingDoc, OutgoingDoc } from '../register-records';
import type { LuutruDb } from '../schema';
import { archivePlace, ownDocItems, ownDossierItems, receivedRefs } from './archive-index-source';
import { foreignRecord, foreignRecordsById } from './foreign-repository';
import { ForeignBlockCache } from './foreign-block-cache';

export type { ArchiveItem };

const HELD_TABLES = ['dossiers', 'boxes', 'dossierDocs'] as const;

/** Received units holding dossiers, boxes or documents here. */
export async function archiveOrigins(db: LuutruDb): Promise<string[]> {
  const keys = (await db.foreignDirs.where('table').anyOf([...HELD_TABLES]).primaryKeys()) as unknown as [string, string][];
  return [...new Set(keys.map(([origin]) => origin))].sort();
}

/** About how many entries each unit's scope holds (for the progress of its first build): own tables counted, received units from the counts their imports keep. */
export async function archiveSizes(db: LuutruDb): Promise<Map<string | null, number>> {
  const [own, stats] = await Promise.all([Promise.all(HELD_TABLES.map((t) => db.table(t).count())), db.originStats.toArray()]);
  const out = new Map<string | null, number>([[null, own.reduce((a, b) => a + b, 0)]]);
  for (const s of stats) out.set(s.origin, HELD_TABLES.reduce((n, t) => n + (s.counts[t] ?? 0), 0));
  return out;
}

/** The unit whose scope holds a fonds: null for this unit's own (or a fonds not known here), else the received unit's id. */
export async function fondsOrigin(db: LuutruDb, fondsId: string): Promise<string | null> {
  if (await db.fonds.get(fondsId)) return null;
  return (await foreignRecord(db, 'fonds', fondsId))?.origin ?? null;
}

const live = <T extends { readonly deleted?: boolean }>(r: T | undefined): r is T => !!r && !r.deleted;

export class ArchiveRows {
  private readonly blocks: ForeignBlockCache<BundleRecord>;
  /** The names of the received units' jobs their slips' rows name (`origin|id`; null: not held), read once until the data changes. */
  private readonly jobs = new Map<string, { readonly name: string } | null>();

  constructor(private readonly db: LuutruDb) {
    this.blocks = new ForeignBlockCache(db, (r) => r);
  }

  /** Forgets the records kept (an import may have changed them). */
  clear(): void {
    this.blocks.clear();
    this.jobs.clear();
  }

  /** Received units' blocks kept for the next queries, and their records. */
  get kept(): { readonly blocks: number; readonly rows: number } {
    return this.blocks.size;
  }

  /** The rows of the entries at these places of a unit's scope (`origin` null: this unit's own), in that order; entries gone since are left out. */
  async read(origin: string | null, ordinals: readonly number[], ids: readonly string[]): Promise<ArchiveItem[]> {
    return origin === null ? this.readOwn(ids) : this.readReceived(origin, ordinals, ids);
  }

  private async readOwn(ids: readonly string[]): Promise<ArchiveItem[]> {
    const of = (prefix: string) => ids.filter((id) => id.startsWith(prefix)).map((id) => id.slice(2));
    const [dossiers, boxes, docs] = await Promise.all([this.db.dossiers.bulkGet(of('d:')), this.db.boxes.bulkGet(of('b:')), this.db.dossierDocs.bulkGet(of('x:'))]);
    const found = dossiers.filter((d): d is Dossier => !!d);
    // A slip names the job it was written in (this unit's own).
    const jobIds = [...new Set(found.flatMap((d) => slipJobId(d) ?? []))];
    const jobs = new Map((await this.db.processingJobs.bulkGet(jobIds)).flatMap((j) => (j ? [[j.id, j] as const] : [])));
    const items = new Map<string, ArchiveItem>();
    for (const { item } of await ownDossierItems(this.db, found, jobs)) items.set(item.id, shownItem(item));
    for (const b of boxes) if (live(b)) items.set(`b:${b.id}`, shownItem(boxItem(b)));
    for (const { item } of await ownDocItems(this.db, docs.filter((d): d is DossierDoc => !!d))) items.set(item.id, shownItem(item));
    return ids.map((id) => items.get(id)).filter((i): i is ArchiveItem => !!i);
  }

  private async readReceived(origin: string, ordinals: readonly number[], ids: readonly string[]): Promise<ArchiveItem[]> {
    const hits = ids.map((id, i) => ({ ...receivedRefs(id), place: ordinals[i]! }));
    await this.blocks.load(
      origin,
      hits.flatMap((h) => [h.place, ...h.refs].filter((p): p is number => p !== undefined).map(archivePlace)),
    );
    const record = <T,>(place: number | undefined, id: string | undefined): T | undefined => {
      if (place === undefined || !id) return undefined;
      const p = archivePlace(place);
      return this.blocks.get(origin, p.table, p.block, id, p.index) as T | undefined;
    };
    // The jobs the slips found were written in (a unit's few jobs, read by id from its directory).
    const slipJobs = hits.flatMap((h) => {
      const d = h.itemId.startsWith('d:') ? record<Dossier>(h.place, h.itemId.slice(2)) : undefined;
      return (live(d) && slipJobId(d)) || [];
    });
    const missing = [...new Set(slipJobs)].filter((id) => !this.jobs.has(`${origin}|${id}`));
    if (missing.length > 0) {
      const read = await foreignRecordsById(this.db, 'processingJobs', missing, origin);
      for (const id of missing) {
        const name = read.get(id)?.name;
        this.jobs.set(`${origin}|${id}`, typeof name === 'string' ? { name } : null);
      }
    }
    const jobOf = (d: Dossier) => (d.jobId ? (this.jobs.get(`${origin}|${d.jobId}`) ?? undefined) : undefined);
    const out: ArchiveItem[] = [];
    for (const h of hits) {
      const id = h.itemId.slice(2);
      if (h.itemId.startsWith('d:')) {
        const d = record<Dossier>(h.place, id);
        if (live(d)) out.push(shownItem(dossierItem(d, liveOrNone(record<Box>(h.refs[0], d.boxId)), jobOf(d))));
      } else if (h.itemId.startsWith('b:')) {
        const b = record<Box>(h.place, id);
        if (live(b)) out.push(shownItem(boxItem(b)));
      } else {
        const doc = record<DossierDoc>(h.place, id);
        const dossier = live(doc) ? record<Dossier>(h.refs[0], doc.dossierId) : undefined;
        if (!live(doc) || !live(dossier)) continue;
        const entry = record<IncomingDoc | OutgoingDoc>(h.refs[2], doc.incomingDocId ?? doc.outgoingDocId);
        out.push(shownItem(documentItem(doc, dossier, liveOrNone(record<Box>(h.refs[1], dossier.boxId)), entry)));
      }
    }
    return out;
  }

  /** Lets go of the blocks least recently used, keeping those of the query just answered (after its last `read`). */
  trim(): void {
    this.blocks.trim();
  }
}

const liveOrNone = (b: Box | undefined) => (live(b) ? b : undefined);
