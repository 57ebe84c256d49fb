/**
 * What the archive must do now, on the home screen: dossiers due for deposit (overdue, or due
 * within the warning window), fixed-term dossiers whose retention is over, and loans not returned
 * by their due date — each read through an index, each linking to its tab.
 */
import { Badge, Button, Card, Col, List, Row, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { isoDate } from '../../core/format';
import { useDb, useSession } from '../../db/context';
import { expiredDossiers } from '../../db/repositories/appraisal-repository';
import { depositDueList } from '../../db/repositories/deposit-repository';
import { getDepositRules } from '../../db/repositories/duties-settings';
import { overdueLoans } from '../../db/repositories/loan-repository';
import { fileLabel, showDate } from './labels';

const SHOWN = 5;

export function DutiesHomeCard() {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const today = isoDate(new Date());
  const year = new Date().getFullYear();
  const due = useLiveQuery(async () => depositDueList(db, session.unitId, await getDepositRules(db), today), [db, session.unitId, today]);
  const expired = useLiveQuery(() => expiredDossiers(db, session.unitId, year), [db, session.unitId, year]);
  const overdue = useLiveQuery(() => overdueLoans(db, session.unitId, today), [db, session.unitId, today]);
  const go = (tab: string) => () => {
    window.location.hash = `#/archive/${tab}`;
  };
  const section = (testId: string, title: string, count: number, empty: string, lines: string[], tab: string) => (
    <Col xs={24} lg={8}>
      <div data-testid={testId}>
        <Typography.Text strong>{title} </Typography.Text>
        <Badge count={count} showZero color={count > 0 ? 'red' : 'green'} />
        <List size="small" dataSource={lines.slice(0, SHOWN)} locale={{ emptyText: empty }} renderItem={(l) => <List.Item>{l}</List.Item>} />
        {count > SHOWN && <Typography.Text type="secondary">{t('dutiesHome.more', { count: count - SHOWN })}</Typography.Text>}
        <div><Button size="small" type="link" onClick={go(tab)}>{t('dutiesHome.open')}</Button></div>
      </div>
    </Col>
  );
  return (
    <Card title={t('dutiesHome.title')} data-testid="home-duties">
      <Row gutter={[24, 12]}>
        {section('home-deposit-due', t('dutiesHome.deposit'), due?.length ?? 0, t('dutiesHome.noDeposit'), (due ?? []).map((r) => t(r.status === 'overdue' ? 'dutiesHome.depositOverdue' : 'dutiesHome.depositSoon', { notation: r.dossier.notation, title: r.dossier.title, year: r.dossier.year, date: showDate(r.due) }) + (r.rule === 'to-historical' ? t('dutiesHome.depositOnward') : '')), 'deposit')}
        {section('home-expired', t('dutiesHome.expired'), expired?.expired.length ?? 0, t('dutiesHome.noExpired'), (expired?.expired ?? []).map((d) => t('dutiesHome.expiredLine', { file: fileLabel(t, d), title: d.title, year: d.expiresYear })), 'appraisal')}
        {section('home-overdue-loans', t('dutiesHome.loans'), overdue?.length ?? 0, t('dutiesHome.noLoans'), (overdue ?? []).map((v) => t('dutiesHome.loanLine', { name: v.loan.requesterName, dossiers: v.dossiers.map((d) => d?.notation ?? '').join(', '), date: showDate(v.loan.dueDate) })), 'loans')}
      </Row>
    </Card>
  );
}
