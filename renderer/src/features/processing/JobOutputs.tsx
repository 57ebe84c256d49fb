/**
 * The printed outputs of a job, each made in the PDF worker with a progress bar and saved or
 * printed through the platform: handover records, slips, covers (A4 or board), closing
 * certificates, the discard list and note, each inventory in full form, box labels with QR
 * codes (size and start slot chosen here), the final report.
 */
import { useState, type ReactNode } from 'react';
import { Alert, App, Button, Card, Col, Divider, Progress, Row, Space, Typography } from 'antd';
import { NumberInput } from '../../components/NumberInput';
import { ALL_BOXES, BoxRangeFields, boxRangeReady, labelPickOf, type BoxRange } from '../../components/BoxRangeFields';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { ProcessingJob } from '../../core/dossiers/types';
import { AppError } from '../../core/errors';
import { fileSlug, isoDate } from '../../core/format';
import { useDb, useSession } from '../../db/context';
import { getPrintSettings, processingPrintData, setPrintSettings, type PrintSettings } from '../../db/repositories/processing-repository';
import { jobSlips } from '../../db/repositories/slip-repository';
import { getFonds } from '../../db/repositories/unit-repository';
import { printGaps } from '../../core/processing/report';
import { listNumbers, unnumberedSlips } from '../../core/processing/numbering';
import { errorMessage } from '../../i18n';
import { usePrintPdf } from '../../hooks/usePrintPdf';
import { renderPdfJob } from '../../pdf/pdf-client';
import type { PdfJob } from '../../pdf/jobs';
import { closingJob, coversJob, discardListJob, discardNoteJob, handoverJob, inventoryJob, jobInventories, labelsFileName, labelsJob, reportJob, slipsJob, type PrintData } from './print-jobs';

