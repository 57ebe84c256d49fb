// Dossier rules as tables of cases: retention wording, số/ký hiệu hồ sơ, validation and what
// closing requires, ordering for final numbering, numbering, packing into boxes, inventory rows,
// box label ranges and the holdings reported upward.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../renderer/src/core/errors';
import {
  readClosingDate,
  buildDossierNotation,
  closingIssues,
  compareRetention,
  formatRetention,
  headingAbbreviation,
  RETENTION_CHOICES,
  RETENTION_SUGGESTIONS,
  nextDossierOrdinal,
  papersToReprint,
  parseRetention,
  validateBox,
  validateDossier,
  pagesOverSheets,
  periodOutsideYear,
  yearChoices,
  yearMissing,
  validateProcessingJob,
} from '../../renderer/src/core/dossiers/rules';
import {
  assignFileNumbers,
  boxContents,
  yearsSpanned,
  boxesToLabel,
  documentPeriod,
  holdings,
  inventoryFor,
  inventoryRows,
  orderDossiers,
  packIntoBoxes,
} from '../../renderer/src/core/dossiers/inventory';
import type { Box, Dossier, DossierFields, Retention } from '../../renderer/src/core/dossiers/types';
import { consolidatedSections } from '../../renderer/src/core/dossiers/consolidated';
import { depositMark } from '../../renderer/src/core/duties/deposit';

const meta = { origin: 'u1', clock: '000000000000001.000000', deleted: false, changedBy: 'Lan' };

function fields(over: Partial<DossierFields> = {}): DossierFields {
  return {
    unitId: 'u1',
    fondsId: 'f1',
    year: 2025,
    heading: 'I. TỔNG HỢP',
    headingCode: 'TH',
    notation: '01.TH',
    title: 'Tập lưu quyết định của UBND xã năm 2025',
    retention: 'permanent',
    keeper: 'Trần Thị Lan',
    status: 'open',
    access: 'open',
    language: 'Tiếng Việt',
    condition: '',
    note: '',
    source: 'plan',
    ...over,
  };
}
const dossier = (id: string, over: Partial<DossierFields> = {}): Dossier => ({ ...fields(over), id, ...meta });

describe('retention wording', () => {
  it.each<[string, Retention | undefined]>([
    ['Vĩnh viễn', 'permanent'],
    ['vĩnh viễn', 'permanent'],
    ['VV', 'permanent'],
    ['vinh vien', 'permanent'],
    // Its first letters, as Tab leaves them when the suggestion was not picked.
    ['vinh', 'permanent'],
    ['Vĩnh v', 'permanent'],
    ['vin', 'permanent'],
    ['vi', undefined],
    ['vinh vienn', undefined],
    ['10 năm', 10],
    ['10 nam', 10],
    ['5', 5],
    ['70 năm', 70],
    ['100', 100],
    ['0', undefined],
    ['101 năm', undefined],
    ['mười năm', undefined],
    ['', undefined],
  ])('"%s" → %s', (text, want) => {
    expect(parseRetention(text)).toBe(want);
  });

  it.each<[Retention, string]>([
    ['permanent', 'Vĩnh viễn'],
    [20, '20 năm'],
    [5, '5 năm'],
  ])('%s prints as "%s"', (r, text) => {
    expect(formatRetention(r)).toBe(text);
  });

  // The retention field's list highlights the first suggestion beginning with what was typed, and
  // Enter takes it: typing "2" must not end as "20 năm", nor "5" as "50 năm".
  it.each(RETENTION_CHOICES.filter((r) => r !== 'permanent').map(String))('typing "%s" highlights its own period', (typed) => {
    expect(RETENTION_SUGGESTIONS.find((s) => s.startsWith(typed))).toBe(formatRetention(Number(typed)));
  });

  it('suggests every choice once, "Vĩnh viễn" included', () => {
    expect([...RETENTION_SUGGESTIONS].sort()).toEqual(RETENTION_CHOICES.map(formatRetention).sort());
  });

  it('orders permanent first, then longer terms', () => {
    const list: Retention[] = [5, 'permanent', 70, 10];
    expect([...list].sort(compareRetention)).toEqual(['permanent', 70, 10, 5]);
  });
});

