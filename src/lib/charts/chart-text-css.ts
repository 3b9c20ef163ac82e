// The page's CSS for chart texts, written from the one table of text styles (text-styles.ts): classes of one
// size share a rule, each followed by the colours of its classes.
import { BASE_TEXT, TEXT_STYLES, type TextStyle } from './text-styles.ts';

export const CSS_BEGIN = '/* Chart texts: generated from src/lib/charts/text-styles.ts by `npm run css:chart-text`; do not edit. */';
export const CSS_END = '/* End of chart texts. */';

const sel = (cls: string): string => `svg.chart text.${cls}`;

export function chartTextCss(): string {
  const styles = Object.entries(TEXT_STYLES) as [string, TextStyle][];
  const sizes = [...new Set(styles.map(([, s]) => s.size))].filter((size) => size !== BASE_TEXT.size);
  const lines = [
    `svg.chart text { font-family: var(--font); font-size: ${BASE_TEXT.size}px; }`,
    `svg.chart text:not([fill]) { fill: var(--${BASE_TEXT.fill}); }`,
  ];
  for (const size of sizes) {
    const group = styles.filter(([, s]) => s.size === size);
    lines.push(`${group.map(([cls]) => sel(cls)).join(', ')} { font-size: ${size}px; }`);
    for (const [cls, s] of group) if (s.fill !== undefined) lines.push(`${sel(cls)} { fill: var(--${s.fill}); }`);
  }
  return [CSS_BEGIN, ...lines, CSS_END].join('\n');
}

/** The stylesheet with its generated block replaced (or unchanged where it is up to date). */
export function withChartTextCss(stylesheet: string): string {
  const begin = stylesheet.indexOf(CSS_BEGIN);
  const end = stylesheet.indexOf(CSS_END);
  if (begin < 0 || end < begin) throw new Error(`global.css: the lines "${CSS_BEGIN}" and "${CSS_END}" are missing`);
  return stylesheet.slice(0, begin) + chartTextCss() + stylesheet.slice(end + CSS_END.length);
}
