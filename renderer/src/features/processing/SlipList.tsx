/**
 * A job's slips in their order, as a virtual list read by windows of positions (an index range
 * of the job's order), so 20,000 slips scroll as smoothly as 20: only the rows in view and a
 * margin around them are ever read. Keyboard: ↑/↓ select, Enter opens, Alt+↑/Alt+↓ move the
 * slip inside its heading, Space marks it checked (or not). A click opens the slip too, as Enter
 * does, and selects it (one click only selected it: a clerk expected the slip to open) — except
 * where slips are moved (the order tab): there a click picks the slip to move or to put under
 * another heading, and a double-click opens it.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Empty, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Dossier, ProcessingJob } from '../../core/dossiers/types';
import { documentPeriod } from '../../core/dossiers/inventory';
import { classNames } from '../../core/processing/scheme';
import { useDb, useSession } from '../../db/context';
import { moveSlip } from '../../db/repositories/processing-repository';
import { countSlips, setChecked, slipWindow } from '../../db/repositories/slip-repository';
import { retentionLabel } from '../dossiers/retention-label';
import { useAction } from './useAction';

const ROW = 50;
const grid: CSSProperties = { display: 'grid', gridTemplateColumns: '48px 56px minmax(160px, 1fr) 118px 84px 52px 136px' };
const rowStyle = (start: number): CSSProperties => ({ ...grid, position: 'absolute', top: 0, left: 0, right: 0, height: ROW, transform: `translateY(${start}px)` });
/** Positions read per window step; the window spans the page in view plus one step each side. */
const STEP = 60;

export function SlipList({ job, selected, onSelect, onOpen, height = 460, movable = false, boxLabels }: {
  job: ProcessingJob;
  selected?: string;
  onSelect?: (d: Dossier) => void;
  onOpen?: (d: Dossier) => void;
  height?: number;
  /** Alt+↑/↓ reorder (the order tab). */
  movable?: boolean;
  boxLabels?: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const { run } = useAction();
  const count = useLiveQuery(() => countSlips(db, job.id), [db, job.id]) ?? 0;
  const parent = useRef<HTMLDivElement>(null);
  // Scroll updates are rendered by React's own batching, not flushSync on every scroll event:
  // a flick through 20,000 slips never runs a synchronous render per event.
  const virtualizer = useVirtualizer({ count, getScrollElement: () => parent.current, estimateSize: () => ROW, overscan: 10, useFlushSync: false });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const from = Math.max(1, Math.floor(first / STEP) * STEP - STEP + 1);
  const to = from + 4 * STEP;
  const slice = useLiveQuery(() => slipWindow(db, job.id, from, to), [db, job.id, from, to]);
  // Keep the last window while the next one loads, so rows never blank out while scrolling.
  const [rows, setRows] = useState<Map<number, Dossier>>(new Map());
  useEffect(() => {
    // A slip unchanged since the last window keeps its object, so its row does not render again.
    if (slice)
      setRows((prev) => {
        const old = new Map([...prev.values()].map((d) => [d.id, d]));
        return new Map(slice.filter((d) => !d.deleted).map((d) => { const o = old.get(d.id); return [d.position!, o && o.clock === d.clock && o.position === d.position ? o : d]; }));
      });
  }, [slice]);
  // Each slip's own heading ("I.1. Quyết định…"), not only its major one: a sub-heading is what the clerk checks.
  const headings = useMemo(() => classNames(job.scheme ?? []), [job.scheme]);
  const selectedIndex = useMemo(() => [...rows.values()].find((d) => d.id === selected)?.position, [rows, selected]);

  const select = (position: number) => {
    const d = rows.get(position);
    if (d) onSelect?.(d);
    virtualizer.scrollToIndex(position - 1);
  };
  const onKeyDownRef = useRef<(e: React.KeyboardEvent, d: Dossier) => void>(() => undefined);
  onKeyDownRef.current = (e: React.KeyboardEvent, d: Dossier) => {
    if (e.key === 'Enter') {
      // The Enter that opens the slip is not also typed into the title the drawer puts the cursor in (it began "\n…", said unsaved).
      e.preventDefault();
      onOpen?.(d);
    } else if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && e.altKey && movable) {
      e.preventDefault();
      void run(() => moveSlip(db, session, job.id, d.id, e.key === 'ArrowUp' ? 'up' : 'down'));
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = d.position! + (e.key === 'ArrowDown' ? 1 : -1);
      if (next >= 1 && next <= count) {
        select(next);
        setTimeout(() => parent.current?.querySelector<HTMLElement>(`[data-position="${next}"]`)?.focus(), 30);
      }
    } else if (e.key === ' ') {
      e.preventDefault();
      if (d.discardReason === undefined) void run(() => setChecked(db, session, job.id, [d.id], !d.checked));
    }
  };
  const onKeyDown = useCallback((e: React.KeyboardEvent, d: Dossier) => onKeyDownRef.current(e, d), []);
  // After a move the slip keeps the focus at its new place.
  useEffect(() => {
    if (selectedIndex !== undefined && parent.current?.contains(document.activeElement)) parent.current.querySelector<HTMLElement>(`[data-position="${selectedIndex}"]`)?.focus();
  }, [selectedIndex]);

  return (
    <div className="entry-table" role="table" aria-rowcount={count} data-testid="slip-list">
      <div className="entry-table-head" role="row" style={grid}>
        {[t('processing.colPosition'), t('processing.colTemp'), t('processing.colHeadingTitle'), t('processing.colPeriod'), t('processing.colRetention'), t('processing.colSheets'), t('processing.colStatus')].map((c) => <div key={c} role="columnheader" className="entry-cell">{c}</div>)}
      </div>
      {count === 0 ? (
        <Empty description={t('processing.listEmpty')} style={{ padding: 32 }} />
      ) : (
        <div ref={parent} style={{ height, overflow: 'auto' }} data-testid="slip-list-body">
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const d = rows.get(item.index + 1);
              if (!d) return <div key={`p${item.index}`} role="row" className="entry-row" style={rowStyle(item.start)} />;
              return (
                <SlipRow
                  key={d.id}
                  d={d}
                  start={item.start}
                  selected={d.id === selected}
                  boxLabel={d.boxId ? boxLabels?.get(d.boxId) : undefined}
                  heading={(d.classId && headings.get(d.classId)) || d.heading}
                  onSelect={onSelect}
                  onOpen={onOpen}
                  openOnClick={!movable}
                  onKeyDown={onKeyDown}
                />
              );
            })}
          </div>
        </div>
      )}
      <Typography.Text type="secondary" style={{ display: 'block', padding: '4px 8px', fontSize: 12 }}>{t('processing.listKeys')}</Typography.Text>
    </div>
  );
}

