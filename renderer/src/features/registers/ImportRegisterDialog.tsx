/**
 * Importing an old Excel register (many communes kept theirs in Excel): pick the file, check
 * the header row and the column mapping (remembered per file layout), dry run — each row says
 * what will be imported and what is wrong — then import in ONE transaction, all or nothing.
 * Legacy TCVN3 / VNI / decomposed text has already been converted when the file was read.
 */
import { useMemo, useState } from 'react';
import { Alert, App, Button, Checkbox, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../core/errors';
import { isoDate } from '../../core/format';
import { formatNumber } from '../../core/registers/numbering';
import { typeAndSummary } from '../../core/registers/register-book';
import {
  columnLetter,
  detectHeaderRow,
  headerAt,
  importFieldsOf,
  importableIncoming,
  importableOutgoing,
  incomingDuplicateKey,
  mappingSignature,
  outgoingDuplicateKey,
  planRegisterImport,
  rowsAfterHeader,
  suggestMapping,
  validateMapping,
  type HeaderDetection,
  type ImportField,
  type RegisterImportMapping,
  type RegisterImportPlan,
} from '../../core/register-import';
import { useDb, useSession } from '../../db/context';
import { EntryInvalidError, importIncomingRows, importOutgoingRows, listIncoming, listOutgoing } from '../../db/repositories/entry-repository';
import type { Register } from '../../db/register-records';
import { errorMessage, issueMessage } from '../../i18n';
import { usePlatform } from '../../platform/context';
import { readWorkbook, type WorkbookData } from '../../spreadsheet/read-workbook';

const MAPPING_KEY = (signature: string) => `importMapping:${signature}`;

export function ImportRegisterDialog({ register, onClose }: { register: Register; onClose: () => void }) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const platform = usePlatform();
  const { message } = App.useApp();
  const kind = register.kind === 'incoming' ? 'incoming' : 'outgoing';
  const [file, setFile] = useState<{ name: string; book: WorkbookData }>();
  const [sheetIndex, setSheetIndex] = useState(0);
  const [header, setHeader] = useState<HeaderDetection>();
  const [mapping, setMapping] = useState<RegisterImportMapping>();
  const [remembered, setRemembered] = useState(false);
  const [plan, setPlan] = useState<RegisterImportPlan>();
  const [withDuplicates, setWithDuplicates] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const sheet = file?.book.sheets[sheetIndex];

  const chooseHeader = async (book: WorkbookData, index: number, detection?: HeaderDetection) => {
    const rows = book.sheets[index]?.rows ?? [];
    const h = detection ?? detectHeaderRow(rows, { kind });
    setHeader(h);
    setPlan(undefined);
    if (!h) {
      setMapping(undefined);
      return;
    }
    const saved = await db.settings.get(MAPPING_KEY(mappingSignature(h.headers)));
    const savedMapping = saved?.value as RegisterImportMapping | undefined;
    if (savedMapping && savedMapping.kind === kind) {
      setMapping(savedMapping);
      setRemembered(true);
    } else {
      setMapping(suggestMapping(h.headers, kind));
      setRemembered(false);
    }
  };

  const pick = async () => {
    setError(undefined);
    const [chosen] = await platform.openFile({ filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
    if (!chosen) return;
    setBusy(true);
    try {
      const book = await readWorkbook(chosen.data);
      const first = Math.max(0, book.sheets.findIndex((s) => !s.hidden && detectHeaderRow(s.rows, { kind })));
      setFile({ name: chosen.name, book });
      setSheetIndex(first);
      await chooseHeader(book, first);
    } catch (e) {
      setFile(undefined);
      setError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  const mappingIssues = mapping ? validateMapping(mapping) : [];

  const check = async () => {
    if (!sheet || !header || !mapping) return;
    setBusy(true);
    try {
      const existing = kind === 'incoming' ? await db.incomingDocs.toArray() : await db.outgoingDocs.toArray();
      const own = kind === 'incoming' ? await listIncoming(db, register.id) : await listOutgoing(db, register.id);
      const body = register.issuingBodyId ? await db.issuingBodies.get(register.issuingBodyId) : undefined;
      const bodyOf = new Map((await db.registers.toArray()).map((r) => [r.id, r.issuingBodyId]));
      const bodies = new Map((await db.issuingBodies.toArray()).map((b) => [b.id, b.name]));
      const existingKeys = new Set(
        existing
          .filter((d) => !d.deleted)
          .map((d) => ('arrivalNumber' in d ? incomingDuplicateKey(d) : outgoingDuplicateKey(d, bodies.get(bodyOf.get(d.registerId) ?? '') ?? ''))),
      );
      const usedNumbers = new Set(own.map((d) => ('arrivalNumber' in d ? d.arrivalNumber : d.number)));
      setPlan(planRegisterImport(rowsAfterHeader(sheet.rows, header), mapping, { register, today: isoDate(new Date()), existingKeys, usedNumbers, ...(body ? { issuerName: body.name } : {}) }));
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  const toImport = useMemo(() => {
    if (!plan) return [];
    return plan.kind === 'incoming' ? importableIncoming(plan, { includeDuplicates: withDuplicates }) : importableOutgoing(plan, { includeDuplicates: withDuplicates });
  }, [plan, withDuplicates]);

  const apply = async () => {
    if (!plan || !file || !header || !mapping) return;
    setBusy(true);
    try {
      const opts = { today: isoDate(new Date()), fileName: file.name };
      const count =
        plan.kind === 'incoming'
          ? await importIncomingRows(db, session, register.id, importableIncoming(plan, { includeDuplicates: withDuplicates }), opts)
          : await importOutgoingRows(db, session, register.id, importableOutgoing(plan, { includeDuplicates: withDuplicates }), opts);
      await db.settings.put({ key: MAPPING_KEY(mappingSignature(header.headers)), value: mapping });
      const after = await db.registers.get(register.id);
      void message.success(t('registerImport.applied', { count, next: formatNumber((after?.lastNumber ?? 0) + 1) }));
      onClose();
    } catch (e) {
      if (e instanceof EntryInvalidError) setError(e.issues.slice(0, 5).map((i) => `${i.field}: ${issueMessage(t, i)}`).join(' · '));
      else setError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  const columns = (header?.headers ?? []).map((h, i) => ({ value: i, label: `${t('registerImport.column', { column: columnLetter(i) })} — ${h || '…'}` }));
  const setField = (field: ImportField, column: number | undefined) => {
    if (!mapping) return;
    const next = { ...mapping.columns } as Partial<Record<ImportField, number>>;
    if (column === undefined) delete next[field];
    else next[field] = column;
    setMapping({ ...mapping, columns: next });
    setPlan(undefined);
  };
  const statusColor = { ok: 'green', error: 'red', duplicate: 'orange', empty: 'default' } as const;

  return (
    <Modal open width={1100} title={t('registerImport.title')} onCancel={onClose} footer={null} destroyOnHidden data-testid="import-dialog">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">{t('registerImport.help')}</Typography.Paragraph>
        <Space>
          <Button onClick={() => void pick()} loading={busy && !file} data-testid="import-choose">{t('registerImport.chooseFile')}</Button>
          {file && <Typography.Text strong>{file.name}</Typography.Text>}
          {file && file.book.sheets.length > 1 && (
            <Select aria-label={t('registerImport.sheet')} value={sheetIndex} style={{ minWidth: 200 }}
              onChange={(i: number) => { setSheetIndex(i); void chooseHeader(file.book, i); }}
              options={file.book.sheets.map((s, i) => ({ value: i, label: `${s.name}${s.hidden ? ` ${t('registerImport.hiddenSheet')}` : ''}` }))} />
          )}
        </Space>
        {error && <Alert type="error" showIcon message={error} data-testid="import-error" />}
        {file && !header && <Alert type="warning" showIcon message={errorMessage(t, new AppError('registerImport.header.notFound'))} />}
        {sheet && header && (
          <Space>
            <Typography.Text>{t('registerImport.headerRow')}</Typography.Text>
            <Select value={header.rowNumber} style={{ width: 120 }}
              onChange={(n: number) => void chooseHeader(file!.book, sheetIndex, headerAt(sheet.rows, n, kind))}
              options={sheet.rows.slice(0, 40).map((r) => ({ value: r.rowNumber, label: `${t('registerImport.row')} ${r.rowNumber}` }))} />
            <Typography.Text type="secondary">{t('registerImport.headerRowHelp', { row: header.rowNumber })}</Typography.Text>
          </Space>
        )}
        {mapping && header && (
          <>
            <Typography.Title level={5} style={{ margin: 0 }}>{t('registerImport.mappingTitle')}</Typography.Title>
            {remembered && <Alert type="info" showIcon message={t('registerImport.mappingRemembered')} />}
            <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: '6px 16px' }}>
              {importFieldsOf(kind).map((field) => (
                <label key={field} style={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
                  <span>{t(`registerImport.fields.${field}`)}</span>
                  <Select allowClear size="small" style={{ width: '100%' }} placeholder={t('registerImport.notMapped')} value={mapping.columns[field]} onChange={(c?: number) => setField(field, c)} options={columns} />
                </label>
              ))}
            </div>
            {mappingIssues.map((i, k) => <Alert key={k} type="warning" showIcon message={issueMessage(t, i)} />)}
            <Button type="primary" onClick={() => void check()} loading={busy} disabled={mappingIssues.length > 0} data-testid="import-check">{t('registerImport.check')}</Button>
          </>
        )}
        {plan && (
          <>
            <Typography.Title level={5} style={{ margin: 0 }}>{t('registerImport.checkTitle')}</Typography.Title>
            {plan.issues.map((i, k) => <Alert key={k} type="error" showIcon message={issueMessage(t, i)} />)}
            <Alert type={plan.totals.error > 0 ? 'warning' : 'success'} showIcon data-testid="import-summary"
              message={t('registerImport.summary', { ok: plan.totals.ok, error: plan.totals.error, duplicate: plan.totals.duplicate, empty: plan.totals.empty })}
              description={t('registerImport.encodingSummary', { tcvn3: plan.totals.byEncoding.tcvn3, vni: plan.totals.byEncoding.vni, decomposed: plan.totals.decomposed })} />
            <Table
              size="small"
              rowKey="rowNumber"
              data-testid="import-rows"
              pagination={{ pageSize: 50, showSizeChanger: false }}
              dataSource={plan.rows.filter((r) => r.status !== 'empty') as { rowNumber: number; status: 'ok' | 'error' | 'duplicate' | 'empty'; input?: { typeName: string; summary: string; arrivalNumber?: number; number?: number }; issues: readonly { field: string; code: string; params?: Readonly<Record<string, string | number>> }[] }[]}
              columns={[
                { key: 'row', title: t('registerImport.row'), width: 70, render: (_, r) => r.rowNumber },
                { key: 'status', title: t('fields.progress'), width: 120, render: (_, r) => <Tag color={statusColor[r.status]}>{t(`registerImport.status.${r.status}`)}</Tag> },
                { key: 'n', title: t('fields.arrivalNumber'), width: 80, render: (_, r) => { const n = r.input?.arrivalNumber ?? r.input?.number; return n === undefined ? '' : formatNumber(n); } },
                { key: 'summary', title: t('fields.summary'), render: (_, r) => (r.input ? typeAndSummary(r.input.typeName, r.input.summary) : '') },
                { key: 'issues', title: '', render: (_, r) => r.issues.map((i, k) => <div key={k}>{issueMessage(t, i)}</div>) },
              ]}
            />
            {plan.totals.error > 0 && <Typography.Text type="secondary">{t('registerImport.errorsSkipped')}</Typography.Text>}
            <Space>
              {plan.totals.duplicate > 0 && <Checkbox checked={withDuplicates} onChange={(e) => setWithDuplicates(e.target.checked)}>{t('registerImport.includeDuplicates')}</Checkbox>}
              <Button type="primary" disabled={toImport.length === 0 || plan.issues.length > 0} loading={busy} onClick={() => void apply()} data-testid="import-apply">
                {toImport.length === 0 ? t('registerImport.nothingToImport') : t('registerImport.apply', { count: toImport.length })}
              </Button>
            </Space>
          </>
        )}
      </Space>
    </Modal>
  );
}
