/**
 * The printed outputs the app renders (in the PDF worker, and in tests through the same code):
 * each job's pure definition builder, and how a job is turned into bytes. A book states its
 * page count in its closing line; pdfmake can only write that count as a page reference,
 * without the leading zero the form uses ("01 … 02"), so a book of fewer than ten pages is
 * laid out a second time with the count written in.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { registerBookDefinition, type RegisterBookInput } from './definitions/register-book';
import { followUpBookDefinition, type FollowUpBookInput } from './definitions/follow-up-book';
import { arrivalStampDefinition, type ArrivalStampInput } from './definitions/arrival-stamp';
import { CLOSING_LEVEL, LAST_ROW_LEVEL, dossierInventoryDefinition, type ClosingLayout, type DossierInventoryInput } from './definitions/dossier-inventory';
import { boxLabelsDefinition, type BoxLabelInput } from './definitions/box-labels';
import { filePlanDefinition, type FilePlanInput } from './definitions/file-plan';
import { handoverRecordDefinition, type HandoverInput } from './definitions/handover-record';
import { descriptionSlipsDefinition, type DescriptionSlipsInput } from './definitions/description-slips';
import { fileCoversDefinition, LIST_LAST_ROW_LEVEL, LIST_TOTALS_LEVEL, type FileCoversInput } from './definitions/file-covers';
import { closingCertificateDefinition, type ClosingCertificateInput } from './definitions/closing-certificate';
import { discardListDefinition, discardNoteDefinition, type DiscardListInput, type DiscardNoteInput } from './definitions/discard-list';
import { archivalInventoryDefinition, type ArchivalInventoryInput } from './definitions/archival-inventory';
import { processingReportDefinition, type ProcessingReportInput } from './definitions/processing-report';
import { depositHandoverDefinition, depositInventoryDefinition, type DepositHandoverInput } from './definitions/deposit-handover';
import { councilMinutesDefinition, destroyedListDefinition, destructionMinutesDefinition, discardExplanationDefinition, discardListDefinition as appraisalDiscardListDefinition, type AppraisalPapersInput, type DestroyedListInput } from './definitions/appraisal-forms';
import { loanSlipDefinition, useRegisterDefinition, type LoanSlipInput, type UseRegisterRow, type LoanUnit } from './definitions/loan-forms';
import { statisticsReportDefinition, type StatisticsReportInput } from './definitions/statistics-report';

export type PdfJob =
  | { readonly kind: 'register-book'; readonly input: RegisterBookInput }
  | { readonly kind: 'follow-up-book'; readonly input: FollowUpBookInput }
  | { readonly kind: 'arrival-stamps'; readonly input: ArrivalStampInput }
  | { readonly kind: 'dossier-inventory'; readonly input: DossierInventoryInput }
  | { readonly kind: 'box-labels'; readonly input: BoxLabelInput }
  | { readonly kind: 'file-plan'; readonly input: FilePlanInput }
  | { readonly kind: 'handover-record'; readonly input: HandoverInput }
  | { readonly kind: 'description-slips'; readonly input: DescriptionSlipsInput }
  | { readonly kind: 'file-covers'; readonly input: FileCoversInput }
  | { readonly kind: 'closing-certificate'; readonly input: ClosingCertificateInput }
  | { readonly kind: 'discard-list'; readonly input: DiscardListInput }
  | { readonly kind: 'discard-note'; readonly input: DiscardNoteInput }
  | { readonly kind: 'archival-inventory'; readonly input: ArchivalInventoryInput }
  | { readonly kind: 'processing-report'; readonly input: ProcessingReportInput }
  | { readonly kind: 'deposit-inventory'; readonly input: Parameters<typeof depositInventoryDefinition>[0] }
  | { readonly kind: 'deposit-handover'; readonly input: DepositHandoverInput }
  | { readonly kind: 'appraisal-discard-list' | 'discard-explanation' | 'council-minutes' | 'destruction-minutes'; readonly input: AppraisalPapersInput }
  | { readonly kind: 'destroyed-list'; readonly input: DestroyedListInput }
  | { readonly kind: 'loan-slip'; readonly input: LoanSlipInput }
  | { readonly kind: 'use-register'; readonly input: { readonly unit: LoanUnit; readonly year: number; readonly rows: readonly UseRegisterRow[] } }
  | { readonly kind: 'statistics-report'; readonly input: StatisticsReportInput };

/** The definition of a job; `pageCount`, when known, is written into a book's closing line. */
export function definitionOf(job: PdfJob, pageCount?: number, layout: ClosingLayout = {}): TDocumentDefinitions {
  const pages = pageCount !== undefined ? { pageCount } : {};
  switch (job.kind) {
    case 'register-book':
      return registerBookDefinition({ ...job.input, ...pages });
    case 'follow-up-book':
      return followUpBookDefinition({ ...job.input, ...pages });
    case 'arrival-stamps':
      return arrivalStampDefinition(job.input);
    case 'dossier-inventory':
      return dossierInventoryDefinition(job.input, layout);
    case 'box-labels':
      return boxLabelsDefinition(job.input);
    case 'file-plan':
      return filePlanDefinition(job.input);
    case 'handover-record':
      return handoverRecordDefinition(job.input);
    case 'description-slips':
      return descriptionSlipsDefinition(job.input);
    case 'file-covers':
      return fileCoversDefinition(job.input);
    case 'closing-certificate':
      return closingCertificateDefinition(job.input);
    case 'discard-list':
      return discardListDefinition(job.input);
    case 'discard-note':
      return discardNoteDefinition(job.input);
    case 'archival-inventory':
      return archivalInventoryDefinition(job.input, layout);
    case 'processing-report':
      return processingReportDefinition(job.input);
    case 'deposit-inventory':
      return depositInventoryDefinition(job.input);
    case 'deposit-handover':
      return depositHandoverDefinition(job.input);
    case 'appraisal-discard-list':
      return appraisalDiscardListDefinition(job.input);
    case 'discard-explanation':
      return discardExplanationDefinition(job.input);
    case 'council-minutes':
      return councilMinutesDefinition(job.input);
    case 'destruction-minutes':
      return destructionMinutesDefinition(job.input);
    case 'destroyed-list':
      return destroyedListDefinition(job.input);
    case 'loan-slip':
      return loanSlipDefinition(job.input);
    case 'use-register':
      return useRegisterDefinition(job.input);
    case 'statistics-report':
      return statisticsReportDefinition(job.input);
  }
}

