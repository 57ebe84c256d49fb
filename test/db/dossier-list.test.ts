// The dossier list read a window at a time: on the same seeded fonds, every window, count and
// search answer equals what a whole-table computation in the page's old order gives, and the
// answers follow the writes a clerk makes (a new dossier, one closed, numbered, removed).
import { beforeAll, describe, expect, it } from 'vitest';
import { compareHeadings } from '../../renderer/src/core/dossiers/list-keys';
import { openDb, type LuutruDb } from '../../renderer/src/db/schema';
import { completeSetup, listFonds } from '../../renderer/src/db/repositories/unit-repository';
import { closeDossier, deleteDossier, DossierInvalidError, numberDossiers, saveDossier } from '../../renderer/src/db/repositories/dossier-repository';
import {
  arrangeCounts,
  countDossierList,
  dossierFormHints,
  dossierListWindow,
  dossiersInOrder,
  dossierYears,
  planYears,
  idsToNumber,
  liveCountOfYear,
  nextOrdinalInYear,
  orderForList,
  searchDossierList,
  yearsOfFonds,
  type DossierListFilter,
} from '../../renderer/src/db/repositories/dossier-list-repository';
import { nextDossierOrdinal } from '../../renderer/src/core/dossiers/rules';
import { foldText } from '../../renderer/src/core/text';
import type { Dossier } from '../../renderer/src/core/dossiers/types';
import type { Session } from '../../renderer/src/db/changes';
import { thuyHaiSetup } from '../fixtures/setup-input';
import { seedDossiers } from '../fixtures/dossier-seed';

let db: LuutruDb;
let session: Session;
let fondsId: string;

/** Value of a heading's Roman numeral ("IV. TƯ PHÁP" → 4); 0 when it has none. */
const romanOf = (heading: string) => {
  const m = /^([IVXLC]+)[.\s]/u.exec(heading.trim());
  if (!m) return 0;
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  return [...m[1]!].reduce((sum, c, i, all) => sum + (v[c]! < (v[all[i + 1] ?? ''] ?? 0) ? -v[c]! : v[c]!), 0);
};

/**
 * The file plan's order, as the printed plan reads: the year's dossiers by major heading (its
 * numeral as a number), then by notation in Vietnamese, numbers as numbers.
 */
const oldOrder = (all: readonly Dossier[], f: DossierListFilter) =>
  all
    .filter((d) => d.fondsId === f.fondsId && d.year === f.year && (f.showDeleted || !d.deleted))
    .sort((a, b) => romanOf(a.heading) - romanOf(b.heading) || a.heading.localeCompare(b.heading, 'vi') || a.notation.localeCompare(b.notation, 'vi', { numeric: true }));

async function whole(): Promise<Dossier[]> {
  return db.dossiers.toArray();
}

beforeAll(async () => {
  db = await openDb('dossier-list');
  const unit = await completeSetup(db, thuyHaiSetup);
  session = { unitId: unit.id, operator: 'Nguyễn Thị Lan' };
  fondsId = (await listFonds(db, unit.id))[0]!.id;
  const rows = [
    ...seedDossiers({ unitId: unit.id, fondsId, years: [2025, 2026], perYear: 1300, deletedEvery: 9, closedEvery: 4 }),
    ...seedDossiers({ unitId: unit.id, fondsId: 'other-fonds', years: [2025], perYear: 150, seed: 3 }).map((d) => ({ ...d, id: `o-${d.id}` })),
  ];
  // Stored in no particular order: the index, not the insertion, gives the list its order.
  rows.sort((a, b) => (a.title < b.title ? -1 : 1));
  for (let i = 0; i < rows.length; i += 5000) await db.dossiers.bulkPut(rows.slice(i, i + 5000));
});

const filters = (): DossierListFilter[] => [
  { fondsId, year: 2025, showDeleted: false },
  { fondsId, year: 2025, showDeleted: true },
  { fondsId, year: 2026, showDeleted: false },
  { fondsId, year: 2024, showDeleted: false },
];

