import { useEffect, useRef, useState } from 'react';
import { previousRegister } from '../../core/registers/earlier-values';
import { useDb } from '../../db/context';
import type { Register } from '../../db/register-records';
import { recentEntryValues } from '../../db/repositories/entry-repository';
import { listRegisters } from '../../db/repositories/register-repository';

const NONE: Readonly<Record<string, readonly string[]>> = {};

/**
 * What last year's register of the same series suggests for `fields` (earlier-values.ts): read once
 * when a new-entry form opens, not for a correction (`fields` undefined), nothing when there is none.
 */
export function useLastYearValues(register: Register, fields: readonly string[] | undefined): Readonly<Record<string, readonly string[]>> {
  const db = useDb();
  const [values, setValues] = useState(NONE);
  const key = fields?.join('|');
  const current = useRef(register);
  current.current = register;
  useEffect(() => {
    setValues(NONE);
    if (key === undefined) return;
    let live = true;
    void (async () => {
      const before = previousRegister(current.current, await listRegisters(db));
      if (!before) return;
      const found = await recentEntryValues(db, before, key.split('|'));
      if (live) setValues(found);
    })().catch(() => undefined); // Only suggestions: without them the form works as before.
    return () => {
      live = false;
    };
    // Once per register: its number moving on as entries are saved does not change last year.
  }, [db, register.id, key]);
  return values;
}
