/**
 * The exchange worker's verify helper: checks the content of one signed file (signature, strict
 * JSON, envelope, records) while the exchange worker checks another, so a bundle of several parts
 * — or a selection of several communes' files — is verified on two cores. Only what it found
 * goes back (core/bundle/verify.ts `checkContent`); the exchange worker makes the verdict.
 */
import { expose, transfer } from 'comlink';
import { checkContent, type CheckedContent } from '../../core/bundle/verify';
import { shareAppErrors } from '../../workers/app-errors';

shareAppErrors();

const api = {
  /** The payload bytes and record places move to the exchange worker (transferred, not copied). */
  async checkContent(...args: Parameters<typeof checkContent>): Promise<CheckedContent> {
    const c = await checkContent(...args);
    return c.places ? transfer(c, [c.places.bytes.buffer, ...Object.values(c.places.spans).map((s) => s.buffer)]) : c;
  },
};
export type VerifyWorkerApi = typeof api;

expose(api);
