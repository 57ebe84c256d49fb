/**
 * The year's dossiers as the file plan lists them, with status, final number and box: a windowed
 * table (the register's EntryTable) showing only the rows on screen, read a window at a time by
 * useDossierList. Keyboard: Tab reaches the rows, ↑ ↓ Page Up/Down Home End move, Enter opens,
 * Space selects a dossier for numbering (as its checkbox does). Cells are plain elements and CSS
 * (no antd component, each of which reads the theme per render), as in the slip list.
 */
import { useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatDate } from '../../core/format';
import type { Dossier } from '../../core/dossiers/types';
import { isUnnumberedSlip } from '../../core/dossiers/rules';
import { EntryTable, type Column } from '../registers/EntryTable';
import type { ClosingProposal } from '../../db/repositories/dossier-doc-repository';
import { figuresOf, FromDocuments } from './FromDocuments';
import { retentionLabel, statusLabel } from './retention-label';

/** A heading line, two lines of title, and the padding. The columns fit a 1024 px screen (the side menu open). */
const ROW_HEIGHT = 66;

function dossierColumns(t: TFunction, boxNumbers: ReadonlyMap<string, string>, selection: Selection | undefined, listed: ReadonlyMap<string, ClosingProposal> | undefined): Column<Dossier>[] {
  const columns: Column<Dossier>[] = [
    { key: 'notation', title: t('dossiers.notation'), width: 80, render: (d) => <strong>{d.notation}</strong> },
    {
      key: 'title',
      title: t('dossiers.headingAndTitle'),
      width: { min: 164, grow: 1 },
      ownLines: true,
      render: (d) => {
        // A dossier destroyed under a decision is not one deleted by mistake: it says when and under which decision.
        const aside = d.destroyedAt
          ? t('dossiers.destroyedAside', { date: formatDate(d.destroyedAt), number: d.destructionDecisionNumber ?? '' })
          : d.deleted && d.deletedReason
            ? t('dossiers.deletedReason', { reason: d.deletedReason })
            : d.keeper
              ? t('dossiers.keptBy', { name: d.keeper })
              : '';
        return (
          <>
            <div className="slip-heading" title={[d.heading, d.subheading, aside].filter(Boolean).join('\n')}>{[d.heading, d.subheading, aside].filter(Boolean).join(' · ')}</div>
            <div className={d.deleted ? 'entry-clamp entry-row-cancelled' : 'entry-clamp'} title={d.title}>{d.title}</div>
          </>
        );
      },
    },
    { key: 'retention', title: t('dossiers.retention'), width: 84, render: (d) => retentionLabel(t, d.retention) },
    // The dash stays with the first date: two lines, "05/01/2026 –" then "20/11/2026".
    {
      key: 'period',
      title: t('dossiers.period'),
      width: 104,
      render: (d) => {
        const { period } = figuresOf(d, listed?.get(d.id));
        return <FromDocuments figure={{ ...period, text: period.text.replace(' – ', '\u00a0– ') }} testId="dossier-listed" compact />;
      },
    },
    {
      key: 'sheets',
      title: t('dossiers.sheetCountShort'),
      width: 44,
      render: (d) => <FromDocuments figure={figuresOf(d, listed?.get(d.id)).sheets} testId="dossier-listed" compact />,
    },
    {
      key: 'status',
      title: t('dossiers.statusAndNumber'),
      width: 108,
      render: (d) => (
        <>
          {d.deleted ? (
            <span className="slip-tag">{t(d.destroyedAt ? 'appraisal.destroyedLabel' : 'dossiers.status_deleted')}</span>
          ) : (
            // A slip of a processing job not numbered yet (or set aside to discard) is no dossier being made ("Đang lập").
            <span className={isUnnumberedSlip(d) ? 'slip-tag' : `slip-tag slip-tag-${d.status === 'closed' ? 'green' : 'blue'}`} data-testid="dossier-status">{statusLabel(t, d)}</span>
          )}
          {d.fileNumber !== undefined && <div data-testid="file-number">{t('dossiers.fileNumberValue', { inventory: d.inventoryNumber, number: d.fileNumber })}</div>}
        </>
      ),
    },
    { key: 'box', title: t('dossiers.box'), width: 72, render: (d) => <span data-testid="box-label">{d.boxId ? (boxNumbers.get(d.boxId) ?? '') : ''}</span> },
  ];
  if (!selection) return columns;
  const pick: Column<Dossier> = {
    key: 'select',
    title: '',
    width: 32,
    render: (d) => (
      <input
        type="checkbox"
        aria-label={d.notation}
        checked={selection.selected.includes(d.id)}
        disabled={d.deleted}
        tabIndex={-1}
        onClick={(e) => e.stopPropagation()}
        onChange={() => selection.toggle(d)}
      />
    ),
  };
  return [pick, ...columns];
}

type Selection = { readonly selected: readonly string[]; toggle(d: Dossier): void };

export function DossierTable({ count, rowAt, onRange, boxNumbers, listed, selected, onSelect, onOpen, empty }: {
  count: number;
  rowAt: (index: number) => Dossier | undefined;
  onRange: (start: number, end: number) => void;
  /** Box id → label, e.g. "ML 1 · 01" (box numbers restart in each inventory), for the boxes of the rows read. */
  boxNumbers: ReadonlyMap<string, string>;
  /** Open files' period and sheets as their listed documents give them (written when each is closed), for the rows read. */
  listed?: ReadonlyMap<string, ClosingProposal> | undefined;
  /** Dossiers ticked for numbering; absent when the list cannot be arranged (another unit's fonds). */
  selected?: readonly string[];
  onSelect?: (ids: string[]) => void;
  onOpen: (id: string) => void;
  empty: string;
}) {
  const { t } = useTranslation();
  const selection = useMemo<Selection | undefined>(
    () =>
      selected && onSelect
        ? { selected, toggle: (d) => onSelect(selected.includes(d.id) ? selected.filter((x) => x !== d.id) : [...selected, d.id]) }
        : undefined,
    [selected, onSelect],
  );
  const columns = useMemo(() => dossierColumns(t, boxNumbers, selection, listed), [t, boxNumbers, selection, listed]);
  const onRowKey = (d: Dossier, e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== ' ' || !selection || d.deleted) return;
    e.preventDefault();
    selection.toggle(d);
  };
  return (
    <EntryTable<Dossier>
      count={count}
      rowAt={rowAt}
      onRange={onRange}
      columns={columns}
      onOpen={(d) => onOpen(d.id)}
      empty={empty}
      rowHeight={ROW_HEIGHT}
      testId="dossier-table"
      rowTestId="dossier-row"
      label={t('dossiers.listLabel')}
      onRowKey={onRowKey}
    />
  );
}
