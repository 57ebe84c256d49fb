/**
 * Documents inside a dossier (mục lục văn bản, PL V.IV; step 11b): the list with its totals and
 * the sheets left out or listed twice; a document typed (số và ký hiệu, ngày, tác giả, trích yếu,
 * tờ số, ghi chú) or linked to a register entry found by search — the entry is read through the
 * link, never copied. Enter adds the document. Used for backlog dossiers and plan dossiers alike.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Alert, App, AutoComplete, Button, Card, Col, Empty, Form, Input, Row, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { askBeforeSaving, Confirm } from '../../components/Confirm';
import { focusWhenReady } from '../../components/focus';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Dossier, ProcessingJob } from '../../core/dossiers/types';
import { cleanDoc, docTotals, sheetsTaken, validateDoc, type DocRow, type DocTotals } from '../../core/processing/documents';
import type { TFunction } from 'i18next';
import { parsePeriod } from '../../core/processing/period';
import { formatDate, isoDate, typedCount } from '../../core/format';
import { useDb, useSession } from '../../db/context';
import { docsWithRows, linkOfDoc, moveDoc, removeDoc, saveDoc, searchRegisterEntries, type FoundEntry } from '../../db/repositories/dossier-doc-repository';
import type { DossierDoc } from '../../core/processing/types';
import { docsEditable } from '../../core/dossiers/rules';
import { jobSlips, slipByTempNumber } from '../../db/repositories/slip-repository';
import { readSlipPick, slipsPicked } from '../../core/processing/slips';
import { Field, useEnterToSave } from '../registers/entry-inputs';
import { useAction } from './useAction';
import { useFocusAfterSave } from '../../hooks/useFocusAfterSave';
import { useReportTyped } from '../../hooks/useFilledIn';
import { nextMessageKey } from '../../components/one-message';

type Values = { number: string; date: string; author: string; summary: string; sheetFrom: string; sheetTo: string; note: string; link?: FoundEntry };
const EMPTY: Values = { number: '', date: '', author: '', summary: '', sheetFrom: '', sheetTo: '', note: '' };
type TextKey = Exclude<keyof Values, 'link'>;
const TEXT_KEYS = Object.keys(EMPTY) as TextKey[];
/** Whether a correction's values differ from those it opened with. */
const changedFrom = (a: Values, b: Values) => a.link?.id !== b.link?.id || TEXT_KEYS.some((k) => a[k] !== b[k]);
/** Whether the form holds something typed (or a link picked or searched for) that leaving it would lose. */
const typedSomething = (v: Values, query: string) => v.link !== undefined || query.trim() !== '' || TEXT_KEYS.some((k) => v[k].trim() !== '');

/** A dossier's documents and sheets in all, and the sheets left out or listed twice. */
export function DocTotalsText({ totals }: { totals: DocTotals }) {
  const { t } = useTranslation();
  return (
    <Typography.Text data-testid="doc-totals">
      {t('processing.docTotals', { documents: totals.documents, sheets: totals.sheets })}
      {totals.gaps.length > 0 && <Tag color="orange" style={{ marginLeft: 8 }}>{t('processing.docGaps', { list: totals.gaps.slice(0, 20).join(', ') })}</Tag>}
      {totals.overlaps.length > 0 && <Tag color="red" style={{ marginLeft: 8 }}>{t('processing.docOverlaps', { list: totals.overlaps.slice(0, 20).join(', ') })}</Tag>}
    </Typography.Text>
  );
}

/**
 * The columns of a dossier's documents as listed (and printed): the editor's, with its actions after them, and the read-only
 * view's on the archive server (HeldViews). The summary is the widest column: the others as narrow as their content reads
 * (the summary had a word a line, a row 180 px tall, under a heading wrapped over four lines).
 */
export function docColumns(t: TFunction): TableColumnsType<DocRow> {
  return [
    { title: 'STT', dataIndex: 'ordinal', width: 44 },
    { title: t('processing.docNumber'), dataIndex: 'number', width: 110 },
    { title: t('processing.docDate'), dataIndex: 'date', width: 92 },
    { title: t('processing.docSummary'), key: 's', render: (_, r) => <>{r.summary} {r.linked && <Tag>{t('processing.docLinked')}</Tag>}</> },
    { title: t('processing.docAuthor'), dataIndex: 'author', width: 120 },
    { title: t('processing.docSheets'), dataIndex: 'sheets', width: 58 },
    { title: t('processing.docNote'), dataIndex: 'note', width: 90 },
  ];
}

