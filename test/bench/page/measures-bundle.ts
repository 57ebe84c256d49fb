/**
 * Bundle measures: the provincial archive receives one signed bundle of N incoming
 * documents from a commune and runs the real import (prepareImport: parse, verify the
 * signature, validate every record, plan the merge; then applyImport in one
 * transaction, other units' records written in blocks) into a fresh database, against a
 * raw IndexedDB put of the same N records, one row each, in one transaction into the
 * incomingDocs store of a fresh database, in the same run.
 */
import { LuutruDb } from '../../../renderer/src/db/schema';
import { completeSetup } from '../../../renderer/src/db/repositories/unit-repository';
import { trustKey, loadTrustPolicy } from '../../../renderer/src/db/exchange/keys';
import { applyImport, prepareImport } from '../../../renderer/src/db/exchange/import';
import { foreignCounts } from '../../../renderer/src/db/repositories/foreign-repository';
import { createBundleFile, exportPublicJwk, generateSigningKeyPair, parseBundleFile, splitIntoParts, verifySelection, type BundleRecord } from '../../../renderer/src/core/bundle';
import { encodeHlc } from '../../../renderer/src/core/hlc';
import { newId } from '../../../renderer/src/core/ids';
import { seededRng } from '../../fixtures/generate';
import { generateIncomingDocFields } from '../../fixtures/generate-registers';
import type { Measure } from './types';

async function freshDb(name: string): Promise<LuutruDb> {
  await LuutruDb.delete(name);
  const db = new LuutruDb(name);
  await db.open();
  return db;
}

async function rawPut(dbName: string, storeName: string, records: readonly unknown[]): Promise<void> {
  const idb: IDBDatabase = await new Promise((ok, fail) => {
    const r = indexedDB.open(dbName);
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });
  await new Promise<void>((ok, fail) => {
    const tx = idb.transaction(storeName, 'readwrite');
    const store = tx.objectStore(storeName);
    for (const rec of records) store.put(rec);
    tx.oncomplete = () => ok();
    tx.onerror = () => fail(tx.error);
  });
  idb.close();
}

/** One commune's incoming register and its `n` documents, as they travel (RecordMeta + fields). */
function communeRecords(n: number, unitId: string): { registers: BundleRecord[]; incomingDocs: BundleRecord[] } {
  const rng = seededRng(7);
  const registerId = newId();
  const wall = Date.UTC(2026, 0, 1);
  const register = { id: registerId, origin: unitId, clock: encodeHlc({ wallMs: wall, counter: 0 }), deleted: false, changedBy: 'Nguyễn Thị Lan', unitId, kind: 'incoming', year: 2026, name: 'Sổ đăng ký văn bản đến năm 2026' };
  const incomingDocs = Array.from({ length: n }, (_, i) => ({
    ...generateIncomingDocFields(rng, i, registerId, 2026, { perYear: n, heavy: true }),
    id: newId(),
    origin: unitId,
    clock: encodeHlc({ wallMs: wall + i, counter: 0 }),
    deleted: false,
    changedBy: 'Nguyễn Thị Lan',
  }));
  return { registers: [register], incomingDocs };
}

