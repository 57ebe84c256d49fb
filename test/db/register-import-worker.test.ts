// The register import as the page drives it: the client against the worker's host behind a
// MessageChannel (replies arrive asynchronously, as from a Worker), over the same database.
// Read, dry run and import with progress; a stopped dry run or import; errors that arrive
// with their code (so the clerk reads the sentence, not "unknown error").
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../renderer/src/core/errors';
import { suggestMapping } from '../../renderer/src/core/register-import';
import { openDb, type LuutruDb } from '../../renderer/src/db/schema';
import { completeSetup } from '../../renderer/src/db/repositories/unit-repository';
import { ensureYearRegisters } from '../../renderer/src/db/repositories/register-repository';
import { listIncoming } from '../../renderer/src/db/repositories/entry-repository';
import { savedImportMapping } from '../../renderer/src/db/repositories/register-import-repository';
import { mappingSignature } from '../../renderer/src/core/register-import';
import type { Register } from '../../renderer/src/db/register-records';
import type { Session } from '../../renderer/src/db/changes';
import { RegisterImportClient, type ImportProgress } from '../../renderer/src/features/registers/register-import-client';
import { createRegisterImportHost } from '../../renderer/src/features/registers/register-import-host';
import { fakeWorker } from '../helpers/fake-worker';
import { INCOMING_FIXTURE } from '../fixtures/registers/make-xlsx';
import { EMPTY_FIXTURE } from '../fixtures/registers/make-hostile-xlsx';
import { buildLargeIncomingWorkbook } from '../fixtures/registers/large-register';
import { thuyHaiSetup } from '../fixtures/setup-input';

let db: LuutruDb;
let session: Session;
let register: Register;
let n = 0;

beforeEach(async () => {
  db = await openDb(`register-import-worker-${n++}`);
  const unit = await completeSetup(db, thuyHaiSetup, new Date(2025, 10, 20));
  session = { unitId: unit.id, operator: 'Nguyễn Thị Lan' };
  register = (await ensureYearRegisters(db, session, 2025, new Date(2025, 10, 20))).find((r) => r.kind === 'incoming')!;
});

function client(): RegisterImportClient {
  const host = createRegisterImportHost((name) => openDb(name));
  return new RegisterImportClient(() => fakeWorker(host));
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(e instanceof AppError)) throw new Error(`expected an AppError, got ${String(e)}`);
  return e.code;
}

async function readAndPlan(c: RegisterImportClient, bytes: Uint8Array, onProgress?: (p: ImportProgress) => void) {
  // A copy: reading moves the bytes to the worker.
  const read = await c.read(bytes.slice(), 'incoming').result;
  const sheet = read.sheets[read.firstSheet]!;
  const header = sheet.header!;
  const mapping = suggestMapping(header.headers, 'incoming');
  const request = { token: read.token, dbName: db.name, registerId: register.id, sheetIndex: read.firstSheet, headerRowNumber: header.rowNumber, mapping, today: '2026-01-15' };
  return { read, header, mapping, job: c.plan(request, onProgress) };
}

describe('RegisterImportClient', () => {
  it('reads, checks and imports the TCVN3 register, reporting each stage, and remembers the mapping', async () => {
    const c = client();
    const stages = new Set<string>();
    const read = await c.read(new Uint8Array(readFileSync(INCOMING_FIXTURE)), 'incoming', (p) => stages.add(p.stage)).result;
    const heardByReply = [...stages];
    // Progress comes on its own port; one told just before the reply may land after it and is dropped then.
    await new Promise((r) => setTimeout(r, 20));
    expect(read.sheets.map((s) => [s.name, s.rowCount, s.header?.rowNumber])).toEqual([['Sổ đến 2025', 65, 3]]);
    expect(read.sheets[0]?.preview[2]?.cells[0]?.text).toBe('Ngày đến');
    expect(heardByReply.length).toBeGreaterThan(0);
    expect(['unzip', 'parse', 'cells'].slice(0, heardByReply.length)).toEqual(heardByReply);
    expect([...stages]).toEqual(heardByReply);
    const header = read.sheets[0]!.header!;
    const mapping = suggestMapping(header.headers, 'incoming');
    const plan = await c.plan({ token: read.token, dbName: db.name, registerId: register.id, sheetIndex: 0, headerRowNumber: 3, mapping, today: '2026-01-31' }).result;
    expect(plan.totals).toMatchObject({ ok: 54, error: 5, duplicate: 1, empty: 2 });
    expect(plan.importable).toEqual({ withoutDuplicates: 54, withDuplicates: 55 });
    expect(plan.rows.find((r) => r.rowNumber === 17)?.issues[0]).toMatchObject({ code: 'registerImport.date.invalid', params: { cell: 'A17', row: 17 } });
    const progress: ImportProgress[] = [];
    const result = await c.apply({ token: read.token, dbName: db.name, session, includeDuplicates: false, today: '2026-01-31', fileName: 'so-den-2025-tcvn3.xlsx' }, (p) => progress.push(p)).result;
    expect(result).toEqual({ count: 54, lastNumber: 60 });
    expect((await listIncoming(db, register.id)).length).toBe(54);
    expect(progress.at(-1)).toEqual({ stage: 'write', done: 55, total: 55 });
    expect(await savedImportMapping(db, mappingSignature(header.headers))).toEqual(mapping);
  });

  it('a dry run stopped midway ends with "cancelled"; an import stopped while writing leaves nothing written', { timeout: 120_000 }, async () => {
    const bytes = await buildLargeIncomingWorkbook(5000, 2025);
    const c = client();
    const checking: { job?: { stop(): void } } = {};
    const { job } = await readAndPlan(c, bytes, (p) => p.stage === 'check' && p.done > 0 && checking.job?.stop());
    checking.job = job;
    expect(await codeOf(job.result)).toBe('registerImport.cancelled');

    const again = await readAndPlan(c, bytes);
    expect((await again.job.result).totals.ok).toBe(5000);
    const journalBefore = await db.journal.count();
    const writing: { job?: { stop(): void } } = {};
    const apply = c.apply({ token: again.read.token, dbName: db.name, session, includeDuplicates: false, today: '2026-01-15', fileName: 'big.xlsx' }, (p) => {
      if (p.stage === 'write' && p.done > 0) writing.job?.stop();
    });
    writing.job = apply;
    expect(await codeOf(apply.result)).toBe('registerImport.cancelled');
    expect(await db.incomingDocs.count()).toBe(0);
    expect(await db.journal.count()).toBe(journalBefore);
  });

  it('errors of the worker arrive with their code: an empty workbook; stopping a read stops the worker', async () => {
    const c = client();
    expect(await codeOf(c.read(new Uint8Array(readFileSync(EMPTY_FIXTURE)), 'incoming').result)).toBe('spreadsheet.empty');
    const reading = c.read(new Uint8Array(readFileSync(INCOMING_FIXTURE)), 'incoming');
    reading.stop();
    expect(await codeOf(reading.result)).toBe('worker.stopped');
    // The next call starts a fresh worker.
    expect((await c.read(new Uint8Array(readFileSync(INCOMING_FIXTURE)), 'incoming').result).sheets).toHaveLength(1);
  });
});
