/** Labels in the UI language. Retention ("Vĩnh viễn" / "10 năm", "Permanent" / "10 years"); printed forms keep the Vietnamese wording. */
import type { TFunction } from 'i18next';
import type { Box, Retention } from '../../core/dossiers/types';

export function retentionLabel(t: TFunction, r: Retention): string {
  return r === 'permanent' ? t('dossiers.permanent') : t('dossiers.years', { count: r });
}

/** "ML 1 · hộp 01": box numbers restart in each inventory (mục lục). */
export function boxLabel(t: TFunction, b: Pick<Box, 'number' | 'inventoryNumber'>): string {
  const n = b.number < 10 ? `0${b.number}` : String(b.number);
  return b.inventoryNumber !== undefined ? t('dossiers.boxInInventory', { inventory: b.inventoryNumber, number: n }) : n;
}
