/**
 * The classification scheme of a processing job (phương án phân loại, TT 16/2023 step 4–5) as a
 * tree the archivist builds: major headings numbered I, II, III…, sub-headings 1, 2, 3… inside
 * each, a third level a), b)…; reordered by moving a heading with its subtree; copied from the
 * year's file plan or from an earlier job. Finding a heading while typing a slip goes by its
 * number ("II.3"), its code or its words, marks ignored.
 */
import type { FieldIssue } from '../errors';
import { capitalise, cleanText, foldText } from '../text';
import { isRetention } from '../dossiers/rules';
import { PROCESSING_LIMITS, type ClassNode } from './types';
import { compareHeadings } from '../dossiers/list-keys';

const ROMAN: readonly [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

export function toRoman(n: number): string {
  let out = '';
  let rest = n;
  for (const [v, s] of ROMAN)
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  return out;
}

const LETTERS = 'abcdefghiklmnopqrstuvxy';

/** The ordinal as printed at a depth: I. / 1. / a) */
function ordinalText(depth: number, n: number): string {
  if (depth === 0) return toRoman(n);
  if (depth === 1) return String(n);
  return LETTERS[(n - 1) % LETTERS.length]! + (n > LETTERS.length ? String(Math.ceil(n / LETTERS.length)) : '');
}

export type SchemeEntry = {
  readonly node: ClassNode;
  readonly depth: number;
  /** "I", "I.2", "I.2.a" */
  readonly path: string;
  /** "I.", "2.", "a)" as printed before the title. */
  readonly label: string;
  /** Place in the whole scheme (0-based, display order): the order "by field of activity". */
  readonly rank: number;
  /** Titles from the major heading down, for search and for a heading line on slips. */
  readonly trail: readonly string[];
};

/** Depth, numbering and rank of every node, in display order. */
export function schemeEntries(scheme: readonly ClassNode[]): SchemeEntry[] {
  const byId = new Map<string, SchemeEntry>();
  const childCount = new Map<string | undefined, number>();
  const out: SchemeEntry[] = [];
  for (const node of scheme) {
    const parent = node.parentId !== undefined ? byId.get(node.parentId) : undefined;
    const depth = parent ? parent.depth + 1 : 0;
    const n = (childCount.get(node.parentId) ?? 0) + 1;
    childCount.set(node.parentId, n);
    const own = ordinalText(depth, n);
    const entry: SchemeEntry = {
      node,
      depth,
      path: parent ? `${parent.path}.${own}` : own,
      label: depth === 2 ? `${own})` : `${own}.`,
      rank: out.length,
      trail: [...(parent?.trail ?? []), node.title],
    };
    byId.set(node.id, entry);
    out.push(entry);
  }
  return out;
}

/** "I. Tổng hợp" — the heading line as printed. */
/** "I.1. Quyết định của Ủy ban nhân dân xã": a heading as the picker, the slip list and the printed slip name it. */
export function entryName(entry: Pick<SchemeEntry, 'path' | 'node'>): string {
  return `${entry.path}. ${entry.node.title}`;
}

/** Each heading's `entryName`, by its id. */
export function classNames(scheme: readonly ClassNode[]): Map<string, string> {
  return new Map(schemeEntries(scheme).map((e) => [e.node.id, entryName(e)]));
}

export function headingLine(entry: Pick<SchemeEntry, 'label' | 'node'>): string {
  return `${entry.label} ${entry.node.title}`;
}

/** Ids of a node and all its descendants (a contiguous run in display order). */
function subtree(scheme: readonly ClassNode[], id: string): { start: number; end: number } {
  const start = scheme.findIndex((n) => n.id === id);
  if (start < 0) return { start: -1, end: -1 };
  const inside = new Set([id]);
  let end = start + 1;
  while (end < scheme.length && scheme[end]!.parentId !== undefined && inside.has(scheme[end]!.parentId!)) inside.add(scheme[end++]!.id);
  return { start, end };
}

/**
 * A heading's title as typed, without the number the clerk wrote before it ("1. Báo cáo", "II.
 * Văn thư", "I.1. Quyết định", "a) Công văn"): headings are numbered by their place, and the typed
 * number was printed after it ("II.1. 1. Báo cáo thống kê"). A title that is only a number stays.
 */
export function headingTitle(typed: string): string {
  const t = cleanText(typed);
  const rest = t.replace(HEADING_NUMBER, '');
  return rest || t;
}

/** A Roman numeral from I to XXXIX (a scheme's major headings), not any run of those letters ("C. Mác", "CV."). */
const ROMAN_NUMERAL = '(?:X{1,3}(?:IX|IV|V?I{0,3})|IX|IV|V?I{1,3}|V)';
/** "II. ", "I.1. ", "1. ", "1.1 " (a last number of one or two digits without its dot), "a) ", "2) " — not "1.000 hộ". */
const HEADING_NUMBER = new RegExp(`^(?:(?:${ROMAN_NUMERAL}|\\d{1,3})\\.)+(?:\\d{1,2}(?=\\s))?\\s+|^(?:\\d{1,3}|[a-zđ])\\)\\s+`, 'u');
/** Adds a heading as the last child of `parentId` (or as the last major heading). */
export function addNode(scheme: readonly ClassNode[], node: ClassNode): ClassNode[] {
  const clean: ClassNode = { ...node, title: headingTitle(node.title), ...(node.code !== undefined ? { code: cleanText(node.code).toLocaleUpperCase('vi') } : {}) };
  if (clean.parentId === undefined) return [...scheme, clean];
  const { start, end } = subtree(scheme, clean.parentId);
  if (start < 0) {
    const { parentId: _orphan, ...major } = clean;
    return [...scheme, major];
  }
  return [...scheme.slice(0, end), clean, ...scheme.slice(end)];
}

export function updateNode(scheme: readonly ClassNode[], id: string, patch: Partial<Pick<ClassNode, 'title' | 'code' | 'retention'>>): ClassNode[] {
  return scheme.map((n) => {
    if (n.id !== id) return n;
    const next: Record<string, unknown> = { ...n, ...patch };
    if (patch.title !== undefined) next.title = headingTitle(patch.title);
    if (patch.code !== undefined) next.code = cleanText(patch.code).toLocaleUpperCase('vi');
    for (const k of ['code', 'retention'] as const) if (next[k] === undefined || next[k] === '') delete next[k];
    return next as ClassNode;
  });
}

/** Moves a heading (with its subtree) before its previous sibling or after its next one. */
export function moveNode(scheme: readonly ClassNode[], id: string, direction: 'up' | 'down'): ClassNode[] {
  const me = scheme.find((n) => n.id === id);
  if (!me) return [...scheme];
  const siblings = scheme.filter((n) => n.parentId === me.parentId);
  const i = siblings.findIndex((n) => n.id === id);
  const other = siblings[direction === 'up' ? i - 1 : i + 1];
  if (!other) return [...scheme];
  const [first, second] = direction === 'up' ? [other, me] : [me, other];
  const a = subtree(scheme, first.id);
  const b = subtree(scheme, second.id);
  return [...scheme.slice(0, a.start), ...scheme.slice(b.start, b.end), ...scheme.slice(a.start, a.end), ...scheme.slice(b.end)];
}

/** Removes a heading without children (the caller checks no slip uses it). */
export function removeNode(scheme: readonly ClassNode[], id: string): ClassNode[] {
  if (scheme.some((n) => n.parentId === id)) return [...scheme];
  return scheme.filter((n) => n.id !== id);
}

/** A copy with new ids (from an earlier job): the same tree, not the same headings. */
export function copyScheme(scheme: readonly ClassNode[], newId: () => string): ClassNode[] {
  const ids = new Map(scheme.map((n) => [n.id, newId()]));
  return scheme.map((n) => {
    const copy: Record<string, unknown> = { ...n, id: ids.get(n.id)! };
    if (n.parentId !== undefined) copy.parentId = ids.get(n.parentId);
    return copy as ClassNode;
  });
}

/**
 * Headings copied onto a scheme that already has some (from a plan or another job): a copied heading
 * the scheme already holds under the same parent (its title, marks and capitals aside) is not added
 * again, and its sub-headings go under the one there, after its own (`addNode`: a heading's sub-headings follow it
 * in the scheme, whose order is the slips'). Copied twice, a plan added every heading twice. `copied` lists each
 * heading before its sub-headings, as a stored scheme does.
 */
export function copiedWithoutRepeats(existing: readonly ClassNode[], copied: readonly ClassNode[]): { readonly scheme: ClassNode[]; readonly added: number; readonly repeated: number } {
  // Titles compared as a heading is kept (a copied "1. Báo cáo" is the "Báo cáo" already there).
  const key = (parentId: string | undefined, title: string) => `${parentId ?? ''}\u0000${foldText(headingTitle(title)).replace(/\s+/g, ' ')}`;
  const there = new Map(existing.map((n) => [key(n.parentId, n.title), n.id]));
  const to = new Map<string, string>();
  let scheme = [...existing];
  let added = 0;
  let repeated = 0;
  for (const n of copied) {
    const parentId = n.parentId === undefined ? undefined : (to.get(n.parentId) ?? n.parentId);
    const same = there.get(key(parentId, n.title));
    if (same !== undefined) {
      to.set(n.id, same);
      repeated++;
      continue;
    }
    scheme = addNode(scheme, parentId === undefined ? n : { ...n, parentId });
    added++;
    there.set(key(parentId, n.title), n.id);
  }
  return { scheme, added, repeated };
}

/**
 * Major headings of a year's file plan as a scheme: "I. TỔNG HỢP" becomes "Tổng hợp" numbered
 * I (the numeral is the scheme's own), in the plan's order, each with its abbreviation.
 */
export function schemeFromPlan(headings: readonly { readonly heading: string; readonly headingCode: string }[], newId: () => string): ClassNode[] {
  const seen = new Map<string, string>();
  for (const h of headings) {
    const title = cleanText(h.heading.replace(/^[IVXLC]+\.\s*/u, ''));
    if (title && !seen.has(title)) seen.set(title, cleanText(h.headingCode));
  }
  const ordered = [...seen.entries()].sort(([a], [b]) => {
    const ra = headings.find((h) => h.heading.includes(a))?.heading ?? a;
    const rb = headings.find((h) => h.heading.includes(b))?.heading ?? b;
    return compareHeadings(ra, rb) || ra.localeCompare(rb, 'vi');
  });
  return ordered.map(([title, code]) => ({ id: newId(), title: title === title.toLocaleUpperCase('vi') ? sentenceCase(title) : title, ...(code ? { code } : {}) }));
}

/** Abbreviations kept in capitals when a heading written in capitals is put in sentence case. */
const KEPT_CAPITALS: ReadonlySet<string> = new Set(['UBND', 'HĐND', 'MTTQ', 'BCH', 'BHXH', 'CCB', 'HLHPN', 'ĐTN', 'TNCS']);

/**
 * "VĂN PHÒNG - THỐNG KÊ" → "Văn phòng - Thống kê": each unit of a joined name starts with a capital
 * (it read "Văn phòng - thống kê"), well-known abbreviations stay in capitals ("HĐND VÀ UBND").
 */
function sentenceCase(title: string): string {
  return title
    .split(/(\s+[-–]\s+)/u)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      const words = part.split(/(\s+)/u).map((w) => (KEPT_CAPITALS.has(w) ? w : w.toLocaleLowerCase('vi')));
      const first = words.findIndex((w) => w.trim() !== '');
      if (first >= 0 && !KEPT_CAPITALS.has(words[first]!)) words[first] = capitalise(words[first]!);
      return words.join('');
    })
    .join('');
}

