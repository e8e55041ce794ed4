/* Names shared by every schema file, kept apart so schema files can import each other. */

/** Every catalog collection, in the order the site lists content types. */
export const COLLECTIONS = [
	'phases',
	'processes',
	'playbooks',
	'runbooks',
	'considerations',
	'faqs',
	'checklists',
	'roles',
	'outcomes',
	'templates',
	'standards',
	'glossary',
	'questions',
] as const;

/** Name of one catalog collection, which is also its folder under `content/` and its URL prefix. */
export type CollectionName = (typeof COLLECTIONS)[number];

/** Kebab-case identifier: lowercase letters and digits separated by single hyphens. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
