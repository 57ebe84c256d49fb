// The printed handover record of an import not yet confirmed: a first contact's key words are printed
// (read by phone with the sender, compared on paper), but not those of a new key or of a lost key's
// replacement — those are typed from the unit's signed paper, and a printed copy would be typed instead.
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ImportReceipt } from '../../renderer/src/db/exchange/import';
import { receiptFileRows } from '../../renderer/src/features/exchange/print-receipt';
import { vi } from '../../renderer/src/i18n/vi';

const words = ['leo', 'hoa', 'mận', 'đào', 'báo', 'chuối', 'suối', 'thơm', 'cam', 'lúa'];
const receiptAsking = (kind: 'first-contact' | 'new-key' | 'key-recovery') =>
  ({
    files: [
      {
        name: `12345_2026-03-01_${kind}.luutru.json`,
        status: 'needs-confirmation',
        confirmations: [{ kind, via: [], origin: { unitId: 'u1', name: 'Ủy ban nhân dân xã Thụy Hải', adminCode: '12345' }, sequence: 4, fingerprint: { words, hex: '' } }],
      },
    ],
    tables: {},
  }) as unknown as ImportReceipt;

describe('the draft handover record of an import waiting for a key', () => {
  it('prints a first contact’s words, and leaves a new or recovered key’s blank', async () => {
    const i18n = createInstance();
    await i18n.init({ resources: { vi: { translation: vi } }, lng: 'vi', interpolation: { escapeValue: false } });
    const row = (kind: 'first-contact' | 'new-key' | 'key-recovery') => receiptFileRows(i18n.t, receiptAsking(kind), false)[0]!;
    expect(row('first-contact')).toMatchObject({ senderName: 'Ủy ban nhân dân xã Thụy Hải', sequence: '4', fingerprintWords: words });
    expect(row('new-key')).toMatchObject({ senderName: 'Ủy ban nhân dân xã Thụy Hải', sequence: '4', fingerprintWords: [] });
    expect(row('key-recovery').fingerprintWords).toEqual([]);
    // The blank cell says why (it read as words missing from the record); a first contact's has none.
    expect(row('new-key').fingerprintNote).toBe('Không in: đối chiếu 10 từ trên giấy có chữ ký của đơn vị gửi');
    expect(row('key-recovery').fingerprintNote).toBe('Không in: đối chiếu 10 từ trên giấy có chữ ký của đơn vị gửi');
    expect(row('first-contact').fingerprintNote).toBeUndefined();
  });
});
