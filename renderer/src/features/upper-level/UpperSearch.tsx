/**
 * Consolidated search at the upper level: every incoming and outgoing entry of every unit
 * whose bundles were imported (and this unit's own), diacritics and case ignored, in one
 * list with the unit it came from; a result opens read-only in the entry drawer. The index is
 * built in its own search worker on first use.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Card, Input, Progress, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../core/format';
import { formatNumber } from '../../core/registers/numbering';
import { joinNumberNotation } from '../../core/registers/notation';
import { typeAndSummary } from '../../core/registers/register-book';
import { incomingSearchText, outgoingSearchText } from '../../core/registers/search-text';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../db/context';
import type { IncomingDoc, OutgoingDoc } from '../../db/register-records';
import { getEntry } from '../../db/repositories/entry-repository';
import { getRegister } from '../../db/repositories/register-repository';
import { searchableEntries } from '../../db/repositories/upper-level-repository';
import { SearchClient } from '../../search/search-client';
import { EntryDrawer } from '../registers/EntryDrawer';

/**
 * One result: `arrival` is the số đến (incoming only); `numberNotation` the document's own số,
 * ký hiệu; `date` the arrival date (incoming) or the document date (outgoing); `party` the
 * sender (incoming) or the recipients (outgoing).
 */
type Hit = { id: string; origin: string; kind: 'incoming' | 'outgoing'; arrival: string; numberNotation: string; date: string; party: string; summary: string };

const LIMIT = 200;

function hitOf(d: IncomingDoc | OutgoingDoc): Hit {
  const common = { id: d.id, origin: d.origin, summary: typeAndSummary(d.typeName, d.summary) };
  return 'arrivalNumber' in d
    ? { ...common, kind: 'incoming', arrival: formatNumber(d.arrivalNumber), numberNotation: joinNumberNotation(d.number, d.notation), date: formatDate(d.arrivalDate), party: d.sender }
    : { ...common, kind: 'outgoing', arrival: '', numberNotation: joinNumberNotation(d.number, d.notation), date: formatDate(d.documentDate), party: d.recipients.join('; ') };
}

export function UpperSearch({ units }: { units: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const db = useDb();
  const client = useRef<SearchClient | undefined>(undefined);
  const byId = useRef(new Map<string, Hit>());
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [ready, setReady] = useState(false);
  const [query, setQuery] = useState('');
  const [origin, setOrigin] = useState<string>();
  const [hits, setHits] = useState<Hit[]>([]);
  const [openId, setOpenId] = useState<string>();
  const opened = useLiveQuery(async () => {
    const entry = openId ? await getEntry(db, openId) : undefined;
    const register = entry ? await getRegister(db, entry.registerId) : undefined;
    return entry && register ? { entry, register } : undefined;
  }, [db, openId]);

  const ensureIndex = async () => {
    if (client.current) return;
    client.current = new SearchClient();
    const live = await searchableEntries(db);
    for (const d of live) byId.current.set(d.id, hitOf(d));
    const entries = live.map((d) => ({ id: d.id, text: 'arrivalNumber' in d ? incomingSearchText(d) : outgoingSearchText(d) }));
    await client.current.build(entries, { onProgress: setProgress });
    setReady(true);
  };

  useEffect(() => () => client.current?.dispose(), []);

  useEffect(() => {
    let live = true;
    if (!query.trim()) {
      setHits([]);
      return;
    }
    void ensureIndex().then(async () => {
      const found = await client.current?.search(query, { limit: origin ? 5000 : LIMIT });
      if (!live || !found) return;
      setHits(found.map((id) => byId.current.get(id)).filter((h): h is Hit => !!h && (!origin || h.origin === origin)).slice(0, LIMIT));
    });
    return () => {
      live = false;
    };
    // ensureIndex is stable for the life of the card.
  }, [query, origin, ready]);

  const options = useMemo(() => [...units].map(([value, label]) => ({ value, label })), [units]);
  return (
    <Card title={t('upper.searchTitle')} data-testid="upper-search">
      <Space wrap style={{ marginBottom: 8 }}>
        <Input.Search allowClear style={{ width: 420 }} placeholder={t('registers.searchPlaceholder')} value={query} onChange={(e) => setQuery(e.target.value)} aria-label={t('upper.searchTitle')} />
        <Select allowClear style={{ width: 280 }} placeholder={t('upper.allUnits')} value={origin} onChange={setOrigin} options={options} />
        {progress && !ready && <Progress percent={Math.round((100 * progress.done) / Math.max(1, progress.total))} size="small" style={{ width: 160 }} />}
      </Space>
      <Table<Hit>
        size="small"
        rowKey="id"
        dataSource={hits}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        locale={{ emptyText: query.trim() ? t('registers.noMatch') : t('upper.searchHelp') }}
        onRow={(h) => ({ onClick: () => setOpenId(h.id), onKeyDown: (e) => { if (e.key === 'Enter') setOpenId(h.id); }, tabIndex: 0, style: { cursor: 'pointer' } })}
        columns={[
          { key: 'unit', title: t('upper.unit'), width: 200, render: (_, h) => units.get(h.origin) ?? h.origin },
          { key: 'kind', title: t('registers.register'), width: 100, render: (_, h) => (h.kind === 'incoming' ? t('registers.kindIncoming') : t('registers.kindOutgoing')) },
          { key: 'arrival', title: t('fields.arrivalNumber'), width: 70, render: (_, h) => h.arrival },
          { key: 'numberNotation', title: t('fields.numberNotation'), width: 140, render: (_, h) => h.numberNotation },
          { key: 'date', title: t('common.date'), width: 100, render: (_, h) => h.date },
          { key: 'party', title: t('registers.partyColumn'), width: 220, render: (_, h) => h.party },
          { key: 'summary', title: t('fields.summary'), render: (_, h) => h.summary },
        ]}
      />
      {opened && <EntryDrawer entry={opened.entry} register={opened.register} body={undefined} rows={[]} readOnly onClose={() => setOpenId(undefined)} />}
      <Typography.Text type="secondary">{t('upper.searchLimit', { limit: LIMIT })}</Typography.Text>
    </Card>
  );
}
