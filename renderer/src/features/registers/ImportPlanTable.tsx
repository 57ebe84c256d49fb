/**
 * The dry run shown to the clerk: the counts, then every row with what will happen to it and
 * why. Memoised: with 100,000 rows a render costs a few hundred milliseconds, so it renders
 * when the plan changes, not when anything else in the dialog does.
 */
import { memo } from 'react';
import { Alert, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../core/registers/numbering';
import { issueMessage } from '../../i18n';
import { importIssueText } from './import-messages';
import type { PlanRowView, PlanView } from './register-import-client';

const STATUS_COLOR = { ok: 'green', error: 'red', duplicate: 'orange', empty: 'default' } as const;

/** `toImport`: the rows that will be imported, as the dialog's button counts them; `withDuplicates`: the ones that may be duplicates among them (the clerk ticked them). */
export const ImportPlanTable = memo(function ImportPlanTable({ plan, toImport, withDuplicates }: { plan: PlanView; toImport: number; withDuplicates: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('registerImport.checkTitle')}
      </Typography.Title>
      {plan.issues.map((i, k) => (
        <Alert key={k} type="error" showIcon message={issueMessage(t, i)} />
      ))}
      <Alert
        type={plan.totals.error > 0 ? 'warning' : 'success'}
        showIcon
        data-testid="import-summary"
        message={t(withDuplicates && plan.totals.duplicate > 0 ? 'registerImport.summaryWithDuplicates' : 'registerImport.summary', { ok: toImport, error: plan.totals.error, duplicate: plan.totals.duplicate, empty: plan.totals.empty })}
        description={
          <>
            {t('registerImport.encodingSummary', { tcvn3: plan.totals.byEncoding.tcvn3, vni: plan.totals.byEncoding.vni, decomposed: plan.totals.decomposed })}
            {plan.totals.warned > 0 && <div>{t('registerImport.warnedSummary', { count: plan.totals.warned })}</div>}
          </>
        }
      />
      <div data-testid="import-rows">
        <Table
          size="small"
          rowKey="rowNumber"
          pagination={{ pageSize: 50, showSizeChanger: false }}
          dataSource={plan.rows as PlanRowView[]}
          columns={[
            { key: 'row', title: t('registerImport.row'), width: 70, render: (_, r) => r.rowNumber },
            {
              key: 'status',
              title: t('fields.progress'),
              width: 130,
              render: (_, r) => (
                <>
                  <Tag color={STATUS_COLOR[r.status]}>{t(`registerImport.status.${r.status}`)}</Tag>
                  {r.warnings.length > 0 && <Tag color="gold">{t('registerImport.warning')}</Tag>}
                </>
              ),
            },
            { key: 'n', title: t('fields.arrivalNumber'), width: 80, render: (_, r) => (r.number === undefined ? '' : formatNumber(r.number)) },
            { key: 'summary', title: t('fields.summary'), ellipsis: true, render: (_, r) => r.summary },
            {
              key: 'issues',
              title: t('registerImport.issuesColumn'),
              render: (_, r) => (
                <>
                  {r.issues.map((i, k) => (
                    <div key={`e${k}`}>{importIssueText(t, i, 'table')}</div>
                  ))}
                  {r.warnings.map((i, k) => (
                    <Typography.Text key={`w${k}`} type="warning" style={{ display: 'block' }}>
                      {importIssueText(t, i, 'table')}
                    </Typography.Text>
                  ))}
                </>
              ),
            },
          ]}
        />
      </div>
      {plan.totals.error > 0 && <Typography.Text type="secondary">{t('registerImport.errorsSkipped')}</Typography.Text>}
    </>
  );
});