/**
 * `onTyped`: the drawer holding the editor is told whether a document is half typed (or a correction changed, or a new
 * one set aside for it): closing the drawer then asks first, naming this tab and the button that keeps the document
 * ("Thêm văn bản", or "Lưu sửa" for a correction: useTypedTabs), and Esc goes straight to that question. Without it (a
 * dossier's drawer not told), the first Esc says what would be lost and keeps it.
 */
export function DocumentsEditor({ dossier, onTyped }: { dossier: Dossier; onTyped?: (typed: boolean, action?: string) => void }) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const { run, errors, setErrors } = useAction();
  const { modal, message } = App.useApp();
  // The first Esc on a new document half typed said so; the next one goes on (closes the dossier).
  const escWarned = useRef(false);
  // Held while the question about sheets already listed is open: a second Enter does not ask it twice.
  const asking = useRef(false);
  // The documents and their printed rows from one read (two live reads could pair a row with another document).
  const listed = useLiveQuery(() => docsWithRows(db, dossier.id, '', dossier.origin), [db, dossier.id, dossier.clock, dossier.origin]);
  const docs = listed?.docs ?? [];
  const rows = listed?.rows ?? [];
  const [v, setV] = useState<Values>(EMPTY);
  // A listed document opened to be corrected (its sheets, its note, what was typed): saved over, in its place.
  const [editing, setEditing] = useState<DossierDoc>();
  // A new document half typed when "Sửa" was pressed: set aside, and back in the form once the correction is over.
  const aside = useRef<{ v: Values; query: string } | undefined>(undefined);
  // The values the correction opened with: Esc on a correction changed says so once (it was dropped without a word).
  const opened = useRef<Values>(EMPTY);
  // A refused document takes the cursor to its first red field (it stayed where Enter was pressed, in "Đến tờ").
  const focus = useFocusAfterSave();
  const [query, setQuery] = useState('');
  const found = useLiveQuery(() => searchRegisterEntries(db, query), [db, query]) ?? [];
  const own = dossier.origin === session.unitId && !dossier.deleted;
  // A closed dossier of the file plan keeps its list as closed: reopened first to change it.
  const ours = own && docsEditable(dossier);
  const totals = docTotals(docs);
  // A new document half typed, or a correction changed, or a new one set aside for it: lost if the drawer closes.
  useReportTyped(ours && (editing ? changedFrom(opened.current, v) || aside.current !== undefined : typedSomething(v, query)), onTyped, t(editing ? 'processing.docSaveCorrection' : 'processing.docAdd'));
  /** Puts the cursor in this editor's field `id` (selected, to be typed over): the processing page may hold a second editor. */
  const focusOn = (id: string) =>
    focusWhenReady(() => {
      const el = focus.root.current?.querySelector<HTMLInputElement>(`#${id}`);
      el?.select();
      return el;
    });
  // The document being corrected gone from the list (removed meanwhile): the form goes back to a new one.
  const editingGone = editing !== undefined && listed !== undefined && !listed.docs.some((d) => d.id === editing.id);
  useEffect(() => {
    if (editingGone) stopEditing();
    // stopEditing is made anew each render; what matters is the correction going.
  }, [editingGone]);
  /** `answered`: the question about sheets already listed was answered "list it anyway". */
  const add = async (answered = false) => {
    if (asking.current) return;
    const period = v.date.trim() ? parsePeriod(v.date, isoDate(new Date())) : undefined;
    if (period && !period.ok) {
      // Said of this field (Ngày văn bản), not of a dossier's period ("Thời gian tài liệu … 1998-2001").
      setErrors({ date: t(`errors.${period.code.replace(/^period\./, 'docDate.')}`, { ...period.params, defaultValue: t(`errors.${period.code}`, { ...period.params }) }) });
      focus.firstInvalid();
      return;
    }
    const input = {
      number: v.link ? '' : v.number,
      author: v.link ? '' : v.author,
      summary: v.link ? '' : v.summary,
      note: v.note,
      ...(period?.ok && !v.link ? { date: period.value.startDate, datePrecision: period.value.startPrecision } : {}),
      ...(typedCount(v.sheetFrom) !== undefined ? { sheetFrom: typedCount(v.sheetFrom)! } : {}),
      ...(typedCount(v.sheetTo) !== undefined ? { sheetTo: typedCount(v.sheetTo)! } : {}),
      ...(v.link ? (v.link.kind === 'incoming' ? { incomingDocId: v.link.id } : { outgoingDocId: v.link.id }) : {}),
    };
    // Asked only of a document the rules would take (asked first, an empty summary was refused after "Vẫn ghi").
    const valid = validateDoc(cleanDoc({ ...input, unitId: dossier.unitId, fondsId: dossier.fondsId, dossierId: dossier.id, position: 1 }), dossier.sheetCount).length === 0;
    const taken = answered || !valid ? undefined : sheetsTaken(editing ? docs.filter((d) => d.id !== editing.id) : docs, input);
    if (taken) {
      const ordinal = taken.doc.position;
      const row = rows.find((r) => r.id === taken.doc.id);
      askBeforeSaving(
        modal,
        {
          title: t('processing.docOverlapTitle'),
          content: t('processing.docOverlapAsk', { count: taken.to - taken.from + 1, sheets: taken.from === taken.to ? taken.from : `${taken.from}–${taken.to}`, ordinal, document: row?.number || row?.summary || '' }),
          saveText: t('processing.docOverlapSave'),
          backText: t('processing.docOverlapBack'),
        },
        {
          onSave: () => void add(true),
          onBack: () => focusOn('doc-sheetFrom'),
        },
        asking,
      );
      return;
    }
    if (await run(() => saveDoc(db, session, dossier.id, input, editing?.id), () => t(editing ? 'processing.docCorrected' : 'processing.docSaved'))) {
      if (editing) {
        stopEditing();
        return;
      }
      setV(EMPTY);
      setQuery('');
      // The next document starts where this one did: a linked one at the link to the registers, a
      // typed one at its number (typed there, the next number went into the search of the registers).
      // This editor's field: the processing page may hold a second editor (its "Văn bản" tab, kept
      // mounted) under a dossier drawer opened from the search, whose field came first in the page.
      focus.root.current?.querySelector<HTMLElement>(v.link ? '#doc-link' : '#doc-number')?.focus();
    } else focus.firstInvalid();
  };
  const enter = useEnterToSave(() => void add());
  /** Opens a listed document in the form above, as it was typed (a linked one on its entry), the cursor on its first sheet. */
  const edit = async (d: DossierDoc, r: DocRow) => {
    // A link whose entry is gone keeps its link (saved again as typed, it lost it and was refused for its empty summary).
    const link = await linkOfDoc(db, d, t('processing.docLinkMissing'));
    setErrors({});
    if (!editing && typedSomething(v, query)) aside.current = { v, query };
    setQuery('');
    setEditing(d);
    const values: Values = { number: link ? '' : r.number, date: link ? '' : r.date, author: link ? '' : r.author, summary: link ? '' : r.summary, sheetFrom: d.sheetFrom === undefined ? '' : String(d.sheetFrom), sheetTo: d.sheetTo === undefined ? '' : String(d.sheetTo), note: d.note, ...(link ? { link } : {}) };
    opened.current = values;
    setV(values);
    focusOn('doc-sheetFrom');
  };
  /** "Thôi sửa" (or Esc in the form, or the correction saved): back to a new document — the one set aside, if any. */
  function stopEditing() {
    const back = aside.current;
    aside.current = undefined;
    setEditing(undefined);
    setV(back?.v ?? EMPTY);
    setQuery(back?.query ?? '');
    setErrors({});
    focusOn('doc-link');
  }
  /**
   * Esc leaves a correction (a list open under the link search closes first: its Esc is the list's). On a correction
   * changed, the first Esc says what would be lost and keeps it; the next goes on. A new document half typed is the
   * drawer's to ask about (`onTyped`): its Esc goes on to the drawer. Any other key is Enter's to judge.
   */
  const onFormKey = (e: KeyboardEvent<HTMLElement>) => {
    const esc = e.key === 'Escape' && (e.target as HTMLElement).getAttribute('aria-expanded') !== 'true';
    const leave = esc && editing !== undefined && (escWarned.current || !changedFrom(opened.current, v));
    const warn = esc && !leave && editing !== undefined;
    escWarned.current = warn;
    if (!leave && !warn) return enter.onKeyDownCapture(e);
    e.preventDefault();
    e.stopPropagation();
    if (leave) stopEditing();
    else void message.warning({ content: t('processing.docEscEditing'), key: 'doc-esc' });
  };
  /** A register entry found, which register (and số đến) first: "Đến số 321 · 1234/SNV-VTLT — …" (its own số, ký hiệu said nothing of it). */
  const linkText = (f: FoundEntry) => (f.kind === 'incoming' ? t('processing.docLinkIncoming', { number: f.arrival, label: f.label }) : t('processing.docLinkOutgoing', { label: f.label }));
  /** A field of a linked document shows what it will read through the link (greyed, it was blank). */
  const linked = (k: TextKey): string => {
    const shown = v.link?.shown;
    if (!shown) return '';
    return k === 'date' ? formatDate(shown.date) : k === 'number' || k === 'author' || k === 'summary' ? shown[k] : v[k];
  };
  const field = (k: TextKey, label: string, span: number, disabled = false) => (
    <Col xs={24} md={span}><Field label={label} error={errors[k]}><Input id={`doc-${k}`} aria-label={label} value={disabled ? linked(k) : v[k]} disabled={disabled} onChange={(e) => setV({ ...v, [k]: e.target.value })} autoComplete="off" /></Field></Col>
  );
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="documents-editor">
      {own && !ours && <Alert type="info" showIcon title={t('processing.docsClosed')} data-testid="docs-closed" />}
      {ours && (
        // Labels above their boxes: beside them, a long label left the date box a few pixels wide.
        <div ref={focus.root}>
        <Form
          layout="vertical"
          component="div"
          onKeyDownCapture={onFormKey}
        >
          <Row gutter={8}>
            <Col xs={24} md={24}>
              <Field label={t('processing.docLink')} error={errors.link}>
                {/* No clear button: it took a Tab stop between the search and the number, named "Clear" in English. */}
                <AutoComplete value={v.link ? linkText(v.link) : query} options={found.map((f) => ({ value: linkText(f), key: f.id, entry: f }))} onChange={(x: string) => { setQuery(x); if (v.link) setV({ ...v, link: undefined }); }} onSelect={(_: string, o: { entry: Values['link'] }) => setV({ ...v, link: o.entry })} style={{ width: '100%' }}>
                  <Input id="doc-link" aria-label={t('processing.docLink')} autoComplete="off" />
                </AutoComplete>
              </Field>
            </Col>
            {field('number', t('processing.docNumber'), 5, !!v.link)}
            {field('date', t('processing.docDate'), 4, !!v.link)}
            {field('author', t('processing.docAuthor'), 5, !!v.link)}
            {field('summary', t('processing.docSummary'), 10, !!v.link)}
            <Col xs={12} md={3}><Field label={t('processing.docSheetFrom')} error={errors.sheetFrom}><Input id="doc-sheetFrom" aria-label={t('processing.docSheetFrom')} value={v.sheetFrom} onChange={(e) => setV({ ...v, sheetFrom: e.target.value })} inputMode="numeric" /></Field></Col>
            <Col xs={12} md={3}><Field label={t('processing.docSheetTo')} error={errors.sheetTo}><Input id="doc-sheetTo" aria-label={t('processing.docSheetTo')} value={v.sheetTo} onChange={(e) => setV({ ...v, sheetTo: e.target.value })} inputMode="numeric" /></Field></Col>
            {field('note', t('processing.docNote'), 12)}
          </Row>
          <Space>
            <Button type="primary" onClick={() => void add()} data-testid="add-doc">{t(editing ? 'processing.docSaveCorrection' : 'processing.docAdd')}</Button>
            {editing && <Button onClick={stopEditing} data-testid="doc-edit-cancel">{t('processing.docEditCancel')}</Button>}
          </Space>
        </Form>
        </div>
      )}
      <DocTotalsText totals={totals} />
      <Table<DocRow>
        size="small"
        rowKey="ordinal"
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('processing.docsEmpty') }}
        columns={[
          ...docColumns(t),
          ...(ours
            ? [{ title: '', key: 'a', width: 152, render: (_: unknown, r: DocRow) => {
                const d = docs.find((x) => x.id === r.id);
                return d ? <Space size={2}><Button size="small" onClick={() => void edit(d, r)} data-testid="doc-edit">{t('processing.docEdit')}</Button><Button size="small" onClick={() => void run(() => moveDoc(db, session, d.id, 'up'))}>↑</Button><Button size="small" onClick={() => void run(() => moveDoc(db, session, d.id, 'down'))}>↓</Button><Confirm title={t('processing.docRemoveConfirm', { ordinal: r.ordinal })} okText={t('processing.docRemove')} cancelText={t('processing.docKeep')} okButtonProps={{ danger: true }} onConfirm={() => void run(() => removeDoc(db, session, d.id, ''), () => t('processing.docRemoved'))}><Button size="small" danger>{t('processing.docRemove')}</Button></Confirm></Space> : null;
              } }]
            : []),
        ]}
      />
    </Space>
  );
}

