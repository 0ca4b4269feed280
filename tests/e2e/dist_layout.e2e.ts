// The tarball `make dist` builds must be what the server's upload accepts: one top-level directory
// named for the plugin id, holding plugin.json, the bundle, the assets and the lazily loaded chunks.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import {packageBundle} from '../../scripts/package';

import {stagedPluginDir as stage} from './harness/paths';

describe('make dist tarball', () => {
    let entries: string[];

    beforeAll(() => {
        if (!fs.existsSync(path.join(stage, 'webapp/dist/main.js'))) {
            throw new Error('dist/plugin-onboard is not staged: run `make build` first');
        }
        const out = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-'));
        const tarball = packageBundle(stage, out);
        expect(path.basename(tarball)).toMatch(/^plugin-onboard-\d+\.\d+\.\d+.*\.tar\.gz$/);
        entries = execFileSync('tar', ['-tzf', tarball], {encoding: 'utf8'}).split('\n').filter(Boolean);
    });

    it('has exactly one top-level directory, plugin-onboard/', () => {
        expect(new Set(entries.map((e) => e.split('/')[0]))).toEqual(new Set(['plugin-onboard']));
    });

    it('holds the manifest, the bundle, the icon and the lazy chunks', () => {
        expect(entries).toEqual(expect.arrayContaining([
            'plugin-onboard/plugin.json',
            'plugin-onboard/webapp/dist/main.js',
            'plugin-onboard/assets/icon.svg',
            'plugin-onboard/public/app-bar-icon.svg',
        ]));
        for (const chunk of ['schema', 'core', 'rhs', 'cards', 'add-plugin', 'command', 'command-run', 'setup', 'admin']) {
            expect(entries.some((e) => new RegExp(`^plugin-onboard/public/${chunk}\\.[0-9a-f]{8}\\.js$`).test(e))).toBe(true);
        }
    });

    it('ships no server part and nothing from development', () => {
        expect(entries.filter((e) => /\/server\/|node_modules|\.ts$|\.map$/.test(e))).toEqual([]);
    });
});
