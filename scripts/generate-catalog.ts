/**
 * `npm run generate:catalog -- --entries 1000 --seed 42 --out <dir> [--force]`: writes a
 * synthetic, valid content tree for benchmarks. Refuses the project's own `content/` folder,
 * and a folder that is not empty unless `--force` (which empties it first).
 */
import { existsSync, mkdirSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSyntheticCatalog } from './lib/synthetic-catalog.ts';

const USAGE =
	'usage: node scripts/generate-catalog.ts --entries <n> --seed <n> --out <dir> [--force]';

function fail(message: string): never {
	console.error(`${message}\n${USAGE}`);
	process.exit(1);
}

/** The path with symlinks resolved as far as it exists, so a link cannot hide `content/`. */
function resolveReal(path: string): string {
	const absolute = resolve(path);
	if (existsSync(absolute)) return realpathSync(absolute);
	const parent = dirname(absolute);
	return parent === absolute ? absolute : join(resolveReal(parent), relative(parent, absolute));
}

/** True when `inner` is `outer` or lies inside it. */
function isWithin(inner: string, outer: string): boolean {
	const path = relative(outer, inner);
	return !isAbsolute(path) && path.split(sep)[0] !== '..';
}

function readWholeNumber(value: string, name: string): number {
	if (!/^-?\d+$/.test(value)) fail(`--${name} must be a whole number, not "${value}"`);
	return Number(value);
}

function readOptions() {
	try {
		return parseArgs({
			options: {
				entries: { type: 'string', default: '1000' },
				seed: { type: 'string', default: '42' },
				out: { type: 'string' },
				force: { type: 'boolean', default: false },
			},
		}).values;
	} catch (error) {
		return fail(error instanceof Error ? error.message : String(error));
	}
}

const values = readOptions();

if (!values.out) fail('--out is required');
const entries = readWholeNumber(values.entries, 'entries');
const seed = readWholeNumber(values.seed, 'seed');
if (entries < 0) fail('--entries must be 0 or more');
const outDir = resolveReal(values.out);
const contentDir = resolveReal(resolve(import.meta.dirname, '../content'));

// Either way round is fatal: writing into content/, or emptying a folder that holds it.
if (isWithin(outDir, contentDir) || isWithin(contentDir, outDir)) {
	fail(`refusing to write to ${outDir}: it is or holds the project's own content folder`);
}
const existing = existsSync(outDir) ? readdirSync(outDir) : [];
if (existing.length > 0) {
	if (!values.force) fail(`${outDir} is not empty; pass --force to empty it first`);
	for (const name of existing) rmSync(join(outDir, name), { recursive: true, force: true });
}

const started = performance.now();
const files = generateSyntheticCatalog({ entries, seed });
for (const file of files) {
	const path = join(outDir, file.path);
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, file.text);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
	`Wrote ${files.length} files (${entries} guidance entries, seed ${seed}) to ${outDir} in ${seconds} s.`,
);
