/**
 * The register as a windowed table: only the visible rows are in the page, and only the rows near
 * them are read at all (useRegisterList), so a register of 1M entries scrolls as one of 100
 * (past the height a browser allows, the scroll area maps onto the list: core/scaled-window).
 * Rows open the entry with a click or Enter.
 * Text columns share the width left by the fixed ones, down to a minimum. Where the table is
 * narrower than the sum of those (a 1024 px screen), a register shows its compact columns — a
 * number with its date under it in one column — so that every column, the follow-up status
 * last, is on screen; below even those the table scrolls sideways instead of cutting any off.
 */
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { Empty, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatDate, isoDate } from '../../core/format';
import { followUpStatus, daysLate, daysLeft } from '../../core/registers/follow-up';
import { formatNumber } from '../../core/registers/numbering';
import { joinNumberNotation } from '../../core/registers/notation';
import { typeAndSummary } from '../../core/registers/register-book';
import { rowWindow, scrollHeight, scrollTopFor } from '../../core/scaled-window';
import type { IncomingDoc, OutgoingDoc } from '../../db/register-records';

const ROW_HEIGHT = 46;

/** `width`: fixed pixels, or a minimum in pixels and a share of what is left (`grow`). */
export type Column<T> = {
  readonly key: string;
  readonly title: string;
  readonly width: number | { readonly min: number; readonly grow: number };
  readonly render: (row: T) => ReactNode;
  /** The cell lays out its own lines (otherwise its text is cut at two lines). */
  readonly ownLines?: boolean;
};

/** The grid template of the columns and the width below which the table scrolls sideways. */
export function columnTemplate(columns: readonly Pick<Column<unknown>, 'width'>[]): { template: string; minWidth: number } {
  const parts = columns.map((c) => (typeof c.width === 'number' ? `${c.width}px` : `minmax(${c.width.min}px, ${c.width.grow}fr)`));
  const minWidth = columns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : c.width.min), 0);
  return { template: parts.join(' '), minWidth };
}

/**
 * Trích yếu: a cancelled entry still says which document it was (the row is struck through: its
 * number is kept, not given again), and on its second line why it was cancelled — not struck.
 */
function summaryCell(t: TFunction, d: Pick<IncomingDoc, 'deleted' | 'deletedReason' | 'typeName' | 'summary'>) {
  const summary = typeAndSummary(d.typeName, d.summary);
  if (!d.deleted) return summary;
  const reason = d.deletedReason ? t('registers.cancelledBecause', { reason: d.deletedReason }) : '';
  return (
    <>
      <div className="entry-line" title={summary}><Tag>{t('registers.cancelled')}</Tag>{summary}</div>
      {reason && <div className="entry-line entry-line-second entry-cancel-reason" title={reason}>{reason}</div>}
    </>
  );
}

export function incomingColumns(t: TFunction): Column<IncomingDoc>[] {
  const today = isoDate(new Date());
  return [
    { key: 'arrivalNumber', title: t('fields.arrivalNumber'), width: 64, render: (d) => <strong>{formatNumber(d.arrivalNumber)}</strong> },
    { key: 'arrivalDate', title: t('fields.arrivalDate'), width: 94, render: (d) => formatDate(d.arrivalDate) },
    { key: 'sender', title: t('fields.sender'), width: { min: 150, grow: 1.3 }, render: (d) => d.sender },
    { key: 'numberNotation', title: t('fields.numberNotation'), width: { min: 110, grow: 0.9 }, render: (d) => joinNumberNotation(d.number, d.notation) },
    { key: 'documentDate', title: t('fields.documentDate'), width: 94, render: (d) => formatDate(d.documentDate) },
    { key: 'summary', title: t('fields.summary'), width: { min: 200, grow: 2.5 }, render: (d) => summaryCell(t, d) },
    { key: 'recipient', title: t('fields.recipient'), width: { min: 110, grow: 1 }, render: (d) => d.recipient },
    statusColumn(t, today),
  ];
}

/** Done, and how late when it was finished past its deadline (the follow-up report needs it; it read "Đã xong" alone). */
function doneTag(t: TFunction, d: IncomingDoc) {
  const late = daysLate(d);
  return late > 0 ? <Tag color="gold">{t('followUp.doneLate', { count: late })}</Tag> : <Tag color="green">{t('followUp.done')}</Tag>;
}

