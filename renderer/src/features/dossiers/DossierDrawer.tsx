/**
 * One dossier: correcting it, closing it (kết thúc hồ sơ: the documents' dates and the sheet
 * count), opening it again, removing it from the plan with a reason, and its history.
 * Another unit's dossier (received in a bundle) is shown read-only.
 */
import { useEffect, useRef, useState } from 'react';
import { Alert, App, Button, Col, Drawer, Form, Input, Row, Space, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { fileSlug, formatDate, isoDate, typedCount } from '../../core/format';
import type { Dossier } from '../../core/dossiers/types';
import { closingPeriodWarning, figuresUnwritten, isUnnumberedSlip, showsListedFigures, typedDossierDate, writtenDossierDate } from '../../core/dossiers/rules';
import { figuresOf } from './FromDocuments';
import { useDb, useSession } from '../../db/context';
import { closeDossier, deleteDossier, DossierInvalidError, reopenDossier } from '../../db/repositories/dossier-repository';
import { closingProposal, type ClosingProposal } from '../../db/repositories/dossier-doc-repository';
import { errorMessage, fieldErrors } from '../../i18n';
import { RecordHistory } from '../../components/RecordHistory';
import { Field, useEnterToSave } from '../registers/entry-inputs';
import { DossierDateInput } from './DossierDateInput';
import { useAskBeforeDropping } from '../../hooks/useAskBeforeDropping';
import { typedOver, useReportTyped } from '../../hooks/useFilledIn';
import { useTypedTabs } from '../../hooks/useTypedTabs';
import { ReasonConfirm } from '../../components/ReasonConfirm';
import { DossierForm } from './DossierForm';
import { DossierDetails } from './DossierDetails';
import { useDossierPapers } from './dossier-papers';
import { DocumentsEditor } from '../processing/DocumentsPanel';
import { useFocusAfterSave } from '../../hooks/useFocusAfterSave';
import { withoutErrors } from '../../hooks/usePatchClearingErrors';
import { focusWhenReady } from '../../components/focus';


/** `proposal`: what the documents listed in it give (read by the drawer, which shows it too). */
function CloseForm({ dossier, proposal, onDone, onTyped }: { dossier: Dossier; proposal: ClosingProposal | undefined; onDone: () => void; onTyped: (typed: boolean) => void }) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const { message } = App.useApp();
  const [v, setV] = useState({ startDate: writtenDossierDate(dossier.startDate, dossier.startPrecision), endDate: writtenDossierDate(dossier.endDate, dossier.endPrecision), sheetCount: dossier.sheetCount ? String(dossier.sheetCount) : '', pageCount: dossier.pageCount ? String(dossier.pageCount) : '' });
  /** What the form was filled in with (the dossier's, then its documents'): what differs was typed, and closing the drawer asks first. */
  const [base, setBase] = useState(v);
  useReportTyped(typedOver(base, v), onTyped);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // Refused: the cursor goes to the first field marked (it stayed in "Số tờ" where Enter was pressed, the wrong date above it).
  const focus = useFocusAfterSave();
  // A field's mark goes as it is typed again, as in the other forms.
  const change = (k: keyof typeof v, value: string) => {
    setV((cur) => ({ ...cur, [k]: value }));
    setErrors(withoutErrors([k]));
  };
  // Fields still empty start from the documents listed in the dossier (their dates, their last sheet), once read (a field
  // the clerk empties afterwards stays empty).
  const filled = useRef(false);
  useEffect(() => {
    if (!proposal || filled.current) return;
    filled.current = true;
    const fill = <T extends typeof v>(cur: T): T => ({
      ...cur,
      startDate: cur.startDate || writtenDossierDate(proposal.startDate, proposal.startPrecision),
      endDate: cur.endDate || writtenDossierDate(proposal.endDate, proposal.endPrecision),
      sheetCount: cur.sheetCount || (proposal.sheetCount !== undefined ? String(proposal.sheetCount) : ''),
    });
    setV(fill);
    setBase(fill);
  }, [proposal]);
  const submit = async () => {
    try {
      // A day, or a month or year when only that is known (read as the edit form reads it); what does not read is passed
      // on to be refused with its field.
      const start = typedDossierDate(v.startDate, 'start', dossier.year, isoDate(new Date()));
      const end = typedDossierDate(v.endDate, 'end', dossier.year, isoDate(new Date()));
      await closeDossier(
        db,
        session,
        dossier.id,
        { startDate: start.date, endDate: end.date, startPrecision: start.precision, endPrecision: end.precision, sheetCount: typedCount(v.sheetCount), pageCount: typedCount(v.pageCount) },
        isoDate(new Date()),
      );
      void message.success(t('dossiers.closedOk', { notation: dossier.notation }));
      // Saved: nothing typed is left to lose (told at once: an Esc right after asked, the form still there for a moment).
      setBase(v);
      onTyped(false);
      onDone();
    } catch (e) {
      if (e instanceof DossierInvalidError) {
        const map = fieldErrors(t, e.issues);
        setErrors(map);
        focus.firstInvalid();
      } else void message.error(errorMessage(t, e));
    }
  };
  const enter = useEnterToSave(() => void submit());
  // A period wholly outside the plan's year is said under the field that leaves it, as it is typed: a warning (a file
  // may run over its year), the close is not refused for it.
  const outsideIssue = closingPeriodWarning({ start: v.startDate, end: v.endDate }, dossier, isoDate(new Date()));
  const outside = outsideIssue ? fieldErrors(t, [outsideIssue]) : {};
  return (
    <div ref={focus.root}>
    <Form layout="vertical" component="div" data-testid="close-dossier-form" onKeyDownCapture={enter.onKeyDownCapture}>
      <Typography.Paragraph type="secondary">{t('dossiers.closeHelp')}</Typography.Paragraph>
      <Row gutter={12}>
        <Col span={12}><Field label={t('dossiers.startDate')} error={errors.startDate} warning={outside.startDate}><DossierDateInput id="c-startDate" ariaLabel={t('dossiers.startDate')} value={v.startDate} onChange={(x) => change('startDate', x)} side="start" year={dossier.year} /></Field></Col>
        <Col span={12}><Field label={t('dossiers.endDate')} error={errors.endDate} warning={outside.endDate}><DossierDateInput id="c-endDate" ariaLabel={t('dossiers.endDate')} value={v.endDate} onChange={(x) => change('endDate', x)} side="end" year={dossier.year} /></Field></Col>
        <Col span={12}><Field label={t('dossiers.sheetCount')} error={errors.sheetCount}><Input id="c-sheetCount" aria-label={t('dossiers.sheetCount')} inputMode="numeric" value={v.sheetCount} onChange={(e) => change('sheetCount', e.target.value)} autoComplete="off" /></Field></Col>
        <Col span={12}><Field label={t('dossiers.pageCount')} error={errors.pageCount}><Input id="c-pageCount" aria-label={t('dossiers.pageCount')} inputMode="numeric" value={v.pageCount} onChange={(e) => change('pageCount', e.target.value)} autoComplete="off" /></Field></Col>
      </Row>
      <div><Button type="primary" onClick={() => void submit()} data-testid="confirm-close-dossier">{t('dossiers.close')}</Button></div>
    </Form>
    </div>
  );
}

