/**
 * The exchange worker's verify helper: checks the content of one signed file (signature, strict
 * JSON, envelope, records) while the exchange worker checks another, so a bundle of several parts
 * — or a selection of several communes' files — is verified on two cores. Only what it found
 * goes back (core/bundle/verify.ts `checkContent`); the exchange worker makes the verdict.
 */
import { expose } from 'comlink';
import { checkContent } from '../../core/bundle/verify';
import { shareAppErrors } from '../../workers/app-errors';

shareAppErrors();

const api = { checkContent };
export type VerifyWorkerApi = typeof api;

expose(api);
