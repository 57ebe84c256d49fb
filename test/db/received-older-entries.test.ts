// A commune's bundle signed by an older version of the app carries register entries without
// some of today's fields (no số, ký hiệu, nơi gửi; test/fixtures/bundles/commune-a-1.json).
// Imported at the upper level, they are searched with every other unit's, listed and opened:
// one such unit never stops the consolidated search for all units (it did: "Chưa lập xong chỉ
// mục tìm kiếm…" for every query).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyImport } from '../../renderer/src/db/exchange/import';
import { getEntry, listIncoming } from '../../renderer/src/db/repositories/entry-repository';
import { ConsolidatedSearch } from '../../renderer/src/upper-api/consolidated-search';
import { addDocs, importAll, upper } from '../helpers/exchange-units';
import { worker } from '../helpers/index-worker';

const THUY_HAI = '0190aaaa-0000-7000-8000-000000000001';
const REGISTER = '0190aaaa-0000-7000-8000-0000000001f4';
const fixture = (name: string) => ({ name, data: new Uint8Array(readFileSync(`test/fixtures/bundles/${name}`)) });

describe('entries of an older bundle format at the upper level', () => {
  it('are found by the consolidated search beside the archive’s own, listed and opened with empty fields where they have none', async () => {
    const up = await upper();
    await addDocs(up, '0190c0de-0000-7000-8000-000000000033', 1, 3);
    const prepared = await importAll(up, [fixture('commune-a-1.json')]);
    expect(prepared.receipt.files.map((f) => f.status)).toEqual(['accepted']);
    await applyImport(up.db, prepared, up.session.operator);

    const search = new ConsolidatedSearch(up.db, worker().client);
    const hits = (await search.search('cong van', { limit: 100 })) ?? [];
    expect(hits.filter((h) => h.origin === THUY_HAI).map((h) => [h.kind, h.arrival, h.numberNotation, h.summary]).sort()).toEqual([
      ['incoming', '01', '', 'Công văn số 1 về việc báo cáo công tác lưu trữ'],
      ['incoming', '02', '', 'Công văn số 2 về việc báo cáo công tác lưu trữ'],
      ['incoming', '03', '', 'Công văn số 3 về việc báo cáo công tác lưu trữ'],
    ]);
    // The archive's own entries are still found in the same search.
    expect((await search.search('trien khai cong tac van thu', { limit: 100 }))?.filter((h) => h.origin === up.session.unitId)).toHaveLength(3);

    const listed = await listIncoming(up.db, REGISTER);
    expect(listed.map((e) => [e.arrivalNumber, e.number, e.notation, e.sender, e.typeName])).toEqual([
      [1, '', '', '', ''],
      [2, '', '', '', ''],
      [3, '', '', '', ''],
    ]);
    const opened = await getEntry(up.db, listed[0]!.id, THUY_HAI);
    expect(opened).toMatchObject({ arrivalNumber: 1, summary: 'Công văn số 1 về việc báo cáo công tác lưu trữ', number: '', urgency: 'normal' });
  });
});
