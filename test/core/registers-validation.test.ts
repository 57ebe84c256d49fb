// Cleaning and validation of register entries, registers and issuing bodies: what the clerk
// is told before anything is written.
import { describe, expect, it } from 'vitest';
import type { FieldIssue } from '../../renderer/src/core/errors';
import {
  cleanIncomingInput,
  cleanMultiline,
  cleanOutgoingInput,
  closeRegister,
  validateIncoming,
  validateIssuingBody,
  validateOutgoing,
  validateRegister,
  type EntryContext,
} from '../../renderer/src/core/registers/validation';
import {
  emptyIncomingInput,
  emptyOutgoingInput,
  FIELD_LIMITS,
  type IncomingInput,
  type IssuingBodyFields,
  type OutgoingInput,
  type RegisterFields,
} from '../../renderer/src/core/registers/types';

const TODAY = '2026-03-10';
const openIncoming: EntryContext = { register: { kind: 'incoming', year: 2026, status: 'open', secret: false }, today: TODAY };
const openOutgoing: EntryContext = { register: { kind: 'outgoing', year: 2026, status: 'open', secret: false }, today: TODAY };

function incoming(over: Partial<IncomingInput> = {}): IncomingInput {
  return {
    ...emptyIncomingInput('2026-03-09'),
    sender: 'UBND huyện Thái Thụy',
    number: '15',
    notation: 'QĐ-UBND',
    documentDate: '2026-03-05',
    typeName: 'Quyết định',
    summary: 'Về việc giao chỉ tiêu kế hoạch năm 2026',
    recipient: 'Chủ tịch UBND xã',
    ...over,
  };
}

function outgoing(over: Partial<OutgoingInput> = {}): OutgoingInput {
  return {
    ...emptyOutgoingInput('2026-03-09'),
    notation: 'QĐ-UBND',
    typeName: 'Quyết định',
    summary: 'Về việc thành lập Tổ công tác',
    signerPosition: 'Chủ tịch',
    signerName: 'Nguyễn Văn An',
    recipients: ['Như Điều 3', 'Lưu: VT'],
    retainedCopyHolder: 'Văn phòng',
    copyCount: 5,
    ...over,
  };
}

const codes = (issues: readonly FieldIssue[]): string[] => issues.map((i) => `${i.field}:${i.code}`);

describe('cleaning: NFC, trimmed, spaces collapsed', () => {
  const nfd = (s: string): string => s.normalize('NFD');

  it('turns decomposed (NFD) text from another keyboard or a Mac file into NFC', () => {
    const raw = incoming({
      sender: nfd('  Ủy ban nhân dân   huyện Thái Thụy '),
      typeName: nfd('Quyết định'),
      summary: nfd(' Về việc  giao chỉ tiêu '),
      notation: nfd(' QĐ-UBND '),
      signerName: nfd('Nguyễn Văn Đức'),
      note: nfd(' Dòng một  \n\n\n\n  dòng hai '),
    });
    expect(raw.typeName).not.toBe('Quyết định');
    const clean = cleanIncomingInput(raw);
    expect(clean.typeName).toBe('Quyết định');
    expect(clean.sender).toBe('Ủy ban nhân dân huyện Thái Thụy');
    expect(clean.summary).toBe('Về việc giao chỉ tiêu');
    expect(clean.notation).toBe('QĐ-UBND');
    expect(clean.signerName).toBe('Nguyễn Văn Đức');
    expect(clean.note).toBe('Dòng một\n\ndòng hai');
    for (const v of Object.values(clean)) if (typeof v === 'string') expect(v).toBe(v.normalize('NFC'));
  });

  it('drops empty optional dates instead of storing ""', () => {
    const clean = cleanIncomingInput(incoming({ documentDate: ' ', dueDate: '', handlingDeadline: ' 2026-03-20 ', replyDocId: ' ' }));
    expect(clean).not.toHaveProperty('documentDate');
    expect(clean).not.toHaveProperty('dueDate');
    expect(clean).not.toHaveProperty('replyDocId');
    expect(clean.handlingDeadline).toBe('2026-03-20');
  });

  it('cleans an outgoing entry and drops empty recipients', () => {
    const clean = cleanOutgoingInput(
      outgoing({ summary: nfd(' Về việc  thành lập '), recipients: [nfd(' Như  Điều 3 '), '  ', 'Lưu: VT'], transferDate: '' }),
    );
    expect(clean.summary).toBe('Về việc thành lập');
    expect(clean.recipients).toEqual(['Như Điều 3', 'Lưu: VT']);
    expect(clean).not.toHaveProperty('transferDate');
  });

  it.each<[string, string]>([
    ['  a  b  ', 'a b'],
    ['a\r\nb\rc', 'a\nb\nc'],
    ['\n\na\n\n\n\nb\n\n', 'a\n\nb'],
    ['Kính\u00a0gửi', 'Kính gửi'],
  ])('cleanMultiline(%j) → %j', (raw, expected) => {
    expect(cleanMultiline(raw)).toBe(expected);
  });
});

