/**
 * At the receiving archive: deposit batches other units sent in their bundles. The archive checks
 * the records on arrival and records the receipt (its own record naming the batch), then prints
 * the handover record with the receipt, or the batch's Mục lục.
 */
import { useState } from 'react';
import { Button, Card, Col, Form, Input, Row, Space, Table, Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { formatDate, fileSlug, isoDate, typedCount } from '../../core/format';
import { placeOfUnit } from '../../core/unit';
import { useDb, useSession } from '../../db/context';
import { receivedBatches, recordDepositReceipt, type ReceivedBatch } from '../../db/repositories/deposit-repository';
import { batchJobs } from './DepositBatches';
import { showDate, typedDate } from './labels';
import { useAction } from './useAction';
import { useOutputs } from './useOutputs';
import { getUnit } from '../../db/repositories/unit-repository';
import { Dialog } from '../../components/Dialog';

type Values = { date: string; name: string; position: string; count: string; condition: string };
/** The receipt field each input fills (validation names those). */
const FIELD: Record<keyof Values, string> = { date: 'receivedDate', name: 'receiverName', position: 'receiverPosition', count: 'dossierCount', condition: 'condition' };

/** `always`: shown when empty too, saying where deposits appear (an archive's tab starts with it); else only once one came. */
export function ReceivedDeposits({ always = false }: { readonly always?: boolean }) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const act = useAction();
  const out = useOutputs();
  const rows = useLiveQuery(() => receivedBatches(db, session.unitId), [db, session.unitId]);
  const [open, setOpen] = useState<ReceivedBatch>();
  const [v, setV] = useState<Values>({ date: '', name: '', position: '', count: '', condition: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (!rows || (rows.length === 0 && !always)) return null;

  const start = (r: ReceivedBatch) => {
    setOpen(r);
    setErrors({});
    setV({ date: formatDate(isoDate(new Date())), name: session.operator, position: '', count: String(r.batch.dossierCount), condition: r.batch.condition });
  };
  const submit = async () => {
    if (!open) return;
    const count = typedCount(v.count) ?? -1;
    const done = await act(() => recordDepositReceipt(db, session, open.batch.id, { receivedDate: typedDate(v.date), receiverName: v.name, receiverPosition: v.position, dossierCount: count, condition: v.condition, note: '' }), t('deposit.receiptSaved'), setErrors);
    if (done) setOpen(undefined);
  };
  const print = async (r: ReceivedBatch, which: 'inventory' | 'handover') => {
    const sender = await getUnit(db, r.batch.unitId);
    const unit = { name: sender?.name ?? r.unitName, parentName: sender?.parentName ?? '', place: placeOfUnit(sender?.name ?? r.unitName) };
    const jobs = await batchJobs(db, r.batch, unit, r.receipt ? { date: r.receipt.receivedDate, name: r.receipt.receiverName, position: r.receipt.receiverPosition, dossierCount: r.receipt.dossierCount, condition: r.receipt.condition } : undefined);
    await out.pdf(jobs[which], `${which === 'inventory' ? 'muc-luc-nop-luu' : 'bien-ban-giao-nhan'}-${fileSlug(r.unitName, 30)}-${r.batch.date}.pdf`);
  };
  // A count other than the batch's is said before saving, as the record will print it (a short count was printed "nhận đủ").
  const counted = open ? typedCount(v.count) : undefined;
  const countWarning = open && counted !== undefined && counted >= 0 && counted !== open.batch.dossierCount
    ? t(counted < open.batch.dossierCount ? 'deposit.countShort' : 'deposit.countOver', { count: counted, total: open.batch.dossierCount, missing: open.batch.dossierCount - counted })
    : undefined;
  const item = (key: keyof Values, label: string, span: number, warning?: string) => (
    <Col xs={24} md={span}>
      <Form.Item label={label} validateStatus={errors[FIELD[key]] ? 'error' : warning ? 'warning' : undefined} help={errors[FIELD[key]] ?? warning} style={{ marginBottom: 8 }}>
        <Input aria-label={label} value={v[key]} onChange={(e) => setV({ ...v, [key]: e.target.value })} />
      </Form.Item>
    </Col>
  );
  return (
    <Card size="small" title={t('deposit.receivedTitle')}>
      <Table<ReceivedBatch>
        size="small"
        rowKey={(r) => r.batch.id}
        data-testid="received-batches"
        tableLayout="fixed"
        // Fits 1024 px with the menu folded (at 1150 its buttons were cut: "In Biên…").
        scroll={{ x: 890 }}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('deposit.receivedNone') }}
        columns={[
          { title: t('deposit.fromUnit'), dataIndex: 'unitName', width: 170 },
          { title: t('deposit.date'), key: 'd', width: 100, render: (_, r) => showDate(r.batch.date) },
          { title: t('deposit.name'), key: 'n', render: (_, r) => r.batch.name },
          { title: t('deposit.figures'), key: 'f', width: 120, render: (_, r) => t('deposit.figuresShort', { dossiers: r.batch.dossierCount, boxes: r.batch.boxCount }) },
          { title: t('deposit.receipt'), key: 'r', width: 130, render: (_, r) => (r.receipt ? <Tag color="green">{t('deposit.receivedOn', { date: showDate(r.receipt.receivedDate) })}</Tag> : <Tag color="orange">{t('deposit.notReceived')}</Tag>) },
          {
            title: t('common.actions'),
            key: 'a',
            width: 225,
            render: (_, r) => (
              <Space size={4} orientation="vertical" align="start">
                {!r.receipt && <Button size="small" type="primary" onClick={() => start(r)} data-testid="record-receipt">{t('deposit.recordReceipt')}</Button>}
                <Button size="small" onClick={() => void print(r, 'handover')} data-testid="print-received-handover">{t('deposit.printHandover')}</Button>
                <Button size="small" onClick={() => void print(r, 'inventory')}>{t('deposit.printInventory')}</Button>
              </Space>
            ),
          },
        ]}
      />
      <Dialog open={!!open} width={720} title={open ? t('deposit.receiptTitle', { name: open.batch.name, unitName: open.unitName }) : ''} onCancel={() => setOpen(undefined)} onOk={() => void submit()} okText={t('common.save')} okButtonProps={{ 'data-testid': 'confirm-receipt' } as never} destroyOnHidden>
        <Form layout="vertical" component="div">
          <Row gutter={12}>
            {item('date', t('deposit.receivedDate'), 8)}
            {item('name', t('deposit.receiverName'), 8)}
            {item('position', t('deposit.receiverPosition'), 8)}
            {item('count', t('deposit.countedDossiers'), 8, countWarning)}
            {item('condition', t('deposit.condition'), 16)}
          </Row>
        </Form>
      </Dialog>
    </Card>
  );
}
