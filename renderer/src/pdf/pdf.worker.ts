/**
 * Renders the long printed outputs (register books, follow-up books, stamp sheets, file plans,
 * inventories, box labels) off the UI thread: the worker builds the pdfmake definition from plain data and returns the bytes.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { registerBookDefinition, type RegisterBookInput } from './definitions/register-book';
import { followUpBookDefinition, type FollowUpBookInput } from './definitions/follow-up-book';
import { arrivalStampDefinition, type ArrivalStampInput } from './definitions/arrival-stamp';
import { dossierInventoryDefinition, type DossierInventoryInput } from './definitions/dossier-inventory';
import { boxLabelsDefinition, type BoxLabelInput } from './definitions/box-labels';
import { filePlanDefinition, type FilePlanInput } from './definitions/file-plan';
import { renderPdfInBrowser } from './browser-render';

export type PdfJob =
  | { readonly kind: 'register-book'; readonly input: RegisterBookInput }
  | { readonly kind: 'follow-up-book'; readonly input: FollowUpBookInput }
  | { readonly kind: 'arrival-stamps'; readonly input: ArrivalStampInput }
  | { readonly kind: 'dossier-inventory'; readonly input: DossierInventoryInput }
  | { readonly kind: 'box-labels'; readonly input: BoxLabelInput }
  | { readonly kind: 'file-plan'; readonly input: FilePlanInput };

export type PdfRequest = { readonly id: number; readonly job: PdfJob };
export type PdfResponse = { readonly id: number; readonly ok: true; readonly data: Uint8Array } | { readonly id: number; readonly ok: false; readonly message: string };

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
  }
}

self.onmessage = async (e: MessageEvent<PdfRequest>) => {
  const { id, job } = e.data;
  try {
    const data = await renderPdfInBrowser(definitionOf(job));
    (self as unknown as Worker).postMessage({ id, ok: true, data } satisfies PdfResponse, [data.buffer]);
  } catch (err) {
    (self as unknown as Worker).postMessage({ id, ok: false, message: err instanceof Error ? err.message : String(err) } satisfies PdfResponse);
  }
};
