/**
 * The two arranging steps after closing: final numbering (đánh số hồ sơ chính thức) in a chosen
 * order, permanent and fixed-term files in their inventories (mục lục); and boxing (xếp hộp)
 * the numbered dossiers by sheet capacity.
 */
import { useRef, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { App, Form, Select, Typography, type InputRef } from 'antd';
import { NumberInput } from '../../components/NumberInput';
import { useTranslation } from 'react-i18next';
import { NUMBERING_ORDERS, type NumberingOrder } from '../../core/dossiers/inventory';
import { useDb, useSession } from '../../db/context';
import { boxNumberedDossiers, numberDossiers } from '../../db/repositories/dossier-repository';
import { errorMessage } from '../../i18n';
import { useEnterToSave } from '../registers/entry-inputs';
import { boxLabel } from './retention-label';

/** `onClose(true)` once numbered (false when closed without). */
export function NumberingDialog({ fondsId, ids, onClose }: { fondsId: string; ids: readonly string[]; onClose: (done?: boolean) => void }) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const { message } = App.useApp();
  const [order, setOrder] = useState<NumberingOrder>('heading-time');
  const [permanent, setPermanent] = useState<number | undefined>(1);
  const [fixedTerm, setFixedTerm] = useState<number | undefined>(2);
  const [busy, setBusy] = useState(false);
  const ok = async () => {
    // A number field still red: nothing is numbered with a number the clerk did not type.
    if (permanent === undefined || fixedTerm === undefined) return void message.error(t('common.fixNumbers'));
    setBusy(true);
    try {
      const n = await numberDossiers(db, session, { fondsId, ids, order, inventories: { permanent, fixedTerm } });
      void message.success(t('dossiers.numbered', { count: n }));
      onClose(true);
    } catch (e) {
      void message.error(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };
  // Enter in any field confirms (the dialog's defaults are what most units use).
  const field = useRef<InputRef>(null);
  const enter = useEnterToSave(() => void (ids.length > 0 && !busy && ok()));
  return (
    <Dialog open title={t('dossiers.numberTitle')} openOn={field} onCancel={() => onClose()} onOk={() => void ok()} okText={t('dossiers.numberOk', { count: ids.length })} cancelText={t('common.close')} okButtonProps={{ loading: busy, disabled: ids.length === 0 || permanent === undefined || fixedTerm === undefined, 'data-testid': 'confirm-numbering' } as never}>
      <Typography.Paragraph type="secondary">{t('dossiers.numberHelp', { count: ids.length })}</Typography.Paragraph>
      <Form layout="vertical" component="div" onKeyDownCapture={enter.onKeyDownCapture}>
        <Form.Item label={t('dossiers.order')}>
          <Select aria-label={t('dossiers.order')} value={order} onChange={setOrder} options={NUMBERING_ORDERS.map((o) => ({ value: o, label: t(`dossiers.order_${o}`) }))} />
        </Form.Item>
        <Form.Item label={t('dossiers.inventoryPermanent')}>
          <NumberInput ref={field} aria-label={t('dossiers.inventoryPermanent')} min={1} max={999} value={permanent} onChange={setPermanent} autoFocus />
        </Form.Item>
        <Form.Item label={t('dossiers.inventoryFixedTerm')} extra={t('dossiers.inventorySplitHelp')}>
          <NumberInput aria-label={t('dossiers.inventoryFixedTerm')} min={1} max={999} value={fixedTerm} onChange={setFixedTerm} />
        </Form.Item>
      </Form>
    </Dialog>
  );
}

/** About 0.1 mm a sheet: a 125 mm box holds roughly 1,000 sheets; leave room for covers. */
const DEFAULT_CAPACITY = 800;

export function BoxingDialog({ fondsId, loose, onClose }: { fondsId: string; loose: number; onClose: () => void }) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const { message } = App.useApp();
  const [capacity, setCapacity] = useState<number | undefined>(DEFAULT_CAPACITY);
  const [busy, setBusy] = useState(false);
  const ok = async () => {
    if (capacity === undefined) return void message.error(t('common.fixNumbers'));
    setBusy(true);
    try {
      const boxes = await boxNumberedDossiers(db, session, fondsId, capacity);
      void message.success(t('dossiers.boxed', { count: boxes.length, boxes: boxes.map((b) => boxLabel(t, b)).join('; ') }));
      onClose();
    } catch (e) {
      void message.error(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };
  const boxField = useRef<InputRef>(null);
  const enter = useEnterToSave(() => void (loose > 0 && !busy && ok()));
  return (
    <Dialog open title={t('dossiers.boxTitle')} openOn={boxField} onCancel={onClose} onOk={() => void ok()} okText={t('dossiers.boxOk')} cancelText={t('common.close')} okButtonProps={{ loading: busy, disabled: loose === 0 || capacity === undefined, 'data-testid': 'confirm-boxing' } as never}>
      <Typography.Paragraph type="secondary">{t('dossiers.boxHelp', { count: loose })}</Typography.Paragraph>
      <Form layout="vertical" component="div" onKeyDownCapture={enter.onKeyDownCapture}>
        <Form.Item label={t('dossiers.boxCapacity')} extra={t('dossiers.boxCapacityHelp')}>
          <NumberInput ref={boxField} aria-label={t('dossiers.boxCapacity')} min={10} max={5000} step={50} value={capacity} onChange={setCapacity} autoFocus />
        </Form.Item>
      </Form>
    </Dialog>
  );
}
