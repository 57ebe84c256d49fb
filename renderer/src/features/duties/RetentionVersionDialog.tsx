/**
 * A new schedule version: copied from the one shown, or read from an .xlsx table. It comes into
 * force on a date; the version in force until then ends the day before. A copy keeps the name and
 * offers the old version's legal basis to be corrected (the instrument of the new version). An
 * imported table with an item lacking a period is refused whole, naming its row.
 */
import { useState } from 'react';
import { Alert, Button, Col, Form, Input, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportedItem } from '../../core/duties/retention';
import type { RetentionSchedule } from '../../core/duties/types';
import { formatDate, isoDate } from '../../core/format';
import { useDb, useSession } from '../../db/context';
import { importSchedule, newScheduleVersion } from '../../db/repositories/retention-repository';
import { errorMessage } from '../../i18n';
import { usePlatform } from '../../platform/context';
import { parseRetentionWorkbook } from '../../spreadsheet/retention-xlsx';
import { typedDate } from './labels';
import { useAction } from './useAction';
import { Dialog } from '../../components/Dialog';
import { useFilledIn } from '../../hooks/useFilledIn';

export function RetentionVersionDialog({ mode, from, onClose }: { mode: 'new' | 'import'; from?: RetentionSchedule; onClose: () => void }) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const platform = usePlatform();
  const act = useAction();
  // The basis is offered from a checked version only: the starter's "cần kiểm tra" text is not a legal basis.
  const { v, setV, fill, typed } = useFilledIn(() => ({ name: from?.name ?? '', version: '', validFrom: formatDate(isoDate(new Date())), basis: from?.verified ? from.basis : '' }));
  const [file, setFile] = useState<{ name: string; items: readonly ImportedItem[] }>();
  const [fileError, setFileError] = useState<string>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const pick = async () => {
    setFileError(undefined);
    const [chosen] = await platform.openFile({ filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
    if (!chosen) return;
    try {
      const parsed = await parseRetentionWorkbook(chosen.data);
      setFile({ name: chosen.name, items: parsed.items });
      // The table's title, written in for the clerk (not typed).
      if (!v.name && parsed.title) fill({ name: parsed.title.slice(0, 200) });
    } catch (e) {
      setFile(undefined);
      setFileError(errorMessage(t, e));
    }
  };
  const submit = async () => {
    const validFrom = typedDate(v.validFrom);
    const done =
      mode === 'new' && from
        ? await act(() => newScheduleVersion(db, session, from.id, v.version, validFrom, v.basis), t('retention.versionMade'), setErrors)
        : await act(() => importSchedule(db, session, { unitId: session.unitId, name: v.name, version: v.version, validFrom, basis: v.basis, verified: false, note: file ? t('retention.importedFrom', { file: file.name }) : '' }, file?.items ?? []), t('retention.imported', { count: file?.items.length ?? 0 }), setErrors);
    if (done) onClose();
  };
  const field = (key: keyof typeof v, label: string, span: number) => (
    <Col xs={24} md={span}>
      <Form.Item label={label} validateStatus={errors[key] ? 'error' : undefined} help={errors[key]} style={{ marginBottom: 8 }}>
        <Input aria-label={label} value={v[key]} disabled={mode === 'new' && key === 'name'} onChange={(e) => setV({ ...v, [key]: e.target.value })} />
      </Form.Item>
    </Col>
  );
  return (
    <Dialog open width={760} title={t(mode === 'new' ? 'retention.newVersion' : 'retention.import')} onCancel={onClose} typed={typed} onOk={() => void submit()} okText={t(mode === 'new' ? 'retention.makeVersion' : 'retention.importOk')} okButtonProps={{ disabled: mode === 'import' && !file, 'data-testid': 'confirm-version' } as never} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t(mode === 'new' ? 'retention.newVersionHelp' : 'retention.importHelp')}</Typography.Paragraph>
      {mode === 'import' && (
        <div style={{ marginBottom: 12 }}>
          <Button onClick={() => void pick()} data-testid="choose-schedule-file">{t('retention.chooseFile')}</Button> {file && <Typography.Text>{t('retention.fileRead', { file: file.name, count: file.items.length })}</Typography.Text>}
          {fileError && <Alert type="error" showIcon title={fileError} style={{ marginTop: 8 }} />}
        </div>
      )}
      <Form layout="vertical" component="div">
        <Row gutter={12}>
          {field('name', t('retention.scheduleName'), 24)}
          {field('version', t('retention.versionLabel'), 8)}
          {field('validFrom', t('retention.validFrom'), 8)}
          {field('basis', t('retention.basis'), 24)}
        </Row>
      </Form>
    </Dialog>
  );
}
