/**
 * At the receiving archive: deposit batches other units sent in their bundles. The archive checks
 * the records on arrival and records the receipt (its own record naming the batch), then prints
 * the handover record with the receipt, or the batch's Mục lục.
 */
import { useState } from 'react';
import { Alert, Button, Card, Col, Form, Input, Row, Space, Table, Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { formatDate, fileSlug, isoDate, typedCount } from '../../core/format';
import { placeOfUnit } from '../../core/unit';
import { conditionSaysFull } from '../../core/duties/deposit';
import { useDb, useSession } from '../../db/context';
import { assertReceiptCancellable, cancelDepositReceipt, correctDepositReceipt, receivedBatches, recordDepositReceipt, type ReceiptInput, type ReceivedBatch } from '../../db/repositories/deposit-repository';
import { batchJobs } from './DepositBatches';
import { showDate, typedDate } from './labels';
import { useAction } from './useAction';
import { useOutputs } from './useOutputs';
import { getUnit, operatorNamed } from '../../db/repositories/unit-repository';
import { Dialog } from '../../components/Dialog';
import { ReasonDialog } from '../../components/ReasonDialog';
import { Field } from '../registers/entry-inputs';
import { useFilledIn } from '../../hooks/useFilledIn';

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
  // Who records it: the operator, with the position the settings give them (left blank, the record printed "Chức vụ:" and nothing).
  const operator = useLiveQuery(() => operatorNamed(db, session.unitId, session.operator), [db, session.unitId, session.operator]);
  const [open, setOpen] = useState<ReceivedBatch>();
  const { v, setV, fill, typed: receiptTyped } = useFilledIn<Values>({ date: '', name: '', position: '', count: '', condition: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [cancel, setCancel] = useState<{ row: ReceivedBatch; reason: string }>();
  if (!rows || (rows.length === 0 && !always)) return null;

  /** A new receipt starts from today, the operator and the batch's own figures; a correction from the receipt as recorded. */
  const start = (r: ReceivedBatch) => {
    setOpen(r);
    setErrors({});
    const was = r.receipt;
    fill(
      was
        ? { date: formatDate(was.receivedDate), name: was.receiverName, position: was.receiverPosition, count: String(was.dossierCount), condition: was.condition }
        : { date: formatDate(isoDate(new Date())), name: session.operator, position: operator?.position ?? '', count: String(r.batch.dossierCount), condition: r.batch.condition },
    );
  };
  const submit = async () => {
    if (!open) return;
    const input: ReceiptInput = { receivedDate: typedDate(v.date), receiverName: v.name, receiverPosition: v.position, dossierCount: typedCount(v.count) ?? -1, condition: v.condition, note: open.receipt?.note ?? '' };
    const was = open.receipt;
    const done = was
      ? await act(() => correctDepositReceipt(db, session, was.id, input), t('deposit.receiptCorrected'), setErrors)
      : await act(() => recordDepositReceipt(db, session, open.batch.id, input), t('deposit.receiptSaved'), setErrors);
    if (done) setOpen(undefined);
  };
  // A file of the batch out on loan is said at once, before a reason is typed for a cancel refused anyway.
  const askCancel = async (row: ReceivedBatch) => {
    const free = await act(async () => {
      await assertReceiptCancellable(db, session.unitId, row.batch.id);
      return true;
    });
    if (free) setCancel({ row, reason: '' });
  };
  const cancelReceipt = async () => {
    const receipt = cancel?.row.receipt;
    if (!receipt) return;
    const done = await act(async () => {
      await cancelDepositReceipt(db, session, receipt.id, cancel.reason);
      return true;
    }, t('deposit.receiptCancelled'));
    if (done) setCancel(undefined);
  };
  const print = async (r: ReceivedBatch, which: 'inventory' | 'handover') => {
    const sender = await getUnit(db, r.batch.unitId);
    const unit = { name: sender?.name ?? r.unitName, parentName: sender?.parentName ?? '', place: placeOfUnit(sender?.name ?? r.unitName) };
    const jobs = await batchJobs(db, r.batch, unit, r.receipt ? { date: r.receipt.receivedDate, name: r.receipt.receiverName, position: r.receipt.receiverPosition, dossierCount: r.receipt.dossierCount, condition: r.receipt.condition } : undefined);
    await out.pdf(jobs[which], `${which === 'inventory' ? 'muc-luc-nop-luu' : 'bien-ban-giao-nhan'}-${fileSlug(r.unitName, 30)}-${r.batch.date}.pdf`);
  };
  // A count other than the batch's is said before saving, as the record will print it (a short count was printed "nhận đủ").
  const typed = open ? typedCount(v.count) : undefined;
  const counted = open && typed !== undefined && typed >= 1 ? typed : undefined;
  const countWarning = open && counted !== undefined && counted !== open.batch.dossierCount
    ? t(counted < open.batch.dossierCount ? 'deposit.countShort' : 'deposit.countOver', { count: counted, total: open.batch.dossierCount, missing: open.batch.dossierCount - counted })
    : undefined;
  // A short count with the state still saying "đủ" (the batch's own words, filled in), not "không đủ": the record would contradict itself.
  const conditionWarning = open && counted !== undefined && counted < open.batch.dossierCount && conditionSaysFull(v.condition)
    ? t('deposit.conditionSaysFull', { missing: open.batch.dossierCount - counted })
    : undefined;
  const item = (key: keyof Values, label: string, span: number, warning?: string) => (
    <Col xs={24} md={span}>
      <Field label={label} error={errors[FIELD[key]]} warning={warning}>
        <Input aria-label={label} value={v[key]} onChange={(e) => setV({ ...v, [key]: e.target.value })} />
      </Field>
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
          {
            title: t('deposit.receipt'),
            key: 'r',
            width: 130,
            render: (_, r) => (
              <>
                {r.receipt ? <Tag color="green">{t('deposit.receivedOn', { date: showDate(r.receipt.receivedDate) })}</Tag> : <Tag color="orange">{t('deposit.notReceived')}</Tag>}
                {r.batch.deleted && <Tag color="red" data-testid="batch-cancelled-by-unit">{t('deposit.cancelledByUnit')}</Tag>}
              </>
            ),
          },
          {
            title: t('common.actions'),
            key: 'a',
            width: 225,
            render: (_, r) => (
              <Space size={4} orientation="vertical" align="start">
                {!r.receipt && <Button size="small" type="primary" onClick={() => start(r)} data-testid="record-receipt">{t('deposit.recordReceipt')}</Button>}
                {r.receipt && (
                  <Space size={4}>
                    {/* The unit cancelled the batch: its receipt is only to be cancelled, nothing printed for it. */}
                    {!r.batch.deleted && <Button size="small" onClick={() => start(r)} data-testid="correct-receipt">{t('deposit.correctReceipt')}</Button>}
                    <Button size="small" danger onClick={() => void askCancel(r)} data-testid="cancel-receipt">{t('deposit.cancelReceipt')}</Button>
                  </Space>
                )}
                {!r.batch.deleted && <Button size="small" onClick={() => void print(r, 'handover')} data-testid="print-received-handover">{t('deposit.printHandover')}</Button>}
                {!r.batch.deleted && <Button size="small" onClick={() => void print(r, 'inventory')}>{t('deposit.printInventory')}</Button>}
              </Space>
            ),
          },
        ]}
      />
      <Dialog open={!!open} width={720} title={open ? t(open.receipt ? 'deposit.correctReceiptTitle' : 'deposit.receiptTitle', { name: open.batch.name, unitName: open.unitName }) : ''} onCancel={() => setOpen(undefined)} typed={receiptTyped} onOk={() => void submit()} okText={t('common.save')} cancelText={t('common.close')} okButtonProps={{ 'data-testid': 'confirm-receipt' } as never} destroyOnHidden>
        <Form layout="vertical" component="div">
          <Row gutter={12}>
            {item('date', t('deposit.receivedDate'), 8)}
            {item('name', t('deposit.receiverName'), 8)}
            {item('position', t('deposit.receiverPosition'), 8)}
            {item('count', t('deposit.countedDossiers'), 8, countWarning)}
            {item('condition', t('deposit.condition'), 16, conditionWarning)}
          </Row>
        </Form>
      </Dialog>
      <ReasonDialog
        open={!!cancel}
        title={t('deposit.cancelReceiptTitle')}
        label={t('deposit.cancelReceiptReason')}
        okText={t('deposit.cancelReceipt')}
        reason={cancel?.reason ?? ''}
        onReason={(reason) => cancel && setCancel({ ...cancel, reason })}
        onCancel={() => setCancel(undefined)}
        onOk={() => void cancelReceipt()}
        okTestId="confirm-cancel-receipt"
      >
        {cancel && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t(cancel.row.batch.deleted ? 'deposit.cancelReceiptHelpGone' : 'deposit.cancelReceiptHelp', { name: cancel.row.batch.name, unitName: cancel.row.unitName })} />}
      </ReasonDialog>
    </Card>
  );
}
