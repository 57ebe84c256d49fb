// Slip rules (what a phiếu tin must hold, what carries to the next one, split and merge), final
// numbering of a job across inventories and earlier jobs, the discard list and its totals, the
// final report's arithmetic, documents inside a dossier and the box label's code.
import { describe, expect, it } from 'vitest';
import type { DossierFields } from '../../renderer/src/core/dossiers/types';
import { carriedFrom, mergedSlip, mergeRefusal, readSlipPick, slipsPicked, splitPart, validateSlip } from '../../renderer/src/core/processing/slips';
import { listNumbers, planJobNumbering, unnumberedSlips, type NumberableSlip } from '../../renderer/src/core/processing/numbering';
import { discardRows, discardSummary, type DiscardableSlip } from '../../renderer/src/core/processing/discards';
import { finalReport, jobProgress, printGaps, proposedKeptMetres, type ReportSlip } from '../../renderer/src/core/processing/report';
import { docRows, docTotals, sheetRange, sheetsTaken, validateDoc } from '../../renderer/src/core/processing/documents';
import { boxCode, forewordDraft, parseBoxCode, validateJob } from '../../renderer/src/core/processing/job';
import type { DossierDocFields } from '../../renderer/src/core/processing/types';
import { parseDecimal } from '../../renderer/src/core/format';
import { createInstance } from 'i18next';
import { issueMessage } from '../../renderer/src/i18n';
import { vi } from '../../renderer/src/i18n/vi';

const slip: DossierFields = {
  unitId: 'u',
  fondsId: 'f1',
  year: 1998,
  heading: 'I. Tổng hợp',
  headingCode: '',
  notation: '',
  title: 'Tập quyết định của Ủy ban nhân dân xã năm 1998',
  retention: 'permanent',
  keeper: '',
  startDate: '1998-01-05',
  endDate: '1998-12-20',
  status: 'open',
  access: 'open',
  language: 'Tiếng Việt',
  condition: 'Tốt',
  note: '',
  source: 'backlog',
  jobId: 'j1',
  tempNumber: 7,
  classId: 'c1',
};

