/**
 * A commune's boxes on the shelves and the files and documents in them, for archive search by a box's and an inventory's
 * numbers (the app's index, test/db; the archive's server beside the app, test/archive): box 02 in two inventories, box 20,
 * a box with no place written; files made last number first (the order they are stored in is not their numbers'), a slip
 * in box 02; decisions in several files. `move` is what a later bundle brings: a file of box 02 moved into box 20, and box
 * 20 renumbered 21 (its other file and their documents not written again).
 */
import type { Box, Dossier } from '../../renderer/src/core/dossiers/types';
import { writeChanges } from '../../renderer/src/db/changes';
import { listFonds } from '../../renderer/src/db/repositories/unit-repository';
import type { TestProfile } from './exchange-units';

export const SHELF = {
  land: 'Hồ sơ quản lý đất đai của xã Thụy Hải năm 2025',
  letters: 'Tập công văn đi năm 2025',
  decisions: 'Tập quyết định của Chủ tịch UBND xã năm 2025',
  summary: 'Hồ sơ tổng kết công tác năm 2025',
  lease: 'Hồ sơ cho thuê đất năm 2025',
  grant: 'Hồ sơ giao đất năm 2025',
  slip: 'Tài liệu về phòng chống bão lụt',
  reclaim: '37/QĐ-UBND — Quyết định thu hồi đất nuôi trồng thủy sản',
  proposal: '12/TTr-UBND — Tờ trình xin thu hồi đất nuôi trồng thủy sản',
  approve: '41/QĐ-UBND — Quyết định phê duyệt kế hoạch văn thư',
  reward: '58/QĐ-UBND — Quyết định khen thưởng tập thể',
  rent: '9/QĐ-UBND — Quyết định cho thuê đất bãi bồi',
} as const;

export type ShelfIds = Record<'ml1box2' | 'ml1box20' | 'ml2box2' | 'ml2box5' | 'land' | 'letters' | 'decisions' | 'summary' | 'lease' | 'grant' | 'slip', string>;

/** Writes the boxes, files and documents into the commune's own tables. */
export async function addShelf(c: TestProfile): Promise<ShelfIds> {
  const unitId = c.session.unitId;
  const fondsId = (await listFonds(c.db, unitId))[0]!.id;
  let ids: ShelfIds | undefined;
  await writeChanges(c.db, c.session, { action: 'test.add' }, ['boxes', 'dossiers', 'dossierDocs'], async (ch) => {
    const box = (inventoryNumber: number, number: number, place: Partial<Pick<Box, 'store' | 'rack' | 'shelf'>>) => ch.create('boxes', { unitId, fondsId, inventoryNumber, number, note: '', ...place }).id;
    const ml1box2 = box(1, 2, { store: 'Kho số 1', shelf: 'Tầng 3' });
    const ml1box20 = box(1, 20, { store: 'Kho số 1', shelf: 'Tầng 2' });
    const ml2box2 = box(2, 2, { store: 'Kho số 2', rack: 'Giá 1' });
    const ml2box5 = box(2, 5, {});
    const base = { unitId, fondsId, year: 2025, heading: 'II. ĐỊA CHÍNH', headingCode: 'ĐC', retention: 'permanent', keeper: 'Nguyễn Thị Lan', status: 'closed', access: 'open', language: 'Tiếng Việt', condition: 'Tốt', note: '', startDate: '2025-01-01', endDate: '2025-12-31', source: 'plan' };
    const dossier = (fields: object) => ch.create('dossiers', { ...base, ...fields }).id;
    const doc = (dossierId: string, position: number, number: string, summary: string) => ch.create('dossierDocs', { unitId, fondsId, dossierId, position, number, date: '2025-06-02', author: 'UBND xã Thụy Hải', summary, note: '' });
    // Last number first.
    const decisions = dossier({ notation: '07.VP', title: SHELF.decisions, inventoryNumber: 1, fileNumber: 7, boxId: ml1box2 });
    const letters = dossier({ notation: '05.VP', title: SHELF.letters, inventoryNumber: 1, fileNumber: 5, boxId: ml1box2 });
    const land = dossier({ notation: '03.ĐC', title: SHELF.land, inventoryNumber: 1, fileNumber: 3, boxId: ml1box2 });
    const summary = dossier({ notation: '30.VP', title: SHELF.summary, inventoryNumber: 1, fileNumber: 30, boxId: ml1box20 });
    const grant = dossier({ notation: '02.ĐC', title: SHELF.grant, retention: 10, inventoryNumber: 2, fileNumber: 2, boxId: ml2box2 });
    const lease = dossier({ notation: '01.ĐC', title: SHELF.lease, retention: 10, inventoryNumber: 2, fileNumber: 1, boxId: ml2box2 });
    // A slip put in box 02 before it is numbered: no inventory of its own.
    const slip = dossier({ notation: '', title: SHELF.slip, source: 'backlog', tempNumber: 4, position: 1, boxId: ml1box2, startDate: '2015-01-01', endDate: '2015-12-31' });
    // A document as its row reads: "number — summary".
    const put = (dossierId: string, position: number, line: string) => {
      const [number, text] = line.split(' — ') as [string, string];
      doc(dossierId, position, number, text);
    };
    put(land, 1, SHELF.proposal);
    put(land, 2, SHELF.reclaim);
    put(letters, 1, SHELF.approve);
    put(summary, 1, SHELF.reward);
    put(lease, 1, SHELF.rent);
    ids = { ml1box2, ml1box20, ml2box2, ml2box5, land, letters, decisions, summary, lease, grant, slip };
  });
  return ids!;
}

/** A later change: the letters file moved from box 02 into box 20, and box 20 renumbered 21. */
export async function moveShelf(c: TestProfile, ids: ShelfIds): Promise<void> {
  await writeChanges(c.db, c.session, { action: 'test.move' }, ['boxes', 'dossiers'], async (ch) => {
    const letters = (await ch.get<Dossier>('dossiers', ids.letters))!;
    ch.updateKnown('dossiers', letters, { ...letters, boxId: ids.ml1box20 });
    const box20 = (await ch.get<Box>('boxes', ids.ml1box20))!;
    ch.updateKnown('boxes', box20, { ...box20, number: 21 });
  });
}
