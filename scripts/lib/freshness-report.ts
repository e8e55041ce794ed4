import type { CollectionName } from '../../src/schemas/common.ts';
import { isLoadedFile, listContentFiles, readContentFile } from '../../src/lib/content/files.ts';
import { assessFreshness, DUE_SOON_DAYS, type Freshness } from '../../src/lib/catalog/freshness.ts';
import { isCalendarDate } from '../../src/schemas/calendar-date.ts';

/** Days between reviews when an entry does not say, as the schemas default them. */
export const DEFAULT_REVIEW_EVERY_DAYS: Record<CollectionName, number> = {
	phases: 180,
	processes: 180,
	playbooks: 180,
	runbooks: 180,
	considerations: 180,
	faqs: 180,
	checklists: 180,
	roles: 180,
	outcomes: 180,
	templates: 180,
	standards: 180,
	glossary: 365,
	questions: 180,
};

/** One published entry with its review status. */
export interface FreshnessEntry extends Freshness {
	/** The entry as linked from front matter: `playbooks/run-the-customer-kickoff`. */
	entry: string;
	/** The file, relative to the working directory. */
	path: string;
	title: string;
	/** The role accountable for the entry. */
	owner: string;
	lastReviewed: string;
	reviewEveryDays: number;
}

/** A file the report could not judge, and why; the content check explains it in full. */
export interface SkippedFile {
	path: string;
	reason: string;
}

/** The review status of every published entry on one day. */
export interface FreshnessReport {
	today: string;
	/** Published and deprecated entries, by owner, then most urgent first. */
	entries: FreshnessEntry[];
	drafts: number;
	skipped: SkippedFile[];
}

/** The title, or a glossary entry's term. */
function readTitle(fields: Record<string, unknown>): string | undefined {
	const title = fields['title'] ?? fields['term'];
	return typeof title === 'string' ? title : undefined;
}

/** The fields freshness needs, or why they cannot be used. */
function readReviewFields(
	fields: Record<string, unknown>,
	collection: CollectionName,
): Pick<FreshnessEntry, 'owner' | 'lastReviewed' | 'reviewEveryDays'> | string {
	const { owner, lastReviewed } = fields;
	const reviewEveryDays = fields['reviewEveryDays'] ?? DEFAULT_REVIEW_EVERY_DAYS[collection];
	if (typeof owner !== 'string') return 'no owner';
	if (typeof lastReviewed !== 'string' || !isCalendarDate(lastReviewed)) {
		return 'lastReviewed is not a YYYY-MM-DD date';
	}
	if (
		typeof reviewEveryDays !== 'number' ||
		!Number.isInteger(reviewEveryDays) ||
		reviewEveryDays < 1
	) {
		return 'reviewEveryDays is not a whole number of days';
	}
	return { owner, lastReviewed, reviewEveryDays };
}

const STATE_ORDER = { overdue: 0, 'due-soon': 1, fresh: 2 } as const;

/** Reads every loaded content file and works out its review status on `today`; drafts are left out. */
export function collectFreshness(
	contentDir: string,
	today: string,
	cwd = process.cwd(),
): FreshnessReport {
	const report: FreshnessReport = { today, entries: [], drafts: 0, skipped: [] };
	for (const file of listContentFiles(contentDir, cwd).filter(isLoadedFile)) {
		const { data, path } = readContentFile(file);
		const fields = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
		if (fields['status'] === 'draft') {
			report.drafts++;
			continue;
		}
		const review =
			data === undefined
				? 'its front matter cannot be read'
				: readReviewFields(fields, file.collection);
		if (typeof review === 'string') {
			report.skipped.push({ path, reason: review });
			continue;
		}
		report.entries.push({
			entry: `${file.collection}/${file.id}`,
			path,
			title: readTitle(fields) ?? file.id,
			...review,
			...assessFreshness({ ...review, today }),
		});
	}
	report.entries.sort(
		(left, right) =>
			left.owner.localeCompare(right.owner) ||
			STATE_ORDER[left.state] - STATE_ORDER[right.state] ||
			left.daysUntilDue - right.daysUntilDue ||
			left.path.localeCompare(right.path),
	);
	return report;
}

