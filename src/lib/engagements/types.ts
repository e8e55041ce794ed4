/**
 * The engagement workspace's shapes: an engagement as the browser keeps it, and what the
 * workspace knows of the catalog (phases, checklists, gates), written into its pages at build
 * time. Everything under `src/lib/engagements/` works on these and touches no DOM.
 */
import type { DUE_POINTS } from '../../schemas/checklists.ts';
import type { ACTION_STATUSES } from '../../schemas/storage-limits.ts';
import type { Rating } from '../checklists/assessment-state.ts';

/** When an item falls due, relative to its checklist's phases. */
export type DuePoint = (typeof DUE_POINTS)[number];

/** A span of calendar days, both written `YYYY-MM-DD` and both included. */
export interface DateSpan {
	start: string;
	end: string;
}

/** One checklist's work in an engagement: the run and (on a gate's checklist) the assessment filed there. */
export interface ChecklistLink {
	/** The checklist's id, e.g. `oqr`. */
	checklist: string;
	/** Id of the run in `pdp:checklist:v1:<checklist>`, when one is filed. */
	run?: string | undefined;
	/** Id of the assessment in `pdp:assessment:v1:<checklist>`, when one is filed. */
	assessment?: string | undefined;
}

/** Where an improvement action stands: open, in progress, done, or won't do (with a reason). */
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/**
 * What the reader decided about one item that falls short (rated partly or not met, or required
 * and not ticked at a gate): kept once any of it is set, by checklist and item.
 */
export interface ActionEntry {
	checklist: string;
	item: string;
	/** Who does it: a name, free text, or ''. */
	owner: string;
	/** `YYYY-MM-DD`, or '' for the item's own due date. */
	due: string;
	status: ActionStatus;
	/** Why it won't be done, or ''. */
	reason: string;
	note: string;
	updated: number;
}

/** An assessment frozen on a day with a label ("DQI day 130"), to compare with a later one. */
export interface SavedMilestone {
	/** Random id. */
	id: string;
	/** The assessed checklist's id. */
	checklist: string;
	label: string;
	/** The day it stands for, `YYYY-MM-DD`. */
	date: string;
	/** Each rated item's rating, as it was. */
	ratings: Map<string, Rating>;
	created: number;
}

/** One engagement, as kept in `pdp:engagements:v1`. */
export interface Engagement {
	/** Random id, stable across renames: `[a-z0-9]{1,24}`. */
	id: string;
	name: string;
	/** The customer's name, or ''. */
	customer: string;
	/** Project start, day 0 of the DQI window. */
	start: string;
	/** Planned end, after the start. */
	end: string;
	/** The statement of work's reference, or ''. */
	sow: string;
	/** Free notes, or ''. */
	notes: string;
	archived: boolean;
	/** Phase dates the reader moved, by phase id; phases not here take their computed dates. */
	phaseDates: Map<string, DateSpan>;
	/** At most one link per checklist. */
	checklists: ChecklistLink[];
	/** The improvement plan's decisions, one per item at most. */
	actions: ActionEntry[];
	/** Saved milestones, oldest first. */
	milestones: SavedMilestone[];
	/** Milliseconds since the epoch. */
	created: number;
	updated: number;
}

/** Everything kept in `pdp:engagements:v1`. */
export interface EngagementStore {
	version: 1;
	engagements: Engagement[];
}

/** A phase as the workspace shows it. */
export interface WorkspacePhase {
	id: string;
	title: string;
	/** The phase guide's address. */
	url: string;
}

/** A page that explains how to meet an item. */
export interface WorkspaceLink {
	title: string;
	url: string;
}

/** A checklist item as the workspace needs it. */
export interface WorkspaceItem {
	id: string;
	text: string;
	required: boolean;
	due: DuePoint;
	/** The responsible role's title. */
	role: string;
	section?: string | undefined;
	guidance: WorkspaceLink[];
}

/** A checklist as the workspace needs it. */
export interface WorkspaceChecklist {
	id: string;
	title: string;
	/** The checklist page's address. */
	url: string;
	/** Phase ids in framework order; an item's due point counts from the first's start to the last's end. */
	phases: string[];
	/** True on the checklists that are assessed item by item (kind `quality-gate`). */
	assessable: boolean;
	/** `fingerprintItems` of its item ids. */
	fingerprint: string;
	items: WorkspaceItem[];
}

/** A quality gate, success measure or security checkpoint. */
export interface WorkspaceGate {
	/** The gate's id (`oqr`, `dqi`, `pesa`, `deliverable-acceptance`, `csat`). */
	id: string;
	name: string;
	/** Its page's address. */
	url: string;
	/** The checklist it is worked through with, when it has one. */
	checklist?: string | undefined;
}

/** What the workspace knows of the catalog: phases in framework order, checklists, gates. */
export interface WorkspaceCatalog {
	phases: WorkspacePhase[];
	checklists: WorkspaceChecklist[];
	gates: WorkspaceGate[];
}
