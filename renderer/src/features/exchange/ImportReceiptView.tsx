/**
 * The dry-run receipt of an import: each picked file (and the bundles it carries), keys to
 * confirm, custody to record, per-table counts, records held or refused and why — naming
 * the units involved —, forks and sequences sent again after a restore.
 */
import { Alert, Checkbox, Descriptions, List, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanCounts } from '../../core/bundle/import-plan';
import { keysToConfirm, type ConfirmationReceipt, type FileReceipt, type HeldReceipt, type ImportReceipt, type RejectedReceipt } from '../../db/exchange/receipt';
import type { KeyComparison } from '../../core/bundle/rotation';
import { formatDateTime } from '../../core/format';
import { issueMessage } from '../../i18n';
import { CustodyForm, type CustodyInput } from './CustodyForm';
import { ForkView } from './ForkView';
import { KeyConfirmationCard } from './KeyConfirmationCard';

const COUNT_KEYS: readonly (keyof PlanCounts)[] = ['new', 'updated', 'unchanged', 'held', 'rejected'];

export type ReceiptActions = {
  readonly onTrust: (c: ConfirmationReceipt, compared: KeyComparison) => void;
  readonly onRefuse: (c: ConfirmationReceipt, reason: string) => Promise<void>;
  readonly onCustody: (f: FileReceipt, v: CustodyInput) => Promise<void>;
  /** A dry run is running (the receipt is checked again after a confirmation): confirming waits for it. */
  readonly busy?: boolean;
  /** Bundles signed with a key reported lost that the person decided to take in (by payload SHA-256), and the tick. */
  readonly lostKeyAccepted?: ReadonlySet<string>;
  readonly onLostKeyDecision?: (payloadSha256: string, accept: boolean) => void;
};

export function ImportReceiptView({ receipt, actions }: { receipt: ImportReceipt; actions: ReceiptActions }) {
  const { t } = useTranslation();
  const tableRows = Object.entries(receipt.tables)
    .filter(([, s]) => s && COUNT_KEYS.some((k) => s.total[k] > 0))
    .map(([table, s]) => ({ table, ...s!.total }));
  // Each key to confirm asked about once, under the first file it signs, naming the others (keysToConfirm).
  const signedBy = new Map(keysToConfirm(receipt).map((k) => [k.confirmation.kid, k.files.map((i) => receipt.files[i]!)]));
  const recordLabel = (r: { table: string; number?: string; title: string }) =>
    `${t(`table.${r.table}`)}${r.number ? ` · ${t('exchange.recordNumber', { number: r.number })}` : ''}${r.title ? ` — ${r.title}` : ''}`;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {receipt.files.map((f, i) => (
        <FileReceiptView key={`${f.name}-${i}`} file={f} actions={actions} signedBy={signedBy} />
      ))}
      {tableRows.length > 0 && (
        <Table
          size="small"
          pagination={false}
          rowKey="table"
          dataSource={tableRows}
          data-testid="receipt-tables"
          columns={[
            { title: t('exchange.table'), dataIndex: 'table', render: (v: string) => t(`table.${v}`, { defaultValue: v }) },
            ...COUNT_KEYS.map((k) => ({ title: t(`exchange.count.${k}`), dataIndex: k as string, align: 'right' as const })),
          ]}
        />
      )}
      {receipt.takenFromHeld > 0 && <Alert type="info" showIcon data-testid="receipt-taken-from-held" title={t('exchange.takenFromHeld', { count: receipt.takenFromHeld })} />}
      {receipt.held.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="receipt-held"
          title={t('exchange.heldTitle', { count: receipt.heldCount })}
          description={
            <List<HeldReceipt>
              size="small"
              dataSource={[...receipt.held]}
              renderItem={(h) => (
                <List.Item>
                  <Space orientation="vertical" size={0}>
                    <Typography.Text strong>
                      {h.origin.name}: {recordLabel(h)}
                    </Typography.Text>
                    <Typography.Text>{t(`exchange.heldReason.${h.reason}`, { other: h.other ?? '' })}</Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          }
        />
      )}
      {receipt.rejected.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="receipt-rejected"
          title={t('exchange.rejectedTitle', { count: receipt.rejected.length })}
          description={
            <List<RejectedReceipt>
              size="small"
              dataSource={[...receipt.rejected]}
              renderItem={(r) => (
                <List.Item>
                  {r.origin.name}: {recordLabel(r)} — {t(`exchange.rejectedReason.${r.code}`)}
                </List.Item>
              )}
            />
          }
        />
      )}
      {receipt.forks.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('exchange.forksTitle', { count: receipt.forks.length })}
          description={
            <Space orientation="vertical" style={{ width: '100%' }}>
              {receipt.forks.map((f, i) => (
                <ForkView key={i} fork={f} />
              ))}
            </Space>
          }
        />
      )}
      {receipt.overlaps.length > 0 && (
        <Alert
          type="info"
          showIcon
          data-testid="receipt-overlaps"
          title={t('exchange.overlapTitle')}
          description={
            <Space orientation="vertical" style={{ width: '100%' }}>
              {receipt.overlaps.map((o) => (
                <Space key={`${o.origin}-${o.sequence}`} orientation="vertical" style={{ width: '100%' }}>
                  <Typography.Text>{t('exchange.overlapLine', { name: o.originName, sequence: o.sequence, lineages: o.variants.length })}</Typography.Text>
                  <ForkView fork={o} />
                </Space>
              ))}
            </Space>
          }
        />
      )}
      {receipt.newlyReceived > 0 && receipt.writes === 0 && receipt.heldCount === 0 && <Alert type="info" showIcon title={t('exchange.recordOnly')} />}
      {receipt.isEmpty && receipt.files.every((f) => f.status === 'already-imported') && <Alert type="info" showIcon title={t('exchange.nothingNew')} />}
    </Space>
  );
}