describe('validateIncoming', () => {
  it('accepts a complete, ordinary entry', () => {
    expect(validateIncoming(incoming(), openIncoming)).toEqual([]);
  });

  it.each<[why: string, over: Partial<IncomingInput>, expected: string[]]>([
    ['no arrival date', { arrivalDate: '' }, ['arrivalDate:register.arrivalDate.required']],
    ['arrival date typed dd/mm/yyyy', { arrivalDate: '09/03/2026' }, ['arrivalDate:register.date.invalid']],
    ['arrival 31/02', { arrivalDate: '2026-02-31' }, ['arrivalDate:register.date.invalid']],
    ['arrival tomorrow', { arrivalDate: '2026-03-11' }, ['arrivalDate:register.date.future']],
    ['arrival in last year’s book', { arrivalDate: '2025-12-31', documentDate: '2025-12-20' }, ['arrivalDate:register.arrivalDate.wrongYear']],
    ['no sender', { sender: '' }, ['sender:register.sender.required']],
    ['no summary', { summary: '' }, ['summary:register.summary.required']],
    ['document dated after it arrived', { documentDate: '2026-03-09', arrivalDate: '2026-03-08' }, ['documentDate:register.documentDate.afterArrival']],
    ['document date in the future', { documentDate: '2026-03-11' }, ['documentDate:register.date.future', 'documentDate:register.documentDate.afterArrival']],
    ['transferred before it arrived', { transferDate: '2026-03-08' }, ['transferDate:register.transferDate.beforeArrival']],
    ['handling deadline before arrival', { handlingDeadline: '2026-03-01' }, ['handlingDeadline:register.deadline.beforeArrival']],
    ['handling deadline not a date', { handlingDeadline: '20/03/2026' }, ['handlingDeadline:register.date.invalid']],
    ['reply date before the document’s own date', { dueDate: '2026-03-01' }, ['dueDate:register.deadline.beforeDocument']],
    ['completed before arrival', { completedAt: '2026-03-01', progress: 'done' }, ['completedAt:register.completedAt.beforeArrival']],
    ['arrival number 0', { arrivalNumber: 0 }, ['arrivalNumber:register.number.invalid']],
    ['arrival number 2.5', { arrivalNumber: 2.5 }, ['arrivalNumber:register.number.invalid']],
    ['arrival number beyond Number(10)', { arrivalNumber: 10_000_000_000 }, ['arrivalNumber:register.number.invalid']],
    ['0 pages (said as 0)', { pageCount: 0 }, ['pageCount:register.count.zero']],
    ['1000 pages', { pageCount: 1000 }, ['pageCount:register.count.range']],
    ['1.5 pages', { pageCount: 1.5 }, ['pageCount:register.count.range']],
    ['secret document in an ordinary register', { secrecy: 'confidential' }, ['secrecy:register.secrecy.needsSecretRegister']],
    ['unknown urgency', { urgency: 'asap' as IncomingInput['urgency'] }, ['urgency:register.urgency.invalid']],
    ['unknown secrecy', { secrecy: 'private' as IncomingInput['secrecy'] }, ['secrecy:register.secrecy.invalid']],
    ['unknown progress', { progress: 'stuck' as IncomingInput['progress'] }, ['progress:register.progress.invalid']],
  ])('%s', (_why, over, expected) => {
    expect(codes(validateIncoming(incoming(over), openIncoming))).toEqual(expected);
  });

  it.each<[why: string, over: Partial<IncomingInput>]>([
    ['a document from last December arriving in January', { arrivalDate: '2026-01-03', documentDate: '2025-12-29' }],
    ['a reply date already past when the letter arrives late', { dueDate: '2026-03-06' }],
    ['a deadline in the future', { handlingDeadline: '2026-04-30', dueDate: '2026-04-15' }],
    ['registered today, transferred today', { arrivalDate: TODAY, transferDate: TODAY }],
    ['arrival number at the Phụ lục VI limit', { arrivalNumber: FIELD_LIMITS.maxArrivalNumber }],
    ['999 pages', { pageCount: 999 }],
    ['no document date, no type name (a citizen’s letter)', { documentDate: undefined, typeName: '', number: '', notation: '' }],
    ['urgent', { urgency: 'flash' }],
  ])('accepts %s', (_why, over) => {
    expect(validateIncoming(incoming(over), openIncoming)).toEqual([]);
  });

  it('a secret register takes only secret documents', () => {
    const secret: EntryContext = { ...openIncoming, register: { ...openIncoming.register, secret: true } };
    expect(codes(validateIncoming(incoming(), secret))).toEqual(['secrecy:register.secrecy.required']);
    for (const secrecy of ['confidential', 'secret', 'top-secret'] as const)
      expect(validateIncoming(incoming({ secrecy }), secret)).toEqual([]);
  });

  it('refuses a closed register and a register of the wrong kind', () => {
    const closed: EntryContext = { ...openIncoming, register: { ...openIncoming.register, status: 'closed' } };
    expect(validateIncoming(incoming(), closed)).toEqual([{ field: 'registerId', code: 'register.closed', params: { year: 2026 } }]);
    expect(codes(validateIncoming(incoming(), openOutgoing))).toEqual(['registerId:register.kindMismatch']);
  });

  const incomingLimits: readonly [field: keyof IncomingInput & string, max: number][] = [
    ['sender', FIELD_LIMITS.organName],
    ['number', FIELD_LIMITS.number],
    ['notation', FIELD_LIMITS.notation],
    ['typeName', FIELD_LIMITS.typeName],
    ['summary', FIELD_LIMITS.summary],
    ['recipient', FIELD_LIMITS.recipient],
    ['receivedSignature', FIELD_LIMITS.receivedSignature],
    ['note', FIELD_LIMITS.note],
    ['signerPosition', FIELD_LIMITS.signerPosition],
    ['signerName', FIELD_LIMITS.signerName],
    ['language', FIELD_LIMITS.language],
    ['progressNote', FIELD_LIMITS.progressNote],
    ['replyNotation', FIELD_LIMITS.replyNotation],
  ];
  it.each(incomingLimits)('%s: %i characters pass, one more is too long', (field, max) => {
    expect(validateIncoming(incoming({ [field]: 'ư'.repeat(max) }), openIncoming)).toEqual([]);
    expect(validateIncoming(incoming({ [field]: 'ư'.repeat(max + 1) }), openIncoming)).toEqual([
      { field, code: 'text.tooLong', params: { max, length: max + 1 } },
    ]);
  });

  it('uses the Phụ lục VI lengths', () => {
    expect(FIELD_LIMITS).toMatchObject({ typeName: 100, number: 11, notation: 30, organName: 200, summary: 500, note: 500, language: 30, signerPosition: 100, signerName: 50, recipient: 1000, maxPageCount: 999, maxCopyCount: 999 });
  });
});

