/**
 * The `luutru` command line, for the upper level and support staff: verify and inspect
 * bundles, import them into a state file, and pass a set of bundles upward unchanged inside
 * one bundle signed by the upper level (each unit's own signature travels with its data).
 * Same core code as the app — verifySelection, the one import plan, the same error
 * sentences. Built to dist-cli/luutru.mjs (npm run build:cli), run by bin/luutru.mjs.
 */
import { generateKeyPairSync } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import {
  BundlePayloadSchema,
  OriginSchema,
  REPLICATED_TABLES,
  createBundleFile,
  importIntoMemory,
  importPkcs8PrivateKey,
  keyFingerprint,
  parseBundleFile,
  pemToDer,
  publicJwkFromPkcs8,
  verifyBundle,
  verifySelection,
  jwkThumbprint,
  type Custody,
  type Fingerprint,
  type ParsedBundleFile,
  type SelectionResult,
  type TrustPolicy,
} from '../core/bundle/index';
import type { IdentityWarning } from '../core/bundle/identity';
import { AppError, isAppError } from '../core/errors';
import { emptyCliState, readCliState, RevokedKeySchema, TrustedKeySchema, writeCliState, type CliState } from './cli-state';
import { formatMessage, type Lang } from './messages';
import { ARCHIVE_USAGE, archiveMain, readStdin, terminalAsk } from '../archive/cli';

export type CliIo = { readonly out: (line: string) => void; readonly err: (line: string) => void };

const defaultIo: CliIo = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) };

const USAGE = `luutru bundle <command>

  verify <file...> [--trust keys.json] [--state state.json]
        check signatures, keys, carried bundles, forks against what the state has taken in
  import <file...> --state state.json [--trust keys.json] [--accept-new-keys] [--custody SPEC]...
        take the bundles into the state file (the same import plan as the app)
  inspect <file>                          origin, sequence, range, counts, carried units, key fingerprint
  merge <out.json> <file...> --key key.pem --origin origin.json [--state state.json]
        [--sequence N] [--trust keys.json] [--accept-new-keys] [--custody SPEC]... [--created-at ISO]
        pass the given bundles upward, unchanged, inside one bundle signed with key.pem
  keygen <key.pem>                        new Ed25519 key (PKCS#8 PEM) + <key>.pub.json
  schema                                  JSON Schema of the bundle payload

SPEC (custody: why a unit may carry another's data): carrierUnitId:carriedUnitId:merger|transfer:YYYY-MM-DD:basis
Options: --lang vi|en (default vi). Exit: 0 ok, 1 refused/error, 2 a person must confirm a key or a custody.`;

type Args = { positional: string[]; flags: Map<string, string[] | true> };

function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string[] | true>();
  const boolFlags = new Set(['accept-new-keys', 'help', 'json', 'password-stdin']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const name = a.slice(2);
      if (boolFlags.has(name)) flags.set(name, true);
      else {
        const v = argv[i + 1];
        if (v === undefined) throw new AppError('cli.usage');
        const prev = flags.get(name);
        flags.set(name, Array.isArray(prev) ? [...prev, v] : [v]);
        i++;
      }
    } else positional.push(a);
  }
  return { positional, flags };
}

function flag(args: Args, name: string): string | undefined {
  const v = args.flags.get(name);
  return Array.isArray(v) ? v.at(-1) : undefined;
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch {
    throw new AppError('cli.fileRead', { file });
  }
}

const TrustFileSchema = z.object({ keys: z.array(TrustedKeySchema).default([]), revoked: z.array(RevokedKeySchema).default([]) });

