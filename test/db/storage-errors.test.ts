// A refused write (disk or quota full) in Node, by a failing stub at the one write path:
// the whole change set is rolled back and the person gets AppError('storage.full').
import { describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { openDb } from '../../renderer/src/db/schema';
import { writeChanges } from '../../renderer/src/db/changes';
import { completeSetup } from '../../renderer/src/db/repositories/unit-repository';
import { saveDraft } from '../../renderer/src/db/repositories/draft-repository';
import { isQuotaError } from '../../renderer/src/db/storage-errors';
import { thuyHaiSetup } from '../fixtures/setup-input';
import { databaseDigest } from '../helpers/db-digest';

describe('storage-full refusals', () => {
  it('recognises the shapes Chromium and Dexie give it', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError')))).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [new DOMException('x', 'QuotaExceededError')] })).toBe(true);
    expect(isQuotaError({ name: 'UnknownError', message: 'Internal error: disk full' })).toBe(true);
    expect(isQuotaError(new DOMException('dup', 'ConstraintError'))).toBe(false);
  });

  it('a change set refused for lack of space writes nothing and says storage.full', async () => {
    const db = await openDb('quota-1');
    const unit = await completeSetup(db, thuyHaiSetup);
    const before = await databaseDigest(db);
    const spy = vi.spyOn(db.journal, 'add').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await expect(
      writeChanges(db, { unitId: unit.id, operator: 'Nguyễn Thị Lan' }, { action: 'test' }, ['fonds'], async (c) => {
        c.create('fonds', { unitId: unit.id, name: 'Phông lưu trữ Hợp tác xã', number: '', status: 'open', startYear: 2025, history: '' });
      }),
    ).rejects.toMatchObject({ name: 'AppError', code: 'storage.full' });
    spy.mockRestore();
    expect(await databaseDigest(db)).toBe(before);
  });

  it('a draft that cannot be kept says so too', async () => {
    const db = await openDb('quota-2');
    vi.spyOn(db.drafts, 'put').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await expect(saveDraft(db, 'k', { summary: 'V/v' })).rejects.toMatchObject({ code: 'storage.full' });
  });
});
