import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { COLLECTIONS } from '../../../src/schemas/names.ts';
import {
	ARTICLE_TYPES,
	CATALOG_TYPES,
	COLLECTION_FORMATS,
	COLLECTION_INFO,
	GUIDANCE_COLLECTIONS,
	INDEXED_TYPES,
} from '../../../src/schemas/collections.ts';

const CONTENT = resolve(import.meta.dirname, '../../../content');

describe('the collection registry', () => {
	test('has one entry per collection, in the order the site lists them', () => {
		expect(Object.keys(COLLECTION_INFO)).toEqual([...COLLECTIONS]);
	});

	test.each([...COLLECTIONS])('content/%s/ holds files of its registered format only', (name) => {
		const files = readdirSync(join(CONTENT, name), { recursive: true, encoding: 'utf8' }).filter(
			(file) => /\.\w+$/.test(file) && !file.split('/').some((part) => part.startsWith('_')),
		);
		expect(files.length).toBeGreaterThan(0);
		for (const file of files) {
			expect(
				COLLECTION_FORMATS[name].some((format) => file.endsWith(`.${format}`)),
				file,
			).toBe(true);
		}
	});

	test('derives every list the site keeps from the one table', () => {
		expect(GUIDANCE_COLLECTIONS).toEqual([
			'playbooks',
			'runbooks',
			'considerations',
			'faqs',
			'checklists',
			'templates',
		]);
		expect(ARTICLE_TYPES).toEqual([
			'playbooks',
			'runbooks',
			'considerations',
			'faqs',
			'outcomes',
			'standards',
		]);
		// Glossary terms and open questions have pages of their own but no /<type>/ index.
		expect(INDEXED_TYPES).not.toContain('glossary');
		expect(INDEXED_TYPES).not.toContain('questions');
		expect(INDEXED_TYPES).toHaveLength(COLLECTIONS.length - 2);
		// The catalog lists everything but the glossary, standards before roles and outcomes.
		expect(CATALOG_TYPES).toEqual([
			'phases',
			'processes',
			'playbooks',
			'runbooks',
			'considerations',
			'faqs',
			'checklists',
			'templates',
			'standards',
			'roles',
			'outcomes',
		]);
	});
});
