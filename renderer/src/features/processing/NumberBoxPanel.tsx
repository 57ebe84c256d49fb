/**
 * Final numbering (step 13) and boxing (steps 15–17): the inventories for permanent and
 * fixed-term files, numbering in the job's order (refused with the list of slips still
 * unchecked or without sheet counts), packing by sheet capacity, and the shelf place of each
 * box (kho, giá, khoang, tầng) — set for the boxes chosen, and changed when boxes move.
 */
import { useMemo, useState } from 'react';
import { yearsLabel } from '../../core/dossiers/inventory';
import { Alert, App, Button, Card, Col, Empty, Form, Input, Row, Space, Table, Typography } from 'antd';
import { NumberInput } from '../../components/NumberInput';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Box, ProcessingJob } from '../../core/dossiers/types';
import { isoDate } from '../../core/format';
import { useDb, useSession } from '../../db/context';
import { boxFigures, boxJob, jobBoxes, numberAndBoxJob, numberJob, placeBoxes, previewJobNumbering, type ShelfPlace } from '../../db/repositories/processing-repository';
import { boxLabel } from '../dossiers/retention-label';
import { boxPlace } from '../../core/processing/search-text';
import { useAction } from './useAction';
import { namedRowSelection } from '../../components/row-selection';
import { isPlainEnter } from '../../components/keys';
import { confirmIrreversible } from '../../components/Confirm';
import { placeLabels } from './place-labels';
import { expiredSlipsText } from './slip-labels';

const EMPTY_PLACE: ShelfPlace = { store: '', rack: '', bay: '', shelf: '' };
/** Boxes listed a page at a time (a job of 20,000 slips fills a few hundred). */
const BOXES_PER_PAGE = 50;

