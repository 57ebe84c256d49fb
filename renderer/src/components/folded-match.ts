/**
 * How a searchable list (antd Select's `showSearch.filterOption`) finds an option by what is typed:
 * in its label, with or without the Vietnamese marks and in any case ("trung" finds "Trùng lặp",
 * "bau cu" finds "Hồ sơ bầu cử") — as every other search of the app reads Vietnamese.
 */
import { foldText } from '../core/text';

export const foldedLabelMatch = (typed: string, option?: { label?: unknown }): boolean => foldText(String(option?.label ?? '')).includes(foldText(typed));

/**
 * The known spelling of what was typed without its marks or in another case ("so tu phap tinh mau"
 * for "Sở Tư pháp tỉnh Mẫu"): the one option whose words are the same once folded, when the text
 * differs from it; undefined when none is, or more than one. A text that is only the start of an
 * option is not completed: it may be another body's name.
 */
export function knownSpelling(typed: string, options: readonly string[]): string | undefined {
  const fold = (s: string) => foldText(s).replace(/\s+/g, ' ').trim();
  const key = fold(typed);
  if (!key) return undefined;
  const same = [...new Set(options)].filter((o) => fold(o) === key);
  return same.length === 1 && same[0] !== typed ? same[0] : undefined;
}
