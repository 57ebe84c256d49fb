/**
 * Home-screen list of incoming documents still being handled that are overdue or due within
 * a few days (sổ theo dõi giải quyết văn bản đến), read from the open-deadline index.
 */
import { useEffect, useRef, useState, type HTMLAttributes } from 'react';
import { Card, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { formatDate, isoDate } from '../../core/format';
import { addDays } from '../../core/registers/dates';
import { DEFAULT_DUE_SOON_DAYS, daysLeft } from '../../core/registers/follow-up';
import { formatNumber } from '../../core/registers/numbering';
import { joinNumberNotation } from '../../core/registers/notation';
import { useDb, useSession } from '../../db/context';
import { openDeadlineList } from '../../db/repositories/entry-repository';

const PAGE = 10;
/** The documents listed at most (the nearest deadlines first). */
const LIMIT = 200;

/**
 * What home's history entry keeps of the list when a document of it is opened: the page shown and
 * the row opened. Going back shows that page with the cursor on that row (the list was back at its
 * first page, and the clerk paged through it again to reach the next document).
 */
type BackState = { readonly followUpPage?: number; readonly followUpOpened?: string };
const backState = (): BackState => (typeof history.state === 'object' && history.state !== null ? (history.state as BackState) : {});

/** `onOpen`: the incoming register; `onOpenEntry`: one document of the list opened there (a row clicked, or Enter on it). */
export function FollowUpCard({ onOpen, onOpenEntry }: { onOpen: () => void; onOpenEntry: (id: string) => void }) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const today = isoDate(new Date());
  const list = useLiveQuery(() => openDeadlineList(db, addDays(today, DEFAULT_DUE_SOON_DAYS), session.unitId, LIMIT), [db, today, session.unitId]);
  const items = list?.items;
  const [page, setPage] = useState(() => backState().followUpPage ?? 1);
  const card = useRef<HTMLDivElement>(null);
  const reopen = useRef(backState().followUpOpened);
  // A page past the end (documents dealt with meanwhile) shows the last one.
  const pages = Math.max(1, Math.ceil((items?.length ?? 0) / PAGE));
  const shown = Math.min(page, pages);
  useEffect(() => {
    const id = reopen.current;
    if (!items || !id) return;
    reopen.current = undefined;
    card.current?.querySelector<HTMLElement>(`tr[data-row-key="${CSS.escape(id)}"]`)?.focus();
  }, [items]);
  const open = (id: string) => {
    history.replaceState({ ...backState(), followUpPage: shown, followUpOpened: id }, '');
    onOpenEntry(id);
  };
  // Past the list's length the count would be wrong: the title says "more than" and where to see them all.
  const title = list?.more ? t('followUp.titleMore', { count: LIMIT }) : items?.length ? t('followUp.titleCount', { count: items.length }) : t('followUp.title');
  return (
    <Card ref={card} title={title} data-testid="follow-up-card" extra={<Typography.Link onClick={onOpen}>{t('nav.incoming')}</Typography.Link>}>
      {list?.more && <Typography.Paragraph type="secondary" data-testid="follow-up-more">{t('followUp.more', { count: LIMIT })}</Typography.Paragraph>}
      {/* Ten at a time: thirty overdue documents made the home screen several screens long. */}
      <Table
        size="small"
        rowKey="id"
        loading={items === undefined}
        pagination={(items?.length ?? 0) > PAGE ? { pageSize: PAGE, size: 'small', showSizeChanger: false, current: shown, onChange: setPage } : false}
        dataSource={items}
        locale={{ emptyText: t('followUp.empty') }}
        rowClassName={() => 'clickable-row'}
        onRow={(d) => ({
          onClick: () => open(d.id),
          onKeyDown: (e) => {
            if (e.key === 'Enter') open(d.id);
          },
          tabIndex: 0,
          'data-testid': 'follow-up-row',
        } as HTMLAttributes<HTMLElement>)}
        columns={[
          { key: 'n', title: t('followUp.columns.number'), width: 80, render: (_, d) => formatNumber(d.arrivalNumber) },
          { key: 'doc', title: t('followUp.columns.document'), render: (_, d) => `${[d.typeName, joinNumberNotation(d.number, d.notation)].filter(Boolean).join(' ')} — ${d.sender}: ${d.summary}` },
          { key: 'r', title: t('followUp.columns.recipient'), width: 180, render: (_, d) => d.recipient },
          { key: 'dl', title: t('followUp.columns.deadline'), width: 110, render: (_, d) => formatDate(d.openDeadline) },
          {
            key: 's',
            title: t('followUp.columns.status'),
            width: 150,
            render: (_, d) => {
              const left = daysLeft(d, today) ?? 0;
              if (left < 0) return <Tag color="red">{t('followUp.overdue', { count: -left })}</Tag>;
              return <Tag color="orange">{left === 0 ? t('followUp.dueToday') : t('followUp.dueSoon', { count: left })}</Tag>;
            },
          },
        ]}
      />
    </Card>
  );
}
