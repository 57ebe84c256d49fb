/**
 * The office's wording of the Chứng từ kết thúc (closing certificate): NĐ 30 gives no form (❓), so
 * the usual lines are shown to keep or change, line by line, with the blanks the app fills in
 * ({sheets}, {pages}…). Kept on this PC (and in its backups); emptied, the usual wording returns.
 */
import { useEffect, useState } from 'react';
import { App, Button, Card, Form, Input, Space } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { closingLinesInEffect, DEFAULT_CLOSING_LINES } from '../../core/dossiers/closing-text';
import { useDb, useSession } from '../../db/context';
import { getClosingLines, setClosingLines } from '../../db/repositories/dossier-repository';
import { UnsavedMark } from './UnsavedMark';
import { errorMessage } from '../../i18n';

export function ClosingTextSettings() {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const { message } = App.useApp();
  const stored = useLiveQuery(() => getClosingLines(db), [db]);
  // What prints now: the office's lines, else the usual ones.
  const textOf = (lines: readonly string[]) => closingLinesInEffect(lines).join('\n');
  const shown = stored && textOf(stored);
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (shown !== undefined) setText(shown);
  }, [shown]);
  const save = async () => {
    try {
      // The usual lines typed back, or none, are kept as "the usual wording" (the repository says which it kept).
      const kept = await setClosingLines(db, text.split(/\r?\n/), session);
      setError(undefined);
      setText(textOf(kept));
      void message.success(t(kept.length > 0 ? 'settings.closingSaved' : 'settings.closingDefault'));
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };
  const dirty = shown !== undefined && text !== shown;
  return (
    <Card title={t('settings.closingText')} data-testid="closing-settings">
      <Form layout="vertical" component="div">
        <Form.Item label={t('settings.closingLines')} extra={t('settings.closingHelp')} validateStatus={error ? 'error' : undefined} help={error}>
          <Input.TextArea aria-label={t('settings.closingLines')} value={text} onChange={(e) => { setText(e.target.value); setError(undefined); }} autoSize={{ minRows: 4, maxRows: 10 }} style={{ maxWidth: 640 }} data-testid="closing-lines" />
        </Form.Item>
        <Space>
          <Button type={dirty ? 'primary' : 'default'} onClick={() => void save()} data-testid="closing-save">{t('settings.closingSave')}</Button>
          <Button onClick={() => setText(DEFAULT_CLOSING_LINES.join('\n'))} data-testid="closing-usual">{t('settings.closingUsual')}</Button>
          <UnsavedMark dirty={dirty} what={t('settings.closingText')} />
        </Space>
      </Form>
    </Card>
  );
}
