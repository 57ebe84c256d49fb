// The incoming and outgoing entry forms share one state: what Enter, Tab and save do to each
// field — which fields are carried to the next entry, which are cleared, where the cursor goes.
import { describe, expect, it } from 'vitest';
import {
  emptyIncomingForm,
  emptyOutgoingForm,
  FIRST_FIELD,
  incomingFormOf,
  incomingInputOf,
  INCOMING_FIELDS,
  keyAction,
  nextEntryForm,
  outgoingFormOf,
  outgoingInputOf,
  OUTGOING_FIELDS,
  rebaseCorrection,
  newDayForm,
  completionDay,
  dayNear,
  STARTED_ON,
  suggestionValues,
  visibleFields,
  type FieldInput,
  type IncomingFormState,
  type KeyPress,
  type OutgoingFormState,
} from '../../renderer/src/features/registers/entry-form-state';
import { emptyIncomingInput, emptyOutgoingInput, type IncomingDoc, type OutgoingDoc } from '../../renderer/src/core/registers/types';
import { cleanIncomingInput, cleanOutgoingInput, validateIncoming, validateOutgoing } from '../../renderer/src/core/registers/validation';

const typedIncoming: IncomingFormState = {
  arrivalDate: '05/03/2026', sender: 'Sở Tư pháp tỉnh Hưng Yên', number: '15', notation: 'STP-HCTP', documentDate: '02/03/2026', typeName: 'Công văn',
  summary: 'V/v hướng dẫn chứng thực', recipient: 'Tư pháp - Hộ tịch', transferDate: '05/03/2026', receivedSignature: 'Hùng', note: 'bản chụp',
  urgency: 'urgent', secrecy: 'none', handlingDeadline: '20/03/2026', dueDate: '25/03/2026', signerName: 'Trần Văn Bình', pageCount: '3',
};

const typedOutgoing: OutgoingFormState = {
  documentDate: '05/03/2026', typeName: 'Công văn', unitSuffix: 'VP', notation: '', signerPosition: 'Chủ tịch', summary: 'V/v tổng hợp số liệu dân số',
  signerName: 'Nguyễn Văn An', recipients: 'UBND tỉnh Hưng Yên\nSở Nội vụ\nLưu: VT', retainedCopyHolder: 'Văn phòng', copyCount: '4', transferDate: '05/03/2026',
  receivedSignature: 'Lan', note: '', urgency: 'normal', secrecy: 'none', dueDate: '', pageCount: '2',
};

