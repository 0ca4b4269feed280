// One local Mattermost per test file: a fresh data directory, the staged plugin bundle, the built host page.
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

import {startLocalMattermost, type LocalMattermost} from '../../../local-mattermost/server/index';

import {hostPageDir, stagedPluginDir} from './paths';

export type Stack = {
    url: string;
    server: LocalMattermost;
    dataDir: string;
    close(): Promise<void>;
};

export type StackOptions = {
    dataDir?: string;
    // A staged plugin directory (<dir>/plugin.json, <dir>/webapp/dist/main.js, <dir>/public/*); the real plugin by default.
    pluginDir?: string;
    log?: (line: string) => void;
};

function requireBuilt(path: string, what: string): void {
    if (!existsSync(path)) {
        throw new Error(`${what} is missing at ${path}: run \`make build\` first.`);
    }
}

/** Throws, saying to run `make build`, unless the plugin is staged in pluginDir and the host page built. */
export function requireBuiltStack(pluginDir: string = stagedPluginDir): void {
    requireBuilt(join(pluginDir, 'plugin.json'), 'The staged plugin bundle');
    requireBuilt(join(pluginDir, 'webapp', 'dist', 'main.js'), 'The plugin webapp bundle');
    requireBuilt(join(hostPageDir, 'index.html'), 'The local Mattermost host page');
}

export async function startStack(opts: StackOptions = {}): Promise<Stack> {
    const pluginDir = opts.pluginDir ?? stagedPluginDir;
    requireBuiltStack(pluginDir);

    const ownDataDir = opts.dataDir === undefined;
    const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'mm-e2e-'));
    const server = await startLocalMattermost({
        port: 0,
        host: '127.0.0.1',
        dataDir,
        seed: true,
        strictCsrf: true,
        pluginDirs: [pluginDir],
        hostPageDir,
        testRoutes: true,
        ...(opts.log ? {log: opts.log} : {}),
    });
    return {
        url: server.url,
        server,
        dataDir,
        close: async () => {
            await server.close();
            if (ownDataDir) {
                rmSync(dataDir, {recursive: true, force: true});
            }
        },
    };
}
