/**
 * A job's progress as numbers and a chart: slips typed, checked, set aside, numbered, boxes
 * filled, metres processed against received, and the slips typed each day as bars (plain CSS,
 * like the upper level's statistics).
 */
import { Card, Col, Empty, Progress, Row, Statistic, Typography } from 'antd';
import { proposedKeptMetres } from '../../core/processing/report';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { ProcessingJob } from '../../core/dossiers/types';
import { formatDate, formatDecimal } from '../../core/format';
import { useDb } from '../../db/context';
import { jobProgressOf } from '../../db/repositories/processing-repository';
import { getMetresPerBox } from '../../db/repositories/dossier-repository';

export function JobOverview({ job }: { job: ProcessingJob }) {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const p = useLiveQuery(() => jobProgressOf(db, job.id), [db, job.id, job.clock]);
  const perBox = useLiveQuery(() => getMetresPerBox(db), [db]);
  if (!p || perBox === undefined) return null;
  // Until the final report records what was kept and discarded, the metres done are the boxes
  // filled so far at this office's metres per box, said as an estimate (it showed 0 until the end).
  const recorded = job.keptMetres !== undefined;
  const done = recorded ? p.processedMetres : Math.min(p.receivedMetres, proposedKeptMetres(p.boxes, perBox));
  const max = Math.max(1, ...p.perDay.map((d) => d.count));
  const m = (n: number) => formatDecimal(n, i18n.language);
  return (
    <Row gutter={[16, 16]} data-testid="job-overview">
      {([
        ['figSlips', p.slips],
        ['figChecked', p.checked],
        ['figDiscarded', p.discarded],
        ['figNumbered', p.numbered],
        ['figBoxes', p.boxes],
      ] as const).map(([k, n]) => (
        <Col xs={12} md={4} key={k}><Card size="small"><Statistic title={t(`processing.${k}`)} value={n} /></Card></Col>
      ))}
      <Col xs={24} md={4}>
        <Card size="small">
          <Typography.Text type="secondary">{t('processing.figMetres')}</Typography.Text>
          <div data-testid="job-metres">{recorded ? '' : '≈ '}{m(done)} / {m(p.receivedMetres)} m</div>
          <Progress percent={p.receivedMetres > 0 ? Math.round((done / p.receivedMetres) * 100) : 0} size="small" />
          {!recorded && <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="job-metres-note">{t('processing.figMetresEstimate', { boxes: p.boxes, perBox: formatDecimal(perBox, i18n.language, 3) })}</Typography.Text>}
        </Card>
      </Col>
      <Col xs={24}>
        <Card size="small" title={t('processing.perDay')}>
          {p.perDay.length === 0 ? (
            <Empty description={t('processing.perDayEmpty')} />
          ) : (
            <div role="list" aria-label={t('processing.perDay')} data-testid="per-day">
              {p.perDay.slice(-60).map((d) => (
                <div role="listitem" key={d.day} className="bar-row">
                  <span className="bar-label">{formatDate(d.day)}</span>
                  <span className="bar-track"><span className="bar-fill" style={{ width: `${(d.count / max) * 100}%` }} /></span>
                  <span className="bar-value">{d.count}</span>
                </div>
              ))}
            </div>
          )}
        </Card>
      </Col>
    </Row>
  );
}
