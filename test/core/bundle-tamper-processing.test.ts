// Tampered backlog-processing records in a bundle signed by a trusted key: each bad typed field
// of a slip, a document inside a dossier, a processing job or a box is refused with the path of
// the field; the generators of these records always verify, and merging them is order-independent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBundleFile, parseBundleFile, verifyBundle, type BundleInput, type BundleRecord, type TrustPolicy, type VerifiedBundle } from '../../renderer/src/core/bundle/index';
import { emptyMemoryState, importIntoMemory, memoryDigest, type MemoryState } from '../../renderer/src/core/bundle/memory-state';
import { isAppError } from '../../renderer/src/core/errors';
import { ORIGIN_A, ORIGIN_B, UNIT_A, UNIT_B, fixtureId, fixtureKey, rec } from '../../scripts/make-bundle-fixtures';
import { FIELDS_OF, PROCESSING_TABLES, processingVersion } from './../fixtures/processing-arbitraries';

const T = Date.UTC(2026, 10, 20);
const iso = (ms: number) => new Date(ms).toISOString();

describe('tampered processing records', async () => {
  const key = await fixtureKey(1);
  const policy: TrustPolicy = { trustedKeys: [{ unitId: UNIT_A, kid: key.kid, jwk: key.jwk }] };
  const file = (records: BundleInput['records']) => createBundleFile({ origin: ORIGIN_A, signerKey: key.jwk, sequence: 1, range: { kind: 'full' }, createdAt: iso(T), records }, key.privateKey);
  const verdict = async (records: BundleInput['records']) => {
    const out = await verifyBundle(parseBundleFile(await file(records)), policy).catch((e: unknown) => e);
    return isAppError(out) ? [out.code, out.params.path] : 'status' in (out as object) ? (out as { status: string }).status : String(out);
  };
  const job = rec(UNIT_A, 1, T, { unitId: UNIT_A, fondsId: UNIT_A, name: 'Chỉnh lý 1995–2005', receivedMetres: 12.5, processedMetres: 12.5, discardedMetres: 3, status: 'done', stage: 'done', intakeDate: '2026-03-02', receivedBundles: 48, handedOverBy: 'Phạm Văn Hùng', keptMetres: 9.5, discardedByReason: { duplicate: 2.25, expired: 0.75 }, scheme: [{ id: fixtureId(901), title: 'Tổng hợp' }, { id: fixtureId(902), parentId: fixtureId(901), title: 'Quyết định', retention: 'permanent' }], foreword: 'Lời nói đầu', permanentInventory: 1, fixedTermInventory: 2 });
  const slip = rec(UNIT_A, 2, T, { unitId: UNIT_A, fondsId: UNIT_A, year: 1998, notation: '', title: 'Tập quyết định năm 1998', retention: 'permanent', status: 'closed', source: 'backlog', jobId: job.id, tempNumber: 7, classId: fixtureId(902), position: 3, startDate: '1998-01-01', endDate: '1998-12-31', startPrecision: 'year', endPrecision: 'year', autographs: 'Chủ tịch UBND xã', checked: true, fileNumber: 3, inventoryNumber: 1, enteredOn: '2026-03-05' });
  const discarded = rec(UNIT_A, 3, T, { unitId: UNIT_A, fondsId: UNIT_A, year: 1999, notation: '', title: 'Bản trùng', retention: 5, status: 'open', source: 'backlog', jobId: job.id, tempNumber: 8, discardReason: 'duplicate', discardBundle: 2 });
  const doc = rec(UNIT_A, 4, T, { unitId: UNIT_A, fondsId: UNIT_A, dossierId: slip.id, position: 1, number: '07/QĐ-UBND', date: '1998-03-12', datePrecision: 'day', author: 'UBND xã', summary: 'Quyết định thành lập tổ công tác', sheetFrom: 1, sheetTo: 4, note: '' });
  const linked = rec(UNIT_A, 5, T, { unitId: UNIT_A, fondsId: UNIT_A, dossierId: slip.id, position: 2, incomingDocId: fixtureId(600), number: '', author: '', summary: '', note: '' });
  const box = rec(UNIT_A, 6, T, { unitId: UNIT_A, fondsId: UNIT_A, number: 1, inventoryNumber: 1, note: '', jobId: job.id, store: 'Kho số 1', rack: 'Giá 2', bay: 'Khoang 3', shelf: 'Tầng 4' });
  const good: BundleInput['records'] = { processingJobs: [job], dossiers: [slip, discarded], dossierDocs: [doc, linked], boxes: [box] };

  it('the untouched records verify', async () => {
    expect(await verdict(good)).toBe('verified');
  });

  const cases: [string, BundleInput['records'], string][] = [
    ['a temporary number of 0', { dossiers: [{ ...slip, tempNumber: 0 }] }, 'tempNumber'],
    ['a slip whose job id is not a UUID', { dossiers: [{ ...slip, jobId: '../../etc' }] }, 'jobId'],
    ['an unknown discard reason', { dossiers: [{ ...discarded, discardReason: 'ghét' }] }, 'discardReason'],
    ['a bundle number beyond 9999', { dossiers: [{ ...discarded, discardBundle: 1e6 }] }, 'discardBundle'],
    ['a period precision that is not one', { dossiers: [{ ...slip, startPrecision: 'century' }] }, 'startPrecision'],
    ['autographs of a megabyte', { dossiers: [{ ...slip, autographs: 'x'.repeat(501) }] }, 'autographs'],
    ['a "checked" that is a string', { dossiers: [{ ...slip, checked: 'yes' }] }, 'checked'],
    ['a typing day that is not a date', { dossiers: [{ ...slip, enteredOn: 'hôm qua' }] }, 'enteredOn'],
    ['a document without its dossier', { dossierDocs: [{ ...doc, dossierId: undefined }] }, 'dossierId'],
    ['a document at position 0', { dossierDocs: [{ ...doc, position: 0 }] }, 'position'],
    ['a document with a summary past 1000 characters', { dossierDocs: [{ ...doc, summary: 'x'.repeat(1001) }] }, 'summary'],
    ['a document linked to a non-UUID', { dossierDocs: [{ ...linked, incomingDocId: 'javascript:alert(1)' }] }, 'incomingDocId'],
    ['a document sheet of 10,000', { dossierDocs: [{ ...doc, sheetTo: 10_000 }] }, 'sheetTo'],
    ['a job stage that is not one', { processingJobs: [{ ...job, stage: 'hacked' }] }, 'stage'],
    ['kept metres below zero', { processingJobs: [{ ...job, keptMetres: -1 }] }, 'keptMetres'],
    ['a discard reason smuggled into the metres', { processingJobs: [{ ...job, discardedByReason: { expired: 1, boring: 2 } }] }, 'discardedByReason'],
    ['a scheme heading with a script id', { processingJobs: [{ ...job, scheme: [{ id: '<script>', title: 'x' }] }] }, 'scheme.0.id'],
    ['a scheme heading with extra fields', { processingJobs: [{ ...job, scheme: [{ id: fixtureId(901), title: 'x', payload: 'y' }] }] }, 'scheme.0'],
    ['a scheme of 501 headings', { processingJobs: [{ ...job, scheme: Array.from({ length: 501 }, (_, i) => ({ id: fixtureId(1000 + i), title: 'x' })) }] }, 'scheme'],
    ['problems past 5,000 characters', { processingJobs: [{ ...job, problems: 'x'.repeat(5001) }] }, 'problems'],
    ['a box place of 51 characters', { boxes: [{ ...box, shelf: 'x'.repeat(51) }] }, 'shelf'],
    ['a box job id that is not a UUID', { boxes: [{ ...box, jobId: 7 }] }, 'jobId'],
  ];
  it.each(cases)('refuses %s', async (_, records, path) => {
    expect(await verdict(records)).toEqual(['bundle.record.invalid', path]);
  });
});

