import { addRun } from '../checklist/checklist-runs.ts';
import { LIMITS, newRunId, type ChecklistRun } from '../../lib/checklists/state.ts';
import { ASSESSMENT_LIMITS, createAssessment } from '../../lib/checklists/assessment-state.ts';
import { validatePhaseSpan } from '../../lib/engagements/phase-span.ts';
import type { PhasePlan } from '../../lib/engagements/plan.ts';
import {
	cleanFields,
	fileInEngagement,
	linkOf,
	updateEngagement,
	type EngagementFields,
	type EngagementProblem,
} from '../../lib/engagements/store.ts';
import type { Engagement, EngagementStore } from '../../lib/engagements/types.ts';
import type { WorkspaceStorage } from './workspace-storage.client.ts';
import { make, part } from './workspace-ui.client.ts';

/*
 * The workspace's forms (an engagement's details, a phase's dates) and the opening of a checklist
 * at an engagement's run: loaded when one is first used, so the pages start lighter.
 */

/** What to tell the reader about a refused field. */
export function describeEngagementProblem(problem: EngagementProblem): string {
	switch (problem) {
		case 'name':
			return 'Give the engagement a name.';
		case 'start':
			return 'The start date must be a date between 1 January 2000 and 31 December 2100.';
		case 'end':
			return 'The planned end date must be a date between 1 January 2000 and 31 December 2100.';
		case 'end-before-start':
			return 'The planned end date must come after the start date.';
	}
}

/** The fields of an engagement form, cleaned, or the form's error shown and undefined. */
export function readForm(form: HTMLFormElement): EngagementFields | undefined {
	const values = Object.fromEntries(
		[...new FormData(form)].map(([name, value]) => [name, typeof value === 'string' ? value : '']),
	);
	const result = cleanFields(values);
	const error = part(form, 'form-error');
	error.hidden = result.ok;
	if (result.ok) return result.fields;
	error.textContent = describeEngagementProblem(result.problem);
	const field = { 'end-before-start': 'end' }[result.problem as string] ?? result.problem;
	form.querySelector<HTMLElement>(`[name="${field}"]`)?.focus();
	return undefined;
}

/** Fills an engagement form with an engagement's fields. */
export function fillForm(form: HTMLFormElement, engagement: Engagement): void {
	for (const name of ['name', 'customer', 'start', 'end', 'sow', 'notes'] as const) {
		const field = form.elements.namedItem(name) as HTMLInputElement | null;
		if (field) field.value = engagement[name];
	}
	part(form, 'form-error').hidden = true;
}

/** The form that moves a phase's dates. */
function phaseForm(
	id: string,
	title: string,
	start: string,
	end: string,
	moved: boolean,
): HTMLFormElement {
	const form = make('form', 'pdp-panel pdp-ws__form pdp-ws__dates');
	form.dataset['phaseForm'] = id;
	form.noValidate = true;
	form.hidden = true;
	const field = (name: string, label: string, value: string) => {
		const wrapper = make('label', '', `${label} `);
		const input = make('input', 'pdp-field');
		Object.assign(input, {
			type: 'date',
			name,
			value,
			required: true,
			min: '2000-01-01',
			max: '2100-12-31',
		});
		wrapper.append(input);
		return wrapper;
	};
	const error = make('p', 'pdp-ws__error');
	error.dataset['formError'] = '';
	error.setAttribute('role', 'alert');
	error.hidden = true;
	const buttons = make('p');
	const save = make('button', 'pdp-button', `Save ${title} dates`);
	save.type = 'submit';
	buttons.append(save);
	if (moved) {
		const reset = make('button', 'pdp-button', 'Use the computed dates');
		reset.type = 'button';
		reset.dataset['action'] = 'phase-reset';
		reset.dataset['phase'] = id;
		buttons.append(' ', reset);
	}
	form.append(field('start', 'Starts', start), field('end', 'Ends', end), error, buttons);
	return form;
}

/**
 * Makes the engagement's run (or assessment) of a checklist the one its page shows, first
 * starting one named after the engagement and filing it there when it has none. Returns the
 * engagements as they are now, or a reason when the checklist keeps as many as it can.
 */