describe('validateOutgoing', () => {
  it('accepts a complete, ordinary entry, also in an internal register', () => {
    expect(validateOutgoing(outgoing(), openOutgoing)).toEqual([]);
    expect(validateOutgoing(outgoing(), { ...openOutgoing, register: { ...openOutgoing.register, kind: 'internal' } })).toEqual([]);
  });

  it.each<[why: string, over: Partial<OutgoingInput>, expected: string[]]>([
    ['no document date', { documentDate: '' }, ['documentDate:register.documentDate.required']],
    ['document date not a date', { documentDate: '2026-02-30' }, ['documentDate:register.date.invalid']],
    ['document dated tomorrow', { documentDate: '2026-03-11' }, ['documentDate:register.date.future']],
    ['document of another year', { documentDate: '2025-12-31' }, ['documentDate:register.documentDate.wrongYear']],
    ['no type name', { typeName: '' }, ['typeName:register.typeName.required']],
    ['no summary', { summary: '' }, ['summary:register.summary.required']],
    ['number 0', { number: 0 }, ['number:register.number.invalid']],
    ['number -3', { number: -3 }, ['number:register.number.invalid']],
    ['number longer than CodeNumber(11)', { number: 123_456_789_012 }, ['number:text.tooLong']],
    ['0 copies (said as 0)', { copyCount: 0 }, ['copyCount:register.count.zero']],
    ['1000 copies', { copyCount: 1000 }, ['copyCount:register.count.range']],
    ['2.5 copies', { copyCount: 2.5 }, ['copyCount:register.count.range']],
    ['1000 pages', { pageCount: 1000 }, ['pageCount:register.count.range']],
    ['sent before it was signed', { transferDate: '2026-03-08' }, ['transferDate:register.transferDate.beforeDocument']],
    ['sent in the future', { transferDate: '2026-03-12' }, ['transferDate:register.date.future']],
    ['reply deadline before the document', { dueDate: '2026-03-01' }, ['dueDate:register.deadline.beforeDocument']],
    ['reply deadline not a date', { dueDate: 'tuần sau' }, ['dueDate:register.date.invalid']],
    ['secret document in an ordinary register', { secrecy: 'top-secret' }, ['secrecy:register.secrecy.needsSecretRegister']],
    ['a recipient line over 200 characters', { recipients: ['Lưu: VT', 'x'.repeat(201)] }, ['recipients.1:text.tooLong']],
  ])('%s', (_why, over, expected) => {
    expect(codes(validateOutgoing(outgoing(over), openOutgoing))).toEqual(expected);
  });

  it('refuses a closed register and an incoming one', () => {
    const closed: EntryContext = { ...openOutgoing, register: { ...openOutgoing.register, status: 'closed' } };
    expect(codes(validateOutgoing(outgoing(), closed))).toEqual(['registerId:register.closed']);
    expect(codes(validateOutgoing(outgoing(), openIncoming))).toEqual(['registerId:register.kindMismatch']);
  });

  it('a secret register takes only secret documents', () => {
    const secret: EntryContext = { ...openOutgoing, register: { ...openOutgoing.register, secret: true } };
    expect(codes(validateOutgoing(outgoing(), secret))).toEqual(['secrecy:register.secrecy.required']);
    expect(validateOutgoing(outgoing({ secrecy: 'secret' }), secret)).toEqual([]);
  });

  const outgoingLimits: readonly [field: keyof OutgoingInput & string, max: number][] = [
    ['notation', FIELD_LIMITS.notation],
    ['typeName', FIELD_LIMITS.typeName],
    ['summary', FIELD_LIMITS.summary],
    ['signerPosition', FIELD_LIMITS.signerPosition],
    ['signerName', FIELD_LIMITS.signerName],
    ['retainedCopyHolder', FIELD_LIMITS.retainedCopyHolder],
    ['receivedSignature', FIELD_LIMITS.receivedSignature],
    ['note', FIELD_LIMITS.note],
    ['language', FIELD_LIMITS.language],
  ];
  it.each(outgoingLimits)('%s: %i characters pass, one more is too long', (field, max) => {
    expect(validateOutgoing(outgoing({ [field]: 'ư'.repeat(max) }), openOutgoing)).toEqual([]);
    expect(validateOutgoing(outgoing({ [field]: 'ư'.repeat(max + 1) }), openOutgoing)).toEqual([{ field, code: 'text.tooLong', params: { max, length: max + 1 } }]);
  });

  it('a number of 11 digits is the longest CodeNumber', () => {
    expect(validateOutgoing(outgoing({ number: 99_999_999_999 }), openOutgoing)).toEqual([]);
    expect(validateOutgoing(outgoing({ number: 1 }), openOutgoing)).toEqual([]);
  });
});

