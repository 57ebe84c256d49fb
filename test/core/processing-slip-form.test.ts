// The slip form as data: what the archivist types becomes the stored slip, or an issue at the
// field that could not be read; the next slip keeps the heading, retention, language, access.
import { describe, expect, it } from 'vitest';
import { mergeIssues } from '../../renderer/src/core/errors';
import { createInstance } from 'i18next';
import { classLabel, emptySlipForm, holdsSlipTyping, lastSlipSummary, nextSlipForm, resolveClass, retentionOnPick, settledForm, slipFormOf, slipInputOf, type SlipFormState } from '../../renderer/src/features/processing/slip-form-state';
import { vi } from '../../renderer/src/i18n/vi';
import type { ClassNode } from '../../renderer/src/core/processing/types';
import type { Dossier } from '../../renderer/src/core/dossiers/types';

const scheme: ClassNode[] = [
  { id: 'th', title: 'Tổng hợp', code: 'TH' },
  { id: 'qd', parentId: 'th', title: 'Quyết định của Ủy ban nhân dân xã' },
  { id: 'vt', title: 'Văn thư, lưu trữ', code: 'VT' },
];
const TODAY = '2026-11-20';
const form = (over: Partial<SlipFormState>): SlipFormState => ({ ...emptySlipForm(), classText: 'I.1. Quyết định của Ủy ban nhân dân xã', classId: 'qd', title: 'Tập quyết định năm 1998', period: '1998', retention: 'VV', ...over });

