/**
 * A key a person must confirm against a paper record before anything it signed is taken
 * in: a unit seen for the first time, a new key of a known unit, or a unit that lost its
 * key after restoring a backup. Look-alike names and codes are warnings to read and
 * acknowledge; for a new key or a lost key, the words on the paper must be typed back.
 */
import { useState } from 'react';
import { Alert, Button, Checkbox, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FingerprintView } from '../../components/FingerprintView';
import { checkFingerprintWords } from '../../core/bundle/keys';
import { formatDateTime } from '../../core/format';
import type { ConfirmationReceipt } from '../../db/exchange/receipt';
import type { KeyComparison } from '../../core/bundle/rotation';
import type { KeyRefusal } from '../../core/bundle/refusals';
import { ReasonConfirm } from '../../components/ReasonConfirm';
import { useUpperQuery } from '../../upper-api/context';
import { warningParams } from './warning-params';

const NO_REFUSALS: readonly KeyRefusal[] = [];

/** A red box listing what the person must read before trusting the key. */
function ListAlert({ testId, title, lines }: { testId: string; title: string; lines: readonly string[] }) {
  return (
    <Alert
      type="error"
      data-testid={testId}
      title={title}
      description={
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      }
    />
  );
}

export function KeyConfirmationCard({
  confirmation: c,
  onTrust,
  onRefuse,
  busy = false,
  files = [],
}: {
  confirmation: ConfirmationReceipt;
  /** The files chosen that this key signs, when more than one (the key is asked about once for them all). */
  files?: readonly string[];
  onTrust: (c: ConfirmationReceipt, compared: KeyComparison) => void;
  /** Records the key as not trusted, with why (a refusal left no trace: the next file of the key asked afresh). */
  onRefuse: (c: ConfirmationReceipt, reason: string) => Promise<void>;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  // What was decided of this key before, said first (a file signed with a key refused comes again).
  const refusals = useUpperQuery((api) => api.keyRefusals(c.kid), [c.kid]).data ?? NO_REFUSALS;
  const [typed, setTyped] = useState('');
  const [ack, setAck] = useState(false);
  const [readAloud, setReadAloud] = useState(false);
  /** The reason asked for once "Không tin cậy khóa này…" is pressed (the words' box stays the first thing to fill). */
  const [refusing, setRefusing] = useState(false);
  const mustType = c.kind !== 'first-contact';
  const check = checkFingerprintWords(typed, c.fingerprint);
  const matches = check.status === 'match';
  // A first contact may be compared by reading the words aloud — said by a tick, not by an empty box (one click trusted
  // the key, the words never compared); words typed that do not match say "do not trust".
  const ok = (matches || (!mustType && typed.trim() === '' && readAloud)) && (c.warnings.length === 0 || ack);
  const title =
    c.kind === 'first-contact'
      ? t('exchange.firstContact', { name: c.origin.name, code: c.origin.adminCode })
      : c.kind === 'new-key'
        ? t('exchange.newKey', { name: c.origin.name, code: c.origin.adminCode })
        : t('exchange.keyRecovery', { name: c.origin.name, code: c.origin.adminCode });
  return (
    <Alert
      type={c.kind === 'first-contact' && c.warnings.length === 0 ? 'warning' : 'error'}
      showIcon
      data-testid={`confirm-${c.kind}`}
      title={title}
      description={
        <Space orientation="vertical" style={{ width: '100%' }}>
          {refusals.length > 0 && <ListAlert testId="key-refused-before" title={t('exchange.refusedBefore')} lines={refusals.map((r) => t('exchange.refusedLine', { when: formatDateTime(r.refusedAt), by: r.refusedBy, reason: r.reason }))} />}
          {c.via.length > 0 && <Typography.Text type="secondary">{t('exchange.carriedVia', { names: c.via.join(' → ') })}</Typography.Text>}
          {files.length > 1 && <Typography.Text type="secondary" data-testid="key-signs-files">{t('exchange.keySignsFiles', { count: files.length, names: files.join(', ') })}</Typography.Text>}
          {c.kind === 'new-key' && <Typography.Text>{t('exchange.newKeyHelp')}</Typography.Text>}
          {c.recovery && (
            <Typography.Text>{t('exchange.keyRecoveryHelp', { date: formatDateTime(c.recovery.backupCreatedAt), sequence: c.recovery.resumedAfterSequence })}</Typography.Text>
          )}
          {c.warnings.length > 0 && <ListAlert testId="identity-warnings" title={t('exchange.warningsTitle')} lines={c.warnings.map((w) => t(`exchange.warning.${w.code}`, warningParams(w)))} />}
          {/* A first contact may be read aloud by phone; a new key or a lost key is typed from the unit's signed paper. */}
          <Typography.Text>{t(mustType ? 'exchange.compareFingerprintPaper' : 'exchange.compareFingerprint')}</Typography.Text>
          {/* Words to type from the paper are not shown until typed right: shown, they were copied off the screen and the paper never read. */}
          {mustType && !matches ? (
            <Typography.Text type="secondary" data-testid="fingerprint-hidden">
              {t('exchange.fingerprintHidden')}
            </Typography.Text>
          ) : (
            <FingerprintView fingerprint={c.fingerprint} testId="incoming-fingerprint" />
          )}
          <Input.TextArea
            rows={2}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            placeholder={t('exchange.typeWords')}
            aria-label={t('exchange.typeWords')}
            data-testid="typed-words"
            status={typed && !matches ? 'error' : undefined}
          />
          {!mustType && typed.trim() === '' && (
            <Checkbox checked={readAloud} onChange={(e) => setReadAloud(e.target.checked)} data-testid="read-aloud">
              {t('exchange.readAloudAck')}
            </Checkbox>
          )}
          {typed && <Typography.Text type={matches ? 'success' : 'danger'}>{check.status === 'match' ? t('exchange.wordsMatch') : check.status === 'count' ? t('exchange.wordsCount', { typed: check.typed, expected: check.expected }) : t('exchange.wordsDiffer', { places: check.places.join(', ') })}</Typography.Text>}
          {c.warnings.length > 0 && (
            <Checkbox checked={ack} onChange={(e) => setAck(e.target.checked)} data-testid="warnings-ack">
              {t(c.warnings.some((w) => w.code.startsWith('recovery.')) ? 'exchange.recoveryWarningsAck' : 'exchange.warningsAck')}
            </Checkbox>
          )}
          <Space wrap>
            <Button type="primary" disabled={!ok || busy} onClick={() => onTrust(c, matches ? 'words-typed' : 'words-read-aloud')} data-testid="trust-key">
              {t('exchange.trustKey')}
            </Button>
            {!refusing && (
              <Button danger disabled={busy} onClick={() => setRefusing(true)} data-testid="refuse-key">
                {t('exchange.refuseKey')}
              </Button>
            )}
          </Space>
          {refusing && (
            <div data-testid="refuse-key-form">
              <ReasonConfirm reasonLabel={t('exchange.refuseReason')} question={t('exchange.refuseQuestion')} actionLabel={t('exchange.refuseOk')} keepLabel={t('exchange.refuseKeep')} onConfirm={(reason) => onRefuse(c, reason)} autoFocus />
            </div>
          )}
        </Space>
      }
    />
  );
}