describe('what a slip must hold', () => {
  it('accepts a complete slip', () => {
    expect(validateSlip(slip, 'f1')).toEqual([]);
  });

  it.each<[string, Partial<DossierFields>, [string, string][]]>([
    ['no title', { title: '' }, [['title', 'slip.titleRequired']]],
    ['no period', { startDate: undefined, endDate: undefined }, [['period', 'slip.periodRequired']]],
    ['no retention', { retention: 0 as never }, [['retention', 'slip.retentionRequired']]],
    ['end before start', { startDate: '1999-01-01', endDate: '1998-01-01' }, [['period', 'dossier.endBeforeStart']]],
    // Its year is its period's, and the slip has no year field: said under the period (a toast said a field was wrong and none was marked).
    ['papers from before 1945', { year: 1920, startDate: '1920-01-01', endDate: '1920-12-31' }, [['period', 'slip.yearRange']]],
    ['another fonds', { fondsId: 'f2' }, [['fondsId', 'slip.otherFonds']]],
    ['a discard reason that is not one', { discardReason: 'boring' as never }, [['discardReason', 'slip.discardReasonRequired']]],
    ['"other" reason without saying which', { discardReason: 'other' }, [['note', 'slip.discardOtherNeedsNote']]],
    ['a numbered file set aside', { discardReason: 'duplicate', fileNumber: 3, inventoryNumber: 1 }, [['discardReason', 'slip.discardNumbered']]],
    // Its slip would print both "Vĩnh viễn" and "Tài liệu loại: Hết thời hạn bảo quản".
    ['a permanent file set aside as expired', { retention: 'permanent', discardReason: 'expired' }, [['discardReason', 'slip.discardPermanentExpired']]],
    ['a bundle number 0', { discardReason: 'duplicate', discardBundle: 0 }, [['discardBundle', 'register.count.zero']]],
    ['title, period and retention all missing', { title: '', startDate: undefined, endDate: undefined, retention: 0 as never }, [['title', 'slip.titleRequired'], ['period', 'slip.periodRequired'], ['retention', 'slip.retentionRequired']]],
  ])('refuses %s at the right field', (_, over, issues) => {
    const d = { ...slip, ...over } as DossierFields;
    for (const k of Object.keys(d) as (keyof DossierFields)[]) if (d[k] === undefined) delete (d as Record<string, unknown>)[k];
    expect(validateSlip(d, 'f1').map((i) => [i.field, i.code])).toEqual(issues);
  });

  it('carries heading, retention, language, access, condition and bundle to the next slip, not the title or dates', () => {
    expect(carriedFrom({ ...slip, discardBundle: 2 })).toEqual({ classId: 'c1', heading: 'I. Tổng hợp', headingCode: '', retention: 'permanent', language: 'Tiếng Việt', access: 'open', condition: 'Tốt', discardBundle: 2 });
    expect(carriedFrom(undefined)).toEqual({});
  });

  it('merges two slips into one spanning both periods, sheets added', () => {
    const b: DossierFields = { ...slip, tempNumber: 9, title: 'Phần 2', startDate: '1997-06-01', startPrecision: 'month', endDate: '1999-03-31', endPrecision: 'month', sheetCount: 20, note: 'rách nhẹ' };
    const m = mergedSlip({ ...slip, sheetCount: 35 }, b);
    expect([m.title, m.startDate, m.startPrecision, m.endDate, m.endPrecision, m.year, m.sheetCount, m.note, m.tempNumber]).toEqual([slip.title, '1997-06-01', 'month', '1999-03-31', 'month', 1997, 55, 'rách nhẹ', 7]);
    expect(mergeRefusal(slip, { ...b, jobId: 'j2' })).toBe('slip.mergeOtherJob');
    expect(mergeRefusal(slip, { ...b, fileNumber: 1 })).toBe('slip.mergeNumbered');
    expect(mergeRefusal(slip, { ...b, discardReason: 'expired' })).toBe('slip.mergeDiscarded');
    expect(mergeRefusal(slip, b)).toBeUndefined();
  });

  it('splits off a part with its own title and period, unnumbered and unchecked', () => {
    const part = splitPart({ ...slip, checked: true, sheetCount: 80 }, { title: 'Tập quyết định về đất đai năm 1998', startDate: '1998-06-01', endDate: '1998-12-20' });
    expect([part.title, part.startDate, part.checked, part.sheetCount, part.tempNumber, part.classId, part.retention]).toEqual(['Tập quyết định về đất đai năm 1998', '1998-06-01', undefined, undefined, undefined, 'c1', 'permanent']);
  });
});

const n = (id: string, temp: number, retention: NumberableSlip['retention'], over: Partial<NumberableSlip> = {}): NumberableSlip => ({ id, tempNumber: temp, retention, checked: true, sheetCount: 10, source: 'backlog', ...over });

