/**
 * Statistics per sending unit as bar charts: documents registered, registers, dossiers, boxes,
 * metres of shelf, and backlog processed vs remaining (a stacked bar). Plain CSS bars: a chart
 * library would add hundreds of kilobytes for horizontal bars.
 */
import { useMemo, useState } from 'react';
import { App, Button, Card, Col, Row, Typography } from 'antd';
import FileExcelOutlined from '@ant-design/icons/FileExcelOutlined';
import { useTranslation } from 'react-i18next';
import type { Holdings } from '../../core/dossiers/inventory';
import { formatDate, formatDecimal, isoDate } from '../../core/format';
import { errorMessage } from '../../i18n';
import { usePlatform } from '../../platform/context';
import { hasBacklog, unitStatsRows, upperStatsToXlsx } from '../../spreadsheet/upper-stats-xlsx';
import { overviewUnitNames, shortUnitName } from '../../core/bundle/overview';
import type { OriginOverview } from '../../upper-api/types';
import { JobFiguresList } from './JobFiguresList';
import { useUpperApi } from '../../upper-api/context';
import { useStagedMount } from '../../hooks/useStagedMount';

type Measure = { readonly key: string; readonly label: string; readonly value: (r: OriginOverview, h: Holdings | undefined) => number; readonly decimals?: boolean };

/**
 * `units`: the page's names of its units (`unitNamesById`), once read: the bars (short, their labels are narrow), their
 * tooltips and the sheet name two units of one name apart by their codes, as the pickers do.
 */
