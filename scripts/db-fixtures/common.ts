/** Shared by the per-version makers: the setup input, seeded entries from the shared vocabulary, the export hook. */
import { exportIdb } from './export-idb';
import { generateIncoming, seededRng } from '../../test/fixtures/generate';

export const NOW = new Date('2026-03-20T09:30:00');
export const TODAY = '2026-03-20';
export const setupInput = {
  unit: { level: 'commune', name: 'Ủy ban nhân dân xã Thụy Hải', shortName: 'UBND xã Thụy Hải', adminCode: '12345', legacyAdminCode: '12544', agencyId: '000.00.12.H53', parentName: 'Ủy ban nhân dân tỉnh Hưng Yên' },
  fonds: { name: 'Phông lưu trữ UBND xã Thụy Hải', number: '15', startYear: 2025 },
  operator: { name: 'Nguyễn Thị Lan', position: 'Công chức Văn phòng - Thống kê' },
} as const;

const URGENCY: Record<string, string> = { Khẩn: 'urgent', 'Thượng khẩn': 'very-urgent', 'Hỏa tốc': 'flash' };

/** `n` incoming documents of 2026 up to TODAY, as a clerk types them. */
export function incomingInputs(n: number, seed: number) {
  const rng = seededRng(seed);
  return Array.from({ length: n }, (_, i) => {
    const g = generateIncoming(rng, i, n * 4, 2026);
    return {
      arrivalDate: g.arrivalDate > TODAY ? TODAY : g.arrivalDate,
      sender: g.sender,
      number: g.number,
      notation: g.notation,
      documentDate: g.documentDate > TODAY ? TODAY : g.documentDate,
      typeName: g.typeName,
      summary: g.summary,
      recipient: g.recipient,
      transferDate: undefined,
      receivedSignature: i % 3 === 0 ? 'Trần Văn Nam' : '',
      note: '',
      urgency: URGENCY[g.urgency ?? ''] ?? 'normal',
      secrecy: 'none',
      signerPosition: 'Chủ tịch',
      signerName: 'Phạm Văn Hùng',
      pageCount: g.pageCount,
      language: 'Tiếng Việt',
      ...(i % 4 === 0 ? { handlingDeadline: '2026-04-15' } : {}),
      progress: i % 8 === 0 ? 'done' : 'pending',
      progressNote: '',
      replyNotation: '',
      ...(i % 8 === 0 ? { completedAt: TODAY } : {}),
    };
  });
}

/** Exposes the maker and the export to the driving script. */
export function expose(make: () => Promise<void>): void {
  (globalThis as unknown as { fixture: unknown }).fixture = { make, exportIdb: () => exportIdb('luutru') };
  document.body.textContent = 'ready';
}
