/**
 * Helper threads for verifying bundles (verify.worker.ts), started by the exchange worker on first
 * use: one fewer than the machine's cores (at least one, at most three). A helper that dies
 * gives its files back to the exchange worker, which checks them itself; a refusal it found is
 * a refusal (an AppError, told in its turn).
 */
import { transfer } from 'comlink';
import type { VerifyOptions } from '../../core/bundle/verify';
import { returnSigningInput } from '../../core/bundle/parse';
import { AppError } from '../../core/errors';
import { workerHandle, type WorkerHandle } from '../../workers/worker-handle';
import type { VerifyWorkerApi } from './verify.worker';

let helpers: WorkerHandle<VerifyWorkerApi>[] | undefined;
let next = 0;

function spawn(i: number): WorkerHandle<VerifyWorkerApi> {
  return workerHandle<VerifyWorkerApi>(`verify-${i}`, () => new Worker(new URL('./verify.worker.ts', import.meta.url), { type: 'module', name: `luutru-verify-${i}` }));
}

/** `VerifyOptions.elsewhere` backed by the helper threads. */
export function verifyElsewhere(cores: number = globalThis.navigator?.hardwareConcurrency ?? 2): NonNullable<VerifyOptions['elsewhere']> {
  const count = Math.max(1, Math.min(3, cores - 1));
  helpers ??= Array.from({ length: count }, (_, i) => spawn(i));
  const pool = helpers;
  return {
    helpers: pool.length,
    async check(jws, key, knownUnits, input) {
      const helper = pool[next++ % pool.length]!;
      try {
        // The signing input moves to the helper (transferred), which reads the payload out of it
        // and gives it back to be made into the next one.
        const r = await helper.call((api) => api.checkContent({ protected: jws.protected, signature: jws.signature }, key, knownUnits, transfer(input, [input.buffer])));
        returnSigningInput(r.input);
        return r.content;
      } catch (e) {
        if (e instanceof AppError && e.code !== 'worker.crashed') throw e;
        return undefined;
      }
    },
  };
}
