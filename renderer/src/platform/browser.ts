/**
 * The browser host: the renderer served from 127.0.0.1 and opened in Chromium/Edge.
 * Saving is a download, opening is the browser's file picker, printing shows the PDF in the
 * browser's own viewer over the app (pdf-preview.ts): no new tab a popup blocker could stop.
 * Streamed saves (backups) go through the File System Access API where the browser has it —
 * the clerk picks the folder (USB stick) and the file is written piece by piece, replacing
 * the target only when complete — and otherwise build a Blob of pieces that is downloaded at the end.
 */
import { showPdfPreview } from './pdf-preview';
import type { ByteSink, ByteSource, FileFilter, OpenedFile, OpenFileRequest, PlatformApi, SaveFileRequest, SaveFileResult, SaveStreamRequest } from './types';

declare const __APP_VERSION__: string;

function download(name: string, data: Uint8Array | Blob, type: string): void {
  const blob = data instanceof Blob ? data : new Blob([data as Uint8Array<ArrayBuffer>], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The browser's file picker; resolves to [] when the person cancels. */
function chooseFiles(request: OpenFileRequest): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = request.multiple ?? false;
    input.accept = request.filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.style.display = 'none';
    input.dataset.testid = 'platform-file-input';
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      input.remove();
      resolve(files);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve([]);
    });
    document.body.append(input);
    input.click();
  });
}

async function pickFiles(request: OpenFileRequest): Promise<OpenedFile[]> {
  const files = await chooseFiles(request);
  return Promise.all(files.map(async (f) => ({ name: f.name, size: f.size, data: new Uint8Array(await f.arrayBuffer()) })));
}

type WritableLike = { write(data: Uint8Array): Promise<void>; close(): Promise<void>; abort(): Promise<void> };
type SaveHandle = { readonly name: string; createWritable(): Promise<WritableLike> };
type SavePicker = (options: { suggestedName: string; types?: { description: string; accept: Record<string, string[]> }[] }) => Promise<SaveHandle>;

/** The picker accepts only suffixes of letters, digits, "+" and "." (".luutru-backup" is not one): those go unlisted. */
function pickerTypes(filters: readonly FileFilter[]) {
  return filters
    .map((f) => ({ description: f.name, accept: { 'application/octet-stream': f.extensions.filter((e) => /^[A-Za-z0-9+.]{1,15}$/.test(e)).map((e) => `.${e}`) } }))
    .filter((f) => f.accept['application/octet-stream'].length > 0);
}

async function saveStream(request: SaveStreamRequest): Promise<ByteSink | undefined> {
  const picker = (globalThis as { showSaveFilePicker?: SavePicker }).showSaveFilePicker;
  if (picker) {
    let handle: SaveHandle;
    try {
      const types = pickerTypes(request.filters);
      handle = await picker({ suggestedName: request.suggestedName, ...(types.length ? { types } : {}) });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return undefined;
      throw e;
    }
    // Chromium writes to a side file and puts it in place only on close(): never a half file.
    const w = await handle.createWritable();
    return {
      write: (chunk) => w.write(chunk),
      async close() {
        await w.close();
        return { saved: true, path: handle.name };
      },
      abort: () => w.abort(),
    };
  }
  const parts: Blob[] = [];
  return {
    async write(chunk) {
      parts.push(new Blob([chunk as Uint8Array<ArrayBuffer>]));
    },
    async close() {
      download(request.suggestedName, new Blob(parts, { type: 'application/octet-stream' }), 'application/octet-stream');
      parts.length = 0;
      return { saved: true, path: request.suggestedName, downloaded: true };
    },
    async abort() {
      parts.length = 0;
    },
  };
}

async function* fileChunks(file: Blob): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

async function openStream(request: { readonly filters: readonly FileFilter[] }): Promise<ByteSource | undefined> {
  const [file] = await chooseFiles({ filters: request.filters });
  if (!file) return undefined;
  return { name: file.name, size: file.size, chunks: () => fileChunks(file) };
}

export const browserPlatform = {
  host: 'browser',
  async appInfo() {
    return {
      version: __APP_VERSION__,
      host: 'browser',
      // The data belongs to this address in this browser profile (the settings page says so in words).
      dataFolder: location.origin,
    } as const;
  },
  async saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
    const type = request.suggestedName.endsWith('.pdf')
      ? 'application/pdf'
      : request.suggestedName.endsWith('.xlsx')
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'application/octet-stream';
    download(request.suggestedName, request.data, type);
    return { saved: true, path: request.suggestedName, downloaded: true };
  },
  openFile: pickFiles,
  saveStream,
  openStream,
  async printPdf(request) {
    showPdfPreview(request, (name, data) => download(name, data, 'application/pdf'));
  },
} satisfies PlatformApi;
