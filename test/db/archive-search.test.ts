// Archive search (slips, dossiers, documents inside dossiers, boxes) on per-unit persisted
// indexes (one scope per unit in the index worker, here the real index host behind a
// MessageChannel over fake-indexeddb): it shows the rows the in-memory build before it showed
// (kind, unit, what, where), for every unit or one fonds; it tells the first build's progress;
// after a reload nothing is read again; an edit to a dossier, a box, a document or a linked
// register entry shows at the next query without a rebuild; an import of one commune rebuilds
// that commune's scope only; the card reads the rows of the page it shows, and typing on reads
// no block again; a unit whose scope cannot be built makes the search fail in words.
import { archiveQuery, fileNumbersQuery } from '../../renderer/src/core/processing/search-text';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeChanges } from '../../renderer/src/db/changes';
import { listFonds } from '../../renderer/src/db/repositories/unit-repository';
import { lastJournalSeq } from '../../renderer/src/db/repositories/journal-repository';
import { saveJob } from '../../renderer/src/db/repositories/processing-repository';
import { docRowsOf } from '../../renderer/src/db/repositories/dossier-doc-repository';
import { listBoxes, listDossiers } from '../../renderer/src/db/repositories/dossier-repository';
import { foreignOfFonds, foreignRecords } from '../../renderer/src/db/repositories/foreign-repository';
import type { LuutruDb } from '../../renderer/src/db/schema';
import type { Box, Dossier } from '../../renderer/src/core/dossiers/types';
import type { DossierDoc } from '../../renderer/src/core/processing/types';
import { documentItem, dossierItem } from '../../renderer/src/core/processing/archive-items';
import { asksOfDocuments, boxName, boxPlace, boxSearchText, docSearchText, dossierSearchText, shelfWords } from '../../renderer/src/core/processing/search-text';
import { RegisterIndex } from '../../renderer/src/search/register-index';
import { queryTerms } from '../../renderer/src/search/tokens';
import { ArchiveIndexSearch, type ArchiveItem } from '../../renderer/src/search/archive-search';
import { namesBox } from '../../renderer/src/core/processing/search-text';
import { AppError } from '../../renderer/src/core/errors';
import { ForeignBlockCache } from '../../renderer/src/db/repositories/foreign-block-cache';
import { SearchDb } from '../../renderer/src/search/persisted/search-db';
import { seededRng } from '../fixtures/generate';
import { generateIncomingDocFields } from '../fixtures/generate-registers';
import { commune, upper, type TestProfile } from '../helpers/exchange-units';
import { send, worker } from '../helpers/index-worker';

type Made = { fondsId: string; dossiers: string[]; boxes: string[]; docs: string[]; entries: string[] };

