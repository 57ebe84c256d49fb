/** How the processing screens name groups of slips. */
import type { TFunction } from 'i18next';

/** The kept slips past their retention, by their temporary numbers (the first 30): at the check and before numbering. */
export function expiredSlipsText(t: TFunction, expired: readonly number[]): string {
  return t('processing.slipsExpired', { count: expired.length, list: expired.slice(0, 30).join(', ') + (expired.length > 30 ? ', …' : '') });
}
