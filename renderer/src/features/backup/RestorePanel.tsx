/**
 * Restore from a backup file: choose it, see it checked (signature, hashes, counts),
 * see what it holds (unit, dates, counts, the signing key's fingerprint), then restore
 * in one step — after a confirmation and a backup of what is replaced, if anything is.
 */
import { useEffect, useRef, useState } from 'react';
import { Alert, App, Button, Descriptions, Progress, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BackupSummary } from '../../core/backup/check';
import { formatDate, formatDateTime } from '../../core/format';
import { useDb } from '../../db/context';
import { getLocalUnit } from '../../db/repositories/unit-repository';
import { usePlatform } from '../../platform/context';
import type { ByteSource } from '../../platform/types';
import { errorMessage } from '../../i18n';
import { FingerprintView } from '../../components/FingerprintView';
import { chooseAndCheck, hasData, localHoldings, runRestore, useBackupStore } from './backup-controller';
import { confirmIrreversible } from '../../components/Confirm';
import { journalAfterBackup, journalNewest } from '../../db/repositories/journal-repository';
import { actionLine } from '../../i18n/journal-labels';

/** Changes of this PC a restore would take away, listed in its question (the rest counted). */
const LOST_SHOWN = 8;

export function RestorePanel({ operator }: { operator: string }) {
  const { t } = useTranslation();
  const db = useDb();
  const platform = usePlatform();
  const { modal } = App.useApp();
  const task = useBackupStore((s) => s.task);
  const [chosen, setChosen] = useState<{ source: ByteSource; summary: BackupSummary }>();
  const [error, setError] = useState<string>();
  const busy = task !== undefined;

  const choose = async () => {
    setError(undefined);
    setChosen(undefined);
    try {
      setChosen(await chooseAndCheck(db, platform, t('backup.fileFilter')));
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };

  const restore = async () => {
    if (!chosen) return;
    const run = async () => {
      setError(undefined);
      try {
        await runRestore(db, platform, chosen, { operator, filterLabel: t('backup.fileFilter') });
        setChosen(undefined);
      } catch (e) {
        setError(errorMessage(t, e));
      }
    };
    const current = (await hasData(db)) ? await getLocalUnit(db) : undefined;
    if (!current) return run();
    // What each side holds, side by side, and whether this PC changed after the backup was made: what would
    // be replaced was not said ("document 14", typed after the backup, went without a word).
    const here = await localHoldings(db);
    const there = chosen.summary.manifest;
    const rows = (table: string) => there.tables[table]?.rows ?? 0;
    const when = (at: string | undefined) => (at ? formatDateTime(at) : t('restore.noChange'));
    const newer = here.lastChangeAt !== undefined && (there.lastChangeAt === undefined || here.lastChangeAt > there.lastChangeAt);
    // Which changes go, named as the journal names them (the counts and a minute alone said it: a document and a new
    // unit name typed in the same minute as the backup read as nothing lost). Another unit's backup replaces all of them.
    const sameUnit = there.unitId === current.id;
    const lost = !sameUnit ? await journalNewest(db, LOST_SHOWN) : newer ? await journalAfterBackup(db, there, LOST_SHOWN) : undefined;
    confirmIrreversible(modal, {
      title: t('restore.replaceTitle'),
      content: (
        <Space orientation="vertical" data-testid="restore-compare">
          <Typography.Text>{t('restore.replaceText', { unit: current.name })}</Typography.Text>
          <Typography.Text>{t('restore.compareHere', { incoming: here.incoming, outgoing: here.outgoing, dossiers: here.dossiers, when: when(here.lastChangeAt) })}</Typography.Text>
          <Typography.Text>{t('restore.compareBackup', { incoming: rows('incomingDocs'), outgoing: rows('outgoingDocs'), dossiers: rows('dossiers'), when: when(there.lastChangeAt) })}</Typography.Text>
          {newer && <Alert type="warning" showIcon title={there.lastChangeAt ? t('restore.hereNewer', { when: when(there.lastChangeAt) }) : t('restore.hereNewerEmpty')} data-testid="restore-here-newer" />}
          {lost && lost.count > 0 && (
            <div data-testid="restore-lost">
              <Typography.Text strong>{t(sameUnit ? 'restore.lostTitle' : 'restore.lostAllTitle', { count: lost.count })}</Typography.Text>
              <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
                {lost.entries.map((e) => (
                  <li key={e.seq}>{`${formatDateTime(e.at)} — ${actionLine(t, e, ': ')}`}</li>
                ))}
              </ul>
              {lost.count > lost.entries.length && <Typography.Text type="secondary">{t('restore.lostMore', { count: lost.count - lost.entries.length })}</Typography.Text>}
            </div>
          )}
          {/* Said on the panel too; here again, where the decision is made (a clerk undoing a mistake did not expect the paper it takes). */}
          {!chosen.summary.header.sample && <Typography.Text type="secondary" data-testid="restore-confirm-new-key">{t('restore.newKeyConfirm')}</Typography.Text>}
        </Space>
      ),
      okText: t('restore.replaceOk'),
      cancelText: t('common.back'),
      // Wide enough for its two buttons side by side (at the default width the long one went under "Quay lại").
      width: 620,
      okButtonProps: { 'data-testid': 'restore-replace-ok' } as never,
      onOk: run,
    });
  };

  // A file checked: the next step is "Khôi phục", below the summary, out of view at 1366×760 — the cursor and the
  // view go there once it is on the page (set from the click's handler, it ran before the button was there).
  // Once per file checked, when the button is enabled (the check's progress may still hold it).
  const focusedFor = useRef<object | undefined>(undefined);
  useEffect(() => {
    if (!chosen || busy || focusedFor.current === chosen) return;
    focusedFor.current = chosen;
    const next = document.querySelector<HTMLElement>('[data-testid="restore-apply"]');
    next?.focus({ preventScroll: true });
    next?.scrollIntoView({ block: 'center' });
  }, [chosen, busy]);

  const s = chosen?.summary;
  const count = (table: string) => s?.manifest.tables[table]?.rows ?? 0;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="restore-panel">
      <Typography.Paragraph type="secondary">{t('restore.intro')}</Typography.Paragraph>
      <Button onClick={() => void choose()} disabled={busy} data-testid="restore-choose">
        {t('restore.choose')}
      </Button>
      {task?.kind === 'check' && <Progress percent={task.total ? Math.floor((task.done / task.total) * 100) : 0} data-testid="restore-check-progress" />}
      {error && <Alert type="error" showIcon title={error} role="alert" data-testid="restore-error" />}
      {s && (
        <>
          <Alert type="success" showIcon title={t('restore.checked')} data-testid="restore-checked" />
          {s.header.sample && <Alert type="warning" showIcon title={t('restore.sample')} />}
          <Descriptions bordered column={1} size="small" data-testid="restore-summary">
            <Descriptions.Item label={t('restore.unit')}>{`${s.header.unit.name} (${s.header.unit.adminCode})`}</Descriptions.Item>
            <Descriptions.Item label={t('restore.createdAt')}>{formatDateTime(s.header.createdAt)}</Descriptions.Item>
            <Descriptions.Item label={t('restore.createdBy')}>{s.header.createdBy}</Descriptions.Item>
            {s.manifest.firstChangeAt && (
              <Descriptions.Item label={t('restore.period')}>{((a, b) => (a === b ? a : `${a} – ${b}`))(formatDate(new Date(s.manifest.firstChangeAt)), formatDate(new Date(s.manifest.lastChangeAt ?? s.manifest.firstChangeAt)))}</Descriptions.Item>
            )}
            <Descriptions.Item label={t('restore.counts')}>
              {((named) => {
                const other = s.totalRows - named.incoming - named.outgoing - named.dossiers - named.journal;
                return other > 0 ? t('restore.countsLineOther', { ...named, other, total: s.totalRows }) : t('restore.countsLine', { ...named, total: s.totalRows });
              })({ incoming: count('incomingDocs'), outgoing: count('outgoingDocs'), dossiers: count('dossiers'), journal: count('journal') })}
            </Descriptions.Item>
            <Descriptions.Item label={t('restore.fingerprint')}>
              {/* The words, then what to compare them with on a line of its own (inline, the help ran on among the words). */}
              <Space orientation="vertical" size={6}>
                <FingerprintView fingerprint={s.fingerprint} testId="backup-fingerprint" />
                <Typography.Text type="secondary" data-testid="backup-fingerprint-help">
                  {t('restore.fingerprintHelp')}
                </Typography.Text>
              </Space>
            </Descriptions.Item>
          </Descriptions>
          {/* Said before, not only after: a restore to undo a mistake on this PC also means a new key and its paper for the upper level. */}
          {!s.header.sample && <Alert type="warning" showIcon title={t('restore.newKeyAhead')} data-testid="restore-new-key-note" />}
          <Button type="primary" onClick={() => void restore()} disabled={busy} data-testid="restore-apply">
            {t('restore.apply')}
          </Button>
        </>
      )}
    </Space>
  );
}