/**
 * One slip row: plain elements and CSS (no antd components, each of which reads the theme per
 * render), memoised so rows that stay in view do not render again while the list scrolls.
 */
const SlipRow = memo(function SlipRow({ d, start, selected, boxLabel, heading, onSelect, onOpen, openOnClick, onKeyDown }: {
  d: Dossier;
  start: number;
  selected: boolean;
  boxLabel: string | undefined;
  heading: string;
  onSelect: ((d: Dossier) => void) | undefined;
  onOpen: ((d: Dossier) => void) | undefined;
  openOnClick: boolean;
  onKeyDown: (e: React.KeyboardEvent, d: Dossier) => void;
}) {
  const { t } = useTranslation();
  const status = d.discardReason
    ? { tone: 'volcano', text: t('processing.discardTag', { reason: t(`processing.reason_${d.discardReason}`) }) }
    : d.fileNumber !== undefined
      ? { tone: 'green', text: t('processing.numberValue', { inventory: d.inventoryNumber, number: d.fileNumber }), testId: 'slip-file-number' }
      : d.checked
        ? { tone: 'blue', text: t('processing.checkedTag') }
        : { tone: 'plain', text: t('processing.uncheckedTag') };
  return (
    <div
      role="row"
      tabIndex={0}
      data-position={d.position}
      data-slip-id={d.id}
      data-testid="slip-row"
      className="entry-row"
      aria-selected={selected}
      style={selected ? { ...rowStyle(start), background: '#e6f4ff' } : rowStyle(start)}
      onClick={() => {
        onSelect?.(d);
        if (openOnClick) onOpen?.(d);
      }}
      onDoubleClick={openOnClick ? undefined : () => onOpen?.(d)}
      onFocus={() => onSelect?.(d)}
      onKeyDown={(e) => onKeyDown(e, d)}
    >
      <div role="cell" className="entry-cell">{d.position}</div>
      <div role="cell" className="entry-cell"><strong>{d.tempNumber}</strong></div>
      <div role="cell" className="entry-cell">
        <div className="slip-heading">{heading}</div>
        {/* One line in the list; the whole title on hover (a 300-character title was cut with no way to read it). */}
        <div className="entry-clamp" style={{ WebkitLineClamp: 1 }} title={d.title}>{d.title}</div>
      </div>
      <div role="cell" className="entry-cell">{documentPeriod(d.startDate, d.endDate, d.startPrecision, d.endPrecision)}</div>
      <div role="cell" className="entry-cell">{retentionLabel(t, d.retention)}</div>
      <div role="cell" className="entry-cell">{d.sheetCount ?? ''}</div>
      <div role="cell" className="entry-cell">
        <span className={`slip-tag slip-tag-${status.tone}`} data-testid={status.testId}>{status.text}</span>
        {boxLabel && <div className="slip-heading">{boxLabel}</div>}
      </div>
    </div>
  );
});
