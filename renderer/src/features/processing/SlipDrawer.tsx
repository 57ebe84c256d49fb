/**
 * One slip opened: correct it (the same keyboard form), split a part off as a new slip, merge
 * another slip into it, list the documents inside it, and read its history. Read live, so what
 * is shown is what is stored.
 */
import { useRef, useState } from 'react';
import { Alert, App, Button, Drawer, Input, Space, Tabs, Typography, type DrawerProps } from 'antd';
import { NumberInput } from '../../components/NumberInput';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Dossier, ProcessingJob } from '../../core/dossiers/types';
import { isoDate } from '../../core/format';
import { formatPeriod, parsePeriod } from '../../core/processing/period';
import { AppError } from '../../core/errors';
import { errorMessage } from '../../i18n';
import { confirmIrreversible } from '../../components/Confirm';
import { useDb, useSession } from '../../db/context';
import { deleteSlip, getSlip, mergeSlips, slipToMerge, splitSlip } from '../../db/repositories/slip-repository';
import { ReasonConfirm } from '../../components/ReasonConfirm';
import { RecordHistory } from '../../components/RecordHistory';
import { Field } from '../registers/entry-inputs';
import { DocumentsEditor } from './DocumentsPanel';
import { SlipForm } from './SlipForm';
import { useAction } from './useAction';
import { secondClickOfOpening } from './double-click';
import { isPlainEnter } from '../../components/keys';
import { useAskBeforeDropping } from '../../hooks/useAskBeforeDropping';
import { useReportTyped } from '../../hooks/useFilledIn';
import { useTypedTabs } from '../../hooks/useTypedTabs';

/** " (1995, 35 tờ)": the parts known, in brackets after a space; nothing when none is. */
const parens = (parts: readonly string[]) => {
  const known = parts.filter(Boolean).join(', ');
  return known ? ` (${known})` : '';
};

/** The errors shown, the merge's taken away (the split's and the deletion's stay). */
const withoutMerge = (errors: Record<string, string>): Record<string, string> => {
  const { merge: _merge, ...rest } = errors;
  return rest;
};

