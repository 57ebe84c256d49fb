/**
 * A held dossier or box opened from archive search on the province archive's server, read-only
 * (core held-view: the same view the app's own store gives): a dossier with its live box, the
 * documents listed in it in their order — a linked one read through its register entry, cancelled
 * or not, as archive search reads it (search.ts docWords), a linked outgoing one's author the
 * unit that issued it, as the app's list names it — and a box with the live files in it. Each
 * read through the primary key or a link's index; null when the record is not held, or removed.
 */
import type { Box, Dossier } from '../core/dossiers/types';
import { boxFileOrder, heldDossierView, type HeldBoxView, type HeldDossierView } from '../core/processing/held-view';
import { entryAsDocument } from '../core/processing/linked-entry';
import type { DossierDoc } from '../core/processing/types';
import type { IncomingDoc, OutgoingDoc } from '../core/registers/types';
import { DOC_DOSSIER as OF_DOSSIER, DOSSIER_BOX as IN_BOX } from './links';
import type { Sql } from './sql';


async function liveRecord<T>(sql: Sql, tbl: 'dossiers' | 'boxes', id: string): Promise<T | undefined> {
  return (await sql.query<{ body: T }>('SELECT body FROM records WHERE tbl = $1 AND id = $2 AND NOT deleted', [tbl, id]))[0]?.body;
}

/** Records of `tbl` by id, removed ones too (a cancelled register entry still names its document). */
async function byId<T extends { id: string }>(sql: Sql, tbl: 'incomingDocs' | 'outgoingDocs', ids: readonly (string | undefined)[]): Promise<Map<string, T>> {
  const list = [...new Set(ids.filter((x): x is string => !!x))];
  if (list.length === 0) return new Map();
  return new Map((await sql.query<{ body: T }>('SELECT body FROM records WHERE tbl = $1 AND id = ANY($2::text[])', [tbl, list])).map((r) => [r.body.id, r.body]));
}

/** A held dossier (or slip) as its read-only drawer shows it; null when it is not held or was removed. */
export async function archiveHeldDossier(sql: Sql, id: string): Promise<HeldDossierView | null> {
  const dossier = await liveRecord<Dossier>(sql, 'dossiers', id);
  if (!dossier) return null;
  const box = dossier.boxId ? await liveRecord<Box>(sql, 'boxes', dossier.boxId) : undefined;
  const docs = (await sql.query<{ body: DossierDoc }>(`SELECT body FROM records WHERE tbl = 'dossierDocs' AND ${OF_DOSSIER} = $1 AND origin = $2 AND NOT deleted`, [id, dossier.origin])).map((r) => r.body);
  const [incoming, outgoing] = await Promise.all([byId<IncomingDoc>(sql, 'incomingDocs', docs.map((d) => d.incomingDocId)), byId<OutgoingDoc>(sql, 'outgoingDocs', docs.map((d) => d.outgoingDocId))]);
  // A linked outgoing document's author is the unit that issued it: the dossier's own (the app's list says so too).
  const issuer = outgoing.size > 0 ? ((await sql.query<{ name: string | null }>("SELECT body->>'name' AS name FROM records WHERE tbl = 'units' AND id = $1", [dossier.origin]))[0]?.name ?? '') : '';
  return heldDossierView(dossier, box, docs, (d) => {
    const i = d.incomingDocId ? incoming.get(d.incomingDocId) : undefined;
    const e = i ?? (d.outgoingDocId ? outgoing.get(d.outgoingDocId) : undefined);
    return e ? entryAsDocument(e, issuer, i !== undefined) : undefined;
  });
}

/** A held box and the live files in it by their numbers; null when it is not held or was removed. */
export async function archiveHeldBox(sql: Sql, id: string): Promise<HeldBoxView | null> {
  const box = await liveRecord<Box>(sql, 'boxes', id);
  if (!box) return null;
  const dossiers = (await sql.query<{ body: Dossier }>(`SELECT body FROM records WHERE tbl = 'dossiers' AND ${IN_BOX} = $1 AND origin = $2 AND NOT deleted`, [id, box.origin])).map((r) => r.body);
  return { box, dossiers: dossiers.sort(boxFileOrder) };
}
