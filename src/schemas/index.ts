import type { CollectionName, ReferenceFactory } from './common.ts';
import { checklistSchema } from './checklists.ts';
import { considerationSchema } from './considerations.ts';
import { faqSchema } from './faqs.ts';
import { glossarySchema } from './glossary.ts';
import { outcomeSchema } from './outcomes.ts';
import { phaseSchema } from './phases.ts';
import { playbookSchema } from './playbooks.ts';
import { processSchema } from './processes.ts';
import { questionSchema } from './questions.ts';
import { roleSchema } from './roles.ts';
import { runbookSchema } from './runbooks.ts';
import { standardSchema } from './standards.ts';
import { templateSchema } from './templates.ts';

/** The schema factory of every collection, keyed by collection name. */
export const SCHEMAS = {
	phases: phaseSchema,
	processes: processSchema,
	playbooks: playbookSchema,
	runbooks: runbookSchema,
	considerations: considerationSchema,
	faqs: faqSchema,
	checklists: checklistSchema,
	roles: roleSchema,
	outcomes: outcomeSchema,
	templates: templateSchema,
	standards: standardSchema,
	glossary: glossarySchema,
	questions: questionSchema,
} satisfies Record<CollectionName, (reference: ReferenceFactory) => unknown>;

export { COLLECTION_FORMATS, describeFormats, formatOfFile } from './collections.ts';
