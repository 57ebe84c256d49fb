// The upper level's consolidated search on persisted per-unit indexes (one scope per unit in
// the index worker, here the real index host behind a MessageChannel over fake-indexeddb):
// it finds what the in-memory index over the same entries finds; it tells the first build's
// progress; after a reload nothing is read again; an import of one commune rebuilds that
// commune's index only; this unit's own entry saved or cancelled shows at the next query; a unit
// whose index cannot be built makes the search fail in words rather than answer in part.
import { beforeEach, describe, expect, it } from 'vitest';
import { writeChanges } from '../../renderer/src/db/changes';
import { cancelEntry, registerIncoming } from '../../renderer/src/db/repositories/entry-repository';
import { ensureYearRegisters } from '../../renderer/src/db/repositories/register-repository';
import { searchableEntries } from '../../renderer/src/db/repositories/upper-level-repository';
import type { LuutruDb } from '../../renderer/src/db/schema';
import { emptyIncomingInput } from '../../renderer/src/core/registers/types';
import { incomingSearchText, outgoingSearchText } from '../../renderer/src/core/registers/search-text';
import { RegisterIndex } from '../../renderer/src/search/register-index';
import { ConsolidatedSearch } from '../../renderer/src/upper-api/consolidated-search';
import type { Progress } from '../../renderer/src/upper-api/types';
import { AppError } from '../../renderer/src/core/errors';
import { seededRng } from '../fixtures/generate';
import { generateIncomingDocFields, generateOutgoingDocFields } from '../fixtures/generate-registers';
import { commune, upper, type TestProfile } from '../helpers/exchange-units';
import { send, worker } from '../helpers/index-worker';

/** Incoming and outgoing entries with every field a clerk fills, written through the one write path. */
async function addEntries(c: TestProfile, seed: number, count: number): Promise<void> {
  const inReg = `0190c0de-0000-7000-8000-${String(seed).padStart(12, '0')}`;
  const outReg = `0190c0de-0000-7000-9000-${String(seed).padStart(12, '0')}`;
  await writeChanges(c.db, c.session, { action: 'test.add' }, ['registers', 'incomingDocs', 'outgoingDocs'], async (ch) => {
    if (!(await ch.get('registers', inReg))) {
      ch.create('registers', { unitId: c.session.unitId, kind: 'incoming', year: 2026, name: 'Sổ đăng ký văn bản đến năm 2026' }, inReg);
      ch.create('registers', { unitId: c.session.unitId, kind: 'outgoing', year: 2026, name: 'Sổ đăng ký văn bản đi năm 2026' }, outReg);
    }
    const base = (await c.db.incomingDocs.count()) + 1;
    const rng = seededRng(seed);
    for (let i = 0; i < count; i++) {
      ch.create('incomingDocs', { ...generateIncomingDocFields(rng, base + i, inReg, 2026, { today: '2026-11-30' }), arrivalNumber: base + i });
      ch.create('outgoingDocs', { ...generateOutgoingDocFields(rng, base + i, outReg, 2026, { today: '2026-11-30' }), number: base + i });
    }
  });
}


/** What the in-memory index (the search before this one) finds over the same entries, as a sorted list of ids. */
async function reference(db: LuutruDb, query: string, origin?: string): Promise<string[]> {
  const live = await searchableEntries(db);
  const index = new RegisterIndex();
  index.add(live.map((d) => ({ id: d.id, text: 'arrivalNumber' in d ? incomingSearchText(d) : outgoingSearchText(d) })));
  const origins = new Map(live.map((d) => [d.id, d.origin]));
  return index
    .search(query, { limit: 1e9 })
    .filter((id) => !origin || origins.get(id) === origin)
    .sort();
}

const found = async (search: ConsolidatedSearch, query: string, origin?: string) =>
  ((await search.search(query, { ...(origin ? { origin } : {}), limit: 100_000 })) ?? []).map((h) => h.id).sort();

const QUERIES = ['quyết định', 'ubnd', 'nguyen v', 'ke hoach su d', '2026', 'th', 'so noi vu tinh', 'xyz khong co', 'v/v', 'công văn'];

let up: TestProfile;
let a: TestProfile;
let b: TestProfile;
beforeEach(async () => {
  up = await upper();
  a = await commune('Ủy ban nhân dân xã Thụy Hải', '12345');
  b = await commune('Ủy ban nhân dân xã Thái Thụy', '12346');
  // More than a block (500 records) of each table for the first commune.
  await addEntries(a, 1, 560);
  await addEntries(b, 2, 120);
  await addEntries(up, 3, 40);
  await send(a, up, 'full');
  await send(b, up, 'full');
});