/** A unit's processing job, boxes on shelves, slips and plan dossiers (some boxed, some numbered), documents typed or linked to register entries; a few taken out. */
async function addArchive(c: TestProfile, seed: number, n: { boxes: number; dossiers: number; docs: number }): Promise<Made> {
  const rng = seededRng(seed);
  const unitId = c.session.unitId;
  const fondsId = (await listFonds(c.db, unitId))[0]!.id;
  const job = await saveJob(c.db, c.session, { unitId, fondsId, name: 'Chỉnh lý tài liệu tồn đọng giai đoạn 1995–2005', receivedMetres: 12.5, processedMetres: 0, discardedMetres: 0, status: 'open', note: '', scheme: [] }, '2026-03-02');
  const made: Made = { fondsId, dossiers: [], boxes: [], docs: [], entries: [] };
  await writeChanges(c.db, c.session, { action: 'test.add' }, ['registers', 'incomingDocs', 'boxes', 'dossiers', 'dossierDocs'], async (ch) => {
    const reg = ch.create('registers', { unitId, kind: 'incoming', year: 2026, name: 'Sổ đăng ký văn bản đến năm 2026' });
    for (let i = 1; i <= 40; i++) made.entries.push(ch.create('incomingDocs', { ...generateIncomingDocFields(rng, i, reg.id, 2026, { today: '2026-11-30' }), arrivalNumber: i }).id);
    for (let i = 0; i < n.boxes; i++)
      made.boxes.push(ch.create('boxes', { unitId, fondsId, number: i + 1, ...(i % 3 ? { inventoryNumber: 1 } : {}), note: i % 5 ? '' : 'Hộp tài liệu ẩm mốc', jobId: job.id, store: 'Kho số 1', rack: `Giá ${(i % 12) + 1}`, ...(i % 2 ? { bay: 'Khoang 3' } : {}), shelf: `Tầng ${(i % 4) + 1}` }).id);
    for (let i = 0; i < n.dossiers; i++) {
      const summary = generateIncomingDocFields(rng, i, reg.id, 2026, { today: '2026-11-30' }).summary;
      const year = 1995 + (i % 10);
      const base = { unitId, fondsId, year, heading: i % 2 ? 'I. TỔNG HỢP' : '', headingCode: 'TH', title: `Hồ sơ ${summary}`, retention: i % 3 ? 10 : 'permanent', keeper: i % 4 ? 'Nguyễn Thị Lan' : 'Phạm Văn Hùng', status: 'closed', access: 'open', language: 'Tiếng Việt', condition: 'Tốt', note: i % 7 ? '' : 'Giấy giòn, mực phai', startDate: `${year}-01-05`, endDate: `${year}-12-20`, ...(i % 3 === 0 ? { boxId: made.boxes[i % made.boxes.length] } : {}), ...(i % 5 === 0 ? { inventoryNumber: 1, fileNumber: i + 1 } : {}) };
      const fields = i % 2 ? { ...base, notation: '', source: 'backlog', jobId: job.id, tempNumber: i + 1, startPrecision: 'year', endPrecision: 'year' } : { ...base, notation: `${String(i).padStart(2, '0')}.TH`, source: 'plan' };
      made.dossiers.push(ch.create('dossiers', fields).id);
    }
    const positions = new Map<string, number>();
    for (let i = 0; i < n.docs; i++) {
      const dossierId = made.dossiers[(i * 7) % made.dossiers.length]!;
      const position = (positions.get(dossierId) ?? 0) + 1;
      positions.set(dossierId, position);
      const linked = i % 4 === 0;
      made.docs.push(
        ch.create('dossierDocs', { unitId, fondsId, dossierId, position, number: linked ? '' : `${i + 1}/QĐ-UBND`, ...(linked ? {} : { date: `${1995 + (i % 10)}-0${(i % 9) + 1}-15` }), author: linked ? '' : 'UBND xã', summary: linked ? '' : `Quyết định về việc ${generateIncomingDocFields(rng, i, reg.id, 2026).summary.replace(/^V\/v /u, '')}`, note: '', ...(linked ? { incomingDocId: made.entries[i % made.entries.length] } : {}), ...(i % 9 === 0 ? { sheetFrom: 1, sheetTo: 3 } : {}) }).id,
      );
    }
  });
  // Taken out: a dossier (its documents go with it), a box (its dossiers show no place), a document.
  await writeChanges(c.db, c.session, { action: 'test.remove' }, ['boxes', 'dossiers', 'dossierDocs'], async (ch) => {
    await ch.remove('dossiers', made.dossiers[7]!, 'Lập trùng');
    await ch.remove('boxes', made.boxes[1]!, 'Hộp hỏng');
    await ch.remove('dossierDocs', made.docs[3]!, 'Nhập nhầm');
  });
  return made;
}


type RefItem = { id: string; kind: ArchiveItem['kind']; origin: string; dossierId?: string; what: string; where: string; text: string };

/** The search before this one, as it was: every item read at once (archiveSearchItems), indexed in memory. */
async function referenceItems(db: LuutruDb, fondsId?: string): Promise<RefItem[]> {
  let read: { dossiers: Dossier[]; boxes: Box[]; docs: DossierDoc[] };
  if (fondsId) {
    const [dossiers, boxes, docs] = await Promise.all([listDossiers(db, fondsId), listBoxes(db, fondsId), db.dossierDocs.where('fondsId').equals(fondsId).toArray()]);
    read = { dossiers, boxes, docs: docs.length > 0 ? docs : ((await foreignOfFonds(db, 'dossierDocs', fondsId)) as unknown as DossierDoc[]) };
  } else {
    const [dossiers, boxes, docs, fd, fb, fx] = await Promise.all([db.dossiers.toArray(), db.boxes.toArray(), db.dossierDocs.toArray(), foreignRecords(db, 'dossiers'), foreignRecords(db, 'boxes'), foreignRecords(db, 'dossierDocs')]);
    read = { dossiers: [...dossiers, ...(fd as unknown as Dossier[])], boxes: [...boxes, ...(fb as unknown as Box[])], docs: [...docs, ...(fx as unknown as DossierDoc[])] };
  }
  const dossiers = read.dossiers.filter((d) => !d.deleted);
  const boxes = read.boxes.filter((b) => !b.deleted);
  const byBox = new Map<string, Box>(boxes.map((b) => [b.id, b]));
  const byDossier = new Map<string, Dossier>(dossiers.map((d) => [d.id, d]));
  // A slip names the job it was written in.
  const jobs = new Map([...(await db.processingJobs.toArray()), ...((await foreignRecords(db, 'processingJobs')) as unknown as { id: string; name: string }[])].map((j) => [j.id, j.name]));
  const out: RefItem[] = [];
  for (const d of dossiers) {
    const box = d.boxId ? byBox.get(d.boxId) : undefined;
    const number = d.fileNumber !== undefined ? `ML ${d.inventoryNumber} · HS ${d.fileNumber}` : d.tempNumber !== undefined ? `Phiếu ${d.tempNumber}` : d.notation;
    const slip = d.source === 'backlog' && d.fileNumber === undefined;
    const job = slip && d.jobId ? jobs.get(d.jobId) : undefined;
    out.push({ id: `d:${d.id}`, kind: slip ? 'slip' : 'dossier', origin: d.origin, dossierId: d.id, what: `${number} — ${d.title}${job ? ` (đợt chỉnh lý: ${job})` : ''}`, where: dossierItem(d, box).where, text: dossierSearchText(d, box) });
  }
  // A box's row says where it stands as its files' rows do: its name, then its place.
  const whereOf = (box: Box | undefined) => (box ? [boxName(box), boxPlace(box)].filter(Boolean).join(' · ') : '');
  for (const b of boxes) out.push({ id: `b:${b.id}`, kind: 'box', origin: b.origin, what: boxName(b), where: whereOf(b), text: boxSearchText(b) });
  const docs = read.docs.filter((x) => !x.deleted);
  for (const dossierId of new Set(docs.map((x) => x.dossierId))) {
    const dossier = byDossier.get(dossierId);
    if (!dossier) continue;
    const box = dossier.boxId ? byBox.get(dossier.boxId) : undefined;
    for (const r of await docRowsOf(db, dossierId))
      // A document is found by its file's inventory and box numbers too ("hộp 2 quyết định").
      out.push({ id: `v:${dossierId}:${r.ordinal}`, kind: 'doc', origin: dossier.origin, dossierId, what: `${r.number} — ${r.summary} (${dossier.title})`, where: whereOf(box), text: `${docSearchText(r)} ${dossier.title} ${shelfWords(dossier, box)}` });
  }
  return out;
}

