// Lint: typescript-eslint's type-checked recommended rules plus Astro's, with zero warnings allowed.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

const tsconfigRootDir = import.meta.dirname;

export default defineConfig(
  { ignores: ['dist/', 'generated/', 'generated.*/', '.astro/', 'node_modules/', 'tests/fixtures/*-changed/', 'screenshots/'] },
  tseslint.configs.recommendedTypeChecked,
  astro.configs.recommended,
  {
    // .ts and .js files: types from the project service, which reads tsconfig.json as an editor does. The lint-only
    // declarations, which tsconfig.json excludes, get a small default program instead of a third full one.
    languageOptions: { parserOptions: { projectService: { allowDefaultProject: ['lint/*.d.ts'] }, tsconfigRootDir } },
  },
  {
    // .astro files: astro-eslint-parser does not support the project service but builds a program from a
    // tsconfig; this one adds the few types its TSX view of a template lacks (see lint/astro-template.d.ts).
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { projectService: false, project: './lint/tsconfig.astro.json', tsconfigRootDir } },
  },
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-control-regex': 'off',
      // node:test reports a failing test or hook itself; its returned promise need not be awaited.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite', 'before', 'after', 'beforeEach', 'afterEach'] }] },
      ],
    },
  },
  {
    // A <script> in an .astro file is a virtual file no program holds; ours only import src/scripts/*.ts,
    // which are linted with types. eslint-plugin-astro itself turns `project` off for them.
    files: ['**/*.astro/*.ts', '**/*.astro/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