/** The documents tab of a job: pick a dossier by its slip number, or once numbered by its file's (or the one selected in the lists). */
export function DocumentsPanel({ job, dossier, onPick }: { job: ProcessingJob; dossier?: Dossier; onPick: (d: Dossier) => void }) {
  const { t } = useTranslation();
  const db = useDb();
  const [typed, setTyped] = useState(dossier?.tempNumber !== undefined ? String(dossier.tempNumber) : '');
  const { message } = App.useApp();
  // Enter opens the documents of the slip typed — by its slip number, or by the file number on its cover
  // ("1.9", "ML 1 · HS 9": after numbering the archivist reads those; the slip number opened another file).
  // One refusal on screen at a time (Enter pressed again stacked them).
  const refuse = (text: string) => void message.error({ content: text, key: nextMessageKey(message) });
  const pick = async () => {
    const asked = readSlipPick(typed);
    if (!asked) return refuse(t('processing.pickUnreadable'));
    // A slip number through its index; a file number among the job's slips (no index holds it; read on Enter only).
    const candidates = asked.kind === 'slip' ? [await slipByTempNumber(db, job.id, asked.number)].filter((d): d is Dossier => d !== undefined) : await jobSlips(db, job.id);
    const found = slipsPicked(candidates, asked);
    if (found.length === 1) return onPick(found[0]!);
    if (asked.kind === 'slip') return refuse(t('processing.slipNotFound', { number: asked.number }));
    if (found.length === 0) return refuse(asked.inventory !== undefined ? t('processing.fileNotFound', { inventory: asked.inventory, number: asked.file }) : t('processing.fileNotFoundAny', { number: asked.file }));
    const inventories = [...new Set(found.map((d) => d.inventoryNumber))].sort((a, b) => (a ?? 0) - (b ?? 0));
    refuse(t('processing.fileInSeveral', { number: asked.file, inventories: inventories.join(', '), example: `${inventories[0]}.${asked.file}` }));
  };
  const live = useLiveQuery(() => (dossier ? slipByTempNumber(db, job.id, dossier.tempNumber ?? 0) : undefined), [db, job.id, dossier?.tempNumber]);
  return (
    <Card size="small" title={t('processing.docsOf')}>
      <Space style={{ marginBottom: 12 }}>
        <Typography.Text>{t('processing.docsPick')}</Typography.Text>
        <Input value={typed} onChange={(e) => setTyped(e.target.value)} aria-label={t('processing.docsPick')} onPressEnter={() => void pick()} placeholder={t('processing.docsPickPlaceholder')} autoComplete="off" style={{ width: 160 }} />
        {dossier && (
          <Typography.Text strong>
            {t('processing.slipNumber', { number: dossier.tempNumber })}
            {dossier.fileNumber !== undefined && ` · ${t('dossiers.fileNumberValue', { inventory: dossier.inventoryNumber, number: dossier.fileNumber })}`} — {dossier.title}
          </Typography.Text>
        )}
      </Space>
      {live ? <DocumentsEditor key={live.id} dossier={live} /> : <Empty description={t('processing.docsPick')} />}
    </Card>
  );
}
