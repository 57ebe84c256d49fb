// Writing an old register's rows (Excel import): all rows or none, in ONE transaction through
// writeChanges (one journal entry), written in chunks with progress and stoppable between
// chunks; a row that can no longer be written (its number taken since the dry run) names the
// file's row and cell; the dry run's look-ups (numbers, duplicate keys, issuer) and the
// remembered column mapping.
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type LuutruDb } from '../../renderer/src/db/schema';
import { completeSetup } from '../../renderer/src/db/repositories/unit-repository';
import { ensureYearRegisters } from '../../renderer/src/db/repositories/register-repository';
import { EntryInvalidError, listIncoming, registerIncoming } from '../../renderer/src/db/repositories/entry-repository';
import {
  existingDuplicateKeys,
  importIncomingRows,
  issuerNameOf,
  rememberImportMapping,
  savedImportMapping,
  usedNumbersOf,
} from '../../renderer/src/db/repositories/register-import-repository';
import { AppError } from '../../renderer/src/core/errors';
import { incomingDuplicateKey } from '../../renderer/src/core/register-import';
import { emptyIncomingInput, type IncomingInput } from '../../renderer/src/core/registers/types';
import type { Session } from '../../renderer/src/db/changes';
import type { Register } from '../../renderer/src/db/register-records';
import { thuyHaiSetup } from '../fixtures/setup-input';

const today = '2026-03-10';
let db: LuutruDb;
let session: Session;
let incoming: Register;
let n = 0;

function doc(i: number, over: Partial<IncomingInput> = {}): IncomingInput & { arrivalNumber: number } {
  return {
    ...emptyIncomingInput('2026-03-09'),
    sender: 'Ủy ban nhân dân huyện Thái Thụy',
    number: String(100 + i),
    notation: 'QĐ-UBND',
    documentDate: '2026-03-05',
    typeName: 'Quyết định',
    summary: `Về việc phê duyệt kế hoạch số ${i}`,
    arrivalNumber: i,
    ...over,
  };
}

/** File rows 5, 6, 7 … hold entries 1, 2, 3 … */
const fileRows = (count: number, from = 1) => Array.from({ length: count }, (_, k) => ({ rowNumber: 4 + from + k, input: doc(from + k) }));

beforeEach(async () => {
  db = await openDb(`register-import-${n++}`);
  const unit = await completeSetup(db, thuyHaiSetup);
  session = { unitId: unit.id, operator: 'Nguyễn Thị Lan' };
  const regs = await ensureYearRegisters(db, session, 2026, new Date(2026, 2, 10));
  incoming = regs.find((r) => r.kind === 'incoming')!;
});

