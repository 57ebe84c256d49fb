/**
 * The signed files this PC received, kept exactly as signed (lưu gói gốc): the upward export
 * passes them on unchanged, so the next receiver checks each unit's own signature; and a
 * fork shows what differs from the bundle taken in before. A carried bundle is not kept
 * twice: it lives inside the file of the bundle that carried it.
 */
import { base64url } from 'jose';
import { BundlePayloadSchema, type BundlePayload, type CarriedFile } from '../../core/bundle/schema';
import { parseStrictJson } from '../../core/bundle/strict-json';
import { BUILT_IN_MIGRATIONS } from '../../core/bundle/verify';
import type { LuutruDb } from '../schema';

const decoder = new TextDecoder();

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes.slice()));
  return Array.from(d, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The payload of a signed file this PC verified before (trusted: it was verified when received). */
function payloadOf(file: CarriedFile): { payload: BundlePayload; bytes: Uint8Array } {
  const bytes = base64url.decode(file.payload);
  let raw = parseStrictJson(decoder.decode(bytes)) as Record<string, unknown>;
  if (raw.formatVersion === 1) raw = BUILT_IN_MIGRATIONS[1]!(raw);
  return { payload: BundlePayloadSchema.parse(raw) as BundlePayload, bytes };
}

/** The signed file of a received bundle: from the archive, or found inside the file that carried it. */
export async function archivedFile(db: LuutruDb, payloadSha256: string, depth = 0): Promise<CarriedFile | undefined> {
  const direct = await db.bundleArchive.get(payloadSha256);
  if (direct) return direct.file;
  const row = await db.receivedBundles.get(payloadSha256);
  if (!row?.carriedIn || depth > 4) return undefined;
  const carrier = await archivedFile(db, row.carriedIn, depth + 1);
  if (!carrier) return undefined;
  for (const c of payloadOf(carrier).payload.carried ?? []) {
    const bytes = base64url.decode(c.payload);
    if ((await sha256Hex(bytes)) === payloadSha256) return c;
  }
  return undefined;
}

export async function archivedPayload(db: LuutruDb, payloadSha256: string): Promise<BundlePayload | undefined> {
  const file = await archivedFile(db, payloadSha256);
  return file ? payloadOf(file).payload : undefined;
}
