// The drawn (static) map is one tab stop too: its kecamatan links are walked with the arrow keys in
// alphabetical order, a letter jumps to a name, Enter follows the link. Without script every link stays.
import { focusItem, letterStep, listStep, setTabStop } from './roving-focus.ts';

for (const svg of document.querySelectorAll('svg.choropleth')) {
  const links = [...svg.querySelectorAll<SVGAElement>('a[data-code]')];
  const names = links.map((a) => a.querySelector('title')?.textContent ?? '');
  const order = links.map((_, i) => i).sort((a, b) => (names[a] ?? '').localeCompare(names[b] ?? '', document.documentElement.lang));
  const items = order.map((i) => links[i] as SVGAElement);
  const sortedNames = order.map((i) => names[i] ?? '');
  setTabStop(items, 0);
  items.forEach((link, i) => {
    link.addEventListener('focus', () => setTabStop(items, i));
    link.addEventListener('keydown', (e) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const to = listStep(items, i, e.key) ?? letterStep(sortedNames, i, e.key);
      if (to === undefined) return;
      e.preventDefault();
      focusItem(items, to);
    });
  });
}
