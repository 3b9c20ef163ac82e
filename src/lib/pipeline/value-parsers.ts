// One parser per column kind, each with a cache: exports repeat the same few values millions of times.
import { resolveCity, resolveKecamatan } from '../geo/area-index.ts';
import { kecamatanKey } from '../geo/area-key.ts';
import type { Column } from '../schema/column.ts';
import { vocabularyLookup, termKey } from '../vocab/vocabulary.ts';
import { yesNo } from '../vocab/terms.ts';
import type { IngestContext } from './context.ts';
import { parseDate } from './dates.ts';
import type { DateOrderEvidence } from './date-order.ts';
import { refusedInText } from './invisible-chars.ts';
import type { Rule } from './messages.ts';
import { looksLikeIdNumber, personalDataInText } from './personal-data.ts';

export type Value = string | number | boolean;
export type Parsed = { readonly ok: true; readonly value: Value } | { readonly ok: false; readonly rule: Rule; readonly params?: Record<string, string> };
export type Parser = (raw: string) => Parsed;

const MAX_TEXT = 500;
const idPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const plainCount = /^\d+$/;
const groupedCount = /^\d{1,3}(?:[.,]\d{3})+$/;
const negativeCount = /^-\s*\d[\d.,]*$/;
const MAX_URL = 2000;
/** No unit, kecamatan or city has a million civil servants (Kota Bogor has about 12,000). */
const MAX_COUNT = 1_000_000;

/** A column's parser, and whether its outcomes may be memoised (values that repeat: codes, dates, enums). */
export interface ColumnParser {
  readonly parse: Parser;
  readonly memoise: boolean;
}

const cached = (parse: Parser): ColumnParser => ({ parse, memoise: true });
const direct = (parse: Parser): ColumnParser => ({ parse, memoise: false });

