/**
 * Consolidated search at the upper level: every incoming and outgoing entry of every unit
 * whose bundles were imported (and this unit's own), diacritics and case ignored, in one
 * list with the unit it came from; in the app a result opens read-only in the entry drawer.
 * Through the seam: in the app each unit's index is kept in the index worker's database (built
 * there on first use, with its progress shown here); at the province archive PostgreSQL answers.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, Card, Input, Progress, Space, Table, Typography } from 'antd';
import { CLEAR_FIELD } from '../../components/icons/labelled-icons';
import { UnitPicker } from '../../components/UnitPicker';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../i18n';
import { formatCount } from '../../core/format';
import { useUpperApi } from '../../upper-api/context';
import type { Progress as BuildProgress, SearchHit } from '../../upper-api/types';
import { useDb } from '../../db/context';
import { getEntry } from '../../db/repositories/entry-repository';
import { getRegister } from '../../db/repositories/register-repository';
import { EntryDrawer } from '../registers/EntryDrawer';
import { focusWhenReady } from '../../components/focus';

const LIMIT = 200;

export function UpperSearch({ units }: { units: ReadonlyMap<string, string> }) {
  const { t, i18n } = useTranslation();
  const api = useUpperApi();
  const [progress, setProgress] = useState<BuildProgress>();
  const [query, setQuery] = useState('');
  const [origin, setOrigin] = useState<string>();
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [error, setError] = useState<unknown>();
  const [opened, setOpened] = useState<SearchHit>();
  const local = api.kind === 'indexeddb';
  const indexing = progress !== undefined && progress.done < progress.total;

  useEffect(() => () => api.closeSearch(), [api]);

  useEffect(() => {
    let live = true;
    if (!query.trim()) {
      setHits([]);
      return;
    }
    api.search(query, { ...(origin ? { origin } : {}), limit: LIMIT }, setProgress).then(
      (found) => {
        if (!live || !found) return;
        setProgress(undefined);
        setError(undefined);
        setHits(found);
      },
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [api, query, origin]);

  // Closed: back on the row it was opened from (the cursor fell to the page, the place in the results lost) — once
  // the drawer is off the page.
  const closedId = useRef<string | undefined>(undefined);
  useEffect(() => {
    const id = closedId.current;
    if (opened || id === undefined) return;
    closedId.current = undefined;
    focusWhenReady(() => document.querySelector<HTMLElement>(`[data-testid="upper-search"] tr[data-row-key="${CSS.escape(id)}"]`));
  }, [opened]);

  return (
    <Card title={t('upper.searchTitle')} data-testid="upper-search">
      <Space wrap style={{ marginBottom: 8 }}>
        <Input.Search allowClear={CLEAR_FIELD} style={{ width: 560, maxWidth: '100%' }} placeholder={t('registers.searchPlaceholder')} value={query} onChange={(e) => setQuery(e.target.value)} aria-label={t('upper.searchTitle')} />
        <UnitPicker units={units} ariaLabel={t('upper.searchUnit')} value={origin} onChange={setOrigin} />
        {indexing && <Progress percent={Math.floor((100 * progress.done) / Math.max(1, progress.total))} size="small" style={{ width: 160 }} />}
      </Space>
      {indexing && (
        <Typography.Paragraph type="secondary" data-testid="upper-search-indexing">
          {t('upper.searchIndexing', { done: formatCount(progress.done, i18n.language), total: formatCount(progress.total, i18n.language) })}
        </Typography.Paragraph>
      )}
      {error !== undefined && <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 8 }} />}
      <Table<SearchHit>
        size="small"
        rowKey="id"
        dataSource={hits}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        // On a narrow window the table scrolls sideways rather than squeezing the summary to a word a line;
        // the summary, what a searcher reads first, comes right after the unit so it stays in view at 1024 px.
        // At 1280 px every column is in view (the last, Số đến, was cut at the card's edge): the summary takes what the others leave.
        scroll={{ x: 960 }}
        // Under an error, no "nothing matches" (read as the document not being held). Nothing in the registers: the
        // archive search below finds the documents inside dossiers (the archivist did not think to look there).
        locale={{
          emptyText:
            error !== undefined ? <span /> : !query.trim() ? t('upper.searchHelp') : indexing ? t('upper.searchPreparing') : (
              <>
                {t('registers.noMatch')}
                <br />
                <span data-testid="upper-search-in-dossiers">{t('upper.searchInDossiers', { title: t('processing.upperSearchTitle') })}</span>
              </>
            ),
        }}
        {...(local ? { onRow: (h: SearchHit) => ({ onClick: () => setOpened(h), onKeyDown: (e: KeyboardEvent) => { if (e.key === 'Enter') setOpened(h); }, tabIndex: 0, style: { cursor: 'pointer' } }) } : {})}
        columns={[
          { key: 'unit', title: t('upper.unit'), width: 160, render: (_, h) => units.get(h.origin) ?? h.origin },
          { key: 'summary', title: t('fields.summary'), render: (_, h) => h.summary },
          { key: 'numberNotation', title: t('fields.numberNotation'), width: 130, render: (_, h) => h.numberNotation },
          { key: 'date', title: t('registers.dateColumn'), width: 110, render: (_, h) => h.date },
          { key: 'party', title: t('registers.partyColumn'), width: 180, render: (_, h) => h.party },
          { key: 'kind', title: t('registers.register'), width: 90, render: (_, h) => (h.kind === 'incoming' ? t('registers.kindIncoming') : t('registers.kindOutgoing')) },
          { key: 'arrival', title: t('fields.arrivalNumber'), width: 70, render: (_, h) => h.arrival },
        ]}
      />
      {/* How many matched, and the limit only when it was reached (it was said before any search, and under "no match"). */}
      {hits.length > 0 && <Typography.Text type="secondary" data-testid="upper-search-count">{hits.length >= LIMIT ? t('upper.searchLimit', { limit: LIMIT }) : t('upper.searchCount', { count: hits.length })}</Typography.Text>}
      {local && opened && (
        <OpenedEntry
          id={opened.id}
          origin={opened.origin}
          unitName={units.get(opened.origin) ?? opened.origin}
          onClose={() => {
            closedId.current = opened.id;
            setOpened(undefined);
          }}
        />
      )}
    </Card>
  );
}

/**
 * A result opened read-only in the entry drawer (the app only: the entry is read from this PC's
 * database, blocks included): from its unit's blocks, found through that unit's directories only.
 */
function OpenedEntry({ id, origin, unitName, onClose }: { id: string; origin: string; unitName: string; onClose: () => void }) {
  const db = useDb();
  const opened = useLiveQuery(async () => {
    const entry = await getEntry(db, id, origin);
    const register = entry ? await getRegister(db, entry.registerId) : undefined;
    return entry && register ? { entry, register } : undefined;
  }, [db, id, origin]);
  return opened ? <EntryDrawer entry={opened.entry} register={opened.register} body={undefined} readOnly unitName={unitName} onClose={onClose} /> : null;
}
