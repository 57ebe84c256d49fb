/**
 * The classification scheme as a tree the archivist builds from the keyboard: type a heading and
 * Enter (under the heading chosen as parent), Alt+↑ / Alt+↓ on a heading to move it with its
 * sub-headings, Enter to type a sub-heading under it, Delete to remove one no slip uses, rename in place; or copy the major headings
 * of a year's file plan, or the whole scheme of an earlier job. Each change is saved at once.
 */
import { useEffect, useMemo, useRef, useState, type Ref } from 'react';
import { Button, Card, Col, Empty, Form, Input, Row, Select, Space, Typography } from 'antd';
import { Confirm } from '../../components/Confirm';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { formatRetention, parseRetention, RETENTION_SUGGESTIONS } from '../../core/dossiers/rules';
import type { ProcessingJob } from '../../core/dossiers/types';
import { isoDate } from '../../core/format';
import { newId } from '../../core/ids';
import { addNode, copiedWithoutRepeats, copyScheme, entryName, moveNode, removeNode, schemeEntries, schemeFromPlan, updateNode } from '../../core/processing/scheme';
import type { ClassNode } from '../../core/processing/types';
import { useDb, useSession } from '../../db/context';
import { planDossiers } from '../../db/repositories/dossier-repository';
import { planYears } from '../../db/repositories/dossier-list-repository';
import { jobsOfFonds, saveScheme } from '../../db/repositories/processing-repository';
import { Field, SuggestInput } from '../registers/entry-inputs';
import { useAction } from './useAction';
import { AppError } from '../../core/errors';
import { focusWhenReady } from '../../components/focus';
import { isPlainEnter } from '../../components/keys';

