/**
 * Progress of a stage of the register import (read, dry run, import), with the Stop button.
 * It listens to the progress itself, so a hundred updates re-render this bar only, not the
 * dialog and its 100,000-row table.
 */
import { useEffect, useState } from 'react';
import { Button, Progress, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from './register-import-client';

export type ProgressListener = (listener: ((p: ImportProgress) => void) | undefined) => void;

export function ImportProgressBar({ listen, onStop }: { listen: ProgressListener; onStop: () => void }) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<ImportProgress>();
  useEffect(() => {
    listen(setProgress);
    return () => listen(undefined);
  }, [listen]);
  const stage = progress?.stage ?? 'parse';
  // exceljs parses in one go: no count to show, only that it works.
  const counted = progress !== undefined && stage !== 'parse' && progress.total > 0;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="import-progress">
      <Space>
        {!counted && <Spin size="small" />}
        <Typography.Text data-testid="import-progress-text">
          {counted
            ? t('registerImport.progress', { stage: t(`registerImport.stage.${stage}`), done: progress.done, total: progress.total })
            : t(`registerImport.stage.${stage}`)}
        </Typography.Text>
        <Button size="small" danger onClick={onStop} data-testid="import-stop">
          {t('registerImport.stop')}
        </Button>
      </Space>
      {counted && <Progress percent={Math.floor((progress.done / progress.total) * 100)} status="active" />}
    </Space>
  );
}
