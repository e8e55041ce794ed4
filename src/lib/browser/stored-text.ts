/*
 * Its own module, not stored-record.ts's: the role picker on every phase and role page reads
 * stored records but no free text.
 */
/**
 * Free text a reader wrote (an evidence note, an engagement's notes), as stored and shown: line
 * breaks kept (as `\n`), other control characters made spaces, cut to `maxLength`; '' for
 * anything that is not a string.
 */
export function cleanStoredText(value: unknown, maxLength: number): string {
	if (typeof value !== 'string') return '';
	return (
		value
			.replace(/\r\n?/g, '\n')
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ')
			.slice(0, maxLength)
	);
}
