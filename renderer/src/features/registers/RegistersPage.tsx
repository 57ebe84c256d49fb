/**
 * The register screen (sổ văn bản đến / đi): choose year and register, register documents
 * with the keyboard, search and filter the list, open an entry, print and export the book.
 * The list is read a window at a time (useRegisterList): a register of a million entries opens
 * as fast as one of a hundred.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { foldedLabelMatch } from '../../components/folded-match';
import { Alert, App, Button, Card, Checkbox, Input, Select, Space, Typography } from 'antd';
import { Confirm } from '../../components/Confirm';
import { KeyMenu } from '../../components/KeyMenu';
import { CLEAR_FIELD, useClearChoice } from '../../components/icons/labelled-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useHashRoute } from '../../hooks/useHashRoute';
import { useTranslation } from 'react-i18next';
import { formatCount, formatDate, isoDate } from '../../core/format';
import type { FollowUpStatus } from '../../core/registers/follow-up';
import { INCOMING_FACETS, OUTGOING_FACETS } from '../../core/registers/entry-index';
import { URGENCY_LEVELS, type Urgency } from '../../core/registers/doc-types';
import { useDb, useSession } from '../../db/context';
import { getEntry, getOwnEntry } from '../../db/repositories/entry-repository';
import { closeRegister, ensureYearRegisters, listIssuingBodies, listRegisters, openRegister, type OpenRegisterInput } from '../../db/repositories/register-repository';
import { listUnits } from '../../db/repositories/unit-repository';
import type { IncomingDoc, OutgoingDoc, Register } from '../../db/register-records';
import type { ViewFilter } from '../../search/persisted/index-client';
import { errorMessage } from '../../i18n';
import { EntryDrawer } from './EntryDrawer';
import { useReturnFocus } from '../../hooks/useReturnFocus';
import { EntryTable, incomingColumns, incomingCompactColumns, outgoingColumns, outgoingCompactColumns } from './EntryTable';
import { IncomingForm } from './IncomingForm';
import { OutgoingForm } from './OutgoingForm';
import { RegisterOutputs } from './RegisterOutputs';
import { FIRST_FIELD } from './entry-form-state';
import { useRegisterList, type FacetValue } from './useRegisterList';

type Kind = 'incoming' | 'outgoing';
const STATUSES: FollowUpStatus[] = ['overdue', 'due-soon', 'on-time', 'done', 'none'];

/** Choices of a filter list: the values held, in Vietnamese order. */
const choicesOf = (values: readonly FacetValue[] | undefined) => [...(values ?? [])].sort((a, b) => a.value.localeCompare(b.value, 'vi')).map((v) => ({ value: v.value, label: v.value }));

