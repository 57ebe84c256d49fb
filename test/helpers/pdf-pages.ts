// Reading a printed list and a heading back as a reader sees them: which heading ends a page and
// how many of its rows stand under it there (pdftotext per page), and the words of a page with
// their boxes (pdftotext -bbox), to tell the lines of a column apart.
import { execFileSync } from 'node:child_process';
import { pdfInfo, pdfText } from './pdf';

/** A heading of a list and a pattern matching each of its rows as printed (global: they are counted). */
export type ListGroup = { readonly heading: string; readonly row: RegExp };

/**
 * The pages that end on a heading followed there by fewer than `kept` of its rows while more of its
 * rows are on the next page, in Vietnamese as a reviewer would say it; none when every heading keeps
 * `kept` rows under it on its page, or all those it has left. Headings must not contain one another.
 */
export function headingsLeftAlone(file: string, groups: readonly ListGroup[], kept: number): string[] {
  const pages = pdfInfo(file).pages;
  const texts = Array.from({ length: pages }, (_, i) => pdfText(file, i + 1));
  const faults: string[] = [];
  for (let p = 0; p + 1 < pages; p++) {
    const text = texts[p]!;
    // The page's last heading: at its top a section's heading is repeated with the column titles.
    let last: { group: ListGroup; at: number } | undefined;
    for (const group of groups) {
      const at = text.lastIndexOf(group.heading);
      if (at >= 0 && (!last || at > last.at)) last = { group, at };
    }
    if (!last) continue;
    const under = text.slice(last.at).match(last.group.row)?.length ?? 0;
    const over = texts[p + 1]!.match(last.group.row)?.length ?? 0;
    if (under < kept && over > 0) faults.push(`trang ${p + 1} kết thúc bằng "${last.group.heading}" với ${under} dòng, ${over} dòng sang trang sau`);
  }
  return faults;
}

export type PdfWord = { readonly page: number; readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number; readonly word: string };

/** Every word pdftotext finds, with its box in points from the page's top-left corner (NFC). */
export function pdfWords(file: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const out: PdfWord[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</.exec(line);
    if (m) out.push({ page, x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), word: (m[5] ?? '').normalize('NFC') });
  }
  return out;
}

/** Words in lines (tops within 2 pt), top to bottom, each line left to right. */
export function wordLines(words: readonly PdfWord[]): PdfWord[][] {
  const lines: PdfWord[][] = [];
  for (const w of [...words].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0)) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.y0 - w.y0) < 2) line.push(w);
    else lines.push([w]);
  }
  return lines.map((l) => l.sort((a, b) => a.x0 - b.x0));
}
