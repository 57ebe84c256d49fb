/**
 * An open file's period and sheet count: as written (when it is closed), else as the documents listed in it give them
 * (db dossier-doc-repository.ts `closingProposal`), said as such — in the drawer's details with the words, in the list
 * greyed with them as its hint. One choice for both (the list's columns stood empty until closing).
 */
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { documentPeriod } from '../../core/dossiers/inventory';
import type { Dossier } from '../../core/dossiers/types';
import type { ClosingProposal } from '../../db/repositories/dossier-doc-repository';

/** A figure shown, and whether it comes from the listed documents (not written yet). */
export type Figure = { readonly text: string; readonly listed: boolean };

/** The file's period and sheets as written, else from `proposal` (given only for an open file of this unit, not a slip). */
export function figuresOf(d: Dossier, proposal: ClosingProposal | undefined): { period: Figure; sheets: Figure } {
  const period = d.startDate || !proposal?.startDate ? { text: documentPeriod(d.startDate, d.endDate, d.startPrecision, d.endPrecision), listed: false } : { text: documentPeriod(proposal.startDate, proposal.endDate, proposal.startPrecision, proposal.endPrecision), listed: true };
  const sheets = d.sheetCount !== undefined || proposal?.sheetCount === undefined ? { text: d.sheetCount !== undefined ? String(d.sheetCount) : '', listed: false } : { text: String(proposal.sheetCount), listed: true };
  return { period, sheets };
}

/** A figure, with what it comes from when taken from the listed documents; `compact`: greyed, the words as its hint. */
export function FromDocuments({ figure, testId, compact = false }: { figure: Figure; testId: string; compact?: boolean }) {
  const { t } = useTranslation();
  if (!figure.listed) return <>{figure.text}</>;
  if (compact)
    return (
      <span className="entry-listed" title={t('dossiers.listedHint')} aria-label={`${figure.text} ${t('dossiers.fromListedDocs')}`} data-testid={testId}>
        {figure.text}
      </span>
    );
  return (
    <span data-testid={testId}>
      {figure.text} <Typography.Text type="secondary">{t('dossiers.fromListedDocs')}</Typography.Text>
    </span>
  );
}
