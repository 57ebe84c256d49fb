/**
 * A fork (gói trùng số: two versions of one bundle number, the new one not taken) or an overlap after
 * a restore (gói gửi lại: both taken, under two keys): the versions and what differs between them.
 */
import { Descriptions, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../core/format';
import type { ForkRow } from '../../db/exchange/rows';
import { recordTotal } from './bundle-labels';

export function ForkView({ fork }: { fork: ForkRow }) {
  const { t } = useTranslation();
  const label = (r: { table: string; number?: string; title: string }) =>
    `${t(`table.${r.table}`)}${r.number ? ` · ${t('exchange.recordNumber', { number: r.number })}` : ''}${r.title ? ` — ${r.title}` : ''}`;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="fork">
      <Typography.Text strong>
        {fork.kind === 'overlap' ? t('exchange.overlapHeading', { name: fork.originName, sequence: fork.sequence }) : t('exchange.forkLine', { name: fork.originName, sequence: fork.sequence })}
      </Typography.Text>
      <Descriptions size="small" column={1} bordered>
        {fork.variants.map((v, i) => (
          <Descriptions.Item
            key={v.payloadSha256}
            label={v.fileName ? t('exchange.forkVariant', { n: i + 1, file: v.fileName, createdAt: v.createdAt ? formatDateTime(v.createdAt) : '' }) : t('exchange.forkVariantNoFile', { n: i + 1, createdAt: v.createdAt ? formatDateTime(v.createdAt) : '' })}
          >
            {fork.kind === 'overlap' ? (
              <Tag color={i === 0 ? 'default' : 'orange'}>{i === 0 ? t('exchange.overlapEarlier') : t('exchange.overlapAgain')}</Tag>
            ) : (
              <Tag color={v.taken ? 'green' : 'red'}>{v.taken ? t('exchange.forkTaken') : t('exchange.forkNotTaken')}</Tag>
            )}
            {/* What it holds, in words (it showed the first characters of its digest); the digest stays on hover, for whoever traces the file. */}
            {v.counts && (
              <Typography.Text type="secondary" title={v.payloadSha256}>
                {t('exchange.forkRecords', { count: recordTotal(v.counts) })}
              </Typography.Text>
            )}
          </Descriptions.Item>
        ))}
      </Descriptions>
      {fork.diff && (
        <List
          size="small"
          bordered
          dataSource={[
            ...fork.diff.onlyIn.map((o) => `${t('exchange.forkOnlyIn', { n: o.variant + 1 })}: ${label(o)}`),
            ...fork.diff.changed.map((c) => `${label(c)} — ${t('exchange.forkChanged', { fields: c.fields.map((f) => t(`fields.${f}`, { defaultValue: f })).join(', ') })}`),
            ...(fork.diff.truncated ? [t('exchange.forkTruncated')] : []),
          ]}
          renderItem={(line) => <List.Item>{line}</List.Item>}
        />
      )}
    </Space>
  );
}