describe('what saving an entry does to each field', () => {
  const incoming: [keyof IncomingFormState, 'carry' | 'clear'][] = [
    ['arrivalDate', 'carry'], ['sender', 'clear'], ['number', 'clear'], ['notation', 'clear'], ['documentDate', 'clear'], ['typeName', 'clear'],
    ['summary', 'clear'], ['recipient', 'clear'], ['transferDate', 'clear'], ['receivedSignature', 'clear'], ['note', 'clear'], ['urgency', 'clear'],
    ['secrecy', 'clear'], ['handlingDeadline', 'clear'], ['dueDate', 'clear'], ['signerName', 'clear'], ['pageCount', 'clear'],
  ];
  it.each(incoming)('incoming %s: %s', (key, what) => {
    const empty = emptyIncomingForm('2026-03-06', false);
    const next = nextEntryForm(INCOMING_FIELDS, typedIncoming, empty);
    expect(next[key]).toBe(what === 'carry' ? typedIncoming[key] : empty[key]);
    expect(INCOMING_FIELDS.find((r) => r.key === key)?.afterSave).toBe(what);
  });

  const outgoing: [keyof OutgoingFormState, 'carry' | 'clear'][] = [
    ['documentDate', 'carry'], ['typeName', 'clear'], ['unitSuffix', 'clear'], ['notation', 'clear'], ['signerPosition', 'carry'], ['summary', 'clear'],
    ['signerName', 'carry'], ['recipients', 'clear'], ['retainedCopyHolder', 'clear'], ['copyCount', 'clear'], ['transferDate', 'clear'],
    ['receivedSignature', 'clear'], ['note', 'clear'], ['urgency', 'clear'], ['secrecy', 'clear'], ['dueDate', 'clear'], ['pageCount', 'clear'],
  ];
  it.each(outgoing)('outgoing %s: %s', (key, what) => {
    const empty = emptyOutgoingForm('2026-03-06', false);
    const next = nextEntryForm(OUTGOING_FIELDS, typedOutgoing, empty);
    expect(next[key]).toBe(what === 'carry' ? typedOutgoing[key] : empty[key]);
  });

  it('a handling deadline typed for one document is not in the next one', () => {
    const next = nextEntryForm(INCOMING_FIELDS, typedIncoming, emptyIncomingForm('2026-03-06', false));
    expect(next.handlingDeadline).toBe('');
    expect(incomingInputOf(next, 2026, emptyIncomingInput()).handlingDeadline).toBeUndefined();
  });

  it('every field of each form has exactly one rule', () => {
    expect(INCOMING_FIELDS.map((r) => r.key).sort()).toEqual(Object.keys(emptyIncomingForm('', false)).sort());
    expect(OUTGOING_FIELDS.map((r) => r.key).sort()).toEqual(Object.keys(emptyOutgoingForm('', false)).sort());
  });

  it('the cursor starts (and comes back after each save) at the first field that is not carried over', () => {
    expect(FIRST_FIELD.incoming).toBe(INCOMING_FIELDS.find((r) => r.afterSave === 'clear')?.key);
    expect(FIRST_FIELD.outgoing).toBe(OUTGOING_FIELDS[0]?.key);
  });
});

describe('what Tab does: the order of the paper register', () => {
  it('incoming (Phụ lục IV.VI, then the extras); the secrecy field only in a secret register', () => {
    expect(visibleFields(INCOMING_FIELDS, false).map((r) => r.key)).toEqual([
      'arrivalDate', 'sender', 'number', 'notation', 'documentDate', 'typeName', 'summary', 'recipient', 'transferDate', 'receivedSignature', 'note',
      'urgency', 'handlingDeadline', 'dueDate', 'signerName', 'pageCount',
    ]);
    expect(visibleFields(INCOMING_FIELDS, true).map((r) => r.key)).toContain('secrecy');
  });

  it('outgoing (Phụ lục IV.I)', () => {
    expect(visibleFields(OUTGOING_FIELDS, false).map((r) => r.key)).toEqual([
      'documentDate', 'typeName', 'unitSuffix', 'notation', 'signerPosition', 'summary', 'signerName', 'recipients', 'retainedCopyHolder', 'copyCount',
      'transferDate', 'receivedSignature', 'note', 'urgency', 'dueDate', 'pageCount',
    ]);
  });

  it('rows of the grid never exceed 24 columns on a wide screen', () => {
    for (const rules of [INCOMING_FIELDS, OUTGOING_FIELDS] as const) {
      const widths = new Map<number, number>();
      for (const r of visibleFields<string>(rules, true)) widths.set(r.row, (widths.get(r.row) ?? 0) + r.span[1]);
      for (const w of widths.values()) expect(w).toBeLessThanOrEqual(24);
    }
  });
});

