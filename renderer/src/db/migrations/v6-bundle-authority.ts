/**
 * Schema v6 upgrade: bundles seen before v6 become received bundles (with the key lineage
 * their signer belongs to), records held for a number conflict become held claims,
 * rotations get the sequence of the bundle that announced them, trusted keys get their
 * unit's administrative code, and per-origin counters are counted once from the tables.
 */
import type { Transaction } from 'dexie';
import { lineageOf, type AuthenticatedRotation, type TrustedKey } from '../../core/bundle/rotation';
import { NUMBER_RULES, numberKeyOf } from '../../core/bundle/import-plan';
import type { BundleRecord, ReplicatedTable } from '../../core/bundle/schema';
import type { HeldClaimRow, HeldRecordRow, KeyRotationRow, OriginStatsRow, ReceivedBundleRow, SeenBundleRow, TrustedKeyRow } from '../exchange/rows';
import { hasTable } from './has-table';

/**
 * The replicated tables as they were at v6: an upgrade is frozen, and tables added by later
 * versions do not exist yet when it runs (Dexie refuses them in this step's transaction).
 */
const V6_TABLES: readonly ReplicatedTable[] = ['units', 'fonds', 'operators', 'issuingBodies', 'registers', 'incomingDocs', 'outgoingDocs', 'dossiers', 'dossierDocs', 'boxes', 'processingJobs'];

export async function migrateToV6(tx: Transaction): Promise<void> {
  const seen = (await tx.table('seenBundles').toArray()) as SeenBundleRow[];
  const trusted = (await tx.table('trustedKeys').toArray()) as TrustedKeyRow[];
  const oldRotations = (await tx.table('keyRotations').toArray()) as Omit<KeyRotationRow, 'sequence' | 'receivedAt'>[];

  // The rotation was announced in the last bundle its old key signed.
  const rotations: KeyRotationRow[] = oldRotations.map((r) => {
    const signed = seen.filter((s) => s.signerKid === r.signedByKid).sort((a, b) => a.sequence - b.sequence);
    const last = signed.at(-1);
    return { ...r, sequence: last?.sequence ?? 0, receivedAt: last?.importedAt ?? '' };
  });
  await tx.table('keyRotations').bulkPut(rotations);
  const auth: AuthenticatedRotation[] = rotations.map((r) => ({ announcement: r.announcement, signedByKid: r.signedByKid, sequence: r.sequence, receivedAt: r.receivedAt }));
  const keys: TrustedKey[] = trusted.map((k) => ({ unitId: k.unitId, kid: k.kid, jwk: k.jwk }));

  const received: ReceivedBundleRow[] = seen.map((s) => ({
    payloadSha256: s.payloadSha256,
    origin: s.origin,
    lineage: lineageOf(s.origin, s.signerKid, keys, auth),
    sequence: s.sequence,
    partKey: s.partKey,
    originName: s.originName,
    adminCode: s.adminCode,
    signerKid: s.signerKid,
    createdAt: s.createdAt,
    importedAt: s.importedAt,
    importedBy: s.importedBy,
    fileName: s.fileName,
    range: s.range,
    counts: s.counts,
  }));
  await tx.table('receivedBundles').bulkPut(received);
  await tx.table('seenBundles').clear();

  const codes = new Map(seen.map((s) => [s.origin, s.adminCode]));
  await tx.table('trustedKeys').bulkPut(trusted.map((k) => ({ ...k, ...(codes.get(k.unitId) ? { adminCode: codes.get(k.unitId) } : {}) })));

  const held = (await tx.table('heldRecords').toArray()) as HeldRecordRow[];
  const claims: HeldClaimRow[] = held.map((h) => {
    const rule = NUMBER_RULES.find((r) => r.table === h.table);
    const numberKey = rule ? numberKeyOf(rule, h.record) : undefined;
    return { table: h.table, id: h.id, origin: h.record.origin, record: h.record, reason: 'number-conflict', ...(numberKey ? { numberKey } : {}), heldAt: h.heldAt };
  });
  await tx.table('heldClaims').bulkPut(claims);
  await tx.table('heldRecords').clear();

  // Counters of other units' live records, counted once here and then kept by every import.
  const local = (await tx.table('settings').get('localUnitId')) as { value?: unknown } | undefined;
  const self = typeof local?.value === 'string' ? local.value : '';
  const counts = new Map<string, Partial<Record<ReplicatedTable, number>>>();
  for (const t of V6_TABLES) {
    if (!hasTable(tx, t)) continue;
    await tx.table(t).each((r: BundleRecord) => {
      if (typeof r.origin !== 'string' || r.origin === self || r.deleted) return;
      const m = counts.get(r.origin) ?? counts.set(r.origin, {}).get(r.origin)!;
      m[t] = (m[t] ?? 0) + 1;
    });
  }
  const stats: OriginStatsRow[] = [...counts].map(([origin, c]) => ({ origin, counts: c }));
  await tx.table('originStats').bulkPut(stats);
}
