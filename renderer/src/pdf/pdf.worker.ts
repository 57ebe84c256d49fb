/**
 * Renders the printed outputs (register books, follow-up books, stamp sheets, file plans,
 * inventories, box labels, and the backlog processing's handover records, slips, covers,
 * discard lists, archival inventory and report, and the archive's duties: deposit, appraisal,
 * loan and statistics forms) off the UI thread: the worker builds the
 * pdfmake definition from plain data and returns the bytes, telling progress as it goes.
 */
import { expose, transfer } from 'comlink';
import { renderPdfInBrowser } from './browser-render';
import { renderJob, type PdfJob } from './jobs';
import { shareAppErrors } from '../workers/app-errors';

// Its AppErrors reach the page whole (code and params), so the clerk reads what to do.
shareAppErrors();

export type { PdfJob } from './jobs';

const api = {
  async render(job: PdfJob, onProgress?: (fraction: number) => void): Promise<Uint8Array> {
    const data = await renderJob(job, renderPdfInBrowser, onProgress);
    return transfer(data, [data.buffer as ArrayBuffer]);
  },
};
export type PdfWorkerApi = typeof api;

expose(api);
