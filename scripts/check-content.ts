/**
 * `npm run check:content [-- <content dir>]`: checks every content file the way the build
 * does and prints all problems with file, line, field and fix. Exits 1 when there are any.
 */
import { join } from 'node:path';
import { inspectContent, openBodyCheckCache } from '../src/lib/content/check.ts';
import { formatProblems, formatWarnings } from '../src/lib/content/problems.ts';
import { resolveCacheDir, resolveContentDir } from '../src/lib/content/dir.ts';
import { listContentFiles } from '../src/lib/content/files.ts';

const contentDir = process.argv[2] ?? resolveContentDir();
// The build's own cache of body checks: files unchanged since the last check are not parsed again.
const bodyCache = openBodyCheckCache(join(resolveCacheDir(contentDir), 'content-check.json'));
const { problems, warnings } = inspectContent(contentDir, process.cwd(), { bodyCache });
bodyCache.save();
if (warnings.length > 0) console.warn(formatWarnings(warnings));
const fileCount = listContentFiles(contentDir).length;
if (problems.length > 0) {
	console.error(formatProblems(problems));
	process.exit(1);
}
console.log(`Content check passed: ${fileCount} files in ${contentDir}, no problems.`);
