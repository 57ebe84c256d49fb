/** Promise wrapper around the PDF worker; one worker for the app, started on first use. */
import type { PdfJob, PdfRequest, PdfResponse } from './pdf.worker';

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (d: Uint8Array) => void; reject: (e: Error) => void }>();

function ensureWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module', name: 'luutru-pdf' });
  worker.onmessage = (e: MessageEvent<PdfResponse>) => {
    const p = pending.get(e.data.id);
    if (!p) return;
    pending.delete(e.data.id);
    if (e.data.ok) p.resolve(e.data.data);
    else p.reject(new Error(e.data.message));
  };
  return worker;
}

export function renderPdfJob(job: PdfJob): Promise<Uint8Array> {
  const id = nextId++;
  const w = ensureWorker();
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ id, job } satisfies PdfRequest);
  });
}
