// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

export default defineConfig(
	{
		ignores: [
			'dist/',
			'.astro/',
			'node_modules/',
			'test/fixtures/**/dist/',
			'bench-results/',
			'playwright-report/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	...astro.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.node, ...globals.browser },
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.astro'],
			},
		},
	},
	{
		// Astro components: type-aware rules cannot see through the generated module types.
		files: ['**/*.astro', '**/*.astro/*.ts', '**/*.mjs', 'eslint.config.js'],
		...tseslint.configs.disableTypeChecked,
	},
	prettier,
);
