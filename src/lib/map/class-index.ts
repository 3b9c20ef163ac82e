// Which class of a threshold scale a value falls in; shared by the build (SVG, legend, table) and the
// browser (Leaflet), so the two can never disagree. -1 means no data.

export function classIndex(breaks: readonly number[], value: number | null): number {
  if (value === null || Number.isNaN(value)) return -1;
  let i = 0;
  while (i < breaks.length && value >= (breaks[i] as number)) i++;
  return i;
}
