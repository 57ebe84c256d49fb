/**
 * Printed outputs of a fonds: the year's file plan (Danh mục hồ sơ, PL V.II), an inventory
 * (Mục lục hồ sơ, PL V.III) of the numbered dossiers, and box labels — rendered in the PDF
 * worker and shown in the print preview (print or save from there). What an output prints is read
 * when it is asked for (the inventories when the menu opens), never when the page opens.
 */
import { useRef, useState } from 'react';
import { App, Button, Dropdown, Form, Space, Typography, type InputRef } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { fileSlug, isoDate } from '../../core/format';
import { boxContents, inventoryRows } from '../../core/dossiers/inventory';
import { formatRetention } from '../../core/dossiers/rules';
import { numberRange } from '../../core/registers/numbering';
import type { Dossier } from '../../core/dossiers/types';
import type { Fonds } from '../../core/unit';
import { placeOfUnit } from '../../core/unit';
import { fondsForeword } from '../../core/duties/fonds';
import { useDb, useSession } from '../../db/context';
import { getUnit } from '../../db/repositories/unit-repository';
import { listBoxes, listDossiers } from '../../db/repositories/dossier-repository';
import { orderForList } from '../../db/repositories/dossier-list-repository';
import { errorMessage } from '../../i18n';
import { usePrintPdf } from '../../hooks/usePrintPdf';
import { Dialog } from '../../components/Dialog';
import { NumberInput } from '../../components/NumberInput';
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
  const [labels, setLabels] = useState<{ open: boolean; width: number | undefined; height: number | undefined; slot: number | undefined }>({ open: false, width: 80, height: 120, slot: 1 });
  /** The fonds' dossiers (not removed) and boxes, read when the menu opens. */
  const [held, setHeld] = useState<{ live: Dossier[]; boxes: number }>();
  const readHeld = async () => {
    const [all, boxes] = await Promise.all([listDossiers(db, fonds.id), listBoxes(db, fonds.id)]);
    setHeld({ live: all.filter((d) => !d.deleted), boxes: boxes.length });
    return { all, boxes };
  };
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

  const output = async (job: PdfJob, title: string, fileName: string) => {
    setBusy(true);
    try {
      await printPdf(title, fileName, await renderPdfJob(job));
    } catch (e) {
      void message.error(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  const printPlan = async () => {
    // In the list's own order (heading by its numeral, then notation): the printed plan reads as the screen does.
    // The plan is what the office files in the year: a backlog job's slips are described in its own inventory and
    // discard list (they were printed here as the year's dossiers, one set aside to discard among them).
    const ofYear = orderForList((await listDossiers(db, fonds.id, year)).filter((d) => d.source !== 'backlog'), { year, showDeleted: false });
    const rows = ofYear.map((d) => ({ heading: d.heading, notation: d.notation, title: d.title, retention: formatRetention(d.retention), keeper: d.keeper, note: d.note }));
    const permanent = ofYear.filter((d) => d.retention === 'permanent').length;
    void output(
      { kind: 'file-plan', input: { unit: bookUnit, year, rows, counts: { total: ofYear.length, permanent, fixedTerm: ofYear.length - permanent } } },
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
    await papers.print(kind, closed, kind === 'covers' ? t('dossiers.printCovers', { year }) : t('dossiers.printClosing', { year }), kind === 'covers' ? `bia-ho-so-nam-${year}` : `chung-tu-ket-thuc-nam-${year}`);
  };

  const printInventory = async (inventory: number) => {
    const { all, boxes } = await readHeld();
    const inside = all.filter((d) => !d.deleted && d.inventoryNumber === inventory && d.fileNumber !== undefined);
    const years = numberRange(inside.map((d) => d.year));
    void output(
      {
        kind: 'dossier-inventory',
        input: {
          unit: bookUnit,
          fonds: { name: fonds.name, number: fonds.number },
          inventoryNumber: inventory,
          ...(years ? { fromYear: years.min, toYear: years.max } : {}),
          sections: [{ heading: '', rows: inventoryRows(inside, boxes) }],
          options: { date: new Date(), preparer: session.operator, foreword: fondsForeword(fonds) },
        },
      },
      t('dossiers.printInventory', { inventory }),
      `muc-luc-ho-so-${fileSlug(fonds.number || fonds.name)}-so-${inventory}-${isoDate(new Date())}.pdf`,
    );
  };

  const printLabels = async () => {
    const { width, height, slot } = labels;
    // A size still red is never printed with the old one.
    if (width === undefined || height === undefined || slot === undefined) return void message.error(t('common.fixNumbers'));
    setLabels({ ...labels, open: false });
    const { all, boxes } = await readHeld();
    const contents = boxes.map((b) => boxContents(b, all));
    const inv = new Map(boxes.map((b) => [b.id, b.inventoryNumber]));
    void output(
      {
        kind: 'box-labels',
        input: {
          fondsName: fonds.name,
          fondsNumber: fonds.number,
          boxes: contents.map((c) => ({ ...c, ...(inv.get(c.boxId) !== undefined ? { inventoryNumber: inv.get(c.boxId)! } : {}) })),
          options: { widthMm: width, heightMm: height, startSlot: slot },
        },
      },
      t('dossiers.printLabels'),
      `nhan-hop-${fileSlug(fonds.number || fonds.name)}.pdf`,
    );
  };

  const labelsField = useRef<InputRef>(null);
  const labelsEnter = useEnterToSave(() => void printLabels());
  return (
    <Space>
      {/* Opened by a click and kept open until a choice or a click elsewhere: its list of
          inventories is read when it opens, and a menu that closes when the pointer strays
          while the list grows loses the click. */}
      <Dropdown
        trigger={['click']}
        onOpenChange={(open) => void (open && readHeld())}
        menu={{
          items: [
            { key: 'plan', label: t('dossiers.printPlan', { year }), onClick: () => void printPlan() },
            { key: 'covers', label: t('dossiers.printCovers', { year }), onClick: () => void printClosed('covers') },
            { key: 'closing', label: t('dossiers.printClosing', { year }), onClick: () => void printClosed('closing') },
            ...(inventories.length === 0
              ? [{ key: 'none', label: held ? t('dossiers.noInventory') : t('common.loading'), disabled: true }]
              : inventories.map((i) => ({ key: `inv-${i}`, label: `${t('dossiers.printInventory', { inventory: i })} (${inventoryKind(i)})`, onClick: () => void printInventory(i) }))),
            { key: 'labels', label: t('dossiers.printLabels'), disabled: !held || held.boxes === 0, onClick: () => setLabels({ ...labels, open: true }) },
          ],
        }}
      >
        <Button loading={busy || papers.busy} data-testid="dossier-outputs">{t('dossiers.outputs')}</Button>
      </Dropdown>
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
        </Form>
      </Dialog>
    </Space>
  );
}