type Render = (definition: TDocumentDefinitions, onProgress?: (fraction: number) => void) => Promise<Uint8Array>;

/**
 * Renders, noting the page count pdfmake passes to the footer, whether the closing block of a
 * list (marked `CLOSING_LEVEL`, the document's end) stands alone on the last page — the list's last
 * row (marked `LAST_ROW_LEVEL`) is on an earlier one —, and which cover lists' totals stand alone
 * the same way (`listsAlone`, file-covers.ts levels). pdfmake asks about every line; these answer at once.
 */
async function renderCounting(render: Render, definition: TDocumentDefinitions, onProgress?: (fraction: number) => void): Promise<{ bytes: Uint8Array; pages: number; closingAlone: boolean; listsAlone: Set<number> }> {
  let pages = 0;
  let closing = false;
  let lastRowPage = 0;
  /** Per cover list (file-covers.ts levels): the page of its last document row, and of its totals. */
  const listRowPage = new Map<number, number>();
  const listTotalsPage = new Map<number, number>();
  const footer = definition.footer;
  const bytes = await render(
    {
      ...definition,
      footer: (page, count, size) => {
        pages = count;
        return typeof footer === 'function' ? footer(page, count, size) : (footer ?? null);
      },
      pageBreakBefore: (node) => {
        if (node.headlineLevel === CLOSING_LEVEL) closing = true;
        if (node.headlineLevel === LAST_ROW_LEVEL) lastRowPage = Math.max(lastRowPage, ...node.pageNumbers);
        const level = node.headlineLevel;
        if (typeof level === 'number' && level >= LIST_LAST_ROW_LEVEL) {
          const [pagesOf, i] = level >= LIST_TOTALS_LEVEL ? [listTotalsPage, level - LIST_TOTALS_LEVEL] : [listRowPage, level - LIST_LAST_ROW_LEVEL];
          pagesOf.set(i, Math.max(pagesOf.get(i) ?? 0, ...node.pageNumbers));
        }
        return false;
      },
    },
    onProgress,
  );
  // The closing ends the document: with the list's last row on an earlier page, it is alone on the last.
  // A cover list's totals on a later page than its last row stand there under the heading rows alone.
  const listsAlone = new Set([...listTotalsPage].filter(([i, page]) => page > (listRowPage.get(i) ?? page)).map(([i]) => i));
  return { bytes, pages, closingAlone: closing && lastRowPage > 0 && lastRowPage < pages, listsAlone };
}

/**
 * Turns a job into PDF bytes with `render` (the browser's or Node's pdfmake with the Tinos
 * fonts). `onProgress` hears the share done, 0–1: the definition is built at 0.05, pdfmake
 * writes the rest (a short book laid out again for its page count just ends at 1; an inventory's or
 * a batch of covers' first layout takes it to 0.6, a second one — its closing or totals kept with rows — the rest).
 */
export async function renderJob(job: PdfJob, render: Render, onProgress?: (fraction: number) => void): Promise<Uint8Array> {
  const definition = definitionOf(job);
  const inventory = job.kind === 'archival-inventory' || job.kind === 'dossier-inventory';
  // Lists that may be laid out a second time (their closing or totals kept with rows) leave it room in the progress.
  const twice = inventory || job.kind === 'file-covers';
  const share = twice ? 0.55 : 0.95;
  onProgress?.(0.05);
  let last = 0;
  const first = await renderCounting(render, definition, (f) => {
    // A report per percent at most.
    if (f - last < 0.01 && f < 1) return;
    last = f;
    onProgress?.(0.05 + share * f);
  });
  // A list whose count and signature came out alone on the last page is laid out again with its last rows there too.
  if (first.closingAlone && inventory) return render(definitionOf(job, undefined, { carryRows: true }), (f) => onProgress?.(0.6 + 0.4 * f));
  // Cover lists whose totals came out alone are laid out again with their last rows there too (their pages only move).
  if (job.kind === 'file-covers' && first.listsAlone.size > 0) return render(fileCoversDefinition(job.input, first.listsAlone), (f) => onProgress?.(0.6 + 0.4 * f));
  if (twice) onProgress?.(1);
  if (job.kind !== 'register-book' && job.kind !== 'follow-up-book') return first.bytes;
  let { bytes, pages } = first;
  // Ten pages and more already read "12 … 12"; writing the count in never adds a line, and in
  // the rare case it saves one the layout is redone with the new count.
  for (let tries = 0; pages > 0 && pages < 10 && tries < 3; tries++) {
    const again = await renderCounting(render, definitionOf(job, pages));
    bytes = again.bytes;
    if (again.pages === pages) break;
    pages = again.pages;
  }
  return bytes;
}