describe('generated processing records', () => {
  it('always verify under the typed schemas', async () => {
    const key = await fixtureKey(1);
    const policy: TrustPolicy = { trustedKeys: [{ unitId: UNIT_A, kid: key.kid, jwk: key.jwk }] };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PROCESSING_TABLES).chain((table) => fc.array(FIELDS_OF[table](UNIT_A), { minLength: 1, maxLength: 5 }).map((rows) => ({ table, rows }))), async ({ table, rows }) => {
        const records = { [table]: rows.map((f, i) => rec(UNIT_A, i + 1, T + i, f)) };
        const out = await verifyBundle(parseBundleFile(await createBundleFile({ origin: ORIGIN_A, signerKey: key.jwk, sequence: 1, range: { kind: 'full' }, createdAt: iso(T), records }, key.privateKey)), policy);
        expect(out.status).toBe('verified');
      }),
      { numRuns: 40 },
    );
  });

  it('merge in any order ends the same', async () => {
    const a = await fixtureKey(1);
    const b = await fixtureKey(3);
    const policy: TrustPolicy = { trustedKeys: [{ unitId: UNIT_A, kid: a.kid, jwk: a.jwk }, { unitId: UNIT_B, kid: b.kid, jwk: b.jwk }] };
    const make = async (ix: number, sequence: number, records: BundleInput['records']): Promise<VerifiedBundle> => {
      const k = ix === 0 ? a : b;
      const out = await verifyBundle(parseBundleFile(await createBundleFile({ origin: ix === 0 ? ORIGIN_A : ORIGIN_B, signerKey: k.jwk, sequence, range: { kind: 'full' }, createdAt: iso(T), records }, k.privateKey)), policy);
      if (out.status !== 'verified') throw new Error(out.status);
      return out.bundle;
    };
    await fc.assert(
      fc.asyncProperty(fc.array(processingVersion([UNIT_A, UNIT_B]), { minLength: 1, maxLength: 12 }), async (versions) => {
        const groups = new Map<string, { ix: number; recs: Map<string, BundleRecord[]> }>();
        for (const v of versions) {
          const g = groups.get(`${v.originIx}-${v.bundle}`) ?? { ix: v.originIx, recs: new Map<string, BundleRecord[]>() };
          groups.set(`${v.originIx}-${v.bundle}`, g);
          const rows = g.recs.get(v.table) ?? [];
          if (!rows.some((r) => r.id === v.record.id)) rows.push(v.record);
          g.recs.set(v.table, rows);
        }
        let seq = 1;
        const bundles: VerifiedBundle[] = [];
        for (const g of groups.values()) bundles.push(await make(g.ix, seq++, Object.fromEntries(g.recs)));
        const take = (list: readonly VerifiedBundle[]) => list.reduce<MemoryState>((s, x) => importIntoMemory(s, [x]).state, emptyMemoryState('upper'));
        expect(memoryDigest(take([...bundles].reverse()))).toBe(memoryDigest(take(bundles)));
      }),
      { numRuns: 30 },
    );
  });
});
