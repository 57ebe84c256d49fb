/**
 * Cần xem xét: what an import held back for a person — records two units claim (decide
 * whose it is), records written into another unit's register or waiting for theirs, numbers
 * used twice —, bundles sent twice with one number (forks, with what differs), and the
 * recorded transfers of fonds that let a unit carry another's data. A commune records here the
 * fonds it took over (a merged commune, those of the communes it replaced): from that day their
 * files are its paper to lend (core/duties/loans.ts).
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Empty, Space, Table, Tag } from 'antd';
import { Confirm } from '../../components/Confirm';
import { useTranslation } from 'react-i18next';
import { recordLabel } from '../../db/exchange/receipt';
import type { CustodyRow, HeldClaimRow } from '../../db/exchange/rows';
import { errorMessage } from '../../i18n';
import { useUpperApi, useUpperQuery } from '../../upper-api/context';
import { ForkView } from './ForkView';
import type { CustodyInput } from './CustodyForm';
import { TakeOverForm, type TakeOverUnit } from './TakeOverForm';
import type { UnitRef } from '../../core/bundle/selection';

const PAGE = 50;

/** `takeOverBy`: the commune this is (not an archive above communes), which records here the fonds it took over. */
export function ReviewPanel({ takeOverBy }: { readonly takeOverBy?: UnitRef } = {}) {
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
  // A commune (not an archive above it, which holds what was deposited into it) records the fonds it took over,
  // of a unit it received bundles from; one recorded, it may correct.
  const senders = useUpperQuery((a) => (takeOverBy ? a.overview(new Date()) : Promise.resolve([])), [takeOverBy?.unitId]).data ?? [];
  const [takeOver, setTakeOver] = useState<{ editing?: { unit: TakeOverUnit; input: CustodyInput } }>();
  const recorded = new Set((custody ?? []).filter((c) => c.carrierUnitId === takeOverBy?.unitId).map((c) => c.carriedUnitId));
  const candidates = senders
    .filter((u) => u.unitId !== takeOverBy?.unitId && !recorded.has(u.unitId))
    .map((u) => ({ unitId: u.unitId, name: u.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));

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
                h.reason === 'contested' && api.may.import ? (
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
        extra={api.may.import && takeOverBy && candidates.length > 0 && !takeOver && <Button onClick={() => setTakeOver({})} data-testid="take-over-open">{t('exchange.takeOverOpen')}</Button>}
      >
        {takeOverBy && takeOver && <TakeOverForm key={takeOver.editing?.unit.unitId ?? ''} self={takeOverBy} units={candidates} editing={takeOver.editing} onClose={() => setTakeOver(undefined)} />}
        <Table<CustodyRow>
          size="small"
          rowKey={(c) => `${c.carrierUnitId}|${c.carriedUnitId}`}
          dataSource={custody ?? []}
          pagination={false}
          data-testid="custody-list"
          // Where the button will come, only while it is not there (it said so beside the button, and under the form open).
          locale={{ emptyText: <Empty description={t(takeOverBy && api.may.import && candidates.length === 0 ? 'exchange.custodyNoneCommune' : 'exchange.custodyNone')} /> }}
          columns={[
            { title: t('exchange.custodyCarrier'), key: 'a', render: (_, c) => name(c.carrierUnitId) },
            { title: t('exchange.custodyCarried'), key: 'b', render: (_, c) => name(c.carriedUnitId) },
            { title: t('exchange.custodyKind'), key: 'k', render: (_, c) => (c.kind === 'merger' ? t('exchange.custodyMerger') : t('exchange.custodyTransfer')) },
            { title: t('exchange.custodyDate'), key: 'd', render: (_, c) => c.effectiveDate.split('-').reverse().join('/') },
            { title: t('exchange.custodyBasis'), dataIndex: 'basis' },
            { title: t('exchange.confirmedBy'), key: 'by', render: (_, c) => c.confirmedBy },
            ...(takeOverBy
              ? [
                  {
                    title: '',
                    key: 'edit',
                    width: 80,
                    render: (_: unknown, c: CustodyRow) =>
                      api.may.import && c.carrierUnitId === takeOverBy.unitId && (
                        <Button size="small" onClick={() => setTakeOver({ editing: { unit: { unitId: c.carriedUnitId, name: name(c.carriedUnitId) }, input: { kind: c.kind, effectiveDate: c.effectiveDate, basis: c.basis } } })} data-testid="take-over-edit">
                          {t('common.edit')}
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
    </Space>
  );
}
