/**
 * Khai thác, sử dụng: a new request, the records still out (overdue ones marked) with their return
 * and the printed request slip, and the register of use of a year, printable.
 */
import { useRef, useState } from 'react';
import { Button, Card, Form, Input, Select, Space, Table, Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Loan } from '../../core/duties/types';
import { fileSlug, formatDate, isoDate } from '../../core/format';
import { useDb, useSession } from '../../db/context';
import { cancelLoan, loansOfYear, openLoans, returnLoan, type LoanView } from '../../db/repositories/loan-repository';
import { listHeldFonds } from '../../db/repositories/unit-repository';
import type { Dossier } from '../../core/dossiers/types';
import { LOAN_FORM_TEXT } from '../../pdf/definitions/loan-forms';
import { LoanForm } from './LoanForm';
import { dateOf, fileLabel, showDate, slipFile, typedDate } from './labels';
import { useAction } from './useAction';
import { useFormUnit, useOutputs } from './useOutputs';
import { Dialog } from '../../components/Dialog';
import { ReasonDialog } from '../../components/ReasonDialog';
import { useEnterToSave } from '../registers/entry-inputs';
import { useFilledIn } from '../../hooks/useFilledIn';

export function LoansPanel() {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const act = useAction();
  const unit = useFormUnit();
  const out = useOutputs();
  const today = isoDate(new Date());
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const out1 = useLiveQuery(() => openLoans(db, session.unitId), [db, session.unitId]) ?? [];
  const register = useLiveQuery(() => loansOfYear(db, session.unitId, year), [db, session.unitId, year]) ?? [];
  /** The loan being returned, and its dialog's fields (the day and state it came back in). */
  const [returning, setReturning] = useState<Loan>();
  const returnForm = useFilledIn({ date: '', condition: '' });
  const [cancelling, setCancelling] = useState<{ loan: Loan; reason: string }>();
  const [returnErrors, setReturnErrors] = useState<Record<string, string>>({});
  const confirmReturn = async () => {
    if (!returning) return;
    const done = await act(() => returnLoan(db, session, returning.id, typedDate(returnForm.v.date), returnForm.v.condition), t('loans.returned_ok'), setReturnErrors);
    if (done) setReturning(undefined);
  };
  const returnEnter = useEnterToSave(() => void confirmReturn());

  // A dossier of a fonds received from another unit is named with its fonds: every commune has its own "01.TH" and "ML 1 · HS 1".
  const held = useLiveQuery(() => listHeldFonds(db, session.unitId), [db, session.unitId]);
  const namesOf = (fonds: typeof held) => new Map((fonds ?? []).filter((f) => f.unitId !== session.unitId).map((f) => [f.id, f.name]));
  const fondsName = namesOf(held);
  // A print reads the names itself: one started before the screen had read them left the fonds out.
  const namesNow = async () => namesOf(await listHeldFonds(db, session.unitId));
  // One print at a time: the names are read before the output marks the button busy.
  const printing = useRef(false);
  const once = (print: () => Promise<void>) => () => {
    if (printing.current) return;
    printing.current = true;
    void print().finally(() => (printing.current = false));
  };
  const fileOf = (d: Dossier, names = fondsName) => [names.get(d.fondsId), fileLabel(t, d)].filter(Boolean).join(' · ');
  const dossiersText = (v: LoanView, names = fondsName) => v.items.map((i, k) => { const d = v.dossiers[k]; return `${d ? `${fileOf(d, names)}: ${d.title}` : ''}${i.documents ? ` (${i.documents})` : ''}`; }).join('; ');
  const printSlip = async (v: LoanView) => {
    const names = await namesNow();
    await out.pdf(
      { kind: 'loan-slip', input: { unit, requesterName: v.loan.requesterName, organisation: v.loan.organisation, idDocument: v.loan.idDocument, purpose: v.loan.purpose, form: v.loan.form, copies: v.loan.copies, approvedBy: v.loan.approvedBy, ...(v.loan.number !== undefined ? { number: v.loan.number } : {}), requestDate: dateOf(v.loan.requestDate), loanDate: dateOf(v.loan.loanDate), dueDate: dateOf(v.loan.dueDate), lines: v.items.map((i, k) => ({ file: v.dossiers[k] ? slipFile(t, v.dossiers[k]!) : '', title: v.dossiers[k] ? [names.get(v.dossiers[k]!.fondsId), v.dossiers[k]!.title].filter(Boolean).join(' — ') : '', documents: i.documents })) } },
      `phieu-yeu-cau-${fileSlug(v.loan.requesterName)}-${v.loan.loanDate}.pdf`,
    );
  };
  const printRegister = async () => {
    const names = await namesNow();
    await out.pdf(
      { kind: 'use-register', input: { unit, year, rows: register.map((v) => ({ ...(v.loan.number !== undefined ? { number: v.loan.number } : {}), loanDate: showDate(v.loan.loanDate), requester: [v.loan.requesterName, v.loan.organisation, v.loan.idDocument].filter(Boolean).join(', '), purpose: v.loan.purpose, dossiers: dossiersText(v, names), form: LOAN_FORM_TEXT[v.loan.form] + (v.loan.copies ? ` (${v.loan.copies} bản)` : ''), approvedBy: v.loan.approvedBy, dueDate: showDate(v.loan.dueDate), returned: v.loan.returnedDate ? `${showDate(v.loan.returnedDate)}${v.loan.returnCondition ? `, ${v.loan.returnCondition}` : ''}` : '', note: v.loan.note })) } },
      `so-theo-doi-su-dung-${year}.pdf`,
    );
  };
  const who = (l: Loan) => [l.requesterName, l.organisation].filter(Boolean).join(' — ');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={t('loans.newTitle')}>
        <LoanForm out={out1} onMade={() => undefined} />
      </Card>
      <Card size="small" title={t('loans.outTitle', { count: out1.length })}>
        <Table<LoanView>
          size="small"
          rowKey={(v) => v.loan.id}
          data-testid="open-loans"
          tableLayout="fixed"
          // Fits 1024 px without scrolling (the action column, three buttons abreast, covered "Hạn trả");
          // narrower still, it scrolls sideways under the buttons, which stay at its right edge.
          scroll={{ x: 700 }}
          dataSource={out1}
          pagination={false}
          locale={{ emptyText: t('loans.noneOut') }}
          columns={[
            { title: t('loans.requesterName'), key: 'w', width: 170, render: (_, v) => who(v.loan) },
            { title: t('loans.dossiers'), key: 'd', render: (_, v) => dossiersText(v) },
            { title: t('loans.form'), key: 'f', width: 110, render: (_, v) => t(`loans.form_${v.loan.form}`) },
            { title: t('loans.dueDate'), key: 'due', width: 120, render: (_, v) => <>{showDate(v.loan.dueDate)} {v.loan.dueDate < today && <Tag color="red">{t('loans.overdue')}</Tag>}</> },
            {
              title: t('common.actions'),
              key: 'a',
              width: 150,
              fixed: 'right' as const,
              render: (_, v) => (
                <Space size={4} orientation="vertical" align="start">
                  <Button size="small" type="primary" onClick={() => { setReturnErrors({}); setReturning(v.loan); returnForm.fill({ date: formatDate(today), condition: t('loans.defaultCondition') }); }} data-testid="return-loan">{t('loans.return')}</Button>
                  <Button size="small" onClick={once(() => printSlip(v))} data-testid="print-loan-slip">{t('loans.printSlip')}</Button>
                  <Button size="small" danger onClick={() => setCancelling({ loan: v.loan, reason: '' })}>{t('loans.cancel')}</Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('loans.registerTitle', { year })} extra={<Space><Select aria-label={t('registers.year')} value={year} onChange={setYear} options={[thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3].map((y) => ({ value: y, label: String(y) }))} style={{ width: 100 }} /><Button loading={out.busy} onClick={once(printRegister)} data-testid="print-use-register">{t('loans.printRegister')}</Button></Space>}>
        <Table<LoanView>
          size="small"
          rowKey={(v) => v.loan.id}
          data-testid="use-register"
          dataSource={register}
          pagination={register.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          locale={{ emptyText: t('loans.noneInYear') }}
          columns={[
            { title: t('loans.loanDate'), key: 'l', width: 105, render: (_, v) => showDate(v.loan.loanDate) },
            { title: t('loans.requesterName'), key: 'w', width: 170, render: (_, v) => who(v.loan) },
            { title: t('loans.dossiers'), key: 'd', render: (_, v) => dossiersText(v) },
            { title: t('loans.form'), key: 'f', width: 140, render: (_, v) => t(`loans.form_${v.loan.form}`) + (v.loan.copies ? ` (${v.loan.copies})` : '') },
            { title: t('loans.returned'), key: 'r', width: 190, render: (_, v) => (v.loan.returnedDate ? `${showDate(v.loan.returnedDate)} ${v.loan.returnCondition}` : <Tag color="orange">{t('loans.stillOut')}</Tag>) },
          ]}
        />
      </Card>
      <Dialog open={!!returning} title={t('loans.returnTitle', { name: returning?.requesterName ?? '' })} onCancel={() => setReturning(undefined)} typed={returnForm.typed} okText={t('loans.return')} okButtonProps={{ 'data-testid': 'confirm-return' } as never} onOk={() => void confirmReturn()} destroyOnHidden>
        {returning && (
          // Enter in either field confirms, as the other small dialogs do; a refusal is said under its field.
          <Form layout="vertical" component="div" onKeyDownCapture={returnEnter.onKeyDownCapture}>
            <Form.Item label={t('loans.returnedDate')} validateStatus={returnErrors.returnedDate ? 'error' : undefined} help={returnErrors.returnedDate}><Input aria-label={t('loans.returnedDate')} aria-invalid={returnErrors.returnedDate ? true : undefined} value={returnForm.v.date} onChange={(e) => returnForm.setV({ ...returnForm.v, date: e.target.value })} autoComplete="off" /></Form.Item>
            <Form.Item label={t('loans.returnCondition')} validateStatus={returnErrors.returnCondition ? 'error' : undefined} help={returnErrors.returnCondition}><Input aria-label={t('loans.returnCondition')} value={returnForm.v.condition} onChange={(e) => returnForm.setV({ ...returnForm.v, condition: e.target.value })} autoComplete="off" /></Form.Item>
          </Form>
        )}
      </Dialog>
      <ReasonDialog
        open={!!cancelling}
        title={t('loans.cancelTitle')}
        label={t('loans.cancelReason')}
        okText={t('loans.cancel')}
        reason={cancelling?.reason ?? ''}
        onReason={(reason) => cancelling && setCancelling({ ...cancelling, reason })}
        onCancel={() => setCancelling(undefined)}
        onOk={() => void act(() => cancelLoan(db, session, cancelling!.loan.id, cancelling!.reason), t('loans.cancelled')).then(() => setCancelling(undefined))}
      />
    </Space>
  );
}
