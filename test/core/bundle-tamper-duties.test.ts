// Tamper cases for the tables of the archive's duties: one valid record of each verifies; a record of each
// table with a field of the wrong type or out of bounds — re-signed by the TRUSTED key, so only the content
// is wrong — is refused as bundle.record.invalid naming the table; a record naming another unit is refused
// as foreign; any valid mix (fast-check) verifies.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBundleFile, parseBundleFile, verifyBundle, type BundleRecord, type TrustPolicy } from '../../renderer/src/core/bundle/index';
import { isAppError } from '../../renderer/src/core/errors';
import { ORIGIN_A, UNIT_A, UNIT_B, communeRecords, fixtureKey } from '../../scripts/make-bundle-fixtures';
import { dutyRecordArb, dutyRecords } from '../fixtures/duties-arbitraries';

const T = Date.UTC(2026, 0, 5);

describe('tamper corpus: the archive’s duties', async () => {
  const key = await fixtureKey(1);
  const policy: TrustPolicy = { trustedKeys: [{ unitId: UNIT_A, kid: key.kid, jwk: key.jwk }] };
  const records = (over: Record<string, BundleRecord[]> = {}) => ({ ...communeRecords(ORIGIN_A, 1, T), ...dutyRecords(UNIT_A, { id: 'abcdef00-0000-7000-8000-000000000001', origin: UNIT_B }), ...over });
  const run = async (recs: Record<string, readonly BundleRecord[]>): Promise<string> => {
    try {
      const bytes = await createBundleFile({ origin: ORIGIN_A, signerKey: key.jwk, sequence: 1, range: { kind: 'full' }, createdAt: new Date(T).toISOString(), records: recs }, key.privateKey);
      const out = await verifyBundle(parseBundleFile(bytes), policy);
      return out.status;
    } catch (e) {
      return isAppError(e) ? `${e.code}${e.params.table ? `:${String(e.params.table)}` : ''}` : `not an AppError: ${String(e)}`;
    }
  };
  const patched = (table: string, patch: Record<string, unknown>) => {
    const all = records() as Record<string, BundleRecord[]>;
    return { ...all, [table]: [{ ...all[table]![0]!, ...patch }] };
  };

  it('one valid record of every duty table verifies', async () => {
    expect(await run(records())).toBe('verified');
  });

  const cases: [string, string, Record<string, unknown>][] = [
    ['schedule without its in-force date', 'retentionSchedules', { validFrom: undefined }],
    ['schedule date not a date', 'retentionSchedules', { validFrom: '1/1/2011' }],
    ['item without a period', 'retentionItems', { retention: 0 }],
    ['item with a period of 101 years', 'retentionItems', { retention: 101 }],
    ['item with a period as text', 'retentionItems', { retention: '10 năm' }],
    ['item of no schedule', 'retentionItems', { scheduleId: 'not-a-uuid' }],
    ['batch with negative metres', 'depositBatches', { metres: -1 }],
    ['batch with a fractional dossier count', 'depositBatches', { dossierCount: 2.5 }],
    ['batch dated 2026-13-01', 'depositBatches', { date: '2026-13-1' }],
    ['receipt for no batch', 'depositReceipts', { batchId: 42 }],
    ['appraisal with an unknown status', 'appraisals', { status: 'approved' }],
    ['appraisal with 31 members', 'appraisals', { members: Array.from({ length: 31 }, () => ({ name: 'A', position: '', role: '' })) }],
    ['appraisal member with an extra field', 'appraisals', { members: [{ name: 'A', position: '', role: '', signature: 'x' }] }],
    ['decision other than destroy or keep', 'appraisalItems', { decision: 'burn' }],
    ['loan form unknown', 'loans', { form: 'borrow' }],
    ['loan with negative copies', 'loans', { copies: -3 }],
    ['loan due date not a date', 'loans', { dueDate: 'tomorrow' }],
    ['loan item naming no dossier', 'loanItems', { dossierId: '' }],
    ['report with a negative figure', 'statReports', { values: { incomingDocs: -1 } }],
    ['report with a figure as text', 'statReports', { values: { incomingDocs: '6' } }],
    ['report of year 1800', 'statReports', { year: 1800 }],
    ['report with an unknown status', 'statReports', { status: 'sent' }],
  ];
  it.each(cases)('%s → bundle.record.invalid', async (_name, table, patch) => {
    expect(await run(patched(table, patch))).toBe(`bundle.record.invalid:${table}`);
  });

  it('a destroyed dossier’s decision date must be a date; a deposit batch id a UUID', async () => {
    const dossier = (extra: Record<string, unknown>) => ({ ...records(), dossiers: [{ ...records().retentionSchedules[0]!, id: 'abcdef00-0000-7000-8000-0000000000d1', unitId: UNIT_A, fondsId: UNIT_A, year: 2015, notation: '01.TH', title: 't', retention: 5, status: 'closed', deleted: true, ...extra }] });
    expect(await run(dossier({ destroyedAt: '2025-10-20', destructionDecisionNumber: '52/QĐ-UBND', destructionDecisionDate: '2025-10-01' }))).toBe('verified');
    expect(await run(dossier({ destructionDecisionDate: '01/10/2025' }))).toBe('bundle.record.invalid:dossiers');
    expect(await run(dossier({ depositBatchId: 'batch-1' }))).toBe('bundle.record.invalid:dossiers');
    expect(await run(dossier({ expiresYear: 'soon' }))).toBe('bundle.record.invalid:dossiers');
  });

  it('a duty record naming another unit, or of another origin, is refused as foreign', async () => {
    expect(await run(patched('loans', { unitId: UNIT_B }))).toBe('bundle.record.foreignUnit:loans');
    expect(await run(patched('statReports', { origin: UNIT_B }))).toBe('bundle.record.foreignOrigin:statReports');
  });

  it('any mix of valid duty records verifies (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(dutyRecordArb(UNIT_A), { maxLength: 12 }), async (rows) => {
        const byTable: Record<string, BundleRecord[]> = {};
        for (const { table, record } of rows) {
          const list = (byTable[table] ??= []);
          if (!list.some((r) => r.id === record.id)) list.push(record);
        }
        expect(await run({ ...communeRecords(ORIGIN_A, 1, T), ...byTable })).toBe('verified');
      }),
      { numRuns: 40 },
    );
  });
});
