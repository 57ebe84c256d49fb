/**
 * The upper-level seam on this PC's IndexedDB (the commune or merged-commune app, offline):
 * the repositories (other units' records read from their blocks), the consolidated search's
 * persisted indexes (consolidated-search.ts) and the exchange worker, behind `UpperLevelApi`. Changes
 * are seen through Dexie's live queries.
 */
import { liveQuery } from 'dexie';
import type { ReplicatedTable } from '../core/bundle/schema';
import { consolidatedSections } from '../core/dossiers/consolidated';
import { depositMark } from '../core/duties/deposit';
import { depositFacts } from '../db/repositories/deposit-repository';
import { AppError } from '../core/errors';
import { placeOfUnit } from '../core/unit';
import type { Session } from '../db/changes';
import { decideOwnership, recordCustody } from '../db/exchange/import';
import { keyRefusals, refuseKey, revokeKey, trustKey } from '../db/exchange/keys';
import { boxDossiers, getBox, getDossier, getMetresPerBox, holdingsByOrigin } from '../db/repositories/dossier-repository';
import { linkedEntriesOf, listDocs } from '../db/repositories/dossier-doc-repository';
import { heldDossierView } from '../core/processing/held-view';
import { custodyList, forkList, heldClaimsPage, receivedBundlesPage, trustedKeyList, unitNames } from '../db/repositories/exchange-repository';
import { originOverview, receivedHoldings } from '../db/repositories/upper-level-repository';
import { dutiesByUnit, upperStatReports } from '../db/repositories/upper-duties-repository';
import { getFormUnit } from '../db/repositories/unit-repository';
import type { LuutruDb } from '../db/schema';
import { exchangeClient, type ExchangeClient } from '../features/exchange/exchange-client';
import type { ImportReceipt } from '../db/exchange/receipt';
import { ConsolidatedSearch } from './consolidated-search';
import { UnitArchiveSearch } from '../search/archive-search';
import type { IndexClient } from '../search/persisted/index-client';
import type { UpperLevelApi } from './types';

/** A dry run in the exchange worker that aborting `signal` stops (AppError exchange.cancelled). */
async function cancellable(
  signal: AbortSignal | undefined,
  run: (client: ExchangeClient, jobId: number) => Promise<{ token: number; receipt: ImportReceipt }>,
): Promise<{ token: string; receipt: ImportReceipt }> {
  const client = exchangeClient();
  const jobId = client.newJobId();
  const stop = () => void client.cancel(jobId);
  signal?.addEventListener('abort', stop, { once: true });
  const r = await run(client, jobId).finally(() => signal?.removeEventListener('abort', stop));
  return { token: String(r.token), receipt: r.receipt };
}

