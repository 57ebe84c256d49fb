/**
 * Where checking one signed file goes (`bundle-check-part`): the first part of a commune's
 * bundle of 20,000 heavy incoming entries (16 MB, as the export splits it), checked as the
 * verify helper does (core/bundle/verify.ts `checkContent`: base64, Ed25519 signature, digest,
 * UTF-8, strict JSON, envelope, records, record places), against the bare read any receiver
 * must do of the same payload (UTF-8 to text, JSON.parse), each five times, interleaved. The
 * extras time each step alone, so a change to the import can be aimed at what costs most.
 */
import { createBundleFile, exportPublicJwk, generateSigningKeyPair, parseBundleFile, splitIntoParts, type BundleRecord } from '../../../renderer/src/core/bundle';
import { signingInputOf } from '../../../renderer/src/core/bundle/parse';
import { decodeStrictBase64url } from '../../../renderer/src/core/bundle/base64url';
import { checkStrictJson } from '../../../renderer/src/core/bundle/strict-json';
import { BundlePayloadEnvelopeSchema } from '../../../renderer/src/core/bundle/schema';
import { recordCheckOf } from '../../../renderer/src/core/bundle/record-check';
import { payloadRecordSpans } from '../../../renderer/src/core/bundle/record-bytes';
import { importPublicJwk } from '../../../renderer/src/core/bundle/keys';
import { checkContent } from '../../../renderer/src/core/bundle/verify';
import { encodeHlc } from '../../../renderer/src/core/hlc';
import { newId } from '../../../renderer/src/core/ids';
import { seededRng } from '../../fixtures/generate';
import { generateIncomingDocFields } from '../../fixtures/generate-registers';
import { median } from '../stats';
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

async function firstPart() {
  const keys = await generateSigningKeyPair();
  const jwk = await exportPublicJwk(keys.publicKey);
  const unitId = newId();
  const rng = seededRng(7);
  const registerId = newId();
  const meta = (i: number) => ({ origin: unitId, clock: encodeHlc({ wallMs: Date.UTC(2025, 0, 1) + i, counter: 0 }), deleted: false, changedBy: 'Nguyễn Thị Lan' });
  const register = { id: registerId, ...meta(0), unitId, kind: 'incoming', year: 2025, name: 'Sổ đăng ký văn bản đến năm 2025' } as unknown as BundleRecord;
  const docs = Array.from({ length: 20_000 }, (_, i) => ({ ...generateIncomingDocFields(rng, i, registerId, 2025, { perYear: 20_000, today: '2025-12-31', heavy: true }), id: newId(), ...meta(i + 1) }) as unknown as BundleRecord);
  const origin = { unitId, adminCode: '10001', legacyAdminCode: '', agencyId: '', name: 'Ủy ban nhân dân xã Thụy Hải', level: 'commune' as const, fonds: [] };
  const parts = splitIntoParts({ origin, signerKey: jwk, sequence: 1, range: { kind: 'full' }, createdAt: '2026-01-10T08:00:00.000Z', records: { registers: [register], incomingDocs: docs } });
  return { file: await createBundleFile(parts[0]!, keys.privateKey), jwk, parts: parts.length };
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
      const check = () => checkContent(parsed.jws, jwk, undefined, signingInputOf(parsed.jws, parsed.source));
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
      const steps: Record<string, number> = {
        readFileMs: await timed(() => parseBundleFile(file)),
        base64Ms: await timed(() => decodeStrictBase64url(parsed.jws.payload)),
        signingInputMs: await timed(() => signingInputOf(parsed.jws, parsed.source)),
        signatureMs: await timed(() => crypto.subtle.verify({ name: 'Ed25519' }, key, signature, input)),
        digestMs: await timed(() => crypto.subtle.digest('SHA-256', payload)),
        utf8Ms: await timed(() => new TextDecoder('utf-8', { fatal: true }).decode(payload)),
        strictJsonMs: await timed(() => checkStrictJson(text, { maxDepth: 16 })),
        jsonParseMs: await timed(() => JSON.parse(text)),
        envelopeMs: await timed(() => BundlePayloadEnvelopeSchema.safeParse(raw)),
        recordChecksMs: await timed(() => raw.records.incomingDocs.every((r) => recordCheck(r))),
        recordPlacesMs: await timed(() => payloadRecordSpans(payload)),
        // What handing the text to another thread costs (the helper gives it back so).
        textCloneMs: await timed(() => structuredClone(text)),
      };
      return {
        value,
        baseline,
        extra: { parts, fileMb: r1(file.byteLength / 1e6), payloadMb: r1(payload.byteLength / 1e6), records: raw.records.incomingDocs.length, ...Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, r1(v)])) },
      };
    },
  },
];
