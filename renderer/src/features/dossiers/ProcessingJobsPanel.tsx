/**
 * Backlog processing jobs (đợt chỉnh lý tài liệu tồn đọng), measured in metres of shelf as the
 * norms count them: received, processed so far, set aside to discard. These figures feed the
 * statistics the upper level sees (backlog processed vs remaining).
 */
import { useState } from 'react';
import { App, Button, Col, Form, Input, Progress, Row, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDecimal, parseDecimal } from '../../core/format';
import type { ProcessingJob, ProcessingJobFields } from '../../core/dossiers/types';
import { useDb, useSession } from '../../db/context';
import { DossierInvalidError, saveProcessingJob } from '../../db/repositories/dossier-repository';
import { errorMessage, fieldErrors } from '../../i18n';
import { Field } from '../registers/entry-inputs';
import { isPlainEnter } from '../../components/keys';

/** Metres as typed: "12,5" or "12.5". */
type Values = { name: string; receivedMetres: string; processedMetres: string; discardedMetres: string };
const EMPTY: Values = { name: '', receivedMetres: '', processedMetres: '', discardedMetres: '' };
/** Empty received is an error (-1 → out of range); empty processed or discarded means none yet. */
const metresOf = (text: string, empty: number) => parseDecimal(text) ?? empty;

export function ProcessingJobsPanel({ fondsId, jobs, readOnly = false }: { fondsId: string; jobs: readonly ProcessingJob[]; readOnly?: boolean }) {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const session = useSession();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<ProcessingJob>();
  const [v, setV] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = async () => {
    const received = metresOf(v.receivedMetres, -1);
    const processed = metresOf(v.processedMetres, 0);
    const fields: ProcessingJobFields = {
      unitId: session.unitId,
      fondsId,
      name: v.name,
      receivedMetres: received,
      processedMetres: processed,
      discardedMetres: metresOf(v.discardedMetres, 0),
      status: received > 0 && processed >= received ? 'done' : 'open',
      note: editing?.note ?? '',
    };
    try {
      await saveProcessingJob(db, session, fields, editing?.id);
      void message.success(t('jobs.saved'));
      setV(EMPTY);
      setEditing(undefined);
      setErrors({});
    } catch (e) {
      if (e instanceof DossierInvalidError) {
        const map = fieldErrors(t, e.issues);
        setErrors(map);
      } else void message.error(errorMessage(t, e));
    }
  };
  const metres = (n: number) => t('jobs.metres', { value: formatDecimal(n, i18n.language) });
  const text = (n: number) => formatDecimal(n, i18n.language);
  return (
    <>
      {!readOnly && <Form layout="vertical" component="div" data-testid="job-form" onKeyDown={(e) => { if (isPlainEnter(e)) void save(); }}>
        <Row gutter={12}>
          <Col xs={24} md={9}><Field label={t('jobs.name')} error={errors.name}><Input aria-label={t('jobs.name')} value={v.name} onChange={(e) => setV({ ...v, name: e.target.value })} placeholder={t('jobs.namePlaceholder')} /></Field></Col>
          <Col xs={8} md={4}><Field label={t('jobs.received')} error={errors.receivedMetres}><Input aria-label={t('jobs.received')} inputMode="decimal" autoComplete="off" placeholder="0" value={v.receivedMetres} onChange={(e) => setV({ ...v, receivedMetres: e.target.value })} suffix="m" /></Field></Col>
          <Col xs={8} md={4}><Field label={t('jobs.processed')} error={errors.processedMetres}><Input aria-label={t('jobs.processed')} inputMode="decimal" autoComplete="off" placeholder="0" value={v.processedMetres} onChange={(e) => setV({ ...v, processedMetres: e.target.value })} suffix="m" /></Field></Col>
          <Col xs={8} md={4}><Field label={t('jobs.discarded')} error={errors.discardedMetres}><Input aria-label={t('jobs.discarded')} inputMode="decimal" autoComplete="off" placeholder="0" value={v.discardedMetres} onChange={(e) => setV({ ...v, discardedMetres: e.target.value })} suffix="m" /></Field></Col>
          <Col xs={24} md={3} style={{ display: 'flex', alignItems: 'end', paddingBottom: 8 }}>
            <Button type="primary" onClick={() => void save()} data-testid="save-job">{editing ? t('jobs.update') : t('jobs.add')}</Button>
          </Col>
        </Row>
      </Form>}
      <Table<ProcessingJob>
        size="small"
        rowKey="id"
        dataSource={[...jobs]}
        pagination={false}
        locale={{ emptyText: t('jobs.empty') }}
        title={jobs.length > 0 && !readOnly ? () => t('jobs.editHint') : undefined}
        onRow={(j) => ({ onClick: () => { if (readOnly) return; setEditing(j); setV({ name: j.name, receivedMetres: text(j.receivedMetres), processedMetres: text(j.processedMetres), discardedMetres: text(j.discardedMetres) }); }, style: { cursor: 'pointer' } })}
        columns={[
          { title: t('jobs.name'), dataIndex: 'name' },
          { title: t('jobs.received'), key: 'r', width: 120, render: (_, j) => metres(j.receivedMetres) },
          { title: t('jobs.processed'), key: 'p', width: 120, render: (_, j) => metres(j.processedMetres) },
          { title: t('jobs.remaining'), key: 'rest', width: 120, render: (_, j) => metres(Math.max(0, j.receivedMetres - j.processedMetres)) },
          { title: t('jobs.discarded'), key: 'd', width: 120, render: (_, j) => metres(j.discardedMetres) },
          { title: t('jobs.progress'), key: 'pr', width: 160, render: (_, j) => <Progress percent={j.receivedMetres > 0 ? Math.round((j.processedMetres / j.receivedMetres) * 100) : 0} size="small" /> },
        ]}
      />
    </>
  );
}
