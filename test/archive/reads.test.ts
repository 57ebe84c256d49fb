// The province archive shows what the app shows: the same communes' exports imported into the
// app's IndexedDB and into PostgreSQL (PGlite and a real server) give the same overview, the same
// holdings, the same consolidated inventory sections, and a consolidated search that finds the
// same entries as the app's own search index (the same folding and tokens).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveHeldSearch, archiveHoldings, archiveInventory, archiveOverview, archiveReceivedBundles, archiveSearch, archiveUnitNames, pageOffset } from '../../renderer/src/archive/reads';
import { MAX_PREFIX_WORDS, tsQueryOf } from '../../renderer/src/archive/search';
import { indexTerms, MAX_SCAN_ROWS, scanBudget } from '../../renderer/src/archive/reads';
import type { ArchiveDb } from '../../renderer/src/archive/sql';
import { incomingSearchText, outgoingSearchText } from '../../renderer/src/core/registers/search-text';
import type { IncomingDoc, OutgoingDoc } from '../../renderer/src/db/register-records';
import { RegisterIndex } from '../../renderer/src/search/register-index';
import { indexedDbUpperApi } from '../../renderer/src/upper-api/indexeddb';
import { dossierInventoryDefinition } from '../../renderer/src/pdf/definitions/dossier-inventory';
import { archiveImportAll, ENGINES, openArchive } from '../helpers/archive-db';
import { expectTinosOnly, pdfText, pdfWriter } from '../helpers/pdf';
import { communeExport, type CommuneExport } from '../helpers/commune-export';
import { importAndApply, upper, type TestProfile } from '../helpers/exchange-units';
import { foreignRecords } from '../../renderer/src/db/repositories/foreign-repository';
import { worker } from '../helpers/index-worker';

const NOW = new Date('2026-02-01T00:00:00Z');
let communes: CommuneExport[];
let app: TestProfile;

beforeAll(async () => {
  // Thụy Trình's job set two papers aside to discard: records received, not holdings, on both stores.
  communes = [await communeExport('Ủy ban nhân dân xã Thụy Hải', '12345', { seed: 3 }), await communeExport('Ủy ban nhân dân xã Thụy Trình', '23456', { seed: 5, dossiers: 3, discarded: 2 })];
  app = await upper();
  for (const c of communes) await importAndApply(app, c.files);
});

