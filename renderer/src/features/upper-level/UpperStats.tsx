/** Statistics per sending unit as simple bar charts (no chart library needed for bars). */
import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OriginOverview } from '../../db/repositories/upper-level-repository';

const MEASURES = ['incomingDocs', 'outgoingDocs', 'registers', 'dossiers', 'boxes'] as const;

export function UpperStats({ rows }: { rows: readonly OriginOverview[] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('upper.stats')}>
      <Row gutter={[24, 24]}>
        {MEASURES.map((m) => {
          const max = Math.max(1, ...rows.map((r) => r.counts[m] ?? 0));
          return (
            <Col xs={24} md={12} key={m}>
              <Typography.Text strong>{t(`table.${m}`)}</Typography.Text>
              <div role="list" aria-label={t(`table.${m}`)}>
                {rows.map((r) => {
                  const n = r.counts[m] ?? 0;
                  return (
                    <div role="listitem" key={r.unitId} className="bar-row">
                      <span className="bar-label" title={r.name}>
                        {r.name}
                      </span>
                      <span className="bar-track">
                        <span className="bar-fill" style={{ width: `${(n / max) * 100}%` }} />
                      </span>
                      <span className="bar-value">{n.toLocaleString('vi-VN')}</span>
                    </div>
                  );
                })}
              </div>
            </Col>
          );
        })}
      </Row>
    </Card>
  );
}
