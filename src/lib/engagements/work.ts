/**
 * An engagement with the runs and assessments it files, as record files and share links carry
 * it, and the one cleaner both go through. The cleaner never throws, bounds every size, drops
 * what this site's catalog cannot place and says so in sentences the reader can act on.
 */
import {
	ASSESSMENT_LIMITS,
	cleanAssessmentName,
	cleanItemAssessment,
	isItemId,
	type Assessment,
	type ItemAssessment,
} from '../checklists/assessment-state.ts';
import {
	cleanIds,
	cleanRunName,
	LIMITS,
	newRunId,
	type ChecklistRun,
} from '../checklists/state.ts';
import { cleanStoredName } from '../browser/stored-record.ts';
import { checklistProgress, staleRatings } from './status.ts';
import {
	asRecord,
	cleanEngagement,
	cleanFields,
	cleanLinks,
	ENGAGEMENT_LIMITS,
	isStoredId,
	type EngagementProblem,
} from './store.ts';
import type { Engagement, WorkspaceCatalog } from './types.ts';

/** An engagement and what it files, by checklist id. */
export interface EngagementWork {
	engagement: Engagement;
	runs: Map<string, ChecklistRun>;
	assessments: Map<string, Assessment>;
}

/** A record file or share link read back: the work and what was changed on the way, or why not. */
export type DecodedRecord =
	{ ok: true; work: EngagementWork; notices: string[] } | { ok: false; reason: string };

/** What a file or link carries before cleaning: `runs` holds `{ checklist, run }`, `assessments` `{ checklist, assessment }`. */
export interface CarriedWork {
	engagement: Record<string, unknown>;
	runs: unknown[];
	assessments: unknown[];
}

const REFUSED: Record<EngagementProblem, string> = {
	name: 'The engagement in the file has no name.',
	start: 'The engagement’s start date in the file is missing or not a date between 2000 and 2100.',
	end: 'The engagement’s planned end date in the file is missing or not a date between 2000 and 2100.',
	'end-before-start':
		'The engagement’s planned end date in the file does not come after its start.',
};

/** What cleaning found, gathered into notices at the end. */
interface Findings {
	unknown: Set<string>;
	duplicated: Set<string>;
	notAssessed: Set<string>;
	shortened: string[];
	unreadable: number;
}

/** True when the cleaner had to cut `value` to `max` characters. */
function wasCut(value: unknown, max: number): boolean {
	return typeof value === 'string' && value.replace(/\r\n/g, '\n').trim().length > max;
}

/** A few names for a sentence: "a, b, c and 4 more". */
function listNames(names: Iterable<string>): string {
	const all = [...names];
	const shown = all.slice(0, 5).join(', ');
	return all.length > 5 ? `${shown} and ${all.length - 5} more` : shown;
}

function cleanRun(value: unknown, fallbackName: string, found: Findings): ChecklistRun | undefined {
	const record = asRecord(value);
	if (!record) return undefined;
	if (wasCut(record['name'], LIMITS.nameLength)) found.shortened.push('a run’s name');
	const updated = record['updated'];
	return {
		id: isStoredId(record['id']) ? record['id'] : newRunId(),
		name: cleanRunName(record['name']) ?? fallbackName,
		checked: cleanIds(record['checked']),
		updated: typeof updated === 'number' && Number.isFinite(updated) ? updated : 0,
	};
}

function cleanAssessment(
	value: unknown,
	fallbackName: string,
	found: Findings,
): Assessment | undefined {
	const record = asRecord(value);
	if (!record) return undefined;
	if (wasCut(record['name'], ASSESSMENT_LIMITS.nameLength))
		found.shortened.push('an assessment’s name');
	const ratings = new Map<string, ItemAssessment>();
	for (const [id, entry] of Object.entries(asRecord(record['ratings']) ?? {})) {
		if (ratings.size === ASSESSMENT_LIMITS.ratingsPerAssessment) break;
		// The id pattern refuses `__proto__`; `constructor` is a valid id and harmless in a Map.
		const assessed = isItemId(id) ? cleanItemAssessment(entry) : undefined;
		if (!assessed) found.unreadable += 1;
		else ratings.set(id, assessed);
		if (assessed && wasCut(asRecord(entry)?.['note'], ASSESSMENT_LIMITS.noteLength))
			found.shortened.push('a rating’s note');
	}
	const updated = record['updated'];
	return {
		id: isStoredId(record['id']) ? record['id'] : newRunId(),
		name: cleanAssessmentName(record['name']) ?? fallbackName,
		ratings,
		updated: typeof updated === 'number' && Number.isFinite(updated) ? updated : 0,
	};
}