export function openForEngagement(
	storage: WorkspaceStorage,
	store: EngagementStore,
	engagement: Engagement,
	checklist: string,
	kind: 'run' | 'assessment',
): { store: EngagementStore } | { refused: string } {
	const link = linkOf(engagement, checklist);
	if (kind === 'run') {
		const runs = storage.runs(checklist);
		const filed = runs?.runs.find(({ id }) => id === link?.run);
		if (runs && filed) {
			storage.saveRuns(checklist, { ...runs, active: filed.id });
			return { store };
		}
		if (runs && runs.runs.length >= LIMITS.runs) {
			return {
				refused: `This checklist already keeps ${String(LIMITS.runs)} runs, the most it can: delete one on its page first.`,
			};
		}
		const run: ChecklistRun = {
			id: newRunId(),
			name: engagement.name,
			checked: [],
			updated: Date.now(),
		};
		storage.saveRuns(
			checklist,
			runs ? addRun(runs, run) : { version: 1, active: run.id, runs: [run] },
		);
		const next = updateEngagement(store, engagement.id, (current) =>
			fileInEngagement(current, checklist, { run: run.id }),
		);
		storage.saveEngagements(next);
		return { store: next };
	}
	const assessments = storage.assessments(checklist);
	const filed = assessments?.assessments.find(({ id }) => id === link?.assessment);
	if (assessments && filed) {
		storage.saveAssessments(checklist, { ...assessments, active: filed.id });
		return { store };
	}
	if (assessments && assessments.assessments.length >= ASSESSMENT_LIMITS.assessments) {
		return {
			refused: `This checklist already keeps ${String(ASSESSMENT_LIMITS.assessments)} assessments, the most it can: delete one on its page first.`,
		};
	}
	const assessment = createAssessment(engagement.name);
	storage.saveAssessments(
		checklist,
		assessments
			? {
					...assessments,
					assessments: [...assessments.assessments, assessment],
					active: assessment.id,
				}
			: { version: 1, active: assessment.id, assessments: [assessment] },
	);
	const next = updateEngagement(store, engagement.id, (current) =>
		fileInEngagement(current, checklist, { assessment: assessment.id }),
	);
	storage.saveEngagements(next);
	return { store: next };
}

/** Shows or hides the form that moves a phase's dates, under its "Change dates" button. */
export function togglePhaseForm(button: HTMLElement, phase: PhasePlan): void {
	const open = button.closest('section')?.querySelector<HTMLFormElement>('[data-phase-form]');
	if (open) return open.remove();
	const form = phaseForm(phase.id, phase.title, phase.start, phase.end, phase.moved);
	form.hidden = false;
	button.parentElement?.after(form);
	form.querySelector('input')?.focus();
}

/**
 * The engagements with a submitted form's change made: a phase's dates or the engagement's
 * details. Undefined, with the form's error shown, when what was typed cannot be used.
 */
export function submitForm(
	form: HTMLFormElement,
	store: EngagementStore,
	engagement: Engagement,
): EngagementStore | undefined {
	const phase = form.dataset['phaseForm'];
	if (!phase) {
		const fields = readForm(form);
		return fields && updateEngagement(store, engagement.id, () => fields);
	}
	const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
	const result = validatePhaseSpan(value('start'), value('end'));
	const error = part(form, 'form-error');
	error.hidden = result.ok;
	if (!result.ok) {
		error.textContent = result.message;
		form.querySelector<HTMLElement>(`[name="${result.field}"]`)?.focus();
		return undefined;
	}
	const phaseDates = new Map(engagement.phaseDates).set(phase, result.span);
	return updateEngagement(store, engagement.id, () => ({ phaseDates }));
}

/**
 * The engagements after archiving (or restoring) or deleting one, and what the undo bar says.
 * On its page "archive" restores an archived engagement. Deleting leaves its runs and assessments
 * on their checklists.
 */
export function shelve(
	store: EngagementStore,
	engagement: Engagement,
	action: 'archive' | 'restore' | 'delete',
): { store: EngagementStore; message: string } {
	if (action === 'delete') {
		return {
			store: { ...store, engagements: store.engagements.filter(({ id }) => id !== engagement.id) },
			message: `Deleted “${engagement.name}”. Its runs and assessments stay on their checklists.`,
		};
	}
	const archived = action === 'archive' && !engagement.archived;
	return {
		store: updateEngagement(store, engagement.id, () => ({ archived })),
		message: `${archived ? 'Archived' : 'Restored'} “${engagement.name}”.`,
	};
}
