/**
 * Nộp lưu: the dossiers due (overdue, due within the warning window, or every one awaiting
 * deposit), keeping a file back or marking it capital construction, and making a deposit batch of
 * the chosen closed dossiers. Below: the batches made, batches received from other units, and the
 * deadline rules (a setting, since the 2024 Law's details are unconfirmed).
 */
import { useMemo, useState } from 'react';
import { Alert, Button, Card, Form, Input, Radio, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { isoDate } from '../../core/format';
import { useDb, useLocalState, useSession } from '../../db/context';
import { depositDueList, endKeepBack, keepBack, setCapitalConstruction, type DueRow } from '../../db/repositories/deposit-repository';
import { getDepositRules } from '../../db/repositories/duties-settings';
import { retentionLabel } from '../dossiers/retention-label';
import { DepositBatchForm } from './DepositBatchForm';
import { DepositBatches } from './DepositBatches';
import { DepositRulesCard } from './DepositRulesCard';
import { ReceivedDeposits } from './ReceivedDeposits';
import { showDate, titleWithYear, typedDate } from './labels';
import { useAction } from './useAction';
import { Dialog } from '../../components/Dialog';
import { namedRowSelection } from '../../components/row-selection';
import { useFilledIn } from '../../hooks/useFilledIn';
import { isUpperLevel } from '../../core/unit';

type Asking = { kind: 'keep' | 'capital'; row: DueRow } | undefined;

export function DepositPanel() {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const act = useAction();
  const today = isoDate(new Date());
  const [scope, setScope] = useState<'due' | 'all'>('due');
  const [selected, setSelected] = useState<string[]>([]);
  const [batchOpen, setBatchOpen] = useState(false);
  const [dialog, setDialog] = useState<Asking>();
  const { v, setV, fill, typed } = useFilledIn({ approval: '', until: '', settlement: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const rules = useLiveQuery(() => getDepositRules(db), [db]);
  // An archive (a district, the province archive) receives deposits: they come first on its tab, said even when none
  // came yet; its own dossiers due follow (the tab read as the sending side's alone).
  const local = useLocalState();
  const receiving = local.status === 'ready' && isUpperLevel(local.unit.level);
  const rows = useLiveQuery(async () => (rules ? depositDueList(db, session.unitId, rules, today, scope === 'all' ? '9999-12-31' : undefined) : []), [db, session.unitId, rules, today, scope]) ?? [];
  const chosen = useMemo(() => rows.filter((r) => selected.includes(r.dossier.id)).map((r) => r.dossier), [rows, selected]);

  const openDialog = (kind: 'keep' | 'capital', row: DueRow) => {
    setDialog({ kind, row });
    setErrors({});
    fill({ approval: row.dossier.keptBackApproval ?? '', until: showDate(row.dossier.keptBackUntil), settlement: showDate(row.dossier.settlementDate) });
  };
  const submitDialog = async () => {
    if (!dialog || !rules) return;
    const d = dialog.row.dossier;
    const done =
      dialog.kind === 'keep'
        ? await act(() => keepBack(db, session, d.id, v.approval, typedDate(v.until), rules), t('deposit.keptBackSaved', { notation: d.notation }), setErrors)
        : await act(() => setCapitalConstruction(db, session, d.id, true, v.settlement.trim() ? typedDate(v.settlement) : undefined), t('deposit.capitalSaved', { notation: d.notation }), setErrors);
    if (done) setDialog(undefined);
  };

  const status = (r: DueRow) => <Tag color={r.status === 'overdue' ? 'red' : r.status === 'soon' ? 'orange' : 'default'}>{t(`deposit.status_${r.status}`)}</Tag>;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {receiving && <ReceivedDeposits always />}
      <Card
        size="small"
        title={t(receiving ? 'deposit.dueTitleOwn' : 'deposit.dueTitle')}
      >
        {/* Below the title, not beside it: on a 1024 px screen the title was cut to "Hồ sơ đến…". */}
        <Space wrap style={{ marginBottom: 8 }}>
          <Radio.Group size="small" value={scope} onChange={(e) => setScope(e.target.value as 'due' | 'all')} options={[{ value: 'due', label: t('deposit.scopeDue', { days: rules?.warningDays ?? 30 }) }, { value: 'all', label: t('deposit.scopeAll') }]} optionType="button" />
          <Button type="primary" disabled={chosen.length === 0} onClick={() => setBatchOpen(true)} data-testid="make-batch">{t('deposit.makeBatch', { count: chosen.length })}</Button>
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>{t('deposit.dueHelp', { years: rules?.minRetentionYears ?? 5 })}</Typography.Paragraph>
        <Table<DueRow>
          size="small"
          rowKey={(r) => r.dossier.id}
          data-testid="deposit-due"
          tableLayout="fixed"
          // Whole without scrolling sideways from 1024 px: the deadline says its status and how it is
          // counted in one column (at 1024 px those two columns were under the action column).
          scroll={{ x: 740 }}
          dataSource={rows}
          pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          locale={{ emptyText: t(scope === 'due' ? 'deposit.noneDue' : 'deposit.nonePending') }}
          rowSelection={namedRowSelection(t, (r) => r.dossier.notation, { selectedRowKeys: selected, onChange: (k) => setSelected(k.map(String)), getCheckboxProps: (r) => ({ disabled: r.dossier.status !== 'closed' || r.dossier.boxId === undefined }) })}
          columns={[
            { title: t('dossiers.notation'), key: 'n', width: 90, render: (_, r) => r.dossier.notation },
            { title: t('dossiers.title'), key: 't', render: (_, r) => <>{titleWithYear(r.dossier)}{r.dossier.status !== 'closed' ? <Typography.Text type="warning" style={{ display: 'block', fontSize: 12 }}>{t('deposit.mustClose')}</Typography.Text> : r.dossier.boxId === undefined && <Typography.Text type="warning" style={{ display: 'block', fontSize: 12 }} data-testid="must-box">{t(r.dossier.fileNumber === undefined ? 'deposit.mustNumber' : 'deposit.mustBox')}</Typography.Text>}</> },
            { title: t('dossiers.retention'), key: 'r', width: 90, render: (_, r) => retentionLabel(t, r.dossier.retention) },
            {
              title: t('deposit.dueDate'),
              key: 'd',
              width: 175,
              render: (_, r) => (
                <>
                  {showDate(r.due)} {status(r)}
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} data-testid="due-rule">
                    {t(`deposit.rule_${r.rule}`) + (r.rule === 'kept-back' ? ` (${r.dossier.keptBackApproval})` : '')}
                  </Typography.Text>
                </>
              ),
            },
            {
              title: t('common.actions'),
              key: 'a',
              // Kept in view at the right edge while the table scrolls sideways (1024 px): the print buttons are here.
              fixed: 'right' as const,
              width: 150,
              // A file in the lưu trữ hiện hành due at the historical archive is neither kept back nor capital construction: no buttons.
              render: (_, r) =>
                r.rule !== 'to-historical' && (
                <Space size={4} orientation="vertical" align="start">
                  {r.rule === 'kept-back' ? (
                    <Button size="small" onClick={() => void act(() => endKeepBack(db, session, r.dossier.id), t('deposit.keepBackEnded'))}>{t('deposit.endKeepBack')}</Button>
                  ) : (
                    <Button size="small" onClick={() => openDialog('keep', r)}>{t('deposit.keepBack')}</Button>
                  )}
                  {r.rule === 'capital' ? (
                    <Button size="small" onClick={() => void act(() => setCapitalConstruction(db, session, r.dossier.id, false), t('deposit.capitalCleared'))}>{t('deposit.notCapital')}</Button>
                  ) : (
                    <Button size="small" onClick={() => openDialog('capital', r)}>{t('deposit.capital')}</Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <DepositBatches />
      {!receiving && <ReceivedDeposits />}
      <DepositRulesCard />
      <DepositBatchForm open={batchOpen} dossiers={chosen} onClose={(made) => { setBatchOpen(false); if (made) setSelected([]); }} />
      <Dialog open={!!dialog} title={dialog ? t(dialog.kind === 'keep' ? 'deposit.keepBackTitle' : 'deposit.capitalTitle', { notation: dialog.row.dossier.notation }) : ''} onCancel={() => setDialog(undefined)} typed={typed} onOk={() => void submitDialog()} okText={t('common.save')} destroyOnHidden>
        {dialog?.kind === 'keep' ? (
          <Form layout="vertical" component="div">
            <Alert type="info" showIcon title={t('deposit.keepBackHelp', { years: rules?.keptBackMaxYears ?? 2, due: showDate(dialog.row.normalDue) })} style={{ marginBottom: 12 }} />
            <Form.Item label={t('deposit.keptBackApproval')} validateStatus={errors.keptBackApproval ? 'error' : undefined} help={errors.keptBackApproval}><Input aria-label={t('deposit.keptBackApproval')} value={v.approval} onChange={(e) => setV({ ...v, approval: e.target.value })} placeholder={t('deposit.keptBackApprovalHint')} /></Form.Item>
            <Form.Item label={t('deposit.keptBackUntil')} validateStatus={errors.keptBackUntil ? 'error' : undefined} help={errors.keptBackUntil}><Input aria-label={t('deposit.keptBackUntil')} value={v.until} onChange={(e) => setV({ ...v, until: e.target.value })} placeholder={t('common.datePlaceholder')} /></Form.Item>
          </Form>
        ) : (
          <Form layout="vertical" component="div">
            <Alert type="info" showIcon title={t('deposit.capitalHelp', { months: rules?.capitalMonthsAfterSettlement ?? 3 })} style={{ marginBottom: 12 }} />
            <Form.Item label={t('deposit.settlementDate')} validateStatus={errors.settlementDate ? 'error' : undefined} help={errors.settlementDate}><Input aria-label={t('deposit.settlementDate')} value={v.settlement} onChange={(e) => setV({ ...v, settlement: e.target.value })} placeholder={t('common.datePlaceholder')} /></Form.Item>
          </Form>
        )}
      </Dialog>
    </Space>
  );
}
