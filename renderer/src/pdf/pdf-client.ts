/** Promise wrapper around the PDF worker; one worker for the app, started on first use. Progress is reported 0–1. */
import type { PdfJob, PdfRequest, PdfResponse } from './pdf.worker';

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (d: Uint8Array) => void; reject: (e: Error) => void; progress?: (f: number) => void }>();

function ensureWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module', name: 'luutru-pdf' });
  worker.onmessage = (e: MessageEvent<PdfResponse>) => {
    const m = e.data;
    const p = pending.get(m.id);
    if (!p) return;
    if ('progress' in m) {
      p.progress?.(m.progress);
      return;
    }
    pending.delete(m.id);
    if (m.ok) p.resolve(m.data);
    else p.reject(new Error(m.message));
  };
  return worker;
}

export function renderPdfJob(job: PdfJob, onProgress?: (fraction: number) => void): Promise<Uint8Array> {
  const id = nextId++;
  const w = ensureWorker();
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, ...(onProgress ? { progress: onProgress } : {}) });
    w.postMessage({ id, job } satisfies PdfRequest);
  });
}
