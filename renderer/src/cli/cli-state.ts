/**
 * The CLI's import state (trạng thái nhập): a JSON file the `luutru bundle` commands read and
 * write, so that across runs they know the trusted keys, rotations and revocations, the
 * custody records, the bundles taken in (to refuse replays and forks) and the records held
 * — the same state the app keeps in IndexedDB, applied with the same import plan.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import {
  HlcSchema,
  KeyRotationSchema,
  KeyRecoverySchema,
  PublicJwkSchema,
  REPLICATED_TABLES,
  emptyMemoryState,
  type AuthenticatedRotation,
  type BundleRecord,
  type Custody,
  type HeldClaim,
  type MemoryState,
  type ReplicatedTable,
  type RevokedKey,
  type SeenBundle,
  type TrustPolicy,
  type TrustedKey,
} from '../core/bundle/index';
import { AppError } from '../core/errors';

export const CLI_STATE_FORMAT = 'luutru-cli-state';

const RecordSchema = z.object({ id: z.string(), origin: z.string(), clock: HlcSchema, deleted: z.boolean(), changedBy: z.string() }).catchall(z.unknown());

/**
 * A trusted key as the state file and a --trust file hold it: how and when it was taken, and a
 * recovered key's announcement (the next recovery of the unit is compared with it).
 */
export const TrustedKeySchema = z.object({
  unitId: z.string(),
  kid: z.string(),
  jwk: PublicJwkSchema,
  note: z.string().optional(),
  confirmedAs: z.enum(['first-contact', 'new-key', 'key-recovery']).optional(),
  confirmedAt: z.string().optional(),
  recovery: KeyRecoverySchema.optional(),
});
export const RevokedKeySchema = z.object({ kid: z.string(), revokedAt: z.string().optional(), reason: z.string().optional() });

const StateFileSchema = z
  .object({
    format: z.literal(CLI_STATE_FORMAT),
    version: z.literal(1),
    receiverUnitId: z.string(),
    trustedKeys: z.array(TrustedKeySchema),
    revoked: z.array(RevokedKeySchema),
    rotations: z.array(z.object({ announcement: KeyRotationSchema, signedByKid: z.string(), sequence: z.number().int(), receivedAt: z.string().optional() })),
    custody: z.array(
      z.object({
        carrierUnitId: z.string(),
        carriedUnitId: z.string(),
        kind: z.enum(['merger', 'transfer']),
        effectiveDate: z.string(),
        basis: z.string(),
        confirmedBy: z.string(),
        confirmedAt: z.string(),
      }),
    ),
    seen: z.array(
      z.object({ origin: z.string(), lineage: z.string(), sequence: z.number().int(), part: z.number().int().optional(), setId: z.string().optional(), payloadSha256: z.string() }),
    ),
    held: z.array(
      z.object({
        table: z.enum(REPLICATED_TABLES),
        id: z.string(),
        origin: z.string(),
        record: RecordSchema,
        reason: z.enum(['contested', 'parent-missing', 'parent-foreign', 'number-conflict']),
        parentKey: z.string().optional(),
        numberKey: z.string().optional(),
        detail: z.string().optional(),
      }),
    ),
    owners: z.array(z.object({ table: z.enum(REPLICATED_TABLES), id: z.string(), owner: z.string() })),
    live: z.record(z.string(), z.array(RecordSchema)),
    lastExportSequence: z.number().int().min(0),
  })
  .strict();

export type CliState = {
  readonly trust: Required<Pick<TrustPolicy, 'trustedKeys' | 'rotations' | 'revoked' | 'custody'>>;
  readonly memory: MemoryState;
  readonly lastExportSequence: number;
};

export function emptyCliState(receiverUnitId: string): CliState {
  return { trust: { trustedKeys: [], rotations: [], revoked: [], custody: [] }, memory: emptyMemoryState(receiverUnitId), lastExportSequence: 0 };
}

export async function readCliState(file: string, receiverUnitId: string): Promise<CliState> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') return emptyCliState(receiverUnitId);
    throw new AppError('cli.fileRead', { file });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('cli.stateInvalid', { file });
  }
  const parsed = StateFileSchema.safeParse(json);
  if (!parsed.success) throw new AppError('cli.stateInvalid', { file });
  const s = parsed.data;
  const live = new Map(REPLICATED_TABLES.map((t) => [t, new Map((s.live[t] ?? []).map((r) => [r.id, r as BundleRecord]))] as const));
  const held = new Map(s.held.map((h) => [`${h.table}\u0000${h.id}\u0000${h.origin}`, h as HeldClaim]));
  const owners = new Map(s.owners.map((o) => [`${o.table}\u0000${o.id}`, o.owner]));
  return {
    trust: {
      trustedKeys: s.trustedKeys as TrustedKey[],
      rotations: s.rotations as AuthenticatedRotation[],
      revoked: s.revoked as RevokedKey[],
      custody: s.custody as Custody[],
    },
    memory: { receiverUnitId: s.receiverUnitId, live, held, owners, seen: s.seen as SeenBundle[] },
    lastExportSequence: s.lastExportSequence,
  };
}

/** Writes the state atomically (a temporary file renamed over the old one). */
export async function writeCliState(file: string, state: CliState): Promise<void> {
  const m = state.memory;
  const out = {
    format: CLI_STATE_FORMAT,
    version: 1,
    receiverUnitId: m.receiverUnitId,
    ...state.trust,
    seen: m.seen,
    held: [...m.held.values()],
    owners: [...m.owners].map(([k, owner]) => {
      const [table, id] = k.split('\u0000') as [ReplicatedTable, string];
      return { table, id, owner };
    }),
    live: Object.fromEntries(REPLICATED_TABLES.map((t) => [t, [...(m.live.get(t)?.values() ?? [])]]).filter(([, rows]) => (rows as unknown[]).length > 0)),
    lastExportSequence: state.lastExportSequence,
  };
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(out)}\n`);
  await rename(tmp, file);
}
