import { HtmlValidate } from 'html-validate';
import { readFileSync, readdirSync } from 'node:fs';
const hv = new HtmlValidate({ extends: [process.argv[2] ?? 'html-validate:recommended'] });
const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
const counts = new Map<string, number>(); const ex = new Map<string, string>();
for (const f of files) {
  const r = await hv.validateString(readFileSync('dist/' + f, 'utf8'), f);
  for (const res of r.results) for (const m of res.messages) { counts.set(m.ruleId, (counts.get(m.ruleId) ?? 0) + 1); if (!ex.has(m.ruleId)) ex.set(m.ruleId, `${f}:${m.line}:${m.column} ${m.message} :: ${m.selector}`); }
}
console.log(files.length, 'files');
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1])) console.log(v, k, ex.get(k));