/** Entries that need their owner's attention: overdue or due within 30 days. */
export function selectDueEntries(report: FreshnessReport): FreshnessEntry[] {
	return report.entries.filter((entry) => entry.state !== 'fresh');
}

/** How many entries are in each state, plus the drafts and files left out. */
export function countFreshness(report: FreshnessReport) {
	const count = (state: FreshnessEntry['state']) =>
		report.entries.filter((entry) => entry.state === state).length;
	return {
		overdue: count('overdue'),
		dueSoon: count('due-soon'),
		fresh: count('fresh'),
		drafts: report.drafts,
		skipped: report.skipped.length,
	};
}

/** Which entries need review on the report's day, as JSON for other tools; `generated` is when. */
export function formatFreshnessJson(report: FreshnessReport, generated: string): string {
	const { today, skipped } = report;
	const counts = countFreshness(report);
	return JSON.stringify(
		{ generated, today, counts, entries: selectDueEntries(report), skipped },
		null,
		2,
	);
}

const COLUMNS = ['owner', 'state', 'due', 'entry path', 'title'] as const;

/** A plain-text table of the overdue and due-soon entries grouped by owner, with counts last. */
export function formatFreshnessTable(report: FreshnessReport): string {
	const due = selectDueEntries(report);
	const counts = countFreshness(report);
	const lines: string[] = [];
	if (due.length === 0) {
		lines.push(`Nothing is due for review on ${report.today}.`);
	} else {
		lines.push(
			`Entries due for review on ${report.today} (overdue, or due within ${DUE_SOON_DAYS} days), by owner:`,
			'',
			...formatRows(due),
			'',
			...countByOwner(due),
		);
	}
	const checked = counts.overdue + counts.dueSoon + counts.fresh;
	lines.push(
		`Total: ${counts.overdue} overdue, ${counts.dueSoon} due soon, ${counts.fresh} fresh (${checked} published ${checked === 1 ? 'entry' : 'entries'} checked; ${counts.drafts} ${counts.drafts === 1 ? 'draft' : 'drafts'} left out).`,
	);
	if (report.skipped.length > 0) {
		lines.push(
			`Not judged (run npm run check:content for details): ${report.skipped.length} ${report.skipped.length === 1 ? 'file' : 'files'}`,
			...report.skipped.map((file) => `  ${file.path}: ${file.reason}`),
		);
	}
	return lines.join('\n');
}

function formatRows(entries: readonly FreshnessEntry[]): string[] {
	const rows = entries.map((entry) => [
		entry.owner,
		entry.state,
		entry.reviewDue,
		entry.path,
		entry.title,
	]);
	const widths = COLUMNS.map((column, index) =>
		Math.max(column.length, ...rows.map((row) => row[index]?.length ?? 0)),
	);
	const format = (cells: readonly string[]) =>
		cells
			.map((cell, index) => (index === cells.length - 1 ? cell : cell.padEnd(widths[index] ?? 0)))
			.join('  ');
	const lines = [format(COLUMNS), format(widths.map((width) => '-'.repeat(width)))];
	rows.forEach((row, index) => {
		// A blank line between owners makes each owner's share easy to find.
		if (index > 0 && row[0] !== rows[index - 1]?.[0]) lines.push('');
		lines.push(format(row));
	});
	return lines;
}

function countByOwner(entries: readonly FreshnessEntry[]): string[] {
	const byOwner = new Map<string, { overdue: number; dueSoon: number }>();
	for (const entry of entries) {
		const counts = byOwner.get(entry.owner) ?? { overdue: 0, dueSoon: 0 };
		if (entry.state === 'overdue') counts.overdue++;
		else counts.dueSoon++;
		byOwner.set(entry.owner, counts);
	}
	return [...byOwner].map(
		([owner, { overdue, dueSoon }]) => `${owner}: ${overdue} overdue, ${dueSoon} due soon`,
	);
}