describe('final numbering of a job', () => {
  const inventories = { permanent: 1, fixedTerm: 2 };
  it.each<[string, NumberableSlip[], [number, number[]][], Record<string, string>]>([
    ['a first job starts each inventory at 1, in the job order', [n('a', 3, 'permanent'), n('b', 1, 10), n('c', 2, 'permanent'), n('d', 4, 20)], [], { a: '1/1', b: '2/1', c: '1/2', d: '2/2' }],
    ['a second job continues after the numbers the first gave', [n('e', 1, 'permanent'), n('f', 2, 5)], [[1, [1, 2]], [2, [1, 2]]], { e: '1/3', f: '2/3' }],
    ['numbers the file plan already used are skipped, never reused', [n('g', 1, 'permanent'), n('h', 2, 'permanent')], [[1, [1, 2, 4]]], { g: '1/5', h: '1/6' }],
    ['discarded slips get no number', [n('i', 1, 'permanent'), n('j', 2, 'permanent', { discardReason: 'duplicate', checked: false }), n('k', 3, 'permanent')], [], { i: '1/1', k: '1/2' }],
    ['slips already numbered keep their number', [n('l', 1, 'permanent', { fileNumber: 1, inventoryNumber: 1 }), n('m', 2, 'permanent')], [[1, [1]]], { m: '1/2' }],
  ])('%s', (_, ordered, taken, expected) => {
    const plan = planJobNumbering(ordered, inventories, new Map(taken.map(([inv, ns]) => [inv, new Set(ns)])));
    if (!plan.ok) throw new Error(plan.code);
    expect(Object.fromEntries([...plan.numbers].map(([id, v]) => [id, `${v.inventoryNumber}/${v.fileNumber}`]))).toEqual(expected);
  });

  it('puts everything in one inventory when both numbers are the same', () => {
    const plan = planJobNumbering([n('a', 1, 'permanent'), n('b', 2, 10)], { permanent: 3, fixedTerm: 3 }, new Map());
    expect(plan.ok && [...plan.numbers.values()]).toEqual([{ inventoryNumber: 3, fileNumber: 1 }, { inventoryNumber: 3, fileNumber: 2 }]);
    expect(plan.ok && plan.byInventory.get(3)).toEqual({ from: 1, to: 2, count: 2 });
  });

  it('refuses while slips are unchecked, listing their temporary numbers', () => {
    const plan = planJobNumbering([n('a', 1, 10), n('b', 5, 10, { checked: false }), n('c', 12, 10, { checked: false })], inventories, new Map());
    expect(plan).toEqual({ ok: false, code: 'processing.uncheckedSlips', tempNumbers: [5, 12] });
  });

  it('refuses files kept 20 years or more without a sheet count; shorter ones may wait', () => {
    const plan = planJobNumbering([n('a', 1, 20, { sheetCount: undefined }), n('b', 2, 10, { sheetCount: undefined }), n('c', 3, 'permanent', { sheetCount: undefined })], inventories, new Map());
    expect(plan).toEqual({ ok: false, code: 'processing.sheetsMissing', tempNumbers: [1, 3] });
  });

  it('says when there is nothing left to number', () => {
    expect(planJobNumbering([n('a', 1, 10, { fileNumber: 1, inventoryNumber: 2 })], inventories, new Map())).toEqual({ ok: false, code: 'processing.nothingToNumber', tempNumbers: [] });
  });

  it('lists long runs of numbers shortly', () => {
    expect(listNumbers([1, 2, 3])).toBe('1, 2, 3');
    expect(listNumbers(Array.from({ length: 25 }, (_, i) => i + 1), 3)).toBe('1, 2, 3 … (+22)');
  });
});

const dz = (id: string, temp: number, reason: DiscardableSlip['discardReason'], over: Partial<DiscardableSlip> = {}): DiscardableSlip => ({
  id,
  tempNumber: temp,
  discardReason: reason,
  title: `Tài liệu ${id}`,
  note: '',
  startDate: '2000-01-01',
  endDate: '2000-12-31',
  startPrecision: 'year',
  endPrecision: 'year',
  ...over,
});

describe('the discard list and its explanatory note', () => {
  const items = [
    dz('a', 4, 'duplicate', { discardBundle: 2, sheetCount: 12 }),
    dz('b', 2, 'expired', { discardBundle: 1, startDate: '1995-03-01', startPrecision: 'month' }),
    dz('c', 9, undefined),
    dz('d', 7, 'no-value', { discardBundle: 1, endDate: '2003-12-31', sheetCount: 3 }),
    dz('e', 1, 'other', { note: 'Bản nháp' }),
  ];
  it('lists discarded items by bundle, then temporary number, numbered 1…N with the reason in words', () => {
    expect(discardRows(items).map((r) => [r.bundle, r.item, r.title, r.reason, r.period, r.note])).toEqual([
      ['1', 1, 'Tài liệu b', 'Hết thời hạn bảo quản', '03/1995 – 2000', ''],
      ['1', 2, 'Tài liệu d', 'Không có giá trị', '2000 – 2003', ''],
      ['2', 3, 'Tài liệu a', 'Trùng lặp', '2000', ''],
      ['', 4, 'Tài liệu e', 'Lý do khác', '2000', 'Bản nháp'],
    ]);
  });

  it.each<[string, DiscardableSlip[], Record<string, number>, [number, number, number, string, number[], number]]>([
    ['the mixed list', items, { expired: 0.5, duplicate: 0.25, 'no-value': 0.1 }, [4, 2, 15, '03/1995 – 2003', [1, 1, 1, 1], 0.85]],
    ['nothing discarded', [dz('x', 1, undefined)], {}, [0, 0, 0, '', [0, 0, 0, 0], 0]],
    ['metres with many decimals round to centimetres', [dz('y', 1, 'expired')], { expired: 0.1 + 0.2 }, [1, 0, 0, '2000', [1, 0, 0, 0], 0.3]],
  ])('totals for %s', (_, list, metres, [count, bundles, sheets, period, byReason, total]) => {
    const s = discardSummary(list, metres);
    expect([s.items, s.bundles, s.sheets, s.period, s.byReason.map((r) => r.items), s.metres]).toEqual([count, bundles, sheets, period, byReason, total]);
  });
});

