/**
 * Import: choose bundle files, read the dry-run receipt (and confirm a new unit's key
 * fingerprint against the paper handover record), then apply in one step.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Progress, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDb, useLocalState, useSession } from '../../db/context';
import { receiptPdf } from './print-receipt';
import { trustKey } from '../../db/exchange/keys';
import type { FileOutcome, ImportFile, ImportReceipt } from '../../db/exchange/import';
import type { MergeCounts } from '../../core/bundle/merge';
import { usePlatform } from '../../platform/context';
import { exchangeClient } from './exchange-client';
import { errorMessage, issueMessage } from '../../i18n';
import { FingerprintView } from '../../components/FingerprintView';
import { formatDateTime } from '../../core/format';
import type { WorkerProgress } from './protocol';

type Prepared = { token: number; receipt: ImportReceipt; files: ImportFile[] };

const COUNT_KEYS: readonly (keyof MergeCounts)[] = ['new', 'updated', 'unchanged', 'conflicting', 'rejected'];

export function ImportPanel({ onReceipt }: { onReceipt?: (r: ImportReceipt) => void }) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const platform = usePlatform();
  const { message } = App.useApp();
  const [prepared, setPrepared] = useState<Prepared>();
  const [progress, setProgress] = useState<WorkerProgress>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [lastApplied, setLastApplied] = useState<ImportReceipt>();
  const local = useLocalState();

  const printReceipt = async (r: ImportReceipt, applied: boolean) => {
    if (local.status !== 'ready') return;
    try {
      const data = await receiptPdf(t, local.unit, session.operator, r, applied);
      await platform.printPdf({ title: t('exchange.receiptTitle'), data });
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };

  const prepare = async (files: ImportFile[]) => {
    setBusy(true);
    setError(undefined);
    try {
      if (prepared) await exchangeClient().discard(prepared.token);
      const r = await exchangeClient().prepare(files, session.unitId, setProgress);
      setPrepared({ ...r, files });
      onReceipt?.(r.receipt);
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  };

  const choose = async () => {
    const opened = await platform.openFile({ filters: [{ name: t('exchange.bundleFiles'), extensions: ['json'] }], multiple: true });
    if (opened.length === 0) return;
    await prepare(opened.map((f) => ({ name: f.name, data: f.data })));
  };

  const confirmKey = async (f: Extract<FileOutcome, { status: 'needs-confirmation' }>) => {
    await trustKey(db, { unitId: f.origin.unitId, originName: f.origin.name, jwk: f.signerKey, confirmedBy: session.operator });
    if (prepared) await prepare(prepared.files);
  };

  const apply = async () => {
    if (!prepared) return;
    setBusy(true);
    try {
      const r = await exchangeClient().apply(prepared.token, session.operator);
      void message.success(t('exchange.applied', { written: r.written, held: r.held }));
      setLastApplied(prepared.receipt);
      setPrepared(undefined);
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  const cancel = async () => {
    if (prepared) await exchangeClient().discard(prepared.token);
    setPrepared(undefined);
  };

  const receipt = prepared?.receipt;
  const tableRows = receipt
    ? Object.entries(receipt.tables)
        .filter(([, s]) => COUNT_KEYS.some((k) => s.total[k] > 0))
        .map(([table, s]) => ({ table, ...s.total }))
    : [];
  const canApply = !!receipt && receipt.writes + receipt.held > 0 && !receipt.files.some((f) => f.status === 'needs-confirmation');

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('exchange.importTitle')}>
        <Typography.Paragraph type="secondary">{t('exchange.importHelp')}</Typography.Paragraph>
        <Space>
          <Button type="primary" onClick={choose} loading={busy} data-testid="import-choose">
            {t('exchange.chooseFiles')}
          </Button>
          {prepared && <Button onClick={cancel}>{t('common.cancel')}</Button>}
          {!prepared && lastApplied && (
            <Button onClick={() => void printReceipt(lastApplied, true)} data-testid="print-receipt">
              {t('exchange.printReceipt')}
            </Button>
          )}
        </Space>
        {progress && <Progress percent={Math.round((progress.done / Math.max(1, progress.total)) * 100)} status="active" style={{ marginTop: 12 }} />}
        {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
      </Card>
      {receipt && (
        <Card title={t('exchange.receipt')} data-testid="import-receipt">
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {receipt.files.map((f) => (
              <FileOutcomeView key={f.name} outcome={f} onTrust={confirmKey} />
            ))}
            {tableRows.length > 0 && (
              <Table
                size="small"
                pagination={false}
                rowKey="table"
                dataSource={tableRows}
                columns={[
                  { title: t('exchange.table'), dataIndex: 'table', render: (v: string) => t(`table.${v}`, { defaultValue: v }) },
                  ...COUNT_KEYS.map((k) => ({ title: t(`exchange.count.${k}`), dataIndex: k, align: 'right' as const })),
                ]}
              />
            )}
            {receipt.conflicts.length > 0 && <Alert type="warning" showIcon title={t('exchange.conflicts', { count: receipt.conflicts.length })} />}
            {receipt.rejected.length > 0 && <Alert type="warning" showIcon title={t('exchange.rejected', { count: receipt.rejected.length })} />}
            {receipt.isEmpty && !receipt.files.some((f) => f.status === 'needs-confirmation' || f.status === 'error') && (
              <Alert type="info" showIcon title={t('exchange.nothingNew')} />
            )}
            <Space>
              <Button type="primary" disabled={!canApply} loading={busy} onClick={apply} data-testid="import-apply">
                {t('exchange.apply', { count: receipt.writes })}
              </Button>
              <Button onClick={() => void printReceipt(receipt, false)}>{t('exchange.printReceipt')}</Button>
            </Space>
          </Space>
        </Card>
      )}
    </Space>
  );
}

function FileOutcomeView({ outcome: f, onTrust }: { outcome: FileOutcome; onTrust: (f: Extract<FileOutcome, { status: 'needs-confirmation' }>) => void }) {
  const { t } = useTranslation();
  if (f.status === 'error') {
    return <Alert type="error" showIcon title={f.name} description={issueMessage(t, { code: f.code, params: f.params })} data-testid="import-file-error" />;
  }
  if (f.status === 'needs-confirmation') {
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="import-needs-confirmation"
        title={t('exchange.firstContact', { name: f.origin.name, code: f.origin.adminCode })}
        description={
          <Space orientation="vertical">
            <Typography.Text>{t('exchange.compareFingerprint')}</Typography.Text>
            <FingerprintView fingerprint={f.fingerprint} testId="incoming-fingerprint" />
            <Button type="primary" onClick={() => onTrust(f)} data-testid="trust-key">
              {t('exchange.trustKey')}
            </Button>
          </Space>
        }
      />
    );
  }
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} title={f.name}>
      <Descriptions.Item label={t('exchange.origin')}>
        {f.origin.name} ({f.origin.adminCode})
      </Descriptions.Item>
      <Descriptions.Item label={t('exchange.sequence')}>
        {f.sequence}
        {f.part ? ` · ${t('exchange.part', { n: f.part })}` : ''}{' '}
        {f.status === 'already-imported' && <Tag>{t('exchange.alreadyImported')}</Tag>}
      </Descriptions.Item>
      <Descriptions.Item label={t('exchange.createdAt')}>{formatDateTime(f.createdAt)}</Descriptions.Item>
      <Descriptions.Item label={t('exchange.fingerprint')}>{f.fingerprint.words.join(' · ')}</Descriptions.Item>
    </Descriptions>
  );
}
