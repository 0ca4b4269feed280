// Plugin bundles and the host page. Plugin files are re-read on every request so a rebuilt
// bundle shows up on reload without restarting the server.
import {createHash} from 'node:crypto';
import {existsSync, readFileSync, statSync} from 'node:fs';
import {extname, join, resolve, sep} from 'node:path';

import type {ClientPluginManifest, PluginManifest, PluginSetting} from '@mattermost/types/plugins';
import {z} from 'zod';

import type {Reply} from './http';

const settingSchema = z.object({
    key: z.string(),
    display_name: z.string().default(''),
    type: z.string(),
    help_text: z.string().default(''),
    placeholder: z.string().default(''),
    default: z.optional(z.unknown()),
    options: z.array(z.object({display_name: z.string(), value: z.string()})).optional(),
});
const manifestSchema = z.object({
    id: z.string(),
    name: z.string(),
    version: z.string(),
    description: z.string().optional(),
    homepage_url: z.string().optional(),
    support_url: z.string().optional(),
    icon_path: z.string().optional(),
    min_server_version: z.string().optional(),
    webapp: z.object({bundle_path: z.string()}).optional(),
    settings_schema: z.object({header: z.string().default(''), footer: z.string().default(''), settings: z.array(settingSchema).default([])}).optional(),
});

const contentTypes: Record<string, string> = {
    '.js': 'text/javascript; charset=utf-8',
    '.mjs': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.html': 'text/html; charset=utf-8',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.woff': 'font/woff',
    '.woff2': 'font/woff2',
    '.map': 'application/json',
    '.txt': 'text/plain; charset=utf-8',
};

const contentType = (path: string): string => contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';

export interface StagedPlugin {
    dir: string;
    manifest: z.infer<typeof manifestSchema>;
}

export function readPlugins(dirs: readonly string[]): StagedPlugin[] {
    return dirs.filter((dir) => existsSync(join(dir, 'plugin.json'))).map((dir) => ({
        dir,
        manifest: manifestSchema.parse(JSON.parse(readFileSync(join(dir, 'plugin.json'), 'utf8'))),
    }));
}

function bundleHash(plugin: StagedPlugin): string | undefined {
    const main = join(plugin.dir, 'webapp', 'dist', 'main.js');
    if (!existsSync(main)) {
        return undefined;
    }
    return createHash('sha256').update(readFileSync(main)).digest('hex').slice(0, 16);
}

export function webappManifests(dirs: readonly string[]): ClientPluginManifest[] {
    const out: ClientPluginManifest[] = [];
    for (const plugin of readPlugins(dirs)) {
        const hash = bundleHash(plugin);
        if (hash === undefined) {
            continue;
        }
        const {id, name, version, min_server_version: minServerVersion} = plugin.manifest;
        const manifest: ClientPluginManifest = {id, name, version, webapp: {bundle_path: `/static/plugins/${id}/${id}_${hash}_bundle.js`}};
        out.push(minServerVersion === undefined ? manifest : {...manifest, min_server_version: minServerVersion});
    }
    return out;
}

// Optional manifest fields are copied only when present (exactOptionalPropertyTypes forbids undefined).
function withOptional<T extends object, K extends string, V>(target: T, key: K, value: V | undefined): T & Partial<Record<K, V>> {
    return value === undefined ? target : {...target, [key]: value};
}

// The full manifests, as GET /api/v4/plugins lists them for the System Console.
export function fullManifests(dirs: readonly string[]): PluginManifest[] {
    return readPlugins(dirs).map(({manifest: m}) => {
        let out: PluginManifest = {id: m.id, name: m.name, version: m.version};
        out = withOptional(out, 'description', m.description);
        out = withOptional(out, 'homepage_url', m.homepage_url);
        out = withOptional(out, 'support_url', m.support_url);
        out = withOptional(out, 'icon_path', m.icon_path);
        out = withOptional(out, 'min_server_version', m.min_server_version);
        out = withOptional(out, 'webapp', m.webapp);
        if (m.settings_schema !== undefined) {
            const settings: PluginSetting[] = m.settings_schema.settings.map((setting) => {
                const base: PluginSetting = {key: setting.key, display_name: setting.display_name, type: setting.type, help_text: setting.help_text, placeholder: setting.placeholder, default: setting.default ?? null};
                return withOptional(base, 'options', setting.options);
            });
            out = {...out, settings_schema: {header: m.settings_schema.header, footer: m.settings_schema.footer, settings}};
        }
        return out;
    });
}

// Resolves `relative` inside `root`, refusing anything that escapes it.
function inside(root: string, relative: string): string | undefined {
    let decoded: string;
    try {
        decoded = decodeURIComponent(relative);
    } catch {
        return undefined;
    }
    if (decoded.includes('\0')) {
        return undefined;
    }
    const base = resolve(root);
    const full = resolve(base, '.' + sep + decoded);
    if (full !== base && !full.startsWith(base + sep)) {
        return undefined;
    }
    return existsSync(full) && statSync(full).isFile() ? full : undefined;
}

const fileReply = (path: string): Reply => ({file: {contentType: contentType(path), data: readFileSync(path)}, headers: {'Cache-Control': 'no-cache'}});

export const notFoundText: Reply = {status: 404, file: {contentType: 'text/plain; charset=utf-8', data: '404 page not found\n'}};

export function serveStatic(pathname: string, pluginDirs: readonly string[], hostPageDir: string | undefined): Reply {
    const bundle = /^\/static\/plugins\/([^/]+)\/[^/]+_bundle\.js$/.exec(pathname);
    if (bundle !== null) {
        const plugin = readPlugins(pluginDirs).find((p) => p.manifest.id === bundle[1]);
        const main = plugin === undefined ? undefined : inside(plugin.dir, 'webapp/dist/main.js');
        return main === undefined ? notFoundText : fileReply(main);
    }
    const pluginRoute = /^\/plugins\/([^/]+)(\/.*)?$/.exec(pathname);
    if (pluginRoute !== null) {
        const plugin = readPlugins(pluginDirs).find((p) => p.manifest.id === pluginRoute[1]);
        const rest = pluginRoute[2] ?? '';
        // Only public/ is served for a plugin without a server part; every other route is 404.
        if (plugin === undefined || !rest.startsWith('/public/')) {
            return notFoundText;
        }
        const file = inside(join(plugin.dir, 'public'), rest.slice('/public/'.length));
        return file === undefined ? notFoundText : fileReply(file);
    }
    if (hostPageDir === undefined || !existsSync(join(hostPageDir, 'index.html'))) {
        return notFoundText;
    }
    const file = pathname === '/' ? undefined : inside(hostPageDir, pathname.slice(1));
    if (file !== undefined) {
        return fileReply(file);
    }
    if (pathname.startsWith('/static/')) {
        return notFoundText;
    }
    return fileReply(join(hostPageDir, 'index.html'));
}