const r = (over: Partial<ReportSlip> = {}): ReportSlip => ({ retention: 'permanent', startDate: '1998-01-01', endDate: '1998-12-31', startPrecision: 'year', endPrecision: 'year', ...over });

describe('final report arithmetic', () => {
  const job = { unitId: 'u', fondsId: 'f', name: 'Đợt 1', receivedMetres: 12.5, processedMetres: 12.5, discardedMetres: 3.2, status: 'done' as const, note: '', keptMetres: 9.3, discardedByReason: { expired: 2, duplicate: 1.2 } };
  const slips = [
    r({ fileNumber: 1, inventoryNumber: 1, boxId: 'b1', sheetCount: 100 }),
    r({ fileNumber: 2, inventoryNumber: 1, boxId: 'b1', sheetCount: 50, startDate: '1996-05-01', startPrecision: 'month' }),
    r({ retention: 10, fileNumber: 1, inventoryNumber: 2, boxId: 'b2', endDate: '2004-12-31' }),
    r({ discardReason: 'expired', startDate: '1990-01-01' }),
    r({ discardReason: 'duplicate' }),
    r({ discardReason: 'duplicate' }),
  ];
  it('adds up kept, discarded by reason, boxes, dossiers and the period of what is kept, in years ("05/1996 – 2004" mixed a month with a year)', () => {
    const rep = finalReport(job, slips, [{ id: 'b1', deleted: false }, { id: 'b2', deleted: false }]);
    expect(rep).toMatchObject({ receivedMetres: 12.5, keptMetres: 9.3, discardedMetres: 3.2, unaccountedMetres: 0, boxes: 2, dossiers: 3, permanent: 2, fixedTerm: 1, sheets: 150, discardedItems: 3, period: '1996 – 2004', inventories: [1, 2] });
    expect(rep.discardedByReason.map((x) => [x.reason, x.metres, x.items])).toEqual([['expired', 2, 1], ['duplicate', 1.2, 2], ['no-value', 0, 0], ['other', 0, 0]]);
  });

  it.each([
    [12.5, 9, { expired: 2 }, 1.5],
    [10, 10, {}, 0],
    [0.3, 0.1, { other: 0.2 }, 0],
  ])('received %s, kept %s, discarded %o leaves %s unaccounted', (received, kept, byReason, rest) => {
    expect(finalReport({ ...job, receivedMetres: received, keptMetres: kept, discardedByReason: byReason }, [], []).unaccountedMetres).toBe(rest);
  });

  it('does not count a deleted box, proposes kept metres from boxes', () => {
    expect(finalReport(job, slips, [{ id: 'b1', deleted: false }, { id: 'b2', deleted: true }]).boxes).toBe(1);
    expect(proposedKeptMetres(75, 0.125)).toBe(9.38);
  });

  it('names the slips typed after the numbering, which every numbered paper leaves out (nothing said so)', () => {
    const numbered = (tempNumber: number, fileNumber: number) => ({ tempNumber, fileNumber, discardReason: undefined });
    const late = (tempNumber: number) => ({ tempNumber, discardReason: undefined });
    // Nothing numbered yet: the slips are simply not there yet.
    expect(unnumberedSlips([late(1), late(2)])).toEqual([]);
    expect(unnumberedSlips([numbered(1, 1), numbered(2, 2)])).toEqual([]);
    expect(unnumberedSlips([numbered(1, 1), late(9), numbered(2, 2), late(8)])).toEqual([8, 9]);
    // Set aside to discard, or deleted: never numbered, not missing.
    expect(unnumberedSlips([numbered(1, 1), { tempNumber: 3, discardReason: 'duplicate' as const }, { ...late(4), deleted: true }])).toEqual([]);
  });

  it('says what the printed papers would lack: the fonds number, the metres kept, the metres discarded when papers were set aside', () => {
    const kept = { discardReason: undefined };
    const discarded = { discardReason: 'duplicate' as const };
    expect(printGaps({}, '', [kept])).toEqual(['fondsNumber', 'keptMetres']);
    expect(printGaps({ keptMetres: 9.5 }, '15', [kept])).toEqual([]);
    expect(printGaps({ keptMetres: 9.5 }, '15', [kept, discarded])).toEqual(['discardedMetres']);
    expect(printGaps({ keptMetres: 9.5 }, '15', [kept, { ...discarded, deleted: true }])).toEqual([]);
    expect(printGaps({ keptMetres: 9.5, discardedByReason: { duplicate: 0.5 } }, ' 15 ', [kept, discarded])).toEqual([]);
  });

  it('follows progress: slips per day, checked, numbered, boxes filled', () => {
    const p = jobProgress(job, [r({ enteredOn: '2026-03-02', checked: true }), r({ enteredOn: '2026-03-01', boxId: 'b1', fileNumber: 1 }), r({ enteredOn: '2026-03-02', discardReason: 'expired' })]);
    expect(p).toMatchObject({ slips: 3, checked: 1, discarded: 1, numbered: 1, boxed: 1, boxes: 1, perDay: [{ day: '2026-03-01', count: 1 }, { day: '2026-03-02', count: 2 }] });
  });

  it('refuses kept and discarded metres beyond what was received', () => {
    const codes = validateJob({ ...job, keptMetres: 11, discardedMetres: 3.2 }, '2026-11-20').map((i) => i.code);
    expect(codes).toContain('job.keptAndDiscardedOverReceived');
    expect(validateJob({ ...job, intakeDate: '2027-01-01' }, '2026-11-20').map((i) => i.code)).toEqual(['job.intakeInFuture']);
  });

  it('takes 0 boxes or bundles received, and refuses -2 saying that 0 is allowed (it said "from 1")', async () => {
    expect(validateJob({ ...job, receivedBoxes: 0, receivedBundles: 48 }, '2026-11-20')).toEqual([]);
    const refused = validateJob({ ...job, receivedBoxes: -2 }, '2026-11-20');
    expect(refused.map((i) => `${i.field}:${i.code}`)).toEqual(['receivedBoxes:register.count.rangeFromZero']);
    const i18n = createInstance();
    await i18n.init({ resources: { vi: { translation: vi } }, lng: 'vi', interpolation: { escapeValue: false } });
    expect(issueMessage(i18n.t, refused[0]!)).toBe('Phải là số từ 0 đến 99999 (0 nếu không có).');
  });

  it('kept metres typed so that they do not read as a number ("1.125") say so, not that they are more than received', async () => {
    expect(validateJob({ ...job, keptMetres: parseDecimal('1.125') }, '2026-11-20').map((i) => `${i.field}:${i.code}`)).toEqual(['keptMetres:job.metresRange']);
    expect(validateJob({ ...job, keptMetres: parseDecimal('1,125') }, '2026-11-20')).toEqual([]);
    // The bound is written as it asks the figure to be: "1,5", not "1.5" beside "không dùng dấu chấm"; a thousand without a dot.
    const refused = validateJob({ ...job, receivedMetres: 1.5, discardedByReason: { expired: 2 } }, '2026-11-20');
    const i18n = createInstance();
    await i18n.init({ resources: { vi: { translation: vi } }, lng: 'vi', interpolation: { escapeValue: false } });
    expect(refused.map((i) => issueMessage(i18n.t, i))).toContain('Số mét giá phải là số từ 0 đến 1,5; phần lẻ gõ sau dấu phẩy (ví dụ 1,125), không dùng dấu chấm.');
    expect(issueMessage(i18n.t, { code: 'job.metresRange', params: { max: 1000 } })).toBe('Số mét giá phải là số từ 0 đến 1000; phần lẻ gõ sau dấu phẩy (ví dụ 1,125), không dùng dấu chấm.');
  });

  it('drafts a foreword from the fonds history and the figures', () => {
    const text = forewordDraft({ unitName: 'UBND xã Thụy Hải', fondsName: 'Phông UBND xã Thụy Hải', fondsHistory: 'Xã Thụy Hải được thành lập năm 1956.', job, report: finalReport(job, slips, [{ id: 'b1', deleted: false }, { id: 'b2', deleted: false }]), headings: ['I. Tổng hợp'], metres: (x) => String(x).replace('.', ',') });
    expect(text).toContain('Xã Thụy Hải được thành lập năm 1956.');
    expect(text).toContain('12,5 mét giá');
    expect(text).toContain('gồm 3 hồ sơ (2 hồ sơ bảo quản vĩnh viễn, 1 hồ sơ bảo quản có thời hạn) trong 2 hộp');
  });

  it('names the items set aside, and leaves their metres blank to fill in until typed (it said "0 mét giá" beside them)', () => {
    const base = { unitName: 'UBND xã Thụy Hải', fondsName: 'Phông UBND xã Thụy Hải', fondsHistory: '', job, headings: [], metres: (x: number) => String(x).replace('.', ',') };
    const figures = { keptMetres: 11.5, dossiers: 3, permanent: 2, fixedTerm: 1, boxes: 2, period: '1995 – 2005' };
    expect(forewordDraft({ ...base, report: { ...figures, discardedMetres: 0, discardedItems: 3 } })).toContain('Tài liệu loại ra: …… mét giá (3 tập).');
    expect(forewordDraft({ ...base, report: { ...figures, discardedMetres: 1, discardedItems: 3 } })).toContain('Tài liệu loại ra: 1 mét giá (3 tập).');
    expect(forewordDraft({ ...base, report: { ...figures, discardedMetres: 0, discardedItems: 0 } })).toContain('Tài liệu loại ra: 0 mét giá.');
  });
});

