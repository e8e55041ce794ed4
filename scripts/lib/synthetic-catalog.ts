/**
 * A synthetic but valid content tree for benchmarks: the framework's structure (phases,
 * processes, roles, outcomes, standards, glossary) plus any number of guidance entries whose
 * text is drawn from a fixed vocabulary by a seeded PRNG. Pure: it returns files, never writes.
 *
 * One module although it is longer than our usual 200 lines: the vocabulary, the text engine
 * and the writers only make sense together, and nothing else imports them. The vocabulary is
 * kept as plain-text tables so that it reads as data, not as hundreds of formatted literals.
 */
import type { GuidanceCollection } from '../../src/schemas/collections.ts';
import { toSlug } from '../../src/lib/slug.ts';
import { PROCESS_GUIDANCE_TYPES } from '../../src/lib/content/rules.ts';

/** One generated file, its path relative to the content folder (`playbooks/p-00042.md`). */
export interface GeneratedFile {
	path: string;
	text: string;
}

/** What to generate. */
export interface SyntheticCatalogOptions {
	/** Number of guidance entries (playbooks, runbooks, considerations, FAQs, checklists). */
	entries: number;
	/** PRNG seed, used modulo 2^32: the same seed and entries give byte-identical files. */
	seed: number;
	/**
	 * Latest `lastReviewed` date (YYYY-MM-DD); dates spread over the two years before it. Fixed
	 * by default, never today's date, so that the output does not change with the clock.
	 */
	reviewedUntil?: string;
}

/**
 * The guidance collections, and the share of the guidance entries each receives. Templates are
 * files built once per build rather than pages of reading: the catalog has a fixed two of them
 * (`writeTemplates`) whatever its size, so a benchmark sees their cost once.
 */
export const GUIDANCE_SHARES = {
	playbooks: 0.3,
	runbooks: 0.2,
	considerations: 0.2,
	faqs: 0.15,
	checklists: 0.15,
} as const satisfies Record<Exclude<GuidanceCollection, 'templates'>, number>;

/** A guidance collection the generator fills. */
export type GuidanceType = keyof typeof GUIDANCE_SHARES;

const GUIDANCE_TYPES = Object.keys(GUIDANCE_SHARES) as GuidanceType[];
const ID_PREFIX: Record<GuidanceType, string> = {
	playbooks: 'p',
	runbooks: 'r',
	considerations: 'c',
	faqs: 'f',
	checklists: 'k',
};
const DEFAULT_REVIEWED_UNTIL = '2026-11-30';
const DAY_MS = 86_400_000;

// --- Seeded randomness ---------------------------------------------------------------------

/** A seeded stream of choices. */
export interface Random {
	/** An integer in [min, max], both included. */
	int(min: number, max: number): number;
	pick<T>(list: readonly T[]): T;
	/** Up to `count` distinct items, in random order. */
	sample<T>(list: readonly T[], count: number): T[];
	chance(probability: number): boolean;
}

/** mulberry32: tiny, fast and identical on every platform (32-bit integer maths only). */
export function createRandom(seed: number): Random {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
	const pick = <T>(list: readonly T[]): T => {
		if (list.length === 0) throw new Error('cannot pick from an empty list');
		return list[Math.floor(next() * list.length)] as T;
	};
	const sample = <T>(list: readonly T[], count: number): T[] => {
		const copy = [...list];
		for (let index = copy.length - 1; index > 0; index--) {
			const other = Math.floor(next() * (index + 1));
			[copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
		}
		return copy.slice(0, Math.max(0, count));
	};
	return {
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		pick,
		sample,
		chance: (probability) => next() < probability,
	};
}

// --- Vocabulary. Every acronym in it (two or more capitals) has a row in GLOSSARY. ----------

/** Rows of a `|`-separated table; cells are trimmed, blank lines skipped. */
function readTable(table: string): string[][] {
	return table
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => line.split('|').map((cell) => cell.trim()));
}

/** One item per non-blank line. */
function readList(list: string): string[] {
	return readTable(list).map(([item]) => item ?? '');
}

const words = (cell: string | undefined) => (cell ? cell.split(' ') : []);

interface PhaseSpec {
	id: string;
	title: string;
	shortName: string;
	/** The phase's work, as a noun phrase: "Sprint 0, the customer kickoff and…". */
	work: string;
	summary: string;
}

const PHASES: readonly PhaseSpec[] = readTable(`
s2d | Sales to Delivery (S2D) | S2D | the move from the signed SOW to a staffed delivery team | The first phase: the account team and the delivery team align on scope, outcomes and risks, and the customer meets the people who will deliver.
launch | Launch | Launch | Sprint 0, the customer kickoff and the first weeks of governance | Sprint 0, the customer kickoff, team onboarding and the governance the engagement runs on, with expectations agreed in writing.
manage-and-inspect | Manage & Inspect | Manage & Inspect | the weekly rhythm of delivery, inspection and acceptance | The delivery itself: status, risks, changes and acceptance are managed every week, and quality is inspected before it becomes a problem.
close-and-d2s | Close & Delivery to Sales (D2S) | Close & D2S | final acceptance, knowledge transfer and the D2S handback | The last phase: obligations are confirmed, knowledge is transferred, the customer signs off and the relationship goes back to the account team.
`).map(([id = '', title = '', shortName = '', work = '', summary = '']) => ({
	id,
	title,
	shortName,
	work,
	summary,
}));

interface RoleSpec {
	id: string;
	title: string;
	/** How prose names the role: "the customer sponsor". */
	prose: string;
	persona: string;
	abbreviation: string | undefined;
	duty: string;
}

const ROLES: readonly RoleSpec[] = readTable(`
engagement-manager | Engagement Manager | the Engagement Manager | proserve-delivery | EM | runs delivery from kickoff to close and owns governance
engagement-lead | Engagement Lead | the Engagement Lead | proserve-delivery | | leads the technical work and the quality of every deliverable
consultant | Consultant | the consultant | proserve-delivery | | builds and documents the solution with the customer team
delivery-architect | Delivery Architect | the delivery architect | proserve-delivery | | keeps the design coherent and reviews technical decisions
project-coordinator | Project Coordinator | the project coordinator | proserve-delivery | | keeps the calendar, the logs and the shared workspace in order
customer-sponsor | Customer sponsor | the customer sponsor | customer | | is accountable on the customer side and signs off results
customer-project-lead | Customer project lead | the customer project lead | customer | | coordinates the customer team day to day
customer-security-officer | Customer security officer | the customer security officer | customer | | approves access and reviews how data is handled
senior-pm | Senior PM | the Senior PM | managers | Sr PM | is the escalation point and inspects engagement governance
dpm | Delivery Practice Manager (DPM) | the DPM | managers | DPM | staffs engagements and coaches the delivery team
area-lead | Area Lead | the Area Lead | managers | | owns delivery quality across a portfolio of engagements
director | Director | the Director | leadership | | resolves escalations that cross teams or budgets
vp | Vice President (VP) | the VP | leadership | VP | sponsors the practice and its largest engagements
pm | Practice Manager (PM) | the PM | proserve-sales | PM | shapes the opportunity and the SOW with the customer
account-manager | Account Manager | the Account Manager | aws-account-team | | owns the customer relationship before and after delivery
sa | Solutions Architect (SA) | the SA | aws-account-team | SA | brings the technical context of the sale to delivery
tam | Technical Account Manager (TAM) | the TAM | aws-account-team | TAM | supports operations once the solution is live
csm | Customer Solutions Manager (CSM) | the CSM | aws-account-team | CSM | tracks adoption and value after the engagement
internal-partner | Internal partner | the internal partner | internal-partners | | delivers a specialist part of the work alongside the team
`).map(([id = '', title = '', prose = '', persona = '', abbreviation, duty = '']) => ({
	id,
	title,
	prose,
	persona,
	abbreviation: abbreviation || undefined,
	duty,
}));

