/**
 * The id of a content file: its base name without extension. Sub-folders only organise files;
 * they never change an entry's id or URL, so moving a file keeps every link to it working.
 */
export function generateEntryId(relativePath: string): string {
	const baseName = relativePath.split(/[\\/]/).pop() ?? relativePath;
	return baseName.replace(/\.[^.]+$/, '');
}
