/**
 * How a searchable list (antd Select's `showSearch.filterOption`) finds an option by what is typed:
 * in its label, with or without the Vietnamese marks and in any case ("trung" finds "Trùng lặp",
 * "bau cu" finds "Hồ sơ bầu cử") — as every other search of the app reads Vietnamese.
 */
import { foldText, foldWords } from '../core/text';

export const foldedLabelMatch = (typed: string, option?: { label?: unknown }): boolean => foldText(String(option?.label ?? '')).includes(foldText(typed));

/**
 * The known spelling of what was typed without its marks or in another case ("so tu phap tinh mau"
 * for "Sở Tư pháp tỉnh Mẫu"): the one option whose words are the same once folded, when the text
 * has no marks at all, or differs from it only in case and spacing. A name typed with its marks is
 * the clerk's ("Nguyễn Văn An" is not "Nguyễn Văn Ân"; "Sở Tư pháp" never becomes an old unmarked
 * spelling in the list). A text that is only the start of an option is not completed: it may be
 * another body's name. Undefined when nothing is to change.
 */
export function knownSpelling(typed: string, options: readonly string[]): string | undefined {
  const words = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
  const fold = (s: string) => foldWords(s.normalize('NFC'));
  const key = fold(typed);
  if (!key) return undefined;
  const unmarked = key === words(typed).toLowerCase();
  const same = [...new Set(options)].filter((o) => (unmarked ? fold(o) === key : words(o).toLowerCase() === words(typed).toLowerCase()));
  return same.length === 1 && same[0] !== typed ? same[0] : undefined;
}