describe('the list window by window', () => {
  it('counts what the whole table holds for the fonds, year and removed filter', async () => {
    const all = await whole();
    for (const f of filters()) expect(await countDossierList(db, f), JSON.stringify(f)).toBe(oldOrder(all, f).length);
    expect(await countDossierList(db, { fondsId, year: 2025, showDeleted: false })).toBe(1300 - Math.floor(1300 / 9));
  });

  it('reads windows that put together give the whole list in the old order, from either end', async () => {
    const all = await whole();
    for (const f of filters()) {
      const expected = oldOrder(all, f).map((d) => d.id);
      const got: string[] = [];
      for (let from = 0; from < expected.length + 60; from += 60) got.push(...(await dossierListWindow(db, f, from, from + 60)).map((d) => d.id));
      expect(got, JSON.stringify(f)).toEqual(expected);
      // A window near the end (read backwards) and one straddling the middle.
      const n = expected.length;
      if (n > 0) {
        expect((await dossierListWindow(db, f, n - 25, n + 10)).map((d) => d.id)).toEqual(expected.slice(n - 25));
        expect((await dossierListWindow(db, f, Math.floor(n / 2) - 7, Math.floor(n / 2) + 7)).map((d) => d.id)).toEqual(expected.slice(Math.floor(n / 2) - 7, Math.floor(n / 2) + 7));
      }
    }
  });

  it('groups the plan by major heading, I before II before IX before X, and numbers as numbers within one ("97.TH" before "101.TH")', async () => {
    const all = await dossierListWindow(db, { fondsId, year: 2025, showDeleted: true }, 0, 2000);
    const headings = [...new Set(all.map((d) => d.heading))];
    // Each heading's dossiers together, the headings in the order of their numerals.
    expect(all.map((d) => d.heading)).toEqual(headings.flatMap((h) => all.filter((d) => d.heading === h).map(() => h)));
    const numerals = headings.map(romanOf);
    expect(numerals).toEqual([...numerals].sort((a, b) => a - b));
    const first = all.filter((d) => d.heading === headings[0]).map((d) => Number(d.notation.split('.')[0]));
    expect(first.some((n) => n < 100) && first.some((n) => n >= 100)).toBe(true);
    expect(first).toEqual([...first].sort((a, b) => a - b));
  });

  it('finds by words, marks and case ignored, in list order, as a whole-table filter does', async () => {
    const all = await whole();
    for (const [f, text] of [
      [{ fondsId, year: 2025, showDeleted: false }, 'tập 12'],
      [{ fondsId, year: 2025, showDeleted: true }, 'HO SO'],
      [{ fondsId, year: 2026, showDeleted: false }, 'tư pháp'],
      [{ fondsId, year: 2026, showDeleted: false }, '1299.'],
      [{ fondsId, year: 2026, showDeleted: false }, 'không có chữ này'],
    ] as const) {
      const words = foldText(text).split(/\s+/u);
      const expected = oldOrder(all, f).filter((d) => words.every((w) => foldText(`${d.notation} ${d.heading} ${d.title} ${d.keeper} ${d.note}`).includes(w))).map((d) => d.id);
      const ids = await searchDossierList(db, f, text);
      expect(ids, text).toEqual(expected);
      expect((await dossiersInOrder(db, ids.slice(0, 5))).map((d) => d.id)).toEqual(expected.slice(0, 5));
    }
    expect((await searchDossierList(db, { fondsId, year: 2026, showDeleted: false }, '1299.')).length).toBeGreaterThan(0);
    // A numbered file by its numbers as its row shows them ("ML 1 · HS 11"): "HS 11" found nothing.
    // Compared as numbers: "HS 1" is not HS 11, "ML 2 · HS 1" not ML 1 · HS 2 (as words, any "1" anywhere matched).
    const [p1, p2, p3] = all.filter((d) => d.fondsId === fondsId && d.year === 2025 && !d.deleted);
    const numbered = [
      { ...p1!, inventoryNumber: 1, fileNumber: 11 },
      { ...p2!, inventoryNumber: 1, fileNumber: 2 },
      { ...p3!, inventoryNumber: 2, fileNumber: 1 },
    ];
    await db.dossiers.bulkPut(numbered);
    try {
      const find = (text: string) => searchDossierList(db, { fondsId, year: 2025, showDeleted: false }, text);
      expect(await find('ML 1 · HS 11')).toEqual([p1!.id]);
      expect(await find('hs11')).toEqual([p1!.id]);
      expect(await find('ml2hs1')).toEqual([p3!.id]);
      expect(await find('ML 2 · HS 1')).toEqual([p3!.id]);
      expect(await find('HS 1')).toEqual([p3!.id]);
      // As said: "hồ sơ số 11", "mục lục số 2 hồ sơ số 1" (every numbered file came back).
      expect(await find('hồ sơ số 11')).toEqual([p1!.id]);
      expect(await find('mục lục số 2 hồ sơ số 1')).toEqual([p3!.id]);
      expect((await find('ml 1')).sort()).toEqual([p1!.id, p2!.id].sort());
      // With words besides: the numbers and the words both.
      expect(await find(`HS 11 ${p1!.title.split(' ').slice(0, 2).join(' ')}`)).toEqual([p1!.id]);
      expect(await find('HS 11 không có chữ này')).toEqual([]);
    } finally {
      await db.dossiers.bulkPut([p1!, p2!, p3!]);
    }
  });

  it('orders a received fonds (read whole from its blocks) the same way', async () => {
    const all = await whole();
    const f = { fondsId, year: 2025, showDeleted: false };
    expect(orderForList(all.filter((d) => d.fondsId === fondsId), f).map((d) => d.id)).toEqual(oldOrder(all, f).map((d) => d.id));
  });

  it('names the years that hold dossiers, newest first', async () => {
    expect(await dossierYears(db, fondsId)).toEqual([2026, 2025]);
    expect(await dossierYears(db, 'no-such-fonds')).toEqual([]);
    // The years a scheme can be copied from: those with dossiers of the plan, live.
    expect(await planYears(db, fondsId)).toEqual([2026, 2025]);
    expect(await planYears(db, 'no-such-fonds')).toEqual([]);
    // A year holding only a backlog job's slips, or only deleted dossiers, has no plan to copy.
    const row = (id: string, year: number, over: object) => ({ id, fondsId: 'plan-fonds', unitId: 'u', year, title: 't', heading: 'I. Tổng hợp', origin: 'u', clock: '0', deleted: false, changedBy: 'x', ...over });
    await db.dossiers.bulkPut([row('p1', 2024, {}), row('p2', 2024, { source: 'backlog' }), row('p3', 2020, { source: 'backlog' }), row('p4', 2019, { deleted: true })] as never);
    expect(await dossierYears(db, 'plan-fonds')).toEqual([2024, 2020, 2019]);
    expect(await planYears(db, 'plan-fonds')).toEqual([2024]);
  });

  it('gives a received fonds (read whole) the same years and live count as the own fonds\' indexes', async () => {
    const all = (await whole()).filter((d) => d.fondsId === fondsId);
    expect(all.some((d) => d.deleted)).toBe(true);
    expect(yearsOfFonds(all)).toEqual(await dossierYears(db, fondsId));
    for (const year of [2025, 2026, 2030]) expect(liveCountOfYear(all, year), String(year)).toBe(await countDossierList(db, { fondsId, year, showDeleted: false }));
  });
});

