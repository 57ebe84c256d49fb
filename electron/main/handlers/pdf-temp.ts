/**
 * Temporary PDF files for the print preview window (pdf:show): each file lives in the app's own
 * temp folder only while its window is open; files left by a crash are swept at the next start.
 * Node-side only, tested without Electron.
 */
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const PDF_TEMP_PREFIX = 'luutru-print-';

/** Writes the PDF into `dir` (created if needed) under a unique name; returns its path. */
export async function writeTempPdf(dir: string, data: Uint8Array, now: number = Date.now()): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${PDF_TEMP_PREFIX}${now}-${Math.random().toString(36).slice(2, 8)}.pdf`);
  await writeFile(file, data, { mode: 0o600 });
  return file;
}

/** Removes a temp PDF (its window closed); a missing file is not an error. */
export async function removeTempPdf(file: string): Promise<void> {
  await rm(file, { force: true });
}

/** Removes the app's temp PDFs older than `maxAgeMs` (left by a crash); returns how many. */
export async function sweepTempPdfs(dir: string, maxAgeMs: number, now: number = Date.now()): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!name.startsWith(PDF_TEMP_PREFIX) || !name.endsWith('.pdf')) continue;
    const file = join(dir, name);
    const info = await stat(file).catch(() => undefined);
    if (info && now - info.mtimeMs > maxAgeMs) {
      await rm(file, { force: true });
      removed++;
    }
  }
  return removed;
}
