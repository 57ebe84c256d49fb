// Other units' records in blocks: written, found by id, by parent and by register number, updated in
// place, taken out, and read back whole — the same records the plan wrote, in far fewer rows.
import { describe, expect, it } from 'vitest';
import { openDb } from '../../renderer/src/db/schema';
import { BLOCK_RECORDS, ForeignStore } from '../../renderer/src/db/foreign/foreign-store';
import { PARENT_RULES, type BundleRecord } from '../../renderer/src/core/bundle/index';
import { UNIT_A, UNIT_B, fixtureId, incoming, rec } from '../../scripts/make-bundle-fixtures';

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
});
