/**
 * Consolidated search at the upper level: every incoming and outgoing entry of every unit
 * whose bundles were imported (and this unit's own), diacritics and case ignored, in one
 * list with the unit it came from. The index is built in its own search worker on first use.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Card, Input, Progress, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../core/format';
import { formatNumber } from '../../core/registers/numbering';
import { joinNumberNotation } from '../../core/registers/notation';
import { typeAndSummary } from '../../core/registers/register-book';
import { incomingSearchText, outgoingSearchText } from '../../core/registers/search-text';
import { useDb } from '../../db/context';
import type { IncomingDoc, OutgoingDoc } from '../../db/register-records';
import { SearchClient } from '../../search/search-client';

type Hit = { id: string; origin: string; kind: 'incoming' | 'outgoing'; number: string; date: string; party: string; summary: string };

const LIMIT = 200;

function hitOf(d: IncomingDoc | OutgoingDoc): Hit {
  return 'arrivalNumber' in d
    ? { id: d.id, origin: d.origin, kind: 'incoming', number: formatNumber(d.arrivalNumber), date: formatDate(d.arrivalDate), party: `${d.sender} ${joinNumberNotation(d.number, d.notation)}`, summary: typeAndSummary(d.typeName, d.summary) }
    : { id: d.id, origin: d.origin, kind: 'outgoing', number: joinNumberNotation(d.number, d.notation), date: formatDate(d.documentDate), party: d.recipients.join('; '), summary: typeAndSummary(d.typeName, d.summary) };
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

  const ensureIndex = async () => {
    if (client.current) return;
    client.current = new SearchClient();
    const [inc, out] = await Promise.all([db.incomingDocs.toArray(), db.outgoingDocs.toArray()]);
    const live = [...inc, ...out].filter((d) => !d.deleted);
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
        columns={[
          { key: 'unit', title: t('upper.unit'), width: 220, render: (_, h) => units.get(h.origin) ?? h.origin },
          { key: 'kind', title: t('registers.register'), width: 110, render: (_, h) => (h.kind === 'incoming' ? t('registers.kindIncoming') : t('registers.kindOutgoing')) },
          { key: 'number', title: t('fields.numberNotation'), width: 130, render: (_, h) => h.number },
          { key: 'date', title: t('common.date'), width: 100, render: (_, h) => h.date },
          { key: 'party', title: `${t('fields.sender')} / ${t('fields.recipients')}`, width: 240, render: (_, h) => h.party },
          { key: 'summary', title: t('fields.summary'), render: (_, h) => h.summary },
        ]}
      />
      <Typography.Text type="secondary">{t('upper.searchLimit', { limit: LIMIT })}</Typography.Text>
    </Card>
  );
}
