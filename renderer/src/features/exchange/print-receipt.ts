/** Turns an import receipt into the handover record PDF (biên bản giao nhận dữ liệu). */
import type { TFunction } from 'i18next';
import type { ImportReceipt } from '../../db/exchange/import';
import type { UnitProfile } from '../../core/unit';
import { importReceiptDefinition, type ReceiptInput } from '../../pdf/definitions/import-receipt';
import { renderPdfInBrowser } from '../../pdf/browser-render';
import { issueMessage } from '../../i18n';

/** The record's rows of files: each picked file, and the bundles it carried under it. */
export function receiptFileRows(t: TFunction, receipt: ImportReceipt, applied: boolean): ReceiptInput['files'] {
  const status = (s: ImportReceipt['files'][number]): string => {
    if (s.error) return issueMessage(t, { code: s.error.code, params: s.error.params });
    if (s.status === 'already-imported') return t('exchange.alreadyImported');
    if (s.status === 'accepted') return applied ? t('exchange.statusApplied') : t('exchange.statusChecked');
    return t(`exchange.fileStatus.${s.status}`);
  };
  return receipt.files.flatMap((f) => {
    // A file whose key waits for a person: the record is printed to compare that very key, so its
    // sender, bundle number and fingerprint are the ones the file brings (they were left blank).
    // (The file's own unit: a carried unit's key asked for is not this row's sender.)
    const asked = f.confirmations?.find((c) => c.via.length === 0);
    const sequence = f.sequence ?? asked?.sequence;
    return [
    {
      name: f.name,
      senderName: f.origin?.name ?? asked?.origin.name ?? '',
      senderCode: f.origin?.adminCode ?? asked?.origin.adminCode ?? '',
      sequence: sequence !== undefined ? `${sequence}${f.part ? `/${f.part.index}` : ''}` : '',
      // A new key, or a lost key's replacement, is confirmed by typing its words from the unit's paper: printed
      // here, they would be copied from this record instead (the screen hides them too); left blank for them.
      fingerprintWords: f.fingerprint?.words ?? (asked?.kind === 'first-contact' ? asked.fingerprint.words : []),
      // …and the blank cell says why, so the record does not read as missing them.
      ...(!f.fingerprint && asked && asked.kind !== 'first-contact' ? { fingerprintNote: t('exchange.receiptWordsFromPaper') } : {}),
      status: status(f),
    },
    // Carried bundles are listed under the file that carried them, each with its own unit.
    ...(f.carried ?? []).map((c) => ({
      name: `↳ ${t('upper.carriedBy', { names: f.origin?.name ?? '' })}`,
      senderName: c.origin.name,
      senderCode: c.origin.adminCode,
      sequence: `${c.sequence}${c.part ? `/${c.part}` : ''}`,
      fingerprintWords: [],
      status: c.alreadyReceived ? t('exchange.alreadyImported') : status(f),
    })),
    ];
  });
}

export async function receiptPdf(t: TFunction, unit: Pick<UnitProfile, 'name' | 'parentName'>, operator: string, receipt: ImportReceipt, applied: boolean): Promise<Uint8Array> {
  const files = receiptFileRows(t, receipt, applied);
  const tables = Object.entries(receipt.tables)
    .filter(([, s]) => s && s.total.new + s.total.updated + s.total.unchanged + s.total.held + s.total.rejected > 0)
    .map(([table, s]) => [t(`table.${table}`), s!.total.new, s!.total.updated, s!.total.unchanged, s!.total.held, s!.total.rejected] as const);
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
