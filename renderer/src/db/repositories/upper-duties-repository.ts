/**
 * Reads for the upper level about its units' duties, from what their bundles brought (kept in
 * each unit's blocks, foreign-store.ts); what they mean is core/duties/upper-duties.ts, shared
 * with the province archive's PostgreSQL (archive/reads.ts).
 */
import type { StatReport } from '../../core/duties/types';
import { DUTY_TABLES, dutiesOfUnits, reportsView, type DutyRecords, type ReportsView, type UnitDuties } from '../../core/duties/upper-duties';
import type { UnitProfile } from '../../core/unit';
import type { LuutruDb } from '../schema';
import { foreignRecords } from './foreign-repository';

/** The statistics reports other units sent, as the upper level shows them (`chosen`: the year asked for). */
export async function upperStatReports(db: LuutruDb, selfId: string, chosen: number | undefined): Promise<ReportsView> {
  const [reports, units] = await Promise.all([foreignRecords(db, 'statReports'), foreignRecords(db, 'units')]);
  return reportsView(reports as unknown as StatReport[], units as unknown as UnitProfile[], selfId, chosen, new Date());
}

/** Per unit of `unitIds`: its duties of `year` (undefined: every year), from every received unit's duty records (small tables, each read once). */
export async function dutiesByUnit(db: LuutruDb, unitIds: readonly string[], year?: number): Promise<Record<string, UnitDuties>> {
  const read = await Promise.all(DUTY_TABLES.map((table) => foreignRecords(db, table)));
  return dutiesOfUnits(unitIds, Object.fromEntries(DUTY_TABLES.map((table, i) => [table, read[i]])) as unknown as DutyRecords, year);
}
