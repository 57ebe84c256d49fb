/**
 * Xác định giá trị, hủy tài liệu: fixed-term dossiers whose retention is over, brought before the
 * appraisal council; the appraisals made; and the permanent list of what was destroyed, each
 * dossier with the decision that destroyed it.
 */
import { useMemo, useState } from 'react';
import { Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Dossier } from '../../core/dossiers/types';
import type { Appraisal } from '../../core/duties/types';
import { useDb, useSession } from '../../db/context';
import { addToAppraisal, destroyedDossiers, expiredDossiers, listAppraisals, startAppraisal } from '../../db/repositories/appraisal-repository';
import { retentionLabel } from '../dossiers/retention-label';
import { AppraisalDetail } from './AppraisalDetail';
import { fileLabel, showDate, titleWithYear } from './labels';
import { useAction } from './useAction';
import { useFormUnit, useOutputs } from './useOutputs';
import { destroyedList } from './appraisal-papers';
import { Dialog } from '../../components/Dialog';
import { namedRowSelection } from '../../components/row-selection';

export function AppraisalPanel() {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const act = useAction();
  const year = new Date().getFullYear();
  const expired = useLiveQuery(() => expiredDossiers(db, session.unitId, year), [db, session.unitId, year]);
  const appraisals = useLiveQuery(() => listAppraisals(db, session.unitId), [db, session.unitId]) ?? [];
  const destroyed = useLiveQuery(() => destroyedDossiers(db, session.unitId), [db, session.unitId]) ?? [];
  const unit = useFormUnit();
  const out = useOutputs();
  const [selected, setSelected] = useState<string[]>([]);
  /** The name the new appraisal's dialog opens on: one typed over it is asked about before closing drops it. */
  const defaultName = t('appraisal.defaultName', { year });
  const [naming, setNaming] = useState<string>();
  const [openId, setOpenId] = useState<string>();
  const [nameError, setNameError] = useState<string>();
  /** The open appraisal the selected dossiers are being added to (a dialog to choose it). */
  const [adding, setAdding] = useState<string>();
  const openAppraisals = appraisals.filter((a) => a.status === 'open');
  const add = async () => {
    if (!adding) return;
    const chosen = rows.filter((d) => selected.includes(d.id)).map((d) => d.id);
    const done = await act(async () => { await addToAppraisal(db, session, adding, chosen); return true; }, t('appraisal.added', { count: chosen.length }));
    if (done) {
      setSelected([]);
      setAdding(undefined);
      setOpenId(adding);
    }
  };
  const rows = useMemo(() => expired?.expired ?? [], [expired]);

  const start = async () => {
    const chosen = rows.filter((d) => selected.includes(d.id));
    const made = await act(() => startAppraisal(db, session, { fondsId: chosen[0]?.fondsId ?? '', name: naming ?? '', councilDecision: '', members: [], meetingPlace: '', conclusion: '', note: '' }, chosen.map((d) => d.id)), t('appraisal.started', { count: chosen.length }), (fields) => setNameError(fields.name || undefined));
    if (made) {
      setNaming(undefined);
      setSelected([]);
      setOpenId(made.id);
    }
  };
  // A decision signed and not carried out yet is said (the destruction is what is waited for).
  const statusTag = (a: Appraisal) => <Tag color={a.status === 'destroyed' ? 'default' : a.status === 'decided' ? 'blue' : 'orange'}>{a.status === 'decided' && a.decisionNumber ? t('appraisal.status_decisionSigned') : t(`appraisal.status_${a.status}`)}</Tag>;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        size="small"
        title={t('appraisal.expiredTitle', { year })}
        extra={
          <Space wrap>
            {/* Dossiers go into an appraisal still before its council too (one taken out by mistake comes back). */}
            {openAppraisals.length > 0 && (
              <Button disabled={selected.length === 0} onClick={() => setAdding(openAppraisals[0]!.id)} data-testid="add-to-appraisal">
                {t('appraisal.addTo', { count: selected.length })}
              </Button>
            )}
            <Button type="primary" disabled={selected.length === 0} onClick={() => setNaming(defaultName)} data-testid="start-appraisal">
              {t('appraisal.start', { count: selected.length })}
            </Button>
          </Space>
        }
      >
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {t('appraisal.expiredHelp')}
          {expired && expired.inAppraisal > 0 ? ` ${t('appraisal.inProgress', { count: expired.inAppraisal })}` : ''}
        </Typography.Paragraph>
        <Table<Dossier>
          size="small"
          rowKey="id"
          data-testid="expired-dossiers"
          dataSource={rows}
          pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          locale={{ emptyText: t('appraisal.noneExpired') }}
          rowSelection={namedRowSelection(t, (d) => d.notation, { selectedRowKeys: selected, onChange: (k) => setSelected(k.map(String)) })}
          columns={[
            { title: t('appraisal.file'), key: 'f', width: 120, render: (_, d) => fileLabel(t, d) },
            { title: t('dossiers.title'), key: 't', render: (_, d) => titleWithYear(d) },
            { title: t('dossiers.retention'), key: 'r', width: 100, render: (_, d) => retentionLabel(t, d.retention) },
            { title: t('appraisal.expiredSince'), key: 'e', width: 150, render: (_, d) => t('appraisal.expiredAfter', { year: d.expiresYear }) },
          ]}
        />
      </Card>
      <Card size="small" title={t('appraisal.listTitle')}>
        <Table<Appraisal>
          size="small"
          rowKey="id"
          data-testid="appraisals"
          dataSource={appraisals}
          pagination={false}
          locale={{ emptyText: t('appraisal.none') }}
          onRow={(a) => ({ onClick: () => setOpenId(a.id), style: { cursor: 'pointer' } })}
          columns={[
            // The name is a button: Tab reaches each appraisal and Enter opens it.
            { title: t('appraisal.name'), key: 'n', render: (_, a) => <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={(e) => { e.stopPropagation(); setOpenId(a.id); }}>{a.name}</Button> },
            { title: t('appraisal.meetingDate'), key: 'm', width: 130, render: (_, a) => showDate(a.meetingDate) },
            { title: t('appraisal.decision'), key: 'd', width: 220, render: (_, a) => (a.decisionNumber ? t('appraisal.decisionValue', { number: a.decisionNumber, date: showDate(a.decisionDate) }) : '') },
            { title: t('appraisal.status'), key: 's', width: 150, render: (_, a) => statusTag(a) },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t('appraisal.destroyedTitle', { count: destroyed.length })}
        extra={
          <Button loading={out.busy} disabled={destroyed.length === 0} onClick={() => void out.pdf({ kind: 'destroyed-list', input: destroyedList(t, destroyed, unit, session.operator) }, 'danh-sach-ho-so-da-huy.pdf')} data-testid="print-destroyed-list">
            {t('appraisal.printDestroyed')}
          </Button>
        }
      >
        <Table<Dossier>
          size="small"
          rowKey="id"
          data-testid="destroyed-dossiers"
          dataSource={destroyed}
          pagination={destroyed.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          locale={{ emptyText: t('appraisal.noneDestroyed') }}
          columns={[
            { title: t('appraisal.file'), key: 'f', width: 120, render: (_, d) => fileLabel(t, d) },
            { title: t('dossiers.title'), key: 't', render: (_, d) => titleWithYear(d) },
            { title: t('appraisal.decision'), key: 'd', width: 230, render: (_, d) => t('appraisal.decisionValue', { number: d.destructionDecisionNumber, date: showDate(d.destructionDecisionDate) }) },
            { title: t('appraisal.destroyedOn'), key: 'o', width: 120, render: (_, d) => showDate(d.destroyedAt) },
          ]}
        />
      </Card>
      <Dialog open={naming !== undefined} title={t('appraisal.startTitle', { count: selected.length })} onCancel={() => { setNaming(undefined); setNameError(undefined); }} typed={naming !== undefined && naming !== defaultName} onOk={() => void start()} cancelText={t('appraisal.back')} okText={t('appraisal.startOk')} okButtonProps={{ 'data-testid': 'confirm-start-appraisal' } as never} destroyOnHidden>
        <Typography.Paragraph type="secondary">{t('appraisal.startHelp')}</Typography.Paragraph>
        <Form layout="vertical" component="div">
          <Form.Item label={t('appraisal.name')} htmlFor="appraisal-name" validateStatus={nameError ? 'error' : undefined} help={nameError} style={{ marginBottom: 0 }}>
            <Input
              id="appraisal-name"
              aria-label={t('appraisal.name')}
              value={naming}
              onChange={(e) => {
                setNaming(e.target.value);
                setNameError(undefined);
              }}
              onPressEnter={() => void start()}
            />
          </Form.Item>
        </Form>
      </Dialog>
      <Dialog open={adding !== undefined} title={t('appraisal.addTitle', { count: selected.length })} onCancel={() => setAdding(undefined)} onOk={() => void add()} okText={t('appraisal.addOk')} cancelText={t('appraisal.back')} okButtonProps={{ 'data-testid': 'confirm-add-to-appraisal' } as never} destroyOnHidden>
        <Form layout="vertical" component="div">
          <Form.Item label={t('appraisal.addWhich')} style={{ marginBottom: 0 }}>
            <Select aria-label={t('appraisal.addWhich')} value={adding} onChange={setAdding} options={openAppraisals.map((a) => ({ value: a.id, label: a.name }))} />
          </Form.Item>
        </Form>
      </Dialog>
      {openId && <AppraisalDetail key={openId} id={openId} onClose={() => setOpenId(undefined)} />}
    </Space>
  );
}
