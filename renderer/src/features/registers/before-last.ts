/**
 * A date typed before the register's last entry's (Ngày đến on the incoming form, Ngày văn bản on
 * the outgoing one): numbers follow the order of arrival or of issue, so it is most often a slip (a
 * wrong month). What the form says: the last entry's number and date and the day typed, judged on
 * a whole date (as the field shows it once left), not on each key of one being typed; undefined
 * when nothing is to be said or the form corrects an entry.
 */
import { formatDate } from '../../core/format';
import { arrivesBeforeLast } from '../../core/registers/dates';
import { formatNumber } from '../../core/registers/numbering';
import { typedDate } from './entry-form-state';

/** The day typed, once it is a whole date ("05/03/2026", as the field shows it once left); '' while it is being typed. */
function wholeDate(typed: string, year: number): string {
  return /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(typed.trim()) ? typedDate(typed, year) : '';
}

export function beforeLast(typed: string, year: number, last: { readonly date: string; readonly to: number } | undefined, editing: boolean): { number: string; date: string; typed: string } | undefined {
  const day = wholeDate(typed, year);
  return !editing && arrivesBeforeLast(day, last) ? { number: formatNumber(last!.to), date: formatDate(last!.date), typed: formatDate(day) } : undefined;
}

/**
 * A new outgoing entry's Ngày văn bản that is not today (carried from the last entry, which was
 * dated earlier): the cursor skips the field after each save, so ten documents went in under that
 * day without a word. Today's date, as the form shows it, when there is that to say.
 */
export function notToday(typed: string, year: number, today: string, editing: boolean): string | undefined {
  const day = wholeDate(typed, year);
  return !editing && day !== '' && day !== today ? formatDate(today) : undefined;
}
