/**
 * Keys of other units this PC trusts (khóa tin cậy): who confirmed each and how, revocation
 * from a moment the person chooses (a successor announced before it stays trusted), and
 * confirming a new key from one of the unit's bundles by its words on a paper record — the
 * way back for a unit whose old key was revoked or lost, so the receiver is never locked out.
 */
import { useRef, useState } from 'react';
import { focusWhenReady } from '../../components/focus';
import { Alert, App, Button, Card, Form, Input, Space, Table, Tag, Typography, type GetRef } from 'antd';
import { useTranslation } from 'react-i18next';
import { keysToConfirm, type ConfirmationReceipt } from '../../db/exchange/receipt';
import type { KeyComparison } from '../../core/bundle/rotation';
import { fingerprintOf } from '../../core/bundle/keys';
import { formatDateTime } from '../../core/format';
import { impossibleMomentIssue, parseTypedMoment } from '../../core/typed-date';
import { errorMessage, issueMessage } from '../../i18n';
import { usePlatform } from '../../platform/context';
import { useUpperApi, useUpperQuery } from '../../upper-api/context';
import type { KeyListRow } from '../../upper-api/types';
import { refusalStanding } from '../../db/exchange/key-list';
import { KeyConfirmationCard } from './KeyConfirmationCard';
import { warningParams } from './warning-params';
import { Dialog } from '../../components/Dialog';
import { useFilledIn } from '../../hooks/useFilledIn';