describe('what Enter does in each field', () => {
  const press = (over: Partial<KeyPress>): KeyPress => ({ key: 'Enter', shift: false, ctrl: false, composing: false, onButton: false, value: 'x', ...over });
  const inputOf = (kind: 'incoming' | 'outgoing', key: string): FieldInput => (kind === 'incoming' ? INCOMING_FIELDS : OUTGOING_FIELDS).find((r) => r.key === key)!.input;
  const cases: [string, 'incoming' | 'outgoing', string, Partial<KeyPress>, string][] = [
    ['Enter in the sender', 'incoming', 'sender', {}, 'save'],
    ['Enter in the handling deadline', 'incoming', 'handlingDeadline', {}, 'save'],
    ['Enter in the summary (one paragraph)', 'incoming', 'summary', {}, 'save'],
    ['Shift+Enter in the summary', 'incoming', 'summary', { shift: true }, 'newline'],
    ['Enter in the page count', 'incoming', 'pageCount', {}, 'save'],
    ['Enter in urgency', 'outgoing', 'urgency', {}, 'save'],
    ['Enter in Nơi nhận (one recipient per line)', 'outgoing', 'recipients', {}, 'newline'],
    ['Shift+Enter in Nơi nhận', 'outgoing', 'recipients', { shift: true }, 'newline'],
    ['Ctrl+Enter in Nơi nhận', 'outgoing', 'recipients', { ctrl: true }, 'save'],
    ['Ctrl+Enter in the summary', 'outgoing', 'summary', { ctrl: true }, 'save'],
    ['Enter on a highlighted suggestion other than what is typed', 'incoming', 'sender', { value: 'Sở', highlighted: 'Sở Tư pháp tỉnh Hưng Yên' }, 'pick'],
    ['Enter when the highlighted suggestion is what is typed', 'incoming', 'sender', { value: 'Sở Tư pháp', highlighted: 'Sở Tư pháp' }, 'save'],
    ['Ctrl+Enter on a highlighted suggestion', 'outgoing', 'signerName', { value: 'Ng', highlighted: 'Nguyễn Văn An', ctrl: true }, 'save'],
    ['Enter while an input method composes a letter', 'incoming', 'summary', { composing: true }, 'none'],
    ['Enter on a button (it presses the button)', 'incoming', 'note', { onButton: true }, 'none'],
    ['Shift+Enter in a one-line field', 'incoming', 'note', { shift: true }, 'none'],
    ['Tab in a suggestion field with its list open', 'incoming', 'sender', { key: 'Tab', highlighted: 'Sở Tư pháp tỉnh Hưng Yên' }, 'next-field'],
    ['Tab in Nơi nhận', 'outgoing', 'recipients', { key: 'Tab' }, 'next-field'],
    ['another key', 'incoming', 'sender', { key: 'a' }, 'none'],
  ];
  it.each(cases)('%s → %s', (_, kind, key, over, action) => {
    expect(keyAction(inputOf(kind, key), press(over))).toBe(action);
  });

  it('a field outside the tables (a dossier form, a dialog) saves on Enter', () => {
    expect(keyAction(undefined, press({}))).toBe('save');
  });
});

describe('between the typed text and the stored entry', () => {
  it('incoming: dates typed as spoken, counts, and a correction keeps what the form does not show', () => {
    const base = { ...emptyIncomingInput(), progress: 'in-progress' as const, progressNote: 'đang xử lý' };
    const input = incomingInputOf({ ...typedIncoming, arrivalDate: '5/3', handlingDeadline: '20/3', pageCount: 'ba' }, 2026, base);
    expect(input).toMatchObject({ arrivalDate: '2026-03-05', handlingDeadline: '2026-03-20', documentDate: '2026-03-02', pageCount: -1, progress: 'in-progress', progressNote: 'đang xử lý' });
    expect(incomingInputOf({ ...typedIncoming, pageCount: '' }, 2026, base).pageCount).toBeUndefined();
  });

  it('outgoing: one recipient per line (or separated by semicolons)', () => {
    const input = outgoingInputOf({ ...typedOutgoing, recipients: 'UBND tỉnh Hưng Yên\nSở Nội vụ; Lưu: VT\n\n' }, 2026, emptyOutgoingInput(), 'UBND-VP');
    expect(input.recipients).toEqual(['UBND tỉnh Hưng Yên', 'Sở Nội vụ', 'Lưu: VT']);
    expect(input).toMatchObject({ notation: 'UBND-VP', documentDate: '2026-03-05', copyCount: 4, pageCount: 2 });
  });

  it('a stored entry opens for correction as it was typed, recipients one per line', () => {
    const meta = { id: 'a', origin: 'u', clock: '0', deleted: false, changedBy: 'Lan' };
    const inc = { ...incomingInputOf(typedIncoming, 2026, emptyIncomingInput()), ...meta, registerId: 'r', arrivalNumber: 3 } as IncomingDoc;
    expect(incomingFormOf(inc)).toEqual(typedIncoming);
    const out = { ...outgoingInputOf(typedOutgoing, 2026, emptyOutgoingInput(), 'UBND-VP'), ...meta, registerId: 'r', number: 3 } as OutgoingDoc;
    expect(outgoingFormOf(out)).toEqual({ ...typedOutgoing, unitSuffix: '', notation: 'UBND-VP' });
  });
});

