/**
 * Renders the long printed outputs (register books, follow-up books, stamp sheets, file plans,
 * inventories, box labels, and the archive's duties: deposit, appraisal, loan and statistics forms) off the UI thread: the worker builds the pdfmake definition from plain data and returns the bytes.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { registerBookDefinition, type RegisterBookInput } from './definitions/register-book';
import { followUpBookDefinition, type FollowUpBookInput } from './definitions/follow-up-book';
import { arrivalStampDefinition, type ArrivalStampInput } from './definitions/arrival-stamp';
import { dossierInventoryDefinition, type DossierInventoryInput } from './definitions/dossier-inventory';
import { boxLabelsDefinition, type BoxLabelInput } from './definitions/box-labels';
import { filePlanDefinition, type FilePlanInput } from './definitions/file-plan';
import { depositHandoverDefinition, depositInventoryDefinition, type DepositHandoverInput } from './definitions/deposit-handover';
import { councilMinutesDefinition, destructionMinutesDefinition, discardExplanationDefinition, discardListDefinition, type AppraisalPapersInput } from './definitions/appraisal-forms';
import { loanSlipDefinition, useRegisterDefinition, type LoanSlipInput, type UseRegisterRow, type LoanUnit } from './definitions/loan-forms';
import { statisticsReportDefinition, type StatisticsReportInput } from './definitions/statistics-report';
import { expose, transfer } from 'comlink';
import { renderPdfInBrowser } from './browser-render';

export type PdfJob =
  | { readonly kind: 'register-book'; readonly input: RegisterBookInput }
  | { readonly kind: 'follow-up-book'; readonly input: FollowUpBookInput }
  | { readonly kind: 'arrival-stamps'; readonly input: ArrivalStampInput }
  | { readonly kind: 'dossier-inventory'; readonly input: DossierInventoryInput }
  | { readonly kind: 'box-labels'; readonly input: BoxLabelInput }
  | { readonly kind: 'file-plan'; readonly input: FilePlanInput }
  | { readonly kind: 'deposit-inventory'; readonly input: Parameters<typeof depositInventoryDefinition>[0] }
  | { readonly kind: 'deposit-handover'; readonly input: DepositHandoverInput }
  | { readonly kind: 'discard-list' | 'discard-explanation' | 'council-minutes' | 'destruction-minutes'; readonly input: AppraisalPapersInput }
  | { readonly kind: 'loan-slip'; readonly input: LoanSlipInput }
  | { readonly kind: 'use-register'; readonly input: { readonly unit: LoanUnit; readonly year: number; readonly rows: readonly UseRegisterRow[] } }
  | { readonly kind: 'statistics-report'; readonly input: StatisticsReportInput };


function definitionOf(job: PdfJob): TDocumentDefinitions {
  switch (job.kind) {
    case 'register-book':
      return registerBookDefinition(job.input);
    case 'follow-up-book':
      return followUpBookDefinition(job.input);
    case 'arrival-stamps':
      return arrivalStampDefinition(job.input);
    case 'dossier-inventory':
      return dossierInventoryDefinition(job.input);
    case 'box-labels':
      return boxLabelsDefinition(job.input);
    case 'file-plan':
      return filePlanDefinition(job.input);
    case 'deposit-inventory':
      return depositInventoryDefinition(job.input);
    case 'deposit-handover':
      return depositHandoverDefinition(job.input);
    case 'discard-list':
      return discardListDefinition(job.input);
    case 'discard-explanation':
      return discardExplanationDefinition(job.input);
    case 'council-minutes':
      return councilMinutesDefinition(job.input);
    case 'destruction-minutes':
      return destructionMinutesDefinition(job.input);
    case 'loan-slip':
      return loanSlipDefinition(job.input);
    case 'use-register':
      return useRegisterDefinition(job.input);
    case 'statistics-report':
      return statisticsReportDefinition(job.input);
  }
}

const api = {
  async render(job: PdfJob): Promise<Uint8Array> {
    const data = await renderPdfInBrowser(definitionOf(job));
    return transfer(data, [data.buffer as ArrayBuffer]);
  },
};
export type PdfWorkerApi = typeof api;

expose(api);
