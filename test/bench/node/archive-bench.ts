/**
 * Bench of the province archive on PostgreSQL (Node part of `npm run bench`): 50 communes ×
 * 20,000 incoming entries (1M records, as heavy as a real export) signed as real bundles and
 * imported one bundle after another — parse, verify, plan, write in one transaction each —
 * into PGlite (a data folder) and into a PostgreSQL server (a private one started here), each
 * against a plain COPY of the same rows into a table of the same columns in the same run;
 * then consolidated search p95 at 1M on each store, the tsvector search used against pg_trgm
 * over the same folded text. Measure and baseline are interleaved and repeated
 * (BENCH_REPEATS, default 3); medians, runs and spread are printed, one JSON line each
 * (stats.ts, shared with the page bench).
 * Sizes: 50 × 20,000 with BENCH_LARGE=1; by default 5 × 2,000 (10k: a minute, not an hour);
 * BENCH_ARCHIVE_BUNDLES and BENCH_ARCHIVE_PER override. The size is in the measure's name.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBundleFile, parseBundleFile, type BundleRecord } from '../../../renderer/src/core/bundle/index';
import { encodeHlc } from '../../../renderer/src/core/hlc';
import { applyArchiveImport, prepareArchiveImport } from '../../../renderer/src/archive/import';
import { migrate } from '../../../renderer/src/archive/migrations';
import { recordRow } from '../../../renderer/src/archive/records';
import { archiveSearch } from '../../../renderer/src/archive/reads';
import { tsQueryOf } from '../../../renderer/src/archive/search';
import { copyText, openPglite, openPostgres, type ArchiveDb } from '../../../renderer/src/archive/sql';
import { initUnit, trustKey } from '../../../renderer/src/archive/trust';
import { queryTerms } from '../../../renderer/src/search/tokens';
import { fixtureId, fixtureKey, originOf, type FixtureKey } from '../../../scripts/make-bundle-fixtures';
import { generateIncomingDocFields } from '../../fixtures/generate-registers';
import { seededRng } from '../../fixtures/generate';
import { startTestPgServer } from '../../helpers/pg-server';
import { line, percentile } from '../stats';

const LARGE = process.env.BENCH_LARGE === '1';
const BUNDLES = Number(process.env.BENCH_ARCHIVE_BUNDLES ?? (LARGE ? 50 : 5));
const PER = Number(process.env.BENCH_ARCHIVE_PER ?? (LARGE ? 20_000 : 2_000));
const TOTAL = BUNDLES * PER;
/** "1m", "20k": the size in the measures' names. */
const SIZE = TOTAL >= 1_000_000 ? `${Math.round(TOTAL / 100_000) / 10}m` : `${Math.round(TOTAL / 1000)}k`;
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
/** Filter: substrings separated by commas; a measure runs when its name contains one. */
const filters = (process.argv[2] ?? '').split(',');
const wanted = (name: string) => filters.some((f) => name.includes(f));
const out = (l: string) => process.stdout.write(`${l}\n`);
const note = (l: string) => process.stderr.write(`[archive bench] ${l}\n`);

type Commune = { unitId: string; name: string; key: FixtureKey };
const COLUMNS = ['tbl', 'id', 'origin', 'clock', 'deleted', 'link1', 'link2', 'num_key', 'body'];

async function makeBundles(): Promise<{ communes: Commune[]; files: Uint8Array[]; samples: string[]; bytes: number }> {
  const communes: Commune[] = [];
  const files: Uint8Array[] = [];
  const samples: string[] = [];
  let bytes = 0;
  for (let k = 0; k < BUNDLES; k++) {
    const space = `0190${(0x1000 + k).toString(16)}`;
    const c: Commune = { unitId: fixtureId(1, space), name: `Ủy ban nhân dân xã Số ${k + 1}`, key: await fixtureKey(10 + k) };
    communes.push(c);
    const rng = seededRng(100 + k);
    const registerId = fixtureId(2, space);
    const wall = Date.UTC(2025, 0, 1);
    const meta = (i: number) => ({ origin: c.unitId, clock: encodeHlc({ wallMs: wall + i, counter: 0 }), deleted: false, changedBy: 'Nguyễn Thị Lan' });
    const incomingDocs: BundleRecord[] = [];
    for (let i = 0; i < PER; i++) {
      const fields = generateIncomingDocFields(rng, i, registerId, 2025, { perYear: PER, today: '2025-12-31', heavy: true });
      incomingDocs.push({ ...fields, id: fixtureId(1000 + i, space), ...meta(i + 1) } as unknown as BundleRecord);
      if (i % 997 === 5 && samples.length < 400) samples.push(String(fields.summary));
    }
    const records = { registers: [{ id: registerId, ...meta(0), unitId: c.unitId, kind: 'incoming', year: 2025, name: 'Sổ đăng ký văn bản đến năm 2025' } as unknown as BundleRecord], incomingDocs };
    const file = await createBundleFile(
      { origin: originOf(c.unitId, c.name, String(10000 + k)), signerKey: c.key.jwk, sequence: 1, range: { kind: 'full' }, createdAt: '2026-01-10T08:00:00.000Z', records },
      c.key.privateKey,
    );
    bytes += file.byteLength;
    files.push(file);
    if (k % 10 === 9) note(`signed ${k + 1}/${BUNDLES} bundles`);
  }
  return { communes, files, samples, bytes };
}

