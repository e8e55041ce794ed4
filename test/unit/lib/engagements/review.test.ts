import { describe, expect, test } from 'vitest';
import { reviewRecordMarkdown } from '../../../../src/lib/engagements/review.ts';
import { catalog, sampleWork } from './fixtures.ts';

const siteUrl = 'https://pdp.example.com/';

function section(markdown: string, heading: string): string {
	const start = markdown.indexOf(`## ${heading}\n`);
	const end = markdown.indexOf('\n## ', start + 1);
	return markdown.slice(start, end === -1 ? undefined : end);
}

describe('reviewRecordMarkdown', () => {
	const markdown = reviewRecordMarkdown({
		work: sampleWork(),
		catalog,
		siteUrl,
		today: '2027-03-01',
		dueOf: (checklist, item) =>
			checklist === 'kickoff-ready' && item === 'team-named' ? '2027-01-11' : undefined,
	});

	test('opens with the engagement: name, customer, statement of work, dates', () => {
		expect(markdown.split('\n').slice(0, 8)).toEqual([
			'# Acme migration: engagement review',
			'',
			'- Customer: Acme',
			'- Statement of work: SOW-7',
			'- Dates: 2027-01-04 to 2027-06-30',
			'- Review record of 2027-03-01',
			'- Notes: Line one<br>line two',
			'',
		]);
	});

	test('shows each phase’s checklists with their progress and what is filed', () => {
		expect(section(markdown, 'Launch')).toBe(
			[
				'## Launch',
				'',
				'Dates: 2027-01-04 to 2027-02-01',
				'',
				'| Checklist | Required done | All done | Filed |',
				'| --- | --- | --- | --- |',
				'| [Kickoff readiness](https://pdp.example.com/checklists/kickoff-ready/) | 1 of 2 | 1 of 3 | run Acme migration |',
				'',
			].join('\n'),
		);
		expect(section(markdown, 'Manage and inspect')).toContain(
			'| [Operational quality review](https://pdp.example.com/checklists/oqr/) | 1 of 2 | 1 of 4 | run Acme OQR, assessment Acme OQR |',
		);
		expect(section(markdown, 'Sell to deliver')).toContain('No checklists.');
	});

	test('gives each gate its status', () => {
		expect(section(markdown, 'Gates')).toContain(
			'| [Operational quality review](https://pdp.example.com/gates/oqr/) | Not met |',
		);
		expect(section(markdown, 'Gates')).toContain(
			'| [Customer satisfaction](https://pdp.example.com/gates/csat/) | Not started |',
		);
	});

	test('lists items not done, required first, with absolute links, roles and due dates', () => {
		const items = section(markdown, 'Items not done')
			.split('\n')
			.filter((line) => line.startsWith('- '));
		expect(items).toEqual([
			'- [Item team-named](https://pdp.example.com/checklists/kickoff-ready/#team-named) — Kickoff readiness · Engagement manager · required · due 2027-01-11',
			'- [Item risks-logged](https://pdp.example.com/checklists/oqr/#risks-logged) — Operational quality review · Project manager · required',
			'- [Item room-booked](https://pdp.example.com/checklists/kickoff-ready/#room-booked) — Kickoff readiness · Consultant · optional',
			'- [Item raid-current](https://pdp.example.com/checklists/oqr/#raid-current) — Operational quality review · Engagement manager · optional',
			'- [Item constructor](https://pdp.example.com/checklists/oqr/#constructor) — Operational quality review · Engagement manager · optional',
		]);
	});

	test('lists ratings not met with their notes, and what is no longer in the checklists', () => {
		expect(section(markdown, 'Ratings not met')).toContain(
			'- [Item risks-logged](https://pdp.example.com/checklists/oqr/#risks-logged) (Operational quality review): Partly. Half the risks.',
		);
		expect(section(markdown, 'No longer in the checklists')).toContain(
			'- Operational quality review: retired-item ticked',
		);
	});

	test('escapes every text the reader or a file gave', () => {
		const work = sampleWork();
		work.engagement.name = 'Acme | [evil](https://x.example) *bold*';
		work.engagement.customer = 'Line\nbreak <script>';
		const run = work.runs.get('kickoff-ready');
		if (run) run.name = 'a | b';
		work.assessments
			.get('oqr')
			?.ratings.set('risks-logged', { rating: 'not-met', note: '| cell |\n# heading' });
		work.assessments.get('oqr')?.ratings.set('old-item', { rating: 'met', note: '[x](y)' });
		const escaped = reviewRecordMarkdown({
			work,
			catalog,
			siteUrl: 'https://pdp.example.com',
			today: '2027-03-01',
		});
		expect(escaped).toContain(
			'# Acme \\| \\[evil\\](https://x.example) \\*bold\\*: engagement review',
		);
		expect(escaped).toContain('- Customer: Line<br>break \\<script\\>');
		expect(escaped).toContain('| run a \\| b |');
		expect(escaped).toContain('(Operational quality review): Not met. \\| cell \\|<br>\\# heading');
		expect(escaped).toContain('old-item rated Met: \\[x\\](y)');
		const rows = escaped.split('\n').filter((line) => line.startsWith('| '));
		for (const row of rows)
			expect(row.replace(/\\\|/g, '').split('|').length).toBeGreaterThanOrEqual(3);
		expect(escaped).not.toMatch(/[^\\]<script/);
	});

	test('says None. where nothing is open', () => {
		const work = sampleWork();
		work.runs.clear();
		work.assessments.clear();
		const empty = reviewRecordMarkdown({ work, catalog, siteUrl, today: '2027-03-01' });
		expect(section(empty, 'Ratings not met')).toContain('None.');
		expect(section(empty, 'No longer in the checklists')).toContain('None.');
		expect(section(empty, 'Gates')).toContain('| Not started |');
	});
});
