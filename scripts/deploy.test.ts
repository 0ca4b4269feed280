import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import {deploy} from './deploy';

const bundle = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-')), 'plugin-onboard-0.1.0.tar.gz');
fs.writeFileSync(bundle, 'tarball');

function json(status: number, body: unknown): Response {
    return new Response(JSON.stringify(body), {status, headers: {'Content-Type': 'application/json'}});
}

describe('make deploy', () => {
    it('says which variable is missing', async () => {
        await expect(deploy({siteUrl: undefined, token: 't', bundle, pluginId: 'p'})).rejects.toThrow('MM_SERVICESETTINGS_SITEURL is not set');
        await expect(deploy({siteUrl: 'http://x', token: '', bundle, pluginId: 'p'})).rejects.toThrow('MM_ADMIN_TOKEN is not set');
        await expect(deploy({siteUrl: 'http://x', token: 't', bundle: '/nope.tar.gz', pluginId: 'p'})).rejects.toThrow('run make dist');
    });

    it('uploads with force then enables, with the token', async () => {
        const calls: Array<{url: string; init: RequestInit | undefined}> = [];
        const fetchImpl = async (url: string | URL | Request, init?: RequestInit) => {
            calls.push({url: String(url), init});
            return json(201, {id: 'plugin-onboard'});
        };
        const line = await deploy({siteUrl: 'https://mm.example.com/', token: 'tok', bundle, pluginId: 'plugin-onboard', fetchImpl});
        expect(calls.map((c) => c.url)).toEqual(['https://mm.example.com/api/v4/plugins', 'https://mm.example.com/api/v4/plugins/plugin-onboard/enable']);
        const form = calls[0]?.init?.body;
        expect(form).toBeInstanceOf(FormData);
        expect((form as FormData).get('force')).toBe('true');
        expect((form as FormData).get('plugin')).toBeInstanceOf(Blob);
        expect(calls[1]?.init?.headers).toMatchObject({Authorization: 'Bearer tok'});
        expect(line).toContain('enabled plugin-onboard');
    });

    it('reports the server\'s refusal with what to fix', async () => {
        const fetchImpl = async () => json(501, {id: 'app.plugin.upload_disabled.app_error', message: 'Plugins and/or plugin uploads have been disabled.'});
        await expect(deploy({siteUrl: 'https://mm', token: 't', bundle, pluginId: 'p', fetchImpl}))
            .rejects.toThrow(/upload refused by the server \(501\): Plugins and\/or plugin uploads have been disabled\. uploads need PluginSettings.EnableUploads/);
    });

    it('reports an unreachable server', async () => {
        const fetchImpl = async () => {
            throw new TypeError('fetch failed');
        };
        await expect(deploy({siteUrl: 'https://mm', token: 't', bundle, pluginId: 'p', fetchImpl})).rejects.toThrow('could not be reached (fetch failed)');
    });
});