/** The follow-up status of an incoming entry: its deadline, how far over it is, done, or its urgency. */
function statusColumn(t: TFunction, today: string): Column<IncomingDoc> {
  return {
    key: 'status',
    title: t('fields.progress'),
    // Wide enough for the longest tag ("Quá hạn 120 ngày", "120 days overdue") on one line.
    width: 140,
    render: (d) => {
      const s = followUpStatus(d, today);
      const left = daysLeft(d, today) ?? 0;
      // An urgent document not dealt with yet says so under its deadline too (it showed only the date).
      const urgent = s !== 'done' && d.urgency !== 'normal' ? <Tag color="volcano">{t(`urgency.${d.urgency}`)}</Tag> : null;
      const deadline =
        s === 'overdue' ? <Tag color="red">{t('followUp.overdue', { count: -left })}</Tag>
        : s === 'due-soon' ? <Tag color="orange">{left === 0 ? t('followUp.dueToday') : t('followUp.dueSoon', { count: left })}</Tag>
        : s === 'done' ? doneTag(t, d)
        : s === 'on-time' ? <Tag color="blue">{t('followUp.dueOn', { date: formatDate(d.handlingDeadline || d.dueDate) })}</Tag>
        : null;
      if (deadline && urgent) return <div className="status-tags">{deadline}{urgent}</div>;
      return deadline ?? urgent;
    },
  };
}

/** Two values in one cell, each on its own line (cut with … where too long, whole on hover). */
function TwoLines({ first, second, strong }: { first: string; second: string; strong?: boolean }) {
  return (
    <>
      <div className="entry-line" title={first}>{strong ? <strong>{first}</strong> : first}</div>
      <div className="entry-line entry-line-second" title={second}>{second}</div>
    </>
  );
}

/**
 * The incoming register where the table is too narrow for `incomingColumns` (a 1024 px screen):
 * the arrival date under the arrival number and the document's date under its number and
 * notation, narrower text columns; the rest as they are, so the follow-up status stays in view.
 */
export function incomingCompactColumns(t: TFunction): Column<IncomingDoc>[] {
  const today = isoDate(new Date());
  const full = new Map(incomingColumns(t).map((c) => [c.key, c]));
  return [
    { key: 'arrival', title: `${t('fields.arrivalNumber')} / ${t('fields.arrivalDate')}`, width: 90, ownLines: true, render: (d) => <TwoLines strong first={formatNumber(d.arrivalNumber)} second={formatDate(d.arrivalDate)} /> },
    { ...full.get('sender')!, width: { min: 120, grow: 1.3 } },
    { key: 'numberNotation', title: `${t('fields.numberNotation')} / ${t('fields.documentDate')}`, width: { min: 125, grow: 0.9 }, ownLines: true, render: (d) => <TwoLines first={joinNumberNotation(d.number, d.notation)} second={formatDate(d.documentDate)} /> },
    { ...full.get('summary')!, width: { min: 150, grow: 2.5 } },
    { ...full.get('recipient')!, width: { min: 100, grow: 1 } },
    statusColumn(t, today),
  ];
}

export function outgoingColumns(t: TFunction): Column<OutgoingDoc>[] {
  return [
    { key: 'numberNotation', title: t('fields.numberNotation'), width: { min: 120, grow: 0.9 }, render: (d) => <strong>{joinNumberNotation(d.number, d.notation)}</strong> },
    { key: 'documentDate', title: t('fields.documentDate'), width: 94, render: (d) => formatDate(d.documentDate) },
    { key: 'summary', title: t('fields.summary'), width: { min: 200, grow: 2.5 }, render: (d) => summaryCell(t, d) },
    { key: 'signer', title: t('fields.signerName'), width: { min: 130, grow: 1.1 }, render: (d) => [d.signerPosition, d.signerName].filter(Boolean).join(' ') },
    { key: 'recipients', title: t('fields.recipients'), width: { min: 140, grow: 1.3 }, render: (d) => d.recipients.join('; ') },
    { key: 'retained', title: t('fields.retainedCopyHolder'), width: { min: 110, grow: 0.9 }, render: (d) => d.retainedCopyHolder },
    { key: 'copyCount', title: t('fields.copyCount'), width: 80, render: (d) => d.copyCount ?? '' },
  ];
}

/** The outgoing register where the table is too narrow for `outgoingColumns`: the date under the number and notation, narrower text columns. */
export function outgoingCompactColumns(t: TFunction): Column<OutgoingDoc>[] {
  const full = new Map(outgoingColumns(t).map((c) => [c.key, c]));
  return [
    { key: 'numberNotation', title: `${t('fields.numberNotation')} / ${t('fields.documentDate')}`, width: { min: 120, grow: 0.9 }, ownLines: true, render: (d) => <TwoLines strong first={joinNumberNotation(d.number, d.notation)} second={formatDate(d.documentDate)} /> },
    { ...full.get('summary')!, width: { min: 175, grow: 2.5 } },
    { ...full.get('signer')!, width: { min: 120, grow: 1.1 } },
    { ...full.get('recipients')!, width: { min: 130, grow: 1.3 } },
    { ...full.get('retained')!, width: { min: 105, grow: 0.9 } },
    full.get('copyCount')!,
  ];
}

