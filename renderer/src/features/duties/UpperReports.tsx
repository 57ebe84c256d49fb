/**
 * At the upper level: the yearly statistics reports its units sent (final ones), side by side
 * with a total column — on screen, as PDF and as .xlsx — and per unit the deposits, destructions
 * and loans its bundles brought. Read through the upper-level seam: the same on this PC's
 * IndexedDB and on the province archive's server.
 */
import { useMemo, useState } from 'react';
import { Alert, Button, Card, Empty, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage, issueMessage } from '../../i18n';
import { DEFAULT_STAT_FORMS, formatFigure, reportSections, totalValues } from '../../core/duties/statistics';
import { NO_DUTIES, reportUnitNames, type UnitDuties } from '../../core/duties/upper-duties';
import { useUpperQueryFor } from '../../upper-api/context';
import { statisticsToXlsx } from '../../spreadsheet/statistics-xlsx';
import { useOutputs } from './useOutputs';

/** A form's row across the table: its title in the columns that stay in sight, the rest of the row shaded with it. */
const FORM_ROW = { background: '#fafafa' } as const;

/** The duties card's choice: the reports' year (followed), or every year to date. */
const ALL_YEARS = 'all';

/**
 * `units`: the units received, each by its full name and code (the reports' card names them short, told apart among
 * themselves) and by `label`, the name the page tells it apart by (the duties card's rows, as the pickers name it).
 */