export function JobOutputs({ job, only }: { job: ProcessingJob; only?: 'intake' }) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const printPdf = usePrintPdf();
  const { message } = App.useApp();
  const [progress, setProgress] = useState<number>();
  const settings = useLiveQuery(() => getPrintSettings(db), [db]);
  // The job's inventories, and what its papers would print blank or as nought (a note above the buttons).
  const read = useLiveQuery(async () => {
    if (only) return { inventories: [], gaps: [], unnumbered: [] };
    const [slips, fonds] = await Promise.all([jobSlips(db, job.id), getFonds(db, job.fondsId)]);
    return { inventories: jobInventories({ slips }), gaps: printGaps(job, fonds?.number ?? '', slips), unnumbered: unnumberedSlips(slips) };
  }, [db, job, only]);
  const inventories = read?.inventories ?? [];
  const [slot, setSlot] = useState<number | undefined>(1);
  /** Why the labels asked for cannot be printed, said under their row. */
  const [labelsError, setLabelsError] = useState<string>();
  /** Which of the job's boxes get labels. */
  const [labelPick, setLabelPick] = useState<BoxRange>(ALL_BOXES);
  /** Settings whose field is red (not a number in range): what prints with them waits until it is mended. */
  const [bad, setBad] = useState<ReadonlySet<string>>(new Set());

  const print = async (make: (d: PrintData) => PdfJob, name: string | ((d: PrintData) => string), title: string) => {
    setProgress(0);
    try {
      const data: PrintData = { ...(await processingPrintData(db, job.id)), operator: session.operator, date: new Date() };
      const bytes = await renderPdfJob(make(data), setProgress);
      // Shown in the print preview as every other print (it was saved straight into a file, never printed); saved from there on purpose.
      await printPdf(title, `${typeof name === 'string' ? name : name(data)}-${fileSlug(job.name, 64)}-${isoDate(new Date())}.pdf`, bytes);
    } catch (e) {
      if (e instanceof AppError && e.code.startsWith('labels.')) setLabelsError(errorMessage(t, e));
      else void message.error(errorMessage(t, e));
    } finally {
      setProgress(undefined);
    }
  };
  const busy = progress !== undefined;
  const button = (label: string, make: (d: PrintData) => PdfJob, name: string | ((d: PrintData) => string), testId: string, disabled = false) => (
    <Button onClick={() => void print(make, name, label)} disabled={busy || disabled} data-testid={testId}>{label}</Button>
  );
  /** A warning over the printing buttons: what the papers will leave out or lack. */
  const warning = (testId: string, title: string, description?: ReactNode) => <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid={testId} title={title} description={description} />;
  const bar = busy && <Progress percent={Math.round((progress ?? 0) * 100)} size="small" style={{ width: 220 }} status="active" data-testid="pdf-progress" />;
  if (only === 'intake') return <Space>{button(t('processing.printIntake'), (d) => handoverJob(d, 'intake'), 'bien-ban-giao-nhan', 'print-intake')}{bar}</Space>;
  const s = settings ?? { labelWidthMm: 80, labelHeightMm: 120, frontLeafOffsetMm: 420 };
  const change = (patch: Partial<PrintSettings>) => void setPrintSettings(db, { ...s, ...patch });
  const setting = (key: 'labelWidthMm' | 'labelHeightMm' | 'frontLeafOffsetMm') => (v: number | undefined) => {
    setBad((b) => {
      const next = new Set(b);
      if (v === undefined) next.add(key);
      else next.delete(key);
      return next;
    });
    if (v !== undefined) change({ [key]: v });
  };
  const labelsBad = bad.has('labelWidthMm') || bad.has('labelHeightMm') || slot === undefined || !boxRangeReady(labelPick);
  const pick = labelPickOf(labelPick, inventories);
  const numbered = inventories.length > 0;
  const labels = (d: PrintData) => labelsJob(d, { widthMm: s.labelWidthMm, heightMm: s.labelHeightMm, startSlot: slot ?? 1 }, pick);
  const labelsName = (d: PrintData) => labelsFileName(d, pick);
  /** Enter in the box numbers prints the labels, as in the dossiers' label dialog. */
  const printLabels = () => {
    if (!numbered || labelsBad || busy) return;
    void print(labels, labelsName, t('processing.printLabels'));
  };
  return (
    <Card size="small" data-testid="job-outputs">
      {bar && <div style={{ marginBottom: 8 }}>{t('processing.rendering')} {bar}</div>}
      {/* A slip left without a file number once others are numbered is left out of every numbered paper: said, with its number (nothing said it). */}
      {read && read.unnumbered.length > 0 && warning('print-unnumbered', t('processing.printUnnumbered', { count: read.unnumbered.length, slips: listNumbers(read.unnumbered, 10) }))}
      {read && read.gaps.length > 0 &&
        warning(
          'print-gaps',
          t('processing.printGapsTitle'),
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {read.gaps.map((g) => (
              <li key={g}>{t(`processing.printGap_${g}`)}</li>
            ))}
          </ul>,
        )}
      <Space wrap>
        {button(t('processing.printIntake'), (d) => handoverJob(d, 'intake'), 'bien-ban-giao-nhan', 'print-intake')}
        {button(t('processing.printSlips'), (d) => slipsJob(d), 'phieu-tin', 'print-slips')}
        {button(t('processing.printCoversA4'), (d) => coversJob(d, 'a4'), 'bia-ho-so', 'print-covers', !numbered)}
        {button(t('processing.printClosing'), (d) => closingJob(d), 'chung-tu-ket-thuc', 'print-closing', !numbered)}
        {inventories.map((i) => button(t('processing.printInventory', { inventory: i }), (d) => inventoryJob(d, i), `muc-luc-ho-so-${i}`, `print-inventory-${i}`))}
        {button(t('processing.printDiscardList'), (d) => discardListJob(d), 'danh-muc-tai-lieu-loai', 'print-discard-list')}
        {button(t('processing.printDiscardNote'), (d) => discardNoteJob(d), 'thuyet-minh-tai-lieu-loai', 'print-discard-note')}
        {button(t('processing.printReport'), (d) => reportJob(d), 'bao-cao-tong-ket', 'print-report')}
        {button(t('processing.printAfter'), (d) => handoverJob(d, 'after'), 'bien-ban-sau-chinh-ly', 'print-after', !numbered)}
      </Space>
      {!numbered && <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>{t('processing.nothingNumbered')}</Typography.Paragraph>}
      <Divider />
      <Row gutter={16} align="bottom">
        <Col><Typography.Text type="secondary">{t('processing.labelWidth')}</Typography.Text><br /><NumberInput min={40} max={190} value={s.labelWidthMm} onChange={setting('labelWidthMm')} aria-label={t('processing.labelWidth')} /></Col>
        <Col><Typography.Text type="secondary">{t('processing.labelHeight')}</Typography.Text><br /><NumberInput min={40} max={277} value={s.labelHeightMm} onChange={setting('labelHeightMm')} aria-label={t('processing.labelHeight')} /></Col>
        <Col><Typography.Text type="secondary">{t('processing.labelSlot')}</Typography.Text><br /><NumberInput min={1} max={30} value={slot} onChange={setSlot} aria-label={t('processing.labelSlot')} /></Col>
        <BoxRangeFields
          value={labelPick}
          onChange={(next) => (setLabelsError(undefined), setLabelPick(next))}
          inventories={inventories}
          field={(which, label, control) => (
            <Col key={which}>
              <Typography.Text type="secondary">{label}</Typography.Text>
              <br />
              {control}
            </Col>
          )}
          onPressEnter={printLabels}
          testIdPrefix="job-labels"
          numberWidth={90}
        />
        <Col>{button(t('processing.printLabels'), labels, labelsName, 'print-labels', !numbered || labelsBad)}</Col>
      </Row>
      {labelsError ? (
        <Alert type="error" showIcon title={labelsError} style={{ marginTop: 8 }} data-testid="job-labels-error" />
      ) : (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>{t('dossiers.labelsBoxesHelp')}</Typography.Paragraph>
      )}
      <Divider />
      <Row gutter={16} align="bottom">
        <Col><Typography.Text type="secondary">{t('processing.frontLeafOffset')}</Typography.Text><br /><NumberInput min={0} max={420} value={s.frontLeafOffsetMm} onChange={setting('frontLeafOffsetMm')} aria-label={t('processing.frontLeafOffset')} /></Col>
        <Col>{button(t('processing.printCoversBoard'), (d) => coversJob(d, 'board-650x320', s.frontLeafOffsetMm), 'bia-ho-so-650x320', 'print-covers-board', !numbered || bad.has('frontLeafOffsetMm'))}</Col>
        <Col><Typography.Text type="secondary">{t('processing.frontLeafOffsetHelp')}</Typography.Text></Col>
      </Row>
    </Card>
  );
}
