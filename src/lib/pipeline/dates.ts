// Dates as stewards write them: ISO, dd/mm/yyyy, dd-mm-yyyy, "15 Februari 2018", "15 Feb 2018".
import { termKey } from '../vocab/vocabulary.ts';

export type DateResult = { readonly ok: true; readonly iso: string } | { readonly ok: false; readonly reason: 'format' | 'impossible' };

const monthNames: ReadonlyMap<string, number> = new Map(
  (
    [
      [1, ['januari', 'january', 'jan']],
      [2, ['februari', 'february', 'feb', 'pebruari']],
      [3, ['maret', 'march', 'mar']],
      [4, ['april', 'apr']],
      [5, ['mei', 'may']],
      [6, ['juni', 'june', 'jun']],
      [7, ['juli', 'july', 'jul']],
      [8, ['agustus', 'august', 'agu', 'agt', 'aug', 'ags']],
      [9, ['september', 'sep', 'sept']],
      [10, ['oktober', 'october', 'okt', 'oct']],
      [11, ['november', 'nov', 'nop', 'nopember']],
      [12, ['desember', 'december', 'des', 'dec']],
    ] as const
  ).flatMap(([month, names]) => names.map((name) => [name, month] as const)),
);

const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const spelled = /^(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})$/;

/** Parses one date; the result is an ISO date or the reason it is not one. */
export function parseDate(raw: string): DateResult {
  const text = raw.trim();
  let parts: [number, number, number] | undefined;
  let m = iso.exec(text);
  if (m) parts = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = dayFirst.exec(text))) parts = [Number(m[3]), Number(m[2]), Number(m[1])];
  else if ((m = spelled.exec(text))) {
    const month = monthNames.get(termKey(m[2] ?? ''));
    if (month === undefined) return { ok: false, reason: 'format' };
    parts = [Number(m[3]), month, Number(m[1])];
  }
  if (parts === undefined) return { ok: false, reason: 'format' };
  const [year, month, day] = parts;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { ok: false, reason: 'impossible' };
  return { ok: true, iso: `${year}-${pad(month)}-${pad(day)}` };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

const epochDays = new Map<string, number>();

/** Days since 1970-01-01 of an ISO date (memoised: data repeats the same dates; faster than arithmetic on its digits). */
export function epochDay(iso: string): number {
  let day = epochDays.get(iso);
  if (day === undefined) {
    day = Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
    if (epochDays.size < 100_000) epochDays.set(iso, day);
  }
  return day;
}

/** Whole days from one ISO date to another. */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}
