/**
 * Importing an old Excel register (many communes kept theirs in Excel): pick the file, check
 * the header row and the column mapping (remembered per file layout), settle the cells whose
 * legacy encoding is uncertain, dry run — each row says what will be imported and what is
 * wrong — then import, all or nothing. Reading, the dry run and the import run in a worker
 * (register-import-client.ts) with progress and a Stop button, so the page stays usable with
 * 100,000 rows. Nothing here reads a table: the worker and the repositories do.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, App, Button, Checkbox, Select, Space, Typography } from 'antd';
import { Dialog } from '../../components/Dialog';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../core/errors';
import { isoDate } from '../../core/format';
import type { LegacyEncoding } from '../../core/legacy-text';
import { formatNumber } from '../../core/registers/numbering';
import { headerAt, mappingSignature, suggestMapping, validateMapping, type HeaderDetection, type RegisterImportMapping } from '../../core/register-import';
import { useDb, useSession } from '../../db/context';
import { savedImportMapping } from '../../db/repositories/register-import-repository';
import type { Register } from '../../db/register-records';
import { errorMessage, issueMessage } from '../../i18n';
import { usePlatform } from '../../platform/context';
import { issuesOf } from '../../workers/app-errors';
import { importIssueText } from './import-messages';
import { ImportEncodingReview } from './ImportEncodingReview';
import { ImportMappingGrid } from './ImportMappingGrid';
import { ImportPlanTable } from './ImportPlanTable';
import { ImportProgressBar, type ProgressListener } from './ImportProgressBar';
import { ImportSheetPreview } from './ImportSheetPreview';
import { registerImportClient, type ImportProgress, type Job, type PlanView, type ReadSummary } from './register-import-client';

type Running = { readonly job: Job<unknown>; readonly what: 'read' | 'check' | 'import' };
/** Messages listed when an import is refused at the last check. */
const LISTED_ISSUES = 10;

function isStop(e: unknown): boolean {
  return e instanceof AppError && (e.code === 'registerImport.cancelled' || e.code === 'worker.stopped');
}