describe('số, ký hiệu hồ sơ (PL V.I)', () => {
  it.each<[number, string, string]>([
    [1, 'TH', '01.TH'],
    [9, 'TCCB', '09.TCCB'],
    [10, 'TCCB', '10.TCCB'],
    [125, 'VP', '125.VP'],
    [3, '', '03'],
  ])('%i + "%s" → %s', (n, code, want) => {
    expect(buildDossierNotation(n, code)).toBe(want);
  });

  it.each([
    ['I. TỔNG HỢP', 'TH'],
    ['II. VĂN PHÒNG - THỐNG KÊ', 'VPTK'],
    ['III. TƯ PHÁP – HỘ TỊCH', 'TPHT'],
    ['IV. Văn hóa và xã hội', 'VHXH'],
    ['Địa chính, xây dựng', 'ĐCXD'],
  ])('heading "%s" proposes code %s', (heading, code) => {
    expect(headingAbbreviation(heading)).toBe(code);
  });

  const plan = [
    { notation: '01.TH', headingCode: 'TH' },
    { notation: '02.TH', headingCode: 'TH' },
    { notation: '03.VP', headingCode: 'VP' },
  ];
  it('continues across the whole plan or restarts in each heading', () => {
    expect(nextDossierOrdinal(plan, 'VP', false)).toBe(4);
    expect(nextDossierOrdinal(plan, 'VP', true)).toBe(4);
    expect(nextDossierOrdinal(plan, 'TH', true)).toBe(3);
    expect(nextDossierOrdinal(plan, 'ĐC', true)).toBe(1);
    expect(nextDossierOrdinal([], 'TH', false)).toBe(1);
  });
});

describe('dossier validation', () => {
  const codes = (d: DossierFields, others: DossierFields[] = []) => validateDossier(d, others).map((i) => `${i.field}:${i.code}`);

  it.each<[string, Partial<DossierFields>, string[]]>([
    ['a complete open dossier', {}, []],
    ['no title', { title: '' }, ['title:dossier.titleRequired']],
    ['no notation', { notation: '' }, ['notation:dossier.notationRequired']],
    ['notation too long', { notation: 'x'.repeat(21) }, ['notation:text.tooLong']],
    ['a sub-heading', { subheading: '1. Tuyển dụng' }, []],
    ['sub-heading too long', { subheading: 'x'.repeat(201) }, ['subheading:text.tooLong']],
    ['a sub-heading with no major heading', { heading: ' ', subheading: '1. Tuyển dụng' }, ['subheading:dossier.subheadingNoHeading']],
    ['no heading, no sub-heading', { heading: '', subheading: ' ' }, []],
    ['retention not given (0)', { retention: 0 }, ['retention:dossier.retentionRequired']],
    ['retention 7.5', { retention: 7.5 }, ['retention:dossier.retentionInvalid']],
    ['bad date', { startDate: '2025-02-30' }, ['startDate:dossier.date.invalid']],
    ['end before start', { startDate: '2025-05-01', endDate: '2025-04-30' }, ['endDate:dossier.endBeforeStart']],
    ['zero sheets (said as 0, not as a number in words)', { sheetCount: 0 }, ['sheetCount:register.count.zero']],
    ['sheets past the limit', { sheetCount: 100_000 }, ['sheetCount:register.count.range']],
    ['file number without inventory', { fileNumber: 3 }, ['inventoryNumber:dossier.inventoryRequired']],
    ['year 1900', { year: 1900 }, ['year:dossier.yearRange']],
    ['closed permanent without sheets', { status: 'closed', startDate: '2025-01-02', endDate: '2025-12-30' }, ['sheetCount:dossier.closeNeedsSheets']],
    ['closed without dates', { status: 'closed', sheetCount: 12 }, ['startDate:dossier.closeNeedsDates', 'endDate:dossier.closeNeedsDates']],
  ])('%s', (_name, over, want) => {
    expect(codes(fields(over))).toEqual(want);
  });

  it('refuses more pages than twice the sheets when the counts are typed, not in an edit that leaves them as they were', () => {
    // A sheet has two sides: 40 sheets hold 80 pages at most (it took 19,998 pages for any count of sheets).
    expect(pagesOverSheets({ sheetCount: 40, pageCount: 80 })).toBeUndefined();
    expect(pagesOverSheets({ sheetCount: 40, pageCount: 81 })).toEqual({ field: 'pageCount', code: 'dossier.pagesOverSheets', params: { pages: 81, sheets: 40, max: 80 } });
    expect(pagesOverSheets({ pageCount: 81 })).toBeUndefined();
    expect(pagesOverSheets({ sheetCount: 0, pageCount: 81 })).toBeUndefined();
    // Saved so before: a change of title is not held up; a change of either count is asked.
    expect(pagesOverSheets({ sheetCount: 40, pageCount: 81 }, { sheetCount: 40, pageCount: 81 })).toBeUndefined();
    expect(pagesOverSheets({ sheetCount: 40, pageCount: 82 }, { sheetCount: 40, pageCount: 81 })?.code).toBe('dossier.pagesOverSheets');
  });

  it('refuses a notation used in the same year (any case), allows it another year', () => {
    expect(codes(fields({ notation: '01.th' }), [fields()])).toEqual(['notation:dossier.notationTaken']);
    expect(codes(fields(), [fields({ year: 2024 })])).toEqual([]);
  });

  it('refuses a file number already given in the same inventory of the fonds', () => {
    const other = fields({ notation: '02.TH', inventoryNumber: 1, fileNumber: 4 });
    expect(codes(fields({ inventoryNumber: 1, fileNumber: 4 }), [other])).toEqual(['fileNumber:dossier.fileNumberTaken']);
    expect(codes(fields({ inventoryNumber: 2, fileNumber: 4 }), [other])).toEqual([]);
  });

  it.each<[Retention, number | undefined, boolean]>([
    ['permanent', undefined, true],
    [20, undefined, true],
    [5, undefined, true],
    [2, undefined, false],
    [20, 35, false],
  ])('closing a %s-retention file with %s sheets needs the sheet count: %s', (retention, sheetCount, needs) => {
    const issues = closingIssues({ retention, ...(sheetCount ? { sheetCount } : {}), startDate: '2025-01-01', endDate: '2025-02-01' });
    expect(issues.some((i) => i.code === 'dossier.closeNeedsSheets')).toBe(needs);
  });
});

