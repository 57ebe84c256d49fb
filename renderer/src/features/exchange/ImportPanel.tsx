/**
 * Import: choose bundle files, read the dry-run receipt (confirm a new unit's key against the
 * paper handover record, record a merger or transfer before a unit may carry another's data),
 * then apply in one step. The receipt prints as the handover record.
 */
import { useEffect, useRef, useState } from 'react';
import { Alert, App, Button, Card, Progress, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { receiptPdf } from './print-receipt';
import type { ImportFile, ImportReceipt } from '../../db/exchange/import';
import type { ConfirmationReceipt, FileReceipt } from '../../db/exchange/receipt';
import type { KeyComparison } from '../../core/bundle/rotation';
import { usePlatform } from '../../platform/context';
import { errorMessage } from '../../i18n';
import { useUpperApi } from '../../upper-api/context';
import { ImportReceiptView } from './ImportReceiptView';
import type { CustodyInput } from './CustodyForm';
import type { WorkerProgress } from './protocol';
import { focusWhenReady } from '../../components/focus';
import { ReceivedBundlesCard } from './ReceivedBundlesCard';

type Prepared = { token: string; receipt: ImportReceipt };

export function ImportPanel({ onReceipt }: { onReceipt?: (r: ImportReceipt) => void }) {
  const { t } = useTranslation();
  const api = useUpperApi();
  const platform = usePlatform();
  const { message } = App.useApp();
  const [prepared, setPrepared] = useState<Prepared>();
  /** Bundles signed with a key reported lost that the person decided to take in (by payload), for the receipt on screen. */
  const [lostKeyAccepted, setLostKeyAccepted] = useState<ReadonlySet<string>>(new Set());
  const [progress, setProgress] = useState<WorkerProgress>();
  const [busy, setBusy] = useState(false);
  const [preparing, setPreparing] = useState(false);
  const [error, setError] = useState<string>();
  const [lastApplied, setLastApplied] = useState<{ readonly receipt: ImportReceipt; readonly written: number; readonly held: number }>();
  const receiptCard = useRef<HTMLDivElement>(null);
  // The running dry run, to stop it (nothing is written before "Nhập dữ liệu").
  const running = useRef<AbortController | undefined>(undefined);
  // Leaving the screen with a receipt on it: its dry run (the files, the checked bundles, the plan) is let go where it is kept.
  const shown = useRef<string | undefined>(undefined);
  shown.current = prepared?.token;
  useEffect(
    () => () => {
      if (shown.current) void api.discardImport(shown.current).catch(() => undefined);
    },
    [api],
  );

  const printReceipt = async (r: ImportReceipt, applied: boolean) => {
    try {
      const data = await receiptPdf(t, api.receiver, api.receiver.operator, r, applied);
      await platform.printPdf({ title: t('exchange.receiptTitle'), data });
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };

  /**
   * A dry run: of newly chosen files, or `again` on those of the receipt on screen (after a key
   * was confirmed or a custody recorded — the files themselves went to where the import runs).
   * Checked again, the receipt on screen stays until the new one replaces it (and stays if that
   * one is stopped or fails); new files take the old receipt off the screen first, its dry run
   * discarded, so no receipt is shown that could no longer be applied.
   */
  const prepare = async (what: { files: ImportFile[] } | { again: string }) => {
    setBusy(true);
    setPreparing(true);
    setError(undefined);
    const controller = new AbortController();
    running.current = controller;
    try {
      let r: Prepared;
      if ('again' in what) r = await api.prepareImportAgain(what.again, setProgress, controller.signal);
      else {
        if (prepared) {
          setPrepared(undefined);
          await api.discardImport(prepared.token).catch(() => undefined);
        }
        r = await api.prepareImport(what.files, setProgress, controller.signal);
      }
      setPrepared(r);
      onReceipt?.(r.receipt);
    } catch (e) {
      if (controller.signal.aborted) void message.info(errorMessage(t, e));
      else setError(errorMessage(t, e));
    } finally {
      running.current = undefined;
      setPreparing(false);
      setBusy(false);
      setProgress(undefined);
    }
  };

  const choose = async () => {
    const opened = await platform.openFile({ filters: [{ name: t('exchange.bundleFiles'), extensions: ['json'] }], multiple: true });
    if (opened.length === 0) return;
    await prepare({ files: opened.map((f) => ({ name: f.name, data: f.data })) });
  };

  const onTrust = async (c: ConfirmationReceipt, compared: KeyComparison) => {
    // No second confirmation before this one's receipt is back (the buttons wait while busy).
    setBusy(true);
    try {
      await api.trustKey(c, compared);
      void message.success(t('exchange.keyConfirmed', { name: c.origin.name }));
      if (prepared) await prepare({ again: prepared.token });
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  /**
   * A key not trusted: recorded with why, and the dry run let go (nothing of it is imported; other files are chosen
   * again) — the cursor on choosing files (the card it was in went, and it fell to the page).
   */
  const onRefuse = async (c: ConfirmationReceipt, reason: string) => {
    setBusy(true);
    try {
      await api.refuseKey(c, reason);
      await cancel();
      void message.warning(t('exchange.keyRefused', { name: c.origin.name }));
      focusWhenReady(() => document.querySelector<HTMLElement>('[data-testid="import-choose"]'));
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  const onCustody = async (f: FileReceipt, v: CustodyInput) => {
    if (!f.custody) return;
    try {
      await api.recordCustody(f.custody.carrier, f.custody.carried, v);
      if (prepared) await prepare({ again: prepared.token });
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };

  const apply = async () => {
    if (!prepared) return;
    setBusy(true);
    try {
      const r = await api.applyImport(prepared.token, setProgress, [...lostKeyAccepted]);
      void message.success(r.written + r.held > 0 ? t('exchange.applied', { written: r.written, held: r.held }) : t('exchange.appliedRecordOnly'));
      setLastApplied({ receipt: prepared.receipt, written: r.written, held: r.held });
      setPrepared(undefined);
      justApplied.current = true;
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  };

  const cancel = async () => {
    if (prepared) await api.discardImport(prepared.token).catch(() => undefined);
    setPrepared(undefined);
  };

  /** Set by an apply: once the receipt is gone, the cursor goes to the next step, the handover record (it fell to the page). */
  const justApplied = useRef(false);
  useEffect(() => {
    if (!justApplied.current || !lastApplied) return;
    justApplied.current = false;
    focusWhenReady(() => document.querySelector<HTMLElement>('[data-testid="print-receipt"]'));
  }, [lastApplied]);

  const receipt = prepared?.receipt;
  // A receipt shown (after the files were checked, a key confirmed or a custody recorded): the
  // cursor goes to what the person must do next — a key's words, a custody's basis, else the
  // import — brought into view (at 1366×768 the first key card was below the fold, and after
  // trusting a key the cursor was lost to the page).
  useEffect(() => {
    const card = receiptCard.current;
    if (!receipt || !card) return;
    const next = card.querySelector<HTMLElement>('[data-testid="typed-words"], [data-testid="custody-basis"]') ?? card.querySelector<HTMLElement>('[data-testid="import-apply"]:not([disabled])');
    // Centred, so the button under a key's words is in view with them.
    next?.focus({ preventScroll: true });
    next?.scrollIntoView({ block: 'center' });
  }, [receipt]);
  const waiting = !!receipt && receipt.files.some((f) => f.status === 'needs-confirmation' || f.status === 'needs-custody');
  // A bundle signed with a key reported lost waits for the person's decision on it (ticked on its card).
  const lostUndecided = !!receipt && receipt.files.some((f) => f.status === 'accepted' && f.lostKey && !lostKeyAccepted.has(f.payloadSha256 ?? ''));
  const canApply = !!receipt && receipt.canApply && !waiting && !lostUndecided;
  /**
   * What the button does: before a key or custody is confirmed the plan has nothing to write yet (not "record as
   * received"); nothing to take (every file refused, or imported before) is said so, not a greyed "record as received".
   */
  const applyLabel = (r: ImportReceipt): string => {
    if (waiting) return t('exchange.applyWaiting');
    if (!r.canApply) return t('exchange.applyNothing');
    return r.writes + r.heldCount > 0 ? t('exchange.apply', { count: r.writes }) : t('exchange.applyRecordOnly');
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('exchange.importTitle')}>
        <Typography.Paragraph type="secondary">{t('exchange.importHelp')}</Typography.Paragraph>
        {/* An account that may only read is told so before it picks a file (it was refused once the file was read). */}
        {!api.may.import && <Alert type="info" showIcon title={t('exchange.importNotAllowed')} data-testid="import-not-allowed" />}
        <Space>
          {api.may.import && (
            <Button type="primary" onClick={choose} loading={busy} data-testid="import-choose">
              {t('exchange.chooseFiles')}
            </Button>
          )}
          {preparing && (
            <Button danger onClick={() => running.current?.abort()} data-testid="import-stop">
              {t('exchange.stopPrepare')}
            </Button>
          )}
          {prepared && !busy && <Button onClick={cancel}>{t('common.cancel')}</Button>}
          {!prepared && lastApplied && (
            <Button onClick={() => void printReceipt(lastApplied.receipt, true)} data-testid="print-receipt">
              {t('exchange.printReceipt')}
            </Button>
          )}
        </Space>
        {progress && (
          <div style={{ marginTop: 12 }} data-testid="import-progress" aria-live="polite">
            {/* "read" tells the file it starts on (done files before it); the others, what is done. */}
            <Typography.Text>{t(`exchange.importStage.${progress.stage}`, { done: progress.done, n: progress.done + 1, total: progress.total, file: progress.file ?? '' })}</Typography.Text>
            {/* Comparing and writing are one step each: no bar that would stand at 0 %. */}
            {(progress.stage === 'read' || progress.stage === 'verify' || progress.stage === 'upload') && <Progress percent={Math.round((progress.done / Math.max(1, progress.total)) * 100)} status="active" />}
          </div>
        )}
        {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
        {/* What the last import wrote stays on the page (the message fades) until other files are chosen. */}
        {!prepared && !error && lastApplied && (
          <Alert type="success" showIcon title={t('exchange.appliedFrom', { written: lastApplied.written, held: lastApplied.held, files: lastApplied.receipt.files.map((f) => f.name).join(', ') })} style={{ marginTop: 12 }} data-testid="import-applied" />
        )}
      </Card>
      {receipt && (
        <Card title={t('exchange.receipt')} data-testid="import-receipt" ref={receiptCard}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <ImportReceiptView
              receipt={receipt}
              actions={{
                onTrust: (c, compared) => void onTrust(c, compared),
                onRefuse,
                onCustody,
                busy,
                lostKeyAccepted,
                onLostKeyDecision: (sha, accept) =>
                  setLostKeyAccepted((cur) => {
                    const next = new Set(cur);
                    if (accept) next.add(sha);
                    else next.delete(sha);
                    return next;
                  }),
              }}
            />
            <Space>
              <Button type="primary" disabled={!canApply} loading={busy} onClick={apply} data-testid="import-apply">
                {applyLabel(receipt)}
              </Button>
              <Button onClick={() => void printReceipt(receipt, false)} data-testid="print-receipt-draft">{t('exchange.printReceipt')}</Button>
            </Space>
            {/* Why the import waits, beside the button that does (a file above needs a key confirmed or a custody recorded). */}
            {waiting && <Typography.Text type="secondary" data-testid="import-waiting">{t('exchange.applyWaits')}</Typography.Text>}
          </Space>
        </Card>
      )}
      {/* What was taken in before, newest first (an apply adds its files at the top). */}
      <ReceivedBundlesCard />
    </Space>
  );
}
