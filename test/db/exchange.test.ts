// Export → import between two profiles (a commune and the upper level), in Node with
// fake-indexeddb and real WebCrypto: trust on first contact, dry run, apply, replay,
// incremental export, and refused files leaving the receiver's database unchanged.
import { beforeEach, describe, expect, it } from 'vitest';
import type { LuutruDb } from '../../renderer/src/db/schema';
import { writeChanges, type Session } from '../../renderer/src/db/changes';
import { acknowledgeExport, exportBundle } from '../../renderer/src/db/exchange/export';
import { applyImport, prepareImport } from '../../renderer/src/db/exchange/import';
import { keysToConfirm } from '../../renderer/src/db/exchange/receipt';
import { databaseDigest } from '../helpers/db-digest';
import { addDocs, commune, importAll, upper } from '../helpers/exchange-units';
import { foreignRecord, foreignRecords } from '../../renderer/src/db/repositories/foreign-repository';
import { AppError } from '../../renderer/src/core/errors';
import { receivedOrder } from '../../renderer/src/db/repositories/exchange-repository';
import type { ReceivedBundleRow } from '../../renderer/src/db/exchange/rows';

describe('bundle exchange between a commune and the upper level', () => {
  let a: { db: LuutruDb; session: Session };
  let up: { db: LuutruDb; session: Session };
  beforeEach(async () => {
    a = await commune('Ủy ban nhân dân xã Thụy Hải', '12345');
    up = await upper();
  });

  it('asks to confirm the fingerprint first, then imports everything once, and a second import changes nothing', async () => {
    await addDocs(a, '0190c0de-0000-7000-8000-000000000001', 1, 25);
    const exp = await exportBundle(a.db, { kind: 'full', operator: 'Nguyễn Thị Lan', now: new Date('2026-11-25T08:00:00Z') });
    expect(exp.files.map((f) => f.name)).toEqual(['12345_2026-11-25_1.luutru.json']);

    const first = await prepareImport(up.db, exp.files, up.session.unitId);
    expect(first.receipt.files[0]?.status).toBe('needs-confirmation');
    expect(first.receipt.canApply).toBe(false);
    expect((await foreignRecords(up.db, 'incomingDocs')).length).toBe(0);

    const prepared = await importAll(up, exp.files);
    expect(prepared.receipt.tables.incomingDocs?.total.new).toBe(25);
    expect((await foreignRecords(up.db, 'incomingDocs')).length).toBe(0); // dry run writes nothing
    await applyImport(up.db, prepared, 'Trần Văn Bình');
    expect((await foreignRecords(up.db, 'incomingDocs')).length).toBe(25);
    expect((await foreignRecord(up.db, 'units', a.session.unitId))?.name).toBe('Ủy ban nhân dân xã Thụy Hải');

    const before = await databaseDigest(up.db);
    const again = await prepareImport(up.db, exp.files, up.session.unitId);
    expect(again.receipt.files[0]?.status).toBe('already-imported');
    expect(again.receipt.isEmpty).toBe(true);
    expect(await databaseDigest(up.db)).toBe(before);
  });

  it('exports incrementally what changed since the acknowledged bundle, deletions included', async () => {
    const reg = '0190c0de-0000-7000-8000-000000000002';
    await addDocs(a, reg, 1, 10);
    const full = await exportBundle(a.db, { kind: 'full', operator: 'Lan' });
    await applyImport(up.db, await importAll(up, full.files), 'Bình');
    await acknowledgeExport(a.db, full.sequence);
    await addDocs(a, reg, 11, 3);
    const victim = (await a.db.incomingDocs.toArray()).find((d) => d.arrivalNumber === 2)!;
    await writeChanges(a.db, a.session, { action: 'incoming.delete' }, ['incomingDocs'], (c) => c.remove('incomingDocs', victim.id, 'Đăng ký nhầm'));
    const inc = await exportBundle(a.db, { kind: 'incremental', operator: 'Lan' });
    expect(inc.range).toEqual({ kind: 'since', sinceSequence: 1 });
    expect(inc.counts.incomingDocs).toBe(4);
    const prepared = await prepareImport(up.db, inc.files, up.session.unitId);
    expect(prepared.receipt.tables.incomingDocs?.total).toMatchObject({ new: 3, updated: 1 });
    await applyImport(up.db, prepared, 'Bình');
    expect((await foreignRecord(up.db, 'incomingDocs', victim.id))?.deleted).toBe(true);
    expect((await foreignRecords(up.db, 'incomingDocs')).length).toBe(13);
  });

  it('asks about a new unit\'s key once for two of its bundles chosen together, naming both files', async () => {
    const reg = '0190c0de-0000-7000-8000-00000000000b';
    await addDocs(a, reg, 1, 2);
    const full = await exportBundle(a.db, { kind: 'full', operator: 'Lan' });
    await acknowledgeExport(a.db, full.sequence);
    await addDocs(a, reg, 3, 1);
    const inc = await exportBundle(a.db, { kind: 'incremental', operator: 'Lan' });
    const both = await prepareImport(up.db, [...full.files, ...inc.files], up.session.unitId);
    expect(both.receipt.files.map((f) => f.status)).toEqual(['needs-confirmation', 'needs-confirmation']);
    const asked = keysToConfirm(both.receipt);
    expect(asked.map((k) => [k.confirmation.origin.name, k.files])).toEqual([['Ủy ban nhân dân xã Thụy Hải', [0, 1]]]);
  });

  it('says of records held from a bundle received first that they are written with the bundle that brings their register', async () => {
    const reg = '0190c0de-0000-7000-8000-00000000000a';
    await addDocs(a, reg, 1, 10);
    const full = await exportBundle(a.db, { kind: 'full', operator: 'Lan' });
    await acknowledgeExport(a.db, full.sequence);
    await addDocs(a, reg, 11, 3);
    const inc = await exportBundle(a.db, { kind: 'incremental', operator: 'Lan' });
    // The second bundle first: its entries wait for their register.
    const second = await importAll(up, inc.files);
    expect(second.receipt.heldCount).toBe(3);
    expect(second.receipt.takenFromHeld).toBe(0);
    await applyImport(up.db, second, 'Bình');
    // The first: its own records in the tables, the three held ones said beside them — the button's count is both.
    const first = await prepareImport(up.db, full.files, up.session.unitId);
    expect(first.receipt.tables.incomingDocs?.total.new).toBe(10);
    expect(first.receipt.takenFromHeld).toBe(3);
    const tableSum = Object.values(first.receipt.tables).reduce((n, s) => n + (s ? s.total.new + s.total.updated : 0), 0);
    expect(first.receipt.writes).toBe(tableSum + first.receipt.takenFromHeld);
    await applyImport(up.db, first, 'Bình');
    expect((await foreignRecords(up.db, 'incomingDocs')).length).toBe(13);
  });

  it('refuses tampered, truncated and foreign-signed files and leaves the database exactly as it was', async () => {
    await addDocs(a, '0190c0de-0000-7000-8000-000000000003', 1, 5);
    const exp = await exportBundle(a.db, { kind: 'full', operator: 'Lan' });
    await applyImport(up.db, await importAll(up, exp.files), 'Bình');
    await addDocs(a, '0190c0de-0000-7000-8000-000000000003', 6, 1);
    const next = await exportBundle(a.db, { kind: 'full', operator: 'Lan' });
    const good = next.files[0]!.data;
    const text = new TextDecoder().decode(good);
    const json = JSON.parse(text) as { payload: string; signature: string; protected: string };
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    const enc = (o: unknown) => new TextEncoder().encode(JSON.stringify(o));
    const other = await commune('Ủy ban nhân dân xã Thụy Xuân', '12346');
    const foreign = JSON.parse(new TextDecoder().decode((await exportBundle(other.db, { kind: 'full', operator: 'X' })).files[0]!.data)) as { signature: string; protected: string };
    const cases: Record<string, Uint8Array> = {
      payloadBitFlip: enc({ ...json, payload: flip(json.payload, 200) }),
      signatureBitFlip: enc({ ...json, signature: flip(json.signature, 10) }),
      truncated: good.slice(0, Math.floor(good.length / 2)),
      otherKey: enc({ ...json, protected: foreign.protected, signature: foreign.signature }),
      notJson: new TextEncoder().encode('xin chào'),
      bom: Uint8Array.from([0xef, 0xbb, 0xbf, ...good]),
      duplicateMember: new TextEncoder().encode(text.replace('{"protected"', `{"payload":"${json.payload}","protected"`)),
    };
    const before = await databaseDigest(up.db);
    for (const [name, data] of Object.entries(cases)) {
      const prepared = await prepareImport(up.db, [{ name, data }], up.session.unitId);
      expect(prepared.receipt.files[0]?.status, name).toBe('error');
      expect(prepared.receipt.canApply, name).toBe(false);
    }
    expect(await databaseDigest(up.db)).toBe(before);
  });
  it('tells each stage with the file it is on, and a person can stop the check between two bundles with nothing written', async () => {
    await addDocs(a, '0190c0de-0000-7000-8000-000000000009', 1, 4);
    const first = await exportBundle(a.db, { kind: 'full', operator: 'Lan' });
    const b = await commune('Ủy ban nhân dân xã Thụy Xuân', '12346');
    await addDocs(b, '0190c0de-0000-7000-8000-00000000000a', 1, 3);
    const second = await exportBundle(b.db, { kind: 'full', operator: 'Hoa' });
    const files = [...first.files, ...second.files];
    await importAll(up, first.files);
    await importAll(up, second.files);

    const told: string[] = [];
    const prepared = await prepareImport(up.db, files, up.session.unitId, new Date(), (p) => void told.push(`${p.stage} ${p.done}/${p.total} ${p.file ?? ''}`.trim()));
    expect(told).toEqual([
      `read 0/2 ${files[0]!.name}`,
      `read 1/2 ${files[1]!.name}`,
      `verify 1/2 ${files[0]!.name}`,
      `verify 2/2 ${files[1]!.name}`,
      'plan 0/1',
    ]);
    const written: string[] = [];
    await applyImport(up.db, prepared, 'Bình', new Date(), (p) => void written.push(`${p.stage} ${p.total}`));
    expect(written).toContain(`write ${prepared.receipt.writes}`);

    // Stopped after the first bundle is checked: the import ends with "cancelled" and writes nothing.
    await addDocs(a, '0190c0de-0000-7000-8000-000000000009', 5, 2);
    const more = await exportBundle(a.db, { kind: 'full', operator: 'Lan' });
    const before = await databaseDigest(up.db);
    const stop = prepareImport(up.db, [...more.files, ...second.files], up.session.unitId, new Date(), (p) => {
      if (p.stage === 'verify') throw new AppError('exchange.cancelled');
    });
    await expect(stop).rejects.toMatchObject({ code: 'exchange.cancelled' });
    expect(await databaseDigest(up.db)).toBe(before);
  });
});