describe.each(ENGINES)('reads of the archive match the app ($name)', (engine) => {
  let db: ArchiveDb;
  beforeAll(async () => {
    ({ db } = await openArchive(engine));
    for (const c of communes) await archiveImportAll(db, c.files);
  });
  afterAll(async () => db?.close());

  it('overview: each commune with its last bundle, no gaps and its record counts', async () => {
    const api = indexedDbUpperApi(app.db, { name: 'Lưu trữ lịch sử tỉnh Hưng Yên', parentName: '' }, app.session);
    const mine = await archiveOverview(db, NOW);
    expect(mine.map((r) => r.name)).toEqual(['Ủy ban nhân dân xã Thụy Hải', 'Ủy ban nhân dân xã Thụy Trình']);
    expect(mine[0]!.counts.incomingDocs).toBe(30);
    expect(mine).toEqual(await api.overview(NOW));
    expect(await archiveHoldings(db)).toEqual(await api.holdings());
    expect(mine[1]!.counts.dossiers).toBe(5);
    expect((await archiveHoldings(db)).byOrigin[mine[1]!.unitId]?.dossiers).toBe(3);
    const names = await archiveUnitNames(db);
    const appNames = await api.unitNames();
    // Every unit by the same name; each store names itself (the archive and the app's profile are different units).
    expect(Object.values(names).sort()).toEqual(Object.values(appNames).sort());
    expect(names[communes[0]!.profile.session.unitId]).toBe('Ủy ban nhân dân xã Thụy Hải');
  });

  it('bundles received: the same files, the last import first, a page at a time', async () => {
    const api = indexedDbUpperApi(app.db, { name: 'Lưu trữ lịch sử tỉnh Hưng Yên', parentName: '' }, app.session);
    // Each store took them in at its own time, by its own operator: the rest is the same.
    const sameFile = ({ importedAt: _at, importedBy: _by, ...rest }: { importedAt: string; importedBy: string }) => rest;
    const mine = await archiveReceivedBundles(db, 0, 50);
    const theirs = await api.receivedBundles(0, 50);
    expect(mine.total).toBe(communes.reduce((n, c) => n + c.files.length, 0));
    expect(mine.total).toBe(theirs.total);
    expect(mine.rows.map(sameFile)).toEqual(theirs.rows.map(sameFile));
    // Thụy Trình was imported after Thụy Hải, on both stores.
    expect(mine.rows[0]!.originName).toBe('Ủy ban nhân dân xã Thụy Trình');
    expect(mine.rows.at(-1)!.originName).toBe('Ủy ban nhân dân xã Thụy Hải');
    expect(mine.rows.every((r) => r.importedBy === 'Trần Văn Bình' && r.fileName.endsWith('.luutru.json') && r.sequence === 1)).toBe(true);
    expect((await archiveReceivedBundles(db, 1, 1)).rows).toEqual([mine.rows[1]]);
    // One unit's bundles, the same on both stores.
    const one = communes[0]!.profile.session.unitId;
    const mineOne = await archiveReceivedBundles(db, 0, 50, one);
    expect(mineOne.total).toBe(communes[0]!.files.length);
    expect(mineOne.rows.map((r) => r.origin)).toEqual(communes[0]!.files.map(() => one));
    expect(mineOne.rows.map(sameFile)).toEqual((await api.receivedBundles(0, 50, one)).rows.map(sameFile));
    expect((await archiveReceivedBundles(db, 0, 50, 'không có đơn vị này')).total).toBe(0);
    expect((await api.receivedBundles(1, 1)).rows).toEqual([theirs.rows[1]]);
    // A page past the end is empty, and an offset no database takes (typed into the address) is read as the first page.
    expect((await archiveReceivedBundles(db, 1e20, 20)).rows).toEqual([]);
    expect((await archiveReceivedBundles(db, Infinity, 20)).rows).toEqual(mine.rows.slice(0, 20));
    expect([pageOffset(-5), pageOffset(2.7), pageOffset(Number.POSITIVE_INFINITY), pageOffset(Number.NaN), pageOffset(1e20)]).toEqual([0, 2, 0, 0, 1e9]);
  });

  it('consolidated inventory: the same sections, every unit or one', async () => {
    const api = indexedDbUpperApi(app.db, { name: 'Lưu trữ lịch sử tỉnh Hưng Yên', parentName: 'Sở Nội vụ tỉnh Hưng Yên' }, app.session);
    const all = await archiveInventory(db);
    expect(all.sections.map((s) => s.heading)).toEqual((await api.inventory()).sections.map((s) => s.heading));
    expect(all.sections).toEqual((await api.inventory()).sections);
    expect(all.sections.length).toBe(4);
    const one = await archiveInventory(db, communes[1]!.profile.session.unitId);
    expect(one.sections.every((s) => s.unitId === communes[1]!.profile.session.unitId)).toBe(true);
    expect(one.sections.flatMap((s) => s.rows).length).toBe(3);
    // The consolidated inventory PDF from the archive's data, with the app's own builder.
    const years = all.sections.flatMap((s) => [s.fromYear, s.toYear]);
    const file = await pdfWriter('luutru-archive-inventory-')(`muc-luc-tong-hop-${engine.name}.pdf`, dossierInventoryDefinition({
      unit: all.unit,
      fromYear: Math.min(...years),
      toYear: Math.max(...years),
      sections: all.sections.map((s) => ({ heading: s.heading, rows: s.rows })),
      options: { title: 'MỤC LỤC HỒ SƠ TỔNG HỢP', date: new Date('2026-02-01'), preparer: 'Trần Văn Bình' },
    }));
    const text = pdfText(file);
    expect(text).toContain('MỤC LỤC HỒ SƠ TỔNG HỢP');
    expect(text).toContain('Ủy ban nhân dân xã Thụy Trình — Phông lưu trữ Ủy ban nhân dân xã Thụy Trình (phông số 15)');
    expect(text).toContain('LƯU TRỮ LỊCH SỬ TỈNH HƯNG YÊN');
    expect(text).toContain('01.TH');
    expectTinosOnly(file);
  });

  it('archive search finds the dossiers and boxes the app’s archive index finds, by title, notation and numbers; a box by its name and place, first', async () => {
    // The app's archive index in this process (the app asks its index worker).
    const api = indexedDbUpperApi(app.db, { name: 'Lưu trữ lịch sử tỉnh Hưng Yên', parentName: '' }, app.session, worker().client);
    const byId = (items: readonly { id: string }[] | null) => [...(items ?? [])].sort((a, b) => a.id.localeCompare(b.id));
    try {
      // A box's number as typed ("hộp 01" is box 01; no box 02 here: "hộp 2" asked as typed), and "tong hop 2" (TỔNG HỢP).
      for (const q of ['cong tac van thu', 'Hồ sơ về công tác văn thư, lưu trữ của Ủy ban nhân dân xã Thụy Trình', 'tap 2', '02.th', 'HS 1', 'ML 2 HS 1', 'thuy hai nam 2025 (t', 'hộp 01', 'hộp 2', 'tong hop 2']) {
        const mine = await archiveHeldSearch(db, q, { limit: 200 });
        expect(mine.length, q).toBeGreaterThan(0);
        expect(byId(mine), q).toEqual(byId(await api.searchHeld(q, { limit: 200 })));
      }
      // One unit's only.
      const trinh = communes[1]!.profile.session.unitId;
      const one = await archiveHeldSearch(db, 'cong tac van thu', { origin: trinh, limit: 200 });
      expect(one.length).toBeGreaterThan(0);
      expect(one.every((h) => h.origin === trinh)).toBe(true);
      expect(byId(one)).toEqual(byId(await api.searchHeld('cong tac van thu', { origin: trinh, limit: 200 })));
      // "HS 1" is file 1, not every "1"; a dossier hit says where its paper is.
      const first = await archiveHeldSearch(db, 'HS 1', { limit: 200 });
      expect(first.every((h) => h.kind === 'dossier' && /^ML \d+ · HS 1 — /.test(h.what))).toBe(true);
      expect(first.every((h) => /^ML \d+ · hộp \d{2}/.test(h.where))).toBe(true);
      // A box by its name: its boxes first, then the files in them (not TỔNG HỢP's files 01.TH: "hợp" folds as "hộp"), all of
      // which the app's index finds too (it adds a dossier's box to its words).
      const found = await archiveHeldSearch(db, 'hop 01', { limit: 200 });
      const boxCount = found.filter((h) => h.kind === 'box').length;
      expect(boxCount).toBeGreaterThan(0);
      expect(found.slice(0, boxCount).every((h) => h.kind === 'box' && /hộp 01/.test(h.what))).toBe(true);
      expect(found.length).toBeGreaterThan(boxCount);
      expect(found.slice(boxCount).every((h) => h.kind === 'dossier' && /^ML \d+ · hộp 01/.test(h.where))).toBe(true);
      const theirs = (await api.searchHeld('hop 01', { limit: 200 }))!;
      expect(byId(found.slice(0, boxCount))).toEqual(byId(theirs.slice(0, boxCount)));
      expect(theirs[boxCount]?.kind).not.toBe('box');
      const theirIds = new Set(theirs.map((h) => h.id));
      expect(found.every((h) => theirIds.has(h.id))).toBe(true);
      expect(await archiveHeldSearch(db, 'khong co tu nay', { limit: 200 })).toEqual([]);
      expect(await archiveHeldSearch(db, ' ,.; ', { limit: 200 })).toEqual([]);
    } finally {
      api.closeSearch();
    }
  });

  it('consolidated search finds what the app’s index finds, typed without diacritics, by number or notation', async () => {
    // The app keeps received units' entries in their blocks (foreign-store.ts).
    const docs = [...(await foreignRecords(app.db, 'incomingDocs')), ...(await foreignRecords(app.db, 'outgoingDocs'))] as unknown as (IncomingDoc | OutgoingDoc)[];
    const index = new RegisterIndex();
    index.add(docs.map((d) => ({ id: d.id, text: 'arrivalNumber' in d ? incomingSearchText(d) : outgoingSearchText(d) })));
    const sample = docs[7]!;
    const words = sample.summary.split(/\s+/).slice(0, 3).join(' ');
    const queries = ['cong van', 'uy ban nhan dan', 'quyet dinh ve viec', 'uy ban nhan dan x', 'quyet dinh v', 'cong van 2', words, `${sample.summary.split(/\s+/)[1]} ${sample.summary.split(/\s+/)[2]?.slice(0, 2) ?? ''}`, '05/', 'qd-ubnd'];
    for (const q of queries) {
      const pg = await archiveSearch(db, q, { limit: 1000 });
      const mine = index.search(q, { limit: 1000 });
      expect(pg.map((h) => h.id).sort(), q).toEqual([...mine].sort());
    }
    // A common query answered from the first entries looked at: as many as asked, each a true match.
    const all = new Set(index.search('uy ban', { limit: 100_000 }));
    expect(all.size).toBeGreaterThan(2);
    const few = await archiveSearch(db, 'uy ban', { limit: all.size - 1 });
    expect(few).toHaveLength(all.size - 1);
    expect(few.every((h) => all.has(h.id))).toBe(true);
    // Words most entries hold, a few asked: found among the first entries read in table order.
    const common = new Set(index.search('cong van', { limit: 100_000 }));
    expect(common.size).toBeGreaterThan(docs.length / 2);
    const first = await archiveSearch(db, 'cong van', { limit: 3 });
    expect(first).toHaveLength(3);
    expect(first.every((h) => common.has(h.id))).toBe(true);
    const hits = await archiveSearch(db, words, { limit: 200 });
    expect(hits.some((h) => h.id === sample.id)).toBe(true);
    const onlyB = await archiveSearch(db, 'uy ban', { limit: 200, origin: communes[1]!.profile.session.unitId });
    expect(onlyB.length).toBeGreaterThan(0);
    expect(onlyB.every((h) => h.origin === communes[1]!.profile.session.unitId)).toBe(true);
    expect(await archiveSearch(db, '  ', { limit: 10 })).toEqual([]);
  });

  it('the word being typed: its first letter is a token, a longer start is spelled out as the stored words it starts, or matched as a prefix when it starts very many', async () => {
    expect(await tsQueryOf(db, 'Quyết định v')).toBe("'quyet' & 'dinh' & '>v'");
    expect(await tsQueryOf(db, 'số 20')).toBe("'so' & '>20'");
    const spelled = /^'uy' & 'ban' & 'nhan' & \((.+)\)$/.exec((await tsQueryOf(db, 'uy ban nhan da')) ?? '');
    const started = spelled?.[1]?.split(' | ').map((w) => w.slice(1, -1)) ?? [];
    expect(started).toContain('dan');
    expect(started.every((w) => w.startsWith('da'))).toBe(true);
    // No stored word starts with it: nothing can match, and nothing is asked of the index.
    expect(await tsQueryOf(db, 'uy ban qqqz')).toBeNull();
    expect(await tsQueryOf(db, 'uy qqqz ban')).toBeNull();
    expect(await tsQueryOf(db, ' !? ')).toBeUndefined();
    await db.query('INSERT INTO search_words (word, n) SELECT $1 || g, 1 FROM generate_series(0, $2) AS g', ['zzw', MAX_PREFIX_WORDS]);
    try {
      expect(await tsQueryOf(db, 'uy zzw')).toBe("'uy' & 'zzw':*");
      expect(await archiveSearch(db, 'uy zzw', { limit: 10 })).toEqual([]);
    } finally {
      await db.query("DELETE FROM search_words WHERE word LIKE 'zzw%'");
    }
  });
});