export function TrustedKeysPanel() {
  const { t } = useTranslation();
  const api = useUpperApi();
  const platform = usePlatform();
  const { message } = App.useApp();
  const keysRead = useUpperQuery((a) => a.trustedKeys(), []);
  const keys = keysRead.data;
  // The keys a person decided not to trust, newest first: said only when the same file came again.
  const refusals = useUpperQuery((a) => a.keyRefusals(), []).data;
  const [revoking, setRevoking] = useState<KeyListRow>();
  /**
   * The revocation's moment (dd/mm/yyyy hh:mm), now unless the person types an earlier one, and its reason; each opening
   * starts afresh (a reason typed for one key showed again for the next), and closing over what was typed asks first.
   */
  const revocation = useFilledIn({ from: '', reason: '' });
  const { from, reason } = revocation.v;
  /** The moment's refusal, under its field. */
  const [fromError, setFromError] = useState<string>();
  const [pending, setPending] = useState<ConfirmationReceipt[]>();
  const [error, setError] = useState<string>();
  // The reason is what is typed; the moment is now unless the person picks an earlier one.
  const reasonField = useRef<GetRef<typeof Input>>(null);

  const revoke = async () => {
    if (!revoking) return;
    // A moment that does not read, or one still to come (a year typed wrong would keep the key
    // trusted for years), is refused under the field; the revocation waits (it used the time the
    // dialog opened with, silently).
    const at = parseTypedMoment(from, new Date().getFullYear());
    if (!at) {
      const wrong = impossibleMomentIssue('from', from);
      return setFromError(wrong ? issueMessage(t, wrong) : t('exchange.revokeFromInvalid'));
    }
    if (Date.parse(at) > Date.now() + 60_000) return setFromError(t('exchange.revokeFromFuture', { at: formatDateTime(at) }));
    setFromError(undefined);
    try {
      await api.revokeKey(revoking.kid, reason.trim() || t('exchange.revokeReason'), at);
      void message.success(t('exchange.keyRevoked', { name: revoking.originName, at: formatDateTime(at) }));
      setRevoking(undefined);
    } catch (e) {
      setRevoking(undefined);
      setError(errorMessage(t, e));
    }
  };

  const chooseFile = async () => {
    setError(undefined);
    try {
      const opened = await platform.openFile({ filters: [{ name: t('exchange.bundleFiles'), extensions: ['json'] }], multiple: true });
      if (opened.length === 0) return;
      const r = await api.prepareImport(opened.map((f) => ({ name: f.name, data: f.data })));
      await api.discardImport(r.token);
      // A key asked about once, however many of the files chosen it signs.
      const asked = keysToConfirm(r.receipt).map((k) => k.confirmation);
      setPending(asked);
      const failed = r.receipt.files.find((f) => f.error);
      if (failed?.error) setError(issueMessage(t, failed.error));
      // Nothing to confirm is said (the button seemed to do nothing).
      else if (asked.length === 0) void message.info(t('exchange.confirmNothing'));
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };

  /** How the key was confirmed, in brackets: its kind, how the words were compared (when recorded), the backup a recovery restored. */
  const confirmedHow = (k: KeyListRow) => {
    const parts = [
      k.confirmedAs && t(`exchange.confirmedAs.${k.confirmedAs}`),
      k.compared && t(`exchange.compared.${k.compared}`),
      // What was noted with it: the sample's keys ("dữ liệu dùng thử"), a key taken by the command line.
      k.note,
      k.recovery && t('exchange.restoredFromBackup', { date: formatDateTime(k.recovery.backupCreatedAt) }),
    ].filter(Boolean);
    return parts.length ? ` (${parts.join('; ')})` : '';
  };

  const confirm = async (c: ConfirmationReceipt, compared: KeyComparison) => {
    try {
      await api.trustKey(c, compared);
      void message.success(t('exchange.keyConfirmed', { name: c.origin.name }));
      setPending((p) => p?.filter((x) => x.kid !== c.kid));
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };

  const refuse = async (c: ConfirmationReceipt, reason: string) => {
    try {
      await api.refuseKey(c, reason);
      void message.warning(t('exchange.keyRefusedHere', { name: c.origin.name }));
      setPending((p) => p?.filter((x) => x.kid !== c.kid));
      // The card it was in went: the cursor to choosing a file again (it fell to the page).
      focusWhenReady(() => document.querySelector<HTMLElement>('[data-testid="confirm-from-file"]'));
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('exchange.trustedKeys')}>
        {/* The list not read (the archive's server out of reach) is said: it read "no key trusted yet". */}
        {keysRead.error !== undefined && <Alert type="error" showIcon title={errorMessage(t, keysRead.error)} style={{ marginBottom: 8 }} data-testid="trusted-keys-error" />}
        <Table<KeyListRow>
          size="small"
          rowKey="kid"
          dataSource={keys ?? []}
          pagination={false}
          data-testid="trusted-keys"
          locale={{ emptyText: keysRead.error !== undefined ? <span /> : t('exchange.noTrustedKeys') }}
          columns={[
            { title: t('exchange.origin'), key: 'o', render: (_, k) => `${k.originName}${k.adminCode ? ` (${k.adminCode})` : ''}` },
            { title: t('exchange.fingerprint'), key: 'fp', render: (_, k) => fingerprintOf(k.kid).words.join(' · ') },
            {
              title: t('exchange.confirmedBy'),
              key: 'by',
              render: (_, k) =>
                k.rotatedFrom
                  ? t('exchange.keyRotatedFrom', { words: fingerprintOf(k.rotatedFrom).words.slice(0, 2).join(' · '), date: formatDateTime(k.confirmedAt) })
                  : (
                    <>
                      {`${k.confirmedBy} — ${formatDateTime(k.confirmedAt)}${confirmedHow(k)}`}
                      {/* What the person read before trusting it (a unit alike in name or code): kept in sight with the key. */}
                      {k.confirmedOver && (
                        <Typography.Text type="warning" style={{ display: 'block' }} data-testid="key-confirmed-over">
                          {t('exchange.confirmedOver', { what: k.confirmedOver.map((w) => t(`exchange.confirmedOverWarning.${w.code}`, warningParams(w))).join('; ') })}
                        </Typography.Text>
                      )}
                    </>
                  ),
            },
            {
              title: t('exchange.keyStatus'),
              key: 's',
              render: (_, k) =>
                k.revoked ? (
                  // With its reason and who revoked it, as recorded (the reason typed was shown nowhere).
                  <Tag color="red" data-testid="key-revoked">{t('exchange.keyRevokedFrom', { date: formatDateTime(k.revoked.revokedAt ?? '') })}{k.revoked.reason ? ` — ${k.revoked.reason}` : ''}{k.revoked.revokedBy ? ` (${k.revoked.revokedBy})` : ''}</Tag>
                ) : k.lostReportedAt ? (
                  <Tag color="orange" title={t('exchange.keyLostHelp')}>{t('exchange.keyLost', { date: formatDateTime(k.lostReportedAt) })}</Tag>
                ) : k.replacedBy ? (
                  // Moved on from (a rotation): it still verifies the bundles it signed, up to the one that announced its successor.
                  <Tag data-testid="key-replaced">{t('exchange.keyReplaced', { words: fingerprintOf(k.replacedBy.kid).words.slice(0, 2).join(' · '), sequence: k.replacedBy.sequence })}</Tag>
                ) : (
                  <Tag color="green">{t('exchange.keyActive')}</Tag>
                ),
            },
            // Revoking is the administrator's (on the archive server an account of another role was refused only once its reason was typed).
            ...(api.may.administer ? [{
              title: t('common.actions'),
              key: 'a',
              render: (_: unknown, k: KeyListRow) =>
                k.revoked ? null : (
                  <Button
                    size="small"
                    danger
                    onClick={() => {
                      revocation.fill({ from: formatDateTime(new Date().toISOString()), reason: '' });
                      setFromError(undefined);
                      setRevoking(k);
                    }}
                    data-testid="revoke-key"
                  >
                    {t('exchange.revoke')}
                  </Button>
                ),
            }] : []),
          ]}
        />
      </Card>
      {refusals && refusals.length > 0 && (
        <Card title={t('exchange.refusedKeys')}>
          <Table
            size="small"
            rowKey={(r) => `${r.kid}|${r.refusedAt}`}
            dataSource={[...refusals].reverse()}
            pagination={false}
            data-testid="refused-keys"
            columns={[
              { title: t('exchange.origin'), key: 'o', render: (_, r) => `${r.originName}${r.adminCode ? ` (${r.adminCode})` : ''}` },
              { title: t('exchange.fingerprint'), key: 'fp', render: (_, r) => `${fingerprintOf(r.kid).words.slice(0, 3).join(' · ')}…` },
              { title: t('exchange.refusedWhen'), key: 'w', render: (_, r) => `${formatDateTime(r.refusedAt)} — ${r.refusedBy}` },
              { title: t('exchange.refusedWhy'), dataIndex: 'reason' },
              // Trusted afterwards (the unit's paper came): said, the refusal kept as it was recorded.
              {
                title: t('exchange.keyStatus'),
                key: 's',
                render: (_, r) => {
                  const standing = refusalStanding(r.kid, keys ?? []);
                  return <Tag color={standing === 'trusted-since' ? 'green' : 'red'}>{t(`exchange.refusalStanding.${standing}`)}</Tag>;
                },
              },
            ]}
          />
        </Card>
      )}
      {api.may.import && <Card title={t('exchange.confirmFromFile')}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('exchange.confirmFromFileHelp')}</Typography.Text>
          <Button onClick={() => void chooseFile()} data-testid="confirm-from-file">
            {t('exchange.confirmFromFile')}
          </Button>
          {error && <Alert type="error" showIcon title={error} />}
          {(pending ?? []).map((c) => (
            <KeyConfirmationCard key={c.kid} confirmation={c} onTrust={(x, compared) => void confirm(x, compared)} onRefuse={refuse} />
          ))}
        </Space>
      </Card>}
      <Dialog
        open={!!revoking}
        title={t('exchange.revokeConfirm')}
        okText={t('exchange.revokeButton')}
        okButtonProps={{ danger: true, htmlType: 'submit', form: 'revoke-form' }}
        cancelText={t('common.close')}
        onCancel={() => setRevoking(undefined)}
        typed={revocation.typed}
        openOn={reasonField}
        destroyOnHidden
      >
        <Form id="revoke-form" layout="vertical" onFinish={() => void revoke()}>
          <Typography.Paragraph>{revoking ? `${revoking.originName} — ${fingerprintOf(revoking.kid).words.join(' · ')}` : ''}</Typography.Paragraph>
          <Form.Item label={t('exchange.revokeFrom')} extra={t('exchange.revokeFromHelp')} validateStatus={fromError ? 'error' : undefined} help={fromError}>
            <Input value={from} onChange={(e) => revocation.setV({ ...revocation.v, from: e.target.value })} placeholder={t('common.momentPlaceholder')} aria-label={t('exchange.revokeFrom')} aria-invalid={fromError ? true : undefined} autoComplete="off" style={{ width: 200 }} data-testid="revoke-from" />
          </Form.Item>
          <Form.Item label={t('exchange.revokeReasonLabel')}>
            <Input ref={reasonField} value={reason} onChange={(e) => revocation.setV({ ...revocation.v, reason: e.target.value })} placeholder={t('exchange.revokeReason')} data-testid="revoke-reason" />
          </Form.Item>
        </Form>
      </Dialog>
    </Space>
  );
}