interface ProcessSpec {
	id: string;
	title: string;
	phases: string[];
	roles: string[];
	outcomes: string[];
	standards: string[];
	/** What the process produces or works on, without an article: "RAID log". */
	objects: string[];
	tags: string[];
}

// id | title | phases | roles | outcomes | standards | objects (comma-separated) | tags
const PROCESSES: readonly ProcessSpec[] = readTable(`
opportunity-quality-review | Opportunity Quality Review (OQR) | s2d | pm sa senior-pm engagement-manager | reduced-business-risk | quality-gates | OQR submission, delivery estimate, staffing plan | oqr quality-gate
security-engagement | Security engagement | s2d launch | engagement-manager customer-security-officer sa delivery-architect | reduced-business-risk | security-first-delivery | PESA request, security review outcome, data handling plan | security pesa
s2d-handover | S2D handover and artifact transfer | s2d | pm account-manager engagement-manager sa | operational-efficiency | one-team-engagement | handover pack, sales artifact list, customer context brief | handover s2d
one-team-alignment | One Team alignment meetings | s2d launch | account-manager engagement-manager csm tam | increased-revenue | one-team-engagement | alignment meeting agenda, account team briefing, stakeholder map | alignment stakeholders
cbo-definition-and-measurement | CBO definition and measurement | s2d manage-and-inspect | engagement-manager customer-sponsor pm engagement-lead | increased-revenue operational-efficiency improved-esg-performance | customer-business-outcomes | CBO baseline, outcome measurement plan, KPI dashboard | cbo outcomes
sprint-0 | Sprint 0 | launch | engagement-manager engagement-lead consultant customer-project-lead | operational-efficiency | governance-and-communication | Sprint 0 plan, environment readiness list, initial backlog | sprint-0 onboarding
customer-kickoff | Customer kickoff | launch | engagement-manager customer-sponsor engagement-lead account-manager | reduced-business-risk | one-team-engagement governance-and-communication | kickoff pack, kickoff agenda, kickoff summary | kickoff
governance-and-status | Governance and status reporting | launch manage-and-inspect | engagement-manager customer-sponsor senior-pm project-coordinator | reduced-business-risk | governance-and-communication | weekly status report, governance calendar, QBR deck | governance status-reporting
risk-and-issue-management | Risk and issue management | launch manage-and-inspect | engagement-manager engagement-lead senior-pm customer-project-lead | reduced-business-risk | governance-and-communication | RAID log, risk register, escalation path | raid risk escalation
change-control | Change control | manage-and-inspect | engagement-manager customer-sponsor pm dpm | reduced-business-risk | deliverable-acceptance-tracking | change request, change request log, impact assessment | change-control scope
delivery-quality-inspection | Delivery Quality Inspection (DQI) and back-to-green | manage-and-inspect | engagement-manager senior-pm area-lead engagement-lead | reduced-business-risk operational-efficiency | quality-gates | DQI report, back-to-green plan, quality gate evidence | dqi quality back-to-green
deliverable-acceptance | Deliverable acceptance tracking | launch manage-and-inspect close-and-d2s | engagement-manager customer-sponsor engagement-lead customer-project-lead | reduced-business-risk | deliverable-acceptance-tracking | deliverable tracking document, acceptance record, definition of done | acceptance deliverables
knowledge-transfer | Knowledge transfer | close-and-d2s | engagement-lead consultant customer-project-lead tam | operational-efficiency | continuous-improvement | KT session schedule, operations guide, runbook handover | knowledge-transfer documentation
csat | Customer satisfaction (CSAT) | close-and-d2s | engagement-manager customer-sponsor senior-pm account-manager | increased-revenue | customer-feedback | CSAT survey, feedback response plan, customer contact list | csat feedback
closure-and-retrospective | Closure and retrospective | close-and-d2s | engagement-manager engagement-lead senior-pm account-manager csm | operational-efficiency improved-esg-performance | continuous-improvement customer-feedback | closing review pack, retrospective notes, lessons learned register | closure retrospective d2s
`).map(([id = '', title = '', phases, roles, outcomes, standards, objects = '', tags]) => ({
	id,
	title,
	phases: words(phases),
	roles: words(roles),
	outcomes: words(outcomes),
	standards: words(standards),
	objects: objects.split(', '),
	tags: words(tags),
}));

// id | title | owner | summary | measures (semicolon-separated)
const OUTCOMES = readTable(`
reduced-business-risk | Reduced business risk | director | The customer carries less operational, security and compliance risk because of what the engagement delivered. | Open high risks at baseline and at close; Audit findings closed during the engagement; Recovery time of in-scope services
increased-revenue | Increased revenue | director | The customer can open new revenue streams, usually by getting products to market faster and keeping revenue-generating services available. | Lead time from approved idea to release; Release frequency of in-scope applications; Availability of revenue-generating services
operational-efficiency | Operational efficiency | director | The customer does more with less: lower run cost, fewer manual steps and faster routine operations after the engagement. | Run cost per month of in-scope workloads; Manual steps removed from routine operations; Time to provision a new environment
improved-esg-performance | Improved ESG performance | director | The customer improves environmental, social and governance results, such as lower energy use of in-scope workloads. | Estimated emissions of in-scope workloads; Share of workloads with a named data owner; Governance findings closed
`);

// id | title | phases
const STANDARDS = readTable(`
customer-feedback | Customer feedback (CSAT) | close-and-d2s
continuous-improvement | Continuous improvement | manage-and-inspect close-and-d2s
customer-business-outcomes | Customer business outcomes focus | s2d manage-and-inspect
governance-and-communication | Governance and communication | launch manage-and-inspect
quality-gates | Quality gates (OQR and DQI) | s2d manage-and-inspect
security-first-delivery | Security-first delivery | s2d launch
deliverable-acceptance-tracking | Deliverable acceptance tracking | launch manage-and-inspect close-and-d2s
one-team-engagement | One Team engagement | s2d launch
`);