describe.each(ENGINES)('consolidated inventory of one unit whose name another unit shares ($name)', (engine) => {
  let db: ArchiveDb;
  let twins: CommuneExport[];
  let twinApp: TestProfile;
  beforeAll(async () => {
    // Two communes of one name (of two former districts), told apart by their codes.
    twins = [await communeExport('Ủy ban nhân dân xã Tân Lập', '11111', { incoming: 2, outgoing: 1, dossiers: 2 }), await communeExport('Ủy ban nhân dân xã Tân Lập', '22222', { incoming: 2, outgoing: 1, dossiers: 2, seed: 7 })];
    ({ db } = await openArchive(engine));
    twinApp = await upper();
    for (const c of twins) {
      await archiveImportAll(db, c.files);
      await importAndApply(twinApp, c.files);
    }
  });
  afterAll(async () => db?.close());

  it('printed alone, its heading carries its code, as every unit’s inventory and the app’s name it', async () => {
    const api = indexedDbUpperApi(twinApp.db, { name: 'Lưu trữ lịch sử tỉnh Hưng Yên', parentName: '' }, twinApp.session);
    const second = twins[1]!.profile.session.unitId;
    const one = await archiveInventory(db, second);
    expect(one.sections.length).toBeGreaterThan(0);
    expect(one.sections.every((s) => s.unitId === second && s.heading.startsWith('Ủy ban nhân dân xã Tân Lập (22222) — '))).toBe(true);
    expect(one.sections).toEqual((await api.inventory(second)).sections);
    const all = await archiveInventory(db);
    expect(all.sections.filter((s) => s.unitId === second)).toEqual(one.sections);
    expect(all.sections.some((s) => s.heading.startsWith('Ủy ban nhân dân xã Tân Lập (11111) — '))).toBe(true);
  });
});