/** `indexes`: the index worker's client the searches ask (a test's own, in its process; the app's worker by default). */
export function indexedDbUpperApi(db: LuutruDb, unit: { readonly name: string; readonly parentName: string }, session: Session, indexes?: IndexClient): UpperLevelApi {
  const receiver = { unitId: session.unitId, name: unit.name, parentName: unit.parentName, operator: session.operator };
  // The consolidated search: the units' persisted indexes in the index worker, opened on the first query, let go when the page closes it.
  let search: ConsolidatedSearch | undefined;
  // The archive search, of one unit's dossiers or every unit's.
  let held: UnitArchiveSearch | undefined;

  return {
    kind: 'indexeddb',
    receiver,
    may: { import: true, administer: true },
    overview: (now) => originOverview(db, session.unitId, now),
    async holdings() {
      const [h, metresPerBox] = await Promise.all([holdingsByOrigin(db), getMetresPerBox(db)]);
      return { byOrigin: Object.fromEntries(h), metresPerBox };
    },
    unitNames: async () => Object.fromEntries(await unitNames(db)),
    search(query, options, onProgress) {
      search ??= new ConsolidatedSearch(db, indexes);
      return search.search(query, options, onProgress);
    },
    searchHeld(query, options) {
      held ??= new UnitArchiveSearch(db, session.unitId, undefined, indexes);
      return held.search(query, options.origin, options.limit);
    },
    async findHeld(query, options) {
      held ??= new UnitArchiveSearch(db, session.unitId, undefined, indexes);
      const items = await held.search(query, options.origin, options.limit);
      return items && { items };
    },
    async heldDossier(id) {
      const dossier = await getDossier(db, id);
      if (!dossier || dossier.deleted) return null;
      const box = dossier.boxId ? await getBox(db, dossier.boxId) : undefined;
      const docs = await listDocs(db, id, dossier.origin);
      const entries = await linkedEntriesOf(db, docs, dossier.origin);
      return heldDossierView(dossier, box, docs, entries);
    },
    async heldBox(id) {
      const box = await getBox(db, id);
      return box && !box.deleted ? { box, dossiers: await boxDossiers(db, box, session.unitId) } : null;
    },
    closeSearch() {
      search?.close();
      search = undefined;
      held?.close();
      held = undefined;
    },
    async inventory(onlyUnitId) {
      const [overview, { units, fonds, dossiers, boxes }, facts] = await Promise.all([originOverview(db, session.unitId, new Date()), receivedHoldings(db), depositFacts(db, session.unitId)]);
      const received = new Set(overview.map((r) => r.unitId));
      const sections = consolidatedSections(
        units.filter((u) => received.has(u.id)).map((u) => ({ id: u.id, name: u.name, adminCode: u.adminCode })),
        fonds,
        dossiers,
        boxes,
        onlyUnitId,
        (d) => depositMark(d, facts),
      );
      if (sections.length === 0) throw new AppError('upper.noInventory');
      return { unit: { name: receiver.name, parentName: receiver.parentName, place: placeOfUnit(receiver.name) }, sections };
    },
    async statReports(year) {
      const [view, unit] = await Promise.all([upperStatReports(db, session.unitId, year), getFormUnit(db, session.unitId)]);
      return { ...view, unit };
    },
    unitDuties: (unitIds, year) => dutiesByUnit(db, unitIds, year),
    // The files' bytes move to the exchange worker (no copy on the page), which keeps them for prepareImportAgain.
    prepareImport: (files, onProgress, signal) => cancellable(signal, (client, jobId) => client.prepare(files, session.unitId, onProgress, jobId)),
    prepareImportAgain: (token, onProgress, signal) => cancellable(signal, (client, jobId) => client.prepareAgain(Number(token), session.unitId, onProgress, jobId)),
    applyImport: (token, onProgress, lostKeyAccepted) => exchangeClient().apply(Number(token), session.operator, onProgress, lostKeyAccepted),
    discardImport: (token) => exchangeClient().discard(Number(token)),
    async trustKey(c, compared) {
      await trustKey(db, { unitId: c.origin.unitId, originName: c.origin.name, adminCode: c.origin.adminCode, jwk: c.signerKey, confirmedBy: session.operator, confirmedAs: c.kind, compared, confirmedOver: c.warnings, ...(c.recovery ? { recovery: c.recovery } : {}) }, session);
    },
    async refuseKey(c, reason) {
      await refuseKey(db, session, { unitId: c.origin.unitId, originName: c.origin.name, adminCode: c.origin.adminCode, jwk: c.signerKey, reason });
    },
    keyRefusals: (kid) => keyRefusals(db, kid),
    async recordCustody(carrier, carried, input) {
      for (const c of carried)
        await recordCustody(db, { carrierUnitId: carrier.unitId, carriedUnitId: c.unitId, ...input, confirmedBy: session.operator }, new Date(), { session, carrierName: carrier.name, carriedName: c.name });
    },
    revokeKey: (kid, reason, from) => revokeKey(db, kid, reason, { from, revokedBy: session.operator, session }),
    trustedKeys: () => trustedKeyList(db),
    heldClaims: (offset, limit) => heldClaimsPage(db, offset, limit),
    receivedBundles: (offset, limit, origin) => receivedBundlesPage(db, offset, limit, origin),
    decideOwner: (table: ReplicatedTable, id, owner) => decideOwnership(db, session, table, id, owner),
    forks: () => forkList(db),
    custody: () => custodyList(db),
    watch(query, onValue, onError) {
      const sub = liveQuery(query).subscribe({ next: onValue, error: onError });
      return () => sub.unsubscribe();
    },
  };
}
