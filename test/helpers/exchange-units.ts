/**
 * Units on separate fake-indexeddb profiles for exchange tests: a commune (or several), a
 * merged commune, an upper level; registers with entries written through the one write path;
 * and import helpers that confirm keys (as a person would after a paper check) and record custody.
 */
import { openDb, type LuutruDb } from '../../renderer/src/db/schema';
import { completeSetup } from '../../renderer/src/db/repositories/unit-repository';
import { writeChanges, type Session } from '../../renderer/src/db/changes';
import { applyImport, prepareImport, recordCustody, type ImportFile, type PreparedImport } from '../../renderer/src/db/exchange/import';
import { trustKey } from '../../renderer/src/db/exchange/keys';
import type { UnitLevel } from '../../renderer/src/core/unit';
import { thuyHaiSetup } from '../fixtures/setup-input';

export type TestProfile = { db: LuutruDb; session: Session };

let n = 0;
export async function profile(name: string, code: string, level: UnitLevel = 'commune'): Promise<TestProfile> {
  const db = await openDb(`xu-${n++}-${Math.random().toString(36).slice(2)}`);
  const isArchive = level === 'province-archive' || level === 'district';
  const unit = await completeSetup(db, {
    ...thuyHaiSetup,
    unit: { ...thuyHaiSetup.unit, level, name, adminCode: code, ...(isArchive ? { legacyAdminCode: '', agencyId: '' } : {}) },
    fonds: isArchive ? { name: 'Kho lưu trữ lịch sử tỉnh', number: '', startYear: 2025 } : { ...thuyHaiSetup.fonds, name: `Phông lưu trữ ${name}` },
  });
  return { db, session: { unitId: unit.id, operator: isArchive ? 'Trần Văn Bình' : 'Nguyễn Thị Lan' } };
}

export const commune = (name: string, code: string) => profile(name, code, 'commune');
export const upper = () => profile('Lưu trữ lịch sử tỉnh Hưng Yên', '33', 'province-archive');

/** An incoming register of the unit (id given, so tests can name it) and entries `from`..`from+count-1`. */
export async function addDocs(c: TestProfile, registerId: string, from: number, count: number): Promise<void> {
  await writeChanges(c.db, c.session, { action: 'test.add' }, ['registers', 'incomingDocs'], async (ch) => {
    if (!(await ch.get('registers', registerId))) ch.create('registers', { unitId: c.session.unitId, kind: 'incoming', year: 2026, name: 'Sổ đăng ký văn bản đến năm 2026' }, registerId);
    for (let i = from; i < from + count; i++)
      ch.create('incomingDocs', { registerId, arrivalNumber: i, summary: `V/v triển khai công tác văn thư số ${i}`, sender: 'UBND tỉnh Hưng Yên' });
  });
}

/** Prepares; a person confirms every key asked for and records every custody asked for; prepares again. */
export async function importAll(receiver: TestProfile, files: readonly ImportFile[], options: { custody?: boolean } = {}): Promise<PreparedImport> {
  let prepared = await prepareImport(receiver.db, files, receiver.session.unitId);
  for (let round = 0; round < 4; round++) {
    let changed = false;
    for (const f of prepared.receipt.files) {
      for (const c of f.confirmations ?? []) {
        await trustKey(receiver.db, { unitId: c.origin.unitId, originName: c.origin.name, adminCode: c.origin.adminCode, jwk: c.signerKey, confirmedBy: receiver.session.operator, confirmedAs: c.kind });
        changed = true;
      }
      if (f.custody && options.custody !== false)
        for (const c of f.custody.carried) {
          await recordCustody(receiver.db, { carrierUnitId: f.custody.carrier.unitId, carriedUnitId: c.unitId, kind: 'merger', effectiveDate: '2025-07-01', basis: 'Nghị quyết số 1656/NQ-UBTVQH15', confirmedBy: receiver.session.operator });
          changed = true;
        }
    }
    if (!changed) break;
    prepared = await prepareImport(receiver.db, files, receiver.session.unitId);
  }
  return prepared;
}

export async function importAndApply(receiver: TestProfile, files: readonly ImportFile[], options: { custody?: boolean } = {}) {
  const prepared = await importAll(receiver, files, options);
  return { prepared, result: await applyImport(receiver.db, prepared, receiver.session.operator) };
}