describe('consolidated search on per-unit persisted indexes', () => {
  it('finds what the in-memory index finds, for every unit or one, telling the first build’s progress; a reload reads nothing again', async () => {
    const { client, scans } = worker();
    const search = new ConsolidatedSearch(up.db, client);
    const progress: Progress[] = [];
    const first = await search.search('quyết định', { limit: 100_000 }, (p) => progress.push(p));
    expect(first?.map((h) => h.id).sort()).toEqual(await reference(up.db, 'quyết định'));
    // One scope per unit: the archive's own and each commune's.
    expect([...scans.keys()].sort()).toEqual(['upper:origin:' + a.session.unitId, 'upper:origin:' + b.session.unitId, 'upper:own'].sort());
    expect(progress.every((p) => p.stage === 'index' && p.done <= p.total)).toBe(true);
    expect(progress.at(-1)).toEqual({ stage: 'index', done: 40 * 2 + 560 * 2 + 120 * 2, total: 40 * 2 + 560 * 2 + 120 * 2 });
    for (const q of QUERIES) expect(await found(search, q), q).toEqual(await reference(up.db, q));
    expect(await found(search, 'ubnd', a.session.unitId)).toEqual(await reference(up.db, 'ubnd', a.session.unitId));
    expect(await found(search, 'ubnd', up.session.unitId)).toEqual(await reference(up.db, 'ubnd', up.session.unitId));
    // Rows as the screen shows them, and the limit holds across units.
    const some = await search.search('ubnd', { limit: 7 });
    expect(some).toHaveLength(7);
    expect(some![0]).toMatchObject({ origin: up.session.unitId, kind: expect.stringMatching(/incoming|outgoing/) as unknown });
    expect(await search.search('   ', { limit: 10 })).toEqual([]);
    search.close();

    // The page opened again after a reload: a new worker, the indexes read from their database.
    const again = worker();
    const reopened = new ConsolidatedSearch(up.db, again.client);
    expect(await found(reopened, 'ke hoach su d')).toEqual(await reference(up.db, 'ke hoach su d'));
    expect(again.scans.size).toBe(0);
    reopened.close();
  });

  it('an import of one commune rebuilds that commune’s index only, and its results change', async () => {
    const { client, scans } = worker();
    const search = new ConsolidatedSearch(up.db, client);
    await found(search, 'ubnd');
    const keyA = `upper:origin:${a.session.unitId}`;
    const keyB = `upper:origin:${b.session.unitId}`;
    const before = { a: scans.get(keyA), b: scans.get(keyB), own: scans.get('upper:own') };

    const reg = (await a.db.registers.toArray()).find((r) => r.kind === 'incoming')!;
    await writeChanges(a.db, a.session, { action: 'test.add' }, ['incomingDocs'], async (ch) => {
      ch.create('incomingDocs', { ...generateIncomingDocFields(seededRng(9), 999, reg.id, 2026, { today: '2026-11-30' }), arrivalNumber: 999, summary: 'V/v trùng tu cổng làng Phương Cáp' });
    });
    await send(a, up, 'incremental');

    expect(await found(search, 'trung tu cong lang phuong cap')).toEqual(await reference(up.db, 'trung tu cong lang phuong cap'));
    expect(await found(search, 'trung tu cong lang phuong cap')).toHaveLength(1);
    expect(scans.get(keyA)).toBe(before.a! + 1);
    expect(scans.get(keyB)).toBe(before.b);
    expect(scans.get('upper:own')).toBe(before.own);
    for (const q of QUERIES.slice(0, 4)) expect(await found(search, q), q).toEqual(await reference(up.db, q));
    search.close();
  });

  it('typing on over several units reads no received block again, even when a query uses more blocks than are kept', async () => {
    const { client } = worker();
    // One block kept between queries: the query below uses a block of each table of each commune.
    const search = new ConsolidatedSearch(up.db, client, 1);
    let reads = 0;
    const table = up.db.foreignBlocks;
    const bulkGet = table.bulkGet.bind(table);
    table.bulkGet = ((keys: unknown[]) => ((reads += keys.length), bulkGet(keys as never))) as typeof table.bulkGet;
    const typing = ['ubn', 'ubnd', 'ubnd x', 'ubnd xa'];
    const expected = await Promise.all(typing.map((q) => reference(up.db, q)));
    expect(await found(search, typing[0]!)).toEqual(expected[0]);
    const first = reads;
    expect(first).toBeGreaterThan(2);
    for (const [i, q] of typing.entries()) expect(await found(search, q), q).toEqual(expected[i]);
    expect(reads).toBe(first);
    search.close();
  });

  it('this unit’s own entry saved shows at the next query, and is gone once cancelled, without a rebuild', async () => {
    const { client, scans } = worker();
    const search = new ConsolidatedSearch(up.db, client);
    expect(await found(search, 'tu bo di tich dinh lang')).toEqual([]);
    const regs = await ensureYearRegisters(up.db, up.session, 2026, new Date('2026-06-01'));
    const register = regs.find((r) => r.kind === 'incoming')!;
    const saved = await registerIncoming(up.db, up.session, register.id, { ...emptyIncomingInput('2026-03-05'), sender: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Hưng Yên', summary: 'V/v tu bổ di tích đình làng Thụy Hải' }, { today: '2026-03-10' });
    if (saved.kind !== 'saved') throw new Error('not saved');
    const hits = await search.search('tu bo di tich dinh lang', { limit: 10 });
    expect(hits?.map((h) => [h.id, h.origin, h.summary])).toEqual([[saved.doc.id, up.session.unitId, 'V/v tu bổ di tích đình làng Thụy Hải']]);
    await cancelEntry(up.db, up.session, 'incomingDocs', saved.doc.id, 'đăng ký nhầm');
    expect(await found(search, 'tu bo di tich dinh lang')).toEqual([]);
    expect(scans.get('upper:own')).toBe(1);
    search.close();
  });

  it('a unit whose index cannot be built makes the search say so instead of answering with part of the entries; typing again retries', async () => {
    const { client, failing } = worker();
    const search = new ConsolidatedSearch(up.db, client);
    failing.add(`upper:origin:${b.session.unitId}`);
    await expect(search.search('ubnd', { limit: 100_000 })).rejects.toEqual(new AppError('upper.searchIndexFailed'));
    failing.clear();
    expect(await found(search, 'ubnd')).toEqual(await reference(up.db, 'ubnd'));
    search.close();
  });
});
