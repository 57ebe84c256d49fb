/** Export: this unit's key fingerprint, full or incremental export to a file, and the export history. */
import { useState } from 'react';
import { Alert, App, Button, Card, Progress, Radio, Space, Table, Tag, Typography } from 'antd';
import { Confirm } from '../../components/Confirm';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useDb, useSession } from '../../db/context';
import { acknowledgeExport, type ExportKind } from '../../db/exchange/export';
import { activeSigningKey, rotateSigningKey, signingFingerprint } from '../../db/exchange/keys';
import { carriedUnitNames, exportHistory } from '../../db/repositories/exchange-repository';
import { isSampleProfile } from '../../db/sample/sample-flag';
import type { ExportLogRow } from '../../db/exchange/rows';
import { usePlatform } from '../../platform/context';
import { exchangeClient } from './exchange-client';
import { errorMessage } from '../../i18n';
import { AppError } from '../../core/errors';
import { formatDateTime } from '../../core/format';
import { formHead, placeOfUnit } from '../../core/unit';
import { getSigner, getUnit } from '../../db/repositories/unit-repository';
import { keyFingerprintDefinition } from '../../pdf/definitions/key-fingerprint';
import { renderPdfInBrowser } from '../../pdf/browser-render';
import { FingerprintView } from '../../components/FingerprintView';
import type { WorkerProgress } from './protocol';
import { rangeText, recordTotal } from './bundle-labels';

