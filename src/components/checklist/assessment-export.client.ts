import type { Assessment } from '../../lib/checklists/assessment-state.ts';
import { assessmentFileName, toAssessmentMarkdown } from '../../lib/checklists/assessment-score.ts';
import { toLocalCalendarDate } from '../../schemas/calendar-date.ts';
import { assessmentPart as part, type ItemView } from './assessment-view.client.ts';
import { copyText, downloadText } from '../shared/output.client.ts';

/** The assessment on screen, with the link that opens exactly it (none when it is too large). */
export interface ExportedAssessment extends Pick<Assessment, 'name' | 'ratings'> {
	stateUrl: string | undefined;
}

/**
 * The assessment as Markdown for the review record: downloaded as a file, or copied to the
 * clipboard (shown selected, to copy by hand, when the browser refuses). The status line below
 * the buttons says which.
 */
export async function exportMarkdown(
	root: HTMLElement,
	items: readonly ItemView[],
	assessment: ExportedAssessment,
	how: 'download' | 'copy',
): Promise<void> {
	const { name, ratings, stateUrl } = assessment;
	const date = toLocalCalendarDate(new Date());
	const text = toAssessmentMarkdown({
		title: root.dataset['title'] ?? '',
		version: root.dataset['version'],
		lastReviewed: root.dataset['lastReviewed'],
		name,
		date,
		items,
		ratings,
		stateUrl,
	});
	const status = part(root, 'export-status');
	if (how === 'download') {
		const fileName = assessmentFileName(root.dataset['checklistId'] ?? '', name, date);
		downloadText(fileName, text, 'text/markdown');
		status.textContent = `Downloaded ${fileName}.`;
		return;
	}
	const copied = await copyText(text);
	const field = part<HTMLTextAreaElement>(root, 'output-field');
	field.value = copied ? '' : text;
	part(root, 'output').hidden = copied;
	if (!copied) field.select();
	status.textContent = copied
		? 'Copied the Markdown to the clipboard.'
		: 'This browser did not allow copying: the Markdown is selected below.';
}