describe('slip form → stored slip', () => {
  it.each<[string, Partial<SlipFormState>, Record<string, unknown>]>([
    ['a year period and "VV"', {}, { classId: 'qd', startDate: '1998-01-01', endDate: '1998-12-31', startPrecision: 'year', endPrecision: 'year', retention: 'permanent' }],
    ['months, "10 năm", sheets', { period: '3/1998 - 12/1999', retention: '10 năm', sheets: '42' }, { startDate: '1998-03-01', endDate: '1999-12-31', retention: 10, sheetCount: 42 }],
    ['a heading typed by its number', { classId: '', classText: 'II' }, { classId: 'vt' }],
    // A major heading's number in figures is its Roman numeral (typed "4", nothing was found; "1.1" is I.1).
    ['a heading typed by its number in figures', { classId: '', classText: '2' }, { classId: 'vt' }],
    ['a sub-heading typed by its number in figures', { classId: '', classText: '1.1.' }, { classId: 'qd' }],
    ['a heading typed by its code', { classId: '', classText: 'th' }, { classId: 'th' }],
    ['restricted access and a language', { restricted: true, language: 'Tiếng Pháp' }, { access: 'restricted', language: 'Tiếng Pháp' }],
    ['a discard with reason and bundle', { discard: true, discardReason: 'duplicate', discardBundle: '3' }, { discardReason: 'duplicate', discardBundle: 3 }],
    // A thousand written the Vietnamese way: it was saved as 1 sheet, and printed so on the inventory and the closing certificate.
    ['a thousand sheets written "1.000"', { sheets: '1.000' }, { sheetCount: 1000 }],
  ])('%s', (_, over, expected) => {
    const { input, issues } = slipInputOf(form(over), scheme, TODAY);
    expect(issues).toEqual([]);
    expect(input).toMatchObject(expected);
  });

  it.each<[string, Partial<SlipFormState>, [string, string][]]>([
    ['an unreadable period', { period: 'không rõ' }, [['period', 'period.unreadable']]],
    ['an end before the start', { period: '2001 - 1998' }, [['period', 'period.endBeforeStart']]],
    ['a period in the future', { period: '2030' }, [['period', 'period.future']]],
    ['a retention that is not one', { retention: 'mãi mãi' }, [['retention', 'dossier.retentionInvalid']]],
    ['a heading not in the scheme', { classId: '', classText: 'XX. Không có' }, [['classId', 'slip.classUnknown']]],
    ['a discard without its reason', { discard: true }, [['discardReason', 'slip.discardReasonRequired']]],
    ['sheets that are not a number', { sheets: 'ba' }, [['sheetCount', 'register.count.range']]],
    ['a day its month does not have', { period: '31/02/2011' }, [['period', 'period.noSuchDay']]],
    ['sheets written as a decimal', { sheets: '1,5' }, [['sheetCount', 'register.count.range']]],
    ['sheets past the bound', { sheets: '12.000' }, [['sheetCount', 'register.count.range']]],
    ['a bundle number that is not one', { discard: true, discardReason: 'duplicate', discardBundle: 'bó 3' }, [['discardBundle', 'register.count.range']]],
    // Said with the other issues of the slip: the repository's check came only after those were mended, so the clerk met a second refusal.
    ['an empty title, with a discard missing its reason', { title: '  ', discard: true }, [['title', 'slip.titleRequired'], ['discardReason', 'slip.discardReasonRequired']]],
  ])('refuses %s at its field', (_, over, issues) => {
    expect(slipInputOf(form(over), scheme, TODAY).issues.map((i) => [i.field, i.code])).toEqual(issues);
  });

  it('names the day that does not exist and its month\'s length, for the message under the field', () => {
    expect(slipInputOf(form({ period: '31/02/2011' }), scheme, TODAY).issues).toEqual([{ field: 'period', code: 'period.noSuchDay', params: { day: 31, month: 2, year: 2011, days: 28 } }]);
  });

  it('with no scheme yet, a heading typed is refused at its box (it was dropped, the slip saved without one); left empty, the slip saves', () => {
    expect(slipInputOf(form({ classId: '', classText: '1' }), [], TODAY).issues.map((i) => [i.field, i.code])).toEqual([['classId', 'slip.noScheme']]);
    const { input, issues } = slipInputOf(form({ classId: '', classText: '' }), [], TODAY);
    expect(issues).toEqual([]);
    expect(input.classId).toBeUndefined();
  });

  it('leaves an empty period and retention for the rules to refuse (title, period, retention required)', () => {
    const { input, issues } = slipInputOf(form({ period: '', retention: '' }), scheme, TODAY);
    expect(issues).toEqual([]);
    expect([input.startDate, input.retention]).toEqual([undefined, 0]);
  });

  it('keeps heading, retention, language, access and condition for the next slip; clears the rest', () => {
    const next = nextSlipForm(form({ sheets: '4', autographs: 'Chủ tịch', condition: 'Ố vàng', restricted: true, discard: true, discardReason: 'expired', discardBundle: '2' }));
    // The retention as it was written ("VV" typed is "Vĩnh viễn"; "5" is "5 năm": carried raw, it read as nothing).
    expect(next).toEqual({ ...emptySlipForm(), classText: 'I.1. Quyết định của Ủy ban nhân dân xã', classId: 'qd', retention: 'Vĩnh viễn', retentionFrom: '', condition: 'Ố vàng', restricted: true, discardBundle: '2' });
    expect(nextSlipForm(form({ retention: '5' })).retention).toBe('5 năm');
    // What the next slip starts with is not "typed": only its own fields are.
    expect(holdsSlipTyping(next)).toBe(false);
    expect(holdsSlipTyping({ ...next, title: 'Tập' })).toBe(true);
  });

  it('a heading picked brings its suggested retention, over one carried from the slip before, never over one the clerk chose', () => {
    const suggesting: ClassNode[] = [
      { id: 'qd', title: 'Quyết định', retention: 'permanent' },
      { id: 'bc', title: 'Báo cáo tháng', retention: 20 },
      { id: 'cv', title: 'Công văn' },
    ];
    const pick = (cur: Pick<SlipFormState, 'retentionFrom' | 'retention'>, id: string) => retentionOnPick(suggesting, cur, id);
    // Carried from the slip before (the previous heading's suggestion): the new heading's suggestion.
    expect(pick({ retentionFrom: 'qd', retention: 'Vĩnh viễn' }, 'bc')).toEqual({ retention: '20 năm', retentionFrom: 'bc' });
    expect(pick({ retentionFrom: 'qd', retention: 'VV' }, 'bc')).toEqual({ retention: '20 năm', retentionFrom: 'bc' });
    // Empty: the suggestion.
    expect(pick({ retentionFrom: '', retention: '' }, 'bc')).toEqual({ retention: '20 năm', retentionFrom: 'bc' });
    // Typed by the clerk (no heading it came from): kept, whatever it is.
    expect(pick({ retentionFrom: '', retention: '10 năm' }, 'bc')).toEqual({ retention: '10 năm', retentionFrom: '' });
    expect(pick({ retentionFrom: '', retention: 'Vĩnh viễn' }, 'bc')).toEqual({ retention: 'Vĩnh viễn', retentionFrom: '' });
    expect(pick({ retentionFrom: 'cv', retention: '10 năm' }, 'bc')).toEqual({ retention: '10 năm', retentionFrom: '' });
    // A heading with no suggestion changes nothing.
    expect(pick({ retentionFrom: 'qd', retention: 'Vĩnh viễn' }, 'cv')).toEqual({ retention: 'Vĩnh viễn', retentionFrom: 'qd' });
  });

  it('a heading typed over the carried one (I.2 after a I.1 slip) still brings its own retention, Enter in its box or not, on a correction too', () => {
    const suggesting: ClassNode[] = [
      { id: 'ii', title: 'Tư pháp', code: 'TP' },
      { id: 'ii1', parentId: 'ii', title: 'Hộ tịch', retention: 'permanent' },
      { id: 'ii2', parentId: 'ii', title: 'Hồ sơ chứng thực', retention: 10 },
    ];
    let cur: SlipFormState = { ...emptySlipForm(), classId: 'ii1', classText: classLabel(suggesting, 'ii1') };
    cur = { ...cur, ...retentionOnPick(suggesting, cur, 'ii1') };
    expect(cur.retention).toBe('Vĩnh viễn');
    // Saved; the next slip carries heading and retention; the clerk types "I.2" (the field clears the heading picked).
    cur = { ...nextSlipForm(cur), classText: 'I.2', classId: '' };
    expect({ ...cur, ...retentionOnPick(suggesting, cur, 'ii2') }.retention).toBe('10 năm');
    // Enter pressed in the heading's box (never left): saved as if picked, its retention with it.
    expect(settledForm(suggesting, cur)).toMatchObject({ classId: 'ii2', classText: 'I.2. Hồ sơ chứng thực', retention: '10 năm' });
    // A slip opened for correction: its stored retention is its heading's suggestion, so another heading brings its own…
    const stored = { classId: 'ii1', title: 'T', retention: 'permanent', language: 'Tiếng Việt', access: 'open', condition: '', note: '' } as unknown as Dossier;
    const editing = slipFormOf(stored, suggesting);
    expect({ ...editing, ...retentionOnPick(suggesting, editing, 'ii2') }.retention).toBe('10 năm');
    // …but a retention chosen for it (not its heading's) stays.
    const chosen = slipFormOf({ ...stored, retention: 20 } as Dossier, suggesting);
    expect({ ...chosen, ...retentionOnPick(suggesting, chosen, 'ii2') }.retention).toBe('20 năm');
  });

  it('reads a stored slip back into the form as it would be typed', () => {
    const d = { classId: 'qd', title: 'T', startDate: '1998-03-01', endDate: '1999-12-31', startPrecision: 'month', endPrecision: 'month', retention: 'permanent', sheetCount: 7, language: 'Tiếng Việt', access: 'open', condition: '', note: '', discardReason: 'expired' } as unknown as Dossier;
    expect(slipFormOf(d, scheme)).toMatchObject({ classText: 'I.1. Quyết định của Ủy ban nhân dân xã', period: '03/1998 - 12/1999', retention: 'Vĩnh viễn', sheets: '7', discard: true, discardReason: 'expired' });
    expect(classLabel(scheme, 'vt')).toBe('II. Văn thư, lưu trữ');
    expect(resolveClass(scheme, { classId: 'qd', classText: 'changed by hand' })).toBeUndefined();
  });

  it('shows the form issue first when the repository also complains about the field', () => {
    expect(mergeIssues([{ field: 'period', code: 'period.unreadable' }], [{ field: 'period', code: 'slip.periodRequired' }, { field: 'title', code: 'slip.titleRequired' }]).map((i) => i.code)).toEqual(['period.unreadable', 'slip.titleRequired']);
  });
});

describe('the line naming the slip just saved', () => {
  it('says why it is set aside: the reason, or for "Lý do khác" the reason written in its note', async () => {
    const i18n = createInstance();
    await i18n.init({ resources: { vi: { translation: vi } }, lng: 'vi', interpolation: { escapeValue: false } });
    const base = { title: 'Bản nháp kế hoạch năm 1999', startDate: '1999-01-01', endDate: '1999-12-31', startPrecision: 'year', endPrecision: 'year', retention: 10, note: '' } as unknown as Dossier;
    expect(lastSlipSummary(i18n.t, { ...base, discardReason: 'duplicate', discardBundle: 1 })).toBe('Bản nháp kế hoạch năm 1999 · 1999 · 10 năm · loại ra: Trùng lặp, bó 1');
    // It read "Lý do khác (ghi ở Ghi chú)".
    expect(lastSlipSummary(i18n.t, { ...base, discardReason: 'other', discardBundle: 2, note: 'Bản nháp, đã có bản chính' })).toBe('Bản nháp kế hoạch năm 1999 · 1999 · 10 năm · loại ra: Bản nháp, đã có bản chính, bó 2');
  });
});