describe('validateRegister', () => {
  function reg(over: Partial<RegisterFields> = {}): RegisterFields {
    return {
      unitId: 'xa',
      kind: 'outgoing',
      year: 2026,
      name: 'Sổ đăng ký văn bản đi của Ủy ban nhân dân xã năm 2026',
      issuingBodyId: 'ubnd',
      secret: false,
      status: 'open',
      firstNumber: 1,
      lastNumber: 0,
      note: '',
      ...over,
    };
  }

  it('accepts a first register for the series', () => {
    expect(validateRegister(reg(), [], 2026)).toEqual([]);
  });

  it.each<[why: string, others: (RegisterFields & { deleted?: boolean })[], expected: string[]]>([
    ['a second open register of UBND xã for 2026', [reg()], ['year:register.series.duplicate']],
    ['the HĐND xã register is another series', [reg({ issuingBodyId: 'hdnd' })], []],
    ['the secret register is another series', [reg({ secret: true })], []],
    ['last year’s register', [reg({ year: 2025 })], []],
    ['a closed register of the same series (a new volume)', [reg({ status: 'closed' })], []],
    ['a deleted register of the same series', [{ ...reg(), deleted: true }], []],
    ['another commune’s register', [reg({ unitId: 'xa-khac' })], []],
  ])('%s', (_why, others, expected) => {
    expect(codes(validateRegister(reg(), others, 2026))).toEqual(expected);
  });

  it.each<[why: string, others: RegisterFields[], firstNumber: number, expected: string[]]>([
    ['a second volume continuing after a closed book ending at 214', [reg({ status: 'closed', lastNumber: 214, volume: 1 })], 215, []],
    ['a second volume starting again at 01', [reg({ status: 'closed', lastNumber: 214, volume: 1 })], 1, ['firstNumber:register.firstNumber.overlap']],
    ['a second volume starting at the closed book’s last number', [reg({ status: 'closed', lastNumber: 214 })], 214, ['firstNumber:register.firstNumber.overlap']],
    ['a closed book that never took a number', [reg({ status: 'closed', lastNumber: 0 })], 1, []],
    ['a closed book of the HĐND xã series', [reg({ status: 'closed', lastNumber: 40, issuingBodyId: 'hdnd' })], 1, []],
    ['last year’s closed book', [reg({ status: 'closed', lastNumber: 300, year: 2025 })], 1, []],
  ])('volumes: %s', (_why, others, firstNumber, expected) => {
    expect(codes(validateRegister(reg({ firstNumber, lastNumber: firstNumber - 1, volume: 2 }), others, 2026))).toEqual(expected);
  });

  it('a closed first volume is not in conflict with the second one that continues it', () => {
    const first = reg({ status: 'closed', firstNumber: 1, lastNumber: 214, volume: 1 });
    const second = reg({ status: 'closed', firstNumber: 215, lastNumber: 300, volume: 2 });
    expect(validateRegister(first, [second], 2026)).toEqual([]);
    expect(validateRegister(second, [first], 2026)).toEqual([]);
  });

  it('tells the clerk where the new volume must start', () => {
    const issues = validateRegister(reg({ volume: 2 }), [reg({ status: 'closed', lastNumber: 214 }), reg({ status: 'closed', firstNumber: 1, lastNumber: 120 })], 2026);
    expect(issues).toEqual([{ field: 'firstNumber', code: 'register.firstNumber.overlap', params: { min: 215 } }]);
  });

  it('incoming: one open register per unit and year, whatever issuing body is recorded', () => {
    const inc = reg({ kind: 'incoming', issuingBodyId: undefined, name: 'Sổ đăng ký văn bản đến năm 2026' });
    expect(codes(validateRegister(inc, [{ ...inc, issuingBodyId: 'ubnd' }], 2026))).toEqual(['year:register.series.duplicate']);
    expect(validateRegister(inc, [], 2026)).toEqual([]);
  });

  it.each<[why: string, over: Partial<RegisterFields>, expected: string[]]>([
    ['no name', { name: '  ' }, ['name:register.name.required']],
    ['name too long', { name: 'S'.repeat(201) }, ['name:text.tooLong']],
    ['year two ahead', { year: 2028 }, ['year:register.year.range']],
    ['next year is allowed (opened in December)', { year: 2027 }, []],
    ['year before 1945', { year: 1944 }, ['year:register.year.range']],
    ['outgoing register without issuing body', { issuingBodyId: undefined }, ['issuingBodyId:register.issuingBody.required']],
    ['firstNumber 0', { firstNumber: 0 }, ['firstNumber:register.firstNumber.invalid']],
    ['firstNumber 1.5', { firstNumber: 1.5 }, ['firstNumber:register.firstNumber.invalid']],
  ])('%s', (_why, over, expected) => {
    expect(codes(validateRegister(reg(over), [], 2026))).toEqual(expected);
  });

  it('closeRegister marks it closed on the given date, and then nothing can be entered', () => {
    const closed = closeRegister(reg({ lastNumber: 214 }), '2026-12-31');
    expect(closed).toMatchObject({ status: 'closed', closedAt: '2026-12-31', lastNumber: 214 });
    expect(codes(validateOutgoing(outgoing(), { today: TODAY, register: closed }))).toEqual(['registerId:register.closed']);
  });
});

