/**
 * Printing and exporting a register: the bound book (PDF, rendered in a worker), the follow-up
 * book, ĐẾN stamp slips — each shown in the print preview — the book saved as a PDF file, the
 * register and the current search results as Excel, and the import of an old Excel register.
 * Entries are read by number range in pages, with progress; one output holds at most
 * OUTPUT_MAX numbers, so a register larger than that is printed part by part (the clerk picks
 * the numbers, as for stamps) instead of a million rows being laid out at once.
 */
import { useRef, useState } from 'react';
import { App, Button, Space, Typography, type InputRef } from 'antd';
import PrinterOutlined from '@ant-design/icons/PrinterOutlined';
import DownOutlined from '@ant-design/icons/DownOutlined';
import { NumberInput } from '../../components/NumberInput';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { fileSlug as slug, formatCount, formatDate, isoDate } from '../../core/format';
import { formHead, placeOfUnit as placeOf } from '../../core/unit';
import { followUpBookRows, followUpBookSpan } from '../../core/registers/follow-up';
import { formatNumber, numberRuns, outputRangeIssue, stampsOfRange } from '../../core/registers/numbering';
import { joinNumberNotation } from '../../core/registers/notation';
import { registerBookRows, typeAndSummary } from '../../core/registers/register-book';
import { useDb, useSession } from '../../db/context';
import { entriesInRange, lastDayOfIncoming } from '../../db/repositories/entry-repository';
import { getSigner, getUnit } from '../../db/repositories/unit-repository';
import { registerVolume } from '../../db/repositories/register-repository';
import type { IncomingDoc, IssuingBody, OutgoingDoc, Register } from '../../db/register-records';
import { errorMessage } from '../../i18n';
import { usePlatform } from '../../platform/context';
import { usePrintPdf } from '../../hooks/usePrintPdf';
import { Dialog } from '../../components/Dialog';
import { KeyMenu } from '../../components/KeyMenu';
import { renderPdfJob } from '../../pdf/pdf-client';
import { registerToXlsx, rowsToXlsx } from '../../spreadsheet/write-workbook';
import { ImportRegisterDialog } from './ImportRegisterDialog';
import { useEnterToSave } from './entry-inputs';
import type { RegisterList } from './useRegisterList';

const PDF = [{ name: 'PDF', extensions: ['pdf'] }];
const XLSX = [{ name: 'Excel', extensions: ['xlsx'] }];
/** Numbers one print or export holds at most (a book of 10,000 entries is ~450 A4 pages). */
export const OUTPUT_MAX = 10_000;

type Output = 'print' | 'save' | 'follow' | 'stamps' | 'xlsx';
/** null: left empty (the register's first or last number); undefined: a field still red. */
type Range = { from: number | null | undefined; to: number | null | undefined; slot: number | undefined };

