import { describe, expect, test } from 'vitest';
import {
	buildMarkdown,
	buildTemplateFiles,
	formatFileSize,
} from '../../../../src/lib/templates/files.ts';
import { documentSource, registerSource } from './sources.ts';

describe('buildTemplateFiles', () => {
	test('offers a document as Word and Markdown, a register as Excel and CSV', async () => {
		const names = async (files: Promise<{ fileName: string; label: string }[]>) =>
			(await files).map((file) => `${file.fileName} ${file.label}`);
		await expect(names(buildTemplateFiles(documentSource()))).resolves.toEqual([
			'status-report.docx Word',
			'status-report.md Markdown',
		]);
		await expect(names(buildTemplateFiles(registerSource()))).resolves.toEqual([
			'raid-log.xlsx Excel',
			'raid-log.csv CSV',
		]);
	});

	test('the Markdown download carries the title and version, its site links made absolute', () => {
		const markdown = buildMarkdown(
			documentSource('## A\n\nSee [it](/questions/x/) and [web](https://w.example/).\n'),
		);
		expect(markdown).toMatch(/^# Status report\n\n> Template version 1\.2, reviewed 2026-10-01\./);
		expect(markdown).toContain(
			'See [it](https://pdp.example.com/questions/x/) and [web](https://w.example/).',
		);
	});

	test.each([
		[640, '640 bytes'],
		[999, '999 bytes'],
		[1000, '1 KB'],
		[15_121, '15 KB'],
		[1_234_567, '1,235 KB'],
	])('gives %i bytes as "%s"', (bytes, shown) => {
		expect(formatFileSize(bytes)).toBe(shown);
	});
});