async function resetArchive(db: ArchiveDb, communes: readonly Commune[]): Promise<void> {
  await db.exec('TRUNCATE records, held_claims, ownership, received_bundles, bundle_archive, trusted_keys, revoked_keys, key_rotations, custody, forks, origin_stats, journal, archive_settings, search_words RESTART IDENTITY');
  await initUnit(db, { name: 'Lưu trữ lịch sử tỉnh Bench', adminCode: '33' });
  for (const c of communes) await trustKey(db, { unitId: c.unitId, originName: c.name, jwk: c.key.jwk, confirmedBy: 'bench' });
}

/** The import of every bundle, one at a time, as an archivist would (ms). */
async function importAll(db: ArchiveDb, files: readonly Uint8Array[]): Promise<number> {
  let total = 0;
  for (const [i, data] of files.entries()) {
    const t0 = performance.now();
    const stages: Record<string, number> = {};
    let last = t0;
    const mark = (s: string) => {
      const now = performance.now();
      stages[s] = Math.round(now - last);
      last = now;
    };
    const p = await prepareArchiveImport(db, [{ name: `b${i}.luutru.json`, data }], new Date(), (s) => mark(`before-${s}`));
    mark('plan');
    if (p.receipt.files[0]?.status !== 'accepted') throw new Error(`bundle ${i} not accepted: ${JSON.stringify(p.receipt.files[0]).slice(0, 300)}`);
    const r = await applyArchiveImport(db, p, 'bench', new Date(), (s) => mark(`before-${s}`));
    mark('commit');
    total += performance.now() - t0;
    if (process.env.BENCH_PROFILE) note(`bundle ${i}: ${JSON.stringify(stages)}`);
    if (r.written !== PER + 1) throw new Error(`bundle ${i}: ${r.written} written`);
  }
  return total;
}

/** The same rows COPY'd into a table of the same columns (primary key only), one COPY per bundle (ms). */
async function copyAll(db: ArchiveDb, files: readonly Uint8Array[]): Promise<number> {
  await db.exec('DROP TABLE IF EXISTS plain_records; CREATE TABLE plain_records (tbl text, id text, origin text, clock text, deleted boolean, link1 text, link2 text, num_key text, body jsonb, PRIMARY KEY (tbl, id))');
  let total = 0;
  for (const data of files) {
    const parsed = parseBundleFile(data);
    const payload = JSON.parse(Buffer.from(parsed.jws.payload, 'base64url').toString('utf8')) as { records: Record<string, BundleRecord[]> };
    const lines: string[] = [];
    for (const [t, rows] of Object.entries(payload.records))
      for (const r of rows) {
        const row = recordRow(t as 'incomingDocs', r);
        lines.push([row.tbl, row.id, row.origin, row.clock, row.deleted ? 't' : 'f', row.link1, row.link2, row.numKey, row.body].map(copyText).join('\t'));
      }
    const text = `${lines.join('\n')}\n`;
    const t0 = performance.now();
    await db.transaction((tx) => tx.copyIn('plain_records', COLUMNS, text));
    total += performance.now() - t0;
  }
  return total;
}

/** Queries as a person types them: two words of a real summary and the start of the third. */
function queries(samples: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of samples) {
    const w = s.split(/\s+/).filter((x) => x.length > 1);
    if (w.length < 4) continue;
    const at = out.length % Math.max(1, w.length - 3);
    out.push(`${w[at]} ${w[at + 1]} ${w[at + 2]!.slice(0, 3)}`);
  }
  return out.slice(0, 200);
}

/**
 * pg_trgm over the stored folded text: the alternative considered (same rows, same words,
 * substring match), as that design would store it — each row's body and its text, no tsvector —
 * in a table of its own, written in one go (compact, its index built at once). Not a column
 * added to `records`: filling it would UPDATE every row and leave a dead version of each behind,
 * which the searches measured would then step over (at 1M: half the heap, twice the GIN entries,
 * until a vacuum), a state the import never leaves.
 */
async function trigramSetup(db: ArchiveDb): Promise<void> {
  await db.exec(`CREATE EXTENSION IF NOT EXISTS pg_trgm;
    DROP TABLE IF EXISTS trigram_records;
    CREATE TABLE trigram_records AS SELECT tbl, id, deleted, body,
      CASE WHEN search IS NULL THEN NULL ELSE array_to_string(ARRAY(SELECT w FROM unnest(tsvector_to_array(search)) AS w WHERE left(w, 1) <> '>'), ' ') END AS search_text
      FROM records;
    CREATE INDEX trigram_records_text ON trigram_records USING gin (search_text gin_trgm_ops);
    ANALYZE trigram_records;`);
}