export function RegisterOutputs({ register, list }: { register: Register; body: IssuingBody | undefined; list: RegisterList }) {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const platform = usePlatform();
  const printPdf = usePrintPdf();
  const { message } = App.useApp();
  const session = useSession();
  const unit = useLiveQuery(() => getUnit(db, register.origin), [db, register.origin]);
  const [busy, setBusy] = useState<string>();
  const [progress, setProgress] = useState<string>();
  const [asking, setAsking] = useState<Output>();
  const [importOpen, setImportOpen] = useState(false);
  const incoming = register.kind === 'incoming';
  const table = incoming ? 'incomingDocs' : 'outgoingDocs';
  const span = list.span ? { from: list.span.first, to: list.span.last } : undefined;
  const [range, setRange] = useState<Range>({ from: null, to: null, slot: 1 });
  /** The day whose entries the stamps dialog starts with. */
  const [stampsDay, setStampsDay] = useState<{ date: string; from: number; to: number }>();
  /** The range the stamps were refused for (its numbers all cancelled), said in the dialog while it is the one typed. */
  const [refused, setRefused] = useState<Range & { readonly cancelled: boolean }>();
  const large = (list.total ?? 0) > OUTPUT_MAX;
  const count = (n: number) => formatCount(n, i18n.language);

  const baseName = `${slug(register.name)}`;

  const printButton = useRef<HTMLButtonElement>(null);
  const moreButton = useRef<HTMLButtonElement>(null);
  /** The toolbar button an output was started from: the cursor comes back to it when the preview closes (the menu and its dialogs give it back themselves). */
  const triggerOf = (key: string) => (key === 'print' ? printButton.current : moreButton.current);
  const show = (key: string, title: string, fileName: string, data: Uint8Array) => printPdf(title, fileName, data, triggerOf(key));
  const run = async (key: string, work: () => Promise<void>) => {
    setBusy(key);
    try {
      await work();
    } catch (e) {
      void message.error(errorMessage(t, e));
    } finally {
      setBusy(undefined);
      setProgress(undefined);
    }
  };

  /** The numbers an output covers: the range asked, or the whole register. */
  const numbers = (r: Range) => ({ from: r.from ?? Number.MIN_SAFE_INTEGER, to: r.to ?? Number.MAX_SAFE_INTEGER });
  const read = async (r: Range) => {
    const { from, to } = numbers(r);
    const expected = Math.min(list.total ?? OUTPUT_MAX, OUTPUT_MAX, to - from + 1);
    return entriesInRange(db, table, register.id, { from, to, max: OUTPUT_MAX }, (n) => setProgress(t('registers.readingEntries', { done: count(n), total: count(Math.max(n, expected)) })));
  };
  /** The register as the book covers it: its numbers within the range asked. */
  const bookRegister = (r: Range) => (r.from === null && r.to === null ? register : { ...register, firstNumber: r.from ?? register.firstNumber, lastNumber: Math.min(r.to ?? register.lastNumber, register.lastNumber) });
  const pdf = (job: Parameters<typeof renderPdfJob>[0]) => renderPdfJob(job, (f) => setProgress(t('registers.renderingPdf', { percent: Math.round(f * 100) })));

  /** The book's unit block with who signs it, read when it is printed: this office's signer on its own registers; another unit's gets only its kind of title. */
  const signedUnit = async () => {
    const owner = await getUnit(db, register.origin);
    const name = owner?.name ?? '';
    return { name, parentName: owner?.parentName ?? '', place: placeOf(name), head: formHead(name, register.origin === session.unitId ? await getSigner(db, name) : undefined) };
  };
  const bookPdf = async (r: Range) => {
    const volume = await registerVolume(db, register);
    return pdf({ kind: 'register-book', input: { unit: await signedUnit(), register: { ...register, volume }, book: registerBookRows(bookRegister(r), await read(r)) } });
  };
  const outputs: Record<Output, (r: Range) => Promise<void>> = {
    print: (r) => run('print', async () => show('print', register.name, `${baseName}.pdf`, await bookPdf(r))),
    save: (r) =>
      run('save', async () => {
        const data = await bookPdf(r);
        const saved = await platform.saveFile({ suggestedName: `${baseName}.pdf`, filters: PDF, data });
        if (saved.saved) void message.success(t('registers.printed', { file: saved.path }));
      }),
    follow: (r) =>
      run('follow', async () => {
        const docs = (await read(r)) as IncomingDoc[];
        const bookSpan = followUpBookSpan(docs);
        const data = await pdf({ kind: 'follow-up-book', input: { unit: await signedUnit(), year: register.year, rows: followUpBookRows(docs, isoDate(new Date())), ...(bookSpan ? { span: bookSpan } : {}) } });
        await show('follow', t('registers.printFollowUp'), `so-theo-doi-giai-quyet-${register.year}.pdf`, data);
      }),
    stamps: (r) =>
      run('stamps', async () => {
        const docs = (await read({ ...r, from: r.from ?? span?.from ?? null, to: r.to ?? span?.to ?? null })) as IncomingDoc[];
        const { entries, skipped, unused } = stampsOfRange(docs, r.from, r.to);
        // Every number in the range cancelled: said in the dialog, which stays open on the range to correct it (not a
        // blank sheet of labels; the dialog closed and the numbers typed were gone).
        if (entries.length === 0) return void setRefused({ ...r, cancelled: skipped.length > 0 });
        setAsking(undefined);
        // Cancelled numbers inside the range get no slip: said, as the sheet skips them.
        const data = await pdf({ kind: 'arrival-stamps', input: { unitName: unit?.shortName || unit?.name || '', entries, options: { startSlot: r.slot } } });
        // Numbers of the range without a slip: cancelled ones, and those no document holds (the clerk counted on a slip each).
        const without = [skipped.length > 0 && t('registers.stampsCancelled', { numbers: numberRuns(skipped, Number.POSITIVE_INFINITY) }), unused.length > 0 && t('registers.stampsUnused', { numbers: numberRuns(unused, Number.POSITIVE_INFINITY) })].filter(Boolean);
        if (without.length > 0) void message.info(t('registers.stampsSkipped', { numbers: without.join('; ') }));
        await show('stamps', t('registers.stampsTitle'), `phieu-dau-den-${baseName}.pdf`, data);
      }),
    xlsx: (r) =>
      run('xlsx', async () => {
        const data = await registerToXlsx({ name: unit?.name ?? '', parentName: unit?.parentName ?? '' }, register, registerBookRows(bookRegister(r), await read(r)));
        const saved = await platform.saveFile({ suggestedName: `${baseName}.xlsx`, filters: XLSX, data });
        if (saved.saved) void message.success(t('registers.printed', { file: saved.path }));
      }),
  };

  /** Stamps always ask which numbers; the other outputs only when the register is larger than one output holds. */
  const start = async (o: Output) => {
    if (o !== 'stamps' && !large) return void outputs[o]({ from: null, to: null, slot: 1 });
    if (o !== 'stamps' && span) setRange({ from: span.from, to: Math.min(span.to, span.from + OUTPUT_MAX - 1), slot: 1 });
    setStampsDay(undefined);
    setRefused(undefined);
    if (o === 'stamps') {
      // The slips of the last day's entries, not the whole register since January (a sheet of labels each time).
      const day = await lastDayOfIncoming(db, register.id);
      setRange({ from: day?.from ?? null, to: day?.to ?? null, slot: 1 });
      setStampsDay(day);
    }
    setAsking(o);
  };
  const rangeSize = (r: Range) => {
    const from = r.from ?? span?.from;
    const to = r.to ?? span?.to;
    return from === undefined || to === undefined ? 0 : to - from + 1;
  };
  // Against the numbers the register gave (cancelled ones too: the book prints them), not the list's span (live entries,
  // and behind a save until its index catches up: "Sổ chỉ có các số từ 01 đến 320" said of a cancelled 321).
  const numbered = register.lastNumber >= register.firstNumber;
  const rangeIssue = outputRangeIssue(range.from, range.to, numbered ? { from: register.firstNumber, to: register.lastNumber } : undefined);
  // No live entry to make a slip for, as the database says when the dialog opens (the list's span lags behind a save).
  const noSlips = asking === 'stamps' && stampsDay === undefined;
  // Numbers that hold nothing are said (the slips came out as one blank page), else a range too large; either stops the output.
  const rangeError = rangeIssue ? t(rangeIssue.code, rangeIssue.params) : rangeSize(range) > OUTPUT_MAX ? t('registers.outputRangeTooLarge', { max: count(OUTPUT_MAX) }) : undefined;
  const bad = range.from === undefined || range.to === undefined || range.slot === undefined;
  // Only the stamps are refused so (and `refused` is cleared as the dialog opens).
  const stampsRefused = refused !== undefined && refused.from === range.from && refused.to === range.to;
  const confirm = () => {
    if (bad) return void message.error(t('common.fixNumbers'));
    if (!asking || rangeError || noSlips) return;
    const o = asking;
    // The stamps' dialog closes once there is something to print (stamps, above).
    if (o !== 'stamps') setAsking(undefined);
    void outputs[o]({ from: range.from ?? null, to: range.to ?? null, slot: range.slot ?? 1 });
  };

  const exportResults = () =>
    run('results', async () => {
      const shown = list.count ?? 0;
      if (shown > OUTPUT_MAX) void message.warning(t('registers.resultsCapped', { max: count(OUTPUT_MAX), count: count(shown) }));
      const list2 = (await list.readAll(OUTPUT_MAX, (n) => setProgress(t('registers.readingEntries', { done: count(n), total: count(Math.min(shown, OUTPUT_MAX)) })))).filter((r) => !r.deleted);
      const data = incoming
        ? await rowsToXlsx(register.name, [t('fields.arrivalNumber'), t('fields.arrivalDate'), t('fields.sender'), t('fields.numberNotation'), t('fields.documentDate'), t('fields.summary'), t('fields.recipient'), t('fields.handlingDeadline'), t('fields.progress')],
            (list2 as IncomingDoc[]).map((d) => [formatNumber(d.arrivalNumber), formatDate(d.arrivalDate), d.sender, joinNumberNotation(d.number, d.notation), formatDate(d.documentDate), typeAndSummary(d.typeName, d.summary), d.recipient, formatDate(d.handlingDeadline), t(`progress.${d.progress}`)]))
        : await rowsToXlsx(register.name, [t('fields.numberNotation'), t('fields.documentDate'), t('fields.summary'), t('fields.signerName'), t('fields.recipients'), t('fields.retainedCopyHolder'), t('fields.copyCount')],
            (list2 as OutgoingDoc[]).map((d) => [joinNumberNotation(d.number, d.notation), formatDate(d.documentDate), typeAndSummary(d.typeName, d.summary), [d.signerPosition, d.signerName].filter(Boolean).join(' '), d.recipients.join('; '), d.retainedCopyHolder, d.copyCount ?? '']));
      const saved = await platform.saveFile({ suggestedName: `${baseName}-ket-qua-${isoDate(new Date())}.xlsx`, filters: XLSX, data });
      if (saved.saved) void message.success(t('registers.printed', { file: saved.path }));
    });

  const rangeField = useRef<InputRef>(null);
  const rangeEnter = useEnterToSave(() => void (busy === undefined && confirm()));
  const titles: Record<Output, string> = { print: t('registers.printBook'), save: t('registers.saveBook'), follow: t('registers.printFollowUp'), stamps: t('registers.stampsTitle'), xlsx: t('registers.exportExcel') };
  // Each a piece of the page's toolbar (a fragment, not a box of its own); the progress line stands under
  // the toolbar, taking no room in it (styles.css `.toolbar-progress`): nothing on the toolbar moves meanwhile.
  return (
    <>
      {/* Each button has an icon the spinner takes the place of while a PDF or a file is made: the buttons keep
          their width and nothing after them on the toolbar moves (a spinner added before the text pushed them). */}
      <Button ref={printButton} onClick={() => void start('print')} loading={busy === 'print'} icon={<PrinterOutlined aria-hidden />} data-testid="print-book">{t('registers.printBook')}</Button>
      {/* Opened by a click or from the keyboard (Enter or Space on the button, then ↑/↓ and Enter): on
          hover only, a clerk at the keyboard could not reach the ĐẾN slips, the follow-up book or Excel. */}
      {/* Made anew at each opening (destroyOnHidden): it opens on its first item, not on the last one used — "↓↓ Enter"
          for the ĐẾN slips ran the Excel export after the follow-up book had been printed. */}
      <KeyMenu
        menu={{
          items: [
            { key: 'save', label: t('registers.saveBook'), onClick: () => void start('save') },
            ...(incoming ? [{ key: 'follow', label: t('registers.printFollowUp'), onClick: () => void start('follow') }, { key: 'stamps', label: t('registers.printStamps'), onClick: () => void start('stamps') }] : []),
            { type: 'divider' as const },
            { key: 'xlsx', label: t('registers.exportExcel'), onClick: () => void start('xlsx') },
            { key: 'results', label: t('registers.exportResults'), onClick: () => void exportResults() },
            ...(register.status === 'open' ? [{ key: 'import', label: t('registers.importExcel'), onClick: () => setImportOpen(true) }] : []),
          ],
        }}
      >
        <Button ref={moreButton} loading={busy !== undefined && busy !== 'print'} icon={<DownOutlined aria-hidden />} iconPlacement="end" data-testid="register-more">{t('registers.more')}</Button>
      </KeyMenu>
      {progress && <Typography.Text type="secondary" className="toolbar-progress" data-testid="output-progress">{progress}</Typography.Text>}
      <Dialog open={asking !== undefined} title={asking ? titles[asking] : ''} openOn={rangeField} onCancel={() => setAsking(undefined)} onOk={confirm} okText={asking ? titles[asking] : ''} cancelText={t('common.close')} okButtonProps={{ disabled: bad || rangeError !== undefined || noSlips || stampsRefused, loading: busy !== undefined }}>
        <Space orientation="vertical" onKeyDownCapture={rangeEnter.onKeyDownCapture}>
          {large && <Typography.Paragraph type="secondary" data-testid="output-range-help">{t('registers.outputRangeHelp', { total: count(list.total ?? 0), max: count(OUTPUT_MAX) })}</Typography.Paragraph>}
          <label>{incoming ? t('registers.stampsFrom') : t('registers.rangeFrom')} <NumberInput ref={rangeField} optional min={1} value={range.from} placeholder={span ? formatNumber(span.from) : ''} onChange={(from) => setRange((r) => ({ ...r, from }))} autoFocus /></label>
          <label>{incoming ? t('registers.stampsTo') : t('registers.rangeTo')} <NumberInput optional min={1} value={range.to} placeholder={span ? formatNumber(span.to) : ''} onChange={(to) => setRange((r) => ({ ...r, to }))} /></label>
          {asking === 'stamps' && stampsDay && <Typography.Text type="secondary" data-testid="stamps-day">{t('registers.stampsDay', { date: formatDate(stampsDay.date), from: formatNumber(stampsDay.from), to: formatNumber(stampsDay.to) })}</Typography.Text>}
          {/* Why the print button is greyed out, on a register with nothing in it yet (it said nothing). */}
          {/* A register whose numbers were all cancelled is not one with nothing in it (it said "chưa có văn bản nào"). */}
          {noSlips && <Typography.Text type="warning" data-testid="stamps-none">{t(numbered ? 'registers.stampsAllCancelled' : 'registers.stampsNone')}</Typography.Text>}
          {asking === 'stamps' && <label>{t('registers.stampsStartSlot')} <NumberInput min={1} max={21} value={range.slot} onChange={(slot) => setRange((r) => ({ ...r, slot }))} /></label>}
          {rangeError && <Typography.Text type="danger" data-testid="output-range-error">{rangeError}</Typography.Text>}
          {stampsRefused && <Typography.Text type="danger" data-testid="stamps-refused">{t(refused.cancelled ? 'registers.stampsNoneInRange' : 'registers.stampsNoDocumentsInRange')}</Typography.Text>}
        </Space>
      </Dialog>
      {importOpen && <ImportRegisterDialog register={register} onClose={() => setImportOpen(false)} />}
    </>
  );
}