async function readTrust(file: string | undefined): Promise<Pick<TrustPolicy, 'trustedKeys' | 'revoked'>> {
  if (!file) return { trustedKeys: [], revoked: [] };
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

function parseCustody(spec: string, by: string): Custody {
  const [carrierUnitId, carriedUnitId, kind, effectiveDate, ...basis] = spec.split(':');
  if (!carrierUnitId || !carriedUnitId || (kind !== 'merger' && kind !== 'transfer') || !/^\d{4}-\d{2}-\d{2}$/.test(effectiveDate ?? '') || basis.join(':').trim() === '')
    throw new AppError('cli.usage');
  return { carrierUnitId, carriedUnitId, kind, effectiveDate: effectiveDate!, basis: basis.join(':').trim(), confirmedBy: by, confirmedAt: new Date().toISOString() };
}

function fp(f: Fingerprint): string[] {
  return [`  words:   ${f.words.join(' · ')}`, `  hex:     ${f.hex}`, `  decimal: ${f.decimal}`, `  kid:     ${f.kid}`];
}

/** What a first-contact or key-recovery warning names, after its code. */
function warningDetail(w: IdentityWarning): string {
  if ('otherName' in w) return `: ${w.otherName}`;
  if (w.code === 'recovery.sameBackup') return `: the backup of ${w.backupCreatedAt} was restored before (key ${w.earlierKid} confirmed ${w.earlierConfirmedAt}); two PCs may send as this unit`;
  if (w.code === 'recovery.sameLostKey')
    return `: the key reported lost was reported lost before (backup of ${w.earlierBackupCreatedAt}, key ${w.earlierKid} confirmed ${w.earlierConfirmedAt}); now the backup of ${w.backupCreatedAt}`;
  if (w.code === 'recovery.earlierUnknown') return `: this unit restored a backup before (key ${w.earlierKid} confirmed ${w.earlierConfirmedAt}; which backup was not recorded)`;
  if (w.code === 'recovery.together') return `: another new key of this unit in these files (${w.otherKid}) comes from the same backup (${w.backupCreatedAt}) or reports the same key lost`;
  return '';
}

function describeError(e: unknown, lang: Lang): string {
  // The words first, for the person at the console; the code after them, for a script or a support call.
  if (isAppError(e)) return `${formatMessage(e.code, e.params, lang)} (${e.code})`;
  return `error: ${e instanceof Error ? e.message : String(e)}`;
}

async function parseFiles(files: readonly string[]): Promise<(ParsedBundleFile | AppError)[]> {
  return Promise.all(
    files.map(async (file) => {
      try {
        return parseBundleFile(await readBytes(file));
      } catch (e) {
        return isAppError(e) ? e : new AppError('bundle.verify.failed');
      }
    }),
  );
}

/** The state to check against: the state file if given (else empty), plus the trust file and --custody. */
async function loadState(args: Args, receiverUnitId: string): Promise<{ state: CliState; file: string | undefined }> {
  const file = flag(args, 'state');
  const base = file ? await readCliState(file, receiverUnitId) : emptyCliState(receiverUnitId);
  const extra = await readTrust(flag(args, 'trust'));
  const custody = (args.flags.get('custody') === true ? [] : ((args.flags.get('custody') as string[] | undefined) ?? [])).map((s) => parseCustody(s, 'luutru CLI'));
  const keys = [...base.trust.trustedKeys];
  for (const k of extra.trustedKeys ?? []) if (!keys.some((x) => x.kid === k.kid)) keys.push(k);
  return {
    state: {
      ...base,
      trust: { ...base.trust, trustedKeys: keys, revoked: [...base.trust.revoked, ...(extra.revoked ?? [])], custody: [...base.trust.custody, ...custody] },
    },
    file,
  };
}

function policyOf(state: CliState): TrustPolicy {
  return { ...state.trust, seen: state.memory.seen, receiverUnitId: state.memory.receiverUnitId, knownUnits: [] };
}

/** Verifies; with --accept-new-keys, keys needing confirmation are trusted (after printing their fingerprints) and verified again. */
async function verifyWithState(args: Args, io: CliIo, parsed: readonly (ParsedBundleFile | AppError)[], state: CliState): Promise<{ selection: SelectionResult; state: CliState }> {
  let selection = await verifySelection(parsed, policyOf(state));
  const pending = selection.files.flatMap((f) => (f.status === 'needs-confirmation' ? f.confirmations : []));
  if (pending.length > 0 && args.flags.has('accept-new-keys')) {
    for (const c of pending) {
      io.err(`accepting key of "${c.origin.name}" (${c.origin.unitId}, ${c.kind}):`);
      for (const l of fp(c.fingerprint)) io.err(l);
      for (const w of c.warnings) io.err(`  WARNING ${w.code}${warningDetail(w)}`);
    }
    const trustedKeys = [...state.trust.trustedKeys];
    const at = new Date().toISOString();
    for (const c of pending)
      if (!trustedKeys.some((k) => k.kid === c.kid))
        trustedKeys.push({ unitId: c.origin.unitId, kid: c.kid, jwk: c.signerKey, note: `CLI --accept-new-keys (${c.kind})`, confirmedAs: c.kind, confirmedAt: at, ...(c.recovery ? { recovery: c.recovery } : {}) });
    state = { ...state, trust: { ...state.trust, trustedKeys } };
    selection = await verifySelection(parsed, policyOf(state));
  }
  return { selection, state };
}

/** One line per picked file; returns the exit code (0 ok, 2 a person must act, 1 refused). */
function report(io: CliIo, files: readonly string[], selection: SelectionResult, lang: Lang): number {
  let worst = 0;
  selection.files.forEach((v, i) => {
    const file = files[i];
    switch (v.status) {
      case 'accepted':
      case 'already-imported': {
        const b = v.bundle.payload;
        io.out(`${file}: ${v.status === 'accepted' ? 'OK' : 'ALREADY TAKEN'} ${b.origin.name} #${b.sequence}${b.part ? ` part ${b.part.index}/${b.part.total}` : ''} (${v.bundle.trustedVia} key)`);
        for (const c of v.carried) io.out(`  carries ${c.payload.origin.name} #${c.payload.sequence}${c.payload.part ? ` part ${c.payload.part.index}` : ''}`);
        break;
      }
      case 'needs-confirmation':
        for (const c of v.confirmations) {
          io.out(`${file}: NEEDS CONFIRMATION (${c.kind}) — "${c.origin.name}" (${c.origin.unitId})${c.via.length ? ` carried by ${c.via.map((x) => x.name).join(' → ')}` : ''}; compare this fingerprint with the paper record:`);
          for (const l of fp(c.fingerprint)) io.out(l);
          for (const w of c.warnings) io.out(`  WARNING ${w.code}${warningDetail(w)}`);
        }
        worst = Math.max(worst, 2);
        break;
      case 'needs-custody':
        io.out(`${file}: NEEDS CUSTODY — ${v.carrier.name} (${v.carrier.unitId}) carries ${v.carried.map((c) => `${c.name} (${c.unitId})`).join(', ')}; record why with --custody`);
        worst = Math.max(worst, 2);
        break;
      case 'fork':
        io.out(`${file}: FORK — ${v.origin.name} #${v.sequence}: ${formatMessage('bundle.sequence.fork', { sequence: v.sequence }, lang)}`);
        worst = 1;
        break;
      case 'incomplete':
        io.out(`${file}: INCOMPLETE — ${formatMessage('bundle.parts.incomplete', { missing: v.missing.join(', '), total: v.total }, lang)}`);
        worst = 1;
        break;
      case 'error':
        io.out(`${file}: REFUSED ${describeError(v.error, lang)}`);
        worst = 1;
        break;
    }
  });
  for (const f of selection.forks) io.out(`fork: ${f.origin.name} #${f.sequence} — ${f.variants.length} different bundles; none of the new ones taken`);
  for (const o of selection.overlaps) io.out(`overlap: ${o.origin.name} #${o.sequence} sent under ${o.lineages.length} key lineages (restored from a backup)`);
  return worst === 1 ? 1 : worst;
}

async function cmdVerify(args: Args, io: CliIo, lang: Lang): Promise<number> {
  const files = args.positional;
  if (files.length === 0) throw new AppError('cli.usage');
  const { state } = await loadState(args, '00000000-0000-0000-0000-000000000000');
  const { selection } = await verifyWithState({ ...args, flags: new Map([...args.flags].filter(([k]) => k !== 'accept-new-keys')) }, io, await parseFiles(files), state);
  return report(io, files, selection, lang);
}

/** Takes the accepted bundles into the state (in memory) with the one import plan; prints what it did. */
function takeIn(io: CliIo, state: CliState, selection: SelectionResult, lang: Lang): CliState {
  if (selection.received.length === 0) return state;
  const { state: memory, plan } = importIntoMemory(state.memory, selection.accepted, selection.received);
  const total = { new: 0, updated: 0, unchanged: 0, held: 0, rejected: 0 };
  for (const t of REPLICATED_TABLES) for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += plan.tables[t].total[k];
  io.out(`records: ${total.new} new, ${total.updated} updated, ${total.unchanged} unchanged, ${total.held} held, ${total.rejected} refused`);
  for (const h of plan.holds) io.out(`held ${h.table} ${h.id} of ${h.origin}: ${h.reason}${h.detail ? ` (${h.detail})` : ''}`);
  for (const r of plan.rejected) io.out(`refused ${r.table} ${r.id} of ${r.origin}: ${formatMessage(r.code, {}, lang)}`);
  return { ...state, memory };
}

async function cmdImport(args: Args, io: CliIo, lang: Lang): Promise<number> {
  const files = args.positional;
  const stateFile = flag(args, 'state');
  if (files.length === 0 || !stateFile) throw new AppError('cli.usage');
  const { state: loaded } = await loadState(args, flag(args, 'receiver') ?? '00000000-0000-0000-0000-000000000000');
  const { selection, state } = await verifyWithState(args, io, await parseFiles(files), loaded);
  const code = report(io, files, selection, lang);
  const next = takeIn(io, state, selection, lang);
  await writeCliState(stateFile, next);
  io.out(`state: ${stateFile}`);
  return code;
}

async function cmdInspect(args: Args, io: CliIo): Promise<number> {
  const file = args.positional[0];
  if (!file || args.positional.length > 1) throw new AppError('cli.usage');
  const parsed = parseBundleFile(await readBytes(file));
  // First pass with no trust tells us the signer; then check everything as if that key were trusted.
  const first = await verifyBundle(parsed, { trustedKeys: [] });
  if (first.status !== 'needs-confirmation') throw new AppError('bundle.verify.failed');
  const c = first.confirmation;
  const out = await verifyBundle(parsed, { trustedKeys: [{ unitId: c.origin.unitId, kid: c.kid, jwk: c.signerKey }] });
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
    ...(p.carried ? [`carries:   ${p.carried.length} signed bundle file(s) of other units (each checked with its own unit's key on import)`] : []),
    ...(p.keyRotation ? [`rotation:  new key ${p.keyRotation.newKid} from the bundle after #${p.sequence}`] : []),
    ...(p.keyRecovery ? [`recovery:  lost key; restored from a backup of ${p.keyRecovery.backupCreatedAt} (after bundle #${p.keyRecovery.resumedAfterSequence})`] : []),
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
  let originJson: unknown;
  try {
    originJson = JSON.parse(new TextDecoder().decode(await readBytes(originFile)));
  } catch (e) {
    if (isAppError(e)) throw e;
    throw new AppError('cli.fileRead', { file: originFile });
  }
  const origin = OriginSchema.parse(originJson);
  const { state: loaded, file: stateFile } = await loadState(args, origin.unitId);
  const parsed = await parseFiles(files);
  const { selection, state } = await verifyWithState(args, io, parsed, loaded);
  const code = report(io, files, selection, lang);
  if (selection.files.some((f) => f.status === 'needs-confirmation')) throw new AppError('cli.needsConfirmation');
  if (selection.files.some((f) => f.status === 'needs-custody')) throw new AppError('cli.needsCustody');
  if (code === 1) return 1;
  const next = takeIn(io, state, selection, lang);
  // The picked files themselves travel, exactly as signed: the receiver checks each unit's signature.
  const carried = selection.files.flatMap((v, i) => {
    const p = parsed[i];
    return (v.status === 'accepted' || v.status === 'already-imported') && p && !(p instanceof AppError) ? [p.jws] : [];
  });
  const sequence = Number(flag(args, 'sequence') ?? String(next.lastExportSequence + 1));
  const bytes = await createBundleFile(
    { origin, signerKey, sequence, range: { kind: 'full' }, createdAt: flag(args, 'created-at') ?? new Date().toISOString(), records: {}, carried },
    privateKey,
  );
  await writeFile(outFile, bytes);
  if (stateFile) await writeCliState(stateFile, { ...next, lastExportSequence: Math.max(next.lastExportSequence, sequence) });
  io.out(`passed on ${carried.length} signed bundle file(s) unchanged → ${outFile} (#${sequence})`);
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
    if (group === 'archive') {
      const flags = new Map([...args.flags].map(([k, v]) => [k, v === true ? true : v.at(-1)!] as const));
      if (args.flags.has('help') || !cmd) {
        io.out(ARCHIVE_USAGE);
        return args.flags.has('help') ? 0 : 1;
      }
      return await archiveMain(cmd, rest, flags, { ...io, ask: terminalAsk(), stdin: readStdin });
    }
    if (args.flags.has('help') || group !== 'bundle' || !cmd) {
      io.out(USAGE);
      return args.flags.has('help') ? 0 : 1;
    }
    const sub: Args = { positional: rest, flags: args.flags };
    switch (cmd) {
      case 'verify':
        return await cmdVerify(sub, io, lang);
      case 'import':
        return await cmdImport(sub, io, lang);
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
    if (isAppError(e) && e.code === 'cli.usage') io.err(argv[0] === 'archive' ? ARCHIVE_USAGE : USAGE);
    return 1;
  }
}

/** The JSON Schema of the payload, as written to docs/bundle.schema.json. */
export function bundleJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(BundlePayloadSchema, { target: 'draft-2020-12', unrepresentable: 'any', reused: 'ref' }),
    // A URN, not a URL: the schema is identified, never fetched (the app works with no network).
    $id: 'urn:luutru:schema:bundle-payload:v2',
    title: 'Lưu trữ xã bundle payload, formatVersion 2',
  };
}