describe('closing dates as the clerk knows them', () => {
  const today = '2026-11-30';
  it.each<[string, 'start' | 'end', string | undefined, string | undefined]>([
    ['5/3', 'start', '2025-03-05', 'day'],
    ['05/03/2025', 'end', '2025-03-05', 'day'],
    ['3/2025', 'start', '2025-03-01', 'month'],
    ['3/2025', 'end', '2025-03-31', 'month'],
    ['tháng 2 năm 2024', 'end', '2024-02-29', 'month'],
    ['2025', 'start', '2025-01-01', 'year'],
    ['1998', 'end', '1998-12-31', 'year'],
    ['31/2/2025', 'start', undefined, undefined],
    ['13/2025', 'start', undefined, undefined],
    ['đầu năm', 'start', undefined, undefined],
  ])('"%s" as the %s → %s (%s)', (text, side, date, precision) => {
    const r = readClosingDate(text, side, 2025, today);
    expect(r && [r.date, r.precision]).toEqual(date === undefined ? undefined : [date, precision]);
  });
});

describe('a plan file closed with a period outside its year', () => {
  it.each<[string, Parameters<typeof periodOutsideYear>[0], string | undefined]>([
    ['wholly before the year (a year mistyped): said under the end', { startDate: '2024-03-05', endDate: '2024-12-20' }, 'endDate:dossier.periodBeforeYear'],
    ['wholly after it: said under the start', { startDate: '2026-01-05', endDate: '2026-02-01' }, 'startDate:dossier.periodAfterYear'],
    ['papers of the year before, closed in the year', { startDate: '2024-11-05', endDate: '2025-02-01' }, undefined],
    ['a matter run on into the next year', { startDate: '2025-11-05', endDate: '2026-02-01' }, undefined],
    ['a month known alone (12/2024), the whole month before the year', { startDate: '2024-12-01', endDate: '2024-12-01', endPrecision: 'month' }, 'endDate:dossier.periodBeforeYear'],
    ['the year alone', { startDate: '2025-01-01', endDate: '2025-12-31', startPrecision: 'year', endPrecision: 'year' }, undefined],
    ['a side not typed', { startDate: '2024-03-05' }, undefined],
  ])('%s', (_, period, said) => {
    const issue = periodOutsideYear(period, 2025);
    expect(issue && `${issue.field}:${issue.code}`).toBe(said);
  });
  it('says the period as typed and the year', () => {
    expect(periodOutsideYear({ startDate: '2024-03-01', endDate: '2024-12-31', startPrecision: 'month', endPrecision: 'year' }, 2025)?.params).toEqual({ from: '03/2024', to: '2024', year: 2025 });
  });
});

