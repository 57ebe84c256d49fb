/** The data of an appraisal's printed papers (PL II, PL III, minutes), from its detail and its fonds. */
import type { TFunction } from 'i18next';
import { appraisalSummary, datedOnPrinting } from '../../core/duties/appraisal';
import { fondsForeword } from '../../core/duties/fonds';
import { documentPeriod } from '../../core/dossiers/inventory';
import { formatRetention } from '../../core/dossiers/rules';
import type { Fonds } from '../../core/unit';
import type { AppraisalDetail } from '../../db/repositories/appraisal-repository';
import type { AppraisalPapersInput, DestroyedListInput } from '../../pdf/definitions/appraisal-forms';
import type { Dossier } from '../../core/dossiers/types';
import { formatDate, isoDate } from '../../core/format';
import type { FormUnit } from './useOutputs';
import { dateOf, fileLabel, titleWithYear } from './labels';

export function appraisalPapers(t: TFunction, detail: AppraisalDetail, fonds: Fonds | undefined, unit: FormUnit, boxNumbers: ReadonlyMap<string, number>, preparer: string): AppraisalPapersInput {
  const now = new Date();
  const { appraisal: a, items, dossiers } = detail;
  const row = (id: string) => dossiers.get(id);
  const destroy = items.filter((i) => i.decision === 'destroy');
  const keep = items.filter((i) => i.decision === 'keep');
  return {
    unit,
    fonds: { name: fonds?.name ?? '', number: fonds?.number ?? '' },
    ...(datedOnPrinting(a.meetingDate, isoDate(now)) ? { date: now } : {}),
    preparer,
    rows: destroy.map((i) => {
      const d = row(i.dossierId);
      return { box: d?.boxId && boxNumbers.has(d.boxId) ? String(boxNumbers.get(d.boxId)) : '', file: d?.fileNumber !== undefined ? String(d.fileNumber) : (d?.notation ?? ''), title: d?.title ?? '', period: d ? documentPeriod(d.startDate, d.endDate) || String(d.year) : '', retention: d ? formatRetention(d.retention) : '', reason: i.reason, note: '' };
    }),
    kept: keep.map((i) => {
      const d = row(i.dossierId);
      return { file: d ? fileLabel(t, d) : '', title: d?.title ?? '', retention: i.newRetention !== undefined ? formatRetention(i.newRetention) : '', reason: i.reason };
    }),
    history: fonds ? fondsForeword(fonds) : [],
    summary: appraisalSummary(items, dossiers),
    council: { decision: a.councilDecision, members: a.members, ...(a.meetingDate ? { meetingDate: dateOf(a.meetingDate) } : {}), meetingPlace: a.meetingPlace, conclusion: a.conclusion },
    ...(a.decisionNumber || a.decisionDate || a.decisionSigner || a.destroyedOn || a.destructionPlace || a.destructionMethod
      ? {
          destruction: {
            decisionNumber: a.decisionNumber ?? '',
            ...(a.decisionDate ? { decisionDate: dateOf(a.decisionDate) } : {}),
            decisionSigner: a.decisionSigner ?? '',
            ...(a.destroyedOn ? { destroyedOn: dateOf(a.destroyedOn) } : {}),
            place: a.destructionPlace ?? '',
            method: a.destructionMethod ?? '',
          },
        }
      : {}),
  };
}

/** The standing list of destroyed dossiers (as `destroyedDossiers` reads them), oldest destruction first. */
export function destroyedList(t: TFunction, destroyed: readonly Dossier[], unit: FormUnit, preparer: string, date: Date = new Date()): DestroyedListInput {
  const rows = [...destroyed]
    .sort((a, b) => (a.destroyedAt ?? '').localeCompare(b.destroyedAt ?? '') || a.notation.localeCompare(b.notation, 'vi', { numeric: true }))
    .map((d) => ({
      file: fileLabel(t, d),
      title: titleWithYear(d),
      period: documentPeriod(d.startDate, d.endDate) || String(d.year),
      retention: formatRetention(d.retention),
      sheets: d.sheetCount !== undefined ? String(d.sheetCount) : '',
      decision: d.destructionDecisionNumber ? `Số ${d.destructionDecisionNumber}${d.destructionDecisionDate ? `\nngày ${formatDate(d.destructionDecisionDate)}` : ''}` : '',
      destroyedOn: formatDate(d.destroyedAt),
    }));
  return { unit, date, ...(preparer ? { preparer } : {}), rows };
}