// term | expansion | see also | definition
const GLOSSARY = readTable(`
AWS | Amazon Web Services | | The cloud provider whose account team works with the delivery team on every engagement.
CBO | customer business outcome | processes/cbo-definition-and-measurement | One of the four outcomes every engagement targets, agreed with the customer and measured from baseline to close.
CSAT | customer satisfaction | processes/csat | The survey sent at the end of every engagement where legally possible, and the score it produces.
CSM | Customer Solutions Manager | roles/csm | The account team role that tracks adoption and value after delivery.
D2S | Delivery to Sales | phases/close-and-d2s | The handback of the customer relationship from the delivery team to the account team at close.
DPM | Delivery Practice Manager | roles/dpm | The manager who staffs engagements and coaches delivery teams.
DQI | Delivery Quality Inspection | processes/delivery-quality-inspection | A self-inspection of delivery governance for long-running engagements.
EM | Engagement Manager | roles/engagement-manager | The role that runs delivery from kickoff to close.
ESG | environmental, social and governance | outcomes/improved-esg-performance | The family of results one of the customer business outcomes is measured in.
FAQ | frequently asked questions | | A page of questions practitioners ask, each answered briefly and linkable on its own.
GDF | Global Delivery Framework | | The phases, processes and standards every engagement follows.
KPI | key performance indicator | | A measure with a baseline and a target that shows progress towards an outcome.
KT | knowledge transfer | processes/knowledge-transfer | The sessions and documents that let the customer run what the team built.
OQR | Opportunity Quality Review | processes/opportunity-quality-review | The quality gate an opportunity passes during technical validation, before the SOW is signed.
PESA | Pre-Engagement Security Assessment | processes/security-engagement | The security review completed before the SOW for engagements that need one.
PM | Practice Manager | roles/pm | The sales role that shapes the opportunity and the statement of work.
QBR | quarterly business review | | A review with the customer sponsor of progress, value and direction, held every quarter.
RACI | responsible, accountable, consulted, informed | | A matrix that says who does, answers for, is asked about and is told about each activity.
RAG | red, amber, green | | The three-colour rating of an engagement or workstream in status reports.
RAID | risks, assumptions, issues and dependencies | processes/risk-and-issue-management | The four kinds of item the RAID log records, each with an owner and a date.
S2D | Sales to Delivery | phases/s2d | The first phase, in which the account team hands the engagement to the delivery team.
SA | Solutions Architect | roles/sa | The account team role that brings the technical context of the sale.
SOW | statement of work | | The contract that sets scope, deliverables, acceptance and commercial terms.
TAM | Technical Account Manager | roles/tam | The account team role that supports operations once a solution is live.
VP | Vice President | roles/vp | The leadership role that sponsors the practice and its largest engagements.
back-to-green | | processes/delivery-quality-inspection | A plan that brings a red or amber engagement back to a green rating.
change request | | processes/change-control | A written, approved change to the scope, time or cost agreed in the SOW.
customer kickoff | | processes/customer-kickoff | The meeting that starts the engagement and sets shared expectations.
deliverable | | | Something the SOW says the team will hand to the customer for acceptance.
quality gate | | | A defined inspection point an engagement passes before it moves on.
retrospective | | | A meeting where the team looks back at how it worked and agrees what to change.
Sprint 0 | | processes/sprint-0 | The preparation sprint before delivery starts: people, access, environments and backlog.
stakeholder map | | | A list of the people who influence the engagement, their interests and how to engage them.
`);

const GENERIC_OBJECTS = readList(`
RAID log
weekly status report
deliverable tracking document
kickoff pack
change request log
knowledge transfer plan
stakeholder map
closing review pack
delivery backlog
access request list
escalation path
SOW
decision log
communication plan
resource plan
milestone plan
KPI dashboard
lessons learned register
environment inventory
meeting cadence
dependency list
sign-off record
onboarding checklist
RAG status
definition of done
risk register
`);

interface Verb {
	base: string;
	third: string;
	gerund: string;
	participle: string;
}

const VERBS: readonly Verb[] = readTable(`
review | reviews | reviewing | reviewed
confirm | confirms | confirming | confirmed
agree | agrees | agreeing | agreed
prepare | prepares | preparing | prepared
publish | publishes | publishing | published
update | updates | updating | updated
record | records | recording | recorded
share | shares | sharing | shared
check | checks | checking | checked
reconcile | reconciles | reconciling | reconciled
validate | validates | validating | validated
draft | drafts | drafting | drafted
baseline | baselines | baselining | baselined
circulate | circulates | circulating | circulated
revisit | revisits | revisiting | revisited
walk through | walks through | walking through | walked through
sign off | signs off | signing off | signed off
`).map(([base = '', third = '', gerund = '', participle = '']) => ({
	base,
	third,
	gerund,
	participle,
}));

const CONTEXTS = readList(`
before the customer kickoff
at the end of each sprint
during Sprint 0
in the weekly governance meeting
before the closing review
after every approved change request
when the RAG status turns amber
ahead of the QBR
within the first two weeks
before the team rolls off
at each quality gate
when a new stakeholder joins
before the DQI
as part of the S2D handover
before the D2S handback
with the customer sponsor
on a multi-team engagement
`);

const REASONS = readList(`
so that nobody is surprised at acceptance
because late surprises cost more than early questions
so that the customer sponsor sees the same picture as the team
which keeps every decision traceable
so the next phase starts from facts, not memory
because the customer remembers how issues were handled
so that risks have an owner before they become issues
which gives the account team an honest view of the engagement
so that quality is built in rather than inspected in later
because a document nobody reads protects nobody
so that the team spends its time on delivery, not on reconstruction
which makes the weekly conversation shorter and sharper
`);

const CONDITIONS = readList(`
the customer sponsor changes
a deliverable is rejected
the RAG status stays amber for two weeks
scope grows without a change request
a key consultant leaves
access to an environment is delayed
the customer disputes an acceptance criterion
two risks share the same owner
the budget burn runs ahead of plan
the kickoff date moves
an internal partner joins late
the customer asks for work outside the SOW
`);

const CONSEQUENCES = readList(`
Surprises in front of the sponsor turn into delays.
The team then argues about history instead of planning the next step.
Nobody owns the gap, so it grows quietly until acceptance.
The customer loses confidence faster than any plan can rebuild it.
Work done twice is still paid for once.
Escalations arrive late and carry more weight than they should.
The same finding comes back at the next quality gate.
Knowledge leaves with the people who held it.
`);

// id suffix | state
const STATES = readTable(`
agreed | agreed with the customer sponsor
reviewed | reviewed by the delivery team
published | published in the shared workspace
signed-off | signed off in writing
current | up to date
owned | owned by a named person
stored | stored with the engagement records
baselined | baselined
confirmed | confirmed in writing
walked-through | walked through with the customer project lead
`).map(([id = '', text = '']) => ({ id, text }));

const GERUNDS = ['Skipping', 'Rushing', 'Copying', 'Postponing', 'Over-engineering', 'Ignoring'];
const SECTIONS = ['Preparation', 'Governance', 'Commercials', 'Quality', 'People', 'Handover'];
const DUE_POINTS = readList(`
before-phase
phase-start
first-two-weeks
ongoing
before-exit
phase-exit
`);
const GENERIC_TAGS = words('governance documentation stakeholders quality planning communication');
const OWNERS = words('engagement-manager senior-pm dpm area-lead engagement-lead');

// --- Text engine ---------------------------------------------------------------------------

/** What one entry's text is about: its roles, the things it works on and where links may go. */
interface TextContext {
	random: Random;
	roles: readonly RoleSpec[];
	objects: readonly string[];
	links: readonly LinkTarget[];
}

