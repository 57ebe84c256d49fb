/** The PDF worker seen from the UI: one worker for the app, started on first use (see workers/worker-handle.ts). */
import type { PdfJob, PdfWorkerApi } from './pdf.worker';
import { workerHandle } from '../workers/worker-handle';

const pdfWorker = workerHandle<PdfWorkerApi>('pdf', () => new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module', name: 'luutru-pdf' }));

/**
 * Renders a job off the UI thread; `onProgress` hears the share done (0–1). Rejects with
 * AppError('worker.crashed') if the worker dies.
 */
export function renderPdfJob(job: PdfJob, onProgress?: (fraction: number) => void): Promise<Uint8Array> {
  return pdfWorker.call((api, during) => (onProgress ? api.render(job, during(onProgress)) : api.render(job)));
}
