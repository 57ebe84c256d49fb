/**
 * The papers of closed dossiers (Art. 29.4): the cover (bìa hồ sơ) with the list of documents
 * inside it (mục lục văn bản) on its back, and the closing certificate (chứng từ kết thúc) every
 * closed file needs. Printed for a year's closed dossiers (the dossiers page's print menu) or for
 * one just closed (its drawer): an archivist who closed one file reprinted the whole year's covers.
 */
import { useCallback, useState } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { fileSlug, isoDate } from '../../core/format';
import { fileCode, formatRetention } from '../../core/dossiers/rules';
import { formatEnd } from '../../core/processing/period';
import type { Dossier } from '../../core/dossiers/types';
import { placeOfUnit, type Fonds, type UnitProfile } from '../../core/unit';
import { useDb } from '../../db/context';
import { docRowsOfDossiers } from '../../db/repositories/dossier-doc-repository';
import { getClosingLines } from '../../db/repositories/dossier-repository';
import { getFonds, getUnit } from '../../db/repositories/unit-repository';
import { errorMessage } from '../../i18n';
import { usePrintPdf } from '../../hooks/usePrintPdf';
import { renderPdfJob } from '../../pdf/pdf-client';
import type { CoverDossier } from '../../pdf/definitions/file-covers';
import type { ClosingDossier } from '../../pdf/definitions/closing-certificate';
import type { DocRow } from '../../core/processing/documents';


/**
 * A dossier's code on its papers: its số, ký hiệu of the plan ("04.TH": the Mục lục văn bản is headed by it), a backlog
 * dossier's archive code once its fonds has a number ('' before: it read "….1.9"; the papers give its numbers apart).
 */
export function paperCode(d: Pick<Dossier, 'notation' | 'inventoryNumber' | 'fileNumber'>, fondsNumber: string): string {
  return d.notation || (fondsNumber ? (fileCode(fondsNumber, d) ?? '') : '');
}

/** A closed dossier's cover, its documents on the back. */
export function coverOf(d: Dossier, unit: Pick<UnitProfile, 'name' | 'parentName'> | undefined, fonds: Pick<Fonds, 'number'>, docs: readonly DocRow[]): CoverDossier {
  return {
    parentName: unit?.parentName ?? '',
    agencyName: unit?.name ?? '',
    code: paperCode(d, fonds.number),
    title: d.title,
    // Each end as it is known: "12/03/1998", "03/1998" or "1998" (a dossier closed as "3/2025" printed "01/03/2025").
    from: d.startDate ? formatEnd(d.startDate, d.startPrecision ?? 'day') : '',
    to: d.endDate ? formatEnd(d.endDate, d.endPrecision ?? 'day') : '',
    ...(d.sheetCount !== undefined ? { sheets: d.sheetCount } : {}),
    retention: formatRetention(d.retention),
    fondsNumber: fonds.number,
    ...(d.inventoryNumber !== undefined ? { inventoryNumber: d.inventoryNumber } : {}),
    ...(d.fileNumber !== undefined ? { fileNumber: d.fileNumber } : {}),
    year: d.year,
    docs,
  };
}

/**
 * A closed dossier's closing certificate: its sheets, the one sheet of its list of documents when
 * it has one (a permanent file's Mục lục văn bản), the day it was closed and who keeps it.
 */
export function closingOf(d: Dossier, fonds: Pick<Fonds, 'number'>, docs: readonly DocRow[]): ClosingDossier {
  const code = paperCode(d, fonds.number);
  return {
    // Named by its code (paperCode); where the code does not carry its numbers (a file of the plan, a fonds not numbered
    // yet), the archive's numbers say where it is shelved.
    code,
    ...((d.notation || !fonds.number) && d.fileNumber !== undefined && d.inventoryNumber !== undefined ? { shelved: { fondsNumber: fonds.number, inventoryNumber: d.inventoryNumber, fileNumber: d.fileNumber } } : {}),
    title: d.title,
    ...(d.sheetCount !== undefined ? { sheets: d.sheetCount } : {}),
    ...(d.pageCount !== undefined ? { pages: d.pageCount } : {}),
    ...(docs.length ? { listSheets: 1 } : {}),
    features: d.condition && d.condition !== 'Tốt' ? d.condition : '',
    ...(d.closedAt ? { closedOn: d.closedAt } : {}),
    // Who made the file; a backlog file's slip names no keeper: who wrote its slip (else, on an older one, who changed it last).
    preparer: d.keeper || d.enteredBy || d.changedBy,
  };
}

/** Prints the covers or the closing certificates of `dossiers` (closed ones, in the order given), in the print preview. */
export function useDossierPapers() {
  const { t } = useTranslation();
  const db = useDb();
  const printPdf = usePrintPdf();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const print = useCallback(
    /** `returnTo`: the button the print was started from (usePrintPdf). */
    async (kind: 'covers' | 'closing', dossiers: readonly Dossier[], title: string, name: string, returnTo?: HTMLElement | null) => {
      const first = dossiers[0];
      if (!first) return;
      setBusy(true);
      try {
        const fonds = await getFonds(db, first.fondsId);
        const unit = fonds && (await getUnit(db, fonds.unitId));
        const numbered = { number: fonds?.number ?? '' };
        const docs = await docRowsOfDossiers(db, dossiers.map((d) => d.id), unit?.name ?? '');
        const job =
          kind === 'covers'
            ? ({ kind: 'file-covers', input: { dossiers: dossiers.map((d) => coverOf(d, unit, numbered, docs.get(d.id) ?? [])), options: { stock: 'a4' } } } as const)
            : ({ kind: 'closing-certificate', input: { agencyName: unit?.name ?? '', parentName: unit?.parentName ?? '', place: placeOfUnit(unit?.name ?? ''), lines: await getClosingLines(db), dossiers: dossiers.map((d) => closingOf(d, numbered, docs.get(d.id) ?? [])) } } as const);
        await printPdf(title, `${name}-${fileSlug(fonds?.number || fonds?.name || '')}-${isoDate(new Date())}.pdf`, await renderPdfJob(job), returnTo);
      } catch (e) {
        void message.error(errorMessage(t, e));
      } finally {
        setBusy(false);
      }
    },
    [db, printPdf, message, t],
  );
  return { print, busy };
}