const doc = (over: Partial<DossierDocFields> = {}): DossierDocFields => ({ unitId: 'u', fondsId: 'f', dossierId: 'd', position: 1, number: '15/QĐ-UBND', date: '1998-03-12', author: 'UBND xã', summary: 'Quyết định về việc thành lập tổ công tác', note: '', sheetFrom: 1, sheetTo: 3, ...over });

describe('documents inside a dossier', () => {
  it.each<[string, Partial<DossierDocFields>, number | undefined, string[]]>([
    ['a complete document', {}, 10, []],
    ['no summary', { summary: '' }, undefined, ['doc.summaryRequired']],
    ['a linked entry needs no summary of its own', { summary: '', incomingDocId: 'e1' }, undefined, []],
    ['sheets backwards', { sheetFrom: 5, sheetTo: 2 }, undefined, ['doc.sheetsBackwards']],
    ['sheets beyond the dossier', { sheetTo: 12 }, 10, ['doc.sheetsBeyondDossier']],
    ['linked twice', { incomingDocId: 'a', outgoingDocId: 'b' }, undefined, ['doc.twoLinks']],
  ])('%s', (_, over, sheets, codes) => {
    expect(validateDoc(doc(over), sheets).map((i) => i.code)).toEqual(codes);
  });

  it('totals documents and sheets, and shows gaps and sheets listed twice', () => {
    expect(docTotals([doc({ sheetFrom: 1, sheetTo: 3 }), doc({ sheetFrom: 3, sheetTo: 5 }), doc({ sheetFrom: 8, sheetTo: 9 }), doc({ sheetFrom: undefined, sheetTo: undefined })])).toEqual({ documents: 4, sheets: 7, lastSheet: 9, gaps: [6, 7], overlaps: [3] });
    expect([sheetRange(1, 5), sheetRange(7, 7), sheetRange(undefined, undefined)]).toEqual(['01-05', '07', '']);
  });

  it('finds the first document already on a sheet typed for another, and the sheets they share', () => {
    const listed = [doc({ position: 1, sheetFrom: 1, sheetTo: 3 }), doc({ position: 2, sheetFrom: 4, sheetTo: 6 }), doc({ position: 3, sheetFrom: undefined, sheetTo: undefined })];
    expect(sheetsTaken(listed, { sheetFrom: 2, sheetTo: 5 })).toMatchObject({ doc: { position: 1 }, from: 2, to: 3 });
    // Typed the wrong way round: refused by the rules first, not asked about.
    expect(sheetsTaken(listed, { sheetFrom: 5, sheetTo: 4 })).toBeUndefined();
    expect(sheetsTaken(listed, { sheetFrom: 6 })).toMatchObject({ doc: { position: 2 }, from: 6, to: 6 });
    expect(sheetsTaken(listed, { sheetFrom: 7, sheetTo: 9 })).toBeUndefined();
    expect(sheetsTaken(listed, {})).toBeUndefined();
  });

  it('reads a linked entry through the link, not from a copy', () => {
    const rows = docRows([doc({ position: 2, incomingDocId: 'e1', summary: '' }), doc({ position: 1 })], (d) => (d.incomingDocId ? { number: '07/CV-UBND', date: '1998-04-01', author: 'UBND huyện', summary: 'Công văn đôn đốc' } : undefined));
    expect(rows.map((x) => [x.ordinal, x.number, x.date, x.summary, x.linked])).toEqual([
      [1, '15/QĐ-UBND', '12/03/1998', 'Quyết định về việc thành lập tổ công tác', false],
      [2, '07/CV-UBND', '01/04/1998', 'Công văn đôn đốc', true],
    ]);
  });
});

