import { describe, expect, test } from 'vitest';
import { decodeRoleChoice, encodeRoleChoice } from '../../../../src/lib/browser/role-choice.ts';
import { readSiteEntries } from '../../../support/site-content.ts';

const KNOWN = new Set(['engagement-manager', 'consultant']);

describe('decodeRoleChoice', () => {
	test('reads back a role it wrote', () => {
		expect(decodeRoleChoice(encodeRoleChoice('consultant'), KNOWN)).toEqual({
			kind: 'role',
			role: 'consultant',
		});
	});

	test.each([null, ''])('treats %j as no choice yet', (raw) => {
		expect(decodeRoleChoice(raw, KNOWN)).toEqual({ kind: 'none' });
	});

	test('reports a well-formed role the site no longer has, so the reader can choose again', () => {
		expect(decodeRoleChoice(encodeRoleChoice('delivery-wizard'), KNOWN)).toEqual({
			kind: 'unknown',
			role: 'delivery-wizard',
		});
	});

	test('reports a role merged into another (CPM into ProServe Sales) as no longer known', () => {
		const catalogRoles = new Set(
			readSiteEntries()
				.filter((entry) => entry.collection === 'roles')
				.map((entry) => entry.id),
		);
		expect(catalogRoles).toContain('proserve-sales');
		for (const role of ['pm', 'cpm', 'esm', 'cda', 'apm'])
			expect(decodeRoleChoice(encodeRoleChoice(role), catalogRoles)).toEqual({
				kind: 'unknown',
				role,
			});
	});

	test.each([
		['not JSON', '{role: consultant'],
		['a bare string', '"consultant"'],
		['an array', '["consultant"]'],
		['another version', JSON.stringify({ version: 2, role: 'consultant' })],
		[
			'a role that is not an id',
			JSON.stringify({ version: 1, role: '<img src=x onerror=alert(1)>' }),
		],
		['a role that is too long', JSON.stringify({ version: 1, role: 'a'.repeat(81) })],
		['a number', JSON.stringify({ version: 1, role: 7 })],
		['a huge value', JSON.stringify({ version: 1, role: 'consultant', pad: 'x'.repeat(5_000) })],
		['a prototype key', '{"__proto__": {"role": "consultant"}, "version": 1}'],
	])('sets aside %s as corrupt', (_name, raw) => {
		expect(decodeRoleChoice(raw, KNOWN)).toEqual({ kind: 'corrupt' });
	});

	test('never pollutes prototypes', () => {
		decodeRoleChoice(
			'{"__proto__": {"polluted": true}, "version": 1, "role": "consultant"}',
			KNOWN,
		);
		decodeRoleChoice('{"constructor": {"prototype": {"polluted": true}}}', KNOWN);
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
	});
});
