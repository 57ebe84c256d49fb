/**
 * A request for records (phiếu yêu cầu): who asks, with what identity document, why, which
 * dossiers (of any fonds kept here) and which documents in them, in what form, approved by whom,
 * and the loan and due dates (the due date proposed from the office's loan period).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { foldedLabelMatch } from '../../components/folded-match';
import { Button, Col, Form, Input, Row, Select, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { copiesOf, LOAN_REQUIRED, notLendableYet, type NotLendable } from '../../core/duties/loans';
import { LOAN_FORMS, type Loan, type LoanForm as Kind } from '../../core/duties/types';
import { addDays, isIsoDate } from '../../core/registers/dates';
import { formatDate, isoDate } from '../../core/format';
import { useDb, useLocalState, useSession } from '../../db/context';
import { fondsNamesPlace, isUpperLevel } from '../../core/unit';
import { listDossiers } from '../../db/repositories/dossier-repository';
import { getLoanDays } from '../../db/repositories/duties-settings';
import { fondsOverview } from '../../db/repositories/fonds-repository';
import { workingFonds } from '../../core/duties/fonds';
import { createLoan, lenderOf, type LoanView } from '../../db/repositories/loan-repository';
import { useFocusAfterSave } from '../../hooks/useFocusAfterSave';
import { withoutErrors } from '../../hooks/usePatchClearingErrors';
import { dossierLabel, typedDate } from './labels';
import { useAction } from './useAction';
import { useEnterToSave } from '../registers/entry-inputs';

/** Marked * on the form: what validateLoan refuses the request without (copies only for a copy). */
const REQUIRED: ReadonlySet<string> = new Set([...LOAN_REQUIRED, 'copies']);

/** A dossier the picker shows greyed, and why (core/duties/loans.ts notLendableYet). */
const NOT_LENDABLE_OPTION: Record<NotLendable | 'out', string> = {
  open: 'loans.dossierOpenOption',
  processing: 'loans.dossierProcessingOption',
  deposited: 'loans.dossierDepositedOption',
  notDeposited: 'loans.dossierNotDepositedOption',
  notReceived: 'loans.dossierNotReceivedOption',
  receivedAfter: 'loans.dossierReceivedAfterOption',
  notTakenOver: 'loans.dossierNotTakenOverOption',
  takenOverAfter: 'loans.dossierTakenOverAfterOption',
  out: 'loans.dossierOutOption',
};

type Values = { requesterName: string; organisation: string; idDocument: string; purpose: string; form: Kind; copies: string; approvedBy: string; requestDate: string; loanDate: string; dueDate: string; documents: string };