describe('boxes and processing jobs', () => {
  const box = { unitId: 'u1', fondsId: 'f1', number: 3, inventoryNumber: 1, note: '' };
  it('refuses a box number used twice in one inventory', () => {
    expect(validateBox(box, [box]).map((i) => i.code)).toEqual(['box.numberTaken']);
    expect(validateBox(box, [{ ...box, inventoryNumber: 2 }])).toEqual([]);
    expect(validateBox({ ...box, number: 0 }, []).map((i) => i.code)).toEqual(['register.count.zero']);
  });
  const job = { unitId: 'u1', fondsId: 'f1', name: 'Chỉnh lý tài liệu 2010–2020', receivedMetres: 12, processedMetres: 5, discardedMetres: 1, status: 'open' as const, note: '' };
  it.each<[string, Partial<typeof job>, string[]]>([
    ['a consistent job', {}, []],
    ['no name', { name: '' }, ['job.nameRequired']],
    ['processed more than received', { processedMetres: 13 }, ['job.processedOverReceived']],
    ['discarded more than processed', { discardedMetres: 6 }, ['job.discardedOverProcessed']],
    // Refused once, at its own field: not compared with the other figures as well.
    ['negative metres', { receivedMetres: -1 }, ['job.metresRange']],
  ])('%s', (_n, over, want) => {
    expect(validateProcessingJob({ ...job, ...over }).map((i) => i.code)).toEqual(want);
  });
});

describe('ordering and final numbering', () => {
  const a = dossier('a', { heading: 'II. VĂN PHÒNG', notation: '05.VP', startDate: '2025-01-05', retention: 10 });
  const b = dossier('b', { heading: 'I. TỔNG HỢP', notation: '02.TH', startDate: '2025-06-01', retention: 'permanent' });
  const c = dossier('c', { heading: 'I. TỔNG HỢP', notation: '01.TH', startDate: '2025-03-01', retention: 20 });
  const d = dossier('d', { heading: 'II. VĂN PHÒNG', notation: '04.VP', startDate: '2025-02-01', retention: 'permanent', year: 2024 });

  it.each([
    ['heading-time', ['c', 'b', 'd', 'a']],
    ['time-heading', ['d', 'a', 'c', 'b']],
    ['retention-heading-time', ['b', 'd', 'c', 'a']],
    ['retention-time-heading', ['d', 'b', 'c', 'a']],
  ] as const)('%s', (order, want) => {
    expect(orderDossiers([a, b, c, d], order).map((x) => x.id)).toEqual(want);
  });

  it('numbers continuously, skipping numbers already kept', () => {
    expect([...assignFileNumbers(['x', 'y', 'z'], 1)]).toEqual([['x', 1], ['y', 2], ['z', 3]]);
    expect([...assignFileNumbers(['x', 'y', 'z'], 4, new Set([5]))]).toEqual([['x', 4], ['y', 6], ['z', 7]]);
  });

  it('puts permanent and fixed-term files in their inventories', () => {
    expect(inventoryFor('permanent', { permanent: 1, fixedTerm: 2 })).toBe(1);
    expect(inventoryFor(10, { permanent: 1, fixedTerm: 2 })).toBe(2);
    expect(inventoryFor(10, { permanent: 1, fixedTerm: 1 })).toBe(1);
  });
});

