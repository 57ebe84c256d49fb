/** Retention in the UI language ("Vĩnh viễn" / "10 năm", "Permanent" / "10 years"); printed forms keep the Vietnamese wording. */
import type { TFunction } from 'i18next';
import type { Retention } from '../../core/dossiers/types';

export function retentionLabel(t: TFunction, r: Retention): string {
  return r === 'permanent' ? t('dossiers.permanent') : t('dossiers.years', { count: r });
}
