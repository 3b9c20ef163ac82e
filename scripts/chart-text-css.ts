// Rewrites the chart-text block of src/styles/global.css from the one table of text styles
// (src/lib/charts/text-styles.ts). tests/unit/text-styles.test.ts fails while the two differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { withChartTextCss } from '../src/lib/charts/chart-text-css.ts';

const file = 'src/styles/global.css';
const before = readFileSync(file, 'utf8');
const after = withChartTextCss(before);
if (after === before) console.log(`${file}: chart texts already match text-styles.ts`);
else {
  writeFileSync(file, after);
  console.log(`${file}: chart texts rewritten from text-styles.ts`);
}
