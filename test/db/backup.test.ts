// Backup and restore in Node (fake-indexeddb, real WebCrypto): a commune with registers,
// a bundle sent and a draft is backed up through a streamed sink, restored into a fresh
// profile, and every table's content hash is the same; tampered, truncated and foreign
// files are refused with nothing written; sequences continue; the unit gets a new key.
import { beforeAll, describe, expect, it } from 'vitest';
import { openDb, type LuutruDb } from '../../renderer/src/db/schema';
import { completeSetup } from '../../renderer/src/db/repositories/unit-repository';
import { ensureYearRegisters } from '../../renderer/src/db/repositories/register-repository';
import { registerIncoming } from '../../renderer/src/db/repositories/entry-repository';
import { importIncomingRows } from '../../renderer/src/db/repositories/register-import-repository';
import { saveDraft } from '../../renderer/src/db/repositories/draft-repository';
import { exportBundle } from '../../renderer/src/db/exchange/export';
import { activeSigningKey } from '../../renderer/src/db/exchange/keys';
import { writeBackup } from '../../renderer/src/db/backup/write-backup';
import { checkBackup, restoreBackup } from '../../renderer/src/db/backup/restore';
import { backupTables, contentDigests } from '../../renderer/src/db/backup/content';
import { lastBackups } from '../../renderer/src/db/backup/backup-log';
import { joined, memorySink, memorySource, type StreamedFile } from '../../renderer/src/platform/testing';
import { AppError } from '../../renderer/src/core/errors';
import { seededRng } from '../fixtures/generate';
import { generateIncomingDocFields } from '../fixtures/generate-registers';
import { thuyHaiSetup } from '../fixtures/setup-input';
import { databaseDigest } from '../helpers/db-digest';

let n = 0;
const session = { unitId: '', operator: 'Nguyễn Thị Lan' };
let source: LuutruDb;
let file: StreamedFile;
let bytes: Uint8Array;

async function backupOf(db: LuutruDb): Promise<{ file: StreamedFile; bytes: Uint8Array }> {
  const f: StreamedFile = { name: 'b.luutru-backup', pieces: [], closed: false, aborted: false };
  await writeBackup(db, memorySink(f), { operator: 'Nguyễn Thị Lan', appVersion: 'test' });
  return { file: f, bytes: joined(f) };
}

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  throw new Error('not refused');
}

beforeAll(async () => {
  source = await openDb(`bk-${n++}`);
  const unit = await completeSetup(source, thuyHaiSetup);
  session.unitId = unit.id;
  const [incoming] = await ensureYearRegisters(source, session, 2026);
  const rng = seededRng(11);
  // 2,500 entries: several 1,000-row chunks and a sink fed more than once.
  const rows = Array.from({ length: 2499 }, (_, i) => ({ rowNumber: i + 2, input: { ...generateIncomingDocFields(rng, i, incoming!.id, 2026, { today: '2026-12-31' }), arrivalNumber: i + 1 } }));
  expect((await importIncomingRows(source, session, incoming!.id, rows, { today: '2026-12-31', fileName: 'so-den-2026.xlsx' })).count).toBe(2499);
  const one = generateIncomingDocFields(rng, 2499, incoming!.id, 2026, { today: '2026-12-31' });
  const r = await registerIncoming(source, session, incoming!.id, one, { today: '2026-12-31', confirmDuplicate: true });
  expect(r.kind).toBe('saved');
  await exportBundle(source, { kind: 'full', operator: 'Nguyễn Thị Lan' });
  await saveDraft(source, 'incoming-entry:x', { sender: 'Sở Nội vụ tỉnh Hưng Yên', summary: 'V/v đang gõ dở' });
  ({ file, bytes } = await backupOf(source));
}, 180_000);

describe('backup', () => {
  it('streams the file in pieces of about 1 MB, never as one block', () => {
    expect(file.closed).toBe(true);
    expect(file.pieces.length).toBeGreaterThan(1);
    for (const p of file.pieces) expect(p.length).toBeLessThan(2 * 1024 * 1024);
  });

  it('holds every table except the signing keys and the backup log, and is recorded for the reminder', async () => {
    const summary = await checkBackup(source, memorySource('b', bytes));
    expect(summary.header.tables).not.toContain('signingKeys');
    expect(summary.header.tables).not.toContain('backupLog');
    expect(summary.manifest.tables.incomingDocs!.rows).toBe(2500);
    expect(summary.manifest.tables.drafts!.rows).toBe(1);
    expect(summary.manifest.lastExportSequence).toBe(1);
    expect(summary.header.unit.adminCode).toBe('12345');
    expect(summary.fingerprint.kid).toBe((await activeSigningKey(source, session.unitId))!.kid);
    expect(new TextDecoder().decode(bytes)).not.toContain('privateKey');
  });
});

