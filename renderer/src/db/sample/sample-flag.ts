/**
 * The mark of a try-out profile ("Dùng thử với xã mẫu"): a local setting written in the
 * same transaction as the sample data. Every page shows a banner while it is set, export
 * refuses to make a bundle, and removing the sample clears the whole profile.
 */
import type { LuutruDb } from '../schema';

export const SAMPLE_KEY = 'sampleProfile';

export type SampleMark = { readonly createdAt: string; readonly profile: 'commune' | 'archive'; readonly seed: number };

export async function sampleMark(db: LuutruDb): Promise<SampleMark | undefined> {
  const row = await db.settings.get(SAMPLE_KEY);
  return row?.value && typeof row.value === 'object' ? (row.value as SampleMark) : undefined;
}

export async function isSampleProfile(db: LuutruDb): Promise<boolean> {
  return (await sampleMark(db)) !== undefined;
}
