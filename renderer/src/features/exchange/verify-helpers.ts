/**
 * Helper threads for verifying bundles (verify.worker.ts), started by the exchange worker on first
 * use: one fewer than the machine's cores (at least one, at most three). A helper that dies
 * gives its files back to the exchange worker, which checks them itself; a refusal it found is
 * a refusal (an AppError, told in its turn).
 */
import { transfer } from 'comlink';
import type { VerifyOptions } from '../../core/bundle/verify';
import type { FlattenedJws } from '../../core/bundle/sign';
import { returnSigningInput } from '../../core/bundle/parse';
import { AppError } from '../../core/errors';
import { workerHandle, type WorkerHandle } from '../../workers/worker-handle';
import type { VerifyWorkerApi } from './verify.worker';

let helpers: WorkerHandle<VerifyWorkerApi>[] | undefined;
let next = 0;

function spawn(i: number): WorkerHandle<VerifyWorkerApi> {
  return workerHandle<VerifyWorkerApi>(`verify-${i}`, () => new Worker(new URL('./verify.worker.ts', import.meta.url), { type: 'module', name: `luutru-verify-${i}` }));
}

/**
 * The picked files the helpers made again to be kept (by their signature, which names one file),
 * for the import's apply to write instead of copying each file's bytes into a Blob itself. A file
 * that is missing (not laid out as exported, or its helper died) is copied as before.
 */
export type KeptFiles = Map<string, Promise<Blob | undefined>>;

/** The kept files once made (awaited before the apply's transaction, which may not wait on anything else). */
export async function keptFilesReady(kept: KeptFiles): Promise<Map<string, Blob>> {
  const out = new Map<string, Blob>();
  for (const [signature, file] of kept) {
    const blob = await file;
    if (blob) out.set(signature, blob);
  }
  return out;
}

/** `VerifyOptions.elsewhere` backed by the helper threads; the files they make to be kept go into `kept`. */
export function verifyElsewhere(kept: KeptFiles = new Map(), cores: number = globalThis.navigator?.hardwareConcurrency ?? 2): NonNullable<VerifyOptions['elsewhere']> {
  const count = Math.max(1, Math.min(3, cores - 1));
  helpers ??= Array.from({ length: count }, (_, i) => spawn(i));
  const pool = helpers;
  const header = (jws: { protected: string; signature: string }) => ({ protected: jws.protected, signature: jws.signature });
  const keep = (jws: FlattenedJws, input: Uint8Array<ArrayBuffer>) => {
    const helper = pool[next++ % pool.length]!;
    const made = helper.call((api) => api.keepFile(header(jws), transfer(input, [input.buffer])));
    kept.set(
      jws.signature,
      made.then(
        (r) => {
          returnSigningInput(r.input);
          return r.file;
        },
        () => undefined,
      ),
    );
  };
  return {
    helpers: pool.length,
    async check(jws, key, knownUnits, input, exported) {
      const helper = pool[next++ % pool.length]!;
      try {
        // The signing input moves to the helper (transferred), which reads the payload out of it
        // and gives it back to be made into the next one.
        const r = await helper.call((api) => api.checkContent(header(jws), key, knownUnits, transfer(input, [input.buffer])));
        // The file is made from the input after the content came back: the worker reads that meanwhile.
        if (exported) keep(jws, r.input);
        else returnSigningInput(r.input);
        return r.content;
      } catch (e) {
        if (e instanceof AppError && e.code !== 'worker.crashed') throw e;
        return undefined;
      }
    },
    keep,
  };
}
