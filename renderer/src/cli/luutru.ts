/**
 * The `luutru` command line, for the upper level and for support staff: verify and
 * inspect bundles, merge a set of commune bundles into one consolidated bundle (same
 * core verify + planMerge as the app, each record keeps its origin), make a key, print
 * the JSON Schema. Built to dist-cli/luutru.mjs (npm run build:cli), run by bin/luutru.mjs.
 */
import { generateKeyPairSync } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import {
  BundlePayloadSchema,
  OriginSchema,
  PublicJwkSchema,
  REPLICATED_TABLES,
  applyPlan,
  checkPartSet,
  createBundleFile,
  emptyMergeState,
  importPkcs8PrivateKey,
  keyFingerprint,
  lookupFromState,
  parseBundleFile,
  pemToDer,
  planMerge,
  publicJwkFromPkcs8,
  verifyBundle,
  verifyBundles,
  jwkThumbprint,
  type BatchOutcome,
  type BundleRecord,
  type CarriedOrigin,
  type Fingerprint,
  type ParsedBundleFile,
  type ReplicatedTable,
  type TrustPolicy,
  type VerifiedBundle,
} from '../core/bundle/index';
import { AppError, isAppError } from '../core/errors';
import { formatMessage, type Lang } from './messages';

export type CliIo = { readonly out: (line: string) => void; readonly err: (line: string) => void };

const defaultIo: CliIo = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) };

const USAGE = `luutru bundle <command>

  verify <file...> [--trust keys.json]   check signatures, signer trust, format, origins
  inspect <file>                          origin, sequence, range, counts, key fingerprint
  merge <out.json> <file...> --key key.pem --origin origin.json
        [--sequence N] [--trust keys.json] [--accept-new-keys] [--created-at ISO]
                                          merge bundles into one consolidated bundle
  keygen <key.pem>                        new Ed25519 key (PKCS#8 PEM) + <key>.pub.json
  schema                                  JSON Schema of the bundle payload

Options: --lang vi|en (default vi). Exit: 0 ok, 1 refused/error, 2 needs confirmation.`;

type Args = { positional: string[]; flags: Map<string, string | true> };

function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const boolFlags = new Set(['accept-new-keys', 'help', 'json']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const name = a.slice(2);
      if (boolFlags.has(name)) flags.set(name, true);
      else {
        const v = argv[i + 1];
        if (v === undefined) throw new AppError('cli.usage');
        flags.set(name, v);
        i++;
      }
    } else positional.push(a);
  }
  return { positional, flags };
}

function flag(args: Args, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch {
    throw new AppError('cli.fileRead', { file });
  }
}

const TrustFileSchema = z.object({
  keys: z.array(z.object({ unitId: z.string(), kid: z.string(), jwk: PublicJwkSchema, note: z.string().optional() })).default([]),
  revoked: z.array(z.object({ kid: z.string(), revokedAt: z.string().optional(), reason: z.string().optional() })).default([]),
});

async function readTrust(file: string | undefined): Promise<TrustPolicy> {
  if (!file) return { trustedKeys: [] };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(await readBytes(file)));
  } catch (e) {
    if (isAppError(e)) throw e;
    throw new AppError('cli.fileRead', { file });
  }
  const parsed = TrustFileSchema.safeParse(json);
  if (!parsed.success) throw new AppError('cli.fileRead', { file });
  return { trustedKeys: parsed.data.keys, revoked: parsed.data.revoked };
}

function fp(f: Fingerprint): string[] {
  return [`  words:   ${f.words.join(' · ')}`, `  hex:     ${f.hex}`, `  decimal: ${f.decimal}`, `  kid:     ${f.kid}`];
}

function describeError(e: unknown, lang: Lang): string {
  if (isAppError(e)) return `${e.code}: ${formatMessage(e.code, e.params, lang)}`;
  return `error: ${e instanceof Error ? e.message : String(e)}`;
}