export function SlipDrawer({ job, slip, onClose }: { job: ProcessingJob; slip: Dossier; onClose: () => void }) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const live = useLiveQuery(() => getSlip(db, slip.id), [db, slip.id]) ?? slip;
  const { run, errors, setErrors } = useAction();
  const { message, modal } = App.useApp();
  const [part, setPart] = useState({ title: '', period: '' });
  const [other, setOther] = useState<number | undefined>();
  // A merge done empties the number box (a new one, the cursor in it: told undefined, the box keeps its text).
  const [merges, setMerges] = useState(0);
  const editable = job.stage !== 'done' && !live.deleted && live.origin === session.unitId;
  // A part described and not split off yet, a slip's number to merge in, a document of the file half typed, or a reason
  // to delete the slip: closing the drawer asks first, naming their tabs (one Esc lost it), and "Quay lại" brings the
  // clerk back to the tab and field holding it.
  const [active, setActive] = useState<string>();
  const typing = useTypedTabs(setActive);
  useReportTyped(!!(part.title.trim() || part.period.trim()), typing.report('split'));
  useReportTyped(other !== undefined, typing.report('merge'));
  const close = useAskBeforeDropping(typing.typed, onClose, typing.back);
  // Opened by a click on its row: the second click of a double-click, on the mask, does not close it again.
  const openedAt = useRef(performance.now());
  const onDrawerClose: DrawerProps['onClose'] = (e) => {
    const onMask = e.currentTarget instanceof Element && e.currentTarget.classList.contains('ant-drawer-mask');
    if (!secondClickOfOpening({ type: e.type, onMask }, performance.now() - openedAt.current)) close(e);
  };

  const split = async () => {
    const today = isoDate(new Date());
    const p = part.period.trim() ? parsePeriod(part.period, today) : undefined;
    if (p && !p.ok) return setErrors({ period: t(`errors.${p.code}`, { ...p.params }) });
    const made = await run(() => splitSlip(db, session, job.id, live.id, { title: part.title, ...(p?.ok ? p.value : {}) }, today), (d) => t('processing.splitDone', { number: d.tempNumber }));
    if (made) setPart({ title: '', period: '' });
  };
  /**
   * Asks first, naming the slip to be merged in (one Enter merged a mistyped number's slip of another heading and year,
   * with no way back); a number no slip of the job has is said as such (it read "record not found, reload").
   */
  const asking = useRef(false);
  const merge = async () => {
    if (!other) return void message.error(t('common.fixNumbers'));
    // One question at a time (a second Enter while the slip is read, or on the question, asked it twice).
    if (asking.current) return;
    asking.current = true;
    // Refused before asking, not after (the same slip, a numbered or discarded one), as the merge itself refuses it.
    const absorbed = await slipToMerge(db, job.id, live, other)
      .catch((e: unknown) => {
        if (e instanceof AppError) return e;
        throw e;
      })
      .finally(() => {
        asking.current = false;
      });
    if (absorbed instanceof AppError) return setErrors({ merge: errorMessage(t, absorbed) });
    if (!absorbed) return setErrors({ merge: t('processing.mergeNotFound', { number: other }) });
    setErrors(withoutMerge);
    let go = false;
    asking.current = true;
    confirmIrreversible(modal, {
      title: t('processing.mergeAsk', { other, number: live.tempNumber }),
      content: t('processing.mergeAskContent', {
        other,
        // What the slip says of itself, its unknown parts left out ("0 tờ" read as an empty file).
        about: parens([formatPeriod(absorbed.startDate, absorbed.endDate, absorbed.startPrecision, absorbed.endPrecision), absorbed.sheetCount !== undefined ? t('processing.mergeAskSheets', { count: absorbed.sheetCount }) : '']),
        title: absorbed.title,
      }),
      okText: t('processing.mergeOk'),
      cancelText: t('common.back'),
      okButtonProps: { 'data-testid': 'merge-confirm' } as never,
      onOk: () => {
        go = true;
      },
      // Acted on once the question has gone: the merge's message and the emptied box come after it, not under it.
      afterClose: () => {
        asking.current = false;
        if (!go) return void document.getElementById('merge-other')?.focus();
        void run(() => mergeSlips(db, session, job.id, live.id, absorbed.id), () => t('processing.mergeDone', { other, number: live.tempNumber })).then((merged) => {
          if (!merged) return;
          setOther(undefined);
          setMerges((n) => n + 1);
        });
      },
    });
  };
  const tabs = [
    ...(editable ? [{ key: 'correct', label: t('processing.tabCorrect'), children: <SlipForm job={job} editing={live} /> }] : []),
    ...(editable && live.fileNumber === undefined
      ? [
          {
            key: 'split',
            label: t('processing.tabSplit'),
            // The button that uses what is typed here, as the questions before closing or leaving name it (they said "Lưu").
            action: t('processing.splitOk'),
            children: (
              <Space orientation="vertical" style={{ width: '100%' }} onKeyDown={(e) => { if (isPlainEnter(e)) void split(); }}>
                <Typography.Paragraph type="secondary">{t('processing.splitHelp')}</Typography.Paragraph>
                <Field label={t('processing.splitTitle')} error={errors.title}><Input id="split-title" aria-label={t('processing.splitTitle')} value={part.title} onChange={(e) => setPart({ ...part, title: e.target.value })} /></Field>
                <Field label={t('processing.splitPeriod')} error={errors.period}><Input id="split-period" aria-label={t('processing.splitPeriod')} value={part.period} placeholder={t('processing.periodPlaceholder')} onChange={(e) => setPart({ ...part, period: e.target.value })} /></Field>
                <Button type="primary" onClick={() => void split()} data-testid="split-slip">{t('processing.splitOk')}</Button>
              </Space>
            ),
          },
          {
            key: 'merge',
            label: t('processing.tabMerge'),
            action: t('processing.mergeOk'),
            children: (
              <Space orientation="vertical">
                <Typography.Paragraph type="secondary">{t('processing.mergeHelp')}</Typography.Paragraph>
                <Space>
                  <Typography.Text>{t('processing.mergeWith')}</Typography.Text>
                  <NumberInput
                    key={merges}
                    autoFocus={merges > 0}
                    id="merge-other"
                    min={1}
                    value={other}
                    onChange={(v) => {
                      setOther(v);
                      if (errors.merge) setErrors(withoutMerge);
                    }}
                    onPressEnter={() => void merge()}
                    aria-label={t('processing.mergeWith')}
                  />
                  <Button onClick={() => void merge()} disabled={!other} data-testid="merge-slip">{t('processing.mergeOk')}</Button>
                </Space>
                {errors.merge && <Typography.Text type="danger" role="alert" data-testid="merge-error">{errors.merge}</Typography.Text>}
              </Space>
            ),
          },
        ]
      : []),
    { key: 'docs', label: t('processing.tabDocuments'), children: <DocumentsEditor dossier={live} onTyped={typing.report('docs')} /> },
    ...(editable && live.depositBatchId === undefined
      ? [
          {
            key: 'delete',
            label: t('processing.tabDelete'),
            action: t('processing.tabDelete'),
            children: (
              <Space orientation="vertical" style={{ width: '100%' }} data-testid="slip-delete">
                <Typography.Paragraph type="secondary">{t('processing.deleteHelp')}</Typography.Paragraph>
                {live.fileNumber !== undefined && (
                  <Alert type="warning" showIcon title={t('processing.deleteNumbered', { inventory: live.inventoryNumber ?? '', file: live.fileNumber, box: live.boxId ? t('processing.deleteInBox') : '' })} data-testid="slip-delete-numbered" />
                )}
                <ReasonConfirm
                  reasonLabel={t('processing.deleteReason')}
                  question={t('processing.deleteConfirm', { number: live.tempNumber })}
                  actionLabel={t('processing.tabDelete')}
                  keepLabel={t('processing.deleteKeep')}
                  onConfirm={async (reason) => {
                    const done = await run(async () => (await deleteSlip(db, session, job.id, live.id, reason), true), () => t('processing.deleteDone', { number: live.tempNumber }));
                    if (done) onClose();
                  }}
                  onTyped={typing.report('delete')}
                />
              </Space>
            ),
          },
        ]
      : []),
    { key: 'history', label: t('processing.tabHistory'), children: <RecordHistory id={live.id} /> },
  ];
  return (
    // Opened to correct: the cursor in the title, to type at once (it was on the drawer itself).
    <Drawer open onClose={onDrawerClose} width={900} title={t('processing.slipDrawer', { number: live.tempNumber, title: live.title })} data-testid="slip-drawer" destroyOnHidden afterOpenChange={(o) => { if (o && editable) document.querySelector<HTMLElement>('[data-testid="slip-edit-form"] #s-title')?.focus(); }}>
      <Tabs
        activeKey={tabs.some((tab) => tab.key === active) ? active : tabs[0]?.key}
        onChange={setActive}
        items={typing.items(tabs)}
      />
    </Drawer>
  );
}
