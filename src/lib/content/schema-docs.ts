import ts from 'typescript';

/**
 * The one-line JSDoc of every field in schema source files, by field name, read with the
 * TypeScript compiler so the front-matter reference quotes the schemas and cannot drift from
 * them. When two fields share a name, the first file and first occurrence win.
 */
export function readFieldDocs(
	sources: readonly { path: string; text: string }[],
): Map<string, string> {
	const docs = new Map<string, string>();
	for (const source of sources) {
		const file = ts.createSourceFile(source.path, source.text, ts.ScriptTarget.Latest, true);
		const visit = (node: ts.Node): void => {
			if (
				ts.isPropertyAssignment(node) &&
				(ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))
			) {
				const name = node.name.text;
				const comment = ts
					.getJSDocCommentsAndTags(node)
					.filter(ts.isJSDoc)
					.map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
					.find(Boolean);
				if (comment && !docs.has(name)) docs.set(name, comment.replace(/\s+/g, ' ').trim());
			}
			ts.forEachChild(node, visit);
		};
		visit(file);
	}
	return docs;
}
