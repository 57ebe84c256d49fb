/**
 * Báo cáo thống kê: the report of a chosen year (last year by default — it is made at the start
 * of the next), computed from the data with the typed figures (staff, storage, equipment,
 * budget); saved as a draft, finalised (its figures fixed and sent upward with the next bundle),
 * printed as PDF or exported as .xlsx. The form numbers and titles are edited below (❓).
 */
import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { Confirm } from '../../components/Confirm';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { blankTypedRows, figuresRefusal, formatFigure, relatedFigures, reportSections, TYPED_KEYS, typedCellValues, typedFigureIssues } from '../../core/duties/statistics';
import { formatDateTime } from '../../core/format';
import { useDb, useSession } from '../../db/context';
import { DutyInvalidError, getStatForms } from '../../db/repositories/duties-settings';
import { finaliseReport, reopenReport, reportView, saveReportDraft } from '../../db/repositories/statistics-repository';
import { useFocusAfterSave } from '../../hooks/useFocusAfterSave';
import { issueMessage } from '../../i18n';
import { statisticsToXlsx } from '../../spreadsheet/statistics-xlsx';
import { StatFormsCard } from './StatFormsCard';
import { useAction } from './useAction';
import { useFormUnit, useOutputs } from './useOutputs';

type Row = { key: string; form?: string; no?: string; label: string; unit: string; value?: number; typed: boolean };

