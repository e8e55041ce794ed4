import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with one plain line, `tests: N passed, N failed, N skipped`, which CI reads to
 * know how many tests really ran (Vitest's own summary is not a format it parses).
 */
export default class PlainSummaryReporter implements Reporter {
	onTestRunEnd(testModules: readonly TestModule[]): void {
		let passed = 0;
		let failed = 0;
		let skipped = 0;
		for (const testModule of testModules) {
			for (const testCase of testModule.children.allTests()) {
				const state = testCase.result().state;
				if (state === 'passed') passed++;
				else if (state === 'failed') failed++;
				else skipped++;
			}
		}
		// A file that fails to load has no test cases but must still count as a failure.
		const unloaded = testModules.filter(
			(testModule) =>
				testModule.state() === 'failed' && [...testModule.children.allTests()].length === 0,
		).length;
		console.log(`\ntests: ${passed} passed, ${failed + unloaded} failed, ${skipped} skipped`);
	}
}
