// An archivist searching the archive index of several communes by a box's number: every commune's files are listed, after
// every commune's boxes, and its documents only after every commune's files — as the province archive's server lists them.
// Each commune's documents hold their box's number too ("hộp 2 quyết định"), and asked in one list with the files they
// filled the first commune's share of the hits: a short list had none of the second commune's files.
import { describe, expect, it } from 'vitest';
import type { ArchiveItem } from '../../renderer/src/core/processing/archive-items';
import { ArchiveIndexSearch } from '../../renderer/src/search/archive-search';
import { commune, upper } from '../helpers/exchange-units';
import { send, worker } from '../helpers/index-worker';
import { addShelf } from '../helpers/shelf-archive';
import { writeChanges } from '../../renderer/src/db/changes';
import { listFonds } from '../../renderer/src/db/repositories/unit-repository';

const row = (h: ArchiveItem) => `${h.kind} | ${h.what} | ${h.where}`;
const kinds = (rows: readonly string[]) => rows.map((r) => r.slice(0, r.indexOf(' ')));

describe('archive search of two communes by a box’s number', () => {
  it('lists both communes’ boxes, then both communes’ files, then their documents when asked; a short list is the head of the long one', async () => {
    const a = await commune('Ủy ban nhân dân xã Thụy Hải', '12345');
    const b = await commune('Ủy ban nhân dân xã Thụy Xuân', '12346');
    const shelfA = await addShelf(a);
    await addShelf(b);
    // The first commune's decisions file in box 02 lists twenty more decisions: more documents holding "hop2" than the
    // short lists below are long.
    const fondsId = (await listFonds(a.db, a.session.unitId))[0]!.id;
    await writeChanges(a.db, a.session, { action: 'test.add' }, ['dossierDocs'], async (ch) => {
      for (let i = 1; i <= 20; i++)
        ch.create('dossierDocs', { unitId: a.session.unitId, fondsId, dossierId: shelfA.decisions, position: i, number: `${i}/QĐ-UBND`, date: '2025-06-02', author: 'UBND xã Thụy Hải', summary: `Quyết định số ${i} về công tác năm 2025`, note: '' });
    });
    const archive = await upper();
    await send(a, archive, 'full');
    await send(b, archive, 'full');
    const search = new ArchiveIndexSearch(archive.db, undefined, worker().client);
    const rows = async (q: string, limit: number) => ((await search.search(q, limit)) ?? []).map(row);

    const all = await rows('hộp 2', 200);
    // Boxes (two a commune), then files — each commune's — and no documents: "hộp 2" asks nothing of them.
    expect(kinds(all)).toEqual([...Array(4).fill('box'), ...kinds(all).slice(4)]);
    expect(kinds(all).slice(4).every((k) => k === 'dossier' || k === 'slip')).toBe(true);
    // The two communes' shelves are alike: each file's row twice, once a commune.
    for (const r of all.slice(4)) expect(all.filter((x) => x === r).length, r).toBe(2);
    // Every short list is the head of the whole one: the second commune's files are read however many the first holds.
    for (let limit = 1; limit <= all.length; limit++) expect(await rows('hộp 2', limit), `limit ${limit}`).toEqual(all.slice(0, limit));

    const decisions = await rows('hộp 2 quyết định', 200);
    const firstDoc = kinds(decisions).indexOf('doc');
    expect(firstDoc).toBeGreaterThan(0);
    // Both communes' documents, after every file.
    expect(kinds(decisions).slice(firstDoc).every((k) => k === 'doc')).toBe(true);
    expect(kinds(decisions).filter((k) => k === 'doc').length).toBe(3 + 20 + 3);
    for (let limit = 1; limit <= decisions.length; limit++) expect(await rows('hộp 2 quyết định', limit), `limit ${limit}`).toEqual(decisions.slice(0, limit));
    search.close();
  });
});