describe('the box label code', () => {
  it('names unit, fonds, inventory and box, and reads back', () => {
    const code = boxCode({ adminCode: '12345', fondsNumber: '15', inventoryNumber: 1, boxNumber: 3, boxId: '0190a3f2-0000-7000-8000-000000000001' });
    expect(code).toBe('LUUTRU-HOP|DV:12345|PH:15|ML:1|HOP:3|ID:0190a3f2-0000-7000-8000-000000000001');
    expect(parseBoxCode(code)).toEqual({ adminCode: '12345', fondsNumber: '15', inventoryNumber: '1', boxNumber: 3, boxId: '0190a3f2-0000-7000-8000-000000000001' });
    expect(parseBoxCode('https://example.org')).toBeUndefined();
  });
});

describe('a slip asked for in the documents tab', () => {
  it.each<[string, ReturnType<typeof readSlipPick>]>([
    ['12', { kind: 'slip', number: 12 }],
    [' phiếu số 12 ', { kind: 'slip', number: 12 }],
    ['1.9', { kind: 'file', inventory: 1, file: 9 }],
    ['1/9', { kind: 'file', inventory: 1, file: 9 }],
    ['ML 1 · HS 9', { kind: 'file', inventory: 1, file: 9 }],
    ['ml1 hs9', { kind: 'file', inventory: 1, file: 9 }],
    ['HS 9', { kind: 'file', file: 9 }],
    ['chín', undefined],
    ['1.9.3', undefined],
  ])('reads %j', (typed, read) => {
    expect(readSlipPick(typed)).toEqual(read);
  });

  it('finds it by its slip number, or by its file number on the cover (the slip number opened another file)', () => {
    const slips = [
      { id: 'a', tempNumber: 1, inventoryNumber: 1, fileNumber: 9 },
      { id: 'b', tempNumber: 9, inventoryNumber: 1, fileNumber: 2 },
      { id: 'c', tempNumber: 3, inventoryNumber: 2, fileNumber: 9 },
      { id: 'd', tempNumber: 4, inventoryNumber: 2, fileNumber: 5, deleted: true },
    ];
    const ids = (typed: string) => slipsPicked(slips, readSlipPick(typed)!).map((s) => s.id);
    expect(ids('9')).toEqual(['b']);
    expect(ids('1.9')).toEqual(['a']);
    expect(ids('ML 2 · HS 9')).toEqual(['c']);
    // A file number alone that two inventories hold: both, for the archivist to be asked which.
    expect(ids('HS 9')).toEqual(['a', 'c']);
    expect(ids('2.5')).toEqual([]);
  });
});
