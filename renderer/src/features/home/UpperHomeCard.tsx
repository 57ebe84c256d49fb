/**
 * The home screen of an upper level (district, province archive): what this PC is for — receiving
 * the communes' signed bundles and reading them together — with the way to both, and how many
 * units it already receives from. A commune's home has no such card.
 */
import { Button, Card, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../db/context';
import { knownUnits } from '../../db/exchange/keys';

export function UpperHomeCard() {
  const { t } = useTranslation();
  const db = useDb();
  const units = useLiveQuery(async () => (await knownUnits(db)).length, [db]);
  const go = (route: string) => {
    window.location.hash = `#/${route}`;
  };
  return (
    <Card title={t('home.upperTitle')} data-testid="home-upper">
      <Space orientation="vertical" size="small">
        <Typography.Text>{units ? t('home.upperUnits', { count: units }) : t('home.upperNone')}</Typography.Text>
        <Typography.Text type="secondary">{t('home.upperHelp')}</Typography.Text>
        <Space wrap>
          <Button type="primary" onClick={() => go('upper')} data-testid="home-open-upper">{t('home.openUpper')}</Button>
          <Button onClick={() => go('exchange/import')} data-testid="home-open-import">{t('home.openExchange')}</Button>
        </Space>
      </Space>
    </Card>
  );
}
