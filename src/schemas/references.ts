import { z } from 'astro/zod';
import { authoredIssue } from './authored-messages.ts';
import { COLLECTIONS, KEBAB_CASE, type CollectionName } from './names.ts';

/** A link to an entry of any collection, with an optional `#fragment` inside its page. */
export interface EntryLink {
	collection: CollectionName;
	id: string;
	fragment?: string;
}

const ENTRY_LINK = /^([a-z]+)\/([a-z0-9-]+)(?:#([a-z0-9-]+))?$/;

/**
 * A link to an entry of any type, written as its site path: `playbooks/customer-kickoff` or
 * `faqs/kickoff-faq#who-attends`. Astro's `reference()` names a single collection, and guidance
 * may live in several; the content check resolves these exactly as it resolves references.
 */
export const entryLink = z
	.string()
	.meta({ entryLink: true })
	.transform((value, context): EntryLink => {
		const match = ENTRY_LINK.exec(value.trim());
		const collection = match?.[1] as CollectionName | undefined;
		const id = match?.[2];
		if (!match || !collection || !id || !COLLECTIONS.includes(collection) || !KEBAB_CASE.test(id)) {
			context.addIssue(
				authoredIssue(
					`"${value}" is not an entry link`,
					`write <type>/<id>, e.g. "playbooks/customer-kickoff", where <type> is one of ${COLLECTIONS.join(', ')}`,
				),
			);
			return z.NEVER;
		}
		return match[3] ? { collection, id, fragment: match[3] } : { collection, id };
	});