/** Builds the parser of one column for one run. Values reaching it are already trimmed and non-empty. */
export function parserFor(column: Column, ctx: IngestContext, dateOrder?: DateOrderEvidence): ColumnParser {
  switch (column.kind) {
    case 'id':
      return direct((raw) => {
        if (!idPattern.test(raw)) return { ok: false, rule: 'invalid-id' };
        // A NIP or NIK used as a row id would be published: refuse it like any personal data.
        if (looksLikeIdNumber(raw)) return { ok: false, rule: 'personal-data-value', params: { kind: 'id-number' } };
        return { ok: true, value: raw };
      });
    case 'text':
      // Memoised: sources and unit names repeat, and the personal-data screen is the costliest check per value.
      return cached((raw) => {
        if (raw.length > MAX_TEXT) return { ok: false, rule: 'text-too-long', params: { length: String(raw.length), max: String(MAX_TEXT) } };
        if (refusedInText.test(raw)) return { ok: false, rule: 'control-characters' };
        // Text that a spreadsheet would run as a formula when a journalist opens the published CSV.
        if (/^[=+@]|^-[^\d\s]/.test(raw)) return { ok: false, rule: 'formula-text' };
        const kind = personalDataInText(raw);
        if (kind !== undefined) return { ok: false, rule: 'personal-data-value', params: { kind } };
        // A line break typed inside a cell (Alt+Enter) is layout, not content: one space in the published text.
        return { ok: true, value: raw.includes('\n') ? raw.replace(/\s*\n\s*/g, ' ') : raw };
      });
    case 'date':
      return cached((raw) => {
        const parsed = parseDate(raw);
        // The column's evidence decides the order at the end of the file; 2/13/2018 reads month-first meanwhile.
        const monthFirst = dateOrder?.see(raw, parsed.ok ? parsed.iso : undefined);
        const date = monthFirst !== undefined ? { ok: true as const, iso: monthFirst } : parsed;
        if (!date.ok) return { ok: false, rule: date.reason === 'format' ? 'invalid-date' : 'impossible-date' };
        if (date.iso > ctx.today) return { ok: false, rule: 'future-date', params: { today: ctx.today } };
        return { ok: true, value: date.iso };
      });
    case 'count':
      return cached((raw) => {
        const value = plainCount.test(raw) ? Number(raw) : groupedCount.test(raw) ? Number(raw.replace(/[.,]/g, '')) : undefined;
        // Past the limit a figure is a typo or a pasted code; far past it, a double turns it into Infinity.
        if (value !== undefined) return value <= MAX_COUNT ? { ok: true, value } : { ok: false, rule: 'count-too-large', params: { max: MAX_COUNT.toLocaleString('id-ID'), maxEn: MAX_COUNT.toLocaleString('en-GB') } };
        if (negativeCount.test(raw)) return { ok: false, rule: 'negative-count' };
        return { ok: false, rule: 'not-a-count' };
      });
    case 'year': {
      const max = Number(ctx.today.slice(0, 4));
      return cached((raw) => {
        const year = Number(raw);
        return /^\d{4}$/.test(raw) && year >= 2000 && year <= max ? { ok: true, value: year } : { ok: false, rule: 'invalid-year', params: { max: String(max) } };
      });
    }
    case 'enum':
    case 'flag': {
      const vocab = column.kind === 'flag' ? yesNo : column.vocab;
      if (vocab === undefined) throw new Error(`column ${column.key} has no vocabulary`);
      const lookup = vocabularyLookup(vocab);
      const accepted = vocab.terms.map((t) => `${t.key} (${t.id})`).join(', ');
      return cached((raw) => {
        const key = lookup.get(termKey(raw));
        if (key === undefined) return { ok: false, rule: 'unknown-value', params: { accepted } };
        return { ok: true, value: column.kind === 'flag' ? key === 'yes' : key };
      });
    }
    case 'kecamatan': {
      const covered = new Set(ctx.cities.keys());
      const coveredNames = coveredCityNames(ctx);
      const label = (code: string) => `${ctx.areas.districts.get(code)?.name ?? '?'} ${code}`;
      // Kelurahan names of the covered cities, for a kelurahan written in the kecamatan column.
      let villages: Map<string, string[]> | undefined;
      const kelurahanOf = (raw: string): string[] => {
        if (villages === undefined) {
          villages = new Map();
          for (const [district, list] of ctx.areas.villagesByDistrict) {
            for (const v of list) villages.set(kecamatanKey(v.name), [...(villages.get(kecamatanKey(v.name)) ?? []), district]);
          }
        }
        return villages.get(kecamatanKey(raw)) ?? [];
      };
      return cached((raw) => {
        const r = resolveKecamatan(ctx.areas, covered, raw);
        if (r.ok) return { ok: true, value: r.code };
        const inKecamatan = kelurahanOf(raw);
        if (inKecamatan.length > 0) return { ok: false, rule: 'kelurahan-not-kecamatan', params: { kecamatan: inKecamatan.map(label).join(' / ') } };
        // "Bogor Timur (Kota Bogor)": the name before the brackets is the suggestion.
        const bare = raw.replace(/\s*\([^)]*\)\s*$/, '');
        if (bare !== raw && bare !== '') {
          const b = resolveKecamatan(ctx.areas, covered, bare);
          if (b.ok) return { ok: false, rule: 'unknown-kecamatan', params: { suggestions: label(b.code) } };
        }
        if (r.reason === 'unknown') return { ok: false, rule: 'unknown-kecamatan', params: { suggestions: r.suggestions.map(label).join(', ') } };
        if (r.reason === 'unknown-bps') return { ok: false, rule: 'unknown-bps-code' };
        const matches = r.matches.map((code) => `${label(code)}, ${ctx.areas.regencies.get(code.slice(0, 5))?.name ?? '?'}`).join('; ');
        return { ok: false, rule: r.reason === 'ambiguous' ? 'ambiguous-kecamatan' : 'kecamatan-not-covered', params: { matches, covered: coveredNames } };
      });
    }
    case 'city': {
      const coveredNames = coveredCityNames(ctx);
      return cached((raw) => {
        const r = resolveCity(ctx.areas, ctx.cities, raw);
        if (r.ok) return { ok: true, value: r.code };
        return { ok: false, rule: r.reason === 'unknown' ? 'unknown-city' : 'city-not-covered', params: { covered: coveredNames } };
      });
    }
    case 'region':
      return cached((raw) => {
        const m = /^(\d{2})(?:[.\s-]?(\d{2}))?$/.exec(raw);
        if (m === null) return { ok: false, rule: 'unknown-region' };
        const code = m[2] === undefined ? (m[1] ?? '') : `${m[1]}.${m[2]}`;
        const known = m[2] === undefined ? ctx.areas.provinces.has(code) : ctx.areas.regencies.has(code);
        return known ? { ok: true, value: code } : { ok: false, rule: 'unknown-region' };
      });
    case 'election':
      return cached((raw) =>
        ctx.elections.has(raw) ? { ok: true, value: raw } : { ok: false, rule: 'unknown-election', params: { accepted: [...ctx.elections.keys()].join(', ') || '-' } },
      );
    case 'url':
      return cached((raw) => {
        if (raw.length > MAX_URL) return { ok: false, rule: 'text-too-long', params: { length: String(raw.length), max: String(MAX_URL) } };
        // A bidi override or zero-width character would make the shown address differ from the linked one.
        if (refusedInText.test(raw)) return { ok: false, rule: 'control-characters' };
        return isHttpUrl(raw) ? { ok: true, value: raw } : { ok: false, rule: 'invalid-url' };
      });
  }
}

/** Only complete http(s) addresses are ever linked from the site. */
export function isHttpUrl(raw: string): boolean {
  if (/[\s\u0000-\u001f\u007f"<>\\^`{|}]/.test(raw)) return false;
  try {
    const url = new URL(raw);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

function coveredCityNames(ctx: IngestContext): string {
  return [...ctx.cities.keys()].map((code) => `${ctx.areas.regencies.get(code)?.name ?? code} (${code})`).join(', ');
}
