/**
 * Backlog processing jobs (đợt chỉnh lý tài liệu tồn đọng), measured in metres of shelf as the
 * norms count them: received, processed so far, set aside to discard. These figures feed the
 * statistics the upper level sees (backlog processed vs remaining).
 */
import { useState } from 'react';
import { App, Button, Col, Form, Input, InputNumber, Progress, Row, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProcessingJob, ProcessingJobFields } from '../../core/dossiers/types';
import { useDb, useSession } from '../../db/context';
import { DossierInvalidError, saveProcessingJob } from '../../db/repositories/dossier-repository';
import { errorMessage, issueMessage } from '../../i18n';
import { Field } from '../registers/entry-inputs';

type Values = { name: string; receivedMetres: number | null; processedMetres: number | null; discardedMetres: number | null };
const EMPTY: Values = { name: '', receivedMetres: null, processedMetres: 0, discardedMetres: 0 };

export function ProcessingJobsPanel({ fondsId, jobs }: { fondsId: string; jobs: readonly ProcessingJob[] }) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<ProcessingJob>();
  const [v, setV] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = async () => {
    const fields: ProcessingJobFields = {
      unitId: session.unitId,
      fondsId,
      name: v.name,
      receivedMetres: v.receivedMetres ?? -1,
      processedMetres: v.processedMetres ?? 0,
      discardedMetres: v.discardedMetres ?? 0,
      status: (v.processedMetres ?? 0) >= (v.receivedMetres ?? 0) && (v.receivedMetres ?? 0) > 0 ? 'done' : 'open',
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
        const map: Record<string, string> = {};
        for (const i of e.issues) map[i.field] ??= issueMessage(t, i);
        setErrors(map);
      } else void message.error(errorMessage(t, e));
    }
  };
  const metres = (n: number) => t('jobs.metres', { value: n.toLocaleString('vi-VN', { maximumFractionDigits: 2 }) });
  return (
    <>
      <Form layout="vertical" component="div" data-testid="job-form" onKeyDown={(e) => { if (e.key === 'Enter') void save(); }}>
        <Row gutter={12}>
          <Col xs={24} md={9}><Field label={t('jobs.name')} error={errors.name}><Input aria-label={t('jobs.name')} value={v.name} onChange={(e) => setV({ ...v, name: e.target.value })} placeholder={t('jobs.namePlaceholder')} /></Field></Col>
          <Col xs={8} md={4}><Field label={t('jobs.received')} error={errors.receivedMetres}><InputNumber aria-label={t('jobs.received')} min={0} step={0.5} value={v.receivedMetres} onChange={(x) => setV({ ...v, receivedMetres: x })} style={{ width: '100%' }} /></Field></Col>
          <Col xs={8} md={4}><Field label={t('jobs.processed')} error={errors.processedMetres}><InputNumber aria-label={t('jobs.processed')} min={0} step={0.5} value={v.processedMetres} onChange={(x) => setV({ ...v, processedMetres: x })} style={{ width: '100%' }} /></Field></Col>
          <Col xs={8} md={4}><Field label={t('jobs.discarded')} error={errors.discardedMetres}><InputNumber aria-label={t('jobs.discarded')} min={0} step={0.1} value={v.discardedMetres} onChange={(x) => setV({ ...v, discardedMetres: x })} style={{ width: '100%' }} /></Field></Col>
          <Col xs={24} md={3} style={{ display: 'flex', alignItems: 'end', paddingBottom: 8 }}>
            <Button type="primary" onClick={() => void save()} data-testid="save-job">{editing ? t('jobs.update') : t('jobs.add')}</Button>
          </Col>
        </Row>
      </Form>
      <Table<ProcessingJob>
        size="small"
        rowKey="id"
        dataSource={[...jobs]}
        pagination={false}
        locale={{ emptyText: t('jobs.empty') }}
        onRow={(j) => ({ onClick: () => { setEditing(j); setV({ name: j.name, receivedMetres: j.receivedMetres, processedMetres: j.processedMetres, discardedMetres: j.discardedMetres }); }, style: { cursor: 'pointer' } })}
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
