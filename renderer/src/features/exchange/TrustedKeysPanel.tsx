/** Keys of other units this PC trusts, with revocation. */
import { Button, Card, Popconfirm, Table, Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../db/context';
import { revokeKey } from '../../db/exchange/keys';
import { fingerprintOf } from '../../core/bundle/keys';
import { formatDateTime } from '../../core/format';
import type { TrustedKeyRow } from '../../db/exchange/rows';

export function TrustedKeysPanel() {
  const { t } = useTranslation();
  const db = useDb();
  const keys = useLiveQuery(() => db.trustedKeys.toArray(), [db]);
  const revoked = useLiveQuery(async () => new Set((await db.revokedKeys.toArray()).map((r) => r.kid)), [db]);
  return (
    <Card title={t('exchange.trustedKeys')}>
      <Table<TrustedKeyRow>
        size="small"
        rowKey="kid"
        dataSource={keys ?? []}
        pagination={false}
        locale={{ emptyText: t('exchange.noTrustedKeys') }}
        columns={[
          { title: t('exchange.origin'), dataIndex: 'originName' },
          { title: t('exchange.fingerprint'), key: 'fp', render: (_, k) => fingerprintOf(k.kid).words.join(' · ') },
          { title: t('exchange.confirmedBy'), key: 'by', render: (_, k) => `${k.confirmedBy} — ${formatDateTime(k.confirmedAt)}` },
          {
            title: t('common.actions'),
            key: 'a',
            render: (_, k) =>
              revoked?.has(k.kid) ? (
                <Tag color="red">{t('exchange.revoked')}</Tag>
              ) : (
                <Popconfirm title={t('exchange.revokeConfirm')} onConfirm={() => void revokeKey(db, k.kid, t('exchange.revokeReason'))}>
                  <Button size="small" danger>
                    {t('exchange.revoke')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </Card>
  );
}