describe('register numbers at the receiver', () => {
  it('holds an incoming entry whose number is taken by another entry of the same register instead of failing the import', async () => {
    const a = await commune('Ủy ban nhân dân xã Thụy Hải', '12345');
    const up = await upper();
    const reg = '0190c0de-0000-7000-8000-000000000009';
    await addDocs(a, reg, 1, 3);
    const first = await exportBundle(a.db, { kind: 'full', operator: 'Lan' });
    await applyImport(up.db, await importAll(up, first.files), 'Bình');
    // A restored backup on a second PC of the same unit numbers a different entry 2 again.
    const taken = (await a.db.incomingDocs.toArray()).find((d) => d.arrivalNumber === 2)!;
    await a.db.incomingDocs.delete(taken.id);
    await addDocs(a, reg, 2, 1);
    const second = await exportBundle(a.db, { kind: 'full', operator: 'Lan' });
    const prepared = await prepareImport(up.db, second.files, up.session.unitId);
    expect(prepared.receipt.held.map((h) => [h.reason, h.number])).toEqual([['number-conflict', '2']]);
    await applyImport(up.db, prepared, 'Bình');
    expect((await foreignRecords(up.db, 'incomingDocs')).length).toBe(3);
    expect(await up.db.heldClaims.count()).toBe(1);
  });
});

