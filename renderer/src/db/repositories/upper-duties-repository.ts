/**
 * Reads for the upper level about its units' duties, from what their bundles brought (kept in
 * each unit's blocks, foreign-store.ts); what they mean is core/duties/upper-duties.ts, shared
 * with the province archive's PostgreSQL (archive/reads.ts).
 */
import type { StatReport } from '../../core/duties/types';
import { DUTY_TABLES, reportsView, unitDutiesOf, type DutyRecords, type ReportsView, type UnitDuties } from '../../core/duties/upper-duties';
import type { UnitProfile } from '../../core/unit';
import type { LuutruDb } from '../schema';
import { foreignRecords, foreignRecordsOf } from './foreign-repository';

/** The statistics reports other units sent, as the upper level shows them (`chosen`: the year asked for). */
export async function upperStatReports(db: LuutruDb, selfId: string, chosen: number | undefined, now: Date = new Date()): Promise<ReportsView> {
  const [reports, units] = await Promise.all([foreignRecords(db, 'statReports'), foreignRecords(db, 'units')]);
  return reportsView(reports as unknown as StatReport[], units as unknown as UnitProfile[], selfId, chosen, now);
}

/** Per unit received: its duties counted from that unit's blocks (small tables). */
export async function dutiesByUnit(db: LuutruDb, unitIds: readonly string[]): Promise<Map<string, UnitDuties>> {
  const out = new Map<string, UnitDuties>();
  for (const unitId of unitIds) {
    const [batches, receipts, appraisals, items, loans] = await Promise.all(DUTY_TABLES.map((table) => foreignRecordsOf(db, table, unitId)));
    out.set(unitId, unitDutiesOf({ batches, receipts, appraisals, items, loans } as unknown as DutyRecords));
  }
  return out;
}