/**
 * A heading's number path as typed, folded ("II.3." → "ii.3"), a major heading's number typed in figures read as its
 * Roman numeral ("4" → "iv", "4.2" → "iv.2"): the keys a clerk reaches first.
 */
export function typedPath(typed: string): string {
  return romanised(foldTyped(typed));
}

/** What was typed for a heading, folded, a final dot left out ("II.3." → "ii.3"). */
const foldTyped = (typed: string) => foldText(cleanText(typed)).replace(/\.$/, '');

/** A folded path whose first number is in figures, that number as the Roman numeral of a major heading. */
function romanised(q: string): string {
  const figures = /^(\d{1,2})((?:\.[0-9a-z]+)*)$/.exec(q);
  return figures && Number(figures[1]) >= 1 ? `${toRoman(Number(figures[1])).toLowerCase()}${figures[2]}` : q;
}

/**
 * Headings for what is being typed, best first: the number path ("ii.3", "II.3.", "2.3"), then the
 * code ("TH"), then headings holding every word (marks ignored: "van thu" finds "Văn thư"; typed with its marks, those
 * holding it as typed first: "hộ" is Hộ tịch before Tổng hợp).
 * Empty input lists the scheme in order.
 */
export function matchNodes(scheme: readonly ClassNode[], typed: string, limit = 12): SchemeEntry[] {
  const entries = schemeEntries(scheme);
  const q = foldTyped(typed);
  if (!q) return entries.slice(0, limit);
  const words = q.split(/\s+/).filter(Boolean);
  const asPath = romanised(q);
  // Typed with its marks ("hộ"), a heading holding those very letters comes before one that only folds to them ("hợp"):
  // the first is highlighted, and Enter takes it.
  const lowered = cleanText(typed).toLocaleLowerCase('vi').replace(/\.$/, '');
  const marked = lowered !== q ? lowered : undefined;
  const scored: [number, SchemeEntry][] = [];
  for (const e of entries) {
    const path = foldText(e.path);
    const code = foldText(e.node.code ?? '');
    const trail = e.trail.join(' ');
    const text = foldText(trail);
    let score = -1;
    if (path === q || path === asPath || code === q) score = 0;
    else if (path.startsWith(`${q}.`) || path.startsWith(`${asPath}.`)) score = 1;
    else if (code && code.startsWith(q)) score = 2;
    else if (words.every((w) => text.includes(w))) {
      if (marked !== undefined && trail.toLocaleLowerCase('vi').includes(marked)) score = 2.5;
      else score = foldText(e.node.title).includes(words[0]!) ? 3 : 4;
    }
    if (score >= 0) scored.push([score, e]);
  }
  return scored.sort((a, b) => a[0] - b[0] || a[1].rank - b[1].rank).slice(0, limit).map(([, e]) => e);
}

