/**
 * The browser host: the renderer served from 127.0.0.1 and opened in Chromium/Edge.
 * Saving is a download, opening is the browser's file picker, printing shows the PDF in the
 * browser's own viewer over the app (pdf-preview.ts): no new tab a popup blocker could stop.
 */
import { showPdfPreview } from './pdf-preview';
import type { OpenedFile, OpenFileRequest, PlatformApi, SaveFileRequest, SaveFileResult } from './types';

declare const __APP_VERSION__: string;

function download(name: string, data: Uint8Array, type: string): void {
  const blob = new Blob([data as Uint8Array<ArrayBuffer>], { type });
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

function pickFiles(request: OpenFileRequest): Promise<OpenedFile[]> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = request.multiple ?? false;
    input.accept = request.filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.style.display = 'none';
    input.dataset.testid = 'platform-file-input';
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      input.remove();
      Promise.all(
        files.map(async (f) => ({ name: f.name, size: f.size, data: new Uint8Array(await f.arrayBuffer()) })),
      ).then(resolve, reject);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve([]);
    });
    document.body.append(input);
    input.click();
  });
}

export const browserPlatform = {
  host: 'browser',
  async appInfo() {
    return {
      version: __APP_VERSION__,
      host: 'browser',
      dataFolder: `IndexedDB — ${location.origin}`,
    } as const;
  },
  async saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
    const type = request.suggestedName.endsWith('.pdf')
      ? 'application/pdf'
      : request.suggestedName.endsWith('.xlsx')
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'application/octet-stream';
    download(request.suggestedName, request.data, type);
    return { saved: true, path: request.suggestedName };
  },
  openFile: pickFiles,
  async printPdf(request) {
    showPdfPreview(request, (name, data) => download(name, data, 'application/pdf'));
  },
} satisfies PlatformApi;