describe('counts and suggestions without a scan', () => {
  it('counts the dossiers waiting to be numbered (the year) and boxed (the fonds) as the whole table does', async () => {
    const all = (await whole()).filter((d) => d.fondsId === fondsId);
    const c = await arrangeCounts(db, fondsId, 2025);
    expect(c.toNumber).toBe(all.filter((d) => d.year === 2025 && !d.deleted && d.status === 'closed' && d.fileNumber === undefined).length);
    expect(c.toBox).toBe(all.filter((d) => !d.deleted && d.fileNumber !== undefined && d.boxId === undefined).length);
    expect((await idsToNumber(db, fondsId, 2025, [])).sort()).toEqual(all.filter((d) => d.year === 2025 && !d.deleted && d.status === 'closed' && d.fileNumber === undefined).map((d) => d.id).sort());
    // A selection keeps only the dossiers that can be numbered.
    expect(await idsToNumber(db, fondsId, 2025, ['d-2025-4', 'd-2025-5', 'd-2025-36'])).toEqual(['d-2025-4']);
  });

  it('proposes the next ordinal as the whole year does, per plan and per heading', async () => {
    const live = (await whole()).filter((d) => d.fondsId === fondsId && d.year === 2026 && !d.deleted);
    expect(await nextOrdinalInYear(db, fondsId, 2026, '', false)).toBe(nextDossierOrdinal(live, '', false));
    expect(await nextOrdinalInYear(db, fondsId, 2026, 'TPHT', true)).toBe(nextDossierOrdinal(live, 'TPHT', true));
    expect(await nextOrdinalInYear(db, fondsId, 2031, 'TH', false)).toBe(1);
  });

  it('suggests the headings with their codes and the keepers of the year’s dossiers', async () => {
    const hints = await dossierFormHints(db, fondsId, 2026);
    expect(hints.headings).toContainEqual({ heading: 'III. TƯ PHÁP - HỘ TỊCH', headingCode: 'TPHT' });
    // In the plan's order, I, II, III… (in order of last use the list read "II, III, I, IV").
    const headings = hints.headings.map((h) => h.heading);
    expect(headings.length).toBeGreaterThan(2);
    expect(headings[0]).toMatch(/^I\. /);
    expect(headings).toEqual([...headings].sort(compareHeadings));
    expect(hints.keepers.length).toBeGreaterThan(0);
  });

  it('suggests the sub-headings used, each with its major heading, by their numeral', async () => {
    const base = { unitId: session.unitId, fondsId, retention: 10 as const, keeper: 'Nguyễn Thị Lan', status: 'open' as const, access: 'open' as const, language: 'Tiếng Việt', condition: 'Tốt', note: '', source: 'plan' as const, year: 2044, heading: 'II. NỘI VỤ', headingCode: 'NV' };
    for (const [notation, subheading] of [['01.NV', '10. Thi đua'], ['02.NV', '2. Đào tạo'], ['03.NV', '  1. Tuyển dụng '], ['04.NV', '2. Đào tạo']] as const)
      await saveDossier(db, session, { ...base, notation, subheading, title: `Hồ sơ ${notation}` });
    await saveDossier(db, session, { ...base, heading: 'I. TỔNG HỢP', headingCode: 'TH', notation: '05.TH', subheading: '1. Kế hoạch', title: 'Hồ sơ kế hoạch' });
    const hints = await dossierFormHints(db, fondsId, 2044);
    expect(hints.subheadings.filter((s) => s.heading === 'II. NỘI VỤ').map((s) => s.subheading)).toEqual(['1. Tuyển dụng', '2. Đào tạo', '10. Thi đua']);
    expect(hints.subheadings).toContainEqual({ heading: 'I. TỔNG HỢP', subheading: '1. Kế hoạch' });
  });

  it('tells whether the plan numbers each heading from 01, from the year or else the year before', async () => {
    const base = { unitId: session.unitId, fondsId, retention: 'permanent' as const, keeper: 'Nguyễn Thị Lan', status: 'open' as const, access: 'open' as const, language: 'Tiếng Việt', condition: 'Tốt', note: '', source: 'plan' as const };
    const th = { heading: 'I. TỔNG HỢP', headingCode: 'TH' };
    const vptk = { heading: 'II. VĂN PHÒNG - THỐNG KÊ', headingCode: 'VPTK' };
    // 2040: 01.TH, 02.TH, 01.VPTK — each heading from 01.
    for (const [notation, h] of [['01.TH', th], ['02.TH', th], ['01.VPTK', vptk]] as const) await saveDossier(db, session, { ...base, ...h, year: 2040, notation, title: `Hồ sơ ${notation} năm 2040` });
    // 2042: 01.TH, 02.VPTK — one series through the plan.
    for (const [notation, h] of [['01.TH', th], ['02.VPTK', vptk]] as const) await saveDossier(db, session, { ...base, ...h, year: 2042, notation, title: `Hồ sơ ${notation} năm 2042` });
    expect((await dossierFormHints(db, fondsId, 2040)).numberedPerHeading).toBe(true);
    // A year with no dossier yet goes on as the year before did.
    expect((await dossierFormHints(db, fondsId, 2041)).numberedPerHeading).toBe(true);
    expect((await dossierFormHints(db, fondsId, 2042)).numberedPerHeading).toBe(false);
    // A year holding one heading's dossiers so far says nothing yet: the year before decides (2040's way in 2041).
    await saveDossier(db, session, { ...base, ...th, year: 2041, notation: '01.TH', title: 'Hồ sơ 01.TH năm 2041' });
    await saveDossier(db, session, { ...base, ...th, year: 2041, notation: '02.TH', title: 'Hồ sơ 02.TH năm 2041' });
    expect((await dossierFormHints(db, fondsId, 2041)).numberedPerHeading).toBe(true);
    // Neither year says: left to the form (the whole plan, until the clerk picks).
    expect((await dossierFormHints(db, fondsId, 2050)).numberedPerHeading).toBeUndefined();
  });
});