/** Something a Markdown link or a `related` entry may point at: a generated page. */
interface LinkTarget {
	type: string;
	id: string;
	title: string;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const the = (thing: string) => `the ${thing}`;
const pathOf = (target: LinkTarget) => `/${target.type}/${target.id}/`;
const pick = <T>(c: TextContext, list: readonly T[]): T => c.random.pick(list);
const role = (c: TextContext) => c.random.pick(c.roles);
const verb = (c: TextContext) => c.random.pick(VERBS);
const thing = (c: TextContext) => the(c.random.pick(c.objects));

const SENTENCES: readonly ((c: TextContext) => string)[] = [
	(c) =>
		`${capitalize(role(c).prose)} ${verb(c).third} ${thing(c)} ${pick(c, CONTEXTS)}, ${pick(c, REASONS)}.`,
	(c) => `${capitalize(verb(c).base)} ${thing(c)} ${pick(c, CONTEXTS)}, ${pick(c, REASONS)}.`,
	(c) =>
		`If ${pick(c, CONDITIONS)}, ${verb(c).base} ${thing(c)} and tell ${role(c).prose} the same day.`,
	(c) => `Keep ${thing(c)} short and current, ${pick(c, REASONS)}.`,
	(c) => `The aim is simple: ${thing(c)} and ${thing(c)} tell the same story ${pick(c, CONTEXTS)}.`,
	(c) => `Most teams find that ${thing(c)} matters more than ${thing(c)}, ${pick(c, REASONS)}.`,
	(c) => `Ask ${role(c).prose} to ${verb(c).base} ${thing(c)} ${pick(c, CONTEXTS)}.`,
	(c) => `Write down who owns ${thing(c)}, when it is next reviewed and where it is stored.`,
	(c) =>
		`Earlier engagements show that ${thing(c)} drifts unless someone owns it ${pick(c, CONTEXTS)}.`,
	(c) =>
		`Use ${thing(c)} as the single source of truth ${pick(c, CONTEXTS)}, and link to it rather than copying it.`,
	(c) =>
		`When ${pick(c, CONDITIONS)}, ${role(c).prose} ${verb(c).third} ${thing(c)} within two working days.`,
	(c) =>
		`A short conversation with ${role(c).prose} ${pick(c, CONTEXTS)} usually saves a long one later.`,
];

function writeSentence(c: TextContext, template = c.random.pick(SENTENCES)): string {
	const sentence = template(c);
	if (c.links.length === 0 || !c.random.chance(0.12)) return sentence;
	const target = c.random.pick(c.links);
	// Starlight slugs the `## Pitfalls` heading of every playbook to `pitfalls`.
	if (target.type === 'playbooks' && c.random.chance(0.5)) {
		return `${sentence} The pitfalls of [${target.title}](${pathOf(target)}#pitfalls) apply here too.`;
	}
	return `${sentence} See [${target.title}](${pathOf(target)}) for how other teams handle it.`;
}

function writeSentences(c: TextContext, min: number, max: number): string {
	// Templates are drawn without repeats, so that no paragraph says the same thing twice.
	const templates = c.random.sample(SENTENCES, c.random.int(min, max));
	return templates.map((template) => writeSentence(c, template)).join(' ');
}

const writePitfall = (c: TextContext) =>
	`${pick(c, GERUNDS)} ${thing(c)} ${pick(c, CONTEXTS)}. ${pick(c, CONSEQUENCES)}`;

/** Words as a reader counts them: tokens holding a letter (not `-`, `1.` or `##`). */
export function countWords(text: string): number {
	return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

/** A `##` section of paragraphs, bullets or numbered items. */
interface Section {
	heading: string;
	style: 'paragraphs' | 'bullets' | 'numbered';
	blocks: string[];
	/** Writes one more block, or returns undefined when the section is full. */
	grow?: (section: Section) => string | undefined;
}

function renderSections(sections: readonly Section[]): string {
	return sections
		.map(({ heading, style, blocks }) => {
			const lines = blocks.map((block, index) =>
				style === 'paragraphs' ? block : `${style === 'bullets' ? '-' : `${index + 1}.`} ${block}`,
			);
			return `## ${heading}\n\n${lines.join(style === 'paragraphs' ? '\n\n' : '\n')}\n`;
		})
		.join('\n');
}

/** Adds blocks to random growable sections until the body reaches `targetWords`. */
function growSections(random: Random, sections: readonly Section[], targetWords: number): void {
	let count = countWords(renderSections(sections));
	const growable = sections.filter((section) => section.grow);
	while (count < targetWords && growable.length > 0) {
		const section = random.pick(growable);
		const block = section.grow?.(section);
		if (block === undefined) {
			growable.splice(growable.indexOf(section), 1);
			continue;
		}
		section.blocks.push(block);
		count += countWords(block);
	}
}

/** Grows a section up to `limit` blocks, none written twice; it is full when no new one comes. */
const upTo = (limit: number, write: () => string) => (section: Section) => {
	for (let attempt = 0; section.blocks.length < limit && attempt < 5; attempt++) {
		const block = write();
		if (!section.blocks.includes(block)) return block;
	}
	return undefined;
};

// --- The plan: every guidance entry's identity and place, decided before any text ----------

interface PlannedEntry extends LinkTarget {
	type: GuidanceType;
	summary: string;
	process: ProcessSpec;
	phases: string[];
	roles: RoleSpec[];
	outcomes: string[];
	tags: string[];
	owner: string;
	lastReviewed: string;
	reviewEveryDays: number;
	related: LinkTarget[];
}

/** How many entries each guidance collection gets: largest remainder, summing to `entries`. */
export function countGuidanceEntries(entries: number): Record<GuidanceType, number> {
	const exact = GUIDANCE_TYPES.map((type) => entries * GUIDANCE_SHARES[type]);
	const counts = exact.map((value) => Math.floor(value));
	const remainder = (index: number) => (exact[index] ?? 0) - (counts[index] ?? 0);
	const order = GUIDANCE_TYPES.map((_, index) => index).sort(
		(left, right) => remainder(right) - remainder(left) || left - right,
	);
	let missing = entries - counts.reduce((sum, count) => sum + count, 0);
	for (const index of order) {
		if (missing-- <= 0) break;
		counts[index] = (counts[index] ?? 0) + 1;
	}
	return Object.fromEntries(
		GUIDANCE_TYPES.map((type, index) => [type, counts[index] ?? 0]),
	) as Record<GuidanceType, number>;
}

function findRole(id: string): RoleSpec {
	const found = ROLES.find((candidate) => candidate.id === id);
	if (!found) throw new Error(`unknown role "${id}" in the synthetic vocabulary`);
	return found;
}

/** A title and a summary about the same subject, shaped by the entry's type. */
function writeHeadline(random: Random, type: GuidanceType, process: ProcessSpec, phase: PhaseSpec) {
	const object = random.pick([...process.objects, ...process.objects, ...GENERIC_OBJECTS]);
	const subject = the(object);
	const action = random.pick(VERBS).base;
	const titles: Record<GuidanceType, string[]> = {
		playbooks: [`${capitalize(action)} ${subject} ${random.pick(CONTEXTS)}`],
		runbooks: [`${capitalize(action)} and ${random.pick(VERBS).base} ${subject}`],
		considerations: [
			`When to ${action} ${subject}`,
			`Weighing ${subject} against ${the(random.pick(GENERIC_OBJECTS))}`,
			`${capitalize(subject)} ${random.pick(CONTEXTS)}`,
		],
		faqs: [`${process.title} FAQ`, `Questions about ${subject}`],
		checklists: [`${capitalize(object)} readiness checklist`, `${process.title} quality gate`],
	};
	const openings: Record<GuidanceType, string> = {
		playbooks: `How to approach ${subject} during ${phase.work}`,
		runbooks: `The exact steps to ${action} ${subject}, with checks and escalation`,
		considerations: `What to weigh before you ${action} ${subject}`,
		faqs: `Questions practitioners ask about ${subject}, answered briefly`,
		checklists: `What must be true about ${subject} before the team moves on`,
	};
	return {
		title: random.pick(titles[type]),
		summary: `${openings[type]}, ${random.pick(REASONS)}.`,
	};
}

const formatDate = (time: number) => new Date(time).toISOString().slice(0, 10);

function planEntries(random: Random, entries: number, reviewedUntil: number): PlannedEntry[] {
	const counts = countGuidanceEntries(entries);
	const width = Math.max(5, String(entries).length);
	const planned: PlannedEntry[] = [];
	// The content check wants each kind of guidance for every published process: the first
	// entries of those kinds go to the processes in turn, as far as there are enough of them.
	const covered = Math.min(PROCESSES.length, ...PROCESS_GUIDANCE_TYPES.map((type) => counts[type]));
	const required = new Set<GuidanceType>(PROCESS_GUIDANCE_TYPES);
	for (const type of GUIDANCE_TYPES) {
		for (let number = 1; number <= counts[type]; number++) {
			const inTurn = required.has(type) && number <= covered ? PROCESSES[number - 1] : undefined;
			const process = inTurn ?? random.pick(PROCESSES);
			const phases = process.phases.filter((_, index) => index === 0 || random.chance(0.5));
			const phase = PHASES.find((candidate) => candidate.id === phases[0]);
			if (!phase) throw new Error(`process "${process.id}" names no known phase`);
			const others = process.roles.filter((id) => id !== 'engagement-manager');
			planned.push({
				type,
				id: `${ID_PREFIX[type]}-${String(number).padStart(width, '0')}`,
				...writeHeadline(random, type, process, phase),
				process,
				phases,
				roles: ['engagement-manager', ...random.sample(others, random.int(1, 3))].map(findRole),
				outcomes: random.sample(process.outcomes, random.int(1, 2)),
				tags: random.sample([...process.tags, ...GENERIC_TAGS], random.int(2, 4)),
				owner: random.pick(OWNERS),
				lastReviewed: formatDate(reviewedUntil - random.int(0, 729) * DAY_MS),
				reviewEveryDays: random.pick([90, 180, 180, 365]),
				related: [],
			});
		}
	}
	const processLinks = PROCESSES.map(({ id, title }) => ({ type: 'processes', id, title }));
	for (const [index, entry] of planned.entries()) {
		const wanted = random.int(2, 4);
		const related = new Set<LinkTarget>();
		// Random indices rather than a shuffle of the whole plan, which would cost O(N) per entry.
		for (let attempt = 0; related.size < wanted && attempt < 20 && planned.length > 1; attempt++) {
			const other = random.int(0, planned.length - 1);
			if (other !== index) related.add(planned[other] as LinkTarget);
		}
		// A tiny catalog has too few entries to link to; its processes stand in.
		for (const link of random.sample(processLinks, wanted - related.size)) related.add(link);
		entry.related = [...related];
	}
	return planned;
}

// --- YAML and front matter -----------------------------------------------------------------

type YamlValue =
	| string
	| number
	| boolean
	| undefined
	| readonly string[]
	| readonly Record<string, YamlValue>[]
	| { readonly [key: string]: string };

const PLAIN_SCALAR = /^[A-Za-z0-9][A-Za-z0-9 ,.'()&/–—-]*[A-Za-z0-9.)]$/;

/** A YAML scalar: plain when that is safe, otherwise a JSON string (valid YAML, no `#` trap). */
function toYamlString(value: string): string {
	return PLAIN_SCALAR.test(value) ? value : JSON.stringify(value);
}

/** Ids and links (`faqs/f-00001`) fit a flow list; sentences and objects need block lists. */
const isIdList = (value: readonly unknown[]): value is readonly string[] =>
	value.every((item) => typeof item === 'string' && /^[a-z0-9/-]+$/.test(item));

/** A mapping of short values (the play facts), written as one flow mapping. */
const isMapping = (value: object): value is { readonly [key: string]: string } =>
	!Array.isArray(value);

function toYaml(fields: Readonly<Record<string, YamlValue>>, indent = ''): string {
	const lines: string[] = [];
	for (const [key, value] of Object.entries(fields)) {
		if (value === undefined) continue;
		if (typeof value === 'string') lines.push(`${indent}${key}: ${toYamlString(value)}`);
		else if (typeof value !== 'object') lines.push(`${indent}${key}: ${String(value)}`);
		else if (isMapping(value)) {
			const pairs = Object.entries(value);
			lines.push(
				`${indent}${key}: { ${pairs.map(([name, text]) => `${name}: ${text}`).join(', ')} }`,
			);
		} else if (isIdList(value)) lines.push(`${indent}${key}: [${value.join(', ')}]`);
		else {
			lines.push(`${indent}${key}:`);
			for (const item of value) {
				const text =
					typeof item === 'string'
						? toYamlString(item)
						: toYaml(item, `${indent}    `).slice(indent.length + 4, -1);
				lines.push(`${indent}  - ${text}`);
			}
		}
	}
	return `${lines.join('\n')}\n`;
}

const writeMarkdown = (fields: Readonly<Record<string, YamlValue>>, body: string) =>
	`---\n${toYaml(fields)}---\n\n${body.trimEnd()}\n`;

const relatedLinks = (entry: PlannedEntry) =>
	entry.related.map((target) => `${target.type}/${target.id}`);

function guidanceFields(entry: PlannedEntry): Record<string, YamlValue> {
	return {
		title: entry.title,
		summary: entry.summary,
		phases: entry.phases,
		process: entry.process.id,
		roles: entry.roles.map((member) => member.id),
		outcomes: entry.outcomes,
		tags: entry.tags,
		owner: entry.owner,
		lastReviewed: entry.lastReviewed,
		reviewEveryDays: entry.reviewEveryDays,
		status: 'published',
		changes: firstPublished(entry.lastReviewed),
	};
}

/** Markdown guidance lists its related entries in `related`; a checklist in its items' `guidance`. */
const withRelated = (entry: PlannedEntry) => ({
	...guidanceFields(entry),
	related: relatedLinks(entry),
});

function writeLinkBullets(entry: PlannedEntry): string[] {
	return [
		...entry.related.map((target) => `[${target.title}](${pathOf(target)})`),
		`[${entry.process.title}](/processes/${entry.process.id}/), the process this belongs to`,
	];
}

// --- Guidance writers ----------------------------------------------------------------------

function contextFor(random: Random, entry: PlannedEntry): TextContext {
	const objects = [...entry.process.objects, ...entry.process.objects, ...GENERIC_OBJECTS];
	return { random, roles: entry.roles, objects, links: entry.related };
}

const PREPARATIONS = ['15m', '30m', '1h', '2h', '4h', '1d'];
const RUNNING_TIMES = ['30m', '45m', '1h', '90m', '2h', '3h', '6h', '1d', '1w', '2w'];
const PEOPLE = ['2', '2-4', '3-6', '3-8', '4-8', '6-12', '10+'];
const DIFFICULTIES = ['easy', 'medium', 'hard'];

/**
 * A playbook's play facts, drawn from its id rather than the seeded stream, so adding them left
 * every entry's text as it was. Every values list has a different length, so they vary apart.
 */
function playFactsOf(entry: PlannedEntry): Record<string, string> {
	let hash = 2166136261;
	for (const char of entry.id) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
	const pickBy = (list: readonly string[], salt: number) =>
		list[Math.floor(hash / salt) % list.length] ?? '';
	return {
		preparation: pickBy(PREPARATIONS, 1),
		running: pickBy(RUNNING_TIMES, 7),
		people: pickBy(PEOPLE, 61),
		difficulty: pickBy(DIFFICULTIES, 541),
	};
}

function writePlaybook(random: Random, entry: PlannedEntry): string {
	const c = contextFor(random, entry);
	const paragraph = () => writeSentences(c, 2, 4);
	const when = () => capitalize(`${pick(c, ['when', 'if', 'as soon as'])} ${pick(c, CONDITIONS)}.`);
	const input = () => `${capitalize(thing(c))}, ${pick(c, STATES).text}.`;
	const step = () => writeSentences(c, 1, 3);
	const duty = (member: RoleSpec) =>
		`**${member.title}**: ${member.duty}, and ${verb(c).third} ${thing(c)} ${pick(c, CONTEXTS)}.`;
	const sections: Section[] = [
		{ heading: 'Purpose', style: 'paragraphs', blocks: [paragraph()], grow: upTo(4, paragraph) },
		{ heading: 'When to use', style: 'bullets', blocks: [when(), when()], grow: upTo(6, when) },
		{ heading: 'Roles', style: 'bullets', blocks: entry.roles.map(duty) },
		{ heading: 'Inputs', style: 'bullets', blocks: [input(), input()], grow: upTo(7, input) },
		{ heading: 'Steps', style: 'numbered', blocks: [step(), step(), step()], grow: upTo(14, step) },
		{ heading: 'Outputs', style: 'bullets', blocks: [input(), input()], grow: upTo(6, input) },
		{
			heading: 'Pitfalls',
			style: 'bullets',
			blocks: [writePitfall(c), writePitfall(c)],
			grow: upTo(8, () => writePitfall(c)),
		},
		{ heading: 'Related', style: 'bullets', blocks: writeLinkBullets(entry) },
	];
	growSections(random, sections, random.int(930, 1120));
	return writeMarkdown(
		{ ...withRelated(entry), play: playFactsOf(entry) },
		renderSections(sections),
	);
}

function writeRunbookStep(c: TextContext): string {
	const subject = thing(c);
	const detail = c.random.chance(0.5) ? ` ${writeSentence(c)}` : '';
	return `**${role(c).title}** — ${capitalize(verb(c).base)} ${subject} ${pick(c, CONTEXTS)}.${detail} *Result:* ${subject} is ${pick(c, STATES).text}.`;
}

function writeRunbook(random: Random, entry: PlannedEntry): string {
	const c = contextFor(random, entry);
	const prerequisite = () => `${capitalize(thing(c))} is ${pick(c, STATES).text}.`;
	const check = () =>
		`${capitalize(role(c).prose)} can see that ${thing(c)} is ${pick(c, STATES).text}.`;
	const step = () => writeRunbookStep(c);
	const escalate = `If a step cannot be completed within two working days, tell ${role(c).prose} and record it in the RAID log.`;
	const sections: Section[] = [
		{
			heading: 'Trigger',
			style: 'paragraphs',
			blocks: [`Run this ${pick(c, CONTEXTS)}, or as soon as ${pick(c, CONDITIONS)}.`],
			grow: upTo(2, () => writeSentences(c, 1, 2)),
		},
		{
			heading: 'Prerequisites',
			style: 'bullets',
			blocks: [prerequisite(), prerequisite()],
			grow: upTo(6, prerequisite),
		},
		{ heading: 'Steps', style: 'numbered', blocks: [step(), step(), step()], grow: upTo(14, step) },
		{ heading: 'Verification', style: 'bullets', blocks: [check()], grow: upTo(5, check) },
		{
			heading: 'Escalation',
			style: 'paragraphs',
			blocks: [escalate],
			grow: upTo(3, () => writeSentences(c, 1, 3)),
		},
	];
	growSections(random, sections, random.int(560, 640));
	return writeMarkdown(withRelated(entry), renderSections(sections));
}

function writeConsideration(random: Random, entry: PlannedEntry): string {
	const c = contextFor(random, entry);
	const paragraph = () => writeSentences(c, 2, 3);
	const weigh = () => `**${capitalize(thing(c))}**: ${writeSentences(c, 1, 2)}`;
	const signal = () => `${capitalize(pick(c, CONDITIONS))}. ${pick(c, CONSEQUENCES)}`;
	const sections: Section[] = [
		{
			heading: 'Why it matters',
			style: 'paragraphs',
			blocks: [paragraph()],
			grow: upTo(3, paragraph),
		},
		{ heading: 'What to weigh', style: 'bullets', blocks: [weigh()], grow: upTo(5, weigh) },
		{ heading: 'Signals to watch', style: 'bullets', blocks: [signal()], grow: upTo(4, signal) },
		{ heading: 'Related', style: 'bullets', blocks: writeLinkBullets(entry) },
	];
	growSections(random, sections, random.int(320, 360));
	return writeMarkdown(withRelated(entry), renderSections(sections));
}

const QUESTIONS: readonly ((c: TextContext) => string)[] = [
	(c) => `Who owns ${thing(c)}?`,
	(c) => `When should we ${verb(c).base} ${thing(c)}?`,
	(c) => `What happens if ${pick(c, CONDITIONS)}?`,
	(c) => `How often should ${role(c).prose} ${verb(c).base} ${thing(c)}?`,
	(c) => `Do we need ${thing(c)} on a short engagement?`,
	(c) => `Where is ${thing(c)} kept?`,
	(c) => `Can ${role(c).prose} sign off ${thing(c)}?`,
	(c) => `What does good look like for ${thing(c)}?`,
];

function writeFaq(random: Random, entry: PlannedEntry): string {
	const c = contextFor(random, entry);
	const questions = new Set<string>();
	const wanted = random.int(4, 8);
	for (let attempt = 0; questions.size < wanted && attempt < 100; attempt++) {
		questions.add(capitalize(random.pick(QUESTIONS)(c)));
	}
	const body = [...questions].map((question) => `## ${question}\n\n${writeSentences(c, 2, 4)}\n`);
	return writeMarkdown(withRelated(entry), body.join('\n'));
}

/** 8 to 25 checklist items with ids unique in the checklist; every `guidance` link is used. */
function writeChecklistItems(c: TextContext, guidance: readonly string[]) {
	const used = new Set<string>();
	return Array.from({ length: c.random.int(8, 25) }, (_, index) => {
		const subject = pick(c, c.objects);
		const state = pick(c, STATES);
		const base = toSlug(`${subject} ${state.id}`);
		let id = base;
		for (let suffix = 2; used.has(id); suffix++) id = `${base}-${suffix}`;
		used.add(id);
		return {
			id,
			text: `${capitalize(the(subject))} is ${state.text}.`,
			role: role(c).id,
			required: c.random.chance(0.75),
			due: pick(c, DUE_POINTS),
			section: pick(c, SECTIONS),
			guidance:
				index < guidance.length
					? [guidance[index] ?? '']
					: c.random.sample(guidance, c.random.int(0, 1)),
		};
	});
}

function writeChecklist(random: Random, entry: PlannedEntry): string {
	const c = contextFor(random, entry);
	return toYaml({
		...guidanceFields(entry),
		kind: random.pick(['quality-gate', 'procedure']),
		// The intro is shown as plain text, so it gets no Markdown links.
		intro: writeSentences({ ...c, links: [] }, 1, 2),
		items: writeChecklistItems(c, relatedLinks(entry)),
	});
}

const WRITERS: Record<GuidanceType, (random: Random, entry: PlannedEntry) => string> = {
	playbooks: writePlaybook,
	runbooks: writeRunbook,
	considerations: writeConsideration,
	faqs: writeFaq,
	checklists: writeChecklist,
};

// --- Structure writers: phases, processes, roles, outcomes, standards, glossary -------------

interface Structure {
	random: Random;
	planned: readonly PlannedEntry[];
	/** A review date within the two years before `reviewedUntil`. */
	date: () => string;
}

function textFor(
	s: Structure,
	roles: readonly RoleSpec[],
	objects: readonly string[],
): TextContext {
	return { random: s.random, roles, objects: [...objects, ...GENERIC_OBJECTS], links: [] };
}

function freshness(s: Structure, owner: string): Record<string, YamlValue> {
	const lastReviewed = s.date();
	return {
		owner,
		lastReviewed,
		reviewEveryDays: 180,
		status: 'published',
		changes: firstPublished(lastReviewed),
	};
}

/** An entry's history: published on the day it was last reviewed. */
function firstPublished(date: string): YamlValue {
	return [{ date, type: 'major', note: 'First published.' }];
}

const bullets = (count: number, write: () => string) =>
	Array.from({ length: count }, () => `- ${write()}`).join('\n');

function writePhase(s: Structure, phase: PhaseSpec, order: number): GeneratedFile[] {
	const processes = PROCESSES.filter((process) => process.phases.includes(phase.id));
	const roleIds = [...new Set(processes.flatMap((process) => process.roles))];
	const c = textFor(
		s,
		roleIds.map(findRole),
		processes.flatMap((process) => process.objects),
	);
	const criterion = () => `${capitalize(thing(c))} is ${pick(c, STATES).text}`;
	const raci = processes.slice(0, 6).map((process) => {
		const [accountable = 'engagement-manager', ...others] = s.random.sample(
			process.roles,
			process.roles.length,
		);
		return {
			activity: `Run the ${process.title} process`,
			responsible: [accountable],
			accountable,
			consulted: others.slice(0, 2),
			informed: others.slice(2),
		};
	});
	const steps = processes.map(
		(process, index) =>
			`${index + 1}. **${process.title}.** ${writeSentences(c, 1, 2)} See [${process.title}](/processes/${process.id}/).`,
	);
	const body = [
		`## Purpose\n\n${phase.summary} ${writeSentences(c, 3, 4)}\n`,
		`## How this phase runs\n\n${steps.join('\n')}\n`,
		`## What good looks like\n\n${bullets(4, () => writeSentence(c))}\n`,
		`## Common pitfalls\n\n${bullets(4, () => writePitfall(c))}\n`,
	];
	const checklistId = `${phase.id}-phase`;
	const phaseFile = writeMarkdown(
		{
			title: phase.title,
			summary: phase.summary,
			order,
			shortName: phase.shortName,
			goals: Array.from(
				{ length: 4 },
				() => `${capitalize(verb(c).base)} ${thing(c)} ${pick(c, CONTEXTS)}`,
			),
			entryCriteria: Array.from({ length: 3 }, criterion),
			exitCriteria: Array.from({ length: 4 }, criterion),
			roles: roleIds,
			outcomes: [...new Set(processes.flatMap((process) => process.outcomes))],
			raci,
			checklist: checklistId,
			tags: [phase.id, 'phase'],
			...freshness(s, 'area-lead'),
		},
		body.join('\n'),
	);
	const guidance = s.planned
		.filter((entry) => entry.phases.includes(phase.id))
		.slice(0, 20)
		.map((entry) => `${entry.type}/${entry.id}`);
	const checklist = toYaml({
		title: `${phase.shortName} phase checklist`,
		summary: `What must be done before the ${phase.shortName} phase can close, item by item.`,
		phases: [phase.id],
		process: processes[0]?.id,
		roles: roleIds,
		...freshness(s, 'engagement-manager'),
		kind: 'phase',
		items: writeChecklistItems(
			c,
			guidance.length > 0 ? guidance : processes.map((process) => `processes/${process.id}`),
		),
	});
	return [
		{ path: `phases/${phase.id}.md`, text: phaseFile },
		{ path: `checklists/${checklistId}.yaml`, text: checklist },
	];
}

/** Whether the plan gives a process at least one entry of each kind the content check wants. */
function isCovered(planned: readonly PlannedEntry[], process: ProcessSpec): boolean {
	return PROCESS_GUIDANCE_TYPES.every((type) =>
		planned.some((entry) => entry.type === type && entry.process.id === process.id),
	);
}

function writeProcess(s: Structure, process: ProcessSpec): GeneratedFile {
	const roles = process.roles.map(findRole);
	const c = textFor(s, roles, process.objects);
	const body = [
		`## What it is\n\n${writeSentences(c, 3, 5)}\n`,
		`## How it runs\n\n${bullets(5, () => writeSentence(c))}\n`,
		`## Who takes part\n\n${roles.map((member) => `- [${member.title}](/roles/${member.id}/) ${member.duty}.`).join('\n')}\n`,
	];
	const summary = `A GDF process: ${the(process.objects[0] ?? 'work')} and everything that goes with it, ${pick(c, REASONS)}.`;
	const fields = {
		title: process.title,
		summary,
		phases: process.phases,
		roles: process.roles,
		outcomes: process.outcomes,
		standards: process.standards,
		tags: process.tags,
		...freshness(s, 'area-lead'),
		// A catalog too small to give this process every kind of guidance keeps it as deprecated,
		// which the content check leaves alone; from 100 entries on, every process is covered.
		status: isCovered(s.planned, process) ? 'published' : 'deprecated',
	};
	return { path: `processes/${process.id}.md`, text: writeMarkdown(fields, body.join('\n')) };
}

function writeRole(s: Structure, member: RoleSpec): GeneratedFile {
	const c = textFor(s, [member], []);
	const phases = PHASES.filter((phase) =>
		PROCESSES.some(
			(process) => process.phases.includes(phase.id) && process.roles.includes(member.id),
		),
	);
	// Leadership and partner roles take part in no process; give them the first phase.
	const duties = (phases.length > 0 ? phases : PHASES.slice(0, 1)).map((phase) => ({
		phase: phase.id,
		does: `${capitalize(verb(c).third)} ${thing(c)} during ${phase.work}.`,
	}));
	const fields = {
		title: member.title,
		summary: `${capitalize(member.prose)} ${member.duty}.`,
		persona: member.persona,
		abbreviation: member.abbreviation,
		duties,
		...freshness(s, 'area-lead'),
	};
	const body = `## What this role does\n\n${capitalize(member.prose)} ${member.duty}. ${writeSentences(c, 3, 5)}\n`;
	return { path: `roles/${member.id}.md`, text: writeMarkdown(fields, body) };
}

function writeOutcome(
	s: Structure,
	[id = '', title = '', owner = '', summary = '', measures = '']: string[],
) {
	const c = textFor(s, ROLES.slice(0, 6), []);
	const fields = { title, summary, measures: measures.split('; '), ...freshness(s, owner) };
	const body = `## What it means\n\n${summary} ${writeSentences(c, 3, 4)}\n`;
	return { path: `outcomes/${id}.md`, text: writeMarkdown(fields, body) };
}

function writeStandard(s: Structure, [id = '', title = '', phases = '']: string[]): GeneratedFile {
	const processes = PROCESSES.filter((process) => process.standards.includes(id));
	const roles = [...new Set(processes.flatMap((process) => process.roles))];
	const c = textFor(
		s,
		roles.map(findRole),
		processes.flatMap((process) => process.objects),
	);
	const guidance = [
		...processes.map((process) => `processes/${process.id}`),
		...s.planned
			.filter((entry) => processes.includes(entry.process))
			.slice(0, 3)
			.map((entry) => `${entry.type}/${entry.id}`),
	];
	const fields = {
		title,
		summary: `The worldwide bar for ${title.toLowerCase().replace(/ \(.*\)$/, '')}, and the guidance that helps an engagement meet it.`,
		phases: words(phases),
		roles,
		guidance,
		...freshness(s, 'senior-pm'),
	};
	const body = `## The standard\n\n${bullets(4, () => writeSentence(c))}\n\n## How to meet it\n\n${writeSentences(c, 3, 5)}\n`;
	return { path: `standards/${id}.md`, text: writeMarkdown(fields, body) };
}

function writeGlossaryTerm(
	s: Structure,
	[term = '', expansion, seeAlso, definition = '']: string[],
) {
	const lastReviewed = s.date();
	const text = toYaml({
		term,
		expansion: expansion || undefined,
		definition,
		seeAlso: seeAlso ? [seeAlso] : undefined,
		owner: 'area-lead',
		lastReviewed,
		reviewEveryDays: 365,
		status: 'published',
		changes: firstPublished(lastReviewed),
	});
	return { path: `glossary/${toSlug(term)}.yaml`, text };
}

/**
 * One document and one register template, the same at every size: what a benchmark needs to see
 * the files built once per build, and never per page.
 */
function writeTemplates(s: Structure): GeneratedFile[] {
	const lastReviewed = s.date();
	const common = {
		phases: ['launch', 'manage-and-inspect'],
		roles: ['engagement-manager'],
		outcomes: ['reduced-business-risk'],
		owner: 'senior-pm',
		lastReviewed,
		status: 'published',
		changes: firstPublished(lastReviewed),
	};
	// Quoted, as authors write it: toYaml would write 1.0 plain, which YAML reads as a number.
	const version = 'version: "1.0"\n';
	const document = toYaml({
		title: 'Weekly status report',
		summary:
			'The weekly report to the customer sponsor: status, progress, risks and decisions needed.',
		process: 'governance-and-status',
		...common,
		kind: 'document',
		purpose: 'Tells the customer sponsor where the engagement stands, in one page.',
		whenToUse: 'Every week from the kickoff until the engagement closes.',
	});
	const register = toYaml({
		title: 'RAID log',
		summary: 'A register of risks, assumptions, issues and dependencies with owners and dates.',
		process: 'risk-and-issue-management',
		...common,
		kind: 'register',
		purpose: 'Keeps every risk, assumption, issue and dependency owned and dated.',
		whenToUse: 'From the kickoff, reviewed every week until the close.',
	});
	const body = [
		'> Delete the guidance before you send the report.',
		'## Summary',
		'| Status | Reason |\n| --- | --- |\n| {{Red / Amber / Green}} | {{Why}} |',
		'## Next steps',
		'- {{Next step}}\n- {{Next step}}',
	].join('\n\n');
	const columns = `columns:
  - { name: Title, type: text, required: true, help: The item in a few words. }
  - { name: Owner, type: person, required: true, help: Who drives the next action. }
  - { name: Rating, type: choice, required: true, allowed: [Red, Amber, Green], help: The rating. }
  - { name: Due, type: date, help: When the next action is due. }
instructions:
  - One line per item, never deleted.
`;
	return [
		{
			path: 'templates/weekly-status-report.md',
			text: `---\n${document}${version}---\n\n${body}\n`,
		},
		{ path: 'templates/raid-log.yaml', text: `${register}${version}${columns}` },
	];
}

// --- Entry point -----------------------------------------------------------------------------

/**
 * Generates a complete, valid content tree: 4 phases with their checklists, 15 processes, 19
 * roles, 4 outcomes, 8 standards, a glossary, two templates, and `entries` guidance entries split
 * by GUIDANCE_SHARES.
 */
export function generateSyntheticCatalog(options: SyntheticCatalogOptions): GeneratedFile[] {
	const { entries, seed, reviewedUntil = DEFAULT_REVIEWED_UNTIL } = options;
	if (!Number.isSafeInteger(entries) || entries < 0) {
		throw new RangeError(`entries must be a whole number of 0 or more, not ${entries}`);
	}
	if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a whole number, not ${seed}`);
	const until = Date.parse(`${reviewedUntil}T00:00:00Z`);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(reviewedUntil) || Number.isNaN(until)) {
		throw new RangeError(`reviewedUntil must be a date as YYYY-MM-DD, not "${reviewedUntil}"`);
	}
	const random = createRandom(seed);
	const planned = planEntries(random, entries, until);
	const s: Structure = {
		random,
		planned,
		date: () => formatDate(until - random.int(0, 729) * DAY_MS),
	};
	return [
		...PHASES.flatMap((phase, index) => writePhase(s, phase, index + 1)),
		...PROCESSES.map((process) => writeProcess(s, process)),
		...ROLES.map((member) => writeRole(s, member)),
		...OUTCOMES.map((row) => writeOutcome(s, row)),
		...STANDARDS.map((row) => writeStandard(s, row)),
		...GLOSSARY.map((row) => writeGlossaryTerm(s, row)),
		...writeTemplates(s),
		...planned.map((entry) => ({
			path: `${entry.type}/${entry.id}.${entry.type === 'checklists' ? 'yaml' : 'md'}`,
			text: WRITERS[entry.type](random, entry),
		})),
	];
}
