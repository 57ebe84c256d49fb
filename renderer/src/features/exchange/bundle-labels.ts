/** How the exchange screens name a bundle's range and count its records (export history, bundles received, forks). */
import type { TFunction } from 'i18next';
import type { BundleCounts, BundleRange } from '../../core/bundle/schema';

export function rangeText(t: TFunction, range: BundleRange): string {
  return range.kind === 'full' ? t('exchange.full') : t('exchange.since', { n: range.sinceSequence });
}

/** Every record a bundle holds, all tables together. */
export function recordTotal(counts: BundleCounts): number {
  return Object.values(counts).reduce((s, n) => s + (n ?? 0), 0);
}
