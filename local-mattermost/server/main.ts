// `make run`: start the local Mattermost on http://localhost:8065 with the staged plugin.
//   npx tsx local-mattermost/server/main.ts
// PORT, DATA_DIR, PLUGIN_DIR, HOST_PAGE_DIR and LOCAL_TEST_ROUTES=1 override the defaults;
// DEMO_DATA=0 starts without the demo plugins.
import {resolve} from 'node:path';

import {seedDemo} from '../demo/demo_data';
import {DEMO_REPOS} from '../github/repos';

import {seedPassword, seedUsers, startLocalMattermost} from './index';

async function main(): Promise<void> {
    const env = process.env;
    const port = Number(env['PORT'] ?? '8065');
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new Error(`PORT must be a port number, got ${env['PORT'] ?? ''}`);
    }
    const server = await startLocalMattermost({
        port,
        host: env['HOST'] ?? '127.0.0.1',
        dataDir: resolve(env['DATA_DIR'] ?? '.data/local-mattermost'),
        pluginDirs: [resolve(env['PLUGIN_DIR'] ?? 'dist/plugin-onboard')],
        hostPageDir: resolve(env['HOST_PAGE_DIR'] ?? 'local-mattermost/host/dist'),
        testRoutes: env['LOCAL_TEST_ROUTES'] === '1',
        github: {port: port === 0 ? 0 : port + 1, repos: DEMO_REPOS},
        log: env['LOG_REQUESTS'] === '1' ? (line) => console.log(line) : (line) => {
            if (line.startsWith('error')) {
                console.error(line);
            }
        },
    });
    if (env['DEMO_DATA'] !== '0') {
        try {
            if (await seedDemo(server.url)) {
                console.log('Wrote demo plugins at every stage to ~plugin-onboarding.');
            }
        } catch (error) {
            // The server is still useful without the demo; say why it is missing.
            console.error(`Demo data was not written: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    const shownUrl = server.url.replace('127.0.0.1', 'localhost');
    console.log(`Local Mattermost running at ${shownUrl}`);
    console.log(`Local GitHub API imitation at ${server.github.url.replace('127.0.0.1', 'localhost')} (the browser tests point api.github.com at it; the panel's checks in your browser read the real GitHub)`);
    console.log(`Logins (password "${seedPassword}"): ${seedUsers.map((u) => u.username + (u.roles.includes('system_admin') ? ' (system admin)' : '')).join(', ')}`);

    let stopping = false;
    const stop = (signal: string) => {
        if (stopping) {
            return;
        }
        stopping = true;
        console.log(`${signal}: stopping`);
        server.close().then(() => process.exit(0), (err: unknown) => {
            console.error(err);
            process.exit(1);
        });
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
});
