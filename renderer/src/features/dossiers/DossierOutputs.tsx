/**
 * Printed outputs of a fonds: the year's file plan (Danh mục hồ sơ, PL V.II), an inventory
 * (Mục lục hồ sơ, PL V.III) of the numbered dossiers, and box labels — rendered in the PDF
 * worker and shown in the print preview (print or save from there). What an output prints is read
 * when it is asked for (the inventories when the menu opens), never when the page opens.
 */
import { useRef, useState } from 'react';
import { Alert, App, Button, Form, Input, Space, Typography, type InputRef } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { fileSlug, formatDate, isoDate } from '../../core/format';
import type { FieldIssue } from '../../core/errors';
import { defaultPlanIssuer, planDecisionLine, readPlanDecision } from '../../core/dossiers/plan-decision';
import { boxInventories, boxesToLabel, inventoryRows, yearsSpanned } from '../../core/dossiers/inventory';
import { formatRetention } from '../../core/dossiers/rules';
import type { Box, Dossier } from '../../core/dossiers/types';
import { boxLabelEntry, labelsFileSuffix } from '../../core/processing/job';
import type { Fonds } from '../../core/unit';
import { placeOfUnit } from '../../core/unit';
import { fondsForeword } from '../../core/duties/fonds';
import { useDb, useSession } from '../../db/context';
import { getUnit } from '../../db/repositories/unit-repository';
import { getPlanDecision, listBoxes, listDossiers, planDossiers, setPlanDecision } from '../../db/repositories/dossier-repository';
import { orderForList } from '../../db/repositories/dossier-list-repository';
import { errorMessage, issueMessage } from '../../i18n';
import { usePrintPdf } from '../../hooks/usePrintPdf';
import { Dialog } from '../../components/Dialog';
import { KeyMenu } from '../../components/KeyMenu';
import { NumberInput } from '../../components/NumberInput';
import { ALL_BOXES, BoxRangeFields, boxRangeReady, labelPickOf, type BoxRange } from '../../components/BoxRangeFields';
import { renderPdfJob } from '../../pdf/pdf-client';
import { useEnterToSave } from '../registers/entry-inputs';
import { useDossierPapers } from './dossier-papers';
import type { PdfJob } from '../../pdf/jobs';

