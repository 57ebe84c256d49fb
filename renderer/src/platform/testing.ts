/** An in-memory host for unit tests: records saved files and serves queued files to open. */
import type { OpenedFile, PlatformApi, PrintPdfRequest, SaveFileRequest } from './types';

export function testingPlatform() {
  const saved: SaveFileRequest[] = [];
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
    async printPdf(request: PrintPdfRequest) {
      printed.push(request);
    },
  } satisfies PlatformApi;
  return { api, saved, printed, toOpen };
}
