import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * The import graph holds the architecture, as Starlight's own import tests do: schemas depend on
 * nothing in src/lib, browser code never reaches `node:*`, and plain modules import no page or
 * component.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
	.filter((name) => /\.(ts|astro)$/.test(name))
	.map((name) => join(SRC, name));

/** What a module imports: relative paths resolved to files, and bare specifiers as written. */
function importsOf(file: string): { local: string[]; bare: string[] } {
	const text = readFileSync(file, 'utf8');
	const specifiers = [
		...text.matchAll(/(?:^|\s)(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/gm),
		...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g),
		...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
	].map((match) => match[1] ?? '');
	return {
		local: specifiers
			.filter((spec) => spec.startsWith('.'))
			.map((spec) => resolve(dirname(file), spec)),
		bare: specifiers.filter((spec) => !spec.startsWith('.')),
	};
}

const rel = (file: string) => relative(ROOT, file);

describe('the import graph', () => {
	test('it sees the modules it checks', () => {
		expect(files.length).toBeGreaterThan(100);
		expect(importsOf(join(SRC, 'lib/checklists/state.ts')).local.length).toBeGreaterThan(0);
	});

	test('src/schemas imports nothing from src/lib', () => {
		const offending = files
			.filter((file) => file.startsWith(join(SRC, 'schemas')))
			.flatMap((file) =>
				importsOf(file)
					.local.filter((target) => target.startsWith(join(SRC, 'lib')))
					.map((target) => `${rel(file)} → ${rel(target)}`),
			);
		expect(offending).toEqual([]);
	});

	test('no node:* module is reachable from browser code (*.client.ts)', () => {
		const offending: string[] = [];
		for (const entry of files.filter((file) => file.endsWith('.client.ts'))) {
			const seen = new Set<string>();
			const visit = (file: string, path: string[]) => {
				if (seen.has(file) || !file.endsWith('.ts')) return;
				seen.add(file);
				const { local, bare } = importsOf(file);
				for (const spec of bare.filter((name) => name.startsWith('node:')))
					offending.push(`${[...path, rel(file)].join(' → ')} → ${spec}`);
				for (const target of local) visit(target, [...path, rel(file)]);
			};
			visit(entry, []);
		}
		expect(offending).toEqual([]);
	});

	test('src/lib and src/schemas import no page, component or .astro file', () => {
		const offending = files
			.filter((file) => /\/src\/(lib|schemas)\//.test(file))
			.flatMap((file) =>
				importsOf(file)
					.local.filter(
						(target) =>
							target.endsWith('.astro') ||
							target.startsWith(join(SRC, 'pages')) ||
							target.startsWith(join(SRC, 'components')),
					)
					.map((target) => `${rel(file)} → ${rel(target)}`),
			);
		expect(offending).toEqual([]);
	});

	test('nothing in src/ imports tooling code from scripts/', () => {
		const offending = files.flatMap((file) =>
			importsOf(file)
				.local.filter((target) => target.startsWith(join(ROOT, 'scripts')))
				.map((target) => `${rel(file)} → ${rel(target)}`),
		);
		expect(offending).toEqual([]);
	});

	test('nothing in src/ loads the TypeScript compiler (field docs are zod metadata)', () => {
		const offending = files.filter((file) => importsOf(file).bare.includes('typescript'));
		expect(offending.map(rel)).toEqual([]);
	});
});

describe('catalog entry bodies', () => {
	test('render through EntryBody: their HTML is in files, and render() gives an empty body', () => {
		const takesContent = /\{[^}]*\bContent\b[^}]*\}\s*=\s*await\s+render\(/;
		const offending = files
			.filter((file) => file.endsWith('.astro') && !file.endsWith('/entry/EntryBody.astro'))
			.filter((file) => takesContent.test(readFileSync(file, 'utf8')))
			.map(rel);
		expect(offending).toEqual([]);
	});
});
