/**
 * Persisted-index tests' shared pieces: a commune's records sent to the upper level as the app
 * sends them, and the index worker's host (behind a MessageChannel stand-in) on the app's
 * sources, counting each scope's full reads and failing the scopes named.
 */
import { acknowledgeExport, exportBundle } from '../../renderer/src/db/exchange/export';
import { applyImport } from '../../renderer/src/db/exchange/import';
import { openIndexSources } from '../../renderer/src/db/repositories/index-sources';
import { LuutruDb } from '../../renderer/src/db/schema';
import { IndexClient } from '../../renderer/src/search/persisted/index-client';
import { createIndexHost, type OpenSource } from '../../renderer/src/search/persisted/index-host';
import { fakeWorker } from './fake-worker';
import { importAll, type TestProfile } from './exchange-units';

/** A commune's entries, exported (in full the first time, then what changed) and imported at the upper level. */
export async function send(from: TestProfile, to: TestProfile, kind: 'full' | 'incremental'): Promise<void> {
  const exp = await exportBundle(from.db, { kind, operator: from.session.operator });
  await applyImport(to.db, await importAll(to, exp.files), to.session.operator);
  await acknowledgeExport(from.db, exp.sequence);
}

/** The index worker's host on the app's sources, counting the full reads (scans) of each scope; a scope named in `failing` cannot be read. */
export function worker(): { client: IndexClient; scans: Map<string, number>; failing: Set<string> } {
  const scans = new Map<string, number>();
  const failing = new Set<string>();
  const sources = openIndexSources((name) => new LuutruDb(name));
  const counting: OpenSource = async (dbName, ref) => {
    const { key, source } = await sources(dbName, ref);
    return {
      key,
      source: {
        ...source,
        scan: (from, chunk) => {
          scans.set(key, (scans.get(key) ?? 0) + 1);
          if (failing.has(key)) throw new Error('disk went away');
          return source.scan(from, chunk);
        },
      },
    };
  };
  const host = createIndexHost(counting);
  return { client: new IndexClient(() => fakeWorker(host)), scans, failing };
}
