// `make deploy`: uploads the bundle to a real server and enables it, as mmctl would.
// Needs MM_SERVICESETTINGS_SITEURL and MM_ADMIN_TOKEN (a system admin's personal access token).
import fs from 'node:fs';
import path from 'node:path';

import {z} from 'zod';

import {tarballName} from './package';

const ServerError = z.object({message: z.string(), id: z.string().optional()}).loose();

export interface DeployOptions {
    siteUrl: string | undefined;
    token: string | undefined;
    bundle: string;
    pluginId: string;
    fetchImpl?: typeof fetch;
}

/** Returns what happened, as a sentence; throws an Error whose message says what to fix. */
export async function deploy(options: DeployOptions): Promise<string> {
    const {siteUrl, token, bundle, pluginId} = options;
    const doFetch = options.fetchImpl ?? fetch;
    if (!siteUrl) {
        throw new Error('MM_SERVICESETTINGS_SITEURL is not set: export it to your server\'s URL, e.g. https://mattermost.example.com');
    }
    if (!token) {
        throw new Error('MM_ADMIN_TOKEN is not set: create a personal access token for a system admin (Profile › Security › Personal Access Tokens) and export it');
    }
    if (!fs.existsSync(bundle)) {
        throw new Error(`${bundle} does not exist: run make dist`);
    }
    const base = siteUrl.replace(/\/+$/, '');
    const headers = {Authorization: `Bearer ${token}`, 'X-Requested-With': 'XMLHttpRequest'};

    const form = new FormData();
    form.append('plugin', new Blob([fs.readFileSync(bundle)], {type: 'application/gzip'}), path.basename(bundle));
    form.append('force', 'true');
    await expectOk(doFetch(`${base}/api/v4/plugins`, {method: 'POST', headers, body: form}), 'upload',
        'uploads need PluginSettings.EnableUploads = true and a system admin token');
    await expectOk(doFetch(`${base}/api/v4/plugins/${encodeURIComponent(pluginId)}/enable`, {method: 'POST', headers}), 'enable',
        'enabling needs a system admin token');
    return `Uploaded ${path.basename(bundle)} and enabled ${pluginId} on ${base}`;
}

async function expectOk(response: Promise<Response>, step: string, hint: string): Promise<void> {
    let res: Response;
    try {
        res = await response;
    } catch (error) {
        throw new Error(`${step} failed: the server could not be reached (${error instanceof Error ? error.message : String(error)})`);
    }
    if (res.ok) {
        return;
    }
    const body: unknown = await res.json().catch(() => null);
    const parsed = ServerError.safeParse(body);
    const detail = (parsed.success ? parsed.data.message : res.statusText).replace(/\.?\s*$/, '.');
    const fix = res.status === 401 || res.status === 403 || res.status === 501 ? ` ${hint}` : '';
    throw new Error(`${step} refused by the server (${res.status}): ${detail}${fix}`);
}

if (require.main === module) {
    const manifest = z.object({id: z.string(), version: z.string()}).loose().parse(JSON.parse(fs.readFileSync('plugin.json', 'utf8')));
    deploy({
        siteUrl: process.env.MM_SERVICESETTINGS_SITEURL,
        token: process.env.MM_ADMIN_TOKEN,
        bundle: path.join('dist', tarballName(manifest)),
        pluginId: manifest.id,
    }).then((line) => console.log(line), (error: unknown) => {
        console.error(`make deploy: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
    });
}
