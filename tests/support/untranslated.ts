// Finds text on a page of the pseudo-locale that is neither bracketed (⟦…⟧, so it went through the language
// tables) nor data. What counts as data, precisely:
// - text with no letter at all: numbers, percentages, numeric dates, codes such as 32.71.03, punctuation;
// - month names as Intl writes them for the pseudo-locale's Intl locale (en-GB: "February", "Feb"), the only
//   words a formatted date or axis tick holds;
// - the data's own names and words, each a whole string as the data gives it: place names (city, kecamatan,
//   kelurahan, province, neighbouring regencies), codes and ids, unit names, sources and publishers, the boundaries'
//   attribution, and an official figure's words as its source stated them (statement, quantity_label, setting); never
//   a translatable column (name_id/name_en, title_id/title_en, note/note_en) nor a vocabulary key shown as a label;
// - code a reader copies or types: <code> (file and column names, their aliases, vocabulary keys, examples) and the
//   read-only embed snippet (<textarea readonly>); published file names (cases.csv, .xlsx) and format names (CSV, JSON);
// - text inside an element whose lang attribute names another language (the switch to Bahasa Indonesia).
// A chart's texts are read as one run per <svg>, since a wrapped title spreads one text over several lines.
import type { CheerioAPI } from 'cheerio';

/** Object keys whose string values are data, in site-data.json and record.json. */
const dataKeys = new Set(['name', 'regency', 'code', 'id', 'slug', 'cityCode', 'kecamatan', 'bpsCode', 'region', 'election', 'unit_name', 'source', 'source_url', 'publisher', 'statement', 'quantity_label', 'setting', 'dataUpTo', 'attribution']);

/** Every data string of the given JSON documents (by the keys above, and regionNames' values), longest first. */
export function dataStrings(...documents: unknown[]): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      if (dataKeys.has(key) && /\p{L}/u.test(value)) found.add(value);
    } else if (Array.isArray(value)) {
      for (const v of value) walk(v, key);
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, key === 'regionNames' ? 'name' : k);
    }
  };
  for (const d of documents) walk(d, '');
  return [...found].sort((a, b) => b.length - a.length);
}

/** Month names, long and short, as Intl writes them in a locale. */
export function monthNames(locale: string): string[] {
  return (['long', 'short'] as const).flatMap((month) => Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' }).format(new Date(Date.UTC(2020, m, 15)))));
}

/** The text with every bracketed span (nested ones too) taken out. */
export function withoutBrackets(text: string): string {
  let out = '';
  let depth = 0;
  for (const c of text) {
    if (c === '⟦') depth += 1;
    else if (c === '⟧') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += c;
  }
  return out;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What is left of a text that is neither bracketed nor data: '' when the text is fully translated. */
export function untranslatedRest(text: string, data: readonly string[], months: readonly string[]): string {
  let rest = ` ${withoutBrackets(text)} `;
  for (const d of data) if (rest.includes(d)) rest = rest.split(d).join(' ');
  for (const m of months) rest = rest.replace(new RegExp(`(?<!\\p{L})${escape(m)}(?!\\p{L})`, 'gu'), ' ');
  rest = rest.replace(/[\w-]*\.(?:csv|json|xlsx|svg|png|xml)\b/g, ' ').replace(/\b(?:CSV|JSON|XLSX|SVG|PNG)\b/g, ' ');
  return /\p{L}/u.test(rest) ? rest.replace(/\s+/g, ' ').trim() : '';
}

const ATTRIBUTES = ['alt', 'aria-label', 'title', 'placeholder'] as const;

/** The visible texts of a page in the page's own language: the title, each chart's text run, each text node, and alt/aria-label/title/placeholder. */
export function pageTexts($: CheerioAPI, lang: string): string[] {
  $('script, style, noscript, template, code, textarea[readonly]').remove();
  $(`[lang]:not([lang="${lang}"])`).not('html').remove();
  const texts: string[] = [$('title').text()];
  $('body *').each((_, el) => {
    for (const a of ATTRIBUTES) {
      const v = $(el).attr(a);
      if (v !== undefined) texts.push(v);
    }
  });
  $('body svg').each((_, svg) => {
    texts.push(textNodes($, svg).join(' '));
  });
  $('body svg').remove();
  texts.push(...textNodes($, $('body').get(0)));
  return texts.filter((t) => t.trim() !== '');
}

function textNodes($: CheerioAPI, root: Parameters<CheerioAPI>[0]): string[] {
  const out: string[] = [];
  $(root)
    .find('*')
    .addBack()
    .contents()
    .each((_, node) => {
      if (node.nodeType === 3 && 'data' in node) out.push(node.data);
    });
  return out;
}

/** Whether every ⟦ in a text is closed by a ⟧ (a cut-off text leaves one open). */
export function balanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '⟦') depth += 1;
    else if (c === '⟧') depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}
