/**
 * Printing and exporting a register: the bound book (PDF, rendered in a worker), the follow-up
 * book, ĐẾN stamp slips — each shown in the print preview — the book saved as a PDF file, the
 * register and the current search results as Excel, and the import of an old Excel register.
 */
import { useState } from 'react';
import { App, Button, Dropdown, InputNumber, Modal, Space } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { fileSlug as slug, formatDate, isoDate } from '../../core/format';
import { placeOfUnit as placeOf } from '../../core/unit';
import { followUpBookRows, followUpBookSpan } from '../../core/registers/follow-up';
import { arrivalNumberSpan, entriesForStamps, formatNumber } from '../../core/registers/numbering';
import { joinNumberNotation } from '../../core/registers/notation';
import { registerBookRows, typeAndSummary } from '../../core/registers/register-book';
import { useDb } from '../../db/context';
import { getUnit } from '../../db/repositories/unit-repository';
import type { IncomingDoc, IssuingBody, OutgoingDoc, Register } from '../../db/register-records';
import { errorMessage } from '../../i18n';
import { usePlatform } from '../../platform/context';
import { usePrintPdf } from '../../hooks/usePrintPdf';
import { renderPdfJob } from '../../pdf/pdf-client';
import { registerToXlsx, rowsToXlsx } from '../../spreadsheet/write-workbook';
import { ImportRegisterDialog } from './ImportRegisterDialog';
import { useEnterToSave } from './entry-inputs';

const PDF = [{ name: 'PDF', extensions: ['pdf'] }];
const XLSX = [{ name: 'Excel', extensions: ['xlsx'] }];

