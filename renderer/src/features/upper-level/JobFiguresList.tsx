/**
 * Each processing job of each unit, as its final report recorded it: metres received, kept and
 * discarded (a stacked bar: kept, discarded, not yet accounted for), and boxes filled.
 */
import { Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { shortUnitName } from '../../core/bundle/overview';
import { formatDecimal } from '../../core/format';
import { useDb, useLocalState } from '../../db/context';
import { jobFigures } from '../../db/repositories/processing-stats-repository';

/** `names`: the units by the names the page tells them apart by (bars short: their labels are narrow). */
export function JobFiguresList({ names }: { names: ReadonlyMap<string, string> }) {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const jobs = useLiveQuery(() => jobFigures(db), [db]) ?? [];
  // This PC's own jobs are listed too, named by this unit (they read "— Chỉnh lý …" with no name).
  const here = useLocalState();
  if (jobs.length === 0) return null;
  const nameOf = (origin: string) => names.get(origin) ?? (here.status === 'ready' && here.unit.id === origin ? here.unit.name : '');
  const m = (n: number) => formatDecimal(n, i18n.language);
  const max = Math.max(0.0001, ...jobs.map((j) => j.receivedMetres));
  return (
    <div data-testid="stat-jobs">
      <Typography.Text strong>{t('processing.statJobs')}</Typography.Text>
      <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
        <span className="bar-legend bar-fill" /> {t('processing.statKept')} <span className="bar-legend bar-fill-rest" /> {t('processing.statDiscarded')}
      </Typography.Text>
      <div role="list" aria-label={t('processing.statJobs')}>
        {jobs.map((j) => (
          <div role="listitem" key={j.jobId} className="bar-row bar-row-wide">
            <span className="bar-label" title={`${nameOf(j.origin)} — ${j.name}`}>{shortUnitName(nameOf(j.origin))} — {j.name}</span>
            <span className="bar-track">
              <span className="bar-fill" style={{ width: `${(j.keptMetres / max) * 100}%`, display: 'inline-block' }} />
              <span className="bar-fill-rest" style={{ width: `${(j.discardedMetres / max) * 100}%`, display: 'inline-block' }} />
            </span>
            <span className="bar-value">{t('processing.statJobValue', { kept: m(j.keptMetres), discarded: m(j.discardedMetres), received: m(j.receivedMetres), boxes: j.boxes })}</span>
          </div>
        ))}
      </div>
    </div>
  );
}
