/**
 * Runs a processing action and tells the archivist how it went: a success message, the
 * Vietnamese sentence of a refusal, or — for validation — the message of each field, returned
 * so the form can mark the field that is wrong.
 */
import { useCallback, useState } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { DossierInvalidError } from '../../db/repositories/dossier-repository';
import { errorMessage, fieldErrors } from '../../i18n';
import { nextMessageKey } from '../../components/one-message';

export function useAction() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const run = useCallback(
    async <R,>(work: () => Promise<R>, ok?: (r: R) => string): Promise<R | undefined> => {
      setBusy(true);
      try {
        const r = await work();
        setErrors({});
        // One message at a time (components/one-message.ts), as the archive duties' forms.
        if (ok) void message.success({ content: ok(r), key: nextMessageKey(message) });
        return r;
      } catch (e) {
        if (e instanceof DossierInvalidError) {
          const map = fieldErrors(t, e.issues);
          setErrors(map);
          // Each sentence once: three fields refused alike said it three times over (each field says it under itself).
          void message.error({ content: [...new Set(Object.values(map))].join(' '), key: nextMessageKey(message) });
        } else void message.error({ content: errorMessage(t, e), duration: 8, key: nextMessageKey(message) });
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [message, t],
  );
  return { run, busy, errors, setErrors };
}