describe('how a search is asked of PostgreSQL', () => {
  it('common words are looked for in table order, a rare word through the index', () => {
    // 1M entries; "ket qua quan ly": every term held by a third of them or more.
    const common = scanBudget([288_000, 480_000, 440_000], 1_000_000, 200);
    expect(common).toBeGreaterThan(0);
    expect(common).toBeLessThanOrEqual(MAX_SCAN_ROWS);
    // One term held by 800 entries: the index steps through its 800.
    expect(scanBudget([800, 480_000, 440_000], 1_000_000, 200)).toBe(0);
    // Terms that rarely meet would need a long scan: the index.
    expect(scanBudget([100_000, 80_000, 80_000], 1_000_000, 200)).toBe(0);
    // "ra soat": two words each in 8 % of the entries, always together: 31k entries if they were apart, far
    // fewer as they are; tried in table order for as long as the index would take (its 80k entries).
    expect(scanBudget([80_000, 80_000], 1_000_000, 200)).toBe(24_000);
    // Nothing stored, or nothing asked.
    expect(scanBudget([5], 0, 200)).toBe(0);
    expect(scanBudget([], 1_000_000, 200)).toBe(0);
  });

  it('the index is asked for the rarest term and every term at most half the entries hold; the others are checked on its rows', () => {
    // "ly tai san": "tai" is in every entry, "ly" in 43 %, "san" in 1.6 %.
    expect(indexTerms([431_650, 1_000_000, 15_886], 1_000_000)).toEqual([0, 2]);
    expect(indexTerms([900_000, 950_000, Number.MAX_SAFE_INTEGER], 1_000_000)).toEqual([0]);
    expect(indexTerms([40, 30], 100)).toEqual([0, 1]);
  });
});
