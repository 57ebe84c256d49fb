/**
 * Streamed files for the shell (backups are too large to cross IPC in one message):
 * a write goes to a temp file beside the target and is fsynced and renamed into place only
 * on close (abort removes it: never a half-written backup); a read hands out pieces by
 * offset. Node-only, tested without Electron.
 */
import { open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

type WriteStream = { readonly handle: FileHandle; readonly tmp: string; readonly target: string; readonly onClosed?: (target: string) => Promise<void> };
type ReadStream = { readonly handle: FileHandle; readonly size: number };

export const MAX_READ_PIECE = 8 * 1024 * 1024;

export class StreamRegistry {
  private next = 1;
  private readonly writes = new Map<number, WriteStream>();
  private readonly reads = new Map<number, ReadStream>();

  /** Opens a temp file beside `target`; `onClosed` runs after it is in place (rotation of automatic backups). */
  async openWrite(target: string, onClosed?: (target: string) => Promise<void>): Promise<number> {
    const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
    const handle = await open(tmp, 'wx');
    const id = this.next++;
    this.writes.set(id, { handle, tmp, target, ...(onClosed ? { onClosed } : {}) });
    return id;
  }

  async write(id: number, data: Uint8Array): Promise<void> {
    const w = this.writes.get(id);
    if (!w) throw new Error('unknown stream');
    try {
      await w.handle.write(data);
    } catch (e) {
      await this.abort(id);
      throw e;
    }
  }

  /** Flushes to disk and renames into place; returns the final path. */
  async close(id: number): Promise<string> {
    const w = this.writes.get(id);
    if (!w) throw new Error('unknown stream');
    this.writes.delete(id);
    try {
      await w.handle.sync();
      await w.handle.close();
      await rename(w.tmp, w.target);
    } catch (e) {
      await w.handle.close().catch(() => undefined);
      await unlink(w.tmp).catch(() => undefined);
      throw e;
    }
    await w.onClosed?.(w.target);
    return w.target;
  }

  async abort(id: number): Promise<void> {
    const w = this.writes.get(id);
    if (!w) return;
    this.writes.delete(id);
    await w.handle.close().catch(() => undefined);
    await unlink(w.tmp).catch(() => undefined);
  }

  async openRead(path: string): Promise<{ id: number; name: string; size: number }> {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a file');
    const handle = await open(path, 'r');
    const id = this.next++;
    this.reads.set(id, { handle, size: info.size });
    return { id, name: basename(path), size: info.size };
  }

  async read(id: number, offset: number, length: number): Promise<Uint8Array> {
    const r = this.reads.get(id);
    if (!r) throw new Error('unknown stream');
    const n = Math.max(0, Math.min(length, MAX_READ_PIECE, r.size - offset));
    const buf = new Uint8Array(n);
    const { bytesRead } = await r.handle.read(buf, 0, n, offset);
    return buf.subarray(0, bytesRead);
  }

  async closeRead(id: number): Promise<void> {
    const r = this.reads.get(id);
    if (!r) return;
    this.reads.delete(id);
    await r.handle.close();
  }

  /** Open streams (for tests and for closing everything when a window goes away). */
  get openCount(): number {
    return this.writes.size + this.reads.size;
  }

  async abortAll(): Promise<void> {
    for (const id of [...this.writes.keys()]) await this.abort(id);
    for (const id of [...this.reads.keys()]) await this.closeRead(id);
  }
}