function FileReceiptView({ file: f, actions, signedBy }: { file: FileReceipt; actions: ReceiptActions; signedBy: ReadonlyMap<string, readonly FileReceipt[]> }) {
  const { t } = useTranslation();
  switch (f.status) {
    case 'error':
      return (
        <Alert
          type="error"
          showIcon
          title={f.name}
          description={
            <>
              {f.error ? issueMessage(t, { code: f.error.code, params: f.error.params }) : ''}
              {f.claimed && (
                <Typography.Paragraph style={{ margin: '6px 0 0' }} data-testid="import-file-claimed">
                  {t('exchange.claimedSender', { name: f.claimed.name, code: f.claimed.adminCode || '—' })}
                </Typography.Paragraph>
              )}
            </>
          }
          data-testid="import-file-error"
        />
      );
    case 'needs-confirmation':
      return (
        <Space orientation="vertical" style={{ width: '100%' }} data-testid="import-needs-confirmation">
          {(f.confirmations ?? []).map((c) => {
            const files = signedBy.get(c.kid) ?? [f];
            // The file itself, not its name: the same file chosen twice (or two of one name from two folders) is two files.
            return files[0] === f ? (
              <KeyConfirmationCard key={c.kid} confirmation={c} files={files.map((x) => x.name)} onTrust={actions.onTrust} onRefuse={actions.onRefuse} busy={actions.busy ?? false} />
            ) : (
              <Typography.Text key={c.kid} type="secondary" data-testid="same-key-above">{t('exchange.sameKeyAbove', { name: f.name, first: files[0]!.name })}</Typography.Text>
            );
          })}
        </Space>
      );
    case 'needs-custody':
      return f.custody ? <CustodyForm carrier={f.custody.carrier} carried={f.custody.carried} onRecord={(v) => actions.onCustody(f, v)} /> : null;
    case 'incomplete':
      return (
        <Alert
          type="error"
          showIcon
          title={f.name}
          data-testid="import-file-error"
          description={t('exchange.incomplete', { sequence: f.sequence, name: f.origin?.name ?? '', total: f.total, missing: (f.missing ?? []).join(', ') })}
        />
      );
    case 'fork':
      return <Alert type="error" showIcon title={f.name} data-testid="import-file-error" description={t('exchange.forkFile', { sequence: f.sequence, name: f.origin?.name ?? '' })} />;
    case 'accepted':
    case 'already-imported':
      return (
        <Space orientation="vertical" style={{ width: '100%' }}>
        {f.lostKey && f.status === 'accepted' && (
          // A person's decision for this very bundle: signed with the key its unit reported lost.
          <Alert
            type="warning"
            showIcon
            data-testid="import-lost-key"
            title={t('exchange.lostKeyTitle')}
            description={
              <Space orientation="vertical">
                <Typography.Text>{t('exchange.lostKeyHelp', { unit: f.origin?.name ?? '', sequence: f.sequence, created: f.createdAt ? formatDateTime(f.createdAt) : '', reported: formatDateTime(f.lostKey.reportedAt) })}</Typography.Text>
                <Checkbox checked={actions.lostKeyAccepted?.has(f.payloadSha256 ?? '') ?? false} onChange={(e) => actions.onLostKeyDecision?.(f.payloadSha256 ?? '', e.target.checked)} data-testid="lost-key-ack">
                  {t('exchange.lostKeyAck')}
                </Checkbox>
              </Space>
            }
          />
        )}
        <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} title={f.name} data-testid="import-file">
          <Descriptions.Item label={t('exchange.origin')}>
            {f.origin?.name} ({f.origin?.adminCode})
          </Descriptions.Item>
          <Descriptions.Item label={t('exchange.sequence')}>
            {f.sequence}
            {f.part ? ` · ${t('exchange.part', { n: f.part.index })}` : ''} {f.status === 'already-imported' && <Tag>{t('exchange.alreadyImported')}</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label={t('exchange.createdAt')}>{f.createdAt ? formatDateTime(f.createdAt) : ''}</Descriptions.Item>
          <Descriptions.Item label={t('exchange.fingerprint')}>{f.fingerprint?.words.join(' · ')}</Descriptions.Item>
          {(f.carried ?? []).length > 0 && (
            <Descriptions.Item label={t('exchange.carriedLabel')} span={2}>
              <Space orientation="vertical" size={0} data-testid="import-carried">
                {(f.carried ?? []).map((c) => (
                  <span key={c.payloadSha256}>
                    {t('exchange.carried', { name: c.origin.name, sequence: c.sequence })} {c.alreadyReceived && t('exchange.carriedSeen')}
                  </span>
                ))}
              </Space>
            </Descriptions.Item>
          )}
        </Descriptions>
        </Space>
      );
  }
}
