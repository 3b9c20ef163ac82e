// One tab stop for a group of marks (a chart's points, a map's kecamatan): the active mark has tabindex 0,
// the others -1, and keys move between them. Pure step functions decide where a key leads.

export type Step = (items: readonly Element[], current: number, key: string) => number | undefined;

/** Items read as a list: arrows to the next or previous, Home and End to the ends. */
export const listStep: Step = (items, current, key) => {
  const last = items.length - 1;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(current + 1, last);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
};

/** A chart: left and right in drawing order; up and down to the nearest mark above or below (the next row of
 *  a grid, the next bar, another series), nearness counting rows twice as much as columns. */
export const planeStep: Step = (items, current, key) => {
  if (key !== 'ArrowUp' && key !== 'ArrowDown') return listStep(items, current, key);
  const at = centre(items[current]);
  if (at === null) return undefined;
  let best: number | undefined;
  let bestDistance = Infinity;
  items.forEach((item, i) => {
    const c = centre(item);
    if (c === null || i === current) return;
    const dy = c.y - at.y;
    if (key === 'ArrowUp' ? dy > -0.5 : dy < 0.5) return;
    const distance = Math.abs(c.x - at.x) + 2 * Math.abs(dy);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = i;
    }
  });
  return best ?? current;
};

/** The first item after the current one whose name starts with the typed letter (type-ahead, wrapping). */
export function letterStep(names: readonly string[], current: number, key: string): number | undefined {
  if (key.length !== 1 || !/\p{L}|\p{N}/u.test(key)) return undefined;
  const letter = key.toLocaleLowerCase();
  for (let k = 1; k <= names.length; k++) {
    const i = (current + k) % names.length;
    if ((names[i] ?? '').toLocaleLowerCase().startsWith(letter)) return i;
  }
  return undefined;
}

/** Makes items[index] the group's one tab stop. */
export function setTabStop(items: readonly Element[], index: number): void {
  items.forEach((el, i) => el.setAttribute('tabindex', i === index ? '0' : '-1'));
}

/** Moves focus to items[index] and makes it the tab stop. */
export function focusItem(items: readonly Element[], index: number): void {
  setTabStop(items, index);
  (items[index] as HTMLElement | SVGElement | undefined)?.focus();
}

function centre(item: Element | undefined): { x: number; y: number } | null {
  if (!(item instanceof SVGGraphicsElement)) return null;
  const box = item.getBBox();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
