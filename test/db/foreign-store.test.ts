// Other units' records in blocks: written, found by id, by parent and by register number, updated in
// place, taken out, and read back whole — the same records the plan wrote, in far fewer rows.
import { describe, expect, it } from 'vitest';
import { openDb } from '../../renderer/src/db/schema';
import { BLOCK_RECORDS, BlockRecords, ForeignDirectory, ForeignStore, blockAsText, blockRecords } from '../../renderer/src/db/foreign/foreign-store';
import { PARENT_RULES, type BundleRecord } from '../../renderer/src/core/bundle/index';
import { UNIT_A, UNIT_B, fixtureId, incoming, rec } from '../../scripts/make-bundle-fixtures';
import { exportBundle } from '../../renderer/src/db/exchange/export';
import { applyImport } from '../../renderer/src/db/exchange/import';
import { tableChunks } from '../../renderer/src/db/backup/content';
import { archivedFile, archivedRowFile } from '../../renderer/src/db/exchange/archive';
import { dumpRawDatabase } from '../../renderer/src/db/raw-dump';
import { joined, memorySink, type StreamedFile } from '../../renderer/src/platform/testing';
import { foreignChildren, foreignRecords, foreignRecordsById } from '../../renderer/src/db/repositories/foreign-repository';
import { writeChanges } from '../../renderer/src/db/changes';
import { getEntry } from '../../renderer/src/db/repositories/entry-repository';
import { addDocs, commune, importAll, upper } from '../helpers/exchange-units';

const T = Date.UTC(2026, 0, 5);
let n = 0;
const fresh = () => openDb(`foreign-${n++}`);
const entryRule = PARENT_RULES.find((r) => r.table === 'incomingDocs')!;

