/** Labels in the UI language. Retention ("Vĩnh viễn" / "10 năm", "Permanent" / "10 years"); printed forms keep the Vietnamese wording. */
import type { TFunction } from 'i18next';
import type { Box, Dossier, Retention } from '../../core/dossiers/types';
import { dossierStatus, isUnnumberedSlip } from '../../core/dossiers/rules';

export function retentionLabel(t: TFunction, r: Retention): string {
  return r === 'permanent' ? t('dossiers.permanent') : t('dossiers.years', { count: r });
}

/** "ML 1 · hộp 01": box numbers restart in each inventory (mục lục). */
export function boxLabel(t: TFunction, b: Pick<Box, 'number' | 'inventoryNumber'>): string {
  const n = b.number < 10 ? `0${b.number}` : String(b.number);
  return b.inventoryNumber !== undefined ? t('dossiers.boxInInventory', { inventory: b.inventoryNumber, number: n }) : n;
}

/** A dossier's state as the lists say it: a processing job's slip not numbered yet is no dossier being made ("Đang lập"). */
export function statusLabel(t: TFunction, d: Dossier): string {
  if (isUnnumberedSlip(d) && !d.deleted) return d.discardReason !== undefined ? t('dossiers.status_slipDiscarded') : t('dossiers.status_slip', { number: d.tempNumber ?? '' });
  return t(`dossiers.status_${dossierStatus(d)}`);
}
