// The dossier form keeps the retention schedule item picked and its basis; a period typed by hand has no item.
import { describe, expect, it } from 'vitest';
import { emptyDossierForm, fieldsOf, formOf, headingsLike, knownHeadingFor, typedIssues } from '../../renderer/src/features/dossiers/dossier-form-state';
import { suggestionsFor } from '../../renderer/src/features/registers/entry-inputs';
import type { Dossier } from '../../renderer/src/core/dossiers/types';

const base = { unitId: 'u', fondsId: 'f', year: 2026, status: 'open' as const, source: 'plan' as const };

describe('retention in the dossier form', () => {
  const cases: [string, Partial<ReturnType<typeof emptyDossierForm>>, Record<string, unknown>][] = [
    ['an item picked: period, item and basis kept', { retention: 'Vĩnh viễn', retentionItemId: 'i1', retentionBasis: 'TT 13/2011 — mục 2' }, { retention: 'permanent', retentionItemId: 'i1', retentionBasis: 'TT 13/2011 — mục 2' }],
    ['a period typed: no item, no basis', { retention: '10 năm' }, { retention: 10, retentionItemId: undefined, retentionBasis: undefined }],
    ['an unreadable period stays refusable', { retention: 'mười năm' }, { retention: 0, retentionItemId: undefined }],
  ];
  it.each(cases)('%s', (_label, form, expected) => {
    const fields = fieldsOf({ ...emptyDossierForm('Lan'), title: 'Hồ sơ', notation: '01.TH', ...form }, base) as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(expected)) expect(fields[k], k).toEqual(v);
  });

  it('a period typed that does not read is said as such by the form; one not typed is left to the rules ("chưa nhập")', () => {
    expect(typedIssues({ retention: 'mười năm' })).toEqual([{ field: 'retention', code: 'dossier.retentionInvalid' }]);
    expect(typedIssues({ retention: '  ' })).toEqual([]);
    expect(typedIssues({ retention: '10' })).toEqual([]);
  });

  it('editing a dossier whose item was picked keeps it unless the period is retyped', () => {
    const stored = { ...base, id: 'd', origin: 'u', clock: 'c', deleted: false, changedBy: 'x', heading: '', headingCode: 'TH', notation: '01.TH', title: 'Hồ sơ', retention: 20, keeper: 'Lan', access: 'open', language: 'Tiếng Việt', condition: '', note: '', retentionItemId: 'i4', retentionBasis: 'TT 13/2011 — mục 4' } as Dossier;
    const form = formOf(stored);
    expect([form.retention, form.retentionItemId, form.retentionBasis]).toEqual(['20 năm', 'i4', 'TT 13/2011 — mục 4']);
    expect(fieldsOf(form, stored).retentionItemId).toBe('i4');
    expect(fieldsOf({ ...form, retention: '10', retentionItemId: '', retentionBasis: '' }, stored)).not.toHaveProperty('retentionItemId');
  });
});

// "Số tờ" typed the Vietnamese way: 1.200 sheets, not 1.2 (refused as "Phải là số từ 1 đến 9999").
describe('counts in the dossier form', () => {
  it.each<[string, number | undefined]>([
    ['1.200', 1200],
    ['60', 60],
    ['', undefined],
    ['abc', -1],
    ['1e3', -1],
    ['12,5', -1],
  ])('"%s" sheets → %s', (typed, want) => {
    const fields = fieldsOf({ ...emptyDossierForm('Lan'), title: 'Hồ sơ', notation: '01.TH', sheetCount: typed, pageCount: typed }, base);
    expect(fields.sheetCount).toBe(want);
    expect(fields.pageCount).toBe(want);
  });
});

