/**
 * The register screen (sổ văn bản đến / đi): choose year and register, register documents
 * with the keyboard, search and filter the list, open an entry, print and export the book.
 */
import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Dropdown, Input, Popconfirm, Select, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { formatDate, isoDate } from '../../core/format';
import { followUpStatus, type FollowUpStatus } from '../../core/registers/follow-up';
import { URGENCY_LEVELS, type Urgency } from '../../core/registers/doc-types';
import { useDb, useSession } from '../../db/context';
import { closeRegister, ensureYearRegisters, listIssuingBodies, listRegisters, openRegister, type OpenRegisterInput } from '../../db/repositories/register-repository';
import { listUnits } from '../../db/repositories/unit-repository';
import type { IncomingDoc, OutgoingDoc, Register } from '../../db/register-records';
import { errorMessage } from '../../i18n';
import { EntryDrawer } from './EntryDrawer';
import { EntryTable, incomingColumns, outgoingColumns } from './EntryTable';
import { IncomingForm } from './IncomingForm';
import { OutgoingForm } from './OutgoingForm';
import { RegisterOutputs } from './RegisterOutputs';
import { useEntrySearch } from './useEntrySearch';
import { useRegisterEntries } from './useRegisterEntries';

type Kind = 'incoming' | 'outgoing';
const STATUSES: FollowUpStatus[] = ['overdue', 'due-soon', 'on-time', 'done', 'none'];