export function RegisterOutputs({ register, rows, shown }: { register: Register; body: IssuingBody | undefined; rows: readonly (IncomingDoc | OutgoingDoc)[]; shown: readonly (IncomingDoc | OutgoingDoc)[] }) {
  const { t } = useTranslation();
  const db = useDb();
  const platform = usePlatform();
  const printPdf = usePrintPdf();
  const { message } = App.useApp();
  const unit = useLiveQuery(() => getUnit(db, register.origin), [db, register.origin]);
  const [busy, setBusy] = useState<string>();
  const [stampsOpen, setStampsOpen] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  const incoming = register.kind === 'incoming';
  const span = incoming ? arrivalNumberSpan(rows as IncomingDoc[]) : undefined;
  const [range, setRange] = useState<{ from: number | null; to: number | null; slot: number }>({ from: null, to: null, slot: 1 });

  const bookUnit = { name: unit?.name ?? '', parentName: unit?.parentName ?? '', place: placeOf(unit?.name ?? '') };
  const baseName = `${slug(register.name)}`;

  const run = async (key: string, work: () => Promise<void>) => {
    setBusy(key);
    try {
      await work();
    } catch (e) {
      void message.error(errorMessage(t, e));
    } finally {
      setBusy(undefined);
    }
  };

  const bookPdf = () => renderPdfJob({ kind: 'register-book', input: { unit: bookUnit, register, book: registerBookRows(register, rows) } });
  const printBook = () => run('print', async () => printPdf(register.name, `${baseName}.pdf`, await bookPdf()));
  const saveBook = () =>
    run('save', async () => {
      const r = await platform.saveFile({ suggestedName: `${baseName}.pdf`, filters: PDF, data: await bookPdf() });
      if (r.saved) void message.success(t('registers.printed', { file: r.path }));
    });
  const printFollowUp = () =>
    run('follow', async () => {
      const docs = rows as IncomingDoc[];
      const bookSpan = followUpBookSpan(docs);
      const data = await renderPdfJob({ kind: 'follow-up-book', input: { unit: bookUnit, year: register.year, rows: followUpBookRows(docs), ...(bookSpan ? { span: bookSpan } : {}) } });
      await printPdf(t('registers.printFollowUp'), `so-theo-doi-giai-quyet-${register.year}.pdf`, data);
    });
  const printStamps = () =>
    run('stamps', async () => {
      const entries = entriesForStamps(rows as IncomingDoc[], range.from, range.to);
      const data = await renderPdfJob({ kind: 'arrival-stamps', input: { unitName: unit?.shortName || unit?.name || '', entries, options: { startSlot: range.slot } } });
      setStampsOpen(false);
      await printPdf(t('registers.stampsTitle'), `phieu-dau-den-${baseName}.pdf`, data);
    });
  const exportRegister = () =>
    run('xlsx', async () => {
      const data = await registerToXlsx({ name: bookUnit.name, parentName: bookUnit.parentName }, register, registerBookRows(register, rows));
      const r = await platform.saveFile({ suggestedName: `${baseName}.xlsx`, filters: XLSX, data });
      if (r.saved) void message.success(t('registers.printed', { file: r.path }));
    });
  const exportResults = () =>
    run('results', async () => {
      const list = shown.filter((r) => !r.deleted);
      const data = incoming
        ? await rowsToXlsx(register.name, [t('fields.arrivalNumber'), t('fields.arrivalDate'), t('fields.sender'), t('fields.numberNotation'), t('fields.documentDate'), t('fields.summary'), t('fields.recipient'), t('fields.handlingDeadline'), t('fields.progress')],
            (list as IncomingDoc[]).map((d) => [formatNumber(d.arrivalNumber), formatDate(d.arrivalDate), d.sender, joinNumberNotation(d.number, d.notation), formatDate(d.documentDate), typeAndSummary(d.typeName, d.summary), d.recipient, formatDate(d.handlingDeadline), t(`progress.${d.progress}`)]))
        : await rowsToXlsx(register.name, [t('fields.numberNotation'), t('fields.documentDate'), t('fields.summary'), t('fields.signerName'), t('fields.recipients'), t('fields.retainedCopyHolder'), t('fields.copyCount')],
            (list as OutgoingDoc[]).map((d) => [joinNumberNotation(d.number, d.notation), formatDate(d.documentDate), typeAndSummary(d.typeName, d.summary), [d.signerPosition, d.signerName].filter(Boolean).join(' '), d.recipients.join('; '), d.retainedCopyHolder, d.copyCount ?? '']));
      const r = await platform.saveFile({ suggestedName: `${baseName}-ket-qua-${isoDate(new Date())}.xlsx`, filters: XLSX, data });
      if (r.saved) void message.success(t('registers.printed', { file: r.path }));
    });

  const stampsEnter = useEnterToSave(() => void (span && busy === undefined && printStamps()));
  return (
    <Space wrap>
      <Button onClick={() => void printBook()} loading={busy === 'print'} data-testid="print-book">{t('registers.printBook')}</Button>
      <Dropdown
        menu={{
          items: [
            { key: 'save', label: t('registers.saveBook'), onClick: () => void saveBook() },
            ...(incoming ? [{ key: 'follow', label: t('registers.printFollowUp'), onClick: () => void printFollowUp() }, { key: 'stamps', label: t('registers.printStamps'), onClick: () => setStampsOpen(true) }] : []),
            { type: 'divider' as const },
            { key: 'xlsx', label: t('registers.exportExcel'), onClick: () => void exportRegister() },
            { key: 'results', label: t('registers.exportResults'), onClick: () => void exportResults() },
            ...(register.status === 'open' ? [{ key: 'import', label: t('registers.importExcel'), onClick: () => setImportOpen(true) }] : []),
          ],
        }}
      >
        <Button loading={busy !== undefined && busy !== 'print'} data-testid="register-more">{t('registers.more')}</Button>
      </Dropdown>
      <Modal open={stampsOpen} title={t('registers.stampsTitle')} onCancel={() => setStampsOpen(false)} onOk={() => void printStamps()} okText={t('registers.printStamps')} cancelText={t('common.close')} okButtonProps={{ disabled: !span, loading: busy === 'stamps' }}>
        <Space orientation="vertical" onKeyDownCapture={stampsEnter.onKeyDownCapture}>
          <label>{t('registers.stampsFrom')} <InputNumber min={1} value={range.from} placeholder={span ? formatNumber(span.from) : ''} onChange={(v) => setRange({ ...range, from: v })} autoFocus /></label>
          <label>{t('registers.stampsTo')} <InputNumber min={1} value={range.to} placeholder={span ? formatNumber(span.to) : ''} onChange={(v) => setRange({ ...range, to: v })} /></label>
          <label>{t('registers.stampsStartSlot')} <InputNumber min={1} max={21} value={range.slot} onChange={(v) => setRange({ ...range, slot: v ?? 1 })} /></label>
        </Space>
      </Modal>
      {importOpen && <ImportRegisterDialog register={register} onClose={() => setImportOpen(false)} />}
    </Space>
  );
}
