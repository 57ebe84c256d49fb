/** Buttons for final numbering and boxing, with the count of dossiers each would act on. */
import { useState } from 'react';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dossier } from '../../core/dossiers/types';
import { useSession } from '../../db/context';
import { BoxingDialog, NumberingDialog } from './ArrangeDialogs';

export function ArrangeButtons({ fondsId, dossiers, yearRows, selected, onDone }: {
  fondsId: string;
  dossiers: readonly Dossier[];
  yearRows: readonly Dossier[];
  selected: readonly string[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const [dialog, setDialog] = useState<'number' | 'box'>();
  const eligible = (d: Dossier) => !d.deleted && d.origin === session.unitId && d.status === 'closed' && d.fileNumber === undefined;
  // The selected dossiers, or else every closed, unnumbered dossier of the year.
  const toNumber = (selected.length > 0 ? yearRows.filter((d) => selected.includes(d.id)) : yearRows).filter(eligible).map((d) => d.id);
  const loose = dossiers.filter((d) => !d.deleted && d.origin === session.unitId && d.fileNumber !== undefined && d.boxId === undefined).length;
  const close = () => {
    setDialog(undefined);
    onDone();
  };
  return (
    <>
      <Button onClick={() => setDialog('number')} disabled={toNumber.length === 0} data-testid="number-dossiers">{t('dossiers.numberButton', { count: toNumber.length })}</Button>
      <Button onClick={() => setDialog('box')} disabled={loose === 0} data-testid="box-dossiers">{t('dossiers.boxButton', { count: loose })}</Button>
      {dialog === 'number' && <NumberingDialog fondsId={fondsId} ids={toNumber} onClose={close} />}
      {dialog === 'box' && <BoxingDialog fondsId={fondsId} loose={loose} onClose={close} />}
    </>
  );
}
