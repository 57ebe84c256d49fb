/**
 * Backlog processing (chỉnh lý tài liệu tồn đọng) from intake to the last label: choose the
 * fonds and the job (a job never mixes fonds), follow its stage, and work through the tabs —
 * intake, classification scheme, slips typed from the keyboard, check and order, numbering
 * and boxes, documents inside dossiers, printed outputs, the final report, and search.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useReturnFocus } from '../../hooks/useReturnFocus';
import { Alert, Button, Card, Select, Space, Steps, Tabs, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { isoDate } from '../../core/format';
import { JOB_STAGES, type JobStage } from '../../core/processing/types';
import type { Dossier } from '../../core/dossiers/types';
import { useDb, useSession } from '../../db/context';
import { workingFonds } from '../../core/duties/fonds';
import { listHeldFonds } from '../../db/repositories/unit-repository';
import { jobsOfFonds, setStage } from '../../db/repositories/processing-repository';
import { countSlips } from '../../db/repositories/slip-repository';
import { ArchiveSearch } from './ArchiveSearch';
import { DocumentsPanel } from './DocumentsPanel';
import { IntakeForm } from './IntakeForm';
import { JobOutputs } from './JobOutputs';
import { JobOverview } from './JobOverview';
import { NumberBoxPanel } from './NumberBoxPanel';
import { OrderPanel } from './OrderPanel';
import { ReportPanel } from './ReportPanel';
import { SchemeEditor } from './SchemeEditor';
import { SlipDrawer } from './SlipDrawer';
import { SlipForm } from './SlipForm';
import { SlipList } from './SlipList';
import { useAction } from './useAction';
import { focusWhenReady } from '../../components/focus';
import { useLiveQueryFor } from '../../hooks/useLiveQueryFor';

/** The cursor in the new job's name, the first thing to type, once its form is drawn. */
const focusNewJobName = () => focusWhenReady(() => document.querySelector<HTMLElement>('[data-testid="new-job-card"] #j-name'));