describe('packing into boxes', () => {
  it.each<[string, { id: string; sheetCount?: number }[], number, string[][]]>([
    ['fills a box up to its capacity', [{ id: '1', sheetCount: 300 }, { id: '2', sheetCount: 400 }, { id: '3', sheetCount: 200 }], 800, [['1', '2'], ['3']]],
    ['exactly full', [{ id: '1', sheetCount: 400 }, { id: '2', sheetCount: 400 }], 800, [['1', '2']]],
    ['a dossier bigger than a box gets its own', [{ id: '1', sheetCount: 100 }, { id: '2', sheetCount: 1200 }, { id: '3', sheetCount: 10 }], 800, [['1'], ['2'], ['3']]],
    ['unknown sheet counts count as 50', [{ id: '1' }, { id: '2' }, { id: '3' }], 100, [['1', '2'], ['3']]],
    ['nothing to pack', [], 800, []],
  ])('%s', (_n, items, cap, want) => {
    expect(packIntoBoxes(items, cap)).toEqual(want);
  });
});

describe('inventory rows and box labels', () => {
  const box1: Box = { id: 'x1', unitId: 'u1', fondsId: 'f1', number: 7, inventoryNumber: 1, note: '', ...meta };
  const rows = [
    dossier('a', { notation: '03.TH', fileNumber: 2, inventoryNumber: 1, startDate: '2025-01-02', endDate: '2025-12-30', sheetCount: 40, pageCount: 78, boxId: 'x1' }),
    dossier('b', { notation: '01.TH', fileNumber: 1, inventoryNumber: 1, startDate: '2025-03-04', endDate: '2025-03-04', sheetCount: 3, boxId: 'x1', retention: 20, year: 2024 }),
    dossier('c', { notation: '02.TH' }),
    { ...dossier('z', { notation: '09.TH', fileNumber: 9, inventoryNumber: 1 }), deleted: true },
  ];

  it('lists live dossiers by hồ sơ số with the form’s wording', () => {
    expect(inventoryRows(rows, [box1])).toEqual([
      { ordinal: 1, fileNumber: 1, notation: '01.TH', title: rows[1]!.title, period: '04/03/2025', retention: '20 năm', sheets: '3', box: '07', note: '' },
      { ordinal: 2, fileNumber: 2, notation: '03.TH', title: rows[0]!.title, period: '02/01/2025 – 30/12/2025', retention: 'Vĩnh viễn', sheets: '40/78', box: '07', note: '' },
      { ordinal: 3, notation: '02.TH', title: rows[2]!.title, period: '', retention: 'Vĩnh viễn', sheets: '', box: '', note: '' },
    ]);
  });

  it('gives a box label its file and year range and retentions', () => {
    // The years of the documents (a 2024 plan file whose papers are all of 2025 puts 2025 on the label, as the
    // retention rules count it: documentsStartYear/documentsEndYear).
    expect(boxContents(box1, rows)).toEqual({ boxId: 'x1', number: 7, fromFile: 1, toFile: 2, dossierCount: 2, fromYear: 2025, toYear: 2025, retention: 'Vĩnh viễn, 20 năm' });
    expect(boxContents({ ...box1, id: 'empty' }, rows)).toEqual({ boxId: 'empty', number: 7, dossierCount: 0, retention: '' });
    // The same span wherever files are summed up (inventories, deposits, appraisals): the years of their documents too.
    expect(yearsSpanned([{ year: 2022, startDate: '2022-03-01', endDate: '2023-12-31' }, { year: 2010 }])).toEqual({ fromYear: 2010, toYear: 2023 });
    expect(yearsSpanned([])).toBeUndefined();
    // A dossier whose documents run into the next year: the label's range ends with that year.
    const spanning = [dossier('d', { notation: '04.TH', year: 2015, startDate: '2015-03-01', endDate: '2016-12-31', startPrecision: 'month', endPrecision: 'month', boxId: 'x1' })];
    expect([boxContents(box1, spanning).fromYear, boxContents(box1, spanning).toYear]).toEqual([2015, 2016]);
  });

  it('takes the boxes of one inventory and a range of numbers for labels, and says why when none is in it', () => {
    const boxes = [
      { id: 'a1', inventoryNumber: 1, number: 1 },
      { id: 'a2', inventoryNumber: 1, number: 2 },
      { id: 'a3', inventoryNumber: 1, number: 3 },
      { id: 'b1', inventoryNumber: 2, number: 1 },
      { id: 'b2', inventoryNumber: 2, number: 2 },
    ];
    const ids = (pick: Parameters<typeof boxesToLabel>[1], from = boxes) => boxesToLabel(from, pick).map((b) => b.id);
    const refusal = (pick: Parameters<typeof boxesToLabel>[1], from: typeof boxes = boxes) => {
      try {
        boxesToLabel(from, pick);
      } catch (e) {
        return e instanceof AppError ? [e.code, e.params] : e;
      }
      return 'printed';
    };
    expect(ids({})).toEqual(['a1', 'a2', 'a3', 'b1', 'b2']);
    expect(ids({ inventory: 1, from: 2 })).toEqual(['a2', 'a3']);
    expect(ids({ inventory: 2, from: 2, to: 2 })).toEqual(['b2']);
    // Numbers start again in each inventory: numbers typed over two are refused until one is chosen
    // (a torn label of box 1 printed both boxes 1); with one inventory, or none, they need no choice.
    expect(refusal({ to: 1 })).toEqual(['labels.chooseInventory', {}]);
    expect(ids({ from: 2 }, boxes.slice(0, 3))).toEqual(['a2', 'a3']);
    const loose = [{ id: 'x', number: 4 }, { id: 'y', number: 5 }] as typeof boxes;
    expect(ids({ from: 5 }, loose)).toEqual(['y']);
    expect(refusal({ from: 3, to: 2 })).toEqual(['labels.backwards', {}]);
    expect(refusal({ inventory: 1, from: 9 })).toEqual(['labels.noneInRange', { first: 1, last: 3 }]);
    expect(refusal({ inventory: 2, from: 3 })).toEqual(['labels.noneInRange', { first: 1, last: 2 }]);
    expect(refusal({ from: 2 }, boxes.slice(3, 4))).toEqual(['labels.onlyBox', { first: 1 }]);
    expect(refusal({ inventory: 5 })).toEqual(['labels.noBox', {}]);
    expect(refusal({}, [])).toEqual(['labels.noBoxes', {}]);
  });

  it.each<[string | undefined, string | undefined, string]>([
    [undefined, undefined, ''],
    ['2025-01-02', undefined, '02/01/2025'],
    [undefined, '2025-02-03', '03/02/2025'],
  ])('period %s – %s → "%s"', (s, e, want) => {
    expect(documentPeriod(s, e)).toBe(want);
  });
});

