/**
 * Checking the slips (step 8) and ordering them (hệ thống hóa, steps 9–10): mark slips checked
 * (all at once, or one by one with Space in the list), choose one of the four orders of §5.4,
 * preview what would move, apply it; then move slips by keyboard inside their heading
 * (Alt+↑/↓) or to another heading.
 */
import { useMemo, useRef, useState } from 'react';
import { focusWhenReady } from '../../components/focus';
import { Alert, Button, Card, Checkbox, List, Select, Space, Typography } from 'antd';
import { Confirm } from '../../components/Confirm';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { NUMBERING_ORDERS, type NumberingOrder } from '../../core/dossiers/inventory';
import type { Dossier, ProcessingJob } from '../../core/dossiers/types';
import type { OrderPreview } from '../../core/processing/ordering';
import { entryName, schemeEntries } from '../../core/processing/scheme';
import { useDb, useSession } from '../../db/context';
import { applyJobOrder, moveSlipToHeading, previewJobOrder } from '../../db/repositories/processing-repository';
import { checkFigures, setChecked, slipsByIds } from '../../db/repositories/slip-repository';
import { SlipList } from './SlipList';
import { expiredSlipsText } from './slip-labels';
import { useAction } from './useAction';

export function OrderPanel({ job, selected, onSelect, onOpen }: { job: ProcessingJob; selected?: Dossier; onSelect: (d: Dossier) => void; onOpen: (d: Dossier) => void }) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const { run, busy } = useAction();
  const figures = useLiveQuery(() => checkFigures(db, job.id, new Date().getFullYear()), [db, job.id]);
  const [order, setOrder] = useState<NumberingOrder>('heading-time');
  const [ascending, setAscending] = useState(false);
  const [preview, setPreview] = useState<{ p: OrderPreview; first: Dossier[] }>();
  const readOnly = job.stage === 'done';
  const headings = useMemo(() => new Map(schemeEntries(job.scheme ?? []).map((e) => [e.node.id, entryName(e)])), [job.scheme]);
  const how = { order, retentionAscending: ascending };
  const doPreview = async () => {
    const p = await run(() => previewJobOrder(db, job.id, how));
    if (p) setPreview({ p, first: await slipsByIds(db, p.ids.slice(0, 10)) });
  };
  const panel = useRef<HTMLDivElement>(null);
  /** After the new order is applied, the cursor on the first slip of the list (it fell to the page with the disabled button). */
  const toFirstSlip = (first: string | undefined) =>
    // The slip the new order puts first, once the list shows it there (before, the old first row was still on the page).
    focusWhenReady(() => panel.current?.querySelector<HTMLElement>(first ? `[data-testid="slip-row"][data-slip-id="${CSS.escape(first)}"][data-position="1"]` : '[data-testid="slip-row"]'));
  return (
    <div ref={panel}>
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {!readOnly && (
        <Card size="small">
          <Space wrap>
            <Typography.Text data-testid="check-figures">{figures ? t('processing.checkedCount', { checked: figures.checked, total: figures.total - figures.discarded, discarded: figures.discarded }) : ''}</Typography.Text>
            {/* Every slip at once is the archivist's word that each was compared with its papers: asked first. */}
            <Confirm
              title={t('processing.checkAllConfirm', { count: figures?.unchecked.length ?? 0 })}
              okText={t('processing.checkAllOk')}
              cancelText={t('common.back')}
              okButtonProps={{ 'data-testid': 'check-all-ok' } as never}
              onConfirm={() => figures && void run(() => setChecked(db, session, job.id, figures.unchecked, true), () => t('processing.checkedDone', { count: figures.unchecked.length }))}
              disabled={!figures?.unchecked.length}
            >
              <Button disabled={!figures?.unchecked.length} data-testid="check-all">{t('processing.checkAll')}</Button>
            </Confirm>
          </Space>
          {figures && figures.expired.length > 0 && (
            <Alert
              style={{ marginTop: 8 }}
              type="warning"
              showIcon
              data-testid="slips-expired"
              title={expiredSlipsText(t, figures.expired)}
            />
          )}
        </Card>
      )}
      {!readOnly && (
        <Card size="small">
          <Space wrap>
            <label>{t('processing.orderScheme')} <Select aria-label={t('processing.orderScheme')} value={order} onChange={(o) => { setOrder(o); setPreview(undefined); }} style={{ minWidth: 260 }} options={NUMBERING_ORDERS.map((o) => ({ value: o, label: t(`processing.order_${o.replace(/-/g, '_')}`) }))} /></label>
            {order.startsWith('retention') && <Checkbox checked={ascending} onChange={(e) => { setAscending(e.target.checked); setPreview(undefined); }}>{t('processing.retentionAscending')}</Checkbox>}
            <Button onClick={() => void doPreview()} loading={busy} data-testid="order-preview">{t('processing.preview')}</Button>
            <Button type="primary" disabled={!preview} onClick={() => void run(() => applyJobOrder(db, session, job.id, how), (n) => t('processing.ordered', { count: n })).then(() => { const first = preview?.p.ids[0]; setPreview(undefined); toFirstSlip(first); })} data-testid="order-apply">{t('processing.applyOrder')}</Button>
          </Space>
          {preview && (
            <List
              size="small"
              data-testid="order-preview-list"
              header={t(preview.p.ids.length > preview.first.length ? 'processing.previewResult' : 'processing.previewResultAll', { moved: preview.p.moved, total: preview.p.ids.length, shown: preview.first.length })}
              dataSource={preview.first}
              // Each slip under its own heading (sub-heading included, "I.1. Quyết định…", not only "I. Tổng hợp"),
              // and a slip set aside to discard says so (it keeps a place in the order but takes no number).
              renderItem={(d, i) => (
                <List.Item>{`${i + 1}. (${t('processing.slipNumber', { number: d.tempNumber })}) ${(d.classId && headings.get(d.classId)) || d.heading} — ${d.title}${d.discardReason ? ` (${t('processing.discardTag', { reason: t(`processing.reason_${d.discardReason}`) })})` : ''}`}</List.Item>
              )}
            />
          )}
        </Card>
      )}
      {!readOnly && selected && (
        <Space wrap>
          <Typography.Text>{t('processing.moveTo')} ({t('processing.slipNumber', { number: selected.tempNumber })})</Typography.Text>
          <Select style={{ minWidth: 320 }} aria-label={t('processing.moveTo')} value={selected.classId} onChange={(c: string) => void run(() => moveSlipToHeading(db, session, job.id, selected.id, c), () => t('processing.moved'))} options={schemeEntries(job.scheme ?? []).map((e) => ({ value: e.node.id, label: entryName(e) }))} />
        </Space>
      )}
      <SlipList job={job} selected={selected?.id} onSelect={onSelect} onOpen={onOpen} movable={!readOnly} />
    </Space>
    </div>
  );
}
