/** Turns an import receipt into the handover record PDF (biên bản giao nhận dữ liệu). */
import type { TFunction } from 'i18next';
import type { ImportReceipt } from '../../db/exchange/import';
import type { UnitProfile } from '../../core/unit';
import { importReceiptDefinition } from '../../pdf/definitions/import-receipt';
import { renderPdfInBrowser } from '../../pdf/browser-render';

export async function receiptPdf(t: TFunction, unit: UnitProfile, operator: string, receipt: ImportReceipt, applied: boolean): Promise<Uint8Array> {
  const files = receipt.files.map((f) => ({
    name: f.name,
    senderName: f.status === 'error' ? '' : f.origin.name,
    senderCode: f.status === 'error' ? '' : f.origin.adminCode,
    sequence: f.status === 'verified' || f.status === 'already-imported' ? `${f.sequence}${f.part ? `/${f.part}` : ''}` : '',
    fingerprintWords: f.status === 'error' ? [] : f.fingerprint.words,
    status: f.status === 'error' ? t(`errors.${f.code}`, { ...f.params }) : f.status === 'already-imported' ? t('exchange.alreadyImported') : applied ? t('exchange.statusApplied') : t('exchange.statusChecked'),
  }));
  const tables = Object.entries(receipt.tables)
    .filter(([, s]) => s.total.new + s.total.updated + s.total.unchanged + s.total.conflicting + s.total.rejected > 0)
    .map(([table, s]) => [t(`table.${table}`), s.total.new, s.total.updated, s.total.unchanged, s.total.conflicting, s.total.rejected] as const);
  return renderPdfInBrowser(
    importReceiptDefinition({
      receiver: { name: unit.name, parentName: unit.parentName, place: '' },
      operator,
      date: new Date(),
      files,
      tables,
      applied,
    }),
  );
}