/** `tab`: the tab it opens on (a document found by the search opens its dossier on its documents). */
/** `boxPlace`: where the box stands, as a row of its own (the archive search gives it; the Dossiers page does not). */
export function DossierDrawer({ dossier, boxLabel, boxPlace, tab, onClose }: { dossier: Dossier; boxLabel?: string; boxPlace?: string; tab?: 'documents'; onClose: () => void }) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const { message } = App.useApp();
  const papers = useDossierPapers();
  const ours = dossier.origin === session.unitId && !dossier.deleted;
  /** A processing job's slip not numbered yet (the list says "Phiếu tin số N (chỉnh lý)"). */
  const slip = isUnnumberedSlip(dossier) && !dossier.deleted;
  /** A processing job's slip, numbered or not: deleting it takes it out of its job. */
  const jobSlip = dossier.source === 'backlog' && dossier.jobId !== undefined;
  // Handed over to the archive: its description is on the signed inventory — not edited, reopened or removed.
  const deposited = ours && dossier.depositBatchId !== undefined;
  // A file's dates and sheets are written when it is closed; until then the documents listed in it give them, said as
  // such (the tab read empty while the clerk filed document after document into it).
  const [active, setActive] = useState<string>(tab ?? 'details');
  // The close form's dates and sheets, or a reason to remove it, typed and not saved: closing the drawer asks first (one
  // Esc lost them), and "Quay lại" brings the clerk back to the tab and field holding them.
  const typing = useTypedTabs(setActive);
  const close = useAskBeforeDropping(typing.typed, onClose, typing.back);
  // Closed, the file stays open on its details, the cursor on printing its cover — its papers are the next step (Art.
  // 29.4); the drawer went, and they were a search of the list away.
  const closed = () => {
    setActive('details');
    focusWhenReady(() => document.querySelector<HTMLElement>('[data-testid="dossier-print-cover"]'));
  };
  // (Read for the close form too, which starts from them.)
  const unwritten = figuresUnwritten(dossier);
  const listed = useLiveQuery(() => (unwritten ? closingProposal(db, dossier.id) : undefined), [db, dossier.id, unwritten]);
  /** Shown in the details: a slip's own figures are what its slip says. */
  const figures = figuresOf(dossier, showsListedFigures(dossier) ? listed : undefined);
  const act = async (work: () => Promise<unknown>, ok: string) => {
    try {
      await work();
      void message.success(ok);
    } catch (e) {
      void message.error(errorMessage(t, e));
    }
  };
  const details = <DossierDetails dossier={dossier} figures={figures} {...(boxLabel !== undefined ? { boxLabel } : {})} {...(boxPlace ? { boxPlace } : {})} />;
  // Wide enough that all six tabs show (a tab folded into the "…" menu is one a clerk never finds) and that the documents' summaries read as lines.
  return (
    <Drawer open onClose={close} width="min(1040px, 100vw)" title={[dossier.notation || (slip ? t('dossiers.status_slip', { number: dossier.tempNumber ?? '' }) : ''), dossier.title].filter(Boolean).join(' · ')} data-testid="dossier-drawer" destroyOnHidden>
      {dossier.deleted && (
        <Alert
          type="warning"
          showIcon
          title={dossier.destroyedAt ? t('dossiers.destroyedInfo', { date: formatDate(dossier.destroyedAt), reason: dossier.deletedReason ?? '' }) : t('dossiers.deletedInfo', { reason: dossier.deletedReason ?? '' })}
          style={{ marginBottom: 12 }}
        />
      )}
      {!ours && !dossier.deleted && <Alert type="info" showIcon title={t('dossiers.readOnlyInfo')} style={{ marginBottom: 12 }} />}
      {deposited && <Alert type="info" showIcon data-testid="deposited-info" title={t('dossiers.depositedInfo', { date: formatDate(dossier.depositedAt) })} style={{ marginBottom: 12 }} />}
      <Tabs
        activeKey={active}
        onChange={setActive}
        items={typing.items([
          {
            key: 'details',
            label: t('dossiers.tabDetails'),
            children: (
              <>
                {details}
                {/* A file just closed gets its own papers (Art. 29.4), without reprinting the year's. */}
                {dossier.status === 'closed' && !dossier.deleted && (
                  <Space style={{ marginTop: 12 }} wrap>
                    <Button loading={papers.busy} onClick={() => void papers.print('covers', [dossier], t('dossiers.printCover'), `bia-ho-so-${fileSlug(dossier.notation || dossier.title, 40)}`)} data-testid="dossier-print-cover">{t('dossiers.printCover')}</Button>
                    <Button loading={papers.busy} onClick={() => void papers.print('closing', [dossier], t('dossiers.printClosingOne'), `chung-tu-ket-thuc-${fileSlug(dossier.notation || dossier.title, 40)}`)} data-testid="dossier-print-closing">{t('dossiers.printClosingOne')}</Button>
                  </Space>
                )}
              </>
            ),
          },
          ...(ours && !deposited
            ? [
                { key: 'edit', label: t('dossiers.tabEdit'), children: <DossierForm fondsId={dossier.fondsId} year={dossier.year} editing={dossier} /> },
                {
                  key: 'status',
                  label: dossier.status === 'open' ? t('dossiers.close') : t('dossiers.reopen'),
                  children:
                    dossier.status === 'open' ? (
                      <CloseForm dossier={dossier} proposal={listed} onDone={closed} onTyped={typing.report('status')} />
                    ) : (
                      <Space orientation="vertical">
                        <Typography.Paragraph type="secondary">{t('dossiers.reopenHelp')}</Typography.Paragraph>
                        <Button onClick={() => void act(() => reopenDossier(db, session, dossier.id), t('dossiers.reopened'))} data-testid="reopen-dossier">{t('dossiers.reopen')}</Button>
                      </Space>
                    ),
                },
                {
                  key: 'delete',
                  label: t('dossiers.delete'),
                  children: (
                    <>
                      {/* A processing job's slip is deleted from its job: said as the processing screen says it. */}
                      <Typography.Paragraph type="secondary">{jobSlip ? t('processing.deleteHelp') : t('dossiers.deleteHelp')}</Typography.Paragraph>
                      {dossier.fileNumber !== undefined && <Alert type="warning" showIcon title={t('dossiers.deleteNumbered', { inventory: dossier.inventoryNumber ?? '', file: dossier.fileNumber })} style={{ marginBottom: 12 }} data-testid="dossier-delete-numbered" />}
                      <ReasonConfirm
                        reasonLabel={jobSlip ? t('processing.deleteReason') : t('dossiers.deleteReason')}
                        question={jobSlip ? t('processing.deleteConfirm', { number: dossier.tempNumber ?? '' }) : t('dossiers.deleteConfirm')}
                        actionLabel={t('dossiers.delete')}
                        keepLabel={t('dossiers.deleteKeep')}
                        onConfirm={(reason) => act(async () => { await deleteDossier(db, session, dossier.id, reason); onClose(); }, t('dossiers.deleted'))}
                        onTyped={typing.report('delete')}
                      />
                    </>
                  ),
                },
              ]
            : []),
          { key: 'documents', label: t('processing.tabDocuments'), children: <DocumentsEditor dossier={dossier} onTyped={typing.report('documents')} /> },
          { key: 'history', label: t('dossiers.tabHistory'), children: <RecordHistory id={dossier.id} received={dossier.origin !== session.unitId} /> },
        ])}
      />
    </Drawer>
  );
}
