/**
 * Renders the long printed outputs (register books, follow-up books, stamp sheets, file plans,
 * inventories, box labels, and the processing forms: handover records, slips, covers, closing
 * certificates, discard lists, the archival inventory, the final report) off the UI thread: the
 * worker builds the pdfmake definition from plain data, reports progress, and returns the bytes.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { registerBookDefinition, type RegisterBookInput } from './definitions/register-book';
import { followUpBookDefinition, type FollowUpBookInput } from './definitions/follow-up-book';
import { arrivalStampDefinition, type ArrivalStampInput } from './definitions/arrival-stamp';
import { dossierInventoryDefinition, type DossierInventoryInput } from './definitions/dossier-inventory';
import { boxLabelsDefinition, type BoxLabelInput } from './definitions/box-labels';
import { filePlanDefinition, type FilePlanInput } from './definitions/file-plan';
import { handoverRecordDefinition, type HandoverInput } from './definitions/handover-record';
import { descriptionSlipsDefinition, type DescriptionSlipsInput } from './definitions/description-slips';
import { fileCoversDefinition, type FileCoversInput } from './definitions/file-covers';
import { closingCertificateDefinition, type ClosingCertificateInput } from './definitions/closing-certificate';
import { discardListDefinition, discardNoteDefinition, type DiscardListInput, type DiscardNoteInput } from './definitions/discard-list';
import { archivalInventoryDefinition, type ArchivalInventoryInput } from './definitions/archival-inventory';
import { processingReportDefinition, type ProcessingReportInput } from './definitions/processing-report';
import { renderPdfInBrowser } from './browser-render';

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
  | { readonly kind: 'processing-report'; readonly input: ProcessingReportInput };

export type PdfRequest = { readonly id: number; readonly job: PdfJob };
export type PdfResponse =
  | { readonly id: number; readonly ok: true; readonly data: Uint8Array }
  | { readonly id: number; readonly ok: false; readonly message: string }
  /** Share done, 0–1: the definition is built at 0.05, pdfmake writes the rest. */
  | { readonly id: number; readonly progress: number };

export function definitionOf(job: PdfJob): TDocumentDefinitions {
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
      return archivalInventoryDefinition(job.input);
    case 'processing-report':
      return processingReportDefinition(job.input);
  }
}

self.onmessage = async (e: MessageEvent<PdfRequest>) => {
  const { id, job } = e.data;
  const post = (m: PdfResponse, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);
  try {
    const definition = definitionOf(job);
    post({ id, progress: 0.05 });
    let last = 0;
    const data = await renderPdfInBrowser(definition, (f) => {
      // A message per percent at most.
      if (f - last < 0.01 && f < 1) return;
      last = f;
      post({ id, progress: 0.05 + 0.95 * f });
    });
    post({ id, ok: true, data }, [data.buffer]);
  } catch (err) {
    post({ id, ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