export function SchemeEditor({ job, readOnly }: { job: ProcessingJob; readOnly: boolean }) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const { run, errors } = useAction();
  const scheme = useMemo(() => job.scheme ?? [], [job.scheme]);
  const entries = useMemo(() => schemeEntries(scheme), [scheme]);
  const [title, setTitle] = useState('');
  const [code, setCode] = useState('');
  const [retention, setRetention] = useState('');
  const [parent, setParent] = useState<string>('');
  const [planYear, setPlanYear] = useState(new Date().getFullYear());
  // The years with a file plan to copy from, newest first: the box starts on the newest (it started on this year, which may have none).
  // Read when the tab opens, not live: a live read ran again on every slip saved while the tab stayed mounted.
  const [years, setYears] = useState<number[]>();
  useEffect(() => {
    let live = true;
    void planYears(db, job.fondsId).then((y) => live && setYears(y));
    return () => {
      live = false;
    };
  }, [db, job.fondsId]);
  const yearTyped = useRef(false);
  useEffect(() => {
    if (!yearTyped.current && years?.[0] !== undefined) setPlanYear(years[0]);
  }, [years]);
  const [fromJob, setFromJob] = useState<string>();
  const others = useLiveQuery(async () => (await jobsOfFonds(db, job.fondsId)).filter((j) => j.id !== job.id && (j.scheme?.length ?? 0) > 0), [db, job.fondsId, job.id]) ?? [];
  /**
   * An edit of the scheme as stored, applied inside its write (a heading renamed, then one added at once: the second wrote
   * the screen's stale copy over the first, and the tree went on showing the name that was lost).
   */
  const store = (edit: (stored: readonly ClassNode[]) => readonly ClassNode[], ok?: string) => run(() => saveScheme(db, session, job.id, edit, isoDate(new Date())), ok ? () => ok : undefined);

  /** What the new heading's boxes hold that cannot be taken: a period that does not read as one, a code another heading has. */
  const [marks, setMarks] = useState<{ code?: string; retention?: string }>({});
  const add = async () => {
    if (!title.trim()) return;
    const r = retention.trim() ? parseRetention(retention) : undefined;
    const typedCode = code.trim();
    const taken = typedCode ? entries.find((e) => (e.node.code ?? '').toLocaleLowerCase('vi') === typedCode.toLocaleLowerCase('vi')) : undefined;
    const next = {
      ...(taken ? { code: t('processing.schemeCodeTaken', { code: typedCode, heading: entryName(taken) }) } : {}),
      ...(retention.trim() && r === undefined ? { retention: t('processing.schemeRetentionInvalid') } : {}),
    };
    setMarks(next);
    // Refused (nothing saved): the cursor to the first box to correct.
    if (next.code || next.retention) {
      document.getElementById(next.code ? 'scheme-code' : 'scheme-retention')?.focus();
      return;
    }
    const node: ClassNode = { id: newId(), title, ...(parent ? { parentId: parent } : {}), ...(typedCode ? { code: typedCode } : {}), ...(r !== undefined ? { retention: r } : {}) };
    if (await store((stored) => addNode(stored, node))) {
      setTitle('');
      setCode('');
      setRetention('');
      // The next heading is typed in the heading's box, wherever Enter was pressed (it stayed in the
      // period's box, and the Tabs that followed reached the copy buttons).
      document.getElementById('scheme-title')?.focus();
    }
  };
  /** A copy onto headings already there asks first (copied twice, every heading would be there twice) — unless there is nothing to copy, said at once. */
  const copyButton = (onCopy: () => Promise<unknown>, disabled: boolean, testId?: string, nothing = false, ref?: Ref<HTMLButtonElement>) =>
    scheme.length > 0 && !nothing ? (
      <Confirm title={t('processing.schemeCopyConfirm', { count: scheme.length })} okText={t('processing.schemeCopy')} cancelText={t('processing.finishBack')} onConfirm={() => void onCopy()}>
        <Button ref={ref} disabled={disabled} data-testid={testId}>{t('processing.schemeCopy')}</Button>
      </Confirm>
    ) : (
      <Button ref={ref} onClick={() => void onCopy()} disabled={disabled} data-testid={testId}>{t('processing.schemeCopy')}</Button>
    );
  // The year has dossiers made from the file plan (a backlog job's own are not a plan's headings): one of the years read.
  const hasPlan = years?.includes(planYear);
  const planButton = useRef<HTMLButtonElement>(null);
  const copyPlan = async () => {
    const plan = await planDossiers(db, job.fondsId, planYear);
    const copied = schemeFromPlan(plan, newId);
    // A year with no plan (or mistyped, 20255) says so; it said "Đã sao 0 đề mục." in green.
    // …and names the years that have one.
    const have = years?.length ? t('processing.planYearsAre', { years: years.slice(0, 12).join(', ') }) : t('processing.planYearsNone');
    if (copied.length === 0) return void run(() => Promise.reject(new AppError('processing.planEmpty', { year: planYear, years: have })));
    await storeCopied(copied);
  };
  /** Copied onto the headings there: those already there are not added twice (said how many). */
  const storeCopied = async (copied: readonly ClassNode[]) => {
    const merged = copiedWithoutRepeats(scheme, copied);
    await store((stored) => copiedWithoutRepeats(stored, copied).scheme, t(merged.repeated > 0 ? 'processing.schemeCopiedSome' : 'processing.schemeCopied', { count: merged.added, repeated: merged.repeated }));
  };
  const copyJob = async () => {
    const other = others.find((j) => j.id === fromJob);
    if (!other?.scheme) return;
    await storeCopied(copyScheme(other.scheme, newId));
  };
  const parents = entries.filter((e) => e.depth < 2);
  /** Removes a heading; the cursor goes to the heading now in its place, else the one before (it fell to the page). */
  const remove = (id: string) => {
    const at = entries.findIndex((x) => x.node.id === id);
    void store((stored) => removeNode(stored, id)).then(() =>
      focusWhenReady(() => {
        const rows = [...document.querySelectorAll<HTMLElement>('[data-testid="scheme-tree"] [role="treeitem"]')];
        // Still listed: not removed yet (or refused, the cursor left where it is).
        if (rows.some((r) => r.dataset.id === id)) return null;
        return rows[Math.min(at, rows.length - 1)];
      }),
    );
  };
  /** A sub-heading is typed next under `id`: chosen as the parent, the cursor in the new heading's box. */
  const addUnder = (id: string) => {
    setParent(id);
    document.getElementById('scheme-title')?.focus();
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="scheme-editor">
      {!readOnly && (
        <Card size="small">
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{t('processing.schemeHelp')}</Typography.Paragraph>
          {/* Labels above their boxes (outside a vertical form they sat beside them, and at 1024 px the code and period boxes were a few pixels wide). */}
          <Form layout="vertical" component="div">
          <Row gutter={12} onKeyDown={(e) => { if (isPlainEnter(e)) { e.preventDefault(); void add(); } }}>
            <Col xs={24} md={8}>
              <Field label={t('processing.addChild')}>
                <Select aria-label={t('processing.addChild')} value={parent} onChange={setParent} options={[{ value: '', label: '—' }, ...parents.map((e) => ({ value: e.node.id, label: entryName(e) }))]} />
              </Field>
            </Col>
            <Col xs={24} md={8}><Field label={t('processing.schemeNew')} error={errors.scheme}><Input id="scheme-title" aria-label={t('processing.schemeNew')} value={title} onChange={(e) => setTitle(e.target.value)} autoComplete="off" autoFocus={scheme.length === 0} /></Field></Col>
            <Col xs={8} md={3}><Field label={t('processing.schemeCode')} error={marks.code}><Input id="scheme-code" aria-label={t('processing.schemeCode')} value={code} onChange={(e) => { setCode(e.target.value); setMarks((m) => ({ ...m, code: undefined })); }} autoComplete="off" /></Field></Col>
            <Col xs={16} md={5}><Field label={t('processing.schemeRetention')} error={marks.retention}><SuggestInput id="scheme-retention" ariaLabel={t('processing.schemeRetention')} value={retention} firstWhenBegun onChange={(x) => { setRetention(x); setMarks((m) => ({ ...m, retention: undefined })); }} options={RETENTION_SUGGESTIONS} /></Field></Col>
          </Row>
          </Form>
          <Space wrap>
            <Typography.Text>{t('processing.schemeFromPlan')}</Typography.Text>
            {/* Enter copies, as the button does (asking first when there are headings already): it did nothing. */}
            <Input aria-label={t('processing.schemeFromPlan')} style={{ width: 90 }} value={String(planYear)} onChange={(e) => { yearTyped.current = true; setPlanYear(Number(e.target.value) || planYear); }} onPressEnter={() => planButton.current?.click()} />
            {copyButton(copyPlan, false, 'scheme-from-plan', hasPlan === false, planButton)}
            {others.length > 0 && (
              <>
                <Typography.Text>{t('processing.schemeFromJob')}</Typography.Text>
                <Select aria-label={t('processing.schemeFromJob')} style={{ minWidth: 260 }} value={fromJob} onChange={setFromJob} options={others.map((j) => ({ value: j.id, label: j.name }))} />
                {copyButton(copyJob, !fromJob)}
              </>
            )}
          </Space>
        </Card>
      )}
      <Card size="small">
        {entries.length === 0 ? (
          <Empty description={t('processing.schemeEmpty')} />
        ) : (
          <div role="tree" data-testid="scheme-tree">
            {entries.map((e) => (
              <div
                key={e.node.id}
                role="treeitem"
                data-id={e.node.id}
                tabIndex={0}
                aria-level={e.depth + 1}
                className="entry-row"
                style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '4px 8px', paddingLeft: 8 + e.depth * 28 }}
                onKeyDown={(k) => {
                  if (readOnly) return;
                  if (k.altKey && (k.key === 'ArrowUp' || k.key === 'ArrowDown')) {
                    k.preventDefault();
                    void store((stored) => moveNode(stored, e.node.id, k.key === 'ArrowUp' ? 'up' : 'down'));
                    return;
                  }
                  // Keys typed in the heading's name box are the box's: Delete there removes a letter, not the heading.
                  if (k.target !== k.currentTarget) return;
                  if (k.key === 'Delete') remove(e.node.id);
                  else if (k.key === 'Enter' && e.depth < 2) {
                    k.preventDefault();
                    addUnder(e.node.id);
                  }
                }}
              >
                <Typography.Text strong={e.depth === 0} style={{ minWidth: 48 }}>{e.label}</Typography.Text>
                {readOnly ? (
                  <span style={{ flex: 1 }}>{e.node.title}</span>
                ) : (
                  <Input variant="borderless" defaultValue={e.node.title} style={{ flex: 1, fontWeight: e.depth === 0 ? 600 : 400 }} aria-label={e.node.title} onBlur={(x) => { if (x.target.value.trim() && x.target.value !== e.node.title) { const title = x.target.value; void store((stored) => updateNode(stored, e.node.id, { title })); } }} onKeyDown={(x) => { if (isPlainEnter(x)) (x.target as HTMLInputElement).blur(); }} />
                )}
                {e.node.code && <Typography.Text type="secondary">{e.node.code}</Typography.Text>}
                {e.node.retention !== undefined && <Typography.Text type="secondary">{formatRetention(e.node.retention)}</Typography.Text>}
                {!readOnly && (
                  <Space size={2}>
                    <Button size="small" onClick={() => void store((stored) => moveNode(stored, e.node.id, 'up'))} aria-label={t('processing.up')}>↑</Button>
                    <Button size="small" onClick={() => void store((stored) => moveNode(stored, e.node.id, 'down'))} aria-label={t('processing.down')}>↓</Button>
                    <Button size="small" onClick={() => addUnder(e.node.id)} disabled={e.depth >= 2}>{t('processing.addChild')}</Button>
                    <Button size="small" danger onClick={() => remove(e.node.id)}>{t('processing.remove')}</Button>
                  </Space>
                )}
              </div>
            ))}
          </div>
        )}
      </Card>
    </Space>
  );
}
