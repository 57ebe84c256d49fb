/**
 * i18n setup (i18next): Vietnamese by default, English as a switch. Every string a
 * person sees comes from these catalogues; components never hard-code Vietnamese.
 */
import i18next, { type i18n, type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { AppError } from '../core/errors';
import { en } from './en';
import { vi } from './vi';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(v: unknown): v is Language {
  return v === 'vi' || v === 'en';
}

export async function initI18n(language: Language): Promise<i18n> {
  await i18next.use(initReactI18next).init({
    resources: { vi: { translation: vi }, en: { translation: en } },
    lng: language,
    fallbackLng: 'vi',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

/** The sentence to show for any error: AppError codes from the catalogue, anything else as "unknown". */
export function errorMessage(t: TFunction, e: unknown): string {
  if (e instanceof AppError) {
    const key = `errors.${messageCode(e.code, e.params)}`;
    const text: string = t(key, withInnerCode(t, e.params));
    if (text !== key) return text;
  }
  const message = e instanceof Error ? e.message : String(e);
  return t('errors.unknown', { message });
}

/** Message for a field issue (validation). */
export function issueMessage(
  t: TFunction,
  issue: { code: string; params?: Readonly<Record<string, string | number>> },
): string {
  return t(`errors.${messageCode(issue.code, issue.params)}`, withInnerCode(t, issue.params ?? {}));
}

/** A text too long says how long it is when the check counted it ("… tối đa 500 ký tự, ô đang có 612"). */
function messageCode(code: string, params: Readonly<Record<string, unknown>> | undefined): string {
  return code === 'text.tooLong' && typeof params?.length === 'number' ? 'text.tooLongBy' : code;
}

/**
 * Parameters as a person reads them: a `table` parameter is the name of the kind of data
 * ("Sổ đăng ký", not "registers"); a `code` parameter is an inner refusal (of a carried
 * bundle), shown as its sentence, not its code.
 */
function withInnerCode(t: TFunction, params: Readonly<Record<string, string | number>>): Record<string, string | number> {
  const out: Record<string, string | number> = { ...params };
  if (typeof params.table === 'string') {
    const label: string = t(`table.${params.table}`, { defaultValue: params.table });
    out.table = label;
  }
  const code = params.code;
  if (typeof code !== 'string') return out;
  const inner: string = t(`errors.${code}`, { ...out, code: '' });
  return { ...out, code: inner === `errors.${code}` ? code : inner };
}

/** Field → first message, for marking the fields of a form that validation refused. */
export function fieldErrors(t: TFunction, issues: readonly { field: string; code: string; params?: Readonly<Record<string, string | number>> }[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const issue of issues) map[issue.field] ??= issueMessage(t, issue);
  return map;
}