export const bundleMeasures: Measure[] = [10_000, 100_000].map((n) => ({
  name: `bundle-verify-merge-${n / 1000}k`,
  unit: 'ms',
  budget: 1.5,
  // 100k: two minutes a round on this machine; with BENCH_LARGE=1.
  large: n >= 100_000,
  async run(round: number) {
    // The sending commune: its key and one full bundle.
    const pair = await generateSigningKeyPair();
    const signerKey = await exportPublicJwk(pair.publicKey);
    const unitId = newId();
    const records = communeRecords(n, unitId);
    const origin = { unitId, adminCode: '12345', legacyAdminCode: '12544', agencyId: '', name: 'Ủy ban nhân dân xã Thụy Hải', level: 'commune' as const, fonds: [] };
    // Split into parts as the export does (a 100k bundle is over one file's limit).
    const parts = splitIntoParts({ origin, signerKey, sequence: 1, range: { kind: 'full' }, createdAt: new Date().toISOString(), records });
    const files: { name: string; data: Uint8Array }[] = [];
    for (const [i, part] of parts.entries()) files.push({ name: `12345_2026-11-25_1-p${i + 1}.luutru.json`, data: await createBundleFile(part, pair.privateKey) });
    const bytes = files.reduce((s, f) => s + f.data.length, 0);

    // Baseline: the same records put raw in one transaction into a fresh database of the same layout.
    const baselineSide = async () => {
      const baseName = `bench-bundle-raw-${n}`;
      (await freshDb(baseName)).close();
      const t0 = performance.now();
      await rawPut(baseName, 'incomingDocs', records.incomingDocs);
      const ms = performance.now() - t0;
      await LuutruDb.delete(baseName);
      return ms;
    };
    // Interleaved: the baseline goes first in even rounds, last in odd ones.
    const early = round % 2 === 0 ? await baselineSide() : undefined;

    // The receiver: a provincial archive that has already confirmed the commune's key.
    const recvName = `bench-bundle-recv-${n}`;
    const db = await freshDb(recvName);
    const archive = await completeSetup(db, {
      unit: { level: 'province-archive', name: 'Lưu trữ lịch sử tỉnh Hưng Yên', shortName: '', adminCode: '33', legacyAdminCode: '', agencyId: '', parentName: '' },
      fonds: { name: 'Kho lưu trữ lịch sử tỉnh', number: '', startYear: 2025 },
      operator: { name: 'Trần Văn Bình', position: '' },
    });
    await trustKey(db, { unitId, originName: origin.name, jwk: signerKey, confirmedBy: 'Trần Văn Bình' });

    const t1 = performance.now();
    const prepared = await prepareImport(db, files, archive.id);
    const t2 = performance.now();
    const refused = prepared.receipt.files.find((f) => f.status !== 'accepted');
    if (refused) throw new Error(`bundle file not verified: ${JSON.stringify(refused)}`);
    const result = await applyImport(db, prepared, 'Trần Văn Bình');
    const t3 = performance.now();
    const count = (await foreignCounts(db, 'incomingDocs')).get(unitId) ?? 0;
    const entry = await db.journal.orderBy('seq').last();
    const journalChanges = entry?.changes.length ?? 0;
    // What the one journal entry of the import costs alone (its *recordIds index gets one key per record).
    let journalEntryMs = 0;
    if (entry) {
      const { seq: _seq, ...copy } = entry;
      const t = performance.now();
      await db.journal.add(copy);
      journalEntryMs = performance.now() - t;
    }

    // Split of prepare, measured after the timed run: parse + signature + validation alone.
    const policy = await loadTrustPolicy(db);
    const t4 = performance.now();
    const verified = (await verifySelection(files.map((f) => parseBundleFile(f.data)), { ...policy, seen: [] })).files;
    const verifyMs = performance.now() - t4;
    db.close();
    await LuutruDb.delete(recvName);
    if (count !== n || result.written !== n + 1) throw new Error(`imported ${count} (written ${result.written}) of ${n}`);
    const baseline = early ?? (await baselineSide());
    if (verified.some((v) => v.status !== 'accepted')) throw new Error('verify-only pass did not verify');

    const prepareMs = t2 - t1;
    const applyMs = t3 - t2;
    return {
      value: prepareMs + applyMs,
      baseline,
      extra: {
        rows: n,
        bytes,
        files: files.length,
        prepareMs: Math.round(prepareMs),
        verifyMs: Math.round(verifyMs),
        planMs: Math.round(Math.max(0, prepareMs - verifyMs)),
        applyMs: Math.round(applyMs),
        journalChanges,
        journalEntryMs: Math.round(journalEntryMs),
      },
    };
  },
}));