async function parseFiles(files: readonly string[]): Promise<Array<{ file: string; parsed?: ParsedBundleFile; error?: unknown }>> {
  return Promise.all(
    files.map(async (file) => {
      try {
        return { file, parsed: parseBundleFile(await readBytes(file)) };
      } catch (error) {
        return { file, error };
      }
    }),
  );
}

async function cmdVerify(args: Args, io: CliIo, lang: Lang): Promise<number> {
  const files = args.positional;
  if (files.length === 0) throw new AppError('cli.usage');
  const policy = await readTrust(flag(args, 'trust'));
  const parsed = await parseFiles(files);
  const ok = parsed.filter((p) => p.parsed);
  const outcomes = await verifyBundles(
    ok.map((p) => p.parsed!),
    policy,
  );
  let worst = 0;
  const byFile = new Map<string, BatchOutcome>(ok.map((p, i) => [p.file, outcomes[i]!]));
  for (const p of parsed) {
    const o = byFile.get(p.file);
    if (!o) {
      io.out(`${p.file}: REFUSED ${describeError(p.error, lang)}`);
      worst = 1;
    } else if (o.status === 'error') {
      io.out(`${p.file}: REFUSED ${describeError(o.error, lang)}`);
      worst = 1;
    } else if (o.status === 'needs-confirmation') {
      io.out(`${p.file}: NEEDS CONFIRMATION — first bundle from "${o.origin.name}" (${o.origin.unitId}); compare this fingerprint with the sender on paper:`);
      for (const l of fp(o.fingerprint)) io.out(l);
      worst = Math.max(worst, 2);
    } else {
      const b = o.bundle.payload;
      io.out(`${p.file}: OK ${b.origin.name} #${b.sequence}${b.part ? ` part ${b.part.index}/${b.part.total}` : ''} (${o.bundle.trustedVia} key)`);
    }
  }
  return worst === 1 ? 1 : worst;
}

async function cmdInspect(args: Args, io: CliIo): Promise<number> {
  const file = args.positional[0];
  if (!file || args.positional.length > 1) throw new AppError('cli.usage');
  const parsed = parseBundleFile(await readBytes(file));
  // First pass with no trust tells us the signer; then check everything as if that key were trusted.
  const first = await verifyBundle(parsed, { trustedKeys: [] });
  if (first.status !== 'needs-confirmation') throw new AppError('bundle.verify.failed');
  const out = await verifyBundle(parsed, { trustedKeys: [{ unitId: first.origin.unitId, kid: first.kid, jwk: first.signerKey }] });
  if (out.status === 'needs-confirmation') throw new AppError('bundle.verify.failed');
  const p = out.bundle.payload;
  const lines = [
    `file:      ${file}`,
    `origin:    ${p.origin.name} (${p.origin.level}, adminCode ${p.origin.adminCode || '-'}, legacy ${p.origin.legacyAdminCode || '-'}, agencyId ${p.origin.agencyId || '-'})`,
    `unitId:    ${p.origin.unitId}`,
    `fonds:     ${p.origin.fonds.map((f) => `${f.number} ${f.name} [${f.status}]`).join('; ') || '-'}`,
    `sequence:  ${p.sequence}${p.part ? ` (part ${p.part.index}/${p.part.total}, set ${p.part.setId})` : ''}`,
    `range:     ${p.range.kind === 'full' ? 'full' : `since #${p.range.sinceSequence}`}`,
    `created:   ${p.createdAt}`,
    `counts:    ${REPLICATED_TABLES.filter((t) => p.counts[t]).map((t) => `${t}=${p.counts[t]}`).join(', ') || '(none)'}`,
    ...(p.carriedOrigins ? [`carries:   ${p.carriedOrigins.map((c) => `${c.name} (${c.unitId})`).join('; ')}`] : []),
    ...(p.keyRotation ? [`rotation:  new key ${p.keyRotation.newKid} from ${p.keyRotation.effectiveAt}`] : []),
    `signature: valid for the key inside the bundle (trust not checked — compare the fingerprint)`,
    `signer key fingerprint:`,
    ...fp(out.bundle.fingerprint),
  ];
  for (const l of lines) io.out(l);
  return 0;
}