describe('the list follows the writes', () => {
  it('shows a new dossier in its place, counts it when closed, not when numbered, and drops it when removed', async () => {
    const f = { fondsId, year: 2027, showDeleted: false };
    const base = { unitId: session.unitId, fondsId, year: 2027, heading: 'I. TỔNG HỢP', headingCode: 'TH', retention: 'permanent' as const, keeper: 'Nguyễn Thị Lan', status: 'open' as const, access: 'open' as const, language: 'Tiếng Việt', condition: 'Tốt', note: '', source: 'plan' as const };
    const ten = await saveDossier(db, session, { ...base, notation: '10.TH', title: 'Hồ sơ hội nghị tổng kết năm 2027' });
    const two = await saveDossier(db, session, { ...base, notation: '02.TH', title: 'Tập lưu quyết định của UBND xã năm 2027' });
    expect((await dossierListWindow(db, f, 0, 10)).map((d) => d.notation)).toEqual(['02.TH', '10.TH']);
    expect(await nextOrdinalInYear(db, fondsId, 2027, 'TH', false)).toBe(11);
    const before = await arrangeCounts(db, fondsId, 2027);
    await closeDossier(db, session, two.id, { sheetCount: 40, startDate: '2027-01-03', endDate: '2027-12-20' }, '2027-12-30');
    expect((await arrangeCounts(db, fondsId, 2027)).toNumber).toBe(before.toNumber + 1);
    await numberDossiers(db, session, { fondsId, ids: [two.id], order: 'heading-time', inventories: { permanent: 7, fixedTerm: 8 } });
    const after = await arrangeCounts(db, fondsId, 2027);
    expect(after).toEqual({ toNumber: before.toNumber, toBox: before.toBox + 1 });
    await deleteDossier(db, session, ten.id, 'Lập trùng với hồ sơ khác');
    expect((await dossierListWindow(db, f, 0, 10)).map((d) => d.notation)).toEqual(['02.TH']);
    expect((await dossierListWindow(db, { ...f, showDeleted: true }, 0, 10)).map((d) => d.notation)).toEqual(['02.TH', '10.TH']);
    expect(await countDossierList(db, f)).toBe(1);
    // The notation is checked through its index key: taken whatever its case, free again once removed.
    const taken = await saveDossier(db, session, { ...base, notation: '02.th', title: 'Trùng số' }).catch((e: unknown) => e);
    expect(taken).toBeInstanceOf(DossierInvalidError);
    expect((taken as DossierInvalidError).issues.map((i) => i.code)).toEqual(['dossier.notationTaken']);
    expect((await saveDossier(db, session, { ...base, notation: '10.TH', title: 'Hồ sơ lập lại' })).notation).toBe('10.TH');
  });
});