export function DossierOutputs({ fonds, year }: { fonds: Fonds; year: number }) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const printPdf = usePrintPdf();
  const papers = useDossierPapers();
  const { message } = App.useApp();
  const unit = useLiveQuery(() => getUnit(db, fonds.unitId), [db, fonds.unitId]);
  const [busy, setBusy] = useState(false);
  /** The label dialog: size, first slot (undefined: a number still red, never printed with), and which boxes. */
  const [labels, setLabels] = useState<{ open: boolean; width: number | undefined; height: number | undefined; slot: number | undefined; range: BoxRange }>({
    open: false,
    width: 80,
    height: 120,
    slot: 1,
    range: ALL_BOXES,
  });
  /** Why the labels typed cannot be printed, said inside the dialog (a toast covered its title). */
  const [labelsError, setLabelsError] = useState<string>();
  /** The fonds' dossiers (not removed) and boxes, read when the menu opens. */
  const [held, setHeld] = useState<{ live: Dossier[]; boxes: Box[] }>();
  const readHeld = async () => {
    const [all, boxes] = await Promise.all([listDossiers(db, fonds.id), listBoxes(db, fonds.id)]);
    setHeld({ live: all.filter((d) => !d.deleted), boxes });
    return { all, boxes };
  };
  const inventoriesOfBoxes = boxInventories(held?.boxes ?? []);
  const live = held?.live ?? [];
  const inventories = [...new Set(live.filter((d) => d.fileNumber !== undefined).map((d) => d.inventoryNumber!))].sort((a, b) => a - b);
  /** What an inventory holds, so the clerk can tell them apart in the menu. */
  const inventoryKind = (inventory: number) => {
    const inside = live.filter((d) => d.inventoryNumber === inventory && d.fileNumber !== undefined);
    const permanent = inside.some((d) => d.retention === 'permanent');
    const fixed = inside.some((d) => d.retention !== 'permanent');
    return t(permanent && fixed ? 'dossiers.inventoryMixed' : permanent ? 'dossiers.inventoryPermanentKind' : 'dossiers.inventoryFixedKind');
  };
  const bookUnit = { name: unit?.name ?? '', parentName: unit?.parentName ?? '', place: placeOfUnit(unit?.name ?? '') };

  /** The menu's button: the cursor comes back to it when a preview closes (the menu and its dialogs give it back themselves). */
  const outputsButton = useRef<HTMLButtonElement>(null);
  const output = async (job: PdfJob, title: string, fileName: string) => {
    setBusy(true);
    try {
      await printPdf(title, fileName, await renderPdfJob(job), outputsButton.current);
    } catch (e) {
      void message.error(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  /** The plan's print dialog: the decision issuing it, read from what was typed for this fonds and year before. */
  const [plan, setPlan] = useState<{ open: boolean; year?: number; number: string; date: string; issuer: string; issues: readonly FieldIssue[] }>({ open: false, number: '', date: '', issuer: '', issues: [] });
  const openPlan = async () => {
    // A year with no file in its plan: said, nothing asked or printed (a page saying "0 hồ sơ" was printed).
    if ((await planDossiers(db, fonds.id, year)).length === 0) return void message.info(t('dossiers.planEmpty', { year }));
    // Closed without printing, the dialog opens again with what was typed for the same year.
    if (plan.year === year) return setPlan({ ...plan, open: true });
    const [stored, owner] = await Promise.all([getPlanDecision(db, fonds.id, year), getUnit(db, fonds.unitId)]);
    // An issuer the clerk emptied on purpose stays empty (dots to write by hand).
    const issuer = stored ? stored.issuer : defaultPlanIssuer(owner?.name ?? '');
    setPlan({ open: true, year, number: stored?.number ?? '', date: stored?.date ? formatDate(stored.date) : '', issuer, issues: [] });
  };
  /** A field's refusal under it, in words. */
  const planError = (field: string) => {
    const issue = plan.issues.find((i) => i.field === field);
    return issue ? { validateStatus: 'error' as const, help: issueMessage(t, issue) } : {};
  };

  const printPlan = async () => {
    const { decision, issues } = readPlanDecision(plan, year, isoDate(new Date()));
    // A date that is not one stays in its field, said under it; nothing is printed or saved.
    if (issues.length) return setPlan({ ...plan, issues });
    try {
      await setPlanDecision(db, fonds.id, year, decision);
    } catch (e) {
      // Not kept (a full disk…): said, the dialog stays open with what was typed.
      return void message.error(errorMessage(t, e));
    }
    // Kept as read: the next opening shows the date written out ("05/01/2026" for "5/1").
    setPlan({ ...plan, open: false, number: decision.number, date: decision.date ? formatDate(decision.date) : '', issuer: decision.issuer, issues: [] });
    // In the list's own order (heading by its numeral, then notation): the printed plan reads as the screen does.
    // The plan is what the office files in the year: a backlog job's slips are described in its own inventory and
    // discard list (they were printed here as the year's dossiers, one set aside to discard among them).
    const ofYear = orderForList(await planDossiers(db, fonds.id, year), { year, showDeleted: false });
    // Removed meanwhile (the dialog open): said, not printed.
    if (ofYear.length === 0) return void message.info(t('dossiers.planEmpty', { year }));
    const rows = ofYear.map((d) => ({ heading: d.heading, subheading: d.subheading, notation: d.notation, title: d.title, retention: formatRetention(d.retention), keeper: d.keeper, note: d.note }));
    const permanent = ofYear.filter((d) => d.retention === 'permanent').length;
    void output(
      { kind: 'file-plan', input: { unit: bookUnit, year, rows, counts: { total: ofYear.length, permanent, fixedTerm: ofYear.length - permanent }, options: { decisionLine: planDecisionLine(decision) } } },
      t('dossiers.printPlan', { year }),
      `danh-muc-ho-so-${year}.pdf`,
    );
  };

  /**
   * The covers (bìa hồ sơ, the list of documents on each one's back) or the closing certificates of
   * the year's closed dossiers (dossier-papers.ts): in the order of their file numbers, those not
   * numbered yet after them by notation.
   */
  const printClosed = async (kind: 'covers' | 'closing') => {
    const ofYear = await listDossiers(db, fonds.id, year);
    const closed = ofYear
      .filter((d) => !d.deleted && d.status === 'closed')
      .sort((a, b) => (a.inventoryNumber ?? Infinity) - (b.inventoryNumber ?? Infinity) || (a.fileNumber ?? Infinity) - (b.fileNumber ?? Infinity) || a.notation.localeCompare(b.notation, 'vi', { numeric: true }));
    if (closed.length === 0) return void message.info(t('dossiers.noClosedForCovers', { year }));
    await papers.print(kind, closed, kind === 'covers' ? t('dossiers.printCovers', { year }) : t('dossiers.printClosing', { year }), kind === 'covers' ? `bia-ho-so-nam-${year}` : `chung-tu-ket-thuc-nam-${year}`, outputsButton.current);
  };

  const printInventory = async (inventory: number) => {
    const { all, boxes } = await readHeld();
    const inside = all.filter((d) => !d.deleted && d.inventoryNumber === inventory && d.fileNumber !== undefined);
    const years = yearsSpanned(inside);
    void output(
      {
        kind: 'dossier-inventory',
        input: {
          unit: bookUnit,
          fonds: { name: fonds.name, number: fonds.number },
          inventoryNumber: inventory,
          ...years,
          sections: [{ heading: '', rows: inventoryRows(inside, boxes) }],
          // Another unit's fonds (read-only here): its inventory is that unit's, under its header and place, so the
          // date and the preparer are left to fill by hand — this PC's user and today were printed as if the unit had made it.
          options: fonds.unitId === session.unitId ? { date: new Date(), preparer: session.operator, foreword: fondsForeword(fonds) } : { foreword: fondsForeword(fonds) },
        },
      },
      t('dossiers.printInventory', { inventory }),
      `muc-luc-ho-so-${fileSlug(fonds.number || fonds.name)}-so-${inventory}-${isoDate(new Date())}.pdf`,
    );
  };

  const printLabels = async () => {
    const { width, height, slot, range } = labels;
    // A size or box number still red is never printed with the old one.
    if (width === undefined || height === undefined || slot === undefined || !boxRangeReady(range)) return setLabelsError(t('common.fixNumbers'));
    const [{ all, boxes }, owner] = await Promise.all([readHeld(), getUnit(db, fonds.unitId)]);
    let picked: Box[];
    try {
      picked = boxesToLabel(boxes, labelPickOf(range, boxInventories(boxes)));
    } catch (e) {
      // The dialog stays open with what was typed, and says what to change.
      return setLabelsError(errorMessage(t, e));
    }
    setLabelsError(undefined);
    setLabels({ ...labels, open: false });
    void output(
      {
        kind: 'box-labels',
        input: {
          fondsName: fonds.name,
          fondsNumber: fonds.number,
          // Each label carries its box's code (QR), as a processing job's labels do.
          boxes: picked.map((b) => boxLabelEntry(b, all, { adminCode: owner?.adminCode ?? '', fondsNumber: fonds.number })),
          options: { widthMm: width, heightMm: height, startSlot: slot },
        },
      },
      t('dossiers.printLabels'),
      `nhan-hop-${fileSlug(fonds.number || fonds.name)}${labelsFileSuffix(picked, boxes.length)}.pdf`,
    );
  };

  const labelsField = useRef<InputRef>(null);
  const labelsEnter = useEnterToSave(() => void printLabels());
  const planField = useRef<InputRef>(null);
  const planEnter = useEnterToSave(() => void printPlan());
  return (
    <Space>
      {/* Opened by a click and kept open until a choice or a click elsewhere: its list of
          inventories is read when it opens, and a menu that closes when the pointer strays
          while the list grows loses the click. */}
      <KeyMenu
        onOpenChange={(open) => void (open && readHeld())}
        menu={{
          items: [
            { key: 'plan', label: t('dossiers.printPlan', { year }), onClick: () => void openPlan() },
            { key: 'covers', label: t('dossiers.printCovers', { year }), onClick: () => void printClosed('covers') },
            { key: 'closing', label: t('dossiers.printClosing', { year }), onClick: () => void printClosed('closing') },
            ...(inventories.length === 0
              ? [{ key: 'none', label: held ? t('dossiers.noInventory') : t('common.loading'), disabled: true }]
              : inventories.map((i) => ({ key: `inv-${i}`, label: `${t('dossiers.printInventory', { inventory: i })} (${inventoryKind(i)})`, onClick: () => void printInventory(i) }))),
            { key: 'labels', label: t('dossiers.printLabels'), disabled: !held || held.boxes.length === 0, onClick: () => setLabels({ ...labels, open: true }) },
          ],
        }}
      >
        <Button ref={outputsButton} loading={busy || papers.busy} data-testid="dossier-outputs">{t('dossiers.outputs')}</Button>
      </KeyMenu>
      <Dialog open={plan.open} title={t('dossiers.printPlan', { year })} openOn={planField} onCancel={() => setPlan({ ...plan, open: false })} onOk={() => void printPlan()} okText={t('dossiers.planPrint')} cancelText={t('common.close')}>
        <Typography.Paragraph type="secondary">{t('dossiers.planDecisionHelp')}</Typography.Paragraph>
        <Form layout="vertical" component="div" onKeyDownCapture={planEnter.onKeyDownCapture}>
          <Form.Item label={t('dossiers.planDecisionNumber')} {...planError('number')}>
            <Input ref={planField} value={plan.number} onChange={(e) => setPlan({ ...plan, number: e.target.value, issues: plan.issues.filter((i) => i.field !== 'number') })} placeholder="05/QĐ-UBND" data-testid="plan-decision-number" autoFocus />
          </Form.Item>
          <Form.Item label={t('dossiers.planDecisionDate')} {...planError('date')}>
            <Input value={plan.date} onChange={(e) => setPlan({ ...plan, date: e.target.value, issues: plan.issues.filter((i) => i.field !== 'date') })} placeholder={`05/01/${year}`} style={{ width: 160 }} data-testid="plan-decision-date" />
          </Form.Item>
          <Form.Item label={t('dossiers.planDecisionIssuer')} {...planError('issuer')}>
            <Input value={plan.issuer} onChange={(e) => setPlan({ ...plan, issuer: e.target.value, issues: plan.issues.filter((i) => i.field !== 'issuer') })} data-testid="plan-decision-issuer" />
          </Form.Item>
        </Form>
      </Dialog>
      <Dialog open={labels.open} title={t('dossiers.labelsTitle')} openOn={labelsField} onCancel={() => setLabels({ ...labels, open: false })} onOk={() => void printLabels()} okText={t('dossiers.printLabels')} cancelText={t('common.close')}>
        <Form layout="vertical" component="div" onKeyDownCapture={labelsEnter.onKeyDownCapture}>
          <Form.Item label={t('dossiers.labelsSize')} extra={t('dossiers.labelsSizeHelp')}>
            <Space>
              <NumberInput ref={labelsField} min={40} max={190} value={labels.width} onChange={(width) => setLabels((l) => ({ ...l, width }))} aria-label={t('dossiers.labelsWidth')} autoFocus />
              <Typography.Text>×</Typography.Text>
              <NumberInput min={40} max={277} value={labels.height} onChange={(height) => setLabels((l) => ({ ...l, height }))} aria-label={t('dossiers.labelsHeight')} />
            </Space>
          </Form.Item>
          <Form.Item label={t('dossiers.labelsStartSlot')}>
            <NumberInput min={1} max={30} value={labels.slot} onChange={(slot) => setLabels((l) => ({ ...l, slot }))} aria-label={t('dossiers.labelsStartSlot')} />
          </Form.Item>
          <BoxRangeFields
            value={labels.range}
            onChange={(next) => (setLabelsError(undefined), setLabels((l) => ({ ...l, range: next(l.range) })))}
            inventories={inventoriesOfBoxes}
            field={(which, label, control) => (
              <Form.Item key={which} label={label} {...(which === 'boxes' ? { extra: t('dossiers.labelsBoxesHelp') } : {})}>
                {control}
              </Form.Item>
            )}
            testIdPrefix="labels"
          />
          {labelsError && <Alert type="error" showIcon title={labelsError} data-testid="labels-error" />}
        </Form>
      </Dialog>
    </Space>
  );
}
