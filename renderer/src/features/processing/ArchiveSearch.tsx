/**
 * Search over slips, dossiers, documents inside dossiers, boxes and shelf places, with the
 * registers' Vietnamese folding (typed without marks still finds "Quyết định"): of one fonds,
 * or — at the upper level — of every unit's dossiers. The index lives in its own search worker,
 * built on first use with a progress bar.
 */
import { useEffect, useRef, useState } from 'react';
import { Card, Input, Progress, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../db/context';
import { archiveSearchItems, type SearchItem as Item } from '../../db/repositories/archive-search-repository';

/** What a hit shows (its text stays in the search worker's index only). */
type SearchItem = Omit<Item, 'text'>;
import { SearchClient } from '../../search/search-client';

const LIMIT = 200;

export function ArchiveSearch({ fondsId, units, title }: { fondsId?: string; units?: ReadonlyMap<string, string>; title?: string }) {
  const { t } = useTranslation();
  const db = useDb();
  const client = useRef<SearchClient | undefined>(undefined);
  const items = useRef(new Map<string, SearchItem>());
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [ready, setReady] = useState(false);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchItem[]>([]);

  const ensureIndex = async () => {
    if (client.current) return;
    client.current = new SearchClient();
    const all = await archiveSearchItems(db, fondsId ? { fondsId } : {});
    for (const { text: _text, ...shown } of all) items.current.set(shown.id, shown);
    await client.current.build(all.map((i) => ({ id: i.id, text: i.text })), { onProgress: setProgress });
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
      const found = await client.current?.search(query, { limit: LIMIT });
      if (live && found) setHits(found.map((id) => items.current.get(id)).filter((h): h is SearchItem => !!h));
    });
    return () => {
      live = false;
    };
    // ensureIndex is stable for the life of the card.
  }, [query, ready]);

  return (
    <Card size="small" title={title} data-testid="archive-search">
      <Input.Search allowClear style={{ maxWidth: 640, marginBottom: 8 }} placeholder={t('processing.searchPlaceholder')} value={query} onChange={(e) => setQuery(e.target.value)} aria-label={t('processing.searchPlaceholder')} />
      {progress && !ready && <><Typography.Text type="secondary">{t('processing.searchIndexing')}</Typography.Text><Progress percent={Math.round((100 * progress.done) / Math.max(1, progress.total))} size="small" style={{ width: 200 }} /></>}
      <Table<SearchItem>
        size="small"
        rowKey="id"
        dataSource={hits}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        locale={{ emptyText: query.trim() ? t('processing.searchNone') : t('processing.searchHelp') }}
        columns={[
          ...(units ? [{ key: 'unit', title: t('processing.colUnit'), width: 200, render: (_: unknown, h: SearchItem) => units.get(h.origin) ?? h.origin }] : []),
          { key: 'kind', title: t('processing.colKind'), width: 100, render: (_, h) => <Tag>{t(`processing.kind_${h.kind}`)}</Tag> },
          { key: 'what', title: t('processing.colWhat'), render: (_, h) => h.what },
          { key: 'where', title: t('processing.colWhere'), width: 260, render: (_, h) => h.where },
        ]}
      />
    </Card>
  );
}
