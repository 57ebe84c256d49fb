/** Runs a duty action: a success message, or the refusal's Vietnamese sentence and the fields it names. */
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { DutyInvalidError } from '../../db/repositories/duties-settings';
import { DossierInvalidError } from '../../db/repositories/dossier-repository';
import { errorMessage, fieldErrors } from '../../i18n';

/**
 * One duty message on screen at a time: a refusal said again (Enter pressed three times) or a
 * success after it replaces the one shown (they stacked over the form's fields). Each message
 * gets a key of its own and the one before is closed: a message opened again under the key of
 * one still closing was never shown (the retention schedule's refusal, found by its e2e test).
 */
let shown = 0;
const nextKey = (message: ReturnType<typeof App.useApp>['message']) => {
  if (shown > 0) message.destroy(`duty-action-${shown}`);
  return `duty-action-${++shown}`;
};

export function useAction() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  /** `ok`: the success message, or made from what the work gave. */
  return async <T,>(work: () => Promise<T>, ok?: string | ((r: T) => string), onIssues?: (fields: Record<string, string>) => void): Promise<T | undefined> => {
    try {
      const r = await work();
      onIssues?.({});
      const said = typeof ok === 'function' ? ok(r) : ok;
      if (said) void message.success({ content: said, key: nextKey(message) });
      return r;
    } catch (e) {
      if ((e instanceof DutyInvalidError || e instanceof DossierInvalidError) && onIssues) onIssues(fieldErrors(t, e.issues));
      void message.error({ content: e instanceof DossierInvalidError ? fieldErrors(t, e.issues)[e.issues[0]?.field ?? ''] ?? errorMessage(t, e) : errorMessage(t, e), key: nextKey(message) });
      return undefined;
    }
  };
}