describe('a correction open while the entry is saved from elsewhere', () => {
  const base = { summary: 'Về việc cấp giấy chứng nhận', handlingDeadline: '', note: '' };
  it('shows the new version where nothing was typed, and keeps what was typed', () => {
    // The deadline was set in "Theo dõi giải quyết"; the summary was being corrected in "Sửa".
    const next = { ...base, handlingDeadline: '28/12/2026' };
    expect(rebaseCorrection(base, base, next)).toEqual({ form: next, conflicts: [] });
    const typed = { ...base, summary: 'Về việc cấp đổi giấy chứng nhận' };
    expect(rebaseCorrection(typed, base, next)).toEqual({ form: { ...typed, handlingDeadline: '28/12/2026' }, conflicts: [] });
  });
  it('names a field typed over that the other save changed to something else', () => {
    const typed = { ...base, note: 'Gọi lại' };
    expect(rebaseCorrection(typed, base, { ...base, note: 'Đã báo' }).conflicts).toEqual(['note']);
    // Both wrote the same: no conflict.
    expect(rebaseCorrection(typed, base, { ...base, note: 'Gọi lại' }).conflicts).toEqual([]);
  });
});

describe("a new year's form suggests last year's values after its own", () => {
  it('puts this register’s values first, then last year’s not already there, then the document types', () => {
    const held = { sender: [{ value: 'Sở Nội vụ tỉnh Hưng Yên', count: 2 }] };
    const lastYear = { sender: ['Ủy ban nhân dân huyện Thái Thụy', 'Sở Nội vụ tỉnh Hưng Yên'], typeName: ['Tờ trình'] };
    const s = suggestionValues(INCOMING_FIELDS, held, lastYear);
    expect(s.sender).toEqual(['Sở Nội vụ tỉnh Hưng Yên', 'Ủy ban nhân dân huyện Thái Thụy']);
    expect(s.typeName?.[0]).toBe('Tờ trình');
    expect(s.typeName?.filter((v) => v === 'Tờ trình')).toHaveLength(1);
  });
});

describe('a new entry left from another day', () => {
  const fresh = { ...emptyIncomingForm('2026-12-05', false), [STARTED_ON]: '2026-12-05' };
  const yesterday = { ...emptyIncomingForm('2026-12-04', false), [STARTED_ON]: '2026-12-04' };
  it('starts its carried date again from today when nothing else was typed', () => {
    expect(newDayForm(INCOMING_FIELDS, yesterday, fresh)?.arrivalDate).toBe(fresh.arrivalDate);
    // The outgoing form carries its signer too: kept, only the date is today's.
    const out = { ...emptyOutgoingForm('2026-12-04', false), signerName: 'Nguyễn Văn An', [STARTED_ON]: '2026-12-04' };
    const next = newDayForm(OUTGOING_FIELDS, out, { ...emptyOutgoingForm('2026-12-05', false), [STARTED_ON]: '2026-12-05' });
    expect([next?.documentDate, next?.signerName]).toEqual([emptyOutgoingForm('2026-12-05', false).documentDate, 'Nguyễn Văn An']);
  });
  it('leaves a draft of the same day, one with something typed, and one from before days were kept', () => {
    expect(newDayForm(INCOMING_FIELDS, { ...yesterday, [STARTED_ON]: '2026-12-05' }, fresh)).toBeUndefined();
    expect(newDayForm(INCOMING_FIELDS, { ...yesterday, sender: 'Sở Tư pháp' }, fresh)).toBeUndefined();
    const { [STARTED_ON]: _, ...old } = yesterday;
    expect(newDayForm(INCOMING_FIELDS, old as typeof yesterday, fresh)).toBeUndefined();
  });
});