type RowProps<T> = { row: T; index: number; columns: readonly Column<T>[]; grid: CSSProperties; top: number; height: number; testId: string; onOpen: (row: T) => void; onKey: ((row: T, e: KeyboardEvent<HTMLDivElement>) => void) | undefined };

const rowStyle = (grid: CSSProperties, top: number, height: number): CSSProperties => ({ ...grid, position: 'absolute', top: 0, left: 0, right: 0, height, transform: `translateY(${top}px)` });

/** One row; memoised, so scrolling renders only the rows that come into view. */
const EntryRow = memo(function EntryRow<T extends { id: string; deleted: boolean }>({ row, index, columns, grid, top, height, testId, onOpen, onKey }: RowProps<T>) {
  return (
    <div
      role="row"
      tabIndex={0}
      data-testid={testId}
      data-index={index}
      aria-rowindex={index + 2}
      className={`entry-row${row.deleted ? ' entry-row-cancelled' : ''}`}
      style={rowStyle(grid, top, height)}
      onClick={() => onOpen(row)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.target === e.currentTarget) onOpen(row);
        else onKey?.(row, e);
      }}
    >
      {columns.map((c) => {
        const content = c.render(row);
        // A text cut after two lines shows whole under the pointer (a long trích yếu hid the words a search found).
        return <div key={c.key} role="cell" className="entry-cell">{c.ownLines ? content : <div className="entry-clamp" title={typeof content === 'string' && content.length > 60 ? content : undefined}>{content}</div>}</div>;
      })}
    </div>
  );
}) as <T extends { id: string; deleted: boolean }>(props: RowProps<T>) => ReactNode;

/** The inner width of an element, known before it is first painted and followed as it changes (the window resized, the menu folded). */
function useWidth(ref: RefObject<HTMLElement | null>): number | undefined {
  const [width, setWidth] = useState<number>();
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const watch = new ResizeObserver(() => setWidth(el.clientWidth));
    watch.observe(el);
    return () => watch.disconnect();
  }, [ref]);
  return width;
}

/** Keys that move between rows, and how far (a page is the rows on screen). */
function moveBy(key: string, page: number): number | 'first' | 'last' | undefined {
  if (key === 'ArrowDown') return 1;
  if (key === 'ArrowUp') return -1;
  if (key === 'PageDown') return page;
  if (key === 'PageUp') return -page;
  if (key === 'Home') return 'first';
  if (key === 'End') return 'last';
  return undefined;
}

/**
 * `count` rows, of which the list holds those near the screen (`rowAt`); the table says which
 * positions are on screen (`onRange`) and shows a blank row where one is still being read.
 * Keyboard: Tab reaches the rows, ↑ ↓ Page Up/Down Home End move between them (scrolling as
 * needed, even to rows not read yet), Enter opens one.
 */
