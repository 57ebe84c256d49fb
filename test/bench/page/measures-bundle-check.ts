/**
 * Where checking one signed file goes (`bundle-check-part`): the first part of a commune's
 * bundle of 20,000 heavy incoming entries (16 MB, as the export splits it), checked as the
 * verify helper does (core/bundle/verify.ts `checkContent`: base64, Ed25519 signature, digest,
 * strict JSON read in pieces, envelope, records, record places), against the bare read any receiver
 * must do of the same payload (UTF-8 to text, JSON.parse), each five times, interleaved. The
 * extras time each step alone, so a change to the import can be aimed at what costs most.
 */
import { parseBundleFile } from '../../../renderer/src/core/bundle';
import { signingInputOf } from '../../../renderer/src/core/bundle/parse';
import { decodeStrictBase64url, decodeStrictBase64urlBytes } from '../../../renderer/src/core/bundle/base64url';
import { checkStrictJson } from '../../../renderer/src/core/bundle/strict-json';
import { BundlePayloadEnvelopeSchema } from '../../../renderer/src/core/bundle/schema';
import { recordCheckOf } from '../../../renderer/src/core/bundle/record-check';
import { payloadRecordSpans } from '../../../renderer/src/core/bundle/record-bytes';
import { readCheckedPayload, readPayload } from '../../../renderer/src/core/bundle/payload-read';
import { importPublicJwk } from '../../../renderer/src/core/bundle/keys';
import { checkContent } from '../../../renderer/src/core/bundle/verify';
import { median } from '../stats';
import { PER_BUNDLE, bundleOf, communes } from './measures-bundle-import';
import type { Measure } from './types';

const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** Median ms of `runs` calls of `work`, the garbage of the one before collected first. */
async function timed(work: () => unknown, runs = 5): Promise<number> {
  const xs: number[] = [];
  for (let k = 0; k < runs; k++) {
    gc();
    const t = performance.now();
    await work();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

/** The first part of a commune's bundle of 20,000 heavy entries, as the import bench makes it. */
async function firstPart() {
  const [commune] = await communes(1);
  const { files } = await bundleOf(commune!, 0, PER_BUNDLE);
  return { file: files[0]!.data, jwk: commune!.jwk, parts: files.length };
}

const r1 = (x: number) => Math.round(x * 10) / 10;

export const bundleCheckMeasures: Measure[] = [
  {
    name: 'bundle-check-part',
    unit: 'ms',
    async run(round) {
      const { file, jwk, parts } = await firstPart();
      const parsed = parseBundleFile(file);
      const payload = decodeStrictBase64url(parsed.jws.payload)!;
      // As the verify helper is handed a part: its header and signature, and its signing input (the payload is read out of that).
      const check = () => checkContent({ protected: parsed.jws.protected, signature: parsed.jws.signature }, jwk, undefined, signingInputOf(parsed.jws, parsed.source));
      const bare = () => JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload));
      // Which side goes first alternates by round.
      let value: number;
      let baseline: number;
      if (round % 2 === 0) {
        value = await timed(check);
        baseline = await timed(bare);
      } else {
        baseline = await timed(bare);
        value = await timed(check);
      }
      // Each step alone, on the same part.
      const text = new TextDecoder('utf-8', { fatal: true }).decode(payload);
      const raw = JSON.parse(text) as { records: { incomingDocs: Record<string, unknown>[] } };
      const input = signingInputOf(parsed.jws, parsed.source);
      const signature = decodeStrictBase64url(parsed.jws.signature)!;
      const key = await importPublicJwk(jwk);
      const recordCheck = recordCheckOf('incomingDocs')!;
      const spans = payloadRecordSpans(payload);
      const steps: Record<string, number> = {
        readFileMs: await timed(() => parseBundleFile(file)),
        base64Ms: await timed(() => decodeStrictBase64url(parsed.jws.payload)),
        // The same from the file's bytes, as the import now decodes a payload (no string made).
        base64BytesMs: await timed(() => decodeStrictBase64urlBytes(file.subarray(parsed.source!.payloadAt, parsed.source!.payloadAt + parsed.source!.payloadLength))),
        signingInputMs: await timed(() => signingInputOf(parsed.jws, parsed.source)),
        signatureMs: await timed(() => crypto.subtle.verify({ name: 'Ed25519' }, key, signature, input)),
        digestMs: await timed(() => crypto.subtle.digest('SHA-256', payload)),
        utf8Ms: await timed(() => new TextDecoder('utf-8', { fatal: true }).decode(payload)),
        strictJsonMs: await timed(() => checkStrictJson(text, { maxDepth: 16 })),
        jsonParseMs: await timed(() => JSON.parse(text)),
        envelopeMs: await timed(() => BundlePayloadEnvelopeSchema.safeParse(raw)),
        recordChecksMs: await timed(() => raw.records.incomingDocs.every((r) => recordCheck(r))),
        recordPlacesMs: await timed(() => payloadRecordSpans(payload)),
        // The payload read in pieces as the check does (strict JSON, parsed), against the whole text above (utf8 + strictJson + jsonParse).
        piecesMs: await timed(() => readPayload(payload, { syntaxCode: 'bundle.payload.notJson', maxDepth: 16 })),
        // What the exchange worker does with a part a helper checked: read again from its bytes, unchecked.
        checkedPiecesMs: await timed(() => readCheckedPayload(payload, spans)),
      };
      return {
        value,
        baseline,
        extra: { parts, fileMb: r1(file.byteLength / 1e6), payloadMb: r1(payload.byteLength / 1e6), records: raw.records.incomingDocs.length, ...Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, r1(v)])) },
      };
    },
  },
];
