/** Node-side file logic of the shell: atomic writes and size-limited reads (tested without Electron). */
import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Writes to a temp file in the same folder, fsyncs, then renames over the target: never a half-written file. */
export async function atomicWrite(target: string, data: Uint8Array): Promise<void> {
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  const handle = await open(tmp, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (e) {
    await handle.close();
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
  await handle.close();
  try {
    await rename(tmp, target);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

export const MAX_OPEN_BYTES = 512 * 1024 * 1024;

export async function readChosenFile(path: string, maxBytes = MAX_OPEN_BYTES): Promise<{ name: string; size: number; data: Uint8Array }> {
  const info = await stat(path);
  if (!info.isFile()) throw new Error('not a file');
  if (info.size > maxBytes) throw new Error(`file too large: ${info.size} > ${maxBytes}`);
  const data = new Uint8Array(await readFile(path));
  return { name: basename(path), size: data.byteLength, data };
}
