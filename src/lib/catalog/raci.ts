/** One RACI responsibility letter. */
export type RaciLetter = 'R' | 'A' | 'C' | 'I';

/** Full names of the RACI letters, for headers, legends and screen readers. */
export const RACI_NAMES: Record<RaciLetter, string> = {
	R: 'Responsible',
	A: 'Accountable',
	C: 'Consulted',
	I: 'Informed',
};

/** A RACI row as authored: an activity and role ids per letter (no A where no owner is named). */
export interface RaciRowInput {
	activity: string;
	responsible: readonly string[];
	accountable: string | undefined;
	consulted: readonly string[];
	informed: readonly string[];
}

/** A RACI matrix ready to render: role columns and, per activity, each role's letters. */
export interface RaciMatrix {
	roles: string[];
	rows: { activity: string; cells: RaciLetter[][] }[];
}

/**
 * Builds the matrix from authored rows. Columns are the roles in order of first appearance
 * (so the most involved come first as authors list them); a role can hold several letters in
 * one row (an accountable role that also does the work is "A, R").
 */
export function buildRaciMatrix(rows: readonly RaciRowInput[]): RaciMatrix {
	const roles: string[] = [];
	const letterSets = rows.map((row) => {
		const letters = new Map<string, Set<RaciLetter>>();
		const add = (role: string, letter: RaciLetter) => {
			if (!roles.includes(role)) roles.push(role);
			const set = letters.get(role) ?? new Set<RaciLetter>();
			set.add(letter);
			letters.set(role, set);
		};
		if (row.accountable !== undefined) add(row.accountable, 'A');
		row.responsible.forEach((role) => add(role, 'R'));
		row.consulted.forEach((role) => add(role, 'C'));
		row.informed.forEach((role) => add(role, 'I'));
		return { activity: row.activity, letters };
	});
	const order: RaciLetter[] = ['A', 'R', 'C', 'I'];
	return {
		roles,
		rows: letterSets.map(({ activity, letters }) => ({
			activity,
			cells: roles.map((role) => order.filter((letter) => letters.get(role)?.has(letter))),
		})),
	};
}