describe('holdings', () => {
  it('counts live dossiers, boxes as metres of shelf and backlog processed vs remaining', () => {
    const h = holdings(
      [
        { deleted: false, retention: 'permanent', status: 'closed' },
        { deleted: false, retention: 10, status: 'open' },
        { deleted: true, retention: 10, status: 'closed' },
      ],
      [{ deleted: false }, { deleted: false }, { deleted: false }, { deleted: true }],
      [
        { deleted: false, receivedMetres: 12.5, processedMetres: 4 },
        { deleted: false, receivedMetres: 3, processedMetres: 3 },
        { deleted: true, receivedMetres: 100, processedMetres: 0 },
      ],
      0.1,
    );
    expect(h).toEqual({
      dossiers: 2,
      permanent: 1,
      fixedTerm: 1,
      closed: 1,
      boxes: 3,
      metres: 0.3,
      backlogReceivedMetres: 15.5,
      backlogProcessedMetres: 7,
      backlogRemainingMetres: 8.5,
    });
  });
});

describe('papers to print again after a numbered file is corrected', () => {
  const numbered = fields({ inventoryNumber: 2, fileNumber: 1, sheetCount: 60, boxId: 'b1', startDate: '2025-01-05', endDate: '2025-02-20' });
  it('names the papers that show what changed, and none for a file not numbered yet', () => {
    expect(papersToReprint(numbered, { ...numbered, sheetCount: 61 })).toEqual(['inventory', 'cover', 'closing']);
    // The keeper and the state are on the closing certificate only (the inventory and the cover were named too).
    expect(papersToReprint(numbered, { ...numbered, keeper: 'Lê Văn Tâm' })).toEqual(['closing']);
    expect(papersToReprint(numbered, { ...numbered, endDate: '2026-01-10' })).toEqual(['inventory', 'cover', 'boxLabel']);
    expect(papersToReprint({ ...numbered, boxId: undefined }, { ...numbered, boxId: undefined, retention: 10 })).toEqual(['inventory', 'cover']);
    expect(papersToReprint(numbered, { ...numbered })).toEqual([]);
    expect(papersToReprint(fields(), { ...fields(), title: 'Tập khác' })).toEqual([]);
  });
});