describe('ForeignStore', () => {
  it('stores records in blocks of a few hundred and finds them by id, parent and number', async () => {
    const db = await fresh();
    const docs = Array.from({ length: 1200 }, (_, i) => incoming(UNIT_A, i + 1, T + i, i + 1));
    const reg = rec(UNIT_A, 500, T, { kind: 'incoming', year: 2026 });
    await db.transaction('rw', [db.foreignBlocks, db.foreignDirs], async () => {
      await new ForeignStore(db).write([{ table: 'registers', record: reg }, ...docs.map((record) => ({ table: 'incomingDocs' as const, record }))], []);
    });
    expect(await db.foreignBlocks.count()).toBe(1 + Math.ceil(1200 / BLOCK_RECORDS));
    const store = new ForeignStore(db);
    const got = await store.get('incomingDocs', [docs[0]!.id, docs[1199]!.id, fixtureId(9999)]);
    expect([...got.keys()]).toEqual([docs[0]!.id, docs[1199]!.id]);
    expect(got.get(docs[1199]!.id)).toEqual(docs[1199]);
    expect(store.originOf('incomingDocs', docs[5]!.id)).toBe(UNIT_A);
    expect(store.childrenOf(entryRule, reg.id)).toHaveLength(1200);
    expect(store.numberGroup('incomingDocs', `${reg.id}|7`)).toEqual([docs[6]!.id]);
    expect(await store.origins('incomingDocs')).toEqual([UNIT_A]);
  });

  it("finds a unit's register entries and fonds' dossiers through that unit's directory alone, in order", async () => {
    const db = await fresh();
    const regA = rec(UNIT_A, 500, T, { kind: 'incoming', year: 2026 });
    const regB = rec(UNIT_B, 500, T, { kind: 'incoming', year: 2026 });
    const docsA = Array.from({ length: 1100 }, (_, i) => incoming(UNIT_A, i + 1, T + i, i + 1));
    const docsB = Array.from({ length: 300 }, (_, i) => incoming(UNIT_B, i + 1, T + i, i + 1));
    const fondsA = rec(UNIT_A, 600, T, { unitId: UNIT_A, name: 'Phông UBND xã Thụy Hải' });
    const dossiersA = Array.from({ length: 3 }, (_, i) => rec(UNIT_A, 700 + i, T, { fondsId: fondsA.id, year: 2026, notation: `0${i + 1}` }));
    await db.transaction('rw', [db.foreignBlocks, db.foreignDirs], async () => {
      await new ForeignStore(db).write(
        [regA, regB, ...docsA, ...docsB].map((record) => ({ table: (record.registerId ? 'incomingDocs' : 'registers') as 'incomingDocs' | 'registers', record })),
        [],
      );
      await new ForeignStore(db).write([{ table: 'fonds', record: fondsA }, ...dossiersA.map((record) => ({ table: 'dossiers' as const, record }))], []);
    });
    const read: unknown[] = [];
    const where = db.foreignDirs.where.bind(db.foreignDirs);
    db.foreignDirs.where = ((index: string) => {
      const clause = where(index);
      const equals = clause.equals.bind(clause);
      clause.equals = (key) => (read.push(key), equals(key));
      return clause;
    }) as typeof db.foreignDirs.where;
    expect((await foreignChildren(db, 'incomingDocs', 'registerId', regA.id)).map((d) => d.id)).toEqual(docsA.map((d) => d.id));
    expect((await foreignChildren(db, 'incomingDocs', 'registerId', regB.id)).map((d) => d.id)).toEqual(docsB.map((d) => d.id));
    expect((await foreignChildren(db, 'dossiers', 'fondsId', fondsA.id)).map((d) => d.id)).toEqual(dossiersA.map((d) => d.id));
    expect(await foreignChildren(db, 'incomingDocs', 'registerId', fixtureId(9999))).toEqual([]);
    // Every unit's directory of the parents' table (a few rows), never every unit's directory of the children.
    expect(read).toEqual(['registers', 'registers', 'fonds', 'registers']);

    // The parent's unit given (a dossier the page holds): no directory of every unit read at all.
    read.length = 0;
    expect((await foreignChildren(db, 'dossiers', 'fondsId', fondsA.id, UNIT_A)).map((d) => d.id)).toEqual(dossiersA.map((d) => d.id));
    // Records by id from the unit they are expected from (a search hit's): its directory alone…
    const byId = await foreignRecordsById(db, 'incomingDocs', [docsA[5]!.id, docsA[1099]!.id], UNIT_A);
    expect([...byId.values()]).toEqual([docsA[5], docsA[1099]]);
    expect(read).toEqual([]);
    // …and one that is not there is still found, through every unit's directory (the others kept).
    const mixed = await foreignRecordsById(db, 'incomingDocs', [docsA[3]!.id, docsB[7]!.id], UNIT_A);
    expect([mixed.get(docsA[3]!.id), mixed.get(docsB[7]!.id)]).toEqual([docsA[3], docsB[7]]);
    expect(read).toEqual(['incomingDocs']);

    // An outgoing entry opened with its unit (a search hit): that unit's directories of both registers, no unit's else.
    const regOut = rec(UNIT_A, 5010, T, { kind: 'outgoing', year: 2026 });
    const sent = rec(UNIT_A, 5000, T, { registerId: regOut.id, number: 1, documentDate: '2026-01-06', summary: 'Báo cáo công tác lưu trữ năm 2025' });
    await db.transaction('rw', [db.foreignBlocks, db.foreignDirs], () => new ForeignStore(db).write([{ table: 'registers', record: regOut }, { table: 'outgoingDocs', record: sent }], []));
    read.length = 0;
    // (Read as its register's entry: what it holds as received, fields it lacks as a blank form's.)
    expect(await getEntry(db, sent.id, UNIT_A)).toMatchObject({ ...sent, notation: '', typeName: '' });
    expect(await getEntry(db, docsA[9]!.id, UNIT_A)).toMatchObject(docsA[9]!);
    expect(read).toEqual([]);
  });

  it('keeps its register-number and parent lookups right as a number gains a second holder, moves, and a parent loses a child', async () => {
    const db = await fresh();
    const reg = rec(UNIT_A, 500, T, { kind: 'incoming', year: 2026 });
    // As the import keeps them (foreign-cache.ts): one directory across transactions, a store per
    // transaction — one with a read pending meanwhile, as the import's has (here, without it,
    // fake-indexeddb committed the transaction before the write's first read: PrematureCommitError).
    const directory = new ForeignDirectory();
    let store = new ForeignStore(db, directory);
    const write = (puts: BundleRecord[], deletes: string[] = []) =>
      db.transaction('rw', [db.foreignBlocks, db.foreignDirs], async () => {
        const pending = db.foreignDirs.count();
        await (store = new ForeignStore(db, directory)).write(
          puts.map((record) => ({ table: 'incomingDocs' as const, record })),
          deletes.map((id) => ({ table: 'incomingDocs' as const, id })),
        );
        await pending;
      });
    const [a, b, c] = [incoming(UNIT_A, 1, T, 5), incoming(UNIT_A, 2, T, 6), incoming(UNIT_A, 3, T, 7)];
    await write([a!, b!]);
    const key = (n: number) => `${String(a!.registerId)}|${n}`;
    // The lookups are built on first use, then kept up by the same store as it writes.
    expect(store.numberGroup('incomingDocs', key(5))).toEqual([a!.id]);
    expect(store.childrenOf(entryRule, a!.registerId as string)).toEqual([a!.id, b!.id]);
    await write([{ ...c!, arrivalNumber: 5 }]);
    expect(store.numberGroup('incomingDocs', key(5)).sort()).toEqual([a!.id, c!.id].sort());
    // One of them is renumbered: the old number keeps the other only; the new one has it alone.
    await write([{ ...a!, clock: '001767571299999.000000', arrivalNumber: 8 }]);
    expect(store.numberGroup('incomingDocs', key(5))).toEqual([c!.id]);
    expect(store.numberGroup('incomingDocs', key(8))).toEqual([a!.id]);
    await write([], [b!.id]);
    expect(store.numberGroup('incomingDocs', key(6))).toEqual([]);
    expect(store.childrenOf(entryRule, reg.id).sort()).toEqual([a!.id, c!.id].sort());
    // A store opened afresh reads the same from the stored directory.
    const again = new ForeignStore(db);
    await again.loadTable('incomingDocs');
    expect(again.numberGroup('incomingDocs', key(5))).toEqual([c!.id]);
    expect(again.childrenOf(entryRule, reg.id).sort()).toEqual([a!.id, c!.id].sort());
  });

  it('updates a record in its own block, takes records out, and adds new ones to the open block', async () => {
    const db = await fresh();
    const docs = Array.from({ length: 700 }, (_, i) => incoming(UNIT_A, i + 1, T + i, i + 1));
    const write = (puts: BundleRecord[], deletes: string[] = []) =>
      db.transaction('rw', [db.foreignBlocks, db.foreignDirs], () =>
        new ForeignStore(db).write(
          puts.map((record) => ({ table: 'incomingDocs' as const, record })),
          deletes.map((id) => ({ table: 'incomingDocs' as const, id })),
        ),
      );
    await write(docs);
    await write([{ ...docs[3]!, clock: '001767571299999.000000', summary: 'Đã sửa' }], [docs[10]!.id, docs[699]!.id]);
    await write([incoming(UNIT_B, 1, T, 1)]);
    const store = new ForeignStore(db);
    const all: BundleRecord[] = [];
    all.push(...(await store.records(UNIT_A, 'incomingDocs')));
    expect(all).toHaveLength(698);
    expect(all.find((d) => d.id === docs[3]!.id)?.summary).toBe('Đã sửa');
    expect(all.some((d) => d.id === docs[10]!.id)).toBe(false);
    expect(store.numberGroup('incomingDocs', `${String(docs[0]!.registerId)}|11`)).toEqual([]);
    expect(await store.origins('incomingDocs')).toEqual([UNIT_A, UNIT_B].sort());
    // The directory lists exactly the records in the blocks.
    const dir = await db.foreignDirs.get([UNIT_A, 'incomingDocs']);
    expect([...(dir?.ids ?? [])].sort()).toEqual(all.map((d) => d.id).sort());
  });

  it('a search reads a block\'s records one at a time by their place, bytes or text, and finds a record that moved by its id', async () => {
    const a = await commune('Ủy ban nhân dân xã Thụy Hải', '12345');
    const up = await upper();
    await addDocs(a, '0190c0de-0000-7000-8000-0000000000c2', 1, 30);
    await applyImport(up.db, await importAll(up, (await exportBundle(a.db, { kind: 'full', operator: 'Lan' })).files), 'Bình');
    const row = (await up.db.foreignBlocks.toArray()).find((b) => b.table === 'incomingDocs')!;
    expect(row.bytes).toBeInstanceOf(Uint8Array);
    const all = blockRecords(row);
    for (const form of [row, blockAsText(row)]) {
      const records = new BlockRecords(form);
      // By place: the very record, as the whole block's parse gives it.
      for (const i of [0, 7, all.length - 1]) expect(records.get(all[i]!.id, i)).toEqual(all[i]);
      // A place that now holds another record (the index older than the block): found by its id.
      expect(records.get(all[3]!.id, 12)).toEqual(all[3]);
      expect(records.get(all[5]!.id)).toEqual(all[5]);
      expect(records.get(all[5]!.id, all.length + 40)).toEqual(all[5]);
      expect(records.get('0190c0de-0000-7000-8000-ffffffffffff', 2)).toBeUndefined();
    }
  });

  it('keeps an imported commune\'s records as the bytes they were signed in and its file as picked; a block kept as text stays text; backups read both as before', async () => {
    const a = await commune('Ủy ban nhân dân xã Thụy Hải', '12345');
    const up = await upper();
    const reg = '0190c0de-0000-7000-8000-0000000000c1';
    await addDocs(a, reg, 1, BLOCK_RECORDS + 20);
    const files = (await exportBundle(a.db, { kind: 'full', operator: 'Lan' })).files;
    await applyImport(up.db, await importAll(up, files), 'Bình');
    const sent = await a.db.incomingDocs.toArray();
    const blocks = (await up.db.foreignBlocks.toArray()).filter((b) => b.table === 'incomingDocs');
    expect(blocks).toHaveLength(2);
    // Each stored block is the payload's own bytes of its records, not the records written out again.
    const payload = new TextDecoder().decode(Buffer.from(JSON.parse(new TextDecoder().decode(files[0]!.data)).payload as string, 'base64url'));
    for (const b of blocks) {
      expect(b.bytes).toBeInstanceOf(Uint8Array);
      const text = new TextDecoder().decode(b.bytes);
      expect(payload).toContain(text.slice(1, -1));
    }
    // The signed file is kept as the very bytes picked (a Blob), read back as the file it is.
    const kept = await up.db.bundleArchive.toArray();
    expect(kept).toHaveLength(1);
    expect(kept[0]!.blob).toBeInstanceOf(Blob);
    expect(new Uint8Array(await kept[0]!.blob!.arrayBuffer())).toEqual(files[0]!.data);
    expect(await archivedFile(up.db, kept[0]!.payloadSha256)).toEqual(JSON.parse(new TextDecoder().decode(files[0]!.data)));
    const byId = (rows: { id: string }[]) => [...rows].sort((x, y) => (x.id < y.id ? -1 : 1));
    expect(byId((await foreignRecords(up.db, 'incomingDocs')).filter((r) => r.origin === a.session.unitId))).toEqual(byId(sent));

    // The commune re-words entries: the changed block is written again from bytes (the records it
    // had keep theirs); a block kept as text (databases before bytes) is written again as text.
    const reword = async (n: number, summary: string) => {
      const doc = (await a.db.incomingDocs.toArray()).find((d) => d.arrivalNumber === n)!;
      await writeChanges(a.db, a.session, { action: 'test.edit' }, ['incomingDocs'], async (ch) => void ch.updateKnown('incomingDocs', doc, { ...doc, summary }));
      await applyImport(up.db, await importAll(up, (await exportBundle(a.db, { kind: 'full', operator: 'Lan' })).files), 'Bình');
      return doc.id;
    };
    const forms = async () => (await up.db.foreignBlocks.toArray()).filter((b) => b.table === 'incomingDocs').map((b) => `${b.block}:${b.bytes ? 'bytes' : 'text'}`);
    const third = await reword(3, 'V/v sửa đổi kế hoạch');
    expect(await forms()).toEqual(['0:bytes', '1:bytes']);
    await up.db.foreignBlocks.put(blockAsText((await up.db.foreignBlocks.get([a.session.unitId, 'incomingDocs', 0]))!));
    const fourth = await reword(4, 'V/v bổ sung kế hoạch');
    expect(await forms()).toEqual(['0:text', '1:bytes']);
    const held = await foreignRecords(up.db, 'incomingDocs');
    expect(held.find((r) => r.id === third)?.summary).toBe('V/v sửa đổi kế hoạch');
    expect(held.find((r) => r.id === fourth)?.summary).toBe('V/v bổ sung kế hoạch');
    expect(byId(held.filter((r) => r.origin === a.session.unitId))).toEqual(byId(await a.db.incomingDocs.toArray()));

    // A backup holds every block as text and every signed file as its three members, whichever form they are kept in.
    const backedUp = [];
    for await (const rows of tableChunks(up.db, 'foreignBlocks')) backedUp.push(...rows);
    expect(backedUp.length).toBeGreaterThan(0);
    expect(backedUp.every((r) => typeof r.json === 'string' && r.bytes === undefined)).toBe(true);
    const files2 = [];
    for await (const rows of tableChunks(up.db, 'bundleArchive')) files2.push(...rows);
    expect(files2.map((r) => (r as { file: unknown }).file)).toEqual(await Promise.all((await up.db.bundleArchive.toArray()).map(archivedRowFile)));
    expect(files2.every((r) => r.blob === undefined)).toBe(true);
    // The technician's raw copy reads blocks and files as text too.
    const dumped: StreamedFile = { name: 'dump.jsonl', pieces: [], closed: false, aborted: false };
    await dumpRawDatabase(up.db.name, memorySink(dumped));
    const dump = new TextDecoder().decode(joined(dumped));
    expect(dump).toContain('"$utf8":"[{');
    expect(dump).toContain(`"$blobText":${JSON.stringify(new TextDecoder().decode(files[0]!.data))}`);
  });
});

