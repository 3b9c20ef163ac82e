// No import cycle in src/lib: a module can be read, tested and moved on its own only if what it imports
// does not import it back. Type-only imports count (the run.ts <-> cases-ingest.ts cycle was one).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';

const root = resolve('src/lib');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** The .ts files a module names with a relative specifier: import, export ... from, import(). */
export function relativeImports(file: string, text: string): string[] {
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]|\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? '');
  return specifiers.filter((s) => s.endsWith('.ts')).map((s) => resolve(dirname(file), s));
}

/** One cycle of the graph as a path that starts and ends at the same module, or undefined. */
export function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle !== undefined) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of [...graph.keys()].sort()) {
    const cycle = visit(node);
    if (cycle !== undefined) return cycle;
  }
  return undefined;
}

test('the cycle finder finds a cycle through type-only imports and none in a chain', () => {
  const a = resolve('/x/a.ts');
  const b = resolve('/x/b.ts');
  assert.deepEqual(relativeImports(a, "import type { T } from './b.ts';\nexport { U } from \"../y/c.ts\";\nconst m = await import('./d.ts');"), [b, resolve('/y/c.ts'), resolve('/x/d.ts')]);
  assert.deepEqual(findCycle(new Map([[a, [b]], [b, [a]]])), [a, b, a]);
  assert.equal(findCycle(new Map([[a, [b]], [b, []]])), undefined);
});

test('no module of src/lib imports itself back through others', () => {
  const graph = new Map(tsFiles(root).map((file) => [file, relativeImports(file, readFileSync(file, 'utf8'))]));
  const cycle = findCycle(graph);
  assert.equal(cycle?.map((f) => relative(root, f)).join(' -> '), undefined);
});
