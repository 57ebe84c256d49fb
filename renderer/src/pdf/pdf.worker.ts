/**
 * Renders the long printed outputs (register books, follow-up books, stamp sheets, file plans,
 * inventories, box labels) off the UI thread: the worker builds the pdfmake definition from plain data and returns the bytes.
 */
import { renderPdfInBrowser } from './browser-render';
import { renderJob, type PdfJob } from './jobs';

export type { PdfJob } from './jobs';

export type PdfRequest = { readonly id: number; readonly job: PdfJob };
export type PdfResponse = { readonly id: number; readonly ok: true; readonly data: Uint8Array } | { readonly id: number; readonly ok: false; readonly message: string };

self.onmessage = async (e: MessageEvent<PdfRequest>) => {
  const { id, job } = e.data;
  try {
    const data = await renderJob(job, renderPdfInBrowser);
    (self as unknown as Worker).postMessage({ id, ok: true, data } satisfies PdfResponse, [data.buffer]);
  } catch (err) {
    (self as unknown as Worker).postMessage({ id, ok: false, message: err instanceof Error ? err.message : String(err) } satisfies PdfResponse);
  }
};
