import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import {manifestProblems} from './manifest_rules';

const repo = path.resolve(__dirname, '..');

function tempBundle(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
    for (const [rel, content] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, rel)), {recursive: true});
        fs.writeFileSync(path.join(dir, rel), content);
    }
    return dir;
}

const good = {
    id: 'plugin-onboard', name: 'Plugin Onboard', version: '0.1.0', min_server_version: '11.1.0',
    icon_path: 'assets/icon.svg', webapp: {bundle_path: 'webapp/dist/main.js'},
    settings_schema: {settings: [{key: 'TrackerPolicy', type: 'custom'}]},
};
const files = {'assets/icon.svg': '<svg/>', 'webapp/dist/main.js': ''};

describe('manifest rules', () => {
    it('accepts the project manifest shape', () => {
        expect(manifestProblems(good, tempBundle(files))).toEqual([]);
    });

    it('the repository plugin.json satisfies every rule but the built bundle', () => {
        const manifest: unknown = JSON.parse(fs.readFileSync(path.join(repo, 'plugin.json'), 'utf8'));
        const problems = manifestProblems(manifest, repo).filter((p) => !p.includes('run make build'));
        expect(problems).toEqual([]);
    });

    it.each([
        ['a short id', {id: 'ab'}, 'id'],
        ['an id with a slash', {id: 'plugin/onboard'}, 'id'],
        ['an id longer than 29 characters', {id: 'a'.repeat(30)}, 'at most 29'],
        ['a missing name', {name: ''}, 'name is required'],
        ['a non-semver version', {version: '1.0'}, 'version must be semver'],
        ['a non-semver min_server_version', {min_server_version: 'eleven'}, 'min_server_version'],
        ['a PNG icon', {icon_path: 'assets/icon.png'}, 'SVG'],
        ['a bundle path outside the bundle', {webapp: {bundle_path: '../main.js'}}, 'relative path inside'],
        ['a server part', {server: {executables: {}}}, 'no server part'],
        ['duplicate setting keys', {settings_schema: {settings: [{key: 'A', type: 'text'}, {key: 'a', type: 'text'}]}}, 'duplicate key'],
        ['an unknown setting type', {settings_schema: {settings: [{key: 'A', type: 'colour'}]}}, 'type'],
    ])('rejects %s', (_name, change, expected) => {
        const problems = manifestProblems({...good, ...change}, tempBundle(files));
        expect(problems.join('\n')).toContain(expected);
    });

    it('rejects a bundle path that was not built', () => {
        expect(manifestProblems(good, tempBundle({'assets/icon.svg': '<svg/>'})).join('\n')).toContain('does not exist');
    });
});