/** Each carried entry placed in its checklist: unknown checklists and repeats left out. */
function place<T>(
	entries: unknown[],
	key: 'run' | 'assessment',
	catalog: WorkspaceCatalog,
	found: Findings,
	clean: (value: unknown) => T | undefined,
): Map<string, T> {
	const placed = new Map<string, T>();
	for (const entry of entries.slice(0, ENGAGEMENT_LIMITS.checklistsPerEngagement * 2)) {
		const record = asRecord(entry);
		const id = record?.['checklist'];
		const checklist = catalog.checklists.find((candidate) => candidate.id === id);
		if (!checklist) {
			if (typeof id === 'string') found.unknown.add(cleanStoredName(id, 60) ?? '?');
			else found.unreadable += 1;
		} else if (key === 'assessment' && !checklist.assessable) {
			found.notAssessed.add(checklist.title);
		} else if (placed.has(checklist.id)) {
			found.duplicated.add(checklist.title);
		} else {
			const value = clean(record?.[key]);
			if (value === undefined) found.unreadable += 1;
			else placed.set(checklist.id, value);
		}
	}
	return placed;
}

function noticesOf(found: Findings, work: EngagementWork, catalog: WorkspaceCatalog): string[] {
	const notices: string[] = [];
	if (found.unknown.size > 0)
		notices.push(
			`Left out what the file holds for checklists or phases this site does not have: ${listNames(found.unknown)}.`,
		);
	if (found.duplicated.size > 0)
		notices.push(
			`The file holds more than one run or assessment for ${listNames(found.duplicated)}: the first was kept.`,
		);
	if (found.notAssessed.size > 0)
		notices.push(
			`Left out assessments of ${listNames(found.notAssessed)}, which is not assessed item by item.`,
		);
	for (const checklist of catalog.checklists) {
		const run = work.runs.get(checklist.id);
		const stale =
			(run ? checklistProgress(checklist, run).unknown.length : 0) +
			staleRatings(checklist, work.assessments.get(checklist.id)).length;
		if (stale > 0)
			notices.push(
				`${checklist.title}: ${stale} ticked or rated ${stale === 1 ? 'item is' : 'items are'} no longer in the checklist; kept and listed apart.`,
			);
	}
	if (found.shortened.length > 0)
		notices.push(`Shortened to fit: ${listNames(new Set(found.shortened))}.`);
	if (found.unreadable > 0)
		notices.push(
			`${found.unreadable} ${found.unreadable === 1 ? 'entry' : 'entries'} in the file could not be read and ${found.unreadable === 1 ? 'was' : 'were'} left out.`,
		);
	return notices;
}

/**
 * Cleans carried work against this site's catalog. Refused when the engagement's own fields
 * cannot be used; otherwise runs and assessments of unknown checklists, repeats and unreadable
 * entries are dropped, over-long text cut, and ids the checklists no longer have kept, each with a
 * notice. The engagement's links are rebuilt to point at exactly the runs and assessments kept.
 */
export function cleanWork(carried: CarriedWork, catalog: WorkspaceCatalog): DecodedRecord {
	const raw = carried.engagement;
	const fields = cleanFields(raw);
	if (!fields.ok) return { ok: false, reason: REFUSED[fields.problem] };
	const cleaned = cleanEngagement(isStoredId(raw['id']) ? raw : { ...raw, id: newRunId() });
	if (!cleaned) return { ok: false, reason: REFUSED.name };
	const found: Findings = {
		unknown: new Set(),
		duplicated: new Set(),
		notAssessed: new Set(),
		shortened: [],
		unreadable: 0,
	};
	const limits = ENGAGEMENT_LIMITS;
	const fieldLimits = {
		name: limits.nameLength,
		customer: limits.customerLength,
		sow: limits.sowLength,
		notes: limits.notesLength,
	};
	for (const [field, max] of Object.entries(fieldLimits))
		if (wasCut(raw[field], max))
			found.shortened.push(
				`the engagement’s ${field === 'sow' ? 'statement of work reference' : field}`,
			);
	for (const phase of cleaned.phaseDates.keys())
		if (!catalog.phases.some(({ id }) => id === phase)) {
			cleaned.phaseDates.delete(phase);
			found.unknown.add(phase);
		}
	const runs = place(carried.runs, 'run', catalog, found, (value) =>
		cleanRun(value, cleaned.name, found),
	);
	const assessments = place(carried.assessments, 'assessment', catalog, found, (value) =>
		cleanAssessment(value, cleaned.name, found),
	);
	const order = [
		...cleanLinks(raw['checklists']).map(({ checklist }) => checklist),
		...runs.keys(),
		...assessments.keys(),
	];
	const checklists = [...new Set(order)]
		.filter((id) => runs.has(id) || assessments.has(id))
		.map((id) => ({ checklist: id, run: runs.get(id)?.id, assessment: assessments.get(id)?.id }));
	const work = { engagement: { ...cleaned, checklists }, runs, assessments };
	return { ok: true, work, notices: noticesOf(found, work, catalog) };
}
