/**
 * `npm run report:questions [-- --json] [--dir <content dir>]`: the open questions (what the
 * framework leaves for the content owners to confirm) by owner, with how many pages name each.
 * Exits 0 whatever it finds; only a bad option exits 1.
 */
import { parseArgs } from 'node:util';
import { resolveContentDir } from '../src/lib/content/dir.ts';
import {
	collectQuestions,
	formatQuestionsJson,
	formatQuestionsTable,
} from './lib/questions-report.ts';

const USAGE = 'usage: npm run report:questions -- [--json] [--dir <content dir>]';

let options: { json?: boolean; dir?: string };
try {
	({ values: options } = parseArgs({
		options: { json: { type: 'boolean' }, dir: { type: 'string' } },
	}));
} catch (error) {
	console.error(`${(error as Error).message}\n${USAGE}`);
	process.exit(1);
}

const questions = collectQuestions(options.dir ?? resolveContentDir());
console.log(
	options.json
		? formatQuestionsJson(questions, new Date().toISOString())
		: formatQuestionsTable(questions),
);
