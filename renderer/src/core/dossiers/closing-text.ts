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

/** The lines as the office typed them, one a line, blank ones dropped; none means the usual wording. */
export function closingLinesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Names in braces the app does not know ("{sheet}", "{số tờ}"), each once: printed as dots, so refused where typed. */
export function unknownClosingPlaceholders(lines: readonly string[]): string[] {
  const known = new Set<string>(CLOSING_PLACEHOLDERS);
  const out = new Set<string>();
  for (const line of lines) for (const m of line.matchAll(/\{([^{}]*)\}/g)) if (!known.has(m[1]!)) out.add(`{${m[1]}}`);
  return [...out];
}

/** Whether a line leaves a brace open or closes one not opened ("{sheets tờ"): it would print as typed. */
export function unclosedBrace(line: string): boolean {
  let depth = 0;
  for (const ch of line) {
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    if (depth < 0 || depth > 1) return true;
  }
  return depth !== 0;
}
