/**
 * Các gói đã nhận: every bundle taken in — each file received, and each unit's bundle a file carried — newest import first — when, from which unit
 * (and through whom, when carried), its number and part, what it holds and when the unit made it, how many
 * records, the file and who imported it. The archivist answers "did we get xã X's package
 * of March?" here, without reading the journal; a page of 20 at a time.
 */
import { Fragment, useState } from 'react';
import { Alert, Card, Select, Table, Typography } from 'antd';
import { foldedLabelMatch } from '../../components/folded-match';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../core/format';
import type { ReceivedBundleRow } from '../../db/exchange/rows';
import { useUpperQuery } from '../../upper-api/context';
import { rangeText, recordTotal } from './bundle-labels';
import type { OriginOverview } from '../../upper-api/types';
import { useClearChoice } from '../../components/icons/labelled-icons';

const PAGE = 20;

/** `unit`: one unit's bundles only, without the unit picker (a unit's row opened on the upper level, which has its overview). */
export function ReceivedBundlesCard({ unit }: { readonly unit?: OriginOverview } = {}) {
  const { t } = useTranslation();
  const clearChoice = useClearChoice();
  const [page, setPage] = useState(1);
  // One unit's bundles (at a hundred communes the list runs to thousands), with the numbers it still misses.
  const [picked, setPicked] = useState<string>();
  const origin = unit?.unitId ?? picked;
  const received = useUpperQuery((a) => a.receivedBundles((page - 1) * PAGE, PAGE, origin), [page, origin]).data;
  // The units for the picker (none needed for one unit's own list).
  const units = useUpperQuery((a) => (unit ? Promise.resolve([]) : a.overview(new Date())), [unit === undefined]).data ?? [];
  const chosen = unit ?? units.find((u) => u.unitId === origin);
  const pick = (unitId: string | undefined) => {
    setPicked(unitId);
    setPage(1);
  };
  return (
    <Card
      title={received ? t(origin ? 'exchange.receivedTitleUnit' : 'exchange.receivedTitle', { count: received.total }) : t('exchange.receivedTitleLoading')}
      extra={
        !unit && units.length > 1 && (
          <Select
            allowClear={clearChoice}
            aria-label={t('exchange.receivedUnit')}
            placeholder={t('exchange.receivedUnitAll')}
            showSearch={{ filterOption: foldedLabelMatch }}
            style={{ width: 320, maxWidth: '40vw' }}
            value={origin}
            onChange={(v: string | undefined) => pick(v)}
            options={units.map((u) => ({ value: u.unitId, label: u.adminCode ? `${u.name} (${u.adminCode})` : u.name })).sort((a, b) => a.label.localeCompare(b.label, 'vi'))}
            data-testid="received-unit"
          />
        )
      }
    >
      {chosen && chosen.missing.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('exchange.receivedMissing', { name: chosen.name, numbers: chosen.missing.join(', ') })} data-testid="received-missing" />
      )}
      <Table<ReceivedBundleRow>
        size="small"
        data-testid="received-bundles"
        rowKey={(r) => r.payloadSha256}
        loading={!received}
        dataSource={received?.rows ?? []}
        pagination={{ current: page, pageSize: PAGE, total: received?.total ?? 0, onChange: setPage, showSizeChanger: false, hideOnSinglePage: true }}
        locale={{ emptyText: t('exchange.receivedNone') }}
        columns={[
          { title: t('exchange.receivedAt'), key: 'at', width: 140, render: (_, r) => formatDateTime(r.importedAt) },
          // One unit's own list does not repeat the unit on every row (squeezed, it took seven lines).
          ...(unit ? [] : [{
            title: t('exchange.origin'),
            key: 'o',
            render: (_: unknown, r: ReceivedBundleRow) => (
              <>
                {r.adminCode ? `${r.originName} (${r.adminCode})` : r.originName}
                {r.via && r.via.length > 0 && (
                  <Typography.Text type="secondary" style={{ display: 'block' }}>
                    {/* Kept outermost first (the unit it came from last); said in the order it travelled. */}
                    {t('exchange.receivedVia', { names: [...r.via].reverse().join(' → ') })}
                  </Typography.Text>
                )}
              </>
            ),
          }]),
          {
            title: t('exchange.receivedBundle'),
            key: 'n',
            width: 190,
            render: (_, r) => (
              <>
                {r.partKey > 0 ? t('exchange.receivedNumberPart', { sequence: r.sequence, part: r.partKey }) : t('exchange.receivedNumber', { sequence: r.sequence })}
                <Typography.Text type="secondary" style={{ display: 'block' }}>
                  {rangeText(t, r.range)}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ display: 'block' }}>
                  {t('exchange.receivedMade', { at: formatDateTime(r.createdAt) })}
                </Typography.Text>
              </>
            ),
          },
          { title: t('exchange.records'), key: 'r', align: 'right', width: 100, render: (_, r) => recordTotal(r.counts).toLocaleString('vi-VN') },
          // A long file name breaks after its parts (code_date_number), not inside a number.
          { title: t('exchange.files'), key: 'f', render: (_, r) => r.fileName.split(/(?<=[_.])/).map((piece, i) => <Fragment key={i}>{i > 0 && <wbr />}<span style={{ whiteSpace: 'nowrap' }}>{piece}</span></Fragment>) },
          { title: t('exchange.receivedBy'), key: 'by', width: 140, render: (_, r) => r.importedBy },
        ]}
      />
    </Card>
  );
}
