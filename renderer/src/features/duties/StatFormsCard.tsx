/** The statistics forms' numbers and titles as data (the current numbering is unconfirmed, ❓ §11): edited here, kept with each report. */
import { useEffect, useState } from 'react';
import { Button, Collapse, Input, Table } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { DEFAULT_STAT_FORMS } from '../../core/duties/statistics';
import type { StatForm } from '../../core/duties/types';
import { useDb } from '../../db/context';
import { getStatForms, setStatForms } from '../../db/repositories/duties-settings';
import { useAction } from './useAction';

export function StatFormsCard() {
  const { t } = useTranslation();
  const db = useDb();
  const act = useAction();
  const stored = useLiveQuery(() => getStatForms(db), [db]);
  const [forms, setForms] = useState<StatForm[]>([]);
  useEffect(() => {
    if (stored) setForms(stored);
  }, [stored]);
  const edit = (key: string, patch: Partial<StatForm>) => setForms(forms.map((f) => (f.key === key ? { ...f, ...patch } : f)));
  return (
    <Collapse
      size="small"
      items={[
        {
          key: 'forms',
          label: t('stats.formsTitle'),
          children: (
            <>
              <Table<StatForm>
                size="small"
                rowKey="key"
                dataSource={forms}
                pagination={false}
                columns={[
                  { title: t('stats.formNumber'), key: 'n', width: 220, render: (_, f) => <Input size="small" aria-label={`${t('stats.formNumber')} ${f.key}`} value={f.number} onChange={(e) => edit(f.key, { number: e.target.value })} /> },
                  { title: t('stats.formTitle'), key: 't', render: (_, f) => <Input size="small" aria-label={`${t('stats.formTitle')} ${f.key}`} value={f.title} onChange={(e) => edit(f.key, { title: e.target.value })} /> },
                ]}
              />
              <Button style={{ marginTop: 8 }} onClick={() => void act(() => setStatForms(db, forms), t('stats.formsSaved'))}>{t('common.save')}</Button>
              <Button style={{ marginTop: 8, marginLeft: 8 }} onClick={() => setForms([...DEFAULT_STAT_FORMS])}>{t('stats.formsDefault')}</Button>
            </>
          ),
        },
      ]}
    />
  );
}