/** A row as the card shows it (the id aside: documents are now named by their own id, not their rank). */
const shown = (i: Pick<ArchiveItem, 'kind' | 'origin' | 'dossierId' | 'what' | 'where'>) => JSON.stringify([i.kind, i.origin, i.dossierId ?? '', i.what, i.where]);

/** The reference's index, built once per database state (reading everything is slow in fake-indexeddb). */
const built = new Map<string, Promise<{ index: RegisterIndex; byId: Map<string, RefItem> }>>();

async function reference(db: LuutruDb, query: string, fondsId?: string): Promise<string[]> {
  const key = `${db.name}|${fondsId ?? ''}|${await lastJournalSeq(db)}`;
  if (!built.has(key))
    built.set(key, referenceItems(db, fondsId).then((items) => {
      const index = new RegisterIndex();
      index.add(items.map((i) => ({ id: i.id, text: i.text })));
      return { index, byId: new Map(items.map((i) => [i.id, i])) };
    }));
  const { index, byId } = await built.get(key)!;
  // Asked as the card asks (a box's and a file's numbers as the whole words the index holds for them; nothing so, the words
  // as typed); a query naming a box lists the documents in it only when it asks something of them ("hộp 3 quyết định", not "hộp 3").
  const asked = index.search(archiveQuery(query), { limit: 1e9 });
  const typed = asked.length > 0 ? archiveQuery(query) : fileNumbersQuery(query);
  const { words, prefix } = queryTerms(typed);
  const docs = !namesBox(query) || asksOfDocuments(prefix !== undefined ? [...words, prefix] : words);
  return (asked.length > 0 ? asked : index.search(typed, { limit: 1e9 }))
    .map((id) => byId.get(id)!)
    .filter((i) => docs || i.kind !== 'doc')
    .map(shown)
    .sort();
}

/** Counts the index worker's reads of term pages (each a get or bulkGet of the index databases' pages table). */
function pageReads(): { readonly count: number; restore(): void } {
  const proto = Object.getPrototypeOf(Object.getPrototypeOf(new SearchDb('probe').pages)) as Record<'get' | 'bulkGet', (this: { name: string }, ...args: unknown[]) => unknown>;
  const saved = { get: proto.get, bulkGet: proto.bulkGet };
  const out = { count: 0, restore: () => Object.assign(proto, saved) };
  for (const name of ['get', 'bulkGet'] as const)
    proto[name] = function (this: { name: string }, ...args: unknown[]) {
      if (this.name === 'pages') out.count++;
      return saved[name].apply(this, args);
    };
  return out;
}

const found = async (search: ArchiveIndexSearch, query: string) => ((await search.search(query, 100_000)) ?? []).map(shown).sort();

const QUERIES = ['quyết định', 'ubnd', 'ho so v', 'hộp 0', 'kho so 1 gia 12', 'tang 4', 'phieu 1', 'ho so so 1', 'muc luc 1', 'am moc', 'giay gion', 'xyz khong co', '2026', 'th', 'nguyen thi lan'];

let up: TestProfile;
let a: TestProfile;
let b: TestProfile;
let madeA: Made;
beforeEach(async () => {
  up = await upper();
  a = await commune('Ủy ban nhân dân xã Thụy Hải', '12345');
  b = await commune('Ủy ban nhân dân xã Thái Thụy', '12346');
  // More than a block (500 records) of dossiers and documents for the first commune.
  madeA = await addArchive(a, 1, { boxes: 30, dossiers: 560, docs: 620 });
  await addArchive(b, 2, { boxes: 8, dossiers: 90, docs: 120 });
  await addArchive(up, 3, { boxes: 5, dossiers: 40, docs: 30 });
  await send(a, up, 'full');
  await send(b, up, 'full');
});

