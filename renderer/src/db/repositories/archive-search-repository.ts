/**
 * What archive search looks through: slips (backlog dossiers), plan dossiers, documents inside
 * dossiers (linked ones through their register entry) and boxes with their shelf place — of one
 * fonds, or of every unit (the upper level). Read once to build the search worker's index.
 */
import type { Box, Dossier } from '../../core/dossiers/types';
import { boxName, boxPlace, boxSearchText, docSearchText, dossierSearchText } from '../../core/processing/search-text';
import type { LuutruDb } from '../schema';
import type { DossierDoc } from '../../core/processing/types';
import { docRowsOf } from './dossier-doc-repository';
import { listBoxes, listDossiers } from './dossier-repository';
import { foreignOfFonds, foreignRecords } from './foreign-repository';

export type SearchItemKind = 'slip' | 'dossier' | 'doc' | 'box';

export type SearchItem = {
  readonly id: string;
  readonly kind: SearchItemKind;
  readonly origin: string;
  /** The dossier to open (for a document, its dossier). */
  readonly dossierId?: string;
  readonly what: string;
  readonly where: string;
  readonly text: string;
};

/** Read one fonds' (or, without one, every unit's) dossiers, boxes and documents: this unit's from its tables, other units' from their blocks. */
async function sources(db: LuutruDb, fondsId: string | undefined): Promise<{ dossiers: Dossier[]; boxes: Box[]; docs: DossierDoc[] }> {
  if (fondsId) {
    const [dossiers, boxes, docs] = await Promise.all([listDossiers(db, fondsId), listBoxes(db, fondsId), db.dossierDocs.where('fondsId').equals(fondsId).toArray()]);
    return { dossiers, boxes, docs: docs.length > 0 ? docs : ((await foreignOfFonds(db, 'dossierDocs', fondsId)) as unknown as DossierDoc[]) };
  }
  const [dossiers, boxes, docs, fd, fb, fx] = await Promise.all([
    db.dossiers.toArray(),
    db.boxes.toArray(),
    db.dossierDocs.toArray(),
    foreignRecords(db, 'dossiers'),
    foreignRecords(db, 'boxes'),
    foreignRecords(db, 'dossierDocs'),
  ]);
  return {
    dossiers: [...dossiers, ...(fd as unknown as Dossier[])],
    boxes: [...boxes, ...(fb as unknown as Box[])],
    docs: [...docs, ...(fx as unknown as DossierDoc[])],
  };
}

export async function archiveSearchItems(db: LuutruDb, scope: { readonly fondsId?: string } = {}): Promise<SearchItem[]> {
  const read = await sources(db, scope.fondsId);
  const dossiers = read.dossiers.filter((d) => !d.deleted);
  const boxes = read.boxes.filter((b) => !b.deleted);
  const byBox = new Map<string, Box>(boxes.map((b) => [b.id, b]));
  const byDossier = new Map<string, Dossier>(dossiers.map((d) => [d.id, d]));
  const out: SearchItem[] = [];
  for (const d of dossiers) {
    const box = d.boxId ? byBox.get(d.boxId) : undefined;
    const number = d.fileNumber !== undefined ? `ML ${d.inventoryNumber} · HS ${d.fileNumber}` : d.tempNumber !== undefined ? `Phiếu ${d.tempNumber}` : d.notation;
    out.push({ id: `d:${d.id}`, kind: d.source === 'backlog' ? 'slip' : 'dossier', origin: d.origin, dossierId: d.id, what: `${number} — ${d.title}`, where: box ? [boxName(box), boxPlace(box)].filter(Boolean).join(' · ') : '', text: dossierSearchText(d, box) });
  }
  for (const b of boxes) out.push({ id: `b:${b.id}`, kind: 'box', origin: b.origin, what: boxName(b), where: boxPlace(b), text: boxSearchText(b) });
  const docs = read.docs.filter((x) => !x.deleted);
  for (const dossierId of new Set(docs.map((x) => x.dossierId))) {
    const dossier = byDossier.get(dossierId);
    if (!dossier) continue;
    const box = dossier.boxId ? byBox.get(dossier.boxId) : undefined;
    for (const r of await docRowsOf(db, dossierId))
      out.push({ id: `v:${dossierId}:${r.ordinal}`, kind: 'doc', origin: dossier.origin, dossierId, what: `${r.number} — ${r.summary} (${dossier.title})`, where: box ? [boxName(box), boxPlace(box)].filter(Boolean).join(' · ') : '', text: `${docSearchText(r)} ${dossier.title}` });
  }
  return out;
}
