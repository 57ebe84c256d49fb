/**
 * Consolidated search at the upper level: every incoming and outgoing entry of every unit
 * whose bundles were imported (and this unit's own), diacritics and case ignored, in one
 * list with the unit it came from. Through the seam: in the app the index is built in its
 * own search worker on first use; at the province archive PostgreSQL answers.
 */
import { useEffect, useMemo, useState } from 'react';
import { Alert, Card, Input, Progress, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../i18n';
import { useUpperApi } from '../../upper-api/context';
import type { Progress as BuildProgress, SearchHit } from '../../upper-api/types';

const LIMIT = 200;

export function UpperSearch({ units }: { units: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const api = useUpperApi();
  const [progress, setProgress] = useState<BuildProgress>();
  const [query, setQuery] = useState('');
  const [origin, setOrigin] = useState<string>();
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [error, setError] = useState<unknown>();

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

  const options = useMemo(() => [...units].map(([value, label]) => ({ value, label })), [units]);
  return (
    <Card title={t('upper.searchTitle')} data-testid="upper-search">
      <Space wrap style={{ marginBottom: 8 }}>
        <Input.Search allowClear style={{ width: 420 }} placeholder={t('registers.searchPlaceholder')} value={query} onChange={(e) => setQuery(e.target.value)} aria-label={t('upper.searchTitle')} />
        <Select allowClear style={{ width: 280 }} placeholder={t('upper.allUnits')} value={origin} onChange={setOrigin} options={options} />
        {progress && progress.done < progress.total && <Progress percent={Math.round((100 * progress.done) / Math.max(1, progress.total))} size="small" style={{ width: 160 }} />}
      </Space>
      {error !== undefined && <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 8 }} />}
      <Table<SearchHit>
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
