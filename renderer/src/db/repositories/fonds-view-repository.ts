/**
 * Reads the dossier and processing screens need about fonds and units: the fonds to choose
 * from (this unit's first, then those received from other units, read-only) and one unit's
 * names for printed headings. Screens use these instead of reading tables directly.
 */
import type { Fonds, UnitProfile } from '../../core/unit';
import type { LuutruDb } from '../schema';

export type FondsChoice = Fonds & { readonly unitName: string };

/** Live fonds with their unit's name: own ones first, then by unit and fonds name. */
export async function fondsChoices(db: LuutruDb, selfUnitId: string): Promise<FondsChoice[]> {
  const all = (await db.fonds.toArray()).filter((f) => !f.deleted);
  const units = new Map((await db.units.toArray()).map((u) => [u.id, u.name]));
  return all
    .map((f) => ({ ...f, unitName: units.get(f.unitId) ?? '' }))
    .sort((a, b) => Number(a.unitId !== selfUnitId) - Number(b.unitId !== selfUnitId) || a.unitName.localeCompare(b.unitName, 'vi') || a.name.localeCompare(b.name, 'vi'));
}

export async function getUnit(db: LuutruDb, id: string): Promise<UnitProfile | undefined> {
  return db.units.get(id);
}

/** Every unit's name by id (labels of the upper level's search and statistics). */
export async function unitNames(db: LuutruDb): Promise<Map<string, string>> {
  return new Map((await db.units.toArray()).map((u) => [u.id, u.name] as const));
}