export function UpperReports({ units }: { units: readonly { readonly unitId: string; readonly name: string; readonly adminCode: string; readonly label: string }[] }) {
  const { t } = useTranslation();
  const out = useOutputs();
  const [chosen, setChosen] = useState<number>();
  // The duties follow the reports' year unless every year is asked for.
  const [allYears, setAllYears] = useState(false);
  // The year picked shows at once; its reports once they came (not the last year's meanwhile).
  const asked = useUpperQueryFor(chosen, (api) => api.statReports(chosen));
  const shown = asked.data;
  const year = chosen ?? shown?.year;
  const years = shown?.years ?? [];
  const reports = shown?.reports ?? [];
  const unitIds = units.map((u) => u.unitId).join(',');
  const dutyYear = allYears ? undefined : year;
  // The figures of the year (or of every year) asked for, not the last ones left on screen meanwhile; none asked until the year is known.
  const dutiesAsked = useUpperQueryFor(`${unitIds}|${dutyYear ?? (allYears ? ALL_YEARS : '')}`, (api) =>
    !allYears && dutyYear === undefined ? Promise.resolve(undefined) : api.unitDuties(unitIds ? unitIds.split(',') : [], dutyYear),
  );
  const duties = dutiesAsked.data;
  // A read that failed (the archive's server out of reach) is said, not shown as zeros or as no report.
  const failed = asked.error ?? dutiesAsked.error;
  /** The card's units by one name in its columns and its alerts alike: short, told apart among them (see `reportUnitNames`). */
  const nameOf = useMemo(() => reportUnitNames(reports, units), [reports, units]);
  const columns = useMemo(() => [...reports.map((r) => nameOf.get(r.unitId)!), t('stats.total')], [reports, nameOf, t]);
  // The units received that sent no final report of the year: not in the total, said so.
  const reported = new Set(reports.map((r) => r.unitId));
  const silent = shown ? units.filter((u) => !reported.has(u.unitId)) : [];
  const forms = reports[0]?.report.forms ?? DEFAULT_STAT_FORMS;
  const sections = useMemo(() => reportSections(forms, [...reports.map((r) => r.report.values), totalValues(reports.map((r) => r.report.values))]), [forms, reports]);
  const rows = sections.flatMap((s, si) => [{ key: `f-${s.form.key}`, form: `${t('stats.form', { number: s.form.number })}: ${s.form.title}` } as const, ...s.rows.map((r, ri) => ({ ...r, no: `${si + 1}.${ri + 1}` }))]);
  const dutyRows = units.map((u) => ({ unitId: u.unitId, name: u.label, ...(duties?.[u.unitId] ?? NO_DUTIES) }));
  const yearOptions = [...new Set([...(year !== undefined ? [year] : []), ...years])];
  const dutyColumn = (key: keyof UnitDuties) => ({ title: t(`upperDuties.${key}`), dataIndex: key, width: 110, align: 'right' as const });
  return (
    // Its cards apart from each other as the page's are (a fragment's two cards touched).
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {failed !== undefined && <Alert type="error" showIcon title={errorMessage(t, failed)} data-testid="upper-duties-error" />}
      <Card
        title={
          <Space wrap>
            {t('upperDuties.title')}
            <Select
              aria-label={t('upperDuties.dutiesYear')}
              size="small"
              value={allYears ? ALL_YEARS : year}
              onChange={(v: number | typeof ALL_YEARS) => {
                setAllYears(v === ALL_YEARS);
                // Another year is the reports' too: the two cards speak of one year.
                if (v !== ALL_YEARS) setChosen(v);
              }}
              options={[...yearOptions.map((y) => ({ value: y as number | typeof ALL_YEARS, label: t('upperDuties.yearOf', { year: y }) })), { value: ALL_YEARS, label: t('upperDuties.allYears') }]}
              popupMatchSelectWidth={false}
              style={{ minWidth: 150 }}
              data-testid="upper-duties-year"
            />
          </Space>
        }
        data-testid="upper-duties"
      >
        {(allYears || year !== undefined) && (
          <Typography.Paragraph type="secondary" data-testid="upper-duties-scope">{allYears ? t('upperDuties.dutiesHelpAll') : t('upperDuties.dutiesHelpYear', { year })}</Typography.Paragraph>
        )}
        <Table size="small" rowKey="unitId" loading={duties === undefined && failed === undefined} dataSource={dutyRows} pagination={false} columns={[{ title: t('upper.unit'), dataIndex: 'name', width: 240 }, dutyColumn('depositBatches'), { title: t('upperDuties.depositedDossiers'), children: [dutyColumn('dossiersToCurrent'), dutyColumn('dossiersToHistorical')] }, dutyColumn('destroyedDossiers'), dutyColumn('loans'), dutyColumn('openLoans')]} />
      </Card>
      <Card
        title={<Space>{t('upperDuties.reportsTitle')}<Select aria-label={t('registers.year')} size="small" value={year} onChange={setChosen} options={yearOptions.map((y) => ({ value: y, label: String(y) }))} style={{ width: 90 }} /></Space>}
        extra={shown && reports.length > 0 && (
          <Space>
            <Button loading={out.busy} onClick={() => void out.pdf({ kind: 'statistics-report', input: { unit: shown.unit, year: shown.year, date: new Date(), columns, sections, draft: false } }, `bao-cao-thong-ke-tong-hop-${year}.pdf`)} data-testid="print-upper-reports">{t('stats.printPdf')}</Button>
            <Button loading={out.busy} onClick={() => void out.xlsx(`bao-cao-thong-ke-tong-hop-${shown.year}.xlsx`, () => statisticsToXlsx(t('upperDuties.xlsxTitle', { year: shown.year }), columns, sections))}>{t('stats.exportXlsx')}</Button>
          </Space>
        )}
        data-testid="upper-reports"
      >
        {silent.length > 0 && reports.length > 0 && (
          <Alert type="info" showIcon style={{ marginBottom: 12 }} data-testid="upper-reports-missing" title={t('upperDuties.notReported', { year: shown!.year, count: silent.length, names: silent.map((u) => nameOf.get(u.unitId) ?? u.name).join(', ') })} />
        )}
        {reports
          .filter((r) => r.issues.length > 0)
          .map((r) => (
            <Alert
              key={r.unitId}
              type="warning"
              showIcon
              data-testid="upper-report-issues"
              style={{ marginBottom: 12 }}
              title={t('upperDuties.reportIssues', { unit: nameOf.get(r.unitId)!, count: r.issues.length, first: issueMessage(t, r.issues[0]!) })}
            />
          ))}
        {!shown ? (
          failed === undefined && <Spin data-testid="upper-reports-loading" />
        ) : reports.length === 0 ? (
          <Empty description={t('upperDuties.noReports', { year: shown.year })} />
        ) : (
          <Table
            size="small"
            rowKey="key"
            dataSource={rows}
            pagination={false}
            // The indicator column narrows to 240 px before the table scrolls sideways (one unit fits a 1024 px screen).
            scroll={{ x: 400 + columns.length * 130 }}
            // Many units: the units' names stay in sight down the page, the indicators and their units across it (both
            // scrolled away: 0,125 without "mét").
            sticky
            columns={[
              { title: t('stats.no'), key: 'no', width: 60, fixed: 'left', render: (_, r) => ('form' in r ? <Typography.Text strong>{r.form}</Typography.Text> : r.no), onCell: (r) => ('form' in r ? { colSpan: 2, style: FORM_ROW } : {}) },
              // The year in the corner that stays in sight scrolled down or across: the archivist always sees which year's reports these are.
              { title: <Space size={6} wrap>{t('stats.indicator')}<Tag color="blue" data-testid="upper-reports-sticky-year">{t('upperDuties.yearOf', { year: shown.year })}</Tag></Space>, key: 'l', width: 240, fixed: 'left', render: (_, r) => ('label' in r ? r.label : ''), onCell: (r) => ('form' in r ? { colSpan: 0 } : {}) },
              { title: t('stats.unit'), key: 'u', width: 100, fixed: 'left', render: (_, r) => ('unit' in r ? r.unit : ''), onCell: (r) => ('form' in r ? { style: FORM_ROW } : {}) },
              ...columns.map((c, i) => ({ title: c, key: `c${i}`, width: 130, align: 'right' as const, onCell: (r: (typeof rows)[number]) => ('form' in r ? { style: FORM_ROW } : {}), render: (_: unknown, r: (typeof rows)[number]) => {
                  if (!('values' in r)) return '';
                  const issue = reports[i]?.issues.find((x) => x.field === r.key);
                  const figure = <span data-testid={`upper-${r.key}-${i}`}>{formatFigure(r.values[i])}</span>;
                  return issue ? <Typography.Text type="danger" title={issueMessage(t, issue)}>{figure}</Typography.Text> : figure;
                } })),
            ]}
          />
        )}
      </Card>
    </Space>
  );
}