describe('archive search on per-unit persisted indexes', () => {
  it('shows what the in-memory build showed, for every unit or one fonds, telling the first build’s progress; a reload reads nothing again', async () => {
    const { client, scans } = worker();
    const search = new ArchiveIndexSearch(up.db, undefined, client);
    const progress: { done: number; total: number }[] = [];
    const first = await search.search('quyết định', 100_000, (p) => progress.push(p));
    expect(first?.map(shown).sort()).toEqual(await reference(up.db, 'quyết định'));
    expect(first!.length).toBeGreaterThan(100);
    // One scope per unit: the archive's own and each commune's.
    expect([...scans.keys()].sort()).toEqual([`archive:origin:${a.session.unitId}`, `archive:origin:${b.session.unitId}`, 'archive:own'].sort());
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.every((p) => p.done <= p.total)).toBe(true);
    expect(progress.at(-1)!.done).toBe(progress.at(-1)!.total);
    for (const q of QUERIES) expect(await found(search, q), q).toEqual(await reference(up.db, q));
    // Every kind, from every unit.
    const all = (await search.search('a', 100_000)) ?? [];
    expect(new Set(all.map((h) => h.kind))).toEqual(new Set(['slip', 'dossier', 'doc', 'box']));
    expect(new Set(all.map((h) => h.origin))).toEqual(new Set([up.session.unitId, a.session.unitId, b.session.unitId]));
    // The limit holds across units, own first.
    const some = await search.search('ubnd', 7);
    expect(some).toHaveLength(7);
    expect(some![0]!.origin).toBe(up.session.unitId);
    expect(await search.search('   ', 10)).toEqual([]);
    // A query naming a box lists the boxes first, then the dossiers and documents standing in them.
    const kinds = ((await search.search('Hộp', 100_000)) ?? []).map((h) => h.kind);
    expect(kinds[0]).toBe('box');
    expect(kinds.slice(0, kinds.lastIndexOf('box') + 1).every((k) => k === 'box')).toBe(true);
    expect(kinds.some((k) => k !== 'box')).toBe(true);
    // "hộp" with its marks or none, not "họp" (a meeting) nor "hợp" (hợp đồng), which fold to the same letters.
    expect(['Hộp 5', 'hop so 5', 'ML 1 · hộp 02', 'biên bản họp', 'hợp đồng', 'hopdong'].map(namesBox)).toEqual([true, true, true, false, false, false]);
    // A place asks for the boxes standing there, first: "tầng 3" or "tang 3", not "tặng" (a gift) nor "già".
    expect(['Kho số 1', 'tang 3', 'giá 5 tầng 2', 'khoang 3', 'quà tặng', 'người già', 'gia đình'].map(namesBox)).toEqual([true, true, true, true, false, false, true]);
    const onShelf = ((await search.search('tang 3', 100_000)) ?? []).map((h) => h.kind);
    expect(onShelf[0]).toBe('box');
    expect(onShelf.slice(0, onShelf.lastIndexOf('box') + 1).every((k) => k === 'box')).toBe(true);
    expect(onShelf.some((k) => k !== 'box')).toBe(true);
    search.close();

    // One received fonds (the processing screen at the upper level) and this unit's own fonds.
    const fondsA = new ArchiveIndexSearch(up.db, madeA.fondsId, client);
    for (const q of QUERIES.slice(0, 6)) expect(await found(fondsA, q), q).toEqual(await reference(up.db, q, madeA.fondsId));
    fondsA.close();
    const own = new ArchiveIndexSearch(a.db, madeA.fondsId, client);
    for (const q of QUERIES.slice(0, 6)) expect(await found(own, q), q).toEqual(await reference(a.db, q, madeA.fondsId));
    own.close();

    // The page opened again after a reload: a new worker, the indexes read from their database.
    const again = worker();
    const reopened = new ArchiveIndexSearch(up.db, undefined, again.client);
    expect(await found(reopened, 'ho so v')).toEqual(await reference(up.db, 'ho so v'));
    expect(again.scans.size).toBe(0);
    reopened.close();
  }, 60_000);

  it('a numbered file asked by its numbers ("HS 1", "ml 1 hs 1", "ml1hs1") finds the files of those numbers, not every "1" (as two words it did)', async () => {
    const { client } = worker();
    const search = new ArchiveIndexSearch(up.db, undefined, client);
    const whats = async (q: string) => ((await search.search(q, 100_000)) ?? []).map((h) => h.what);
    for (const q of ['HS 1', 'hồ sơ số 1']) {
      const file1 = await whats(q);
      expect(file1.length, q).toBeGreaterThan(0);
      expect(file1.every((w) => /^ML \d+ · HS 1 — /.test(w)), file1.join('\n')).toBe(true);
    }
    for (const q of ['ml 1 hs 1', 'ML 1 · HS 01', 'ml1hs1', 'mục lục số 1 hồ sơ số 1', 'muc luc 1 ho so so 01']) {
      const got = await whats(q);
      expect(got.length, q).toBeGreaterThan(0);
      expect(got.every((w) => w.startsWith('ML 1 · HS 1 — ')), q).toBe(true);
    }
    // With words: the numbers and the words, the last word still the start of one.
    const titled = await whats('hs 1 quyết đ');
    expect(titled.length).toBeGreaterThan(0);
    expect(titled.every((w) => /^ML \d+ · HS 1 — .*[Qq]uyết đ/.test(w))).toBe(true);
    // An inventory alone is asked as its one word ("ml1"): its boxes ("ML 1 · hộp 02") and the files in them are found by
    // it too, not its numbered files only — and nothing of no inventory or another (as "ml" and "1" it was whatever held a "1").
    expect(fileNumbersQuery('mục lục 1')).toMatch(/^ml1\s+$/);
    const inventory1 = (await search.search('ML 1', 100_000)) ?? [];
    expect(inventory1.some((h) => h.kind === 'box')).toBe(true);
    expect(inventory1.some((h) => h.kind === 'doc')).toBe(true);
    expect(inventory1.filter((h) => h.kind !== 'doc' && !/(^|· )ML 1 ·/.test(`${h.what} · ${h.where}`)).map((h) => `${h.what} | ${h.where}`)).toEqual([]);
    // Numbers alone are asked whole (a space after them); after words, the last word typed stays a start.
    expect(fileNumbersQuery('HS 1')).toMatch(/^hs1\s+$/);
    expect(fileNumbersQuery('quyết định ml 2 hs 11 nă').replace(/\s+/g, ' ')).toBe('ml2 hs11 quyet dinh na');
    expect(fileNumbersQuery('hồ sơ 2025')).toBe('hồ sơ 2025');
    search.close();
  });

  it('a box asked by its number ("hộp 3", "hop 03", "hộp số 3") lists box 03 first, then the files in it — not every box holding a "3" (Giá 3, Tầng 3, box 30)', async () => {
    const { client } = worker();
    const search = new ArchiveIndexSearch(up.db, undefined, client);
    const inBox03 = (h: ArchiveItem) => (h.kind === 'box' ? /hộp 03$/.test(h.what) : /(^|· )hộp 03( ·|$)/.test(h.where));
    let first: string[] | undefined;
    for (const q of ['hộp 3', 'hop 03', 'hộp số 3', 'HOP SO 3', 'Hộp 3 ']) {
      const hits = (await search.search(q, 100_000)) ?? [];
      expect(hits[0]?.kind, q).toBe('box');
      expect(hits.filter((h) => !inBox03(h)).map((h) => `${h.what} | ${h.where}`), q).toEqual([]);
      // Every unit's box 03, first, then the files standing in them.
      expect(hits.filter((h) => h.kind === 'box').map((h) => h.origin).sort(), q).toEqual([up.session.unitId, a.session.unitId, b.session.unitId].sort());
      expect(hits.slice(0, 3).every((h) => h.kind === 'box'), q).toBe(true);
      expect(hits.filter((h) => h.kind === 'dossier' || h.kind === 'slip').length, q).toBeGreaterThan(0);
      const shownHits = hits.map(shown).sort();
      expect(shownHits, q).toEqual(await reference(up.db, q));
      if (first) expect(shownHits, q).toEqual(first);
      first ??= shownHits;
    }
    // "hộp 0", the start of "hộp 03", is still words; "3" alone still finds what holds a "3", not every box.
    expect(await found(search, 'hộp 0')).toEqual(await reference(up.db, 'hộp 0'));
    const threes = ((await search.search('3', 100_000)) ?? []).filter((h) => h.kind === 'box').length;
    expect(threes).toBeLessThan(((await search.search('hộp', 100_000)) ?? []).filter((h) => h.kind === 'box').length);
    // "tong hop 2" (TỔNG HỢP typed without marks) names no box: the words as typed find what they found.
    const tongHop = await found(search, 'tong hop 2');
    expect(tongHop.length).toBeGreaterThan(0);
    expect(tongHop).toEqual(await reference(up.db, 'tong hop 2'));
    search.close();
  });

  it('an edit to a dossier, a box, a document or a linked register entry shows at the next query, without a rebuild', async () => {
    const { client, scans } = worker();
    const search = new ArchiveIndexSearch(a.db, madeA.fondsId, client);
    expect(await found(search, 'quyết định')).toEqual(await reference(a.db, 'quyết định', madeA.fondsId));
    expect(await found(search, 'trung tu cong lang')).toEqual([]);
    const dossierId = madeA.dossiers[21]!; // in a box, with documents
    const dossier = (await a.db.dossiers.get(dossierId))!;
    expect(dossier.boxId).toBeDefined();
    const before = await found(search, 'trung tu');

    // The dossier renamed: it and its documents are found by the new words.
    await writeChanges(a.db, a.session, { action: 'test.edit' }, ['dossiers'], async (ch) => {
      const d = (await ch.get<Dossier>('dossiers', dossierId))!;
      ch.updateKnown('dossiers', d, { ...d, title: 'Hồ sơ trùng tu cổng làng Phương Cáp' });
    });
    const renamed = await found(search, 'trung tu cong lang phuong cap');
    expect(renamed).toEqual(await reference(a.db, 'trung tu cong lang phuong cap', madeA.fondsId));
    expect(renamed.map((r) => JSON.parse(r)[0])).toContain('doc');
    expect(before).not.toEqual(await found(search, 'trung tu'));

    // Its box moved to another store: the box, the dossier and its documents show the new place.
    await writeChanges(a.db, a.session, { action: 'test.edit' }, ['boxes'], async (ch) => {
      const box = (await ch.get<Box>('boxes', dossier.boxId!))!;
      ch.updateKnown('boxes', box, { ...box, store: 'Kho Đông Xuyên' });
    });
    const moved = await found(search, 'dong xuyen');
    expect(moved).toEqual(await reference(a.db, 'dong xuyen', madeA.fondsId));
    expect(moved.filter((r) => r.includes('Kho Đông Xuyên')).length).toBeGreaterThan(3);

    // A linked register entry corrected: the document reads it through the link.
    const linkedDoc = (await a.db.dossierDocs.get(madeA.docs[0]!))!;
    await writeChanges(a.db, a.session, { action: 'test.edit' }, ['incomingDocs'], async (ch) => {
      const e = (await ch.get<{ summary: string }>('incomingDocs', linkedDoc.incomingDocId!))!;
      ch.updateKnown('incomingDocs', e as never, { ...e, summary: 'V/v tu bổ di tích đình làng Thụy Hải' } as never);
    });
    expect(await found(search, 'tu bo di tich dinh lang')).toEqual(await reference(a.db, 'tu bo di tich dinh lang', madeA.fondsId));
    expect((await found(search, 'tu bo di tich dinh lang')).length).toBeGreaterThan(0);

    // A typed document corrected.
    await writeChanges(a.db, a.session, { action: 'test.edit' }, ['dossierDocs'], async (ch) => {
      const d = (await ch.get<DossierDoc>('dossierDocs', madeA.docs[2]!))!;
      ch.updateKnown('dossierDocs', d, { ...d, summary: 'Quyết định về việc cấp giấy chứng nhận làng nghề chiếu cói' });
    });
    expect(await found(search, 'lang nghe chieu coi')).toEqual(await reference(a.db, 'lang nghe chieu coi', madeA.fondsId));
    expect(await found(search, 'lang nghe chieu coi')).toHaveLength(1);

    // The dossier taken out: it and its documents are gone.
    await writeChanges(a.db, a.session, { action: 'test.remove' }, ['dossiers'], async (ch) => ch.remove('dossiers', dossierId, 'Lập trùng'));
    expect(await found(search, 'trung tu cong lang phuong cap')).toEqual([]);
    for (const q of QUERIES.slice(0, 5)) expect(await found(search, q), q).toEqual(await reference(a.db, q, madeA.fondsId));
    expect(scans.get('archive:own')).toBe(1);
    search.close();
  });

  it('an import of one commune rebuilds that commune’s scope only, and its results change', async () => {
    const { client, scans } = worker();
    const search = new ArchiveIndexSearch(up.db, undefined, client);
    await found(search, 'ubnd');
    const keyA = `archive:origin:${a.session.unitId}`;
    const keyB = `archive:origin:${b.session.unitId}`;
    const before = { a: scans.get(keyA), b: scans.get(keyB), own: scans.get('archive:own') };
    await writeChanges(a.db, a.session, { action: 'test.edit' }, ['boxes'], async (ch) => {
      const box = (await ch.get<Box>('boxes', madeA.boxes[0]!))!;
      ch.updateKnown('boxes', box, { ...box, store: 'Kho Phương Cáp' });
    });
    await send(a, up, 'incremental');
    expect(await found(search, 'kho phuong cap')).toEqual(await reference(up.db, 'kho phuong cap'));
    expect((await found(search, 'kho phuong cap')).length).toBeGreaterThan(1);
    expect(scans.get(keyA)).toBe(before.a! + 1);
    expect(scans.get(keyB)).toBe(before.b);
    expect(scans.get('archive:own')).toBe(before.own);
    for (const q of QUERIES.slice(0, 4)) expect(await found(search, q), q).toEqual(await reference(up.db, q));
    search.close();
  });

  it('the card reads the rows of the page it shows, not of every hit; typing on over several units reads no block again', async () => {
    const { client } = worker();
    const every = new ArchiveIndexSearch(up.db, undefined, client);
    const all = (await every.search('ubnd', 200))!;
    every.close();
    expect(all).toHaveLength(200);
    expect(new Set(all.map((h) => h.origin)).size).toBeGreaterThan(1);
    // Block reads counted from here (the rows' reads on the page; the index worker reads its own).
    let blocks = 0;
    const table = up.db.foreignBlocks;
    const bulkGet = table.bulkGet.bind(table);
    table.bulkGet = ((keys: unknown[]) => ((blocks += keys.length), bulkGet(keys as never))) as typeof table.bulkGet;
    const allBlocks = async () => {
      const s = new ArchiveIndexSearch(up.db, undefined, client);
      const before = blocks;
      await s.search('ubnd', 200);
      s.close();
      return blocks - before;
    };
    const everyRow = await allBlocks();

    const search = new ArchiveIndexSearch(up.db, undefined, client);
    const found = (await search.find('ubnd', 200))!;
    expect(found.count).toBe(200);
    // The first page is this unit's own hits: no received block read, where every row read some.
    expect(all.slice(0, 20).every((h) => h.origin === up.session.unitId)).toBe(true);
    expect(everyRow).toBeGreaterThan(0);
    let before = blocks;
    expect((await found.rows(0, 20))!.map(shown)).toEqual(all.slice(0, 20).map(shown));
    expect(blocks - before).toBe(0);
    // The last page (received units' hits): the whole list's rows at that place.
    before = blocks;
    expect((await found.rows(180, 200))!.map(shown)).toEqual(all.slice(180, 200).map(shown));
    expect(blocks - before).toBeGreaterThan(0);

    // Typed letter by letter, the same units' records found again: their blocks are read once.
    const typing = ['quyết đị', 'quyết địn', 'quyết định'];
    const expected = await Promise.all(typing.map((q) => reference(up.db, q)));
    await search.search('quyết đ', 100_000);
    const typed = blocks;
    for (const [i, q] of typing.entries()) expect((await search.search(q, 100_000))!.map(shown).sort(), q).toEqual(expected[i]);
    expect(blocks).toBe(typed);
    search.close();
  });

  it('a query over more blocks than are kept keeps them all for the next keystroke, then lets the unused go', async () => {
    const origins = [a.session.unitId, b.session.unitId];
    let reads = 0;
    const table = up.db.foreignBlocks;
    const bulkGet = table.bulkGet.bind(table);
    table.bulkGet = ((keys: unknown[]) => ((reads += keys.length), bulkGet(keys as never))) as typeof table.bulkGet;
    const cache = new ForeignBlockCache(up.db, (r) => r, 1);
    const query = async (tables: readonly ('dossiers' | 'dossierDocs')[]) => {
      for (const o of origins) await cache.load(o, tables.map((t) => ({ table: t, block: 0 })));
      cache.trim();
    };
    await query(['dossiers', 'dossierDocs']);
    expect(reads).toBe(4);
    expect(cache.size.blocks).toBe(4);
    // The next keystroke over the same units: nothing read again.
    await query(['dossiers', 'dossierDocs']);
    expect(reads).toBe(4);
    // A query that needs fewer: the blocks it did not use go, down to what is kept.
    await query(['dossiers']);
    expect(reads).toBe(4);
    expect(cache.size.blocks).toBe(2);
  });

  it('a query found in few units reads every unit’s term pages in two reads (the first unit’s, then all the others’ at once), none when asked again, and after an import still shows what the in-memory build shows', async () => {
    const { client } = worker();
    const search = new ArchiveIndexSearch(up.db, undefined, client);
    // Every unit's scope opened (built), no word asked yet.
    expect(await search.search(' ', 10)).toEqual([]);
    const reads = pageReads();
    try {
      // Boxes noted "ẩm mốc": a few in each unit, so every unit is asked.
      const rare = await found(search, 'am moc');
      expect(rare).toEqual(await reference(up.db, 'am moc'));
      expect(new Set(rare.map((r) => JSON.parse(r)[1])).size).toBe(3);
      expect(reads.count).toBe(2);
      expect(await found(search, 'am moc')).toEqual(rare);
      expect(reads.count).toBe(2);
      await writeChanges(a.db, a.session, { action: 'test.edit' }, ['boxes'], async (ch) => {
        const box = (await ch.get<Box>('boxes', madeA.boxes[2]!))!;
        ch.updateKnown('boxes', box, { ...box, note: 'Hộp tài liệu ẩm mốc, cần khử trùng' });
      });
      await send(a, up, 'incremental');
      const after = await found(search, 'am moc');
      expect(after).toEqual(await reference(up.db, 'am moc'));
      expect(after).not.toEqual(rare);
    } finally {
      reads.restore();
    }
  });

  it('a unit whose scope cannot be built makes the search say so instead of answering with part of the records; typing again retries', async () => {
    const { client, failing } = worker();
    const search = new ArchiveIndexSearch(up.db, undefined, client);
    failing.add(`archive:origin:${b.session.unitId}`);
    await expect(search.search('ubnd', 100_000)).rejects.toEqual(new AppError('processing.searchIndexFailed'));
    failing.clear();
    expect(await found(search, 'ubnd')).toEqual(await reference(up.db, 'ubnd'));
    search.close();
  });
});

