/**
 * Buttons for final numbering and boxing, with the count of dossiers each would act on: counted
 * from the arranging-step index (never by reading the fonds), the ids read when a dialog opens.
 */
import { useRef, useState } from 'react';
import { focusWhenReady } from '../../components/focus';
import { Button } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../db/context';
import { arrangeCounts, idsToNumber } from '../../db/repositories/dossier-list-repository';
import { BoxingDialog, NumberingDialog } from './ArrangeDialogs';

export function ArrangeButtons({ fondsId, year, selected, onDone }: {
  fondsId: string;
  year: number;
  /** Ticked dossiers; none ticked means every closed, unnumbered dossier of the year. */
  selected: readonly string[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const db = useDb();
  const [dialog, setDialog] = useState<{ kind: 'number'; ids: string[] } | { kind: 'box' }>();
  const counts = useLiveQuery(() => arrangeCounts(db, fondsId, year), [db, fondsId, year]);
  const selectedKey = selected.join('|');
  const chosen = useLiveQuery(() => (selected.length > 0 ? idsToNumber(db, fondsId, year, selected) : Promise.resolve(undefined)), [db, fondsId, year, selectedKey]);
  const toNumber = selected.length > 0 ? (chosen?.length ?? 0) : (counts?.toNumber ?? 0);
  const loose = counts?.toBox ?? 0;
  const close = () => {
    setDialog(undefined);
    onDone();
  };
  /** Numbered: the cursor goes to the next step, "Xếp hộp" (the numbering button, disabled now, let it fall to the page). */
  const boxButton = useRef<HTMLButtonElement>(null);
  const numbered = (done?: boolean) => {
    close();
    // Enabled once the counts are read again.
    if (done) focusWhenReady(() => boxButton.current);
  };
  const openNumbering = async () => setDialog({ kind: 'number', ids: await idsToNumber(db, fondsId, year, selected) });
  return (
    <>
      <Button onClick={() => void openNumbering()} disabled={toNumber === 0} data-testid="number-dossiers">{t('dossiers.numberButton', { count: toNumber })}</Button>
      <Button ref={boxButton} onClick={() => setDialog({ kind: 'box' })} disabled={loose === 0} data-testid="box-dossiers">{t('dossiers.boxButton', { count: loose })}</Button>
      {dialog?.kind === 'number' && <NumberingDialog fondsId={fondsId} ids={dialog.ids} onClose={numbered} />}
      {dialog?.kind === 'box' && <BoxingDialog fondsId={fondsId} loose={loose} onClose={close} />}
    </>
  );
}
