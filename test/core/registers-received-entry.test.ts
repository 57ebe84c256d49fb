// A register entry received from another unit is read for screens, search and printouts with
// every field of its type: an entry of an older format (a field missing, or of another type)
// reads as the blank form's there, the rest as received; the stored record is not changed.
import { describe, expect, it } from 'vitest';
import { receivedEntry, receivedIncoming, receivedOutgoing } from '../../renderer/src/core/registers/received-entry';
import { incomingSearchText, outgoingSearchText } from '../../renderer/src/core/registers/search-text';
import { entryAsDocument } from '../../renderer/src/core/processing/linked-entry';
import { hitOf } from '../../renderer/src/upper-api/search-hit';

const meta = { id: '0190aaaa-0000-7000-8000-0000000003e8', origin: '0190aaaa-0000-7000-8000-000000000001', clock: '001767600000000.000000', deleted: false, changedBy: 'Nguyễn Thị Lan' };
/** As the first app version signed it (test/fixtures/bundles/commune-a-1.json): no số, ký hiệu, sender or type. */
const OLD_INCOMING = { ...meta, registerId: '0190aaaa-0000-7000-8000-0000000001f4', arrivalNumber: 1, arrivalDate: '2026-01-05', issuer: 'UBND tỉnh Hưng Yên', summary: 'Công văn số 1 về việc báo cáo công tác lưu trữ' };

describe('a received register entry', () => {
  it('of an older format is searched and shown: missing text fields read as empty, the rest as received', () => {
    const e = receivedIncoming(OLD_INCOMING);
    expect(e).toMatchObject({ number: '', notation: '', sender: '', typeName: '', urgency: 'normal', secrecy: 'none', progress: 'pending', summary: OLD_INCOMING.summary, arrivalNumber: 1, issuer: 'UBND tỉnh Hưng Yên' });
    expect(() => incomingSearchText(OLD_INCOMING as never)).toThrow();
    expect(incomingSearchText(e)).toContain('cong van so 1 ve viec bao cao cong tac luu tru');
    expect(hitOf(e)).toMatchObject({ kind: 'incoming', arrival: '01', numberNotation: '', date: '05/01/2026', summary: 'Công văn số 1 về việc báo cáo công tác lưu trữ' });
    expect(entryAsDocument(OLD_INCOMING as never, '', true)).toEqual({ number: '', author: '', summary: 'Công văn số 1 về việc báo cáo công tác lưu trữ' });
    // Not changed in place: it stays as it was signed.
    expect(OLD_INCOMING).not.toHaveProperty('number');
  });

  it('holding another type where the app keeps text, a list or one of a few words reads as the blank form there', () => {
    const odd = { ...meta, registerId: 'r', arrivalNumber: 'một', number: 15, notation: ['QĐ'], summary: { text: 'x' }, urgency: 'rất khẩn', secrecy: 'secret', pageCount: '3', documentDate: 20260105 };
    const e = receivedIncoming(odd);
    expect(e).toMatchObject({ number: '', notation: '', summary: '', urgency: 'normal', secrecy: 'secret' });
    expect(e).not.toHaveProperty('arrivalNumber');
    expect(e).not.toHaveProperty('pageCount');
    expect(e).not.toHaveProperty('documentDate');
    expect(() => incomingSearchText(e)).not.toThrow();
    const out = receivedOutgoing({ ...meta, registerId: 'r', number: 7, notation: 'UBND-VP', recipients: ['Sở Nội vụ', 3], summary: 'Báo cáo' });
    expect(out).toMatchObject({ number: 7, notation: 'UBND-VP', recipients: [], summary: 'Báo cáo', documentDate: '' });
    expect(outgoingSearchText(out)).toContain('07/ubnd-vp');
  });

  it('without its số đến is still an incoming entry when its register says so', () => {
    const { arrivalNumber: _n, ...noNumber } = OLD_INCOMING;
    const e = receivedEntry('incomingDocs', noNumber);
    expect(hitOf(e, true)).toMatchObject({ kind: 'incoming', arrival: '', date: '05/01/2026' });
  });
});
