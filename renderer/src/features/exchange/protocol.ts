/** Messages between the UI and the exchange worker (export, import dry run, apply). */
import type { ExportKind } from '../../db/exchange/export';
import type { ImportFile, ImportReceipt } from '../../db/exchange/import';

export type WorkerRequest =
  | { readonly id: number; readonly type: 'export'; readonly kind: ExportKind; readonly operator: string }
  | { readonly id: number; readonly type: 'prepare'; readonly files: readonly ImportFile[]; readonly receiverUnitId: string }
  | { readonly id: number; readonly type: 'apply'; readonly token: number; readonly operator: string }
  | { readonly id: number; readonly type: 'discard'; readonly token: number }
  | { readonly id: number; readonly type: 'cancel' };

export type WorkerProgress = { readonly stage: string; readonly done: number; readonly total: number };

export type WorkerResponse =
  | { readonly id: number; readonly type: 'progress'; readonly progress: WorkerProgress }
  | { readonly id: number; readonly type: 'exported'; readonly sequence: number; readonly files: readonly { name: string; data: Uint8Array }[] }
  | { readonly id: number; readonly type: 'prepared'; readonly token: number; readonly receipt: ImportReceipt }
  | { readonly id: number; readonly type: 'applied'; readonly written: number; readonly held: number }
  | { readonly id: number; readonly type: 'done' }
  | { readonly id: number; readonly type: 'error'; readonly code: string; readonly params: Readonly<Record<string, string | number>>; readonly message: string };