describe('the heading typed without picking it from the list', () => {
  const headings = ['I. TỔNG HỢP', 'II. VĂN PHÒNG - THỐNG KÊ', 'III. VĂN HÓA - XÃ HỘI', 'IV. VĂN THƯ'];
  it.each<[string, string | undefined, string[]]>([
    ['II. VĂN PHÒNG - THỐNG KÊ', 'II. VĂN PHÒNG - THỐNG KÊ', []],
    // Its whole name, without the numeral, in any case, with or without marks: that heading.
    ['văn phòng - thống kê', 'II. VĂN PHÒNG - THỐNG KÊ', []],
    ['van phong  -  thong ke', 'II. VĂN PHÒNG - THỐNG KÊ', []],
    // Its numeral alone: that heading ("II" is not the start of "III").
    ['II', 'II. VĂN PHÒNG - THỐNG KÊ', []],
    ['iv.', 'IV. VĂN THƯ', []],
    // The start of a name: a new heading as typed (a commune splitting one), the like ones named under the field.
    ['văn phòng', undefined, ['II. VĂN PHÒNG - THỐNG KÊ']],
    ['tổng', undefined, ['I. TỔNG HỢP']],
    ['văn', undefined, ['II. VĂN PHÒNG - THỐNG KÊ', 'III. VĂN HÓA - XÃ HỘI', 'IV. VĂN THƯ']],
    ['Địa chính - Xây dựng', undefined, []],
    ['v', undefined, []],
    ['', undefined, []],
  ])('"%s" → %s', (typed, known, like) => {
    expect(knownHeadingFor(typed, headings)).toBe(known);
    expect(headingsLike(typed, headings)).toEqual(like);
  });
});

describe('the heading typed as its code', () => {
  const headings = ['I. TỔNG HỢP', 'II. VĂN PHÒNG - THỐNG KÊ', 'III. VĂN HÓA - XÃ HỘI', 'IV. VĂN THƯ'];
  // The codes their dossiers carry ("01.VPTK"); two headings may not share one to be found by it.
  const codes = new Map([['I. TỔNG HỢP', 'TH'], ['II. VĂN PHÒNG - THỐNG KÊ', 'VPTK'], ['III. VĂN HÓA - XÃ HỘI', 'VX'], ['IV. VĂN THƯ', 'VX']]);
  it.each<[string, string | undefined]>([
    ['VPTK', 'II. VĂN PHÒNG - THỐNG KÊ'],
    ['vptk', 'II. VĂN PHÒNG - THỐNG KÊ'],
    [' th ', 'I. TỔNG HỢP'],
    // A code two headings carry names neither; a code's start is not the code.
    ['VX', undefined],
    ['VP', undefined],
  ])('"%s" → %s', (typed, known) => {
    expect(knownHeadingFor(typed, headings, codes)).toBe(known);
    if (known) expect(headingsLike(typed, headings, codes)).toEqual([]);
  });

  it('the list offers a heading by the start of its code', () => {
    expect(suggestionsFor(headings, 'vpt', 12, codes).map((o) => o.value)).toEqual(['II. VĂN PHÒNG - THỐNG KÊ']);
    // Found by name as before, and a one-letter start finds no code.
    expect(suggestionsFor(headings, 'văn thư', 12, codes).map((o) => o.value)).toEqual(['IV. VĂN THƯ']);
    expect(suggestionsFor(headings, 't', 12, codes).map((o) => o.value)).toEqual(['I. TỔNG HỢP', 'II. VĂN PHÒNG - THỐNG KÊ', 'IV. VĂN THƯ']);
  });
});

// PL V.I: a sub-heading (đề mục nhỏ) belongs to a major heading; it is kept as typed, cleaned, and dropped with no heading.
describe('the sub-heading in the dossier form', () => {
  it('is kept under a major heading, given back when the dossier is edited, and dropped when there is no heading', () => {
    const typed = { ...emptyDossierForm('Lan'), heading: 'II. NỘI VỤ', headingCode: 'NV', subheading: '1. Tuyển dụng', title: 'Hồ sơ tuyển dụng', retention: '10', notation: '05.NV' };
    const fields = fieldsOf(typed, base);
    expect(fields.subheading).toBe('1. Tuyển dụng');
    expect(formOf({ ...fields, id: 'd', origin: 'u', clock: 'c', deleted: false, changedBy: 'x' } as Dossier).subheading).toBe('1. Tuyển dụng');
    expect(fieldsOf({ ...typed, heading: '' }, base)).not.toHaveProperty('subheading');
    expect(fieldsOf({ ...typed, subheading: '' }, base)).not.toHaveProperty('subheading');
    // A dossier saved before sub-headings existed opens with an empty one.
    const { subheading: _none, ...older } = fields;
    expect(formOf({ ...older, id: 'd', origin: 'u', clock: 'c', deleted: false, changedBy: 'x' } as Dossier).subheading).toBe('');
  });
});