export function NumberBoxPanel({ job }: { job: ProcessingJob }) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const { run, busy, errors } = useAction();
  const { message, modal } = App.useApp();
  const [permanent, setPermanent] = useState<number | undefined>(job.permanentInventory ?? 1);
  const [fixedTerm, setFixedTerm] = useState<number | undefined>(job.fixedTermInventory ?? 2);
  const [capacity, setCapacity] = useState<number | undefined>(800);
  /** The numbers typed, when every field asked for holds one (else the clerk is told to mend the red one first, and nothing runs). */
  const typed = <T extends (number | undefined)[]>(...values: T): { [K in keyof T]: number } | undefined => {
    if (values.some((v) => v === undefined)) {
      void message.error(t('common.fixNumbers'));
      return undefined;
    }
    return values as { [K in keyof T]: number };
  };
  const boxes = useLiveQuery(() => jobBoxes(db, job.id), [db, job.id]) ?? [];
  // What each box on the page holds (its files, years, sheets), read for the boxes shown.
  const [page, setPage] = useState(1);
  const shown = useMemo(() => boxes.slice((page - 1) * BOXES_PER_PAGE, page * BOXES_PER_PAGE), [boxes, page]);
  const figures = useLiveQuery(() => boxFigures(db, shown), [db, shown]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [place, setPlace] = useState<ShelfPlace>(EMPTY_PLACE);
  const readOnly = job.stage === 'done';
  const rangesText = (ranges: ReadonlyMap<number, { from: number; to: number }>) => [...ranges].map(([inventory, r]) => t('processing.numberedRange', { inventory, from: r.from, to: r.to })).join('; ');
  /**
   * The numbers are for good (written on the slips, the covers, the inventory and the box labels): what they will
   * be is shown first — each inventory's range and what it follows — and done only when confirmed.
   */
  const confirmNumbers = async (inventories: { permanent: number; fixedTerm: number }, withBoxes: boolean, go: () => Promise<unknown>) => {
    const preview = await run(() => previewJobNumbering(db, job.id, inventories, new Date().getFullYear()));
    if (!preview) return;
    // Said before numbers that cannot be taken back: slips not put in order, slips past their retention.
    const { unordered, expired } = preview;
    confirmIrreversible(modal, {
      title: t(withBoxes ? 'processing.numberConfirmBoxTitle' : 'processing.numberConfirmTitle'),
      width: 560,
      content: (
        <div data-testid="number-preview">
          {[...preview.ranges].map(([inventory, r]) => (
            <Typography.Paragraph key={inventory} style={{ marginBottom: 4 }}>
              {t(preview.last.get(inventory) ? 'processing.numberPreviewAfter' : 'processing.numberPreviewNew', { inventory, from: r.from, to: r.to, count: r.count, last: preview.last.get(inventory) ?? 0 })}
            </Typography.Paragraph>
          ))}
          {unordered && <Alert type="warning" showIcon style={{ marginBottom: 8 }} data-testid="number-unordered" title={t('processing.numberUnordered')} />}
          {expired.length > 0 && <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={expiredSlipsText(t, expired)} />}
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>{t('processing.numberConfirmText')}</Typography.Paragraph>
        </div>
      ),
      okText: t('processing.numberConfirmOk'),
      cancelText: t('common.back'),
      okButtonProps: { 'data-testid': 'number-confirm' } as never,
      // The button spins until the numbers are written (the dialog stays until then).
      onOk: () => go(),
    });
  };
  const number = () => {
    const n = typed(permanent, fixedTerm);
    const inventories = n && { permanent: n[0], fixedTerm: n[1] };
    return inventories && confirmNumbers(inventories, false, () => run(() => numberJob(db, session, job.id, inventories, isoDate(new Date())), (ranges) => t('processing.numbered', { ranges: rangesText(ranges) })));
  };
  const numberAndBox = () => {
    const n = typed(permanent, fixedTerm, capacity);
    if (!n) return;
    const inventories = { permanent: n[0], fixedTerm: n[1] };
    return confirmNumbers(inventories, true, () =>
      run(() => numberAndBoxJob(db, session, job.id, inventories, n[2], isoDate(new Date())), (r) => t('processing.numberedAndBoxed', { ranges: rangesText(r.ranges), count: r.boxes.length })),
    );
  };
  const box = () => {
    const n = typed(capacity);
    return n && run(() => boxJob(db, session, job.id, n[0]), (made) => t('processing.boxed', { count: made.length }));
  };
  // A bare number named by its part ("Tầng 3", it read "· 3").
  const labels = placeLabels(t);
  const where = (b: Box) => boxPlace(b, labels);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {!readOnly && (
        <Card size="small">
          <Typography.Paragraph type="secondary">{t('processing.numberHelp')}</Typography.Paragraph>
          <Form layout="inline" component="div">
            <Form.Item label={t('processing.inventoryPermanent')}><NumberInput min={1} max={999} value={permanent} onChange={setPermanent} aria-label={t('processing.inventoryPermanent')} /></Form.Item>
            <Form.Item label={t('processing.inventoryFixedTerm')}><NumberInput min={1} max={999} value={fixedTerm} onChange={setFixedTerm} aria-label={t('processing.inventoryFixedTerm')} /></Form.Item>
            <Space>
              <Button type="primary" loading={busy} onClick={() => void number()} data-testid="number-job">{t('processing.numberButton')}</Button>
              <Button loading={busy} onClick={() => void numberAndBox()} data-testid="number-box-job">{t('processing.numberAndBoxButton')}</Button>
            </Space>
          </Form>
          <Form layout="inline" component="div" style={{ marginTop: 12 }}>
            <Form.Item label={t('processing.boxCapacity')}><NumberInput min={10} max={5000} step={50} value={capacity} onChange={setCapacity} aria-label={t('processing.boxCapacity')} /></Form.Item>
            <Button loading={busy} onClick={() => void box()} data-testid="box-job">{t('processing.boxButton')}</Button>
          </Form>
        </Card>
      )}
      <Card size="small" title={t('processing.boxesTitle', { count: boxes.length })}>
        {boxes.length === 0 ? (
          <Empty description={t('processing.noBoxes')} />
        ) : (
          <>
            {!readOnly && (
              <Row gutter={8} style={{ marginBottom: 8 }} align="bottom">
                {(['store', 'rack', 'bay', 'shelf'] as const).map((k) => (
                  <Col key={k} xs={12} md={4}>
                    <Typography.Text type="secondary">{t(`processing.${k}`)}</Typography.Text>
                    <Input aria-label={t(`processing.${k}`)} status={errors[k] ? 'error' : undefined} value={place[k]} onChange={(e) => setPlace({ ...place, [k]: e.target.value })} onKeyDown={(e) => { if (isPlainEnter(e) && chosen.length) void run(() => placeBoxes(db, session, chosen, place), () => t('processing.placed', { count: chosen.length })); }} />
                  </Col>
                ))}
                <Col xs={24} md={8}>
                  <Button disabled={chosen.length === 0} onClick={() => void run(() => placeBoxes(db, session, chosen, place), () => t('processing.placed', { count: chosen.length }))} data-testid="place-boxes">{t('processing.placeSelected')}</Button>
                </Col>
              </Row>
            )}
            <Table<Box>
              size="small"
              rowKey="id"
              data-testid="job-boxes"
              dataSource={boxes}
              pagination={boxes.length > BOXES_PER_PAGE ? { pageSize: BOXES_PER_PAGE, showSizeChanger: false, current: page, onChange: setPage } : false}
              rowSelection={readOnly ? undefined : namedRowSelection(t, (b) => boxLabel(t, b), { selectedRowKeys: chosen, onChange: (k) => setChosen(k.map(String)) })}
              columns={[
                { title: t('dossiers.box'), key: 'box', width: 140, render: (_, b) => boxLabel(t, b) },
                {
                  title: t('processing.boxFiles'),
                  key: 'files',
                  render: (_, b) => {
                    const f = figures?.get(b.id);
                    if (!f || f.dossierCount === 0) return '';
                    const files = f.fromFile === undefined ? '' : f.fromFile === f.toFile ? t('processing.boxFile', { n: f.fromFile }) : t('processing.boxFileRange', { from: f.fromFile, to: f.toFile });
                    const years = yearsLabel(f, '–');
                    return [files, t('processing.boxCounts', { files: f.dossierCount, sheets: f.sheets }), years].filter(Boolean).join(' · ');
                  },
                },
                { title: t('processing.place'), key: 'place', render: (_, b) => where(b) },
              ]}
            />
          </>
        )}
      </Card>
    </Space>
  );
}
