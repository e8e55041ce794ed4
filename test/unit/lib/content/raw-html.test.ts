import { describe, expect, test } from 'vitest';
import { findUnsafeMarkup } from '../../../../src/lib/content/raw-html.ts';

describe('findUnsafeMarkup', () => {
	test('accepts plain Markdown, code, and allowed inline HTML', () => {
		const markdown = [
			'Press <kbd>Ctrl</kbd> and read the <abbr title="Delivery Quality Inspection">DQI</abbr>.',
			'',
			'```html',
			'<script>alert(1)</script>',
			'```',
			'',
			'Inline `<iframe>` is code too. [A link](/playbooks/run/) and [another](https://example.com/).',
		].join('\n');
		expect(findUnsafeMarkup(markdown)).toEqual([]);
	});

	test.each([
		['<script>alert(1)</script>', 'raw HTML <script> is not allowed in content'],
		['<iframe src="https://evil.example"></iframe>', 'raw HTML <iframe> is not allowed in content'],
		['<img src=x onerror="alert(1)">', 'raw HTML <img> is not allowed in content'],
		['Hello <span onclick="steal()">there</span>', 'event handler "onclick" on <span>'],
		['<a href="javascript:alert(1)">click</a>', 'script URL in href of <a>'],
		['<a href=" JaVaScRiPt:alert(1)">click</a>', 'script URL in href of <a>'],
		['<a href="jav&#x61;script:alert(1)">click</a>', 'script URL in href of <a>'],
		['<a href="jav&#97script:alert(1)">click</a>', 'script URL in href of <a>'],
		['<a href="javascript&colon;alert(1)">click</a>', 'script URL in href of <a>'],
		['<a href="java\tscript:alert(1)">click</a>', 'script URL in href of <a>'],
		['<a href="&#x0A;javascript:alert(1)">click</a>', 'script URL in href of <a>'],
		['<span style="color:red">red</span>', 'attribute "style" is not allowed on <span>'],
		['[click](javascript:alert(1))', 'script URL "javascript:alert(1)" in a link'],
		['[click](<java\tscript:alert(1)>)', 'script URL "java\tscript:alert(1)" in a link'],
		[
			'![x](data:image/svg+xml;base64,PHN2Zz4=)',
			'script URL "data:image/svg+xml;base64,PHN2Zz4=" in a image',
		],
	])('refuses %s', (markdown, message) => {
		expect(findUnsafeMarkup(`Intro.\n\n${markdown}\n`).map((problem) => problem.message)).toContain(
			message,
		);
	});

	test.each([
		'<a href="/playbooks/run/">run</a>',
		'<a href="https://example.com/a?b=c&amp;d=e">site</a>',
		'<a href="/faqs/x/#data:1">anchor</a>',
		'<abbr title="javascript: a language">JS</abbr>',
	])('accepts %s', (markdown) => {
		expect(findUnsafeMarkup(`Intro.\n\n${markdown}\n`)).toEqual([]);
	});

	test('reports the line where the markup stands', () => {
		expect(findUnsafeMarkup('One.\n\nTwo.\n\n<script>x</script>\n')[0]?.line).toBe(5);
	});
});
