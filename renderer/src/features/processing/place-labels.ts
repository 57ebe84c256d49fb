import type { TFunction } from 'i18next';
import type { PlacePart } from '../../core/processing/search-text';

/** The parts of a box's shelf place in the screen's language (core boxPlace names the parts typed bare by them). */
export function placeLabels(t: TFunction): Record<PlacePart, string> {
  return { store: t('processing.store'), rack: t('processing.rack'), bay: t('processing.bay'), shelf: t('processing.shelf') };
}