export function UpperStats({ rows, holdings, metresPerBox, units }: { rows: readonly OriginOverview[]; holdings: ReadonlyMap<string, Holdings>; metresPerBox: number; units?: ReadonlyMap<string, string> | undefined }) {
  const { t, i18n } = useTranslation();
  const names = useMemo(() => overviewUnitNames(rows, units), [rows, units]);
  const local = useUpperApi().kind === 'indexeddb';
  const platform = usePlatform();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  /** The figures as an Excel sheet, a row per unit and their totals: to sort, put in a report, print. */
  const exportXlsx = async () => {
    setSaving(true);
    try {
      const today = isoDate(new Date());
      const data = await upperStatsToXlsx(
        t('upper.statsSheetTitle', { date: formatDate(today) }),
        {
          unit: t('upper.statsUnit'),
          incomingDocs: t('table.incomingDocs'),
          outgoingDocs: t('table.outgoingDocs'),
          registers: t('table.registers'),
          dossiers: t('upper.statDossiers'),
          boxes: t('table.boxes'),
          metres: t('upper.statMetres', { perBox: formatDecimal(metresPerBox, i18n.language, 3) }),
          backlogReceived: t('upper.statsBacklogReceived'),
          backlogProcessed: t('upper.statsBacklogProcessed'),
          backlogRemaining: t('upper.statsBacklogRemaining'),
          total: t('upper.statsTotal'),
          sheet: t('upper.stats'),
        },
        unitStatsRows(rows, holdings, names),
      );
      const saved = await platform.saveFile({ suggestedName: `thong-ke-theo-don-vi-${today}.xlsx`, filters: [{ name: 'Excel', extensions: ['xlsx'] }], data });
      if (saved.saved) void message.success(t('registers.printed', { file: saved.path }));
    } catch (e) {
      void message.error(errorMessage(t, e));
    } finally {
      setSaving(false);
    }
  };
  // One formatter for the hundreds of figures (toLocaleString makes one per call).
  const whole = useMemo(() => new Intl.NumberFormat(i18n.language === 'en' ? 'en-US' : 'vi-VN'), [i18n.language]);
  const num = (n: number, decimals = false) => (decimals ? formatDecimal(n, i18n.language) : whole.format(n));
  const measures: Measure[] = [
    { key: 'incomingDocs', label: t('table.incomingDocs'), value: (r) => r.counts.incomingDocs ?? 0 },
    { key: 'outgoingDocs', label: t('table.outgoingDocs'), value: (r) => r.counts.outgoingDocs ?? 0 },
    { key: 'registers', label: t('table.registers'), value: (r) => r.counts.registers ?? 0 },
    { key: 'dossiers', label: t('upper.statDossiers'), value: (_, h) => h?.dossiers ?? 0 },
    { key: 'boxes', label: t('table.boxes'), value: (_, h) => h?.boxes ?? 0 },
    { key: 'metres', label: t('upper.statMetres', { perBox: formatDecimal(metresPerBox, i18n.language, 3) }), value: (_, h) => h?.metres ?? 0, decimals: true },
  ];
  // With fifty units the seven charts are hundreds of rows: they join one per task, so none holds the window.
  const shown = useStagedMount(measures.length + 1);
  const backlogMax = Math.max(0.0001, ...rows.map((r) => holdings.get(r.unitId)?.backlogReceivedMetres ?? 0));
  return (
    <Card
      title={t('upper.stats')}
      extra={<Button icon={<FileExcelOutlined aria-hidden />} loading={saving} onClick={() => void exportXlsx()} data-testid="upper-stats-xlsx">{t('upper.statsExport')}</Button>}
      data-testid="upper-stats"
    >
      <Row gutter={[24, 24]}>
        {measures.slice(0, shown).map((m) => {
          const max = Math.max(1e-9, ...rows.map((r) => m.value(r, holdings.get(r.unitId))));
          return (
            <Col xs={24} md={12} key={m.key}>
              <Typography.Text strong>{m.label}</Typography.Text>
              <div role="list" aria-label={m.label} data-testid={`stat-${m.key}`}>
                {rows.map((r) => {
                  const n = m.value(r, holdings.get(r.unitId));
                  return (
                    <div role="listitem" key={r.unitId} className="bar-row">
                      <span className="bar-label" title={names.get(r.unitId)}>{shortUnitName(names.get(r.unitId)!)}</span>
                      <span className="bar-track"><span className="bar-fill" style={{ width: `${(n / max) * 100}%` }} /></span>
                      <span className="bar-value">{num(n, m.decimals)}</span>
                    </div>
                  );
                })}
              </div>
            </Col>
          );
        })}
        {shown > measures.length && (
        <Col xs={24} key="backlog">
          <Typography.Text strong>{t('upper.statBacklog')}</Typography.Text>
          <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
            <span className="bar-legend bar-fill" /> {t('upper.statProcessed')} <span className="bar-legend bar-fill-rest" /> {t('upper.statRemaining')}
          </Typography.Text>
          <div role="list" aria-label={t('upper.statBacklog')} data-testid="stat-backlog">
            {rows.map((r) => {
              const h = holdings.get(r.unitId);
              const done = h?.backlogProcessedMetres ?? 0;
              const rest = h?.backlogRemainingMetres ?? 0;
              return (
                <div role="listitem" key={r.unitId} className="bar-row bar-row-wide">
                  <span className="bar-label" title={names.get(r.unitId)}>{shortUnitName(names.get(r.unitId)!)}</span>
                  <span className="bar-track">
                    <span className="bar-fill" style={{ width: `${(done / backlogMax) * 100}%`, display: 'inline-block' }} />
                    <span className="bar-fill-rest" style={{ width: `${(rest / backlogMax) * 100}%`, display: 'inline-block' }} />
                  </span>
                  {/* A unit that has written no backlog figure: not known, rather than "0 done · 0 left". */}
                  <span className="bar-value">{hasBacklog(h) ? t('upper.statBacklogValue', { done: num(done, true), rest: num(rest, true) }) : t('upper.statBacklogNone')}</span>
                </div>
              );
            })}
          </div>
        </Col>
        )}
        {/* The processing jobs' figures are read from this PC's database (not served by the province archive yet). */}
        {local && (
          <Col xs={24} key="jobs">
            <JobFiguresList names={names} />
          </Col>
        )}
      </Row>
    </Card>
  );
}
