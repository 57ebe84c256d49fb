/**
 * The upper level's figures per processing job of every unit it received: metres received,
 * kept and discarded (by reason), boxes and dossiers — as each unit's final report recorded them.
 */
import type { DiscardReason } from '../../core/processing/types';
import type { Box, ProcessingJob } from '../../core/dossiers/types';
import type { LuutruDb } from '../schema';
import { foreignRecords } from './foreign-repository';

export type JobFigures = {
  readonly jobId: string;
  readonly origin: string;
  readonly name: string;
  readonly stage: string;
  readonly receivedMetres: number;
  readonly keptMetres: number;
  readonly discardedMetres: number;
  readonly discardedByReason: Readonly<Partial<Record<DiscardReason, number>>>;
  readonly boxes: number;
};

/** Every live job (this unit's and those received from other units), by unit then name. */
export async function jobFigures(db: LuutruDb): Promise<JobFigures[]> {
  const [ownJobs, ownBoxes, receivedJobs, receivedBoxes] = await Promise.all([db.processingJobs.toArray(), db.boxes.toArray(), foreignRecords(db, 'processingJobs'), foreignRecords(db, 'boxes')]);
  const jobs = [...ownJobs, ...(receivedJobs as unknown as ProcessingJob[])].filter((j) => !j.deleted);
  const boxesOf = new Map<string, number>();
  for (const b of [...ownBoxes, ...(receivedBoxes as unknown as Box[])]) if (!b.deleted && b.jobId) boxesOf.set(b.jobId, (boxesOf.get(b.jobId) ?? 0) + 1);
  return jobs
    .map((j) => ({
      jobId: j.id,
      origin: j.origin,
      name: j.name,
      stage: j.stage ?? (j.status === 'done' ? 'done' : 'intake'),
      receivedMetres: j.receivedMetres,
      keptMetres: j.keptMetres ?? 0,
      discardedMetres: j.discardedMetres,
      discardedByReason: j.discardedByReason ?? {},
      boxes: boxesOf.get(j.id) ?? 0,
    }))
    .sort((a, b) => a.origin.localeCompare(b.origin) || a.name.localeCompare(b.name, 'vi'));
}
