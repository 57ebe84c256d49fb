/**
 * The exchange worker's verify helper: checks the content of one signed file (signature, strict
 * JSON, envelope, records) while the exchange worker checks another, so a bundle of several parts
 * — or a selection of several communes' files — is verified on two cores. Only what it found
 * goes back (core/bundle/verify.ts `checkContent`); the exchange worker makes the verdict.
 * It also makes the picked files to be kept (a Blob each, written with the import) out of their
 * signing inputs: copying tens of megabytes into a Blob is work taken off the exchange worker.
 */
import { expose, transfer } from 'comlink';
import { checkContent, type CheckedContent, type JwsHeaderAndSignature } from '../../core/bundle/verify';
import { exportedFileParts } from '../../core/bundle/sign';
import { shareAppErrors } from '../../workers/app-errors';

shareAppErrors();

const fileOf = (jws: JwsHeaderAndSignature, input: Uint8Array<ArrayBuffer>) => new Blob(exportedFileParts(jws, input), { type: 'application/json' });

const api = {
  /**
   * The file's header and signature, and its signing input (moved here), out of which the payload
   * is read. The payload bytes and where its records are move to the exchange worker (transferred,
   * not copied), and so does the input, whose buffer the worker makes its next input in (or hands
   * back to `keepFile` first).
   */
  async checkContent(...args: Parameters<typeof checkContent>): Promise<{ content: CheckedContent; input: Uint8Array<ArrayBuffer> }> {
    const content = await checkContent(...args);
    const input = args[3]!;
    const spans = Object.values(content.spans ?? {}).map((s) => s.buffer);
    return transfer({ content, input }, [input.buffer, content.bytes.buffer, ...spans]);
  },

  /** A picked file laid out as exported, checked, made again from its signing input (moved here and back) while the exchange worker goes on. */
  keepFile(jws: JwsHeaderAndSignature, input: Uint8Array<ArrayBuffer>): { file: Blob; input: Uint8Array<ArrayBuffer> } {
    return transfer({ file: fileOf(jws, input), input }, [input.buffer]);
  },
};
export type VerifyWorkerApi = typeof api;

expose(api);