export function RegistersPage({ kind }: { kind: Kind }) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const { message } = App.useApp();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [registerId, setRegisterId] = useState<string>();
  const [openId, setOpenId] = useState<string>();
  const [query, setQuery] = useState('');
  const [typeFilter, setTypeFilter] = useState<string>();
  const [senderFilter, setSenderFilter] = useState<string>();
  const [urgencyFilter, setUrgencyFilter] = useState<Urgency>();
  const [statusFilter, setStatusFilter] = useState<FollowUpStatus>();
  const [showCancelled, setShowCancelled] = useState(true);

  useEffect(() => {
    void ensureYearRegisters(db, session, thisYear).catch((e: unknown) => void message.error(errorMessage(t, e)));
  }, [db, session, thisYear, message, t]);

  const registers = useLiveQuery(() => listRegisters(db), [db]) ?? [];
  const bodies = useLiveQuery(() => listIssuingBodies(db, session.unitId), [db, session.unitId]) ?? [];
  const units = useLiveQuery(() => listUnits(db), [db]) ?? [];
  const ofKind = registers.filter((r) => (kind === 'incoming' ? r.kind === 'incoming' : r.kind !== 'incoming'));
  // Past years too: an old paper or Excel register can be opened and imported for any of them.
  const years = [...new Set([thisYear + 1, ...Array.from({ length: 11 }, (_, i) => thisYear - i), ...ofKind.map((r) => r.year)])].sort((a, b) => b - a);
  const choices = ofKind.filter((r) => r.year === year);
  const own = choices.filter((r) => r.origin === session.unitId && !r.secret && r.status === 'open');
  const register: Register | undefined =
    choices.find((r) => r.id === registerId) ??
    own.find((r) => bodies.find((b) => b.id === r.issuingBodyId)?.abbreviation === 'UBND') ??
    own[0] ??
    choices[0];
  const body = bodies.find((b) => b.id === register?.issuingBodyId);
  const entries = useRegisterEntries(kind === 'incoming' ? 'incomingDocs' : 'outgoingDocs', register?.id);
  const rows = entries.rows as readonly (IncomingDoc | OutgoingDoc)[];
  const search = useEntrySearch(rows, query, entries.loading ? undefined : register?.id);

  const registerLabel = (r: Register) => {
    const unit = r.origin !== session.unitId ? units.find((u) => u.id === r.origin)?.name : undefined;
    return [r.name, r.secret ? `(${t('registers.secretMark')})` : '', r.status === 'closed' ? `— ${t('registers.closedMark')}` : '', unit ? `— ${unit}` : ''].filter(Boolean).join(' ');
  };

  const today = isoDate(new Date());
  const shown = useMemo(() => {
    return rows.filter((r) => {
      if (!showCancelled && r.deleted) return false;
      if (search.ids && !search.ids.has(r.id)) return false;
      if (typeFilter && r.typeName !== typeFilter) return false;
      if (urgencyFilter && r.urgency !== urgencyFilter) return false;
      if ('arrivalNumber' in r) {
        if (senderFilter && r.sender !== senderFilter) return false;
        if (statusFilter && followUpStatus(r, today) !== statusFilter) return false;
      }
      return true;
    });
  }, [rows, search.ids, typeFilter, senderFilter, urgencyFilter, statusFilter, showCancelled, today]);
  const distinct = (values: string[]) => [...new Set(values.filter(Boolean))].sort((a, b) => a.localeCompare(b, 'vi')).map((v) => ({ value: v, label: v }));
  const openEntry = rows.find((r) => r.id === openId);
  const mine = register?.origin === session.unitId;

  const openMore = async (input: OpenRegisterInput) => {
    try {
      const single = input.secret || input.kind === 'internal';
      const r = single ? await openRegister(db, session, input) : (await ensureYearRegisters(db, session, input.year)).find((x) => x.kind === input.kind);
      setYear(input.year);
      if (r && single) setRegisterId(r.id);
    } catch (e) {
      void message.error(errorMessage(t, e));
    }
  };
  const mineOfYear = ofKind.filter((r) => r.origin === session.unitId && r.year === year);
  const openItems = [
    ...(kind === 'incoming'
      ? mineOfYear.some((r) => r.secret) ? [] : [{ key: 'secret', label: t('registers.openSecretFor', { year }), onClick: () => void openMore({ kind: 'incoming', year, secret: true }) }]
      : bodies
          .filter((b) => !mineOfYear.some((r) => r.secret && r.issuingBodyId === b.id))
          .map((b) => ({ key: `secret-${b.id}`, label: t('registers.openSecretOf', { year, body: b.name }), onClick: () => void openMore({ kind: 'outgoing', year, secret: true, issuingBodyId: b.id }) }))),
    ...(kind === 'outgoing'
      ? bodies
          .filter((b) => !mineOfYear.some((r) => r.kind === 'internal' && r.issuingBodyId === b.id))
          .map((b) => ({ key: `internal-${b.id}`, label: t('registers.openInternalOf', { year, body: b.name }), onClick: () => void openMore({ kind: 'internal', year, issuingBodyId: b.id }) }))
      : []),
  ];

  const doClose = async () => {
    if (!register) return;
    try {
      await closeRegister(db, session, register.id, today);
      void message.success(t('registers.closed'));
    } catch (e) {
      void message.error(errorMessage(t, e));
    }
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid={`registers-${kind}`}>
      <Typography.Title level={3} style={{ margin: 0 }}>{kind === 'incoming' ? t('registers.titleIncoming') : t('registers.titleOutgoing')}</Typography.Title>
      <div className="register-toolbar">
        <Select aria-label={t('registers.year')} value={year} onChange={(y: number) => { setYear(y); setRegisterId(undefined); }} options={years.map((y) => ({ value: y, label: `${t('registers.year')} ${y}` }))} style={{ width: 120 }} />
        <Select className="register-choice" aria-label={t('registers.register')} data-testid="register-select" value={register?.id} onChange={setRegisterId} options={choices.map((r) => ({ value: r.id, label: registerLabel(r) }))} popupMatchSelectWidth={false} placeholder={t('registers.noRegister')} />
        {register && <RegisterOutputs register={register} body={body} rows={rows} shown={shown} />}
        {openItems.length > 0 && (
          <Dropdown menu={{ items: openItems }}>
            <Button data-testid="open-register">{t('registers.openMenu')}</Button>
          </Dropdown>
        )}
        {register && mine && register.status === 'open' && (
          <Popconfirm title={t('registers.closeConfirm', { name: register.name })} okText={t('registers.closeRegister')} cancelText={t('registers.closeKeep')} onConfirm={() => void doClose()}>
            <Button>{t('registers.closeRegister')}</Button>
          </Popconfirm>
        )}
      </div>
      {!register && (
        <Alert type="info" showIcon message={t('registers.noRegister')}
          action={<Button type="primary" data-testid="open-year" onClick={() => void openMore({ kind, year })}>{t('registers.openYear', { year })}</Button>} />
      )}
      {register && register.status === 'closed' && <Alert type="warning" showIcon message={t('registers.closedInfo', { date: formatDate(register.closedAt) })} />}
      {register && !mine && <Alert type="info" showIcon message={t('registers.readOnlyInfo')} />}
      {register && mine && register.status === 'open' && (
        <Card size="small" title={t('registers.newEntry')}>
          {kind === 'incoming'
            ? <IncomingForm key={register.id} register={register} rows={rows as IncomingDoc[]} onOpenEntry={setOpenId} />
            : <OutgoingForm key={register.id} register={register} body={body} rows={rows as OutgoingDoc[]} onOpenEntry={setOpenId} />}
        </Card>
      )}
      {register && (
        <Card size="small" title={<Space>{t('registers.listTitle')}<Typography.Text type="secondary" data-testid="entry-count">{t('registers.countShown', { shown: shown.length, total: rows.length })}</Typography.Text></Space>}>
          <Space wrap style={{ marginBottom: 8 }}>
            <Input.Search allowClear aria-label={t('common.search')} data-testid="entry-search" placeholder={t('registers.searchPlaceholder')} value={query} onChange={(e) => setQuery(e.target.value)} style={{ width: 420 }} />
            <Select allowClear showSearch placeholder={t('registers.filterType')} value={typeFilter} onChange={setTypeFilter} options={distinct(rows.map((r) => r.typeName))} style={{ width: 170 }} />
            {kind === 'incoming' && <Select allowClear showSearch placeholder={t('registers.filterSender')} value={senderFilter} onChange={setSenderFilter} options={distinct((rows as IncomingDoc[]).map((r) => r.sender))} style={{ width: 240 }} />}
            <Select allowClear placeholder={t('registers.filterUrgency')} value={urgencyFilter} onChange={setUrgencyFilter} options={URGENCY_LEVELS.map((u) => ({ value: u, label: t(`urgency.${u}`) }))} style={{ width: 140 }} />
            {kind === 'incoming' && <Select allowClear placeholder={t('registers.filterStatus')} value={statusFilter} onChange={setStatusFilter} options={STATUSES.map((s) => ({ value: s, label: t(`followUp.status.${s}`) }))} style={{ width: 170 }} />}
            <Checkbox checked={showCancelled} onChange={(e) => setShowCancelled(e.target.checked)}>{t('registers.showCancelled')}</Checkbox>
            {search.indexing && <Typography.Text type="secondary">{t('registers.indexing')}</Typography.Text>}
          </Space>
          <EntryTable<IncomingDoc | OutgoingDoc>
            rows={shown}
            columns={(kind === 'incoming' ? incomingColumns(t) : outgoingColumns(t)) as never}
            onOpen={(r) => setOpenId(r.id)}
            empty={rows.length === 0 ? t('registers.emptyList') : t('registers.noMatch')}
          />
        </Card>
      )}
      {register && openEntry && <EntryDrawer entry={openEntry} register={register} body={body} rows={rows} onClose={() => setOpenId(undefined)} />}
    </Space>
  );
}
