import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, test } from 'vitest';
import {
	keepHtmlInFiles,
	readRenderedHtml,
	storedBodyLinks,
} from '../../../src/loaders/html-in-files.ts';

type Entry = Parameters<DataStore['set']>[0];

const root = mkdtempSync(join(tmpdir(), 'pdp-html-in-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A store in a Map, as Astro's scoped store behaves for what the loader uses. */
function mapStore(entries: Entry[] = []): DataStore & { map: Map<string, Entry> } {
	const map = new Map(entries.map((entry) => [entry.id, entry]));
	return {
		map,
		// The store's get() is generic in the entry's data; the test's entries are plain records.
		get: (id) => map.get(id) as never,
		entries: () => [...map],
		set: (entry) => (map.set(entry.id, entry), true),
		values: () => [...map.values()],
		keys: () => [...map.keys()],
		delete: (id) => void map.delete(id),
		clear: () => map.clear(),
		has: (id) => map.has(id),
		addModuleImport: () => undefined,
	};
}

/** Runs the wrapped loader once, in a fresh project, with an inner loader that sets `entries`. */
async function load(
	entries: Entry[],
	existing: Entry[] = [],
	project = mkdtempSync(join(root, 'p-')),
) {
	const store = mapStore(existing);
	const inner: Loader = {
		name: 'inner',
		load: ({ store: given }) => {
			for (const entry of entries) given.set(entry);
			return Promise.resolve();
		},
	};
	const config = {
		root: pathToFileURL(`${project}/`),
		cacheDir: pathToFileURL(`${project}/node_modules/.astro/`),
	};
	await keepHtmlInFiles(inner).load({
		collection: 'playbooks',
		store,
		config,
	} as unknown as LoaderContext);
	return { store, project };
}

const rendered = (
	html: string,
	extra: Record<string, unknown> = {},
): NonNullable<Entry['rendered']> => ({
	html,
	metadata: {
		headings: [{ depth: 2, slug: 'steps', text: 'Steps' }],
		frontmatter: { title: 'Run it', glossaryTermsUsed: ['dqi'] },
		imagePaths: [],
		...extra,
	},
});

describe('keepHtmlInFiles', () => {
	test('writes the HTML to a file and keeps headings, terms used and the file in the store', async () => {
		const { store, project } = await load([
			{ id: 'run-it', data: { title: 'Run it' }, digest: 'd1', rendered: rendered('<p>Hi</p>') },
		]);
		const file = 'node_modules/.astro/rendered-html/playbooks/run-it.html';
		expect(readFileSync(join(project, file), 'utf8')).toBe('<p>Hi</p>');
		expect(store.map.get('run-it')).toEqual({
			id: 'run-it',
			data: { title: 'Run it' },
			digest: 'd1',
			rendered: {
				html: '',
				metadata: {
					headings: [{ depth: 2, slug: 'steps', text: 'Steps' }],
					bodyLinks: [],
					frontmatter: { glossaryTermsUsed: ['dqi'] },
					htmlFile: file,
				},
			},
		});
		expect(readRenderedHtml(store.map.get('run-it') ?? {}, project)).toBe('<p>Hi</p>');
	});

	test("keeps the links a Markdown body makes to other entries, read from the entry's file when it is rendered", async () => {
		const project = mkdtempSync(join(root, 'p-'));
		writeFileSync(
			join(project, 'run-it.md'),
			'---\ntitle: Run it\n---\nSee [the kickoff](/runbooks/run-the-kickoff/#steps), [RAG](/glossary/rag/) and [a site](https://example.com/).\n',
		);
		const { store } = await load(
			[{ id: 'run-it', data: {}, filePath: 'run-it.md', rendered: rendered('<p>See</p>') }],
			[],
			project,
		);
		expect(storedBodyLinks(store.map.get('run-it') ?? {})).toEqual([
			{
				reference: { collection: 'runbooks', id: 'run-the-kickoff', fragment: 'steps' },
				path: ['body'],
			},
			{ reference: { collection: 'glossary', id: 'rag' }, path: ['body'] },
		]);
		// An entry stored before links were kept has none: the catalog reads its body instead.
		expect(storedBodyLinks({ rendered: { metadata: { headings: [] } } })).toBeUndefined();
	});

	test('mixes the rendering code into every digest, so changed code renders every entry again', async () => {
		const digests: string[] = [];
		const inner: Loader = {
			name: 'inner',
			load: (context) => {
				digests.push(context.generateDigest('the file'), context.generateDigest('the file'));
				return Promise.resolve();
			},
		};
		const project = mkdtempSync(join(root, 'p-'));
		await keepHtmlInFiles(inner).load({
			collection: 'playbooks',
			store: mapStore(),
			config: {
				root: pathToFileURL(`${project}/`),
				cacheDir: pathToFileURL(`${project}/node_modules/.astro/`),
			},
			generateDigest: (data: unknown) => (typeof data === 'string' ? data : JSON.stringify(data)),
		} as unknown as LoaderContext);
		const [first, second] = digests;
		expect(first).toBe(second);
		expect(first).toMatch(/^[\w-]{43}\0the file$/);
	});

	test('leaves an entry with images, or with nothing rendered, as the loader gave it', async () => {
		const withImage = {
			id: 'pic',
			data: {},
			rendered: rendered('<img>', { imagePaths: ['a.png'] }),
		};
		const yaml = { id: 'terms', data: { term: 'DQI' } };
		const { store } = await load([withImage, yaml]);
		expect(store.map.get('pic')).toEqual(withImage);
		expect(store.map.get('terms')).toEqual(yaml);
		expect(readRenderedHtml(withImage)).toBeUndefined();
	});

	test('drops a stored entry whose HTML file is gone, so it is rendered again', async () => {
		const stale: Entry = {
			id: 'gone',
			data: {},
			rendered: {
				html: '',
				metadata: { htmlFile: 'node_modules/.astro/rendered-html/playbooks/gone.html' },
			},
		};
		const { store } = await load([], [stale]);
		expect(store.has('gone')).toBe(false);
	});

	test('removes the files of entries that no longer exist', async () => {
		const project = mkdtempSync(join(root, 'p-'));
		const folder = join(project, 'node_modules/.astro/rendered-html/playbooks');
		mkdirSync(folder, { recursive: true });
		writeFileSync(join(folder, 'renamed.html'), '<p>old</p>');
		await load([{ id: 'kept', data: {}, rendered: rendered('<p>new</p>') }], [], project);
		expect(existsSync(join(folder, 'renamed.html'))).toBe(false);
		expect(existsSync(join(folder, 'kept.html'))).toBe(true);
	});
});
