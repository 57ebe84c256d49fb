/**
 * Ghi nhận tiếp nhận phông: before a unit's bundle may carry the data of other units, the
 * receiver records why — a merger or a transfer, from which date, on which decision.
 */
import { useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, Radio, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { UnitRef } from '../../core/bundle/selection';
import { AppError } from '../../core/errors';
import { errorMessage } from '../../i18n';

export type CustodyInput = { kind: 'merger' | 'transfer'; effectiveDate: string; basis: string };

/**
 * `title` and `help` say what is recorded where it is not an import waiting on it (a commune recording
 * the fonds it took over: TakeOverForm); `recordLabel` names the button; `initial`, one recorded before.
 */
export function CustodyForm({ carrier, carried, onRecord, title, help, recordLabel, initial }: { carrier: UnitRef; carried: readonly UnitRef[]; onRecord: (v: CustodyInput) => Promise<void>; title?: string; help?: string; recordLabel?: string; initial?: CustodyInput }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'merger' | 'transfer'>(initial?.kind ?? 'merger');
  const [date, setDate] = useState<Dayjs | null>(initial ? dayjs(initial.effectiveDate) : null);
  const [basis, setBasis] = useState(initial?.basis ?? '');
  const [busy, setBusy] = useState(false);
  // What is missing is said beside its field once the person tried to record (not while typing).
  const [tried, setTried] = useState(false);
  const dateMissing = tried && !date;
  const basisMissing = tried && !basis.trim();
  const names = carried.map((c) => `${c.name}${c.adminCode ? ` (${c.adminCode})` : ''}`).join(', ');
  const submit = async () => {
    setTried(true);
    if (!date || !basis.trim()) return;
    setBusy(true);
    try {
      await onRecord({ kind, effectiveDate: date ? date.format('YYYY-MM-DD') : '', basis });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="needs-custody"
      title={title ?? t('exchange.custodyTitle', { carrier: carrier.name })}
      description={
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text>{help ?? t('exchange.custodyHelp', { carrier: carrier.name, names })}</Typography.Text>
          <Form layout="vertical" onFinish={() => void submit()}>
            <Form.Item label={t('exchange.custodyKind')}>
              <Radio.Group value={kind} onChange={(e) => setKind(e.target.value as 'merger' | 'transfer')}>
                <Radio value="merger">{t('exchange.custodyMerger')}</Radio>
                <Radio value="transfer">{t('exchange.custodyTransfer')}</Radio>
              </Radio.Group>
            </Form.Item>
            <Form.Item label={t('exchange.custodyDate')} validateStatus={dateMissing ? 'error' : undefined} help={dateMissing ? t('exchange.custodyDateRequired') : undefined}>
              <DatePicker format="DD/MM/YYYY" value={date} onChange={setDate} placeholder={t('exchange.custodyDatePlaceholder')} style={{ width: 240 }} data-testid="custody-date" />
            </Form.Item>
            <Form.Item label={t('exchange.custodyBasis')} validateStatus={basisMissing ? 'error' : undefined} help={basisMissing ? errorMessage(t, new AppError('custody.basis.required')) : undefined}>
              <Input value={basis} onChange={(e) => setBasis(e.target.value)} placeholder={t('exchange.custodyBasisPlaceholder')} data-testid="custody-basis" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="custody-record">
              {recordLabel ?? t('exchange.custodyRecord')}
            </Button>
          </Form>
        </Space>
      }
    />
  );
}
