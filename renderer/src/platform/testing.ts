/** An in-memory host for unit tests: records saved files and serves queued files to open. */
import type { ByteSink, ByteSource, OpenedFile, PlatformApi, PrintPdfRequest, SaveFileRequest, SaveStreamRequest } from './types';

/** A file written through `saveStream`: its pieces as the writer handed them over. */
export type StreamedFile = { readonly name: string; readonly pieces: Uint8Array[]; closed: boolean; aborted: boolean };

/** A source over bytes in memory, read back in pieces of `pieceSize`. */
export function memorySource(name: string, data: Uint8Array, pieceSize = 256 * 1024): ByteSource {
  return {
    name,
    size: data.length,
    async *chunks() {
      for (let i = 0; i < data.length; i += pieceSize) yield data.slice(i, i + pieceSize);
    },
  };
}

/** All the pieces of a streamed file joined. */
export function joined(file: StreamedFile): Uint8Array {
  const out = new Uint8Array(file.pieces.reduce((a, p) => a + p.length, 0));
  let at = 0;
  for (const p of file.pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function memorySink(file: StreamedFile): ByteSink {
  return {
    async write(chunk) {
      if (file.closed || file.aborted) throw new Error('sink closed');
      file.pieces.push(chunk.slice());
    },
    async close() {
      file.closed = true;
      return { saved: true, path: file.name };
    },
    async abort() {
      file.aborted = true;
      file.pieces.length = 0;
    },
  };
}

export function testingPlatform() {
  const saved: SaveFileRequest[] = [];
  const streamed: StreamedFile[] = [];
  const printed: PrintPdfRequest[] = [];
  const toOpen: OpenedFile[][] = [];
  const api = {
    host: 'test',
    async appInfo() {
      return { version: '0.0.0-test', host: 'test', dataFolder: 'memory' } as const;
    },
    async saveFile(request: SaveFileRequest) {
      saved.push(request);
      return { saved: true, path: request.suggestedName } as const;
    },
    async openFile() {
      return toOpen.shift() ?? [];
    },
    async saveStream(request: SaveStreamRequest) {
      const file: StreamedFile = { name: request.suggestedName, pieces: [], closed: false, aborted: false };
      streamed.push(file);
      return memorySink(file);
    },
    async openStream() {
      const next = toOpen.shift()?.[0];
      return next ? memorySource(next.name, next.data) : undefined;
    },
    async printPdf(request: PrintPdfRequest) {
      printed.push(request);
    },
  } satisfies PlatformApi;
  return { api, saved, streamed, printed, toOpen };
}
