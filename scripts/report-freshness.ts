/**
 * `npm run report:freshness [-- --json] [--today YYYY-MM-DD] [--dir <content dir>]`: lists the
 * published entries that are overdue for review or due within 30 days, grouped by owner.
 * Exits 0 whatever it finds, so time passing never breaks a build; only a bad option exits 1.
 */
import { parseArgs } from 'node:util';
import { resolveContentDir } from '../src/lib/content/dir.ts';
import { isCalendarDate, toUtcCalendarDate } from '../src/schemas/calendar-date.ts';
import {
	collectFreshness,
	formatFreshnessJson,
	formatFreshnessTable,
} from './lib/freshness-report.ts';

const USAGE =
	'usage: npm run report:freshness -- [--json] [--today YYYY-MM-DD] [--dir <content dir>]';

let options: { json?: boolean; today?: string; dir?: string };
try {
	({ values: options } = parseArgs({
		options: { json: { type: 'boolean' }, today: { type: 'string' }, dir: { type: 'string' } },
	}));
} catch (error) {
	console.error(`${(error as Error).message}\n${USAGE}`);
	process.exit(1);
}
if (options.today !== undefined && !isCalendarDate(options.today)) {
	console.error(`--today "${options.today}" is not a real date written as YYYY-MM-DD\n${USAGE}`);
	process.exit(1);
}

const now = new Date();
const report = collectFreshness(
	options.dir ?? resolveContentDir(),
	options.today ?? toUtcCalendarDate(now),
);
console.log(
	options.json ? formatFreshnessJson(report, now.toISOString()) : formatFreshnessTable(report),
);
