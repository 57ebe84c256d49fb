/** Runs a duty action: a success message, or the refusal's Vietnamese sentence and the fields it names. */
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { DutyInvalidError } from '../../db/repositories/duties-settings';
import { DossierInvalidError } from '../../db/repositories/dossier-repository';
import { errorMessage, fieldErrors } from '../../i18n';
import { nextMessageKey } from '../../components/one-message';

export function useAction() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  /** `ok`: the success message, or made from what the work gave. */
  return async <T,>(work: () => Promise<T>, ok?: string | ((r: T) => string), onIssues?: (fields: Record<string, string>) => void): Promise<T | undefined> => {
    try {
      const r = await work();
      onIssues?.({});
      const said = typeof ok === 'function' ? ok(r) : ok;
      if (said) void message.success({ content: said, key: nextMessageKey(message) });
      return r;
    } catch (e) {
      if ((e instanceof DutyInvalidError || e instanceof DossierInvalidError) && onIssues) onIssues(fieldErrors(t, e.issues));
      void message.error({ content: e instanceof DossierInvalidError ? fieldErrors(t, e.issues)[e.issues[0]?.field ?? ''] ?? errorMessage(t, e) : errorMessage(t, e), key: nextMessageKey(message) });
      return undefined;
    }
  };
}
