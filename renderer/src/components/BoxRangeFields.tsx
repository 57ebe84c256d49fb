/**
 * Which boxes get labels: one inventory (asked only when the boxes are in several, whose numbers
 * start again at 1 in each) and box numbers from–to, either end left open. One set of fields for
 * the fonds' label dialog and a processing job's print row; each lays them out its own way
 * (`field` puts a label over a control) and checks the pick with core `boxesToLabel`.
 */
import type { ReactNode } from 'react';
import { Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LabelPick } from '../core/dossiers/inventory';
import { NumberInput } from './NumberInput';

/** The boxes asked for as typed: `from`/`to` null is an end left open, undefined a number still red (never printed with). */
export type BoxRange = { readonly inventory: number | undefined; readonly from: number | null | undefined; readonly to: number | null | undefined };

export const ALL_BOXES: BoxRange = { inventory: undefined, from: null, to: null };

/** A range that can be printed with: no number red. */
export const boxRangeReady = (r: BoxRange) => r.from !== undefined && r.to !== undefined;

/** The pick to check and print: an inventory chosen that the boxes are no longer in is no choice (all of them); an open end is none. */
export function labelPickOf(r: BoxRange, inventories: readonly number[]): LabelPick {
  return { ...(r.inventory !== undefined && inventories.includes(r.inventory) ? { inventory: r.inventory } : {}), ...(r.from ? { from: r.from } : {}), ...(r.to ? { to: r.to } : {}) };
}

export function BoxRangeFields({
  value,
  onChange,
  inventories,
  field,
  onPressEnter,
  testIdPrefix,
  numberWidth,
}: {
  value: BoxRange;
  /** Told with the new range (a change also clears any refusal the caller shows). */
  onChange: (next: (r: BoxRange) => BoxRange) => void;
  /** The inventory numbers the boxes are in. */
  inventories: readonly number[];
  /** Lays out one labelled field: `which` tells the inventory choice from the box numbers. */
  field: (which: 'inventory' | 'boxes', label: string, control: ReactNode) => ReactNode;
  onPressEnter?: () => void;
  /** `labels` gives the test ids labels-inventory, labels-from, labels-to. */
  testIdPrefix: string;
  numberWidth?: number;
}) {
  const { t } = useTranslation();
  const { inventory } = labelPickOf(value, inventories);
  const width = numberWidth ? { style: { width: numberWidth } } : {};
  return (
    <>
      {inventories.length > 1 &&
        field(
          'inventory',
          t('dossiers.labelsInventory'),
          <Select
            value={inventory ?? 'all'}
            onChange={(v: number | 'all') => onChange((r) => ({ ...r, inventory: v === 'all' ? undefined : v }))}
            options={[{ value: 'all', label: t('dossiers.labelsAllInventories') }, ...inventories.map((i) => ({ value: i, label: t('dossiers.labelsInventoryNumber', { inventory: i }) }))]}
            aria-label={t('dossiers.labelsInventory')}
            data-testid={`${testIdPrefix}-inventory`}
            style={{ width: 200 }}
          />,
        )}
      {field(
        'boxes',
        t('dossiers.labelsBoxes'),
        <Space>
          <NumberInput optional min={1} value={value.from} onChange={(from) => onChange((r) => ({ ...r, from }))} {...(onPressEnter ? { onPressEnter } : {})} placeholder={t('dossiers.labelsFirst')} aria-label={t('dossiers.labelsFrom')} {...width} data-testid={`${testIdPrefix}-from`} />
          <Typography.Text>–</Typography.Text>
          <NumberInput optional min={1} value={value.to} onChange={(to) => onChange((r) => ({ ...r, to }))} {...(onPressEnter ? { onPressEnter } : {})} placeholder={t('dossiers.labelsLast')} aria-label={t('dossiers.labelsTo')} {...width} data-testid={`${testIdPrefix}-to`} />
        </Space>,
      )}
    </>
  );
}
