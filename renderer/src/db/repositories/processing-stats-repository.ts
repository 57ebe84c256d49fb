/**
 * The upper level's figures per processing job of every unit it received: metres received,
 * kept and discarded (by reason), boxes and dossiers — as each unit's final report recorded them.
 */
import type { DiscardReason } from '../../core/processing/types';
import type { LuutruDb } from '../schema';

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

/** Every live job, by unit then intake date. */
export async function jobFigures(db: LuutruDb): Promise<JobFigures[]> {
  const jobs = (await db.processingJobs.toArray()).filter((j) => !j.deleted);
  const out: JobFigures[] = [];
  for (const j of jobs)
    out.push({
      jobId: j.id,
      origin: j.origin,
      name: j.name,
      stage: j.stage ?? (j.status === 'done' ? 'done' : 'intake'),
      receivedMetres: j.receivedMetres,
      keptMetres: j.keptMetres ?? 0,
      discardedMetres: j.discardedMetres,
      discardedByReason: j.discardedByReason ?? {},
      boxes: await db.boxes.where('jobId').equals(j.id).filter((b) => !b.deleted).count(),
    });
  return out.sort((a, b) => a.origin.localeCompare(b.origin) || a.name.localeCompare(b.name, 'vi'));
}
