/** The row a receiver keeps for each bundle it took in (IndexedDB and the province archive's PostgreSQL alike). */
import type { VerifiedBundle } from '../../core/bundle/verify';
import type { ReceivedBundleRow } from './rows';

export function receivedRow(b: VerifiedBundle, fileName: string, operator: string, at: string): ReceivedBundleRow {
  const p = b.payload;
  return {
    payloadSha256: b.payloadSha256,
    origin: p.origin.unitId,
    lineage: b.lineage,
    sequence: p.sequence,
    partKey: p.part?.index ?? 0,
    ...(p.part ? { setId: p.part.setId } : {}),
    originName: p.origin.name,
    adminCode: p.origin.adminCode,
    signerKid: b.kid,
    createdAt: p.createdAt,
    importedAt: at,
    importedBy: operator,
    fileName,
    range: p.range,
    counts: p.counts,
    ...(b.via.length > 0 ? { carriedIn: b.via.at(-1)!.payloadSha256, via: b.via.map((v) => v.name) } : {}),
  };
}
