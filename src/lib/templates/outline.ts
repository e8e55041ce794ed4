/**
 * A document template's outline, as its page previews it: each section's heading, the guidance
 * under it and the placeholders it asks the user to fill in. Pure code.
 */
import type { DocumentBlock, Run } from './document.ts';

/** One section of the outline; level 0 is the text before the first heading. */
export interface OutlineSection {
	level: 0 | 1 | 2 | 3;
	heading: Run[];
	guidance: Run[][];
	/** Placeholder names in the section, each once, in order. */
	placeholders: string[];
}

function runsIn(block: DocumentBlock): Run[] {
	switch (block.kind) {
		case 'list':
			return block.items.flatMap((item) => item.runs);
		case 'table':
			return [...block.header, ...block.rows.flat()].flat();
		default:
			return block.runs;
	}
}

/** Groups a document's blocks under their headings. */
export function outlineDocument(blocks: readonly DocumentBlock[]): OutlineSection[] {
	const sections: OutlineSection[] = [{ level: 0, heading: [], guidance: [], placeholders: [] }];
	for (const block of blocks) {
		if (block.kind === 'heading') {
			sections.push({ level: block.level, heading: block.runs, guidance: [], placeholders: [] });
			continue;
		}
		const section = sections[sections.length - 1];
		if (!section) continue;
		if (block.kind === 'guidance') section.guidance.push(block.runs);
		for (const run of runsIn(block)) {
			if (run.placeholder && !section.placeholders.includes(run.text)) {
				section.placeholders.push(run.text);
			}
		}
	}
	return sections.filter(
		(section) =>
			section.level > 0 || section.guidance.length > 0 || section.placeholders.length > 0,
	);
}