describe('the day a document was dealt with, as typed in its follow-up', () => {
  it('reads a day without its year in the register\'s year, or the next one when that is before the document arrived and the day has come', () => {
    // A 2025 book's document arrived 20/12/2025, answered "5/1": in 2026 (it was read 05/01/2025, before it arrived).
    expect(completionDay('5/1', 2025, '2025-12-20', '2026-01-10')).toBe('2026-01-05');
    expect(completionDay('22/12', 2025, '2025-12-20', '2026-01-10')).toBe('2025-12-22');
    // Written with its year, or a next-year day still to come: as typed (the rules say what is wrong with it).
    expect(completionDay('5/1/2025', 2025, '2025-12-20', '2026-01-10')).toBe('2025-01-05');
    expect(completionDay('5/2', 2025, '2025-12-20', '2026-01-10')).toBe('2025-02-05');
    expect(completionDay('', 2025, '2025-12-20', '2026-01-10')).toBe('');
  });
});

describe('the asterisk on a field says the save is refused without it', () => {
  // The marks are written in the form's rules; what refuses an empty field is core/registers/validation.ts.
  // Each field left empty in turn: the save is refused with "… required" under that field exactly where the form marks it.
  // A field shown in a register of secret documents only (Độ mật) is checked in one.
  const context = (kind: 'incoming' | 'outgoing', secret = false) => ({ register: { kind, year: 2026, status: 'open' as const, secret }, today: '2026-03-10' });
  const requiredUnder = (issues: readonly { field: string; code: string }[], key: string) => issues.some((i) => i.field === key && i.code.endsWith('.required'));

  it('incoming: Ngày đến, Tác giả (nơi gửi), Trích yếu and a secret register’s Độ mật are marked, and only they are refused when empty', () => {
    for (const rule of INCOMING_FIELDS) {
      const form = { ...typedIncoming, [rule.key]: rule.input === 'urgency' ? 'normal' : rule.input === 'secrecy' ? 'none' : '' };
      const issues = validateIncoming(cleanIncomingInput(incomingInputOf(form, 2026, emptyIncomingInput())), context('incoming', rule.secretOnly));
      expect({ field: rule.key, refused: requiredUnder(issues, rule.key) }).toEqual({ field: rule.key, refused: rule.required === true });
    }
    expect(INCOMING_FIELDS.filter((r) => r.required).map((r) => r.key)).toEqual(['arrivalDate', 'sender', 'summary', 'secrecy']);
  });

  it('outgoing: Ngày tháng văn bản, Tên loại, Trích yếu and a secret register’s Độ mật are marked, and only they are refused when empty', () => {
    for (const rule of OUTGOING_FIELDS) {
      const form = { ...typedOutgoing, [rule.key]: rule.input === 'urgency' ? 'normal' : rule.input === 'secrecy' ? 'none' : '' };
      const issues = validateOutgoing(cleanOutgoingInput(outgoingInputOf(form, 2026, emptyOutgoingInput(), '')), context('outgoing', rule.secretOnly));
      expect({ field: rule.key, refused: requiredUnder(issues, rule.key) }).toEqual({ field: rule.key, refused: rule.required === true });
    }
    expect(OUTGOING_FIELDS.filter((r) => r.required).map((r) => r.key)).toEqual(['documentDate', 'typeName', 'summary', 'secrecy']);
  });
});

