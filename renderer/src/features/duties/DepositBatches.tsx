/**
 * The deposit batches this unit made: print the Mục lục hồ sơ, tài liệu nộp lưu (PL V.III) and
 * the Biên bản giao nhận (PL V.V), each in two copies; send the batch to the receiving archive as
 * a signed bundle (a full export: the batch travels with its dossiers); cancel a batch made by
 * mistake.
 */
import { useState } from 'react';
import { App, Button, Card, Space, Table } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { inventoryRows } from '../../core/dossiers/inventory';
import type { DepositBatch } from '../../core/duties/types';
import { depositInventoryHeader } from '../../core/duties/deposit';
import { fileSlug, formatDecimal } from '../../core/format';
import { useDb, useSession } from '../../db/context';
import { batchDossiers, cancelDepositBatch, listBatches } from '../../db/repositories/deposit-repository';
import { errorMessage } from '../../i18n';
import { usePlatform } from '../../platform/context';
import { exchangeClient } from '../exchange/exchange-client';
import { dateOf, showDate } from './labels';
import { useAction } from './useAction';
import { useFormUnit, useOutputs, type FormUnit } from './useOutputs';
import { ReasonDialog } from '../../components/ReasonDialog';
import { nextMessageKey } from '../../components/one-message';

/** The print jobs of a batch, shared with the receiving archive's view. */
export async function batchJobs(db: Parameters<typeof batchDossiers>[0], batch: DepositBatch, unit: FormUnit, received?: { date: string; name: string; position?: string; dossierCount: number; condition: string }) {
  const dossiers = await batchDossiers(db, batch.id);
  const sorted = [...dossiers].sort((a, b) => (a.inventoryNumber ?? 0) - (b.inventoryNumber ?? 0) || (a.fileNumber ?? 0) - (b.fileNumber ?? 0));
  const header = depositInventoryHeader(batch.giverUnit, unit);
  const inventory = { kind: 'deposit-inventory' as const, input: { unit: header, ...(batch.fromYear !== undefined ? { fromYear: batch.fromYear } : {}), ...(batch.toYear !== undefined ? { toYear: batch.toYear } : {}), sections: [{ heading: '', rows: inventoryRows(sorted, []) }], date: dateOf(batch.date), preparer: batch.giverName } };
  const handover = {
    kind: 'deposit-handover' as const,
    input: {
      unit,
      date: dateOf(batch.date),
      number: batch.number,
      basis: batch.basis,
      giver: { unit: batch.giverUnit, name: batch.giverName, position: batch.giverPosition },
      receiver: { archive: batch.receiverArchive, name: batch.receiverName, position: batch.receiverPosition },
      batchName: batch.name,
      ...(batch.fromYear !== undefined ? { fromYear: batch.fromYear } : {}),
      ...(batch.toYear !== undefined ? { toYear: batch.toYear } : {}),
      boxCount: batch.boxCount,
      dossierCount: batch.dossierCount,
      metres: batch.metres,
      condition: batch.condition,
      ...(received ? { received: { date: dateOf(received.date), name: received.name, position: received.position ?? '', dossierCount: received.dossierCount, condition: received.condition } } : {}),
    },
  };
  return { inventory, handover };
}

export function DepositBatches() {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const session = useSession();
  const platform = usePlatform();
  const { message } = App.useApp();
  const act = useAction();
  const unit = useFormUnit();
  const out = useOutputs();
  const batches = useLiveQuery(() => listBatches(db, session.unitId), [db, session.unitId]) ?? [];
  const [sending, setSending] = useState(false);
  const [cancel, setCancel] = useState<{ batch: DepositBatch; reason: string }>();

  const print = async (batch: DepositBatch, which: 'inventory' | 'handover') => {
    const jobs = await batchJobs(db, batch, unit);
    const slug = fileSlug(batch.name, 40);
    await out.pdf(jobs[which], which === 'inventory' ? `muc-luc-nop-luu-${slug}.pdf` : `bien-ban-giao-nhan-${slug}.pdf`);
  };
  const send = async () => {
    setSending(true);
    try {
      const r = await exchangeClient().exportBundle('full', session.operator);
      for (const f of r.files) await platform.saveFile({ suggestedName: f.name, filters: [{ name: t('exchange.bundleFiles'), extensions: ['json'] }], data: f.data });
      void message.success({ content: t('deposit.bundleSaved', { sequence: r.sequence }), key: nextMessageKey(message) });
    } catch (e) {
      void message.error({ content: errorMessage(t, e), key: nextMessageKey(message) });
    } finally {
      setSending(false);
    }
  };

  return (
    <Card size="small" title={t('deposit.batchesTitle')} extra={<Button onClick={() => void send()} loading={sending} disabled={batches.length === 0} data-testid="send-batch-bundle">{t('deposit.sendBundle')}</Button>}>
      <Table<DepositBatch>
        size="small"
        rowKey="id"
        data-testid="deposit-batches"
        tableLayout="fixed"
        // Whole without scrolling sideways from 1024 px (the receiver and figures were under the buttons there).
        scroll={{ x: 730 }}
        dataSource={batches}
        pagination={false}
        locale={{ emptyText: t('deposit.noBatches') }}
        columns={[
          { title: t('deposit.date'), key: 'd', width: 100, render: (_, b) => showDate(b.date) },
          { title: t('deposit.name'), dataIndex: 'name' },
          { title: t('deposit.receiverArchive'), dataIndex: 'receiverArchive', width: 140 },
          { title: t('deposit.figures'), key: 'f', width: 130, render: (_, b) => t('deposit.figuresValue', { dossiers: b.dossierCount, boxes: b.boxCount, metres: formatDecimal(b.metres, i18n.language, 3) }) },
          {
            title: t('common.actions'),
            key: 'a',
            // Kept in view at the right edge while the table scrolls sideways (1024 px): the print buttons are here.
            fixed: 'right' as const,
            // Room for "In Biên bản giao nhận (2 bản)", one button a line.
            width: 228,
            render: (_, b) => (
              <Space size={4} orientation="vertical" align="start">
                <Button size="small" loading={out.busy} onClick={() => void print(b, 'inventory')} data-testid="print-deposit-inventory">{t('deposit.printInventory')}</Button>
                <Button size="small" loading={out.busy} onClick={() => void print(b, 'handover')} data-testid="print-deposit-handover">{t('deposit.printHandover')}</Button>
                <Button size="small" danger onClick={() => setCancel({ batch: b, reason: '' })}>{t('deposit.cancelBatch')}</Button>
              </Space>
            ),
          },
        ]}
      />
      <ReasonDialog
        open={!!cancel}
        title={t('deposit.cancelTitle')}
        label={t('deposit.cancelReason')}
        okText={t('deposit.cancelBatch')}
        reason={cancel?.reason ?? ''}
        onReason={(reason) => cancel && setCancel({ ...cancel, reason })}
        onCancel={() => setCancel(undefined)}
        onOk={() => void act(() => cancelDepositBatch(db, session, cancel!.batch.id, cancel!.reason), t('deposit.cancelled')).then(() => setCancel(undefined))}
      />
    </Card>
  );
}
