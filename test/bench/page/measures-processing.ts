/**
 * Backlog processing measures, at the sizes of a large job (20,000 slips), each with a baseline
 * measured in the same run:
 * - saving one slip through the repository (validation, next temporary number and place read
 *   from the job's indexes, slip + journal + clock in one transaction) against the same writes
 *   in one raw IndexedDB transaction; goal p95 ≤ 30 ms;
 * - ordering 20,000 slips within the scheme (the pure function the app calls) against a plain
 *   sort of the same objects by one string key; goal ≤ 1 s;
 * - final numbering with boxing of 20,000 slips (one write per slip) through the repository
 *   against a raw IndexedDB write of the same 20,000 records once; goal ≤ 5 s;
 * - the full archival inventory of 5,000 dossiers against a bare pdfmake table of the same rows
 *   in the same font; budget 1.5×.
 * The scroll measure (slip list of 20,000) is in measures-processing-scroll.tsx.
 */
import { LuutruDb } from '../../../renderer/src/db/schema';
import { completeSetup, listFonds } from '../../../renderer/src/db/repositories/unit-repository';
import { saveJob, numberAndBoxJob } from '../../../renderer/src/db/repositories/processing-repository';
import { saveSlip, type SlipInput } from '../../../renderer/src/db/repositories/slip-repository';
import { orderSlips } from '../../../renderer/src/core/processing/ordering';
import { newId } from '../../../renderer/src/core/ids';
import type { ClassNode } from '../../../renderer/src/core/processing/types';
import type { Dossier } from '../../../renderer/src/core/dossiers/types';
import { renderPdfInBrowser } from '../../../renderer/src/pdf/browser-render';
import { archivalInventoryDefinition, DEFAULT_ABBREVIATIONS } from '../../../renderer/src/pdf/definitions/archival-inventory';
import type { InventoryRow } from '../../../renderer/src/core/dossiers/inventory';
import { pick, seededRng, vocab } from '../../fixtures/generate';
import { thuyHaiSetup } from '../../fixtures/setup-input';
import type { Measure } from './types';
import { percentile, r1 } from '../stats';

const SLIPS = 20_000;
const SAVES = 200;
const TODAY = '2026-11-20';

function scheme(): ClassNode[] {
  const out: ClassNode[] = [];
  for (let i = 0; i < 8; i++) {
    const major = { id: newId(), title: `Đề mục ${i + 1}` };
    out.push(major);
    for (let k = 0; k < 5; k++) out.push({ id: newId(), parentId: major.id, title: `Nhóm ${i + 1}.${k + 1}` });
  }
  return out;
}

/** A job with `n` slips already typed (stored directly, as typed slips look). */
async function jobWithSlips(name: string, n: number, checked: boolean) {
  await LuutruDb.delete(name);
  const db = new LuutruDb(name);
  await db.open();
  const unit = await completeSetup(db, thuyHaiSetup, new Date(2026, 10, 20));
  const session = { unitId: unit.id, operator: 'Nguyễn Thị Lan' };
  const fondsId = (await listFonds(db, unit.id))[0]!.id;
  const classes = scheme();
  const job = await saveJob(db, session, { unitId: unit.id, fondsId, name: 'Đợt chỉnh lý lớn', receivedMetres: 400, processedMetres: 0, discardedMetres: 0, status: 'open', note: '', intakeDate: '2026-01-05', scheme: classes }, TODAY);
  const rng = seededRng(11);
  const slips: Dossier[] = Array.from({ length: n }, (_, i) => {
    const year = 1990 + Math.floor(rng() * 30);
    return {
      id: newId(), origin: unit.id, clock: `000000000000001.${String(i).padStart(6, '0')}`, deleted: false, changedBy: 'bench',
      unitId: unit.id, fondsId, jobId: job.id, source: 'backlog', tempNumber: i + 1, position: i + 1, classId: pick(rng, classes).id,
      heading: '', headingCode: '', notation: '', title: `Hồ sơ ${pick(rng, vocab.topics)} thôn ${pick(rng, vocab.hamlets)} năm ${year}`,
      year, startDate: `${year}-01-01`, endDate: `${year}-12-31`, startPrecision: 'year', endPrecision: 'year',
      retention: rng() < 0.4 ? 'permanent' : pick(rng, [5, 10, 20, 50] as const), keeper: '', status: 'open', access: 'open', language: 'Tiếng Việt', condition: 'Tốt', note: '',
      sheetCount: 5 + Math.floor(rng() * 120), enteredOn: TODAY, ...(checked ? { checked: true } : {}),
    };
  });
  for (let i = 0; i < slips.length; i += 5000) await db.dossiers.bulkAdd(slips.slice(i, i + 5000));
  return { db, session, job, classes, slips };
}