/** Titles present and bounded, parents before children, depth ≤ 3, retention valid. */
export function validateScheme(scheme: readonly ClassNode[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (scheme.length > PROCESSING_LIMITS.schemeNodes) issues.push({ field: 'scheme', code: 'scheme.tooMany', params: { max: PROCESSING_LIMITS.schemeNodes } });
  const seen = new Set<string>();
  for (const e of schemeEntries(scheme)) {
    const n = e.node;
    if (seen.has(n.id)) issues.push({ field: 'scheme', code: 'scheme.duplicateId' });
    if (n.parentId !== undefined && !seen.has(n.parentId)) issues.push({ field: 'scheme', code: 'scheme.parentMissing', params: { title: n.title } });
    seen.add(n.id);
    if (!n.title) issues.push({ field: 'scheme', code: 'scheme.titleRequired' });
    if (n.title.length > PROCESSING_LIMITS.schemeTitle) issues.push({ field: 'scheme', code: 'text.tooLong', params: { max: PROCESSING_LIMITS.schemeTitle, length: n.title.length } });
    if ((n.code ?? '').length > PROCESSING_LIMITS.schemeCode) issues.push({ field: 'scheme', code: 'text.tooLong', params: { max: PROCESSING_LIMITS.schemeCode, length: (n.code ?? '').length } });
    if (e.depth >= PROCESSING_LIMITS.schemeDepth) issues.push({ field: 'scheme', code: 'scheme.tooDeep', params: { max: PROCESSING_LIMITS.schemeDepth } });
    if (n.retention !== undefined && !isRetention(n.retention)) issues.push({ field: 'scheme', code: 'dossier.retentionInvalid' });
  }
  return issues;
}

/** The major heading a node belongs to (for the dossier's `heading` field and the inventory's section lines). */
export function majorHeadingOf(entries: readonly SchemeEntry[], classId: string | undefined): SchemeEntry | undefined {
  const e = entries.find((x) => x.node.id === classId);
  if (!e) return undefined;
  const major = e.path.split('.')[0];
  return entries.find((x) => x.depth === 0 && x.path === major);
}


/**
 * The major headings that hold at least one of `classIds` (the kept slips' headings), as lines, in the scheme's order:
 * what an inventory's foreword names as its sections (it named a heading no file was filed under).
 */
export function filedHeadingLines(scheme: readonly ClassNode[], classIds: readonly (string | undefined)[]): string[] {
  const entries = schemeEntries(scheme);
  const filed = new Set(classIds.map((id) => majorHeadingOf(entries, id)?.node.id).filter((id): id is string => id !== undefined));
  return entries.filter((e) => e.depth === 0 && filed.has(e.node.id)).map(headingLine);
}
