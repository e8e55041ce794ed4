import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		reporters: ['default', './test/plain-summary-reporter.ts'],
		projects: [
			{
				test: {
					name: 'unit',
					include: ['test/unit/**/*.test.ts'],
					testTimeout: 60_000,
				},
			},
			{
				test: {
					name: 'budget',
					include: ['test/budget/**/*.test.ts'],
					testTimeout: 60_000,
					hookTimeout: 600_000,
				},
			},
			{
				test: {
					name: 'search',
					include: ['test/search/**/*.test.ts'],
					globalSetup: ['test/e2e/global-setup.ts'],
					testTimeout: 300_000,
					hookTimeout: 60_000,
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['test/e2e/**/*.test.ts'],
					globalSetup: ['test/e2e/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
					// Two Chromiums share two cores: what another tab or a scroll event brings about can
					// take more than vitest's default second to show. A poll still ends when it holds.
					expect: { poll: { timeout: 5_000 } },
					// One Chromium per file is plenty on a 2-core machine.
					maxWorkers: 2,
				},
			},
		],
	},
});