async function rawDb(name: string): Promise<IDBDatabase> {
  return new Promise((ok, fail) => {
    const r = indexedDB.open(name);
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });
}

const slipSave: Measure = {
  name: 'processing-slip-save-20k',
  unit: 'ms (p95 per save)',
  // Each round is already 200 saves (p95 of them).
  maxRepeats: 3,
  async run() {
    const name = 'bench-slip-save';
    const { db, session, job, classes } = await jobWithSlips(name, SLIPS, false);
    const rng = seededRng(5);
    const times: number[] = [];
    for (let i = 0; i < SAVES; i++) {
      const input: SlipInput = { classId: pick(rng, classes).id, title: `Tập công văn về ${pick(rng, vocab.topics)} năm 2001`, startDate: '2001-01-01', endDate: '2001-12-31', startPrecision: 'year', endPrecision: 'year', retention: 10, language: 'Tiếng Việt', access: 'open', condition: 'Tốt', note: '', sheetCount: 30 };
      const t0 = performance.now();
      await saveSlip(db, session, job.id, input, TODAY);
      times.push(performance.now() - t0);
    }
    db.close();
    const idb = await rawDb(name);
    const raw: number[] = [];
    for (let i = 0; i < SAVES; i++) {
      const record = { id: newId(), origin: 'x', clock: '1', deleted: false, changedBy: 'bench', jobId: job.id, position: SLIPS + SAVES + i + 1, tempNumber: SLIPS + SAVES + i + 1, fondsId: 'f', year: 2001, title: 'Tập công văn' };
      const t0 = performance.now();
      await new Promise<void>((ok, fail) => {
        const tx = idb.transaction(['dossiers', 'journal', 'settings'], 'readwrite');
        tx.objectStore('dossiers').put(record);
        tx.objectStore('journal').add({ at: new Date().toISOString(), operator: 'x', action: 'slip.create', changes: [], recordIds: [record.id] });
        tx.objectStore('settings').put({ key: 'hlc-bench', value: String(i) });
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      raw.push(performance.now() - t0);
    }
    idb.close();
    await LuutruDb.delete(name);
    const p95 = percentile(times, 95);
    return { value: p95, baseline: percentile(raw, 95), extra: { goalMs: 30, withinGoal: p95 <= 30, p50: r1(percentile(times, 50)), max: r1(Math.max(...times)), slips: SLIPS, saves: SAVES } };
  },
};

const ordering: Measure = {
  name: 'processing-order-20k',
  unit: 'ms',
  async run() {
    const rng = seededRng(9);
    const classes = scheme();
    const slips = Array.from({ length: SLIPS }, (_, i) => {
      const year = 1990 + Math.floor(rng() * 30);
      return { id: `s${i}`, classId: pick(rng, classes).id, heading: '', notation: '', title: `Hồ sơ ${pick(rng, vocab.topics)} năm ${year}`, startDate: `${year}-0${1 + Math.floor(rng() * 9)}-01`, endDate: `${year}-12-31`, retention: (rng() < 0.4 ? 'permanent' : 10) as 'permanent' | number, year, tempNumber: i + 1, position: i + 1 };
    });
    const runs: number[] = [];
    for (const order of ['heading-time', 'time-heading', 'retention-heading-time', 'retention-time-heading'] as const) {
      const t0 = performance.now();
      orderSlips(slips, classes, { order });
      runs.push(performance.now() - t0);
    }
    const t1 = performance.now();
    [...slips].sort((a, b) => a.title.localeCompare(b.title));
    const baseline = performance.now() - t1;
    const worst = Math.max(...runs);
    return { value: worst, baseline, extra: { goalMs: 1000, withinGoal: worst <= 1000, perOrder: runs.map(r1), slips: SLIPS } };
  },
};

const numberAndBox: Measure = {
  name: 'processing-number-box-20k',
  unit: 'ms',
  // Seeding 20,000 slips and numbering them: most of a minute a round on this machine.
  maxRepeats: 2,
  async run() {
    const name = 'bench-number-box';
    const { db, session, job, slips } = await jobWithSlips(name, SLIPS, true);
    const t0 = performance.now();
    const { boxes } = await numberAndBoxJob(db, session, job.id, { permanent: 1, fixedTerm: 2 }, 800, TODAY);
    const total = performance.now() - t0;
    db.close();
    const idb = await rawDb(name);
    const t1 = performance.now();
    // Baseline: the same 20,000 slips written once with their numbers and box, raw.
    for (const pass of [1])
      await new Promise<void>((ok, fail) => {
        const tx = idb.transaction(['dossiers'], 'readwrite');
        const store = tx.objectStore('dossiers');
        for (const s of slips) store.put({ ...s, status: 'closed', fileNumber: s.tempNumber, inventoryNumber: pass, boxId: s.id });
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
    const baseline = performance.now() - t1;
    idb.close();
    await LuutruDb.delete(name);
    return { value: total, baseline, extra: { goalMs: 5000, withinGoal: total <= 5000, boxes: boxes.length, slips: SLIPS } };
  },
};

const inventoryPdf: Measure = {
  name: 'processing-inventory-pdf-5k',
  unit: 'ms',
  budget: 1.5,
  async run() {
    const rng = seededRng(3);
    const rows: InventoryRow[] = Array.from({ length: 5000 }, (_, i) => ({ ordinal: i + 1, fileNumber: i + 1, notation: String(i + 1), title: `Hồ sơ ${pick(rng, vocab.topics)} thôn ${pick(rng, vocab.hamlets)} năm ${1990 + (i % 30)}`, period: String(1990 + (i % 30)), retention: 'Vĩnh viễn', sheets: String(10 + (i % 90)), box: String(1 + Math.floor(i / 40)), note: '' }));
    const headingsBefore = new Map<number, string[]>();
    for (let i = 0; i < rows.length; i += 250) headingsBefore.set(i, [`${Math.floor(i / 250) + 1}. Nhóm hồ sơ`]);
    const unit = { name: 'Ủy ban nhân dân xã Thụy Hải', parentName: 'Ủy ban nhân dân tỉnh Hưng Yên', place: 'Thụy Hải' };
    // Warm the fonts and pdfmake once, so neither side pays for loading them.
    await renderPdfInBrowser({ content: [{ text: 'khởi động' }] });
    const t0 = performance.now();
    const ours = await renderPdfInBrowser(archivalInventoryDefinition({ unit, archiveName: 'Lưu trữ UBND xã Thụy Hải', fonds: { name: 'UBND xã Thụy Hải', number: '15' }, inventoryNumber: 1, kind: 'vĩnh viễn', fromYear: 1990, toYear: 2019, foreword: 'Lời nói đầu.', abbreviations: DEFAULT_ABBREVIATIONS, rows, headingsBefore, date: new Date(2026, 10, 20), preparer: 'Nguyễn Thị Lan' }));
    const value = performance.now() - t0;
    const t1 = performance.now();
    const bare = await renderPdfInBrowser({ pageSize: 'A4', content: [{ table: { headerRows: 1, widths: [22, 40, '*', 55, 45, 35, 25, 40], body: [['Số TT', 'Số, ký hiệu', 'Tiêu đề hồ sơ', 'Thời gian', 'Thời hạn', 'Số tờ', 'Hộp', 'Ghi chú'], ...rows.map((r) => [String(r.ordinal), r.notation, r.title, r.period, r.retention, r.sheets, r.box, r.note])] }, fontSize: 10 }] });
    const baseline = performance.now() - t1;
    return { value, baseline, extra: { rows: rows.length, bytes: ours.length, bareBytes: bare.length } };
  },
};

export const processingMeasures: Measure[] = [slipSave, ordering, numberAndBox, inventoryPdf];
