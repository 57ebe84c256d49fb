/**
 * The upper level's view (lưu trữ lịch sử cấp tỉnh, or a merged commune): per sending
 * unit, its last bundle, sequence gaps, days since contact, record counts, statistics charts,
 * the consolidated inventory and search across every unit.
 */
import { Fragment, useMemo } from 'react';
import { Alert, Button, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCount, formatDateTime } from '../../core/format';
import { errorMessage } from '../../i18n';
import { useUpperApi, useUpperQuery } from '../../upper-api/context';
import type { OriginOverview } from '../../upper-api/types';
import { UpperStats } from './UpperStats';
import { UpperSearch } from './UpperSearch';
import { UpperInventory, useInventoryPrint } from './UpperInventory';
import { ReceivedBundlesCard } from '../exchange/ReceivedBundlesCard';
import { ArchiveSearch, ServerArchiveSearch } from '../processing/ArchiveSearch';
import { UpperReports } from '../duties/UpperReports';
import { sameNameAndCode, unitIdTail, unitNamesById } from '../../core/bundle/overview';
import { useStagedMount } from '../../hooks/useStagedMount';

const NO_NAMES: ReadonlyMap<string, string> = new Map();

/** A unit's row opened: its bundles received (the numbers it still misses said over them) and its own inventory to print. */
/** `name`: the unit as the page names it (two of one name told apart by their codes), its row's name until read. */
function UnitDetail({ row, name }: { readonly row: OriginOverview; readonly name: string }) {
  const { t } = useTranslation();
  const { print, busy } = useInventoryPrint();
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="upper-unit-detail">
      <Button onClick={() => void print(row, name)} loading={busy} data-testid="upper-unit-inventory">{t('upper.unitInventory', { name })}</Button>
      <ReceivedBundlesCard unit={row} />
    </Space>
  );
}

export function UpperLevelPage() {
  const { t, i18n } = useTranslation();
  const api = useUpperApi();
  const local = api.kind === 'indexeddb';
  const overview = useUpperQuery((api) => api.overview(new Date()), []);
  const holdingsResult = useUpperQuery((api) => api.holdings(), []).data;
  const unitsResult = useUpperQuery((api) => api.unitNames(), []).data;
  const rows = overview.data;
  const alike = useMemo(() => sameNameAndCode(rows ?? []), [rows]);
  const holdings = useMemo(() => (holdingsResult ? new Map(Object.entries(holdingsResult.byOrigin)) : undefined), [holdingsResult]);
  const metresPerBox = holdingsResult?.metresPerBox;
  // Named as the pickers and hits show them: look-alike names told apart by their codes (from the units' table).
  const units = useMemo(() => (unitsResult ? unitNamesById(unitsResult, rows ?? []) : undefined), [unitsResult, rows]);
  // The reports' card names its units from their full names and codes (short, told apart among them); the duties' rows as the pickers do.
  const reportUnits = useMemo(() => (rows ?? []).map((r) => ({ unitId: r.unitId, name: r.name, adminCode: r.adminCode, label: units?.get(r.unitId) ?? r.name })), [rows, units]);
  // The units' table first; the sections below it join one per task once it is there.
  const stage = useStagedMount(5, rows !== undefined || overview.error !== undefined);
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('upper.title')}</Typography.Title>
      <Alert type="info" showIcon title={t('upper.intro')} />
      {overview.error !== undefined && <Alert type="error" showIcon title={errorMessage(t, overview.error)} data-testid="upper-error" />}
      <Card title={t('upper.origins')}>
        <Table<OriginOverview>
          data-testid="upper-origins"
          size="small"
          rowKey="unitId"
          loading={!rows}
          dataSource={rows ?? []}
          pagination={false}
          locale={{ emptyText: overview.error !== undefined ? <span /> : <Empty description={local ? t('upper.empty') : t(api.may.import ? 'upper.emptyServer' : 'upper.emptyServerView', { menu: t('archive.navImport') })} /> }}
          // A unit's row opens what came from it (it opened nothing: its bundles were on another page, under a picker).
          expandable={{ expandedRowRender: (r) => <UnitDetail row={r} name={units?.get(r.unitId) ?? r.name} />, expandRowByClick: true }}
          rowClassName={() => 'clickable-row'}
          columns={[
            {
              title: t('upper.unit'),
              key: 'name',
              width: 200,
              render: (_, r) => (
                <>
                  {r.name}
                  {r.carriedBy.length > 0 && <Tag style={{ marginLeft: 6 }}>{t('upper.carriedBy', { names: r.carriedBy.join(', ') })}</Tag>}
                  {r.lineages > 1 && <Tag color="orange" style={{ marginLeft: 6 }}>{t('upper.lineages')}</Tag>}
                  {/* Two units alike (set up twice as one commune): each named with the end of its own id (random; its start is the minute it was made), to tell them apart. */}
                  {alike.has(r.unitId) && <Tag color="red" style={{ marginLeft: 6 }} title={t('upper.sameNameAndCodeHelp')} data-testid="same-name-and-code">{t('upper.sameNameAndCode', { id: unitIdTail(r.unitId) })}</Tag>}
                </>
              ),
            },
            { title: t('upper.code'), dataIndex: 'adminCode', width: 90 },
            { title: t('upper.lastBundle'), dataIndex: 'lastCreatedAt', width: 150, render: (v: string) => formatDateTime(v) },
            { title: t('upper.lastSequence'), dataIndex: 'lastSequence', width: 90, align: 'right' },
            {
              title: t('upper.gaps'),
              dataIndex: 'missing',
              render: (m: number[]) => (m.length ? <Tag color="red">{m.join(', ')}</Tag> : <Tag color="green">{t('upper.noGaps')}</Tag>),
            },
            { title: t('upper.daysSince'), dataIndex: 'daysSinceContact', width: 130, align: 'right' },
            {
              title: t('upper.counts'),
              key: 'counts',
              render: (_, r) =>
                Object.entries(r.counts)
                  // The unit's own profile and its users are not holdings.
                  .filter(([table, n]) => n > 0 && table !== 'units' && table !== 'operators')
                  // Each figure kept with its label: a narrow cell wraps between figures (at the
                  // separator, outside the figure), never inside one.
                  .map(([table, n], i) => (
                    <Fragment key={table}>
                      {i > 0 && ' · '}
                      <span style={{ whiteSpace: 'nowrap' }}>{t(`table.${table}`)}: {formatCount(n, i18n.language)}</span>
                    </Fragment>
                  )),
            },
            // The control that opens the row, last (the unit's name first, as people look for it).
            Table.EXPAND_COLUMN,
          ]}
        />
      </Card>
      {stage >= 1 && rows && rows.length > 0 && holdings && metresPerBox !== undefined && <UpperStats rows={rows} holdings={holdings} metresPerBox={metresPerBox} units={units} />}
      {/* Its picker names the units as the page does once their names are read; by their rows' names until then (or if that read fails). */}
      {stage >= 2 && rows && rows.length > 0 && <UpperInventory rows={rows} units={units ?? NO_NAMES} />}
      {stage >= 3 && rows && rows.length > 0 && <UpperReports units={reportUnits} />}
      {stage >= 4 && units && <UpperSearch units={units} />}
      {stage >= 5 && units && (local ? <ArchiveSearch units={units} title={t('processing.upperSearchTitle')} /> : <ServerArchiveSearch units={units} title={t('processing.upperSearchTitle')} />)}
    </Space>
  );
}
