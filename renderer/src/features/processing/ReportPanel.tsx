/**
 * The job's final report (§5.6): metres kept (proposed from the boxes filled × metres per box),
 * metres discarded for each reason, problems and recommendations, and the inventory's foreword
 * (a draft generated from the fonds history and the figures, then edited). Finishing the job
 * closes it to changes.
 */
import { useEffect, useMemo } from 'react';
import { keptSlips } from './print-jobs';
import { Alert, Button, Card, Col, Form, Input, Row, Space, Typography } from 'antd';
import { Confirm } from '../../components/Confirm';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { ProcessingJob } from '../../core/dossiers/types';
import { formatDecimal, isoDate, parseDecimal } from '../../core/format';
import { forewordDraft } from '../../core/processing/job';
import { finalReport, proposedKeptMetres } from '../../core/processing/report';
import { filedHeadingLines } from '../../core/processing/scheme';
import { DISCARD_REASONS, type DiscardReason } from '../../core/processing/types';
import { useDb, useSession } from '../../db/context';
import { getMetresPerBox } from '../../db/repositories/dossier-repository';
import { processingPrintData, saveReport, setStage } from '../../db/repositories/processing-repository';
import { Field } from '../registers/entry-inputs';
import { useAction } from './useAction';
import { useDraft } from '../../hooks/useDraft';

/** The report's fields that are figures. */
const FIGURES: readonly string[] = ['kept', ...DISCARD_REASONS];

type Values = { kept: string; problems: string; foreword: string } & Record<DiscardReason, string>;