async function cmdKeygen(args: Args, io: CliIo): Promise<number> {
  const file = args.positional[0];
  if (!file) throw new AppError('cli.usage');
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const jwk = await publicJwkFromPkcs8(pemToDer(pem));
  await writeFile(file, pem, { mode: 0o600, flag: 'wx' });
  await writeFile(`${file}.pub.json`, `${JSON.stringify(jwk, null, 2)}\n`);
  io.out(`private key: ${file} (keep it secret)`);
  io.out(`public key:  ${file}.pub.json`);
  for (const l of fp(await keyFingerprint(jwk))) io.out(l);
  return 0;
}

async function cmdMerge(args: Args, io: CliIo, lang: Lang): Promise<number> {
  const [outFile, ...files] = args.positional;
  const keyFile = flag(args, 'key');
  const originFile = flag(args, 'origin');
  if (!outFile || files.length === 0 || !keyFile || !originFile) throw new AppError('cli.usage');
  const der = pemToDer(new TextDecoder().decode(await readBytes(keyFile)));
  const privateKey = await importPkcs8PrivateKey(der);
  const signerKey = await publicJwkFromPkcs8(der);
  const originJson: unknown = JSON.parse(new TextDecoder().decode(await readBytes(originFile)));
  const origin = OriginSchema.parse(originJson);
  const sequence = Number(flag(args, 'sequence') ?? '1');
  const policy = await readTrust(flag(args, 'trust'));

  const parsed = await parseFiles(files);
  for (const p of parsed) if (p.error) throw p.error;
  let outcomes = await verifyBundles(
    parsed.map((p) => p.parsed!),
    policy,
  );
  const unconfirmed = outcomes.filter((o) => o.status === 'needs-confirmation');
  if (unconfirmed.length > 0) {
    if (!args.flags.has('accept-new-keys')) {
      for (const o of unconfirmed) if (o.status === 'needs-confirmation') {
        io.err(`unconfirmed key for "${o.origin.name}" (${o.origin.unitId}):`);
        for (const l of fp(o.fingerprint)) io.err(l);
      }
      throw new AppError('cli.needsConfirmation');
    }
    const extra = unconfirmed.flatMap((o) => (o.status === 'needs-confirmation' ? [{ unitId: o.origin.unitId, kid: o.kid, jwk: o.signerKey }] : []));
    outcomes = await verifyBundles(
      parsed.map((p) => p.parsed!),
      { ...policy, trustedKeys: [...policy.trustedKeys, ...extra] },
    );
  }
  const bundles: VerifiedBundle[] = [];
  outcomes.forEach((o, i) => {
    if (o.status === 'error') {
      io.err(`${files[i]}: ${describeError(o.error, lang)}`);
      throw o.error;
    }
    if (o.status !== 'needs-confirmation') bundles.push(o.bundle);
  });
  // Split sets must be complete.
  const sets = new Map<string, VerifiedBundle[]>();
  for (const b of bundles) if (b.payload.part) (sets.get(b.payload.part.setId) ?? sets.set(b.payload.part.setId, []).get(b.payload.part.setId)!).push(b);
  for (const set of sets.values()) {
    const st = checkPartSet(set);
    if (!st.complete) throw new AppError('bundle.parts.incomplete', { missing: st.missing.join(', '), total: st.total });
  }

  const plan = planMerge(lookupFromState(emptyMergeState()), bundles, { receiverUnitId: origin.unitId });
  const state = applyPlan(emptyMergeState(), plan);
  const records: Partial<Record<ReplicatedTable, BundleRecord[]>> = {};
  for (const t of REPLICATED_TABLES) {
    const rows = [...(state.get(t)?.values() ?? [])];
    if (rows.length > 0) records[t] = rows;
  }
  // Each carried origin keeps the signer it came from: directly from its own bundle, or as listed by another upper level.
  const carried = new Map<string, CarriedOrigin>();
  const addSource = (c: CarriedOrigin) => {
    const prev = carried.get(c.unitId);
    if (!prev) carried.set(c.unitId, c);
    else {
      const keyOf = (s: CarriedOrigin['sources'][number]) => `${s.sequence}|${s.part ?? ''}|${s.payloadSha256}`;
      const have = new Set(prev.sources.map(keyOf));
      const sources = [...prev.sources, ...c.sources.filter((s) => !have.has(keyOf(s)))].sort((a, b) => a.sequence - b.sequence || (a.part ?? 0) - (b.part ?? 0));
      // The top-level key is the one that signed the latest source.
      const latest = sources[sources.length - 1]!;
      const newer = latest.signerKid === c.signerKid ? c : prev;
      carried.set(c.unitId, { ...prev, signerKid: newer.signerKid, signerKey: newer.signerKey, sources });
    }
  };
  for (const b of bundles) {
    const p = b.payload;
    if (p.origin.unitId !== origin.unitId)
      addSource({
        unitId: p.origin.unitId,
        adminCode: p.origin.adminCode,
        name: p.origin.name,
        signerKid: b.kid,
        signerKey: p.signerKey,
        sources: [{ sequence: p.sequence, ...(p.part ? { part: p.part.index } : {}), signerKid: b.kid, payloadSha256: b.payloadSha256 }],
      });
    for (const c of p.carriedOrigins ?? []) if (c.unitId !== origin.unitId) addSource(c);
  }
  const used = new Set(Object.values(records).flatMap((rows) => rows.map((r) => r.origin)));
  const carriedOrigins = [...carried.values()].filter((c) => used.has(c.unitId)).sort((a, b) => (a.unitId < b.unitId ? -1 : 1));

  const bytes = await createBundleFile(
    {
      origin,
      signerKey,
      sequence,
      range: { kind: 'full' },
      createdAt: flag(args, 'created-at') ?? new Date().toISOString(),
      records,
      carriedOrigins,
    },
    privateKey,
  );
  await writeFile(outFile, bytes);
  const total = plan.puts.length;
  io.out(`merged ${bundles.length} bundle(s), ${total} record(s), ${carriedOrigins.length} carried origin(s) → ${outFile}`);
  for (const c of plan.conflicts) io.out(`conflict ${c.table}.${c.rule} ${c.key}: ${c.recordIds.join(', ')}`);
  for (const r of plan.rejected) io.out(`rejected ${r.table} ${r.id}: ${formatMessage(r.code, {}, lang)}`);
  io.out(`signer kid: ${await jwkThumbprint(signerKey)}`);
  return 0;
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  let lang: Lang = 'vi';
  try {
    const args = parseArgs(argv);
    lang = flag(args, 'lang') === 'en' ? 'en' : 'vi';
    const [group, cmd, ...rest] = args.positional;
    if (args.flags.has('help') || group !== 'bundle' || !cmd) {
      io.out(USAGE);
      return args.flags.has('help') ? 0 : 1;
    }
    const sub: Args = { positional: rest, flags: args.flags };
    switch (cmd) {
      case 'verify':
        return await cmdVerify(sub, io, lang);
      case 'inspect':
        return await cmdInspect(sub, io);
      case 'merge':
        return await cmdMerge(sub, io, lang);
      case 'keygen':
        return await cmdKeygen(sub, io);
      case 'schema':
        io.out(JSON.stringify(bundleJsonSchema(), null, 2));
        return 0;
      default:
        io.out(USAGE);
        return 1;
    }
  } catch (e) {
    io.err(describeError(e, lang));
    if (isAppError(e) && e.code === 'cli.usage') io.err(USAGE);
    return 1;
  }
}

/** The JSON Schema of the payload, as written to docs/bundle.schema.json. */
export function bundleJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(BundlePayloadSchema, { target: 'draft-2020-12', unrepresentable: 'any', reused: 'ref' }),
    // A URN, not a URL: the schema is identified, never fetched (the app works with no network).
    $id: 'urn:luutru:schema:bundle-payload:v1',
    title: 'Lưu trữ xã bundle payload, formatVersion 1',
  };
}