describe('a box’s shelf place as a hit shows it', () => {
  it('names a part typed as a bare number (Tầng 3, not "· 3"), keeps one typed with its name (written as the form writes it), and follows a screen’s labels', () => {
    expect(boxPlace({ store: 'Kho số 1', rack: '2', shelf: '3' })).toBe('Kho số 1 · Giá 2 · Tầng 3');
    // A name typed in another case or without its marks is written as the form writes it; a word that only starts like it is not the name.
    expect(boxPlace({ store: 'kho số 1', rack: 'gia 3', bay: 'KHOANG 2', shelf: 'tầng 4' })).toBe('Kho số 1 · Giá 3 · Khoang 2 · Tầng 4');
    expect(boxPlace({ rack: 'giáo viên' })).toBe('Giá giáo viên');
    // On the English screen a part typed with its Vietnamese name keeps it (not "Rack Giá 2").
    expect(boxPlace({ store: 'kho số 1', rack: 'Giá 2', shelf: '3' }, { store: 'Store', rack: 'Rack', bay: 'Bay', shelf: 'Shelf' })).toBe('Kho số 1 · Giá 2 · Shelf 3');
    expect(boxPlace({ store: 'kho 1', bay: 'Khoang 4' })).toBe('Kho 1 · Khoang 4');
    expect(boxPlace({ rack: '2', shelf: '3' }, { store: 'Store', rack: 'Rack', bay: 'Bay', shelf: 'Shelf' })).toBe('Rack 2 · Shelf 3');
    expect(boxPlace({})).toBe('');
  });
});

