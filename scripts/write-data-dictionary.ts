// Rewrites data/README.md from the schemas; run after changing a schema or a vocabulary.
import { writeFile } from 'node:fs/promises';
import { dictionaryMarkdown } from '../src/lib/schema/dictionary-markdown.ts';

await writeFile('data/README.md', dictionaryMarkdown());
console.log('data/README.md written');
