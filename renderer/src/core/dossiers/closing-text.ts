/**
 * The wording of a Chứng từ kết thúc (closing certificate). NĐ 30 gives no form (❓ vn-records
 * §1.9), so an office may write its own lines; the app fills in what it knows where a line names
 * it in braces, and prints dots for the preparer where it does not know it.
 */

/** What a line may name: sheets (figures, words, the last sheet's number), pages, the list's sheets, the papers' features. */
export const CLOSING_PLACEHOLDERS = ['sheets', 'words', 'last', 'pages', 'listSheets', 'features'] as const;
export type ClosingPlaceholder = (typeof CLOSING_PLACEHOLDERS)[number];

/** The usual wording (vn-records §1.9): the sheets in figures and words, their numbering, the list's sheets, the features. */
export const DEFAULT_CLOSING_LINES = [
  'Hồ sơ này gồm có: {sheets} tờ (viết bằng chữ: {words} tờ),',
  'được đánh số từ tờ 01 đến tờ {last}.',
  'Mục lục văn bản: {listSheets} tờ.',
  'Đặc điểm tài liệu trong hồ sơ: {features}',
] as const;

/** A blank in a line: a name in one pair of braces. */
const BLANK = /\{([^{}]*)\}/g;

/**
 * The office's lines as they are kept: trimmed, blank ones dropped; none — also the usual lines typed back — means
 * the usual wording (so a later version's wording applies).
 */
export function closingLinesOf(lines: readonly string[]): string[] {
  const kept = lines.map((l) => l.normalize('NFC').trim()).filter(Boolean);
  return kept.join('\n') === DEFAULT_CLOSING_LINES.join('\n') ? [] : kept;
}

/** The lines that print: the office's, else the usual ones. */
export function closingLinesInEffect(lines: readonly string[] | undefined): readonly string[] {
  return lines && lines.length > 0 ? lines : DEFAULT_CLOSING_LINES;
}

/** Names in braces the app does not know ("{sheet}", "{số trang}"), each once: printed as dots, so refused where typed. */
export function unknownClosingPlaceholders(lines: readonly string[]): string[] {
  const known = new Set<string>(CLOSING_PLACEHOLDERS);
  const out = new Set<string>();
  for (const line of lines) for (const m of line.matchAll(BLANK)) if (!known.has(m[1]!)) out.add(`{${m[1]}}`);
  return [...out];
}

/** Whether a line leaves a brace open or closes one not opened ("{sheets tờ", "{{sheets}}"): it would print as typed. */
export function unclosedBrace(line: string): boolean {
  return /[{}]/.test(line.replace(BLANK, ''));
}

/** A line with its blanks filled from `values` (a blank the app has no value for: `missing`). */
export function fillClosingLine(line: string, values: Readonly<Partial<Record<ClosingPlaceholder, string>>>, missing: string): string {
  return line.replace(BLANK, (_, k: string) => values[k as ClosingPlaceholder] ?? missing);
}