/** `out`: the unit's loans still out (the panel's list), whose dossiers the picker greys. */
export function LoanForm({ out, onMade }: { out: readonly LoanView[]; onMade: (loan: Loan) => void }) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  // A province or district archive lends from the fonds it holds: its approver is not a commune chair.
  const local = useLocalState();
  const upper = local.status === 'ready' && isUpperLevel(local.unit.level);
  const act = useAction();
  const days = useLiveQuery(() => getLoanDays(db), [db]);
  const fonds = useLiveQuery(() => fondsOverview(db, session.unitId), [db, session.unitId]) ?? [];
  const [fondsId, setFondsId] = useState<string>();
  // The fonds being formed among those that hold dossiers (an archive's own is empty: it lends what it received), as the
  // Dossiers page opens on (it opened on an earlier commune's fonds, first by its name, holding only backlog slips).
  const current = fondsId ?? (workingFonds(fonds.filter((f) => f.dossierCount > 0), session.unitId) ?? workingFonds(fonds, session.unitId))?.id;
  const dossiers = useLiveQuery(async () => (current ? (await listDossiers(db, current)).filter((d) => !d.deleted) : []), [db, current]) ?? [];
  const [chosen, setChosen] = useState<string[]>([]);
  const today = isoDate(new Date());
  const empty = (loanDays: number): Values => ({ requesterName: '', organisation: '', idDocument: '', purpose: '', form: 'read', copies: '', approvedBy: '', requestDate: formatDate(today), loanDate: formatDate(today), dueDate: formatDate(addDays(today, loanDays)), documents: '' });
  const [v, setV] = useState<Values>(empty(7));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const focus = useFocusAfterSave();
  useEffect(() => {
    if (days !== undefined) setV((cur) => ({ ...cur, dueDate: formatDate(addDays(today, days)) }));
  }, [days, today]);
  // Where the papers are: an archive lends what was deposited into it and recorded as received.
  // Until it is read, none received: a dossier is greyed a moment rather than offered and then refused.
  const read = useLiveQuery(() => lenderOf(db, session.unitId), [db, session.unitId]);
  const lender = useMemo(() => read ?? { unitId: session.unitId, upper, receivedBatches: new Map<string, string>(), tookOver: new Map<string, string>(), keptAtUnit: new Set<string>() }, [read, session.unitId, upper]);
  // Judged on the loan's day as typed (a loan written in afterwards, before a deposit, was the unit's), else today.
  const typedLoanDate = typedDate(v.loanDate);
  const onDate = isIsoDate(typedLoanDate) ? typedLoanDate : today;
  const onLoan = useMemo(() => new Map(out.flatMap((v) => v.items.map((i) => [i.dossierId, v.loan] as const))), [out]);
  // A dossier that cannot be lent (open, a slip being processed, its paper elsewhere, out on another
  // loan) is shown greyed, its reason first (at the end it was cut off), rather than missing
  // (core/duties/loans.ts lendingRefusal).
  const options = useMemo(
    () =>
      dossiers
        .map((d) => {
          const label = `${d.fileNumber !== undefined ? `${t('dossiers.fileNumberValue', { inventory: d.inventoryNumber, number: d.fileNumber })} · ` : ''}${dossierLabel(d)}`;
          const why = notLendableYet(d, lender, onDate) ?? (onLoan.has(d.id) ? 'out' : undefined);
          const text = why
            ? t(NOT_LENDABLE_OPTION[why], { label, due: formatDate(onLoan.get(d.id)?.dueDate), date: formatDate(why === 'takenOverAfter' ? lender.tookOver.get(d.origin) : d.depositBatchId ? lender.receivedBatches.get(d.depositBatchId) : undefined) })
            : label;
          return { value: d.id, label: text, title: text, disabled: why !== undefined, order: [d.inventoryNumber ?? Number.MAX_SAFE_INTEGER, d.fileNumber ?? Number.MAX_SAFE_INTEGER, d.notation] as const };
        })
        // The ones that can be chosen first (a job's slips came before them, greyed, pushing them out of sight), by their numbers.
        .sort((a, b) => Number(a.disabled) - Number(b.disabled) || a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2].localeCompare(b.order[2], 'vi'))
        .map(({ order: _order, ...o }) => o),
    [dossiers, t, lender, onDate, onLoan],
  );

  const submit = async () => {
    const made = await act(
      () =>
        createLoan(db, session, { unitId: session.unitId, requesterName: v.requesterName, organisation: v.organisation, idDocument: v.idDocument, purpose: v.purpose, form: v.form, copies: copiesOf(v.form, v.copies), approvedBy: v.approvedBy, requestDate: typedDate(v.requestDate), loanDate: typedDate(v.loanDate), dueDate: typedDate(v.dueDate), returnCondition: '', note: '' }, chosen.map((dossierId) => ({ dossierId, documents: v.documents }))),
      t('loans.made'),
      (fields) => {
        setErrors(fields);
        if (Object.keys(fields).length > 0) focus.firstInvalid();
      },
    );
    if (made) {
      setChosen([]);
      setV(empty(days ?? 7));
      // The form stays open for the next request: the cursor goes back to its first field.
      focus.firstField();
      onMade(made);
    }
  };
  // Enter in a field saves the request, as in the other forms (it did nothing, and said nothing).
  const submitRef = useRef(submit);
  submitRef.current = submit;
  const enter = useEnterToSave(useCallback(() => void submitRef.current(), []));
  /** A field typed in again: its refusal goes at once (a count of characters or "missing" stood until the next save). */
  const change = (key: keyof Values, value: string) => {
    setV({ ...v, [key]: value });
    // A file refused for the loan's day (deposited, received later) is judged again on the new day.
    setErrors(withoutErrors(key === 'loanDate' ? [key, 'dossiers'] : [key]));
  };
  /** `helpBelow`: the refusal is said in the line under the row (the date columns are too narrow: it wrapped to four lines there). */
  const text = (key: keyof Values, label: string, span: number, placeholder?: string, helpBelow = false) => (
    <Col key={key} xs={24} md={span}>
      <Form.Item label={label} required={REQUIRED.has(key)} validateStatus={errors[key] ? 'error' : undefined} help={helpBelow ? undefined : errors[key]} style={{ marginBottom: 8 }}>
        <Input aria-label={label} aria-required={REQUIRED.has(key) || undefined} aria-invalid={errors[key] ? true : undefined} aria-describedby={helpBelow && errors[key] ? `loan-${key}-error` : undefined} value={v[key]} placeholder={placeholder} onChange={(e) => change(key, e.target.value)} autoComplete="off" />
      </Form.Item>
    </Col>
  );
  const dates = [
    ['requestDate', t('loans.requestDate')],
    ['loanDate', t('loans.loanDate')],
    ['dueDate', t('loans.dueDate')],
  ] as const;
  const dateErrors = dates.filter(([key]) => errors[key]);
  return (
    <Form layout="vertical" component="div" data-testid="loan-form" onKeyDownCapture={enter.onKeyDownCapture}>
      <Row ref={focus.root} gutter={12}>
        {text('requesterName', t('loans.requesterName'), 8)}
        {text('organisation', t('loans.organisation'), 8)}
        {text('idDocument', t('loans.idDocument'), 8, t('loans.idDocumentHint'))}
        {text('purpose', t('loans.purpose'), 24)}
        <Col xs={24} md={10}>
          <Form.Item label={t('dossiers.fonds')} style={{ marginBottom: 8 }}>
            {/* Another unit's fonds is named with its unit unless its name says the place already ("… xã Mẫu Sơn — Ủy ban nhân dân xã Mẫu Sơn" was cut at 1024 px); the list opens as wide as its names. */}
            <Select aria-label={t('dossiers.fonds')} value={current} onChange={(x: string) => { setFondsId(x); setChosen([]); }} popupMatchSelectWidth={false} options={fonds.map((f) => ({ value: f.id, label: f.own || fondsNamesPlace(f.name, f.unitName) ? f.name : `${f.name} — ${f.unitName}` }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item label={t('loans.dossiers')} required validateStatus={errors.dossiers ? 'error' : undefined} help={errors.dossiers} style={{ marginBottom: 8 }}>
            <Select aria-label={t('loans.dossiers')} aria-required aria-invalid={errors.dossiers ? true : undefined} mode="multiple" showSearch={{ filterOption: foldedLabelMatch }} notFoundContent={dossiers.length === 0 ? t('loans.fondsEmpty') : t('loans.dossiersNone')} value={chosen} onChange={(ids: string[]) => { setChosen(ids); setErrors(withoutErrors(['dossiers'])); }} options={options} placeholder={t('loans.dossiersHint')} data-testid="loan-dossiers" />
          </Form.Item>
        </Col>
        {text('documents', t('loans.documents'), 24, t('loans.documentsHint'))}
        <Col xs={12} md={6}>
          <Form.Item label={t('loans.form')} style={{ marginBottom: 8 }}>
            <Select aria-label={t('loans.form')} value={v.form} onChange={(x: Kind) => setV({ ...v, form: x })} options={LOAN_FORMS.map((f) => ({ value: f, label: t(`loans.form_${f}`) }))} />
          </Form.Item>
        </Col>
        {v.form !== 'read' && text('copies', t('loans.copies'), 4)}
        {text('approvedBy', t('loans.approvedBy'), v.form === 'read' ? 18 : 14, upper ? t('loans.approvedByHintUpper') : t('loans.approvedByHint'))}
        {dates.map(([key, label]) => text(key, label, 6, undefined, true))}
        <Col xs={24} md={6} style={{ display: 'flex', alignItems: 'end', paddingBottom: 8 }}>
          <Button type="primary" onClick={() => void submit()} data-testid="save-loan">{t('loans.save')}</Button>
        </Col>
        {dateErrors.length > 0 && (
          <Col span={24} data-testid="loan-date-errors" style={{ marginTop: -4, marginBottom: 8 }}>
            {dateErrors.map(([key, label]) => (
              <Typography.Text key={key} id={`loan-${key}-error`} type="danger" style={{ display: 'block' }}>
                {/* Named once: a refusal that starts with the field's name is not named again ("Hạn trả: Hạn trả không thể…"). */}
                {errors[key]!.startsWith(label) ? errors[key] : `${label}: ${errors[key]}`}
              </Typography.Text>
            ))}
          </Col>
        )}
      </Row>
    </Form>
  );
}
