import type {
	DocumentTemplateSource,
	RegisterTemplateSource,
} from '../../../../src/lib/templates/source.ts';

const common = {
	title: 'Status report',
	summary: 'The weekly status report.',
	version: '1.2',
	owner: 'Delivery practice manager',
	lastReviewed: '2026-10-01',
	purpose: 'Tells the sponsor where the engagement stands.',
	whenToUse: 'Every Friday.',
	siteUrl: 'https://pdp.example.com',
};

/** A document template with every block a template may hold. */
export function documentSource(body?: string): DocumentTemplateSource {
	return {
		...common,
		id: 'status-report',
		kind: 'document',
		body:
			body ??
			`> Delete the guidance before you send it.

## Summary

{{Customer name}} is **on track**, says _the team_.

| Status | Reason |
| --- | --- |
| {{Red / Amber / Green}} | {{Why (in one line)}} |

### Next steps

1. {{First step}}
2. Second step
   - {{Detail}}

## Decisions needed

- {{Decision}} by {{Date}}
`,
	};
}

/** A register template with a choice, a date, a number and a free-text column. */
export function registerSource(): RegisterTemplateSource {
	return {
		...common,
		id: 'raid-log',
		title: 'RAID log',
		kind: 'register',
		columns: [
			{ name: 'Ref', type: 'text', required: true, help: 'A stable reference.' },
			{
				name: 'RAG',
				type: 'choice',
				required: true,
				allowed: ['Red', 'Amber', 'Green'],
				help: 'The rating.',
			},
			{ name: 'Due', type: 'date', required: false, help: 'When the action is due.' },
			{ name: 'Days late', type: 'number', required: false, help: 'How late it is.' },
			{ name: 'Note', type: 'longtext', required: false, help: 'Anything else.' },
		],
		instructions: ['One line per item.', 'Never delete a closed line.'],
		examples: [
			{
				Ref: 'R-001',
				RAG: 'Amber',
				Due: '2026-12-08',
				'Days late': 2,
				Note: '=HYPERLINK("http://x")',
			},
		],
	};
}