export function ExportPanel() {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const platform = usePlatform();
  const { message } = App.useApp();
  const [kind, setKind] = useState<ExportKind>('full');
  const [progress, setProgress] = useState<WorkerProgress>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  /** The last export made here, said until the next: which files, and where they went. */
  const [done, setDone] = useState<{ sequence: number; names: string[] }>();
  const fingerprint = useLiveQuery(() => signingFingerprint(db, session.unitId), [db, session.unitId]);
  const recovering = useLiveQuery(async () => !!(await activeSigningKey(db, session.unitId))?.recovery, [db, session.unitId]);
  const history = useLiveQuery(() => exportHistory(db), [db]);
  const hasAck = (history ?? []).some((h) => h.acknowledgedAt);
  // Units whose signed files were received here: a full export passes them on unchanged.
  const carried = useLiveQuery(() => carriedUnitNames(db, session.unitId), [db, session.unitId]) ?? [];
  // The sample commune makes no bundle: said beside a greyed button (the button looked ready, and each click was refused).
  const sample = useLiveQuery(() => isSampleProfile(db), [db]);

  /** The paper the upper level compares this key with (first bundle, a new key, a key lost). */
  const printFingerprint = async () => {
    try {
      const unit = await getUnit(db, session.unitId);
      if (!unit || !fingerprint) return;
      const data = await renderPdfInBrowser(
        keyFingerprintDefinition({
          unit: { name: unit.name, parentName: unit.parentName, place: placeOfUnit(unit.name), adminCode: unit.adminCode, head: formHead(unit.name, await getSigner(db, unit.name)) },
          operator: session.operator,
          date: new Date(),
          words: fingerprint.words,
          hex: fingerprint.hex,
          decimal: fingerprint.decimal,
          recovered: !!recovering,
        }),
      );
      await platform.printPdf({ title: t('exchange.fingerprintPaper'), data });
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };

  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setDone(undefined);
      const r = await exchangeClient().exportBundle(kind, session.operator, setProgress);
      const names: string[] = [];
      for (const f of r.files) {
        const saved = await platform.saveFile({ suggestedName: f.name, filters: [{ name: t('exchange.bundleFiles'), extensions: ['json'] }], data: f.data });
        if (saved.saved) names.push(saved.path);
      }
      void message.success(t('exchange.exported', { sequence: r.sequence, count: r.files.length }));
      setDone({ sequence: r.sequence, names });
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  };

  const rotate = async () => {
    try {
      await rotateSigningKey(db, session.unitId, t('exchange.rotateReason'), session);
      void message.success(t('exchange.rotated'));
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('exchange.myKey')}>
        <Typography.Paragraph type="secondary">{t('exchange.myKeyHelp')}</Typography.Paragraph>
        {recovering && <Alert type="warning" showIcon data-testid="key-recovery-info" title={t('exchange.recoveryInfo')} style={{ marginBottom: 12 }} />}
        {fingerprint && <FingerprintView fingerprint={fingerprint} testId="my-fingerprint" />}
        <div style={{ marginTop: 12 }}>
        <Space wrap>
          <Button onClick={() => void printFingerprint()} disabled={!fingerprint} data-testid="print-fingerprint">{t('exchange.printFingerprint')}</Button>
          {/* Opened from the keyboard, the question takes the focus (on "Không", the way out): it is not at the end of the page's Tab order. */}
          <Confirm title={t('exchange.rotateConfirm')} onConfirm={rotate} okText={t('exchange.rotate')} cancelText={t('common.back')}>
            <Button>{t('exchange.rotate')}</Button>
          </Confirm>
        </Space>
        </div>
      </Card>
      <Card title={t('exchange.exportTitle')}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Radio.Group value={kind} onChange={(e) => setKind(e.target.value as ExportKind)}>
            <Radio value="full">{t('exchange.full')}</Radio>
            <Radio value="incremental" disabled={!hasAck}>
              {t('exchange.incremental')}
            </Radio>
          </Radio.Group>
          {!hasAck && <Typography.Text type="secondary">{t('exchange.incrementalHelp')}</Typography.Text>}
          {carried.length > 0 && (
            <Alert type="info" showIcon data-testid="export-carried" title={t('exchange.carriedInfo', { count: carried.length, names: carried.slice(0, 5).join('; ') + (carried.length > 5 ? '; …' : '') })} />
          )}
          <Button type="primary" onClick={run} loading={busy} disabled={sample} data-testid="export-button">
            {t('exchange.exportButton')}
          </Button>
          {sample && <Typography.Text type="secondary" data-testid="export-sample">{errorMessage(t, new AppError('export.sampleData'))}</Typography.Text>}
          {progress && <Progress percent={Math.round((progress.done / Math.max(1, progress.total)) * 100)} status="active" />}
          {done && (
            <Alert
              type={done.names.length > 0 ? 'success' : 'warning'}
              showIcon
              data-testid="export-done"
              title={
                done.names.length === 0
                  ? t('exchange.exportNotSaved', { sequence: done.sequence })
                  : t(platform.host === 'browser' ? 'exchange.exportedWhereBrowser' : 'exchange.exportedWhere', { sequence: done.sequence, names: done.names.join(', ') })
              }
            />
          )}
          {error && <Alert type="error" showIcon title={error} />}
        </Space>
      </Card>
      <Card title={t('exchange.history')}>
        <Table<ExportLogRow>
          size="small"
          rowKey={(r) => String(r.id)}
          dataSource={history ?? []}
          locale={{ emptyText: t('exchange.historyEmpty') }}
          pagination={{ pageSize: 10 }}
          columns={[
            { title: t('exchange.sequence'), dataIndex: 'sequence', width: 90 },
            { title: t('exchange.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v), width: 150 },
            { title: t('exchange.range'), key: 'range', render: (_, r) => rangeText(t, r.range) },
            { title: t('exchange.records'), key: 'n', align: 'right', render: (_, r) => recordTotal(r.counts).toLocaleString('vi-VN') },
            { title: t('exchange.files'), key: 'f', render: (_, r) => r.fileNames.join(', ') },
            {
              title: t('exchange.acknowledged'),
              key: 'ack',
              render: (_, r) =>
                r.acknowledgedAt ? (
                  <Tag color="green">{formatDateTime(r.acknowledgedAt)}</Tag>
                ) : (
                  // It moves where the next "changes only" export starts, and is not taken back: asked first.
                  <Confirm title={t('exchange.markAcknowledgedConfirm', { sequence: r.sequence })} onConfirm={() => void acknowledgeExport(db, r.sequence)} okText={t('exchange.markAcknowledgedOk')} cancelText={t('exchange.markAcknowledgedKeep')}>
                    <Button size="small" data-testid="mark-acknowledged">{t('exchange.markAcknowledged')}</Button>
                  </Confirm>
                ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