async function trigramSearch(db: ArchiveDb, q: string): Promise<number> {
  const { words, prefix } = queryTerms(q);
  const terms = [...words, ...(prefix ? [prefix] : [])];
  const rows = await db.query(`SELECT body FROM trigram_records WHERE ${terms.map((_, i) => `search_text LIKE $${i + 1}`).join(' AND ')} AND NOT deleted LIMIT 200`, terms.map((t) => `%${t}%`));
  return rows.length;
}

async function benchStore(name: 'pglite' | 'postgres', db: ArchiveDb, data: Awaited<ReturnType<typeof makeBundles>>): Promise<void> {
  await migrate(db);
  const imports: number[] = [];
  const copies: number[] = [];
  if (wanted(`archive-import-${SIZE}-${name}`) || wanted(`archive-search-p95-${SIZE}-${name}`)) {
    for (let r = 0; r < REPEATS; r++) {
      // Interleaved: the import first in even rounds, the baseline first in odd ones (the COPY never touches `records`).
      const order = r % 2 === 0 ? ['import', 'copy'] : ['copy', 'import'];
      for (const step of order) {
        if (step === 'copy') copies.push(await copyAll(db, data.files));
        else {
          await resetArchive(db, data.communes);
          imports.push(await importAll(db, data.files));
        }
        note(`${name} round ${r + 1}: ${step} ${Math.round((step === 'copy' ? copies.at(-1)! : imports.at(-1)!) / 1000)} s`);
      }
    }
    const rows = BUNDLES * (PER + 1);
    out(line(`archive-import-${SIZE}-${name}`, 'ms', imports, copies, null, { rows, bundles: BUNDLES, bytes: data.bytes, usPerRecord: Math.round((Math.min(...imports) * 1000) / rows), copyUsPerRecord: Math.round((Math.min(...copies) * 1000) / rows), repeats: REPEATS }));
    await db.exec('DROP TABLE IF EXISTS plain_records; ANALYZE records');
  }
  if (!wanted(`archive-search-p95-${SIZE}-${name}`)) return;
  const qs = queries(data.samples);
  await trigramSetup(db);
  const p95s: number[] = [];
  const trgmP95s: number[] = [];
  let hits = 0;
  for (let r = 0; r < REPEATS; r++) {
    const ts: number[] = [];
    const tg: number[] = [];
    for (const [i, q] of qs.entries()) {
      // Interleaved per query, alternating which goes first.
      const runTs = async () => {
        const t0 = performance.now();
        hits += (await archiveSearch(db, q, { limit: 200 })).length;
        ts.push(performance.now() - t0);
      };
      const runTg = async () => {
        const t0 = performance.now();
        await trigramSearch(db, q);
        tg.push(performance.now() - t0);
      };
      if ((i + r) % 2 === 0) {
        await runTs();
        await runTg();
      } else {
        await runTg();
        await runTs();
      }
    }
    p95s.push(percentile(ts, 95));
    trgmP95s.push(percentile(tg, 95));
  }
  out(line(`archive-search-p95-${SIZE}-${name}`, 'ms', p95s, trgmP95s, null, { baselineIs: 'pg_trgm LIKE over the same folded text', queries: qs.length, avgHits: Math.round(hits / (qs.length * REPEATS)), example: await tsQueryOf(db, qs[0] ?? ''), goalMs: 50 }));
}

async function main(): Promise<void> {
  const wants = (store: string) => [`archive-import-${SIZE}-${store}`, `archive-search-p95-${SIZE}-${store}`].some(wanted);
  // A filter for the page's measures only (archive-search-200k-…): nothing to sign.
  if (!wants('pglite') && !wants('postgres')) return;
  note(`signing ${BUNDLES} bundles × ${PER} records…`);
  const data = await makeBundles();
  note(`${(data.bytes / 1_048_576).toFixed(0)} MB of signed bundles`);
  if (wants('pglite')) {
    const dir = mkdtempSync(join(tmpdir(), 'luutru-bench-pglite-'));
    const db = await openPglite(join(dir, 'data'), { trigram: true });
    try {
      await benchStore('pglite', db, data);
    } finally {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (wants('postgres')) {
    // Memory as a province's IT staff would give it (PostgreSQL's guidance: about a quarter of the
    // machine's RAM for shared buffers; 2 GB of this one's 24): the default 128 MB holds a tenth
    // of a 1M archive's entries, and every search then reads the table through the OS cache.
    const server = await startTestPgServer({ durable: true, settings: { shared_buffers: '2GB', effective_cache_size: '12GB' } });
    try {
      const db = await openPostgres(server.url);
      try {
        await benchStore('postgres', db, data);
      } finally {
        await db.close();
      }
    } finally {
      server.stop();
    }
  }
}

main().catch((e: unknown) => {
  out(JSON.stringify({ measure: 'archive', error: String(e instanceof Error ? e.stack : e) }));
  process.exitCode = 1;
});