export function ImportRegisterDialog({ register, onClose }: { register: Register; onClose: () => void }) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const platform = usePlatform();
  const { message } = App.useApp();
  const client = registerImportClient();
  const kind = register.kind === 'incoming' ? 'incoming' : 'outgoing';
  const [file, setFile] = useState<{ name: string; read: ReadSummary }>();
  const [sheetIndex, setSheetIndex] = useState(0);
  const [header, setHeader] = useState<HeaderDetection>();
  const [mapping, setMapping] = useState<RegisterImportMapping>();
  const [cellReadings, setCellReadings] = useState<Partial<Record<string, LegacyEncoding>>>({});
  const [remembered, setRemembered] = useState(false);
  const [plan, setPlan] = useState<PlanView>();
  const [withDuplicates, setWithDuplicates] = useState(false);
  const [running, setRunning] = useState<Running>();
  const [error, setError] = useState<string[]>();
  const [notice, setNotice] = useState<string>();
  const token = useRef<number | undefined>(undefined);
  const chooseButton = useRef<HTMLButtonElement>(null);
  const runningRef = useRef<Running | undefined>(undefined);
  // Progress goes straight to the progress bar (see ImportProgressBar), not through this dialog's state.
  const progressListener = useRef<((p: ImportProgress) => void) | undefined>(undefined);
  const listen = useCallback<ProgressListener>((listener) => {
    progressListener.current = listener;
  }, []);
  const setProgress = useCallback((p: ImportProgress) => progressListener.current?.(p), []);

  // Closing the dialog stops what runs and drops the file read in the worker.
  useEffect(
    () => () => {
      runningRef.current?.job.stop();
      if (token.current !== undefined) client.discard(token.current);
    },
    [client],
  );

  async function run<T>(what: Running['what'], job: Job<T>): Promise<T | undefined> {
    const r: Running = { job, what };
    runningRef.current = r;
    setRunning(r);
    setError(undefined);
    setNotice(undefined);
    try {
      return await job.result;
    } catch (e) {
      if (isStop(e)) setNotice(what === 'read' ? t('registerImport.stoppedRead') : t('errors.registerImport.cancelled'));
      else {
        const issues = issuesOf(e);
        setError(issues ? [t('registerImport.notWritten', { count: new Set(issues.map((i) => i.params?.row)).size }), ...issues.slice(0, LISTED_ISSUES).map((i) => importIssueText(t, i, 'list'))] : [errorMessage(t, e)]);
      }
      return undefined;
    } finally {
      runningRef.current = undefined;
      setRunning(undefined);
    }
  }

  const chooseHeader = async (h: HeaderDetection | undefined) => {
    setHeader(h);
    setPlan(undefined);
    setCellReadings({});
    if (!h) return setMapping(undefined);
    const saved = await savedImportMapping(db, mappingSignature(h.headers));
    setRemembered(saved?.kind === kind);
    setMapping(saved?.kind === kind ? saved : suggestMapping(h.headers, kind));
  };

  const pick = async () => {
    const [chosen] = await platform.openFile({ filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
    if (!chosen) return;
    if (token.current !== undefined) client.discard(token.current);
    token.current = undefined;
    setFile(undefined);
    void chooseHeader(undefined);
    const read = await run('read', client.read(chosen.data, kind, setProgress));
    if (!read) return;
    token.current = read.token;
    setFile({ name: chosen.name, read });
    setSheetIndex(read.firstSheet);
    await chooseHeader(read.sheets[read.firstSheet]?.header);
  };

  const check = async (m: RegisterImportMapping | undefined = mapping, cells = cellReadings) => {
    if (!file || !header || !m) return;
    const request = { token: file.read.token, dbName: db.name, registerId: register.id, sheetIndex, headerRowNumber: header.rowNumber, mapping: m, cellEncodings: cells, today: isoDate(new Date()) };
    const result = await run('check', client.plan(request, setProgress));
    setPlan(result);
  };

  const apply = async () => {
    if (!file || !plan) return;
    const request = { token: file.read.token, dbName: db.name, session, includeDuplicates: withDuplicates, today: isoDate(new Date()), fileName: file.name };
    const result = await run('import', client.apply(request, setProgress));
    if (!result) return;
    token.current = undefined;
    void message.success(t('registerImport.applied', { count: result.count, next: formatNumber(result.lastNumber + 1) }));
    onClose();
  };

  const changeMapping = (m: RegisterImportMapping) => {
    setMapping(m);
    setPlan(undefined);
  };
  // A reading chosen for uncertain cells: the dry run is run again at once, so the rows show it.
  const chooseColumnReading = (column: number, reading: LegacyEncoding | undefined) => {
    if (!mapping) return;
    const encodings: Partial<Record<number, LegacyEncoding>> = { ...mapping.encodings };
    if (reading === undefined) delete encodings[column];
    else encodings[column] = reading;
    const next = { ...mapping, encodings };
    setMapping(next);
    void check(next);
  };
  const chooseCellReading = (cell: string, reading: LegacyEncoding) => {
    const next = { ...cellReadings, [cell]: reading };
    setCellReadings(next);
    void check(mapping, next);
  };

  const sheet = file?.read.sheets[sheetIndex];
  const busy = running !== undefined;
  const mappingIssues = mapping ? validateMapping(mapping) : [];
  const toImport = plan ? (withDuplicates ? plan.importable.withDuplicates : plan.importable.withoutDuplicates) : 0;
  const stop = () => running?.job.stop();

  return (
    // The app's dialog, opening on its first button, choosing the file (antd's own first focus is its ×).
    <Dialog open openOn={chooseButton} width={1100} title={t('registerImport.title')} onCancel={onClose} footer={null} destroyOnHidden data-testid="import-dialog">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">{t('registerImport.help')}</Typography.Paragraph>
        <Space wrap>
          <Button ref={chooseButton} onClick={() => void pick()} disabled={busy} data-testid="import-choose">
            {t('registerImport.chooseFile')}
          </Button>
          {file && <Typography.Text strong>{file.name}</Typography.Text>}
          {file && file.read.sheets.length > 1 && (
            <Select
              aria-label={t('registerImport.sheet')}
              value={sheetIndex}
              style={{ minWidth: 200 }}
              disabled={busy}
              onChange={(i: number) => {
                setSheetIndex(i);
                void chooseHeader(file.read.sheets[i]?.header);
              }}
              options={file.read.sheets.map((s, i) => ({ value: i, label: `${s.name}${s.hidden ? ` ${t('registerImport.hiddenSheet')}` : ''}` }))}
            />
          )}
        </Space>
        {error && <Alert type="error" showIcon message={error[0]} description={error.length > 1 ? error.slice(1).map((line, k) => <div key={k}>{line}</div>) : undefined} data-testid="import-error" />}
        {notice && <Alert type="info" showIcon message={notice} data-testid="import-notice" />}
        {running && <ImportProgressBar listen={listen} onStop={stop} />}
        {sheet && sheet.rowCount > 0 && !header && <Alert type="warning" showIcon message={errorMessage(t, new AppError('registerImport.header.notFound'))} />}
        {sheet && <ImportSheetPreview sheet={sheet} headerRow={header?.rowNumber} onPick={(n) => void chooseHeader(headerAt(sheet.preview, n, kind))} />}
        {sheet && header && <Typography.Text type="secondary">{t('registerImport.headerRowHelp', { row: header.rowNumber })}</Typography.Text>}
        {mapping && header && (
          <>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('registerImport.mappingTitle')}
            </Typography.Title>
            {remembered && <Alert type="info" showIcon message={t('registerImport.mappingRemembered')} />}
            <ImportMappingGrid kind={kind} headers={header.headers} mapping={mapping} onChange={changeMapping} />
            {mappingIssues.map((i, k) => (
              <Alert key={k} type="warning" showIcon message={issueMessage(t, i)} />
            ))}
            <Button type="primary" onClick={() => void check()} loading={running?.what === 'check'} disabled={busy || mappingIssues.length > 0} data-testid="import-check">
              {t('registerImport.check')}
            </Button>
          </>
        )}
        {plan && mapping && <ImportEncodingReview uncertain={plan.uncertain} columnReadings={mapping.encodings ?? {}} onColumn={chooseColumnReading} onCell={chooseCellReading} disabled={busy} />}
        {plan && <ImportPlanTable plan={plan} toImport={toImport} withDuplicates={withDuplicates} />}
        {plan && (
          <Space>
            {plan.totals.duplicate > 0 && (
              <Checkbox checked={withDuplicates} disabled={busy} onChange={(e) => setWithDuplicates(e.target.checked)}>
                {t('registerImport.includeDuplicates')}
              </Checkbox>
            )}
            <Button type="primary" disabled={busy || toImport === 0 || plan.issues.length > 0} loading={running?.what === 'import'} onClick={() => void apply()} data-testid="import-apply">
              {toImport === 0 ? t('registerImport.nothingToImport') : t('registerImport.apply', { count: toImport })}
            </Button>
          </Space>
        )}
      </Space>
    </Dialog>
  );
}