export function RegistersPage({ kind }: { kind: Kind }) {
  const { t, i18n } = useTranslation();
  const clearChoice = useClearChoice();
  const db = useDb();
  const session = useSession();
  const { message } = App.useApp();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [registerId, setRegisterId] = useState<string>();
  const [openId, setOpenId] = useState<string>();
  /** New entries saved from the form: the list shows its end, where each comes (it stayed at the top). */
  const [saves, setSaves] = useState(0);
  const saved = useCallback(() => setSaves((n) => n + 1), []);
  const listCard = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState('');
  const [typeFilter, setTypeFilter] = useState<string>();
  const [senderFilter, setSenderFilter] = useState<string>();
  const [urgencyFilter, setUrgencyFilter] = useState<Urgency>();
  const [statusFilter, setStatusFilter] = useState<FollowUpStatus>();
  const [showCancelled, setShowCancelled] = useState(true);

  useEffect(() => {
    void ensureYearRegisters(db, session, thisYear).catch((e: unknown) => void message.error(errorMessage(t, e)));
  }, [db, session, thisYear, message, t]);

  // "#/incoming/<id>" (a document of the home screen's follow-up list): its register shown, the entry opened.
  const [route] = useHashRoute(kind);
  const linked = route.split('/')[1];
  useEffect(() => {
    if (!linked) return;
    let live = true;
    // This unit's own entries only (the home list's are): a missing id reads no other unit's data.
    void getOwnEntry(db, kind, linked).then(async (e) => {
      const reg = e && (await listRegisters(db)).find((r) => r.id === e.registerId);
      if (!live) return;
      // Closing the entry leaves the register's page (a reload does not open it again).
      history.replaceState(null, '', `#/${kind}`);
      if (!e || !reg) return void message.warning(t('registers.linkNotFound'));
      setYear(reg.year);
      setRegisterId(reg.id);
      setOpenId(e.id);
    });
    return () => {
      live = false;
    };
  }, [db, linked, kind, message, t]);

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
  const today = isoDate(new Date());
  const table = kind === 'incoming' ? 'incomingDocs' : 'outgoingDocs';
  const scope = useMemo(() => (register ? { table, registerId: register.id } as const : undefined), [table, register?.id]);
  const filter = useMemo<ViewFilter>(
    () => ({
      ...(query.trim() ? { text: query } : {}),
      equals: { ...(typeFilter ? { typeName: typeFilter } : {}), ...(urgencyFilter ? { urgency: urgencyFilter } : {}), ...(kind === 'incoming' && senderFilter ? { sender: senderFilter } : {}) },
      ...(showCancelled ? {} : { without: ['deleted'] }),
      ...(kind === 'incoming' && statusFilter ? { followUp: { status: statusFilter, today } } : {}),
    }),
    [query, typeFilter, urgencyFilter, senderFilter, showCancelled, statusFilter, kind, today],
  );
  const list = useRegisterList(scope, filter, kind === 'incoming' ? INCOMING_FACETS : OUTGOING_FACETS);
  // An entry of the register shown is of the register's unit: a received one is read through that unit's directory.
  const openEntry = useLiveQuery(async () => (openId ? await getEntry(db, openId, register?.origin) : undefined), [db, openId, register?.origin]);
  const columns = useMemo(() => (kind === 'incoming' ? incomingColumns(t) : outgoingColumns(t)) as never, [kind, t]);
  const compactColumns = useMemo(() => (kind === 'incoming' ? incomingCompactColumns(t) : outgoingCompactColumns(t)) as never, [kind, t]);
  const rowAt = useCallback((i: number) => list.rows.get(i), [list.rows]);
  const returnFocus = useReturnFocus();
  // An entry opened by a link (home's follow-up list) gives the cursor, when closed, to the form's first field, where the clerk types next.
  const firstField = useCallback(() => document.getElementById(`f-${FIRST_FIELD[kind]}`), [kind]);
  const onOpen = useCallback((r: IncomingDoc | OutgoingDoc) => {
    returnFocus.remember();
    setOpenId(r.id);
  }, [returnFocus]);

  const registerLabel = (r: Register) => {
    const unit = r.origin !== session.unitId ? units.find((u) => u.id === r.origin)?.name : undefined;
    return [r.name, r.secret ? `(${t('registers.secretMark')})` : '', r.status === 'closed' ? `— ${t('registers.closedMark')}` : '', unit ? `— ${unit}` : ''].filter(Boolean).join(' ');
  };

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
        <Select className="register-choice" aria-label={t('registers.register')} data-testid="register-select" value={register?.id} onChange={setRegisterId} options={choices.map((r) => ({ value: r.id, label: registerLabel(r) }))} popupMatchSelectWidth={false} placeholder={t('registers.choose')} disabled={choices.length === 0} />
        {register && <RegisterOutputs register={register} body={body} list={list} />}
        {openItems.length > 0 && (
          <KeyMenu menu={{ items: openItems }}>
            <Button data-testid="open-register">{t('registers.openMenu')}</Button>
          </KeyMenu>
        )}
        {register && mine && register.status === 'open' && (
          <Confirm title={t('registers.closeConfirm', { name: register.name })} okText={t('registers.closeRegister')} cancelText={t('registers.closeKeep')} onConfirm={() => void doClose()}>
            <Button>{t('registers.closeRegister')}</Button>
          </Confirm>
        )}
      </div>
      {!register && (
        <Alert type="info" showIcon title={t('registers.noRegister', { year })} description={t('registers.openYearHelp', { year })}
          action={<Button type="primary" data-testid="open-year" onClick={() => void openMore({ kind, year })}>{t('registers.openYear', { year })}</Button>} />
      )}
      {register && register.status === 'closed' && <Alert type="warning" showIcon message={t('registers.closedInfo', { date: formatDate(register.closedAt) })} />}
      {register && !mine && <Alert type="info" showIcon message={t('registers.readOnlyInfo')} />}
      {register && mine && register.status === 'open' && (
        <Card size="small" title={t('registers.newEntry')}>
          {kind === 'incoming'
            ? <IncomingForm key={register.id} register={register} held={list.facets} onOpenEntry={setOpenId} onSaved={saved} />
            : <OutgoingForm key={register.id} register={register} body={body} held={list.facets} onOpenEntry={setOpenId} onSaved={saved} />}
        </Card>
      )}
      {register && (
        <Card ref={listCard} size="small" title={<Space>{t('registers.listTitle')}{list.count !== undefined && list.total !== undefined && !list.building && <Typography.Text type="secondary" data-testid="entry-count">{t('registers.countShown', { shown: list.count, total: list.total })}</Typography.Text>}</Space>}>
          <Space wrap style={{ marginBottom: 8 }}>
            {/* Enter brings the list up to the top of the window: under the entry form, the rows found stood below it. */}
            <Input.Search allowClear={CLEAR_FIELD} aria-label={t('common.search')} data-testid="entry-search" placeholder={t('registers.searchPlaceholder')} value={query} onChange={(e) => setQuery(e.target.value)} onSearch={(_, __, info) => info?.source === 'input' && listCard.current?.scrollIntoView({ block: 'start' })} style={{ width: 440 }} />
            <Select allowClear={clearChoice} showSearch={{ filterOption: foldedLabelMatch }} aria-label={t('registers.filterType')} placeholder={t('registers.filterType')} value={typeFilter} onChange={setTypeFilter} options={choicesOf(list.facets.typeName)} style={{ width: 170 }} />
            {kind === 'incoming' && <Select allowClear={clearChoice} showSearch={{ filterOption: foldedLabelMatch }} aria-label={t('registers.filterSender')} placeholder={t('registers.filterSender')} value={senderFilter} onChange={setSenderFilter} options={choicesOf(list.facets.sender)} style={{ width: 240 }} />}
            <Select allowClear={clearChoice} aria-label={t('registers.filterUrgency')} placeholder={t('registers.filterUrgency')} value={urgencyFilter} onChange={setUrgencyFilter} options={URGENCY_LEVELS.map((u) => ({ value: u, label: t(`urgency.${u}`) }))} style={{ width: 140 }} />
            {kind === 'incoming' && <Select allowClear={clearChoice} aria-label={t('registers.filterStatus')} placeholder={t('registers.filterStatus')} value={statusFilter} onChange={setStatusFilter} options={STATUSES.map((s) => ({ value: s, label: t(`followUp.status.${s}`) }))} style={{ width: 200 }} />}
            <Checkbox checked={showCancelled} onChange={(e) => setShowCancelled(e.target.checked)}>{t('registers.showCancelled')}</Checkbox>
            {list.building && (
              <Typography.Text type="secondary" data-testid="index-progress">
                {t('registers.indexingProgress', { done: formatCount(list.building.done, i18n.language), total: formatCount(Math.max(list.building.total, list.building.done), i18n.language) })}
              </Typography.Text>
            )}
          </Space>
          <EntryTable<IncomingDoc | OutgoingDoc>
            count={list.count ?? 0}
            rowAt={rowAt}
            onRange={list.showRange}
            columns={columns}
            compactColumns={compactColumns}
            onOpen={onOpen}
            revealEnd={saves}
            empty={list.count === undefined || list.building ? t('registers.opening') : list.total === 0 ? t('registers.emptyList') : t('registers.noMatch')}
          />
        </Card>
      )}
      {register && openEntry && openEntry.registerId === register.id && <EntryDrawer entry={openEntry} register={register} body={body} held={list.facets} onClose={() => { setOpenId(undefined); returnFocus.restore(firstField); }} />}
    </Space>
  );
}
