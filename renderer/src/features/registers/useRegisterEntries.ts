/**
 * All entries of one register, kept in memory for the virtual list and the search index, and
 * kept current through the change journal: when a journal entry appears, only the records it
 * names are read again. Re-reading a 50k-entry register after every save would stall typing.
 */
import { useEffect, useState } from 'react';
import { liveQuery } from 'dexie';
import { useDb } from '../../db/context';
import { getEntries, listIncoming, listOutgoing } from '../../db/repositories/entry-repository';
import { journalSince, lastJournalSeq as lastSeq } from '../../db/repositories/journal-repository';
import type { IncomingDoc, OutgoingDoc } from '../../db/register-records';

export type EntryTable = 'incomingDocs' | 'outgoingDocs';
type Row<T extends EntryTable> = T extends 'incomingDocs' ? IncomingDoc : OutgoingDoc;

/** Beyond this many changed records in one journal step, reload the register instead. */
const RELOAD_THRESHOLD = 2000;

export type RegisterEntries<T> = { readonly rows: readonly T[]; readonly loading: boolean; readonly version: number };

export function useRegisterEntries<T extends EntryTable>(table: T, registerId: string | undefined): RegisterEntries<Row<T>> {
  const db = useDb();
  const [state, setState] = useState<RegisterEntries<Row<T>>>({ rows: [], loading: true, version: 0 });

  useEffect(() => {
    if (!registerId) {
      setState({ rows: [], loading: false, version: 0 });
      return;
    }
    let live = true;
    const byId = new Map<string, Row<T>>();
    let seenSeq = -1;
    let version = 0;
    const number = (r: Row<T>) => ('arrivalNumber' in r ? r.arrivalNumber : r.number);
    const publish = () => {
      if (!live) return;
      const rows = [...byId.values()].sort((a, b) => number(a) - number(b));
      setState({ rows, loading: false, version: ++version });
    };
    const reload = async () => {
      const seq = await lastSeq(db);
      const rows = (table === 'incomingDocs' ? await listIncoming(db, registerId) : await listOutgoing(db, registerId)) as Row<T>[];
      byId.clear();
      for (const r of rows) byId.set(r.id, r);
      seenSeq = seq;
      publish();
    };
    setState({ rows: [], loading: true, version: 0 });
    let busy: Promise<void> = reload();
    const sub = liveQuery(() => lastSeq(db)).subscribe({
      next: (seq) => {
        busy = busy.then(async () => {
          if (!live || seenSeq < 0 || seq <= seenSeq) return;
          const entries = await journalSince(db, seenSeq);
          const ids = new Set<string>();
          for (const e of entries) for (const c of e.changes) if (c.table === table) ids.add(c.recordId);
          seenSeq = entries.reduce((max, e) => Math.max(max, e.seq ?? 0), seq);
          // A bundle import names no records (other units' go to their blocks): read the register again.
          if (entries.some((e) => e.imported)) return reload();
          if (ids.size === 0) return;
          if (ids.size > RELOAD_THRESHOLD) return reload();
          const fresh = (await getEntries(db, table, [...ids])) as (Row<T> | undefined)[];
          for (const r of fresh) if (r && r.registerId === registerId) byId.set(r.id, r);
          publish();
        });
      },
    });
    return () => {
      live = false;
      sub.unsubscribe();
    };
  }, [db, table, registerId]);

  return state;
}
