/**
 * Cần xem xét: what an import held back for a person — records two units claim (decide
 * whose it is), records written into another unit's register or waiting for theirs, numbers
 * used twice —, bundles sent twice with one number (forks, with what differs), and the
 * recorded transfers of fonds that let a unit carry another's data. A commune records here the
 * fonds it took over (a merged commune, those of the communes it replaced): from that day their
 * files are its paper to lend (core/duties/loans.ts).
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Empty, Select, Space, Table, Tag } from 'antd';
import { Confirm } from '../../components/Confirm';
import { useTranslation } from 'react-i18next';
import { recordLabel } from '../../db/exchange/receipt';
import type { CustodyRow, HeldClaimRow } from '../../db/exchange/rows';
import { errorMessage } from '../../i18n';
import { useUpperApi, useUpperQuery } from '../../upper-api/context';
import { ForkView } from './ForkView';
import { CustodyForm, type CustodyInput } from './CustodyForm';
import { foldedLabelMatch } from '../../components/folded-match';
import { useLocalState } from '../../db/context';
import { UPPER_LEVELS } from '../../core/unit';

const PAGE = 50;

export function ReviewPanel() {
  const { t } = useTranslation();
  const api = useUpperApi();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [error, setError] = useState<string>();
  const held = useUpperQuery((a) => a.heldClaims((page - 1) * PAGE, PAGE), [page]).data;
  const forks = useUpperQuery((a) => a.forks(), []).data;
  const custody = useUpperQuery((a) => a.custody(), []).data;
  const names = useUpperQuery((a) => a.unitNames(), []).data ?? {};
  const name = (id: string) => names[id] ?? id;
  // A commune (not an archive above it, which holds what was deposited into it) records the fonds it took over.
  const local = useLocalState();
  const self = local.status === 'ready' && !UPPER_LEVELS.includes(local.unit.level) ? local.unit : undefined;
  const [takingOver, setTakingOver] = useState(false);
  const [carriedId, setCarriedId] = useState<string>();
  const recorded = new Set((custody ?? []).filter((c) => c.carrierUnitId === self?.id).map((c) => c.carriedUnitId));
  const others = Object.entries(names)
    .filter(([id]) => id !== self?.id && !recorded.has(id))
    .sort((a, b) => a[1].localeCompare(b[1], 'vi'));
  const takeOver = async (v: CustodyInput) => {
    if (!self || !carriedId) return;
    try {
      await api.recordCustody({ unitId: self.id, name: self.name, adminCode: self.adminCode }, [{ unitId: carriedId, name: name(carriedId), adminCode: '' }], v);
      void message.success(t('exchange.takeOverDone', { name: name(carriedId) }));
      setTakingOver(false);
      setCarriedId(undefined);
      setError(undefined);
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };

  const decide = async (h: HeldClaimRow, owner: string) => {
    try {
      await api.decideOwner(h.table, h.id, owner);
      void message.success(t('exchange.reviewDecided'));
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {error && <Alert type="error" showIcon title={error} />}
      <Card title={t('exchange.reviewHeld')}>
        <Table<HeldClaimRow>
          size="small"
          data-testid="review-held"
          rowKey={(h) => `${h.table}|${h.id}|${h.origin}`}
          loading={!held}
          dataSource={held?.rows ?? []}
          pagination={{ current: page, pageSize: PAGE, total: held?.total ?? 0, onChange: setPage, showSizeChanger: false }}
          locale={{ emptyText: <Empty description={t('exchange.reviewHeldNone')} /> }}
          columns={[
            { title: t('exchange.origin'), key: 'o', width: 200, render: (_, h) => name(h.origin) },
            {
              title: t('exchange.table'),
              key: 'r',
              render: (_, h) => {
                const l = recordLabel(h.table, h.record);
                return `${t(`table.${h.table}`)}${l.number ? ` · ${t('exchange.recordNumber', { number: l.number })}` : ''}${l.title ? ` — ${l.title}` : ''}`;
              },
            },
            {
              title: t('exchange.keyStatus'),
              key: 'why',
              render: (_, h) => {
                const other = h.reason === 'number-conflict' ? (h.detail ?? '') : (h.detail ?? '').split(',').filter(Boolean).map(name).join(', ');
                return t(`exchange.heldReason.${h.reason}`, { other });
              },
            },
            {
              title: t('exchange.reviewOwner'),
              key: 'd',
              width: 260,
              render: (_, h) =>
                h.reason === 'contested' ? (
                  <Space wrap>
                    {[h.origin, ...(h.detail ?? '').split(',').filter(Boolean)].sort().map((o) => (
                      <Confirm key={o} title={t('exchange.reviewDecideConfirm', { name: name(o) })} onConfirm={() => void decide(h, o)} okText={t('exchange.reviewDecideOk')} cancelText={t('common.back')}>
                        <Button size="small">{t('exchange.reviewDecide', { name: name(o) })}</Button>
                      </Confirm>
                    ))}
                  </Space>
                ) : (
                  <Tag>{t(`exchange.heldShort.${h.reason}`)}</Tag>
                ),
            },
          ]}
        />
      </Card>
      <Card title={t('exchange.reviewForksTitle', { count: forks?.length ?? 0 })}>
        {forks && forks.length > 0 ? (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {forks.map((f) => (
              <ForkView key={f.id} fork={f} />
            ))}
          </Space>
        ) : (
          <Empty description={t('exchange.reviewForksNone')} />
        )}
      </Card>
      <Card
        title={t('exchange.custodyList')}
        extra={self && others.length > 0 && !takingOver && <Button onClick={() => setTakingOver(true)} data-testid="take-over-open">{t('exchange.takeOverOpen')}</Button>}
      >
        {self && takingOver && (
          <Space orientation="vertical" style={{ width: '100%', marginBottom: 16 }} data-testid="take-over">
            <Space wrap>
              <label htmlFor="take-over-unit">{t('exchange.takeOverUnit')}</label>
              <Select
                id="take-over-unit"
                autoFocus
                showSearch={{ filterOption: foldedLabelMatch }}
                style={{ minWidth: 320 }}
                value={carriedId}
                onChange={setCarriedId}
                placeholder={t('exchange.takeOverUnitPlaceholder')}
                options={others.map(([value, label]) => ({ value, label }))}
              />
              <Button onClick={() => { setTakingOver(false); setCarriedId(undefined); }}>{t('common.back')}</Button>
            </Space>
            {carriedId && (
              <CustodyForm
                key={carriedId}
                carrier={{ unitId: self.id, name: self.name, adminCode: self.adminCode }}
                carried={[{ unitId: carriedId, name: name(carriedId), adminCode: '' }]}
                title={t('exchange.takeOverTitle', { carrier: self.name, carried: name(carriedId) })}
                help={t('exchange.takeOverHelp', { carried: name(carriedId) })}
                recordLabel={t('exchange.takeOverRecord')}
                onRecord={takeOver}
              />
            )}
          </Space>
        )}
        <Table<CustodyRow>
          size="small"
          rowKey={(c) => `${c.carrierUnitId}|${c.carriedUnitId}`}
          dataSource={custody ?? []}
          pagination={false}
          data-testid="custody-list"
          locale={{ emptyText: <Empty description={t('exchange.custodyNone')} /> }}
          columns={[
            { title: t('exchange.custodyCarrier'), key: 'a', render: (_, c) => name(c.carrierUnitId) },
            { title: t('exchange.custodyCarried'), key: 'b', render: (_, c) => name(c.carriedUnitId) },
            { title: t('exchange.custodyKind'), key: 'k', render: (_, c) => (c.kind === 'merger' ? t('exchange.custodyMerger') : t('exchange.custodyTransfer')) },
            { title: t('exchange.custodyDate'), key: 'd', render: (_, c) => c.effectiveDate.split('-').reverse().join('/') },
            { title: t('exchange.custodyBasis'), dataIndex: 'basis' },
            { title: t('exchange.confirmedBy'), key: 'by', render: (_, c) => c.confirmedBy },
          ]}
        />
      </Card>
    </Space>
  );
}
