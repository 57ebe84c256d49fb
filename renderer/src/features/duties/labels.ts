/** Short labels of dossiers and dates on the duties screens. */
import type { TFunction } from 'i18next';
import type { Dossier } from '../../core/dossiers/types';
import { formatDate } from '../../core/format';
import { parseTypedDate } from '../../core/typed-date';

/** "ML 1 · HS 3" when numbered, else the plan's notation. */
export function fileLabel(t: TFunction, d: Pick<Dossier, 'inventoryNumber' | 'fileNumber' | 'notation'>): string {
  return d.fileNumber !== undefined ? t('dossiers.fileNumberValue', { inventory: d.inventoryNumber, number: d.fileNumber }) : d.notation;
}

/** The slip's "Số, ký hiệu / Hồ sơ số": a numbered file's số, ký hiệu and, under it, its ML · HS (the slip gave the numbers only). */
export function slipFile(t: TFunction, d: Pick<Dossier, 'inventoryNumber' | 'fileNumber' | 'notation'>): string {
  // In the column's order, "Số, ký hiệu / Hồ sơ số": the số, ký hiệu first (it came after the numbers).
  return [d.fileNumber !== undefined ? d.notation : '', fileLabel(t, d)].filter(Boolean).join('\n');
}

/** "Tiêu đề (2025)"; the year not repeated when the title says it ("… năm 2025"). */
export function titleWithYear(d: Pick<Dossier, 'title' | 'year'>): string {
  return new RegExp(`(^|\\D)${d.year}(\\D|$)`).test(d.title) ? d.title : `${d.title} (${d.year})`;
}

/** "01.TH — Tiêu đề (2025)", as `titleWithYear`. */
export function dossierLabel(d: Pick<Dossier, 'notation' | 'title' | 'year'>): string {
  // A job's slip has no notation: its title alone (a bare "— …" looked like a glitch).
  return d.notation ? `${d.notation} — ${titleWithYear(d)}` : titleWithYear(d);
}

/** What a typed date means ("yyyy-mm-dd"), or the raw text so validation says it is not a date. */
export function typedDate(text: string, year = new Date().getFullYear()): string {
  return text.trim() ? (parseTypedDate(text, year) ?? text.trim()) : '';
}

/** The stored date as the clerk reads it. */
export const showDate = (iso: string | undefined): string => formatDate(iso);

/** A local "yyyy-mm-dd" as a Date at local midnight (for printed date lines). */
export function dateOf(iso: string): Date {
  return new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}