describe('validateIssuingBody', () => {
  const body = (abbreviation: string, name = 'Ủy ban nhân dân xã Thụy Hải'): IssuingBodyFields => ({ unitId: 'xa', name, abbreviation, active: true });
  const others = [body('UBND'), { ...body('BCĐ', 'Ban Chỉ đạo'), deleted: true }];

  it.each<[abbreviation: string, expected: string[]]>([
    ['HĐND', []],
    ['BCĐ', []],
    ['BQL-DA', []],
    ['UBND', ['abbreviation:issuingBody.abbreviation.duplicate']],
    ['ubnd', ['abbreviation:issuingBody.abbreviation.duplicate']],
    [' UBND ', ['abbreviation:issuingBody.abbreviation.duplicate']],
    ['', ['abbreviation:issuingBody.abbreviation.required']],
    ['UB ND', ['abbreviation:issuingBody.abbreviation.format']],
    ['UBND/VP', ['abbreviation:issuingBody.abbreviation.format']],
    ['-UBND', ['abbreviation:issuingBody.abbreviation.format']],
    ['UBND-', ['abbreviation:issuingBody.abbreviation.format']],
    ['A'.repeat(21), ['abbreviation:text.tooLong']],
  ])('%j → %j', (abbreviation, expected) => {
    expect(codes(validateIssuingBody(body(abbreviation, 'Hội đồng nhân dân xã Thụy Hải'), others))).toEqual(expected);
  });

  it('requires a name', () => {
    expect(codes(validateIssuingBody(body('HĐND', ' '), others))).toEqual(['name:issuingBody.name.required']);
  });
});
