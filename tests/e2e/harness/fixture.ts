// Stages the host smoke tests' fixture plugin the way `make build` stages the real one.
import {copyFileSync, mkdirSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const source = join(__dirname, 'fixture_plugin');

export const FIXTURE_PLUGIN_ID = 'host-fixture';

export function stageFixturePlugin(): string {
    const dir = mkdtempSync(join(tmpdir(), 'mm-fixture-plugin-'));
    mkdirSync(join(dir, 'webapp', 'dist'), {recursive: true});
    mkdirSync(join(dir, 'public'), {recursive: true});
    copyFileSync(join(source, 'plugin.json'), join(dir, 'plugin.json'));
    copyFileSync(join(source, 'main.js'), join(dir, 'webapp', 'dist', 'main.js'));
    copyFileSync(join(source, 'public', 'icon.svg'), join(dir, 'public', 'icon.svg'));
    return dir;
}