export function ProcessingPage() {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const fonds = useLiveQuery(async () => (await listHeldFonds(db, session.unitId)).filter((f) => f.unitId === session.unitId), [db, session.unitId]);
  const [fondsChoice, setFondsChoice] = useState<string>();
  const fondsId = fondsChoice ?? (fonds && workingFonds(fonds, session.unitId)?.id) ?? '';
  // Kept with the fonds it was read for (a fonds with jobs read as one without, for a moment, on a change of fonds).
  const jobs = useLiveQueryFor(fondsId, async () => (fondsId ? jobsOfFonds(db, fondsId) : []), [db]);
  // A fonds with no job yet opens on the new job's form, the cursor in its name (it was on the page: typing went nowhere).
  const noJobs = fondsId !== '' && jobs?.length === 0;
  useEffect(() => {
    if (noJobs) focusNewJobName();
  }, [noJobs, fondsId]);
  const [jobChoice, setJobChoice] = useState<string>();
  const [creating, setCreating] = useState(false);
  // While a new job is being taken in, the one open stays chosen: cancelling goes back to it (it went to the newest).
  const job = creating ? undefined : (jobs?.find((j) => j.id === jobChoice) ?? jobs?.[0]);
  const slipCount = useLiveQuery(() => (job ? countSlips(db, job.id) : 0), [db, job?.id]) ?? 0;
  const [tab, setTab] = useState('slips');
  // The slips' tab opened: the cursor in the slip's first field, to type at once (it was on nothing, the clerk clicked "Đề mục" first).
  const openTab = useCallback((key: string) => {
    setTab(key);
    // Once the tab's pane is shown (a field in a hidden pane takes no cursor); up to ten seconds on a loaded PC.
    if (key === 'slips') focusWhenReady(() => {
      const field = document.getElementById('s-class');
      return field?.offsetParent ? field : null;
    }, 200);
  }, []);
  const [selected, setSelected] = useState<Dossier>();
  const [open, setOpen] = useState<Dossier>();
  // Closing a slip opened from a list gives the cursor back to its row: it fell to the page, and ↓ or Enter did nothing.
  const returnFocus = useReturnFocus();
  const openSlip = useCallback((d: Dossier) => {
    returnFocus.remember();
    setOpen(d);
  }, [returnFocus]);
  const { run } = useAction();
  const stageIndex = useMemo(() => JOB_STAGES.indexOf(job?.stage ?? 'intake'), [job?.stage]);
  const done = job?.stage === 'done';

  if (fonds && fonds.length === 0) return <Alert type="warning" showIcon title={t('processing.noFonds')} />;
  const changeStage = (stage: JobStage) => job && !done && void run(() => setStage(db, session, job.id, stage, isoDate(new Date())), () => t('processing.stageSet', { stage: t(`processing.stage_${stage}`) }));
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>{t('processing.title')}</Typography.Title>
      {/* One line at 1366 px (the job's name takes what is left), so the slip form starts higher. */}
      <div className="job-pickers">
        <label>
          {t('processing.fonds')}
          <Select aria-label={t('processing.fonds')} value={fondsId || undefined} onChange={(v: string) => { setFondsChoice(v); setJobChoice(undefined); }} options={(fonds ?? []).map((f) => ({ value: f.id, label: f.number ? `${f.name} (${t('dossiers.fondsNumber', { number: f.number })})` : f.name }))} style={{ width: 'min(300px, 80vw)' }} popupMatchSelectWidth={false} />
        </label>
        {jobs && jobs.length > 0 && (
          <label className="job-pickers-job">
            {t('processing.job')}
            <Select aria-label={t('processing.job')} data-testid="job-select" value={job?.id} onChange={(v: string) => { setJobChoice(v); setCreating(false); }} options={jobs.map((j) => ({ value: j.id, label: `${j.name} — ${t(`processing.stage_${j.stage ?? 'intake'}`)}` }))} popupMatchSelectWidth={false} />
          </label>
        )}
        {/* With no job the form is there already, under the same words: the button is for a further job. */}
        {!noJobs && <Button
          onClick={() => {
            setCreating(true);
            if (job) setJobChoice(job.id);
            // The cursor goes to the new job's name, the first thing to type (it stayed on the button).
            focusNewJobName();
          }}
          data-testid="new-job"
        >{t('processing.newJob')}</Button>}
      </div>
      {!job ? (
        // Started by mistake, a new job goes back to the jobs there (there was no way back but the job list).
        <Card title={t('processing.newJob')} size="small" data-testid="new-job-card" extra={creating && jobs && jobs.length > 0 ? <Button size="small" onClick={() => setCreating(false)} data-testid="new-job-cancel">{t('processing.newJobCancel')}</Button> : undefined}>
          {jobs && jobs.length === 0 && !creating && <Alert type="info" showIcon title={t('processing.noJob')} style={{ marginBottom: 12 }} />}
          {/* A new job goes on to its scheme, the cursor in the box of a new heading (it was left on the page). */}
          {fondsId && <IntakeForm key={`new:${fondsId}`} fondsId={fondsId} onSaved={(j) => { setJobChoice(j.id); setCreating(false); setTab('scheme'); focusWhenReady(() => document.getElementById('scheme-title')); }} />}
        </Card>
      ) : (
        <>
          <Steps size="small" progressDot current={stageIndex} onChange={(i) => changeStage(JOB_STAGES[i]!)} items={JOB_STAGES.map((s) => ({ title: t(`processing.stage_${s}`) }))} data-testid="job-stages" />
          {done && <Alert type="info" showIcon title={t('processing.closedJob')} />}
          <Tabs
            className="tabs-wrap"
            activeKey={tab}
            onChange={openTab}
            items={[
              { key: 'overview', label: t('processing.tabOverview'), children: <JobOverview job={job} /> },
              { key: 'intake', label: t('processing.tabIntake'), children: <IntakeForm key={job.id + job.clock} fondsId={job.fondsId} job={job} readOnly={done} extra={<JobOutputs job={job} only="intake" />} /> },
              { key: 'scheme', label: t('processing.tabScheme'), children: <SchemeEditor job={job} readOnly={done} /> },
              {
                key: 'slips',
                label: t('processing.tabSlips', { count: slipCount }),
                children: (
                  <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                    {!done && <Card size="small"><SlipForm key={job.id} job={job} onOpen={openSlip} /></Card>}
                    <SlipList job={job} selected={selected?.id} onSelect={setSelected} onOpen={openSlip} />
                  </Space>
                ),
              },
              { key: 'order', label: t('processing.tabOrder'), children: <OrderPanel job={job} selected={selected} onSelect={setSelected} onOpen={openSlip} /> },
              { key: 'number', label: t('processing.tabNumber'), children: <NumberBoxPanel job={job} /> },
              { key: 'docs', label: t('processing.tabDocs'), children: <DocumentsPanel job={job} dossier={selected} onPick={setSelected} /> },
              { key: 'outputs', label: t('processing.tabOutputs'), children: <JobOutputs key={job.id} job={job} /> },
              { key: 'report', label: t('processing.tabReport'), children: <ReportPanel job={job} /> },
              { key: 'search', label: t('processing.tabSearch'), children: <ArchiveSearch fondsId={job.fondsId} /> },
            ]}
          />
        </>
      )}
      {open && job && <SlipDrawer job={job} slip={open} onClose={() => { setOpen(undefined); returnFocus.restore(); }} />}
    </Space>
  );
}