export function ReportPanel({ job }: { job: ProcessingJob }) {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const session = useSession();
  const { run, errors } = useAction();
  const data = useLiveQuery(async () => ({ print: await processingPrintData(db, job.id), perBox: await getMetresPerBox(db) }), [db, job.id, job.clock]);
  const num = (n: number | undefined) => (n === undefined ? '' : formatDecimal(n, i18n.language));
  /** A figure of the report as saved (not as shown: rounded to two decimals). */
  const savedFigure = (k: keyof Values) => (k === 'kept' ? job.keptMetres : job.discardedByReason?.[k as DiscardReason]);
  /** The report as saved on the job. */
  const savedValues = (): Values => ({ kept: num(job.keptMetres), problems: job.problems ?? '', foreword: job.foreword ?? '', expired: num(job.discardedByReason?.expired), duplicate: num(job.discardedByReason?.duplicate), 'no-value': num(job.discardedByReason?.['no-value']), other: num(job.discardedByReason?.other) });
  // Kept as a draft while typed: leaving the tab or the page lost the problems and the foreword typed and not saved.
  // The saved report when the panel opens (later saves are what is on screen already).
  const initial = useMemo(savedValues, [job.id]);
  const form = useDraft<Values>(`processing-report:${job.id}`, initial);
  const v = form.value;
  const setV = (next: Values | ((x: Values) => Values)) => form.update(typeof next === 'function' ? next(form.read()) : next);
  const report = data ? finalReport(job, data.print.slips, data.print.boxes) : undefined;
  const proposed = report && data ? proposedKeptMetres(report.boxes, data.perBox) : undefined;
  const restoring = form.restored === 'pending';
  useEffect(() => {
    // Only the first proposal fills an empty field, once a kept draft is read (filled before, it would count as typed and hide the draft).
    if (!restoring && proposed !== undefined && !v.kept) setV((x) => ({ ...x, kept: num(proposed) }));
  }, [proposed, restoring]);
  const readOnly = job.stage === 'done';
  const metres = (s: string) => parseDecimal(s) ?? 0;
  const save = async () => {
    const saved = await run(
      () => saveReport(db, session, job.id, { keptMetres: parseDecimal(v.kept) ?? -1, discardedByReason: Object.fromEntries(DISCARD_REASONS.filter((r) => v[r].trim()).map((r) => [r, metres(v[r])])), problems: v.problems, foreword: v.foreword }, isoDate(new Date())),
      () => t('processing.reportSaved'),
    );
    if (saved) await form.discard();
    return saved;
  };
  /** A figure on screen, if it reads as one (an unreadable one is marked at its field on saving). */
  const readable = (s: string) => {
    const n = parseDecimal(s);
    return n !== undefined && Number.isFinite(n) ? n : undefined;
  };
  const discardedOnScreen = DISCARD_REASONS.every((r) => !v[r].trim() || readable(v[r]) !== undefined) ? Math.round(DISCARD_REASONS.reduce((s, r) => s + (readable(v[r]) ?? 0), 0) * 100) / 100 : undefined;
  const draft = () => {
    if (!data || !report) return;
    const headings = filedHeadingLines(job.scheme ?? [], keptSlips(data.print).map((s) => s.classId));
    // The figures as typed on screen, saved or not yet (the draft is written from what the clerk sees).
    const figures = { ...report, keptMetres: readable(v.kept) ?? report.keptMetres, discardedMetres: discardedOnScreen ?? report.discardedMetres };
    setV({ ...v, foreword: forewordDraft({ unitName: data.print.unit.name, fondsName: data.print.fonds.name, fondsHistory: data.print.fonds.history, job, report: figures, headings, metres: (n) => formatDecimal(n, 'vi') }) });
  };
  // Only when every figure reads as one: "NaN m" said nothing about which field was wrong.
  const kept = v.kept.trim() ? readable(v.kept) : 0;
  const unaccounted = report && kept !== undefined && discardedOnScreen !== undefined ? Math.round((job.receivedMetres - kept - discardedOnScreen) * 100) / 100 : 0;
  const saved = savedValues();
  // Figures compared as figures ("0,125" is shown back as "0,13", "11.5" as "11,5": the same, saved), texts as typed.
  const differs = (k: keyof Values) => (FIGURES.includes(k) ? (v[k].trim() ? parseDecimal(v[k]) : undefined) !== savedFigure(k) : v[k].trim() !== saved[k].trim());
  const unsaved = (Object.keys(saved) as (keyof Values)[]).some(differs);
  /** What finishing would leave as it is, said in its confirmation (it named none of it, and the job was locked with them). */
  const finishNotes = [
    ...(unsaved ? [t('processing.finishUnsaved')] : []),
    ...(unaccounted !== 0 ? [t('processing.finishUnaccounted', { metres: num(unaccounted) })] : []),
    ...(!v.foreword.trim() ? [t('processing.finishNoForeword')] : []),
  ];
  const finish = async () => {
    // What is on screen is saved first: the job is finished with it, never without it.
    if (unsaved && !(await save())) return;
    await run(() => setStage(db, session, job.id, 'done', isoDate(new Date())), () => t('processing.stageSet', { stage: t('processing.stage_done') }));
  };
  return (
    <Card size="small" data-testid="report-panel">
      <Form layout="vertical" component="div">
      <Row gutter={12}>
        <Col xs={12} md={6}>
          <Field label={t('processing.keptMetres')} error={errors.keptMetres}><Input id="r-kept" aria-label={t('processing.keptMetres')} value={v.kept} onChange={(e) => setV({ ...v, kept: e.target.value })} suffix="m" disabled={readOnly} /></Field>
          {proposed !== undefined && data && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('processing.keptProposed', { metres: num(proposed), boxes: report?.boxes ?? 0, perBox: formatDecimal(data.perBox, i18n.language, 3) })}</Typography.Text>}
        </Col>
        {DISCARD_REASONS.map((r) => (
          <Col xs={12} md={4} key={r}><Field label={t('processing.discardedMetres', { reason: t(`processing.reasonShort_${r}`) })} error={errors[`discarded-${r}`]}><Input id={`r-${r}`} aria-label={t('processing.discardedMetres', { reason: t(`processing.reason_${r}`) })} value={v[r]} onChange={(e) => setV({ ...v, [r]: e.target.value })} suffix="m" disabled={readOnly} /></Field></Col>
        ))}
      </Row>
      {unaccounted !== 0 && <Alert type="warning" showIcon title={t('processing.unaccounted', { metres: num(unaccounted) })} style={{ marginBottom: 8 }} />}
      <Field label={t('processing.problems')} error={errors.problems}><Input.TextArea id="r-problems" aria-label={t('processing.problems')} value={v.problems} onChange={(e) => setV({ ...v, problems: e.target.value })} autoSize={{ minRows: 2, maxRows: 6 }} disabled={readOnly} /></Field>
      <Field label={t('processing.foreword')} error={errors.foreword}><Input.TextArea id="r-foreword" aria-label={t('processing.foreword')} value={v.foreword} onChange={(e) => setV({ ...v, foreword: e.target.value })} autoSize={{ minRows: 6, maxRows: 18 }} disabled={readOnly} /></Field>
      {!readOnly && (
        // Kept in sight at the bottom of a short screen, with what it says of the figures on screen (below the foreword it was out of sight).
        <Space wrap className="sticky-actions" data-testid="report-actions">
          <Button onClick={draft} data-testid="foreword-draft">{t('processing.forewordDraft')}</Button>
          <Button type="primary" onClick={() => void save()} data-testid="save-report">{t('processing.saveReport')}</Button>
          {/* What is on screen (the proposed metres filled in, figures typed) prints only once saved: said (it looked entered, and the report printed 0). */}
          {unsaved && <Typography.Text type="warning" data-testid="report-unsaved">{t('processing.reportUnsaved')}</Typography.Text>}
          {/* Finishing closes the job for good: asked first, as closing a fonds is. */}
          <Confirm
            title={t('processing.finishConfirm')}
            description={
              <div data-testid="finish-notes" style={{ maxWidth: 420 }}>
                {finishNotes.map((n) => <Typography.Paragraph key={n} type="warning" style={{ marginBottom: 4 }}>{n}</Typography.Paragraph>)}
                <Typography.Paragraph style={{ marginBottom: 0 }}>{t(unsaved ? 'processing.finishConfirmTextSaving' : 'processing.finishConfirmText')}</Typography.Paragraph>
              </div>
            }
            okText={t('processing.finishJob')}
            cancelText={t('processing.finishBack')}
            okButtonProps={{ danger: true, ...{ 'data-testid': 'finish-job-confirm' } }}
            onConfirm={() => void finish()}
          >
            <Button danger data-testid="finish-job">{t('processing.finishJob')}</Button>
          </Confirm>
        </Space>
      )}
      </Form>
    </Card>
  );
}