describe('the list of bundles received', () => {
  const row = (over: Partial<ReceivedBundleRow>): ReceivedBundleRow => ({
    payloadSha256: 'a', origin: 'u', lineage: 'k', sequence: 1, partKey: 0, originName: 'Ủy ban nhân dân xã Thụy Hải', adminCode: '12345', signerKid: 'k',
    createdAt: '2026-01-05T08:00:00.000Z', importedAt: '2026-02-01T09:00:00.000Z', importedBy: 'Trần Văn Bình', fileName: 'f.luutru.json', range: { kind: 'full' }, counts: {}, ...over,
  });
  it('puts the last import first; within one import, unit by unit, the newest bundle first, its parts in order', () => {
    const rows = [
      row({ payloadSha256: '1', importedAt: '2026-01-01T00:00:00.000Z' }),
      row({ payloadSha256: '2', sequence: 2, partKey: 2 }),
      row({ payloadSha256: '3', originName: 'Ủy ban nhân dân phường Đông Kinh', adminCode: '12346' }),
      row({ payloadSha256: '4', sequence: 2, partKey: 1 }),
      row({ payloadSha256: '5', sequence: 1 }),
    ];
    // "Ủy ban nhân dân p…" before "Ủy ban nhân dân x…", as the archive's SQL sorts (code points).
    expect([...rows].sort(receivedOrder).map((r) => r.payloadSha256)).toEqual(['3', '4', '2', '5', '1']);
  });
});
