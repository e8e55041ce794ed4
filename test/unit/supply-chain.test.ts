import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const lock = JSON.parse(readFileSync(resolve(ROOT, 'package-lock.json'), 'utf8')) as {
	packages: Record<string, { resolved?: string; hasInstallScript?: boolean; version?: string }>;
};
const manifest = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
	allowScripts?: Record<string, boolean>;
	devDependencies?: Record<string, string>;
};

describe('supply chain', () => {
	test('every locked package comes from the npm registry', () => {
		const elsewhere = Object.entries(lock.packages)
			.filter(
				([path, entry]) =>
					path !== '' &&
					entry.resolved !== undefined &&
					!entry.resolved.startsWith('https://registry.npmjs.org/'),
			)
			.map(([path, entry]) => `${path}: ${entry.resolved}`);
		expect(elsewhere).toEqual([]);
	});

	test('every package with an install script has an explicit allowScripts decision', () => {
		const withScripts = Object.entries(lock.packages)
			.filter(([, entry]) => entry.hasInstallScript)
			.map(([path]) => path.split('node_modules/').pop() ?? path);
		expect(withScripts.length).toBeGreaterThan(0);
		for (const name of withScripts)
			expect(Object.keys(manifest.allowScripts ?? {}), name).toContain(name);
	});

	test('vite stays pinned to 8.3.8 (8.4 lists an optional package the registry does not serve)', () => {
		expect(manifest.devDependencies?.['vite']).toBe('8.3.8');
		expect(lock.packages['node_modules/vite']?.version).toBe('8.3.8');
	});
});