export function EntryTable<T extends { id: string; deleted: boolean }>({ count, rowAt, onRange, columns: wide, compactColumns, onOpen, empty, height = 520, rowHeight = ROW_HEIGHT, testId = 'entry-table', rowTestId = 'entry-row', label, onRowKey, revealEnd }: {
  count: number;
  rowAt: (index: number) => T | undefined;
  onRange: (start: number, end: number) => void;
  columns: readonly Column<T>[];
  /** Shown instead of `columns` while the table is narrower than their minimum widths. */
  compactColumns?: readonly Column<T>[];
  onOpen: (row: T) => void;
  empty: string;
  height?: number;
  /** Height of every row (fixed: the window is arithmetic). */
  rowHeight?: number;
  testId?: string;
  rowTestId?: string;
  /** What the list is, for screen readers (the register's list by default). */
  label?: string;
  /** Keys a row handles besides Enter and the moves (e.g. Space to select it). */
  onRowKey?: (row: T, e: KeyboardEvent<HTMLDivElement>) => void;
  /** Changed when an entry was just added: the list scrolls to its end, where the new entry comes, once it is read. */
  revealEnd?: number;
}) {
  const parent = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const columns = compactColumns && width !== undefined && width < columnTemplate(wide).minWidth ? compactColumns : wide;
  const [scrollTop, setScrollTop] = useState(0);
  const [active, setActive] = useState<number>();
  const geometry = useMemo(() => ({ count, rowHeight, viewport: height }), [count, height, rowHeight]);
  const win = rowWindow(geometry, scrollTop);
  const { template, minWidth } = columnTemplate(columns);
  const grid = useMemo<CSSProperties>(() => ({ display: 'grid', gridTemplateColumns: template }), [template]);
  const { t } = useTranslation();
  useEffect(() => {
    onRange(win.visibleFirst, win.visibleLast + 1);
  }, [win.visibleFirst, win.visibleLast, count, onRange]);
  // The list got shorter (a search): keep the scroll position within it.
  useEffect(() => {
    const el = parent.current;
    if (el && el.scrollTop !== scrollTop) setScrollTop(el.scrollTop);
    if (active !== undefined && active >= count) setActive(undefined);
  }, [count, scrollTop, active]);
  // An entry just saved is shown: the list (oldest first) scrolls to its end at once, and again when it next changes
  // length (the new entry read in; it stayed where it was, the new entry out of sight at the bottom). The scroll
  // alone: the cursor stays in the form.
  const revealFrom = useRef<number | undefined>(undefined);
  /** Scrolls as little as brings row `i` into sight (the keys' moves, and the reveal). */
  const scrollToRow = (i: number) => {
    const el = parent.current;
    if (!el) return;
    const next = scrollTopFor(geometry, el.scrollTop, i);
    if (next !== el.scrollTop) {
      el.scrollTop = next;
      setScrollTop(el.scrollTop);
    }
  };
  useEffect(() => {
    if (!revealEnd) return;
    revealFrom.current = count;
    if (count > 0) scrollToRow(count - 1);
    // Only on a new save, not when the list changes length for another reason (a search typed).
  }, [revealEnd]);
  useEffect(() => {
    if (revealFrom.current === undefined || count === revealFrom.current) return;
    revealFrom.current = undefined;
    if (count > 0) scrollToRow(count - 1);
  }, [count]);
  // Keyboard focus follows the active row once it is drawn (it may have just been scrolled to, or
  // its blank stand-in replaced by the row read): the list keeps focus until it is moved elsewhere.
  // A layout effect, so the focus is back before the browser handles the next key: a key pressed
  // while a blank row was swapped for its row would otherwise land on the page and be lost.
  const holdsFocus = useRef(false);
  useLayoutEffect(() => {
    if (active === undefined || !holdsFocus.current) return;
    const el = parent.current?.querySelector<HTMLElement>(`[data-index="${active}"]`);
    if (el && document.activeElement !== el) el.focus({ preventScroll: true });
  });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const el = parent.current;
    const from = Number((e.target as HTMLElement).dataset.index ?? active ?? win.visibleFirst);
    const move = moveBy(e.key, Math.max(1, win.visibleLast - win.visibleFirst));
    if (!el || move === undefined || count === 0) return;
    e.preventDefault();
    const to = move === 'first' ? 0 : move === 'last' ? count - 1 : Math.min(count - 1, Math.max(0, from + move));
    setActive(to);
    holdsFocus.current = true;
    scrollToRow(to);
  };

  const rows: ReactNode[] = [];
  for (let i = win.first; i <= win.last; i++) {
    const row = rowAt(i);
    rows.push(
      row ? (
        <EntryRow<T> key={row.id} row={row} index={i} columns={columns} grid={grid} top={win.top(i)} height={rowHeight} testId={rowTestId} onOpen={onOpen} onKey={onRowKey} />
      ) : (
        <div key={`wait-${i}`} role="row" tabIndex={0} aria-busy="true" data-index={i} aria-rowindex={i + 2} className="entry-row entry-row-waiting" style={rowStyle(grid, win.top(i), rowHeight)} />
      ),
    );
  }
  return (
    <div ref={box} className="entry-table" role="table" aria-rowcount={count + 1} data-testid={testId} data-layout={columns === wide ? 'full' : 'compact'}>
      <div style={{ minWidth }}>
      <div className="entry-table-head" role="row" aria-rowindex={1} style={grid}>
        {columns.map((c) => <div key={c.key} role="columnheader" className="entry-cell">{c.title}</div>)}
      </div>
      {count > 0 && (
        <div
          ref={parent}
          className="entry-table-body"
          style={{ height, overflow: 'auto' }}
          aria-label={label ?? t('registers.listTitle')}
          onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
          onKeyDown={onKeyDown}
          onFocus={(e) => {
            const i = (e.target as HTMLElement).dataset.index;
            holdsFocus.current = true;
            if (i !== undefined) setActive(Number(i));
          }}
          onBlur={(e) => {
            // A row leaving the page takes focus nowhere (relatedTarget null): the list keeps it.
            if (e.relatedTarget && !e.currentTarget.contains(e.relatedTarget)) holdsFocus.current = false;
          }}
        >
          <div style={{ height: scrollHeight(geometry), position: 'relative' }}>{rows}</div>
        </div>
      )}
      </div>
      {/* Outside the columns' minimum width, so the sentence fits the screen at 1024 px. */}
      {count === 0 && <Empty description={empty} style={{ padding: 32, position: 'sticky', left: 0 }} />}
    </div>
  );
}
