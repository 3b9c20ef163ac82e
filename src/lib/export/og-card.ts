// The social card of a page (1200x630): site name, page title and its headline figure, drawn at build.
import { wrap, xml } from './xml.ts';
import { EXPORT_FONT } from './svg-document.ts';

export function ogCardSvg(input: { site: string; title: string; headline: string; detail: string; demo: string | null; address: string }): string {
  const title = wrap(input.title, 38).slice(0, 3);
  const detail = wrap(input.detail, 62).slice(0, 2);
  const lines: string[] = [];
  let y = 250;
  for (const line of title) {
    lines.push(`<text x="80" y="${y}" font-size="52" font-weight="700" fill="#ffffff">${xml(line)}</text>`);
    y += 62;
  }
  y += 30;
  lines.push(`<text x="80" y="${y}" font-size="64" font-weight="700" fill="#9fd3e3">${xml(input.headline)}</text>`);
  y += 48;
  for (const line of detail) {
    lines.push(`<text x="80" y="${y}" font-size="28" fill="#dce9ee">${xml(line)}</text>`);
    y += 36;
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="${EXPORT_FONT}, sans-serif">`,
    '<rect width="1200" height="630" fill="#0b3d4f"/>',
    '<circle cx="110" cy="110" r="30" fill="#9fd3e3"/><path d="M110 80a30 30 0 0 1 30 30h-30z M110 140a30 30 0 0 1 -30 -30h30z" fill="#ffffff"/>',
    `<text x="160" y="122" font-size="34" font-weight="700" fill="#ffffff">${xml(input.site)}</text>`,
    ...(input.demo ? [demoBadge(input.demo)] : []),
    ...lines,
    `<text x="80" y="585" font-size="24" fill="#9fd3e3">${xml(input.address)}</text>`,
    '</svg>',
  ].join('\n');
}

/** The demo label, right-aligned at the card's edge and wide enough for a label in both languages. */
function demoBadge(label: string): string {
  const width = Math.max(220, 30 + label.length * 16);
  const x = 1120 - width;
  return `<rect x="${x}" y="88" width="${width}" height="44" rx="6" fill="#fff4d6"/><text x="${x + width / 2}" y="119" font-size="24" font-weight="700" fill="#5c3b00" text-anchor="middle">${xml(label)}</text>`;
}
