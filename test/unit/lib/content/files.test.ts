import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readContentFile } from '../../../../src/lib/content/files.ts';

const folder = mkdtempSync(join(tmpdir(), 'pdp-content-files-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Reads a playbook file with this text, as the content check does. */
function read(text: string) {
	const absolutePath = join(folder, 'entry.md');
	writeFileSync(absolutePath, text);
	return readContentFile({
		collection: 'playbooks',
		id: 'entry',
		path: 'content/playbooks/entry.md',
		absolutePath,
	});
}

describe('readContentFile front matter, as Astro’s loader reads it', () => {
	test('a value that ends in --- is text, not the end of the front matter', () => {
		const file = read('---\ntitle: A title ---\nsummary: The summary.\n---\n\n## Purpose\n');
		expect(file.data).toEqual({ title: 'A title ---', summary: 'The summary.' });
		expect(file.body).toBe('\n## Purpose\n');
		expect(file.bodyStartLine).toBe(5);
	});

	test('a line of --- inside a value block is not the end either, only one that starts a line', () => {
		const file = read('---\ntitle: T\nsummary: >\n  one --- two\n---\nBody\n');
		expect(file.data).toEqual({ title: 'T', summary: 'one --- two\n' });
		expect(file.body).toBe('Body\n');
	});

	test('empty front matter and Windows line ends are read', () => {
		expect(read('---\n---\nBody').body).toBe('Body');
		expect(read('---\r\ntitle: T\r\n---\r\nBody').data).toEqual({ title: 'T' });
	});

	test('a file without front matter is all body', () => {
		const file = read('Just text ---\n');
		expect(file.data).toBeNull();
		expect(file.body).toBe('Just text ---\n');
	});
});
