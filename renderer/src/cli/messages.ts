/**
 * Sentences for the CLI's error codes, in Vietnamese or English, taken from the SAME
 * catalogue sections the app shows (i18n/exchange.*.ts `bundleErrors`): one wording for a
 * refusal, whether a clerk meets it in the app or support staff on the command line.
 * Parameters are written {{name}} as in i18next; a `code` parameter (the inner refusal of a
 * carried bundle) is itself turned into its sentence.
 */
import { exchangeEn } from '../i18n/exchange.en';
import { exchangeVi } from '../i18n/exchange.vi';
import { archiveEn } from '../i18n/archive.en';
import { archiveVi } from '../i18n/archive.vi';

export type Lang = 'vi' | 'en';

const CATALOGUE: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  vi: { ...exchangeVi.bundleErrors, ...archiveVi.archiveErrors },
  en: { ...exchangeEn.bundleErrors, ...archiveEn.archiveErrors },
};

export function formatMessage(code: string, params: Readonly<Record<string, string | number>>, lang: Lang): string {
  const text = CATALOGUE[lang][code] ?? code;
  return text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => {
    const v = params[k];
    if (v === undefined) return `{{${k}}}`;
    if (k === 'code' && typeof v === 'string' && CATALOGUE[lang][v]) return formatMessage(v, params, lang);
    return String(v);
  });
}

/** Every code the CLI can print has a sentence in both languages (checked by a test). */
export function hasMessage(code: string): boolean {
  return CATALOGUE.vi[code] !== undefined && CATALOGUE.en[code] !== undefined;
}