export function StatisticsPanel() {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const act = useAction();
  const [confirming, setConfirming] = useState(false);
  const unit = useFormUnit();
  const out = useOutputs();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear - 1);
  const view = useLiveQuery(() => reportView(db, session.unitId, year), [db, session.unitId, year]);
  const savedForms = useLiveQuery(() => getStatForms(db), [db]);
  const [typed, setTyped] = useState<Record<string, string>>({});
  // Typed cells refused, by indicator: marked red with the sentence under the indicator.
  const [errors, setErrors] = useState<Record<string, string>>({});
  const focus = useFocusAfterSave();
  const final = view?.report?.status === 'final';
  const forms = final ? view.report!.forms : (savedForms ?? []);
  useEffect(() => {
    if (view) setTyped(Object.fromEntries(TYPED_KEYS.map((k) => [k, view.values[k] !== undefined ? formatFigure(view.values[k]).replace(/\./g, '') : ''])));
    setErrors({});
  }, [view]);
  const sections = useMemo(() => reportSections(forms, [view?.values ?? {}]), [forms, view]);
  const rows: Row[] = sections.flatMap((s) => [{ key: `form-${s.form.key}`, form: `${t('stats.form', { number: s.form.number })}: ${s.form.title}`, label: '', unit: '', typed: false }, ...s.rows.map((r) => ({ key: r.key, no: r.no, label: r.label, unit: r.unit, ...(r.values[0] !== undefined ? { value: r.values[0] } : {}), typed: TYPED_KEYS.includes(r.key) }))]);
  const typedValues = () => typedCellValues(typed);
  // Asked about by name when finalising: a blank row goes upward as "not known", not as 0.
  const blank = confirming ? blankTypedRows(forms, typedValues()) : [];
  // One cell checked as it is left (and again while it is marked, so the mark goes once it is right),
  // with the rows that depend on it (a total and its "Trong đó" rows).
  const checkCell = (key: string, text: string) => {
    const issues = typedFigureIssues(forms, typedCellValues({ ...typed, [key]: text }));
    setErrors((old) => {
      const next = { ...old };
      for (const k of relatedFigures(key)) {
        const issue = issues.find((i) => i.field === k);
        if (issue) next[k] = issueMessage(t, issue);
        else delete next[k];
      }
      return next;
    });
  };
  const marked = (fields: Record<string, string>) => {
    setErrors(fields);
    if (Object.keys(fields).length > 0) focus.firstInvalid();
  };

  const printPdf = () =>
    void act(async () => {
      const issues = final ? [] : typedFigureIssues(forms, typedValues());
      if (issues.length > 0) throw new DutyInvalidError(issues);
      void out.pdf({ kind: 'statistics-report', input: { unit, year, date: new Date(), columns: [t('stats.value')], sections: reportSections(forms, [{ ...(view?.values ?? {}), ...(final ? {} : typedValues()) }]), draft: !final, preparer: view?.report?.preparedBy ?? session.operator } }, `bao-cao-thong-ke-${year}.pdf`);
    }, undefined, marked);
  const exportXlsx = () => void out.xlsx(`bao-cao-thong-ke-${year}.xlsx`, () => statisticsToXlsx(t('stats.xlsxTitle', { year, unit: unit.name }), [t('stats.value')], sections));
  return (
    <Space ref={focus.root} orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        size="small"
        title={<Space>{t('stats.title', { year })} <Select aria-label={t('registers.year')} data-testid="stats-year" size="small" value={year} onChange={setYear} options={[thisYear, thisYear - 1, thisYear - 2, thisYear - 3, thisYear - 4].map((y) => ({ value: y, label: String(y) }))} style={{ width: 90 }} /></Space>}
        extra={final ? <Tag color="green" data-testid="stats-status">{t('stats.finalOn', { date: formatDateTime(view?.report?.finalisedAt ?? '') })}</Tag> : <Tag color="orange" data-testid="stats-status">{t('stats.draft')}</Tag>}
      >
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>{t(final ? 'stats.finalHelp' : 'stats.draftHelp')}</Typography.Paragraph>
        <Table<Row>
          size="small"
          rowKey="key"
          data-testid="stats-table"
          dataSource={rows}
          pagination={false}
          columns={[
            { title: t('stats.no'), key: 'no', width: 60, render: (_, r) => (r.form ? <Typography.Text strong>{r.form}</Typography.Text> : r.no), onCell: (r) => (r.form ? { colSpan: 4, style: { background: '#fafafa' } } : {}) },
            { title: t('stats.indicator'), key: 'l', render: (_, r) => (errors[r.key] ? <>{r.label}<br /><Typography.Text type="danger" id={`stat-error-${r.key}`}>{errors[r.key]}</Typography.Text></> : r.label), onCell: (r) => (r.form ? { colSpan: 0 } : {}) },
            { title: t('stats.unit'), dataIndex: 'unit', width: 110, onCell: (r) => (r.form ? { colSpan: 0 } : {}) },
            {
              title: t('stats.value'),
              key: 'v',
              width: 160,
              align: 'right',
              onCell: (r) => (r.form ? { colSpan: 0 } : {}),
              render: (_, r) =>
                r.typed && !final ? (
                  <Input
                    size="small"
                    aria-label={r.label}
                    inputMode="decimal"
                    value={typed[r.key] ?? ''}
                    status={errors[r.key] ? 'error' : undefined}
                    aria-invalid={errors[r.key] ? true : undefined}
                    aria-describedby={errors[r.key] ? `stat-error-${r.key}` : undefined}
                    onChange={(e) => {
                      setTyped({ ...typed, [r.key]: e.target.value });
                      if (errors[r.key]) checkCell(r.key, e.target.value);
                    }}
                    // Left for a button (save, Chốt báo cáo, print): that button checks every cell. Marking the cell
                    // here would push the button down between press and release, and the click would be lost.
                    onBlur={(e) => { if (!(e.relatedTarget instanceof HTMLButtonElement)) checkCell(r.key, e.target.value); }}
                    style={{ textAlign: 'right' }}
                  />
                ) : (
                  <span data-testid={`stat-${r.key}`}>{formatFigure(r.value)}</span>
                ),
            },
          ]}
        />
        <Space wrap style={{ marginTop: 12 }}>
          {!final && <Button onClick={() => void act(() => saveReportDraft(db, session, year, typedValues(), forms), t('stats.draftSaved'), marked)} data-testid="save-stats-draft">{t('stats.saveDraft')}</Button>}
          {!final && (
            <Confirm
              title={t('stats.finaliseConfirm')}
              description={blank.length > 0 ? <span data-testid="stats-blank-rows">{t('stats.finaliseBlank', { count: blank.length, rows: blank.join(', ') })}</span> : undefined}
              open={confirming}
              // Asked to confirm only a report that can be finalised: bad cells are refused and marked first.
              onOpenChange={(open) => {
                if (!open) return setConfirming(false);
                const issues = typedFigureIssues(forms, typedValues());
                if (issues.length === 0) return setConfirming(true);
                void act(() => Promise.reject(new DutyInvalidError(issues, figuresRefusal(issues))), undefined, marked);
              }}
              onConfirm={() => {
                setConfirming(false);
                void act(() => finaliseReport(db, session, year, typedValues(), forms, new Date()), t('stats.finalised'), marked);
              }}
            >
              <Button type="primary" data-testid="finalise-stats">{t('stats.finalise')}</Button>
            </Confirm>
          )}
          {final && <Button onClick={() => void act(() => reopenReport(db, session, year), t('stats.reopened'))}>{t('stats.reopen')}</Button>}
          <Button loading={out.busy} onClick={printPdf} data-testid="print-stats">{t('stats.printPdf')}</Button>
          <Button loading={out.busy} onClick={exportXlsx} data-testid="export-stats">{t('stats.exportXlsx')}</Button>
          {final && <Button onClick={() => { window.location.hash = '#/exchange'; }}>{t('stats.sendUpward')}</Button>}
        </Space>
      </Card>
      <Alert type="info" showIcon title={t('stats.formsNote')} />
      <StatFormsCard />
    </Space>
  );
}
