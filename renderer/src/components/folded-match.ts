/**
 * How a searchable list (antd Select's `showSearch.filterOption`) finds an option by what is typed:
 * in its label, with or without the Vietnamese marks and in any case ("trung" finds "Trùng lặp",
 * "bau cu" finds "Hồ sơ bầu cử") — as every other search of the app reads Vietnamese.
 */
import { foldText } from '../core/text';

export const foldedLabelMatch = (typed: string, option?: { label?: unknown }): boolean => foldText(String(option?.label ?? '')).includes(foldText(typed));
