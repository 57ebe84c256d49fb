/**
 * The app's own upper level beside the province archive's server in archive tests: a commune's bundle as exported,
 * and the app holding it, read through its seam with its archive index in this process (the app asks its index
 * worker) — what the server's answers are compared with.
 */
import { exportBundle } from '../../renderer/src/db/exchange/export';
import type { ImportFile } from '../../renderer/src/db/exchange/import';
import { indexedDbUpperApi } from '../../renderer/src/upper-api/indexeddb';
import type { UpperLevelApi } from '../../renderer/src/upper-api/types';
import { importAndApply, upper, type TestProfile } from './exchange-units';
import { worker } from './index-worker';

/** A commune's full bundle as exported at `at` (ISO time), its files as an import takes them. */
export async function exportedFiles(c: TestProfile, at: string): Promise<ImportFile[]> {
  const exp = await exportBundle(c.db, { kind: 'full', operator: c.session.operator, now: new Date(at) });
  return exp.files.map((f) => ({ name: f.name, data: f.data }));
}

/** A fresh province archive in the app that took in `files`, and its upper-level seam. */
export async function appHolding(files: readonly ImportFile[]): Promise<{ app: TestProfile; api: UpperLevelApi }> {
  const app = await upper();
  await importAndApply(app, files);
  return { app, api: indexedDbUpperApi(app.db, { name: 'Lưu trữ lịch sử tỉnh Hưng Yên', parentName: '' }, app.session, worker().client) };
}
