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
import { parseBundleFile } from '../../core/bundle/parse';
import type { FlattenedJws } from '../../core/bundle/sign';
import type { LuutruDb } from '../schema';
import type { BundleArchiveRow } from './rows';

const decoder = new TextDecoder();

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes.slice()));
  return Array.from(d, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The signed file a kept row holds, whichever form it was kept in. */
export async function archivedRowFile(row: BundleArchiveRow): Promise<FlattenedJws> {
  return row.blob ? parseBundleFile(new Uint8Array(await row.blob.arrayBuffer())).jws : row.file;
}

/** A kept row as a backup holds it: the file as its three members (JSON has no Blob; a restored row reads the same). */
export async function archiveRowAsFile(row: BundleArchiveRow): Promise<BundleArchiveRow> {
  if (!row.blob) return row;
  const { blob: _blob, ...rest } = row;
  return { ...rest, file: await archivedRowFile(row) };
}

/** The payload of a signed file this PC verified before (trusted: it was verified when received). */
function payloadOf(file: CarriedFile): { payload: BundlePayload; bytes: Uint8Array } {
  const bytes = base64url.decode(file.payload);
  let raw = parseStrictJson(decoder.decode(bytes)) as Record<string, unknown>;
  if (raw.formatVersion === 1) raw = BUILT_IN_MIGRATIONS[1]!(raw);
  return { payload: BundlePayloadSchema.parse(raw) as BundlePayload, bytes };
}

/** Where a receiver keeps signed files: the file of a bundle received directly, and the bundle a carried one came in. */
export type ArchiveLookup = {
  readonly direct: (payloadSha256: string) => Promise<CarriedFile | undefined>;
  readonly carriedIn: (payloadSha256: string) => Promise<string | undefined>;
};

/** The signed file of a received bundle: from the archive, or found inside the file that carried it (any store). */
export async function findArchivedFile(lookup: ArchiveLookup, payloadSha256: string, depth = 0): Promise<CarriedFile | undefined> {
  const direct = await lookup.direct(payloadSha256);
  if (direct) return direct;
  const carriedIn = await lookup.carriedIn(payloadSha256);
  if (!carriedIn || depth > 4) return undefined;
  const carrier = await findArchivedFile(lookup, carriedIn, depth + 1);
  if (!carrier) return undefined;
  for (const c of payloadOf(carrier).payload.carried ?? []) {
    const bytes = base64url.decode(c.payload);
    if ((await sha256Hex(bytes)) === payloadSha256) return c;
  }
  return undefined;
}

/** The signed file of a received bundle in this PC's IndexedDB. */
export function archivedFile(db: LuutruDb, payloadSha256: string): Promise<CarriedFile | undefined> {
  return findArchivedFile(
    {
      direct: async (sha) => {
        const row = await db.bundleArchive.get(sha);
        return row ? archivedRowFile(row) : undefined;
      },
      carriedIn: async (sha) => (await db.receivedBundles.get(sha))?.carriedIn },
    payloadSha256,
  );
}

/** The payload of a signed file found through `lookup`. */
export async function findArchivedPayload(lookup: ArchiveLookup, payloadSha256: string): Promise<BundlePayload | undefined> {
  const file = await findArchivedFile(lookup, payloadSha256);
  return file ? payloadOf(file).payload : undefined;
}

export async function archivedPayload(db: LuutruDb, payloadSha256: string): Promise<BundlePayload | undefined> {
  const file = await archivedFile(db, payloadSha256);
  return file ? payloadOf(file).payload : undefined;
}