describe('restore into a fresh profile', () => {
  it('gives every table the content hash it had before the backup; a new key; sequences continue', async () => {
    const before = await contentDigests(source);
    const oldKid = (await activeSigningKey(source, session.unitId))!.kid;
    const fresh = await openDb(`bk-${n++}`);
    const summary = await checkBackup(fresh, memorySource('b', bytes));
    await restoreBackup(fresh, memorySource('b', bytes), summary, { operator: 'Nguyễn Thị Lan' });
    expect(await contentDigests(fresh)).toEqual(before);
    expect(backupTables(fresh)).toEqual(Object.keys(before));
    // Structurally equal too, row for row (not only hash-equal).
    expect(await fresh.incomingDocs.orderBy('id').toArray()).toEqual(await source.incomingDocs.orderBy('id').toArray());
    const newKey = await activeSigningKey(fresh, session.unitId);
    expect(newKey).toBeDefined();
    expect(newKey!.kid).not.toBe(oldKid);
    // Its announcement names the key lost (the backup's signer) and the backup, for the archive to compare a later restore with.
    expect(newKey!.recovery).toMatchObject({ kind: 'key-recovery', newKid: newKey!.kid, previousKid: oldKid, backupCreatedAt: summary.header.createdAt });
    expect((await lastBackups(fresh)).last?.kind).toBe('restore');
    const next = await exportBundle(fresh, { kind: 'full', operator: 'Nguyễn Thị Lan' });
    expect(next.sequence).toBe(2);
  }, 120_000);
});

describe('refused files leave the profile as it was', () => {
  async function target(): Promise<{ db: LuutruDb; digest: string }> {
    const db = await openDb(`bk-${n++}`);
    await completeSetup(db, { ...thuyHaiSetup, unit: { ...thuyHaiSetup.unit, name: 'Ủy ban nhân dân xã Thụy Trình', adminCode: '12346' } });
    return { db, digest: await databaseDigest(db) };
  }

  it('a changed letter in one entry', async () => {
    const { db, digest } = await target();
    const text = new TextDecoder().decode(bytes);
    const at = text.indexOf('"summary":"') + 12;
    const bad = new TextEncoder().encode(text.slice(0, at) + (text[at] === 'a' ? 'b' : 'a') + text.slice(at + 1));
    expect(await refusal(checkBackup(db, memorySource('b', bad)))).toBe('backup.tampered');
    expect(await databaseDigest(db)).toBe(digest);
  });

  it('a file cut short (copy not finished)', async () => {
    const { db, digest } = await target();
    expect(await refusal(checkBackup(db, memorySource('b', bytes.slice(0, Math.floor(bytes.length * 0.6)))))).toBe('backup.truncated');
    expect(await refusal(checkBackup(db, memorySource('b', bytes.slice(0, bytes.length - 40))))).toBe('backup.truncated');
    expect(await databaseDigest(db)).toBe(digest);
  });

  it('a bundle, a spreadsheet or an empty file instead of a backup', async () => {
    const { db, digest } = await target();
    expect(await refusal(checkBackup(db, memorySource('x.json', new TextEncoder().encode('{"protected":"e30","payload":"e30","signature":"x"}\n'))))).toBe('backup.notBackup');
    expect(await refusal(checkBackup(db, memorySource('x.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))))).toBe('backup.notBackup');
    expect(await refusal(checkBackup(db, memorySource('x', new Uint8Array())))).toBe('backup.empty');
    expect(await databaseDigest(db)).toBe(digest);
  });

  it('lines swapped between tables, or a chunk dropped', async () => {
    const { db, digest } = await target();
    const lines = new TextDecoder().decode(bytes).split('\n');
    const rowsAt = lines.findIndex((l) => l.includes('"table":"incomingDocs"'));
    const dropped = [...lines.slice(0, rowsAt), ...lines.slice(rowsAt + 1)].join('\n');
    expect(await refusal(checkBackup(db, memorySource('b', new TextEncoder().encode(dropped))))).toBe('backup.tampered');
    const swapped = [...lines];
    [swapped[rowsAt], swapped[rowsAt + 1]] = [swapped[rowsAt + 1]!, swapped[rowsAt]!];
    expect(await refusal(checkBackup(db, memorySource('b', new TextEncoder().encode(swapped.join('\n')))))).toBe('backup.tampered');
    expect(await databaseDigest(db)).toBe(digest);
  });

  it('a backup made by a newer version of the app', async () => {
    const { db, digest } = await target();
    const text = new TextDecoder().decode(bytes).replace(/"schemaVersion":\d+/, '"schemaVersion":999');
    expect(await refusal(checkBackup(db, memorySource('b', new TextEncoder().encode(text))))).toBe('backup.tooNew');
    expect(await databaseDigest(db)).toBe(digest);
  });
});
