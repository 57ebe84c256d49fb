// Old databases in real Chromium: each fixture was written by the app of its schema version
// (scripts/make-db-fixtures.mjs); it is put into a fresh profile exactly as that version left
// it, the current app opens it, Dexie upgrades it, and every record is checked against the
// fixture (every field kept; the fields later versions derive are there and right). A
// migration that fails leaves the old data readable, says so, and saves a copy to a file.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, startServer, type Server } from './harness';
import { dumpIdb, installOpfsSavePicker, loadIdbFixture, opfsFiles, readOpfsFile, type IdbFixture } from './idb-tools';
import { LuutruDb } from '../../renderer/src/db/schema';
import { deriveIncoming, deriveOutgoing } from '../../renderer/src/db/register-derived';

let server: Server;
const current = new LuutruDb('version-probe').verno;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

/** Index fields computed from an entry's other fields on every write and by migrations (v4, v8). */
const DERIVED = ['dupKey', 'openDeadline'];

const fixture = (v: number): IdbFixture => JSON.parse(readFileSync(`test/fixtures/db/luutru-v${v}.json`, 'utf8')) as IdbFixture;

/** A page of the app's origin that does not run the app, to put the old database in place. */
async function blankOnOrigin(page: Page): Promise<void> {
  const url = new URL('__fixture', server.url).toString();
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>fixture</title>' }));
  await page.goto(url);
}

function keyOf(row: Record<string, unknown>, keyPath: string | string[] | null): string {
  return JSON.stringify(Array.isArray(keyPath) ? keyPath.map((k) => row[k]) : row[keyPath ?? '']);
}

describe('databases made by every released schema version', () => {
  for (const v of [1, 2, 3, 4, 5]) {
    it(`v${v}: opened by the current app, upgraded, every record kept field by field`, { timeout: 120_000 }, async () => {
      const f = fixture(v);
      expect(f.madeBy.schemaVersion).toBe(v);
      expect(f.version).toBe(v * 10);
      const b = await openApp(server, undefined, 'about:blank');
      try {
        const { page } = b;
        await blankOnOrigin(page);
        await loadIdbFixture(page, f);
        await page.goto(server.url);
        await page.getByTestId('header-unit').waitFor();
        expect(await page.getByTestId('header-unit').textContent()).toBe('Ủy ban nhân dân xã Thụy Hải');
        await expect.poll(() => page.getByTestId('home-unit').textContent()).toContain('Phông lưu trữ UBND xã Thụy Hải');
        const after = await dumpIdb(page);
        expect(after.version).toBe(current * 10);
        let checked = 0;
        for (const store of f.stores) {
          const migrated = new Map((after.stores[store.name] ?? []).map((r) => [keyOf(r, store.keyPath), r]));
          expect(migrated.size, store.name).toBeGreaterThanOrEqual(store.rows.length);
          for (const row of store.rows) {
            const now = migrated.get(keyOf(row, store.keyPath));
            expect(now, `${store.name} ${keyOf(row, store.keyPath)}`).toBeDefined();
            // Every field the clerk's data holds is kept; the derived index fields are checked below (v8 re-derives them).
            for (const [field, value] of Object.entries(row)) if (!DERIVED.includes(field)) expect(now![field], `${store.name}.${field}`).toEqual(value);
            checked += 1;
          }
        }
        expect(checked).toBe(f.stores.reduce((a, s) => a + s.rows.length, 0));
        // Fields later versions derive (v4: the duplicate key and open deadline) are there and right.
        const bodies = new Map((after.stores.issuingBodies ?? []).map((x) => [x.id, x.name as string]));
        const registers = new Map((after.stores.registers ?? []).map((x) => [x.id, bodies.get(x.issuingBodyId as string) ?? '']));
        for (const d of after.stores.incomingDocs ?? []) {
          const derived = deriveIncoming(d as never);
          expect(d.dupKey).toBe(derived.dupKey);
          expect(d.openDeadline).toBe(derived.openDeadline);
        }
        for (const d of after.stores.outgoingDocs ?? []) expect(d.dupKey).toBe(deriveOutgoing(d as never, registers.get(d.registerId as string) ?? '').dupKey);
        for (const t of ['dossiers', 'boxes', 'processingJobs', 'backupLog']) expect(Object.keys(after.stores)).toContain(t);
      } finally {
        await b.close();
      }
    });
  }

  it('a migration that fails leaves the old data as it was, says so, and saves a copy of it', { timeout: 120_000 }, async () => {
    const f = fixture(3);
    // A damaged entry (a number where the sender's name belongs) makes the v4 upgrade throw.
    const broken: IdbFixture = { ...f, stores: f.stores.map((s) => (s.name === 'incomingDocs' ? { ...s, rows: s.rows.map((r, i) => (i === 0 ? { ...r, sender: 12345 } : r)) } : s)) };
    const b = await openApp(server, undefined, 'about:blank');
    try {
      const { page, context } = b;
      await installOpfsSavePicker(context);
      await blankOnOrigin(page);
      await loadIdbFixture(page, broken);
      const before = await dumpIdb(page);
      await page.goto(server.url);
      await page.getByTestId('migration-failed').waitFor();
      const text = await page.getByTestId('migration-failed').textContent();
      expect(text).toContain('Không nâng cấp được dữ liệu cũ');
      expect(text).toContain('Dữ liệu cũ VẪN CÒN NGUYÊN');
      // Still the old version, every record as it was.
      await blankOnOrigin(page);
      expect(await dumpIdb(page)).toEqual(before);
      await page.goto(server.url);
      await page.getByTestId('migration-save').click();
      await expect.poll(() => page.getByTestId('migration-saved').textContent()).toContain('bản ghi');
      const [name] = await opfsFiles(page);
      const lines = new TextDecoder().decode(await readOpfsFile(page, name!)).trim().split('\n').map((l) => JSON.parse(l) as { kind: string; rows?: unknown[]; version?: number });
      expect(lines[0]).toMatchObject({ kind: 'raw-dump', version: 30 });
      expect(lines.filter((l) => l.kind === 'rows').reduce((a, l) => a + l.rows!.length, 0)).toBe(f.stores.reduce((a, s) => a + s.rows.length, 0));
    } finally {
      await b.close();
    }
  });
});