describe('a day typed without its year beside the arrival or the document date', () => {
  it('goes to the year that keeps it on its side: a letter of late December arriving in January, a January deadline set in December', () => {
    // The 2027 book, on 05/01/2027: a letter dated "28/12" was dated 28/12/2026 (28/12/2027 was refused as a day to come).
    expect(dayNear('28/12', 2027, '2027-01-05', 'before')).toBe('2026-12-28');
    expect(dayNear('3/1', 2027, '2027-01-05', 'before')).toBe('2027-01-03');
    // The 2026 book, on 06/12/2026: a deadline "5/1" falls on 05/01/2027 (05/01/2026 was refused as before the arrival).
    expect(dayNear('5/1', 2026, '2026-12-06', 'after')).toBe('2027-01-05');
    expect(dayNear('15.12', 2026, '2026-12-06', 'after')).toBe('2026-12-15');
    // A year typed is the clerk's: kept, and validation says if it is wrong. Nothing to lie beside: the register's year.
    expect(dayNear('5/1/2026', 2026, '2026-12-06', 'after')).toBe('2026-01-05');
    expect(dayNear('5/1', 2026, undefined, 'after')).toBe('2026-01-05');
    expect(dayNear('5/1', 2026, 'không rõ', 'after')).toBe('2026-01-05');
    // Not a date: as typed, for validation to say so.
    expect(dayNear('31/2', 2026, '2026-12-06', 'after')).toBe('31/2');
    // Typed without separators or with a space, as typed-date reads them.
    expect(dayNear('0501', 2026, '2026-12-06', 'after')).toBe('2027-01-05');
    expect(dayNear('28 12', 2027, '2027-01-05', 'before')).toBe('2026-12-28');
    // Far from New Year a day on the wrong side is a slip, left in the register's year for validation to refuse:
    // a letter "dated 10/3" that arrived on 05/03 is not of last March, a deadline "1/3" set on 05/03 not of next March.
    expect(dayNear('10/3', 2026, '2026-03-05', 'before')).toBe('2026-03-10');
    expect(dayNear('1/3', 2026, '2026-03-05', 'after')).toBe('2026-03-01');
  });

  it('is how the forms store them: incoming deadlines and document date by the arrival, outgoing ones by the document date', () => {
    const incoming = incomingInputOf({ ...typedIncoming, arrivalDate: '06/12/2026', documentDate: '30/11', handlingDeadline: '5/1', dueDate: '10/1', transferDate: '7/12' }, 2026, emptyIncomingInput());
    expect([incoming.documentDate, incoming.handlingDeadline, incoming.dueDate, incoming.transferDate]).toEqual(['2026-11-30', '2027-01-05', '2027-01-10', '2026-12-07']);
    // The reply date written on the letter lies after the letter's own date (as validation checks it), not after its arrival:
    // a letter of 25/11 asking for an answer by "30/11" that arrived late, on 06/12, asked for 30/11/2026.
    const late = incomingInputOf({ ...typedIncoming, arrivalDate: '06/12/2026', documentDate: '25/11', dueDate: '30/11' }, 2026, emptyIncomingInput());
    expect(late.dueDate).toBe('2026-11-30');
    // The document's date read first: a letter of "28/12" that arrived on 05/01/2027, its answer due "10/1" — of 2027.
    const january = incomingInputOf({ ...typedIncoming, arrivalDate: '05/01/2027', documentDate: '28/12', handlingDeadline: '', dueDate: '10/1', transferDate: '' }, 2027, emptyIncomingInput());
    expect([january.documentDate, january.dueDate]).toEqual(['2026-12-28', '2027-01-10']);
    const outgoing = outgoingInputOf({ ...typedOutgoing, documentDate: '28/12/2026', dueDate: '8/1', transferDate: '29/12' }, 2026, emptyOutgoingInput(), '');
    expect([outgoing.dueDate, outgoing.transferDate]).toEqual(['2027-01-08', '2026-12-29']);
  });
});
