// Loads webapp plugins the way the webapp's plugins/index.ts does: list them from
// /api/v4/plugins/webapp, inject each bundle as a <script>, capture window.registerPlugin(id, plugin),
// then call plugin.initialize(registry, store). uninitialize() runs on unload.
import {Client4} from 'mattermost-redux/client';
import {z} from 'zod';

import {report} from '../host_report';
import {HostActionTypes} from '../store/action_types';
import type {HostStore} from '../store/configure';

import {createRegistry} from './registry';
import {removePluginHandlers} from './socket_handlers';

const webappPluginsSchema = z.array(z.object({
    id: z.string().min(1),
    version: z.string(),
    webapp: z.object({bundle_path: z.string().min(1)}),
}));

export type WebappPluginManifest = z.infer<typeof webappPluginsSchema>[number];

type PluginObject = {initialize?: (registry: unknown, store: unknown) => unknown; uninitialize?: () => unknown};

// window.registerPlugin is declared (with the plugin's own type) by webapp/src, which shares this
// tsconfig, so the host installs it through Reflect rather than redeclaring it.
const loadedPlugins = new Map<string, PluginObject>();

function asPluginObject(value: unknown): PluginObject | null {
    if (typeof value !== 'object' || value === null) {
        return null;
    }
    const initialize: unknown = Reflect.get(value, 'initialize');
    const uninitialize: unknown = Reflect.get(value, 'uninitialize');
    return {
        ...(typeof initialize === 'function' ? {initialize: (r: unknown, s: unknown): unknown => initialize.call(value, r, s)} : {}),
        ...(typeof uninitialize === 'function' ? {uninitialize: (): unknown => uninitialize.call(value)} : {}),
    };
}

export function errorText(err: unknown): string {
    return err instanceof Error ? err.message : String(err);
}

export function reportPluginError(pluginId: string, what: string, err: unknown): void {
    console.error(`plugin ${pluginId}: ${what}`, err);
    report((r) => {
        r.pluginErrors.push(`${pluginId}: ${what}: ${errorText(err)}`);
    });
}

export function installRegisterPlugin(): void {
    Reflect.set(window, 'registerPlugin', (id: string, plugin: unknown) => {
        const previous = loadedPlugins.get(id);
        if (previous?.uninitialize) {
            previous.uninitialize();
        }
        const parsed = asPluginObject(plugin);
        if (!parsed) {
            reportPluginError(id, 'registerPlugin', new Error('plugin is not an object'));
            return;
        }
        loadedPlugins.set(id, parsed);
        report((r) => {
            r.registeredPlugins.push(id);
        });
    });
}

function injectScript(src: string): Promise<void> {
    return new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = src;
        script.async = true;
        script.onload = () => resolve();
        script.onerror = () => reject(new Error(`could not load ${src}`));
        document.head.appendChild(script);
    });
}

async function loadOne(manifest: WebappPluginManifest, store: HostStore): Promise<void> {
    try {
        await injectScript(Client4.getUrl() + manifest.webapp.bundle_path);
    } catch (err) {
        reportPluginError(manifest.id, 'load', err);
        return;
    }
    const plugin = loadedPlugins.get(manifest.id);
    if (!plugin?.initialize) {
        reportPluginError(manifest.id, 'initialize', new Error('bundle did not call window.registerPlugin with an initialize function'));
        return;
    }
    try {
        await plugin.initialize(createRegistry(manifest.id, store), store);
        report((r) => {
            r.initializedPlugins.push(manifest.id);
        });
    } catch (err) {
        reportPluginError(manifest.id, 'initialize', err);
    }
}

export async function loadWebappPlugins(store: HostStore): Promise<WebappPluginManifest[]> {
    const manifests = webappPluginsSchema.parse(await Client4.getWebappPlugins());
    for (const manifest of manifests) {
        await loadOne(manifest, store);
    }
    return manifests;
}

export function unloadPlugin(pluginId: string, store: HostStore): void {
    const plugin = loadedPlugins.get(pluginId);
    if (plugin?.uninitialize) {
        try {
            plugin.uninitialize();
        } catch (err) {
            reportPluginError(pluginId, 'uninitialize', err);
        }
    }
    loadedPlugins.delete(pluginId);
    removePluginHandlers(pluginId);
    store.dispatch({type: HostActionTypes.REMOVED_WEBAPP_PLUGIN, pluginId});
}