describe('a hit’s kind', () => {
  it('a job’s slip is a slip until numbered, then a dossier', () => {
    const slip = { id: 's1', origin: 'u', source: 'backlog', tempNumber: 12, notation: '', title: 'Hồ sơ phê duyệt kế hoạch', fondsId: 'f' } as unknown as Dossier;
    expect(dossierItem(slip, undefined).kind).toBe('slip');
    expect(dossierItem({ ...slip, fileNumber: 3, inventoryNumber: 1 } as Dossier, undefined).kind).toBe('dossier');
    expect(dossierItem({ ...slip, source: 'plan' } as Dossier, undefined).kind).toBe('dossier');
  });
  it('a slip names the job it was written in (its number alone reads alike in every job); a numbered file does not', () => {
    const slip = { id: 's1', origin: 'u', source: 'backlog', jobId: 'j1', tempNumber: 12, notation: '', title: 'Hồ sơ phê duyệt kế hoạch', fondsId: 'f' } as unknown as Dossier;
    const job = { name: 'Chỉnh lý tài liệu tồn đọng 2010–2020' };
    expect(dossierItem(slip, undefined, job).what).toBe('Phiếu 12 — Hồ sơ phê duyệt kế hoạch (đợt chỉnh lý: Chỉnh lý tài liệu tồn đọng 2010–2020)');
    expect(dossierItem({ ...slip, fileNumber: 3, inventoryNumber: 1 } as Dossier, undefined, job).what).toBe('ML 1 · HS 3 — Hồ sơ phê duyệt kế hoạch');
    // Its words are its own: the job's name finds its slips no more than before.
    expect(dossierItem(slip, undefined, job).text).toBe(dossierItem(slip, undefined).text);
  });
  it('a deposited file says so where it stands, after its box', () => {
    const filed = { id: 'd1', origin: 'u', source: 'plan', notation: '01.TH', title: 'Tập lưu quyết định', fondsId: 'f', fileNumber: 1, inventoryNumber: 1 } as unknown as Dossier;
    const box = { id: 'b1', origin: 'u', number: 2, inventoryNumber: 1, note: '' } as unknown as Box;
    expect(dossierItem(filed, box).where).toBe('ML 1 · hộp 02');
    expect(dossierItem({ ...filed, depositBatchId: 'x', depositedAt: '2026-01-10' } as Dossier, box).where).toBe('ML 1 · hộp 02 · đã nộp lưu 10/01/2026');
    // …and so do its documents (they read as still in the commune's box).
    const doc = { id: 'x1', origin: 'u', dossierId: 'd1', position: 1, number: '37/QĐ-UBND', date: '2025-03-02', author: 'UBND xã', summary: 'Quyết định giao đất', note: '' } as unknown as DossierDoc;
    expect(documentItem(doc, filed, box, undefined).where).toBe('ML 1 · hộp 02');
    expect(documentItem(doc, { ...filed, depositedAt: '2026-01-10' } as Dossier, box, undefined).where).toBe('ML 1 · hộp 02 · đã nộp lưu 10/01/2026');
  });
});
