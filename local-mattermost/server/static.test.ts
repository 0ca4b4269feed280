// Plugin bundles, plugin public files and the host page.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

import {loginAs, startFresh, type Running} from './test_support';

let running: Running;
let root: string;

beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'local-mm-static-'));
    const plugin = join(root, 'plugin-onboard');
    mkdirSync(join(plugin, 'webapp', 'dist'), {recursive: true});
    mkdirSync(join(plugin, 'public', 'chunks'), {recursive: true});
    writeFileSync(join(plugin, 'plugin.json'), JSON.stringify({id: 'plugin-onboard', name: 'Plugin Onboard', version: '0.1.0', min_server_version: '7.0.0', webapp: {bundle_path: 'webapp/dist/main.js'},
        settings_schema: {header: 'Tracks plugins.', footer: '', settings: [{key: 'Roster', type: 'custom', default: null}, {key: 'NoDefault', type: 'custom'}]}}));
    writeFileSync(join(plugin, 'webapp', 'dist', 'main.js'), 'window.registerPlugin("plugin-onboard", {});');
    writeFileSync(join(plugin, 'public', 'chunks', 'rhs.js'), 'export const rhs = 1;');
    writeFileSync(join(root, 'secret.txt'), 'outside the plugin');
    const host = join(root, 'host');
    mkdirSync(join(host, 'js'), {recursive: true});
    writeFileSync(join(host, 'index.html'), '<!doctype html><title>host</title>');
    writeFileSync(join(host, 'js', 'app.js'), 'console.log("host");');
    running = await startFresh({pluginDirs: [plugin], hostPageDir: host});
});
afterAll(async () => {
    await running.stop();
    rmSync(root, {recursive: true, force: true});
});

const get = (path: string) => fetch(`${running.server.url}${path}`);

describe('plugins', () => {
    it('lists the staged webapp bundle with a content-hashed path and serves it there', async () => {
        const alice = await loginAs(running.server, 'alice');
        const manifests = await alice.getWebappPlugins();
        expect(manifests).toEqual([{id: 'plugin-onboard', name: 'Plugin Onboard', version: '0.1.0', min_server_version: '7.0.0', webapp: {bundle_path: expect.stringMatching(/^\/static\/plugins\/plugin-onboard\/plugin-onboard_[0-9a-f]{16}_bundle\.js$/)}}]);
        const bundle = await get(manifests[0]?.webapp.bundle_path ?? '');
        expect(bundle.status).toBe(200);
        expect(bundle.headers.get('content-type')).toContain('javascript');
        expect(await bundle.text()).toContain('registerPlugin');

        writeFileSync(join(root, 'plugin-onboard', 'webapp', 'dist', 'main.js'), 'window.registerPlugin("plugin-onboard", {v: 2});');
        const rebuilt = await alice.getWebappPlugins();
        expect(rebuilt[0]?.webapp.bundle_path).not.toBe(manifests[0]?.webapp.bundle_path);
    });

    it('lists full manifests, settings schema included, to system admins only', async () => {
        const admin = await loginAs(running.server, 'admin');
        const plugins = await admin.getPlugins();
        expect(plugins.inactive).toEqual([]);
        expect(plugins.active).toEqual([expect.objectContaining({
            id: 'plugin-onboard',
            settings_schema: {header: 'Tracks plugins.', footer: '', settings: [
                {key: 'Roster', type: 'custom', default: null, display_name: '', help_text: '', placeholder: ''},
                // A setting without a default is valid in Mattermost's manifest; it reads back as null.
                {key: 'NoDefault', type: 'custom', default: null, display_name: '', help_text: '', placeholder: ''},
            ]},
        })]);
        const alice = await loginAs(running.server, 'alice');
        await expect(alice.getPlugins()).rejects.toMatchObject({status_code: 403});
    });

    it('serves public/ files and nothing outside them; other plugin routes are 404', async () => {
        const chunk = await get('/plugins/plugin-onboard/public/chunks/rhs.js');
        expect(chunk.status).toBe(200);
        expect(await chunk.text()).toContain('rhs');
        expect((await get('/plugins/plugin-onboard/public/..%2f..%2fsecret.txt')).status).toBe(404);
        expect((await get('/plugins/plugin-onboard/public/%2e%2e/plugin.json')).status).toBe(404);
        expect((await get('/plugins/plugin-onboard/public/missing.js')).status).toBe(404);
        expect((await get('/plugins/plugin-onboard/api/v1/state')).status).toBe(404);
        expect((await get('/plugins/other-plugin/public/chunks/rhs.js')).status).toBe(404);
    });
});

describe('host page', () => {
    it('serves its files, falls back to index.html for app paths, and leaves /api and /static alone', async () => {
        expect(await (await get('/')).text()).toContain('<title>host</title>');
        expect(await (await get('/js/app.js')).text()).toContain('console.log');
        const deepLink = await get('/plugin-community/channels/town-square');
        expect(deepLink.headers.get('content-type')).toContain('text/html');
        expect(await deepLink.text()).toContain('<title>host</title>');
        const api = await get('/api/v4/nothing-here');
        expect(api.status).toBe(404);
        expect(api.headers.get('content-type')).toBe('application/json');
        expect((await get('/static/missing.js')).status).toBe(404);
    });
});
