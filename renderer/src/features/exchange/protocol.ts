/** Progress reported by the exchange worker (export, import dry run, apply). */
export type WorkerProgress = { readonly stage: string; readonly done: number; readonly total: number; readonly file?: string };
