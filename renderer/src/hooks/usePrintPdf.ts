/**
 * The one way the app prints: render the PDF, then show it in the host's print preview
 * (PlatformApi.printPdf) with the preview's words in the UI language. Nothing prints by
 * downloading a file; saving a PDF on purpose stays a separate "Lưu … thành tệp PDF" action.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlatform } from '../platform/context';
import { focusBackOn } from '../components/focus';

export function usePrintPdf() {
  const { t } = useTranslation();
  const platform = usePlatform();
  return useCallback(
    /**
     * `returnTo`: the button the output was started from, which has the cursor again when the preview closes — the
     * menu item or the dialog that had it when the preview opened are gone by then, and the cursor fell to the page
     * (a cursor the clerk has put elsewhere meanwhile is left there).
     */
    (title: string, fileName: string, data: Uint8Array, returnTo?: HTMLElement | null) => {
      focusBackOn(returnTo);
      return platform.printPdf({ title, data, fileName, labels: { print: t('preview.print'), save: t('preview.save'), close: t('common.close') } });
    },
    [platform, t],
  );
}