describe('consolidated inventory across units', () => {
  const unitA = { id: 'uA', name: 'Ủy ban nhân dân xã Thụy Xuân', adminCode: '12346' };
  const unitB = { id: 'uB', name: 'Ủy ban nhân dân xã Thụy Hải', adminCode: '12345' };
  const fonds = [
    { id: 'fA', unitId: 'uA', name: 'Phông UBND xã Thụy Xuân', number: '16' },
    { id: 'fB', unitId: 'uB', name: 'Phông UBND xã Thụy Hải', number: '' },
  ];
  const of = (id: string, origin: string, fondsId: string, over: Partial<DossierFields>): Dossier => ({ ...dossier(id, { fondsId, ...over }), origin });
  const all = [
    of('a1', 'uA', 'fA', { inventoryNumber: 1, fileNumber: 1, year: 2019 }),
    of('a2', 'uA', 'fA', { inventoryNumber: 2, fileNumber: 1, year: 2020, retention: 10 }),
    of('a3', 'uA', 'fA', { inventoryNumber: 1, fileNumber: 2, year: 2021 }),
    of('a4', 'uA', 'fA', {}),
    of('b1', 'uB', 'fB', { inventoryNumber: 1, fileNumber: 1, year: 2024 }),
    { ...of('b2', 'uB', 'fB', { inventoryNumber: 1, fileNumber: 2 }), deleted: true },
  ];

  it('lists each unit’s inventories with their own numbers, units by code', () => {
    const sections = consolidatedSections([unitA, unitB], fonds, all, []);
    expect(sections.map((s) => [s.heading, s.rows.map((r) => r.fileNumber), s.fromYear, s.toYear])).toEqual([
      ['Ủy ban nhân dân xã Thụy Hải — Phông UBND xã Thụy Hải — Mục lục số 1', [1], 2024, 2024],
      ['Ủy ban nhân dân xã Thụy Xuân — Phông UBND xã Thụy Xuân (phông số 16) — Mục lục số 1', [1, 2], 2019, 2021],
      ['Ủy ban nhân dân xã Thụy Xuân — Phông UBND xã Thụy Xuân (phông số 16) — Mục lục số 2', [1], 2020, 2020],
    ]);
    expect(consolidatedSections([unitA, unitB], fonds, all, [], 'uB').map((s) => s.unitId)).toEqual(['uB']);
    expect(consolidatedSections([unitA], fonds, all.filter((d) => d.fileNumber === undefined), [])).toEqual([]);
  });

  it('marks in Ghi chú the files handed over to an archive, with the day this archive received them, and counts them in the heading', () => {
    const batches = new Map([
      ['bt1', { date: '2026-03-10', destination: 'historical' as const, deleted: false }],
      ['bt2', { date: '2026-04-01', destination: 'current' as const, deleted: false }],
      ['bt3', { date: '2026-05-01', destination: 'historical' as const, deleted: true }],
    ]);
    const marked = [
      { ...all[0]!, depositBatchId: 'bt1', note: 'Bản gốc' },
      { ...all[2]!, depositBatchId: 'bt2' },
      all[1]!,
      { ...all[4]!, depositBatchId: 'bt3' },
    ];
    const facts = { batches, received: new Map([['bt1', '2027-01-15']]) };
    const sections = consolidatedSections([unitA, unitB], fonds, marked, [], undefined, (d) => depositMark(d, facts));
    expect(sections.map((s) => [s.heading, s.deposited, s.rows.map((r) => r.note)])).toEqual([
      // A cancelled batch hands nothing over; the unit's own lưu trữ hiện hành keeps the paper at the unit.
      ['Ủy ban nhân dân xã Thụy Hải — Phông UBND xã Thụy Hải — Mục lục số 1', 0, ['']],
      ['Ủy ban nhân dân xã Thụy Xuân — Phông UBND xã Thụy Xuân (phông số 16) — Mục lục số 1 (đã nộp lưu 1/2 hồ sơ)', 1, ['Bản gốc; Đã nhận 15/01/2027', '']],
      ['Ủy ban nhân dân xã Thụy Xuân — Phông UBND xã Thụy Xuân (phông số 16) — Mục lục số 2', 0, ['']],
    ]);
    // Not recorded as received here (an archive that records no receipts): the handover's day alone.
    expect(depositMark({ depositBatchId: 'bt1' }, { batches })).toBe('Nộp lưu 10/03/2026');
  });

  it('names two units of one name apart in their headings by their codes (two "Tân Lập" of two former districts), one printed alone too', () => {
    const tl1 = { id: 't1', name: 'Ủy ban nhân dân xã Tân Lập', adminCode: '12345' };
    const tl2 = { id: 't2', name: 'Ủy ban nhân dân xã Tân Lập', adminCode: '13579' };
    const tlFonds = [{ id: 'f1', unitId: 't1', name: 'Phông UBND xã Tân Lập', number: '3' }, { id: 'f2', unitId: 't2', name: 'Phông UBND xã Tân Lập', number: '7' }];
    const files = [of('t1a', 't1', 'f1', { inventoryNumber: 1, fileNumber: 1, year: 2020 }), of('t2a', 't2', 'f2', { inventoryNumber: 1, fileNumber: 1, year: 2021 }), ...all];
    const units = [tl2, unitA, tl1, unitB];
    expect(consolidatedSections(units, [...tlFonds, ...fonds], files, []).map((s) => s.heading)).toEqual([
      'Ủy ban nhân dân xã Tân Lập (12345) — Phông UBND xã Tân Lập (phông số 3) — Mục lục số 1',
      'Ủy ban nhân dân xã Thụy Hải — Phông UBND xã Thụy Hải — Mục lục số 1',
      'Ủy ban nhân dân xã Thụy Xuân — Phông UBND xã Thụy Xuân (phông số 16) — Mục lục số 1',
      'Ủy ban nhân dân xã Thụy Xuân — Phông UBND xã Thụy Xuân (phông số 16) — Mục lục số 2',
      'Ủy ban nhân dân xã Tân Lập (13579) — Phông UBND xã Tân Lập (phông số 7) — Mục lục số 1',
    ]);
    // One unit's inventory names it as the whole one did: its look-alike is among the units given.
    expect(consolidatedSections(units, [...tlFonds, ...fonds], files, [], 't2').map((s) => s.heading)).toEqual(['Ủy ban nhân dân xã Tân Lập (13579) — Phông UBND xã Tân Lập (phông số 7) — Mục lục số 1']);
  });
});

describe('the dossier list\'s years', () => {
  const own = { startYear: 2020, received: false, held: [2021] };
  it('offers an own fonds\' years from its first to next year, newest first, the year shown and held ones too', () => {
    expect(yearChoices(2026, own, 2026)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021, 2020]);
    expect(yearChoices(2026, { ...own, endYear: 2025 }, 2025)).toEqual([2025, 2024, 2023, 2022, 2021, 2020]);
    expect(yearChoices(2026, { startYear: 2026, received: false, held: [2019] }, 2026)).toEqual([2027, 2026, 2025, 2019]);
  });
  it.each<[string, Parameters<typeof yearMissing>[2], string]>([
    ['199', own, 'dossier.yearNotAYear'],
    ['2015', own, 'dossier.yearBeforeFonds'],
    ['2030', own, 'dossier.yearTooLate'],
    ['2030', { ...own, endYear: 2025 }, 'dossier.yearAfterFonds'],
    ['1900', { received: false, held: [] }, 'dossier.yearTooEarly'],
    ['2024', { received: true, held: [2025] }, 'dossier.yearNotHeld'],
  ])('says why "%s" is not in the list', (typed, fonds, code) => {
    expect(yearMissing(typed, 2026, fonds).code).toBe(code);
  });
});