describe('importIncomingRows', () => {
  it('writes every row in one journal entry, in chunks with progress, and continues the series after them', async () => {
    const journalBefore = await db.journal.count();
    const progress: [string, number, number][] = [];
    const { count, lastNumber } = await importIncomingRows(db, session, incoming.id, fileRows(12), {
      today,
      fileName: 'so-den.xlsx',
      chunk: 5,
      onProgress: (stage, done, total) => progress.push([stage, done, total]),
    });
    expect([count, lastNumber]).toEqual([12, 12]);
    expect(await db.journal.count()).toBe(journalBefore + 1);
    // The journal says which numbers the file brought (it named only the file).
    expect((await db.journal.orderBy('seq').last())?.detail).toBe('so-den.xlsx — 12 văn bản, số 01–12');
    expect(progress.filter(([s]) => s === 'write')).toEqual([
      ['write', 5, 13],
      ['write', 10, 13],
      ['write', 12, 13],
      ['write', 13, 13],
    ]);
    const r = await registerIncoming(db, session, incoming.id, doc(99), { today });
    expect(r.kind === 'saved' && r.doc.arrivalNumber).toBe(13);
  });

  it('a number taken since the dry run refuses the whole import, naming the file row and the cell', async () => {
    await registerIncoming(db, session, incoming.id, doc(1), { today }); // another window took number 1
    const err = await importIncomingRows(db, session, incoming.id, fileRows(3), {
      today,
      fileName: 'so-den.xlsx',
      locate: (field, rowNumber) => (field === 'arrivalNumber' ? `B${rowNumber}` : undefined),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EntryInvalidError);
    expect((err as EntryInvalidError).issues).toEqual([{ field: 'arrivalNumber', code: 'register.number.taken', params: { number: 1, row: 5, cell: 'B5' } }]);
    expect(await listIncoming(db, incoming.id)).toHaveLength(1);
  });

  it('a row that fails validation names its file row too, and nothing is written', async () => {
    const rows = [...fileRows(2), { rowNumber: 40, input: doc(3, { arrivalDate: '2026-02-31' }) }];
    const err = await importIncomingRows(db, session, incoming.id, rows, { today, fileName: 'x.xlsx' }).catch((e: unknown) => e);
    expect((err as EntryInvalidError).issues).toEqual([{ field: 'arrivalDate', code: 'register.date.invalid', params: { row: 40 } }]);
    expect(await db.incomingDocs.count()).toBe(0);
    expect((await db.registers.get(incoming.id))?.lastNumber).toBe(0);
  });

  it('stopped while writing, it leaves nothing written: no entry, no journal entry, the counter unchanged', async () => {
    const journalBefore = await db.journal.count();
    const stop = new AppError('registerImport.cancelled');
    const err = await importIncomingRows(db, session, incoming.id, fileRows(12), {
      today,
      fileName: 'so-den.xlsx',
      chunk: 5,
      onProgress: (stage, done) => {
        if (stage === 'write' && done >= 5) throw stop;
      },
    }).catch((e: unknown) => e);
    expect(err).toBe(stop);
    expect(await db.incomingDocs.count()).toBe(0);
    expect(await db.journal.count()).toBe(journalBefore);
    expect((await db.registers.get(incoming.id))?.lastNumber).toBe(0);
  });
});

describe('the dry run’s look-ups', () => {
  it('numbers used in the register, the file keys it already holds (cancelled entries excepted), the issuer', async () => {
    await registerIncoming(db, session, incoming.id, doc(1), { today });
    await registerIncoming(db, session, incoming.id, doc(2), { today });
    expect([...(await usedNumbersOf(db, incoming))]).toEqual([1, 2]);
    const keys = [incomingDuplicateKey(doc(1)), incomingDuplicateKey(doc(7))];
    // Each with the entry it stands for, named in the row's message.
    expect([...(await existingDuplicateKeys(db, 'incoming', keys.map((key) => ({ key }))))]).toEqual([[keys[0], { number: 1, date: '2026-03-09', year: 2026 }]]);
    expect(await issuerNameOf(db, incoming)).toBeUndefined();
  });

  it('a column mapping is remembered under the layout’s signature, with its column readings', async () => {
    expect(await savedImportMapping(db, 'v1:ngay den|so den')).toBeUndefined();
    const mapping = { kind: 'incoming' as const, columns: { arrivalDate: 0, registerNumber: 1 }, encodings: { 8: 'tcvn3' as const } };
    await rememberImportMapping(db, 'v1:ngay den|so den', mapping);
    expect(await savedImportMapping(db, 'v1:ngay den|so den')).toEqual(mapping);
  });

  it('an incoming key is held when an entry may be that document: the sender written another way, the same year, an undated one by its arrival', async () => {
    await registerIncoming(db, session, incoming.id, doc(1, { number: '262', notation: 'QĐ-STP', sender: 'Sở Tư pháp tỉnh Thái Bình' }), { today });
    const key = (over: Partial<IncomingInput>) => incomingDuplicateKey(doc(9, { number: '262', notation: 'QĐ-STP', ...over }));
    const short = key({ sender: 'Sở Tư pháp' });
    const undated = key({ sender: 'STP tỉnh Thái Bình', documentDate: '' });
    const other = key({ sender: 'Sở Tài chính' });
    const lastYear = key({ sender: 'Sở Tư pháp', documentDate: '2025-03-05' });
    const found = await existingDuplicateKeys(db, 'incoming', [{ key: short, arrivalDate: '2026-04-01' }, { key: undated, arrivalDate: '2026-04-01' }, { key: other, arrivalDate: '2026-04-01' }, { key: lastYear, arrivalDate: '2026-04-01' }]);
    expect([...found.keys()].sort()).toEqual([short, undated].sort());
    // Undated and arrived in another year: not that document.
    expect([...(await existingDuplicateKeys(db, 'incoming', [{ key: undated, arrivalDate: '2027-01-05' }]))]).toEqual([]);
  });
});
