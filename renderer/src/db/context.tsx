/** React context for the open database and the acting session (unit + operator). */
import { createContext, useContext, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Session } from './changes';
import type { LuutruDb } from './schema';
import type { Operator, UnitProfile } from '../core/unit';
import { getCurrentOperatorId, getLocalUnitId } from './repositories/unit-repository';

const DbContext = createContext<LuutruDb | null>(null);

export function DbProvider({ db, children }: { db: LuutruDb; children: ReactNode }) {
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>;
}

export function useDb(): LuutruDb {
  const db = useContext(DbContext);
  if (!db) throw new Error('DbProvider missing');
  return db;
}

export type LocalState =
  | { readonly status: 'loading' }
  | { readonly status: 'new' }
  | { readonly status: 'ready'; readonly unit: UnitProfile; readonly operator: Operator | undefined; readonly session: Session };

/** This PC's unit and operator, live: 'new' until first-run setup is done. */
export function useLocalState(): LocalState {
  const db = useDb();
  const state = useLiveQuery(async (): Promise<LocalState> => {
    const unitId = await getLocalUnitId(db);
    if (!unitId) return { status: 'new' };
    const unit = await db.units.get(unitId);
    if (!unit) return { status: 'new' };
    const opId = await getCurrentOperatorId(db);
    const operator = opId ? await db.operators.get(opId) : undefined;
    return { status: 'ready', unit, operator, session: { unitId, operator: operator?.name ?? '' } };
  }, [db]);
  return state ?? { status: 'loading' };
}

const SessionContext = createContext<Session | null>(null);

/** Provided by the app frame once setup is done, so pages below it always have a session. */
export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The session of a set-up PC; components below the setup gate may rely on it. */
export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
