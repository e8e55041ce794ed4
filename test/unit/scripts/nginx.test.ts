import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	chooseWorkerUser,
	describeStartFailure,
	renderNginxConfig,
	toNginxRedirectMap,
} from '../../../scripts/lib/nginx.ts';
import { loadRedirects } from '../../../src/lib/site/redirects-file.ts';

const TEMPLATE =
	'worker_processes 1;\npid __PREFIX__/nginx.pid;\nlisten __LISTEN__;\nroot __DIST__;\n';

describe('the local nginx configuration', () => {
	test('started as root, the workers run as the invoking user, not nginx’s default `nobody`', () => {
		const workerUser = chooseWorkerUser(0);
		expect(workerUser?.user).toBe('root');
		expect(workerUser?.group).toBe('root');
	});

	test('started by anyone else, no user is set: the workers already run as that user', () => {
		expect(chooseWorkerUser(1000)).toBeUndefined();
	});

	test('fills in every placeholder and puts the user directive in the main context', () => {
		const config = renderNginxConfig(TEMPLATE, {
			prefix: '/tmp/p',
			dist: '/root/site/dist',
			listen: '127.0.0.1:8080',
			workerUser: { user: 'alice', group: 'staff' },
		});
		expect(config).not.toContain('__');
		expect(config).toContain('root /root/site/dist;');
		expect(config).toContain('listen 127.0.0.1:8080;');
		expect(config.split('\n').filter((line) => !line.startsWith('#'))[0]).toBe('user alice staff;');
	});

	test('without a worker user the template is only filled in', () => {
		const config = renderNginxConfig(TEMPLATE, {
			prefix: '/tmp/p',
			dist: '/d',
			listen: '127.0.0.1:1',
			workerUser: undefined,
		});
		expect(config).not.toMatch(/^user /m);
	});
});

describe('the redirects nginx answers', () => {
	test('maps each old address, with and without its slash, to its new one, quoted for the #', () => {
		expect(toNginxRedirectMap([{ from: '/roles/cpm/', to: '/roles/proserve-sales/#cpm' }])).toBe(
			'"/roles/cpm/" "/roles/proserve-sales/#cpm";\n"/roles/cpm" "/roles/proserve-sales/#cpm";',
		);
	});

	test('the map made from content/redirects.yaml holds every line of it', () => {
		const { redirects } = loadRedirects(
			'content',
			undefined,
			resolve(import.meta.dirname, '../../..'),
		);
		const map = toNginxRedirectMap(redirects);
		expect(redirects.length).toBeGreaterThan(0);
		for (const { from, to } of redirects) expect(map).toContain(`"${from}" "${to}";`);
		expect(map.split('\n')).toHaveLength(redirects.length * 2);
	});

	test('deploy/nginx.conf answers the mapped addresses with a 301 on every page request', () => {
		const config = readFileSync(resolve(import.meta.dirname, '../../../deploy/nginx.conf'), 'utf8');
		expect(config).toMatch(
			/map \$uri \$moved_to \{\s*default "";\s*include __PREFIX__\/redirects\.map;/,
		);
		expect(config).toMatch(/location \/ \{[^}]*if \(\$moved_to\) \{\s*return 301 \$moved_to;/);
	});
});

describe('a failed start, in words', () => {
	const base = { url: 'http://127.0.0.1:39065/', exited: false, dist: '/root/pdp/dist' };

	test('a 403 caused by unreadable files says so, names the workers’ user and quotes the log', () => {
		const message = describeStartFailure({
			...base,
			lastSeen: '403 Forbidden',
			workerUser: 'nobody',
			errorLog:
				'2026/12/01 17:40:01 [crit] 12#12: *1 stat() "/root/pdp/dist/" failed (13: Permission denied)\n',
		});
		expect(message).toContain('nginx answered 403 Forbidden');
		expect(message).toContain('Permission denied reading /root/pdp/dist');
		expect(message).toContain('the nginx workers run as `nobody`');
		expect(message).toContain('stat() "/root/pdp/dist/" failed (13: Permission denied)');
	});

	test('a connection error is named as one, not as an answer', () => {
		const message = describeStartFailure({
			...base,
			lastSeen: 'ECONNREFUSED',
			exited: true,
			workerUser: 'root',
			errorLog: '',
		});
		expect(message).toContain(
			'it exited before answering; nginx could not be reached (ECONNREFUSED)',
		);
		expect(message).toContain('error log is empty');
		expect(message).not.toContain('Permission denied');
	});

	test('only the last lines of a long log are quoted', () => {
		const errorLog = Array.from({ length: 30 }, (_, line) => `line ${line}`).join('\n');
		const message = describeStartFailure({
			...base,
			lastSeen: '500 Internal Server Error',
			workerUser: 'root',
			errorLog,
		});
		expect(message).toContain('line 29');
		expect(message).toContain('line 22');
		expect(message).not.toContain('line 21\n');
	});
});
