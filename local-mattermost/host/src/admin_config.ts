// Reading and writing plugin settings in the server config the way the System Console does
// (schema_admin_settings): settings live at PluginSettings.Plugins.<id>.<key lower-cased>, path
// parts with dots are escaped as '+', and the enable switch is PluginSettings.PluginStates.<id>.Enable.
import {z} from 'zod';

export type ConfigTree = Record<string, unknown>;

export function escapePathPart(part: string): string {
    return part.replace(/\./g, '+');
}

function unescapePathPart(part: string): string {
    return part.replace(/\+/g, '.');
}

function isTree(value: unknown): value is ConfigTree {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function getConfigValue(config: ConfigTree, path: string): unknown {
    let node: unknown = config;
    for (const part of path.split('.')) {
        if (!isTree(node)) {
            return undefined;
        }
        node = node[unescapePathPart(part)];
    }
    return node;
}

export function setConfigValue(config: ConfigTree, path: string, value: unknown): void {
    const parts = path.split('.').map(unescapePathPart);
    let node: ConfigTree = config;
    parts.slice(0, -1).forEach((part) => {
        const next = node[part];
        if (isTree(next)) {
            node = next;
        } else {
            const created: ConfigTree = {};
            node[part] = created;
            node = created;
        }
    });
    const last = parts[parts.length - 1];
    if (last !== undefined) {
        node[last] = value;
    }
}

export function pluginSettingPath(pluginId: string, key: string): string {
    return `PluginSettings.Plugins.${escapePathPart(pluginId)}.${key.toLowerCase()}`;
}

export function pluginEnablePath(pluginId: string): string {
    return `PluginSettings.PluginStates.${escapePathPart(pluginId)}.Enable`;
}

const settingSchema = z.object({
    key: z.string(),
    display_name: z.string().default(''),
    type: z.string(),
    help_text: z.string().default(''),
    placeholder: z.string().default(''),
    default: z.unknown(),
    options: z.array(z.object({display_name: z.string(), value: z.string()}).loose()).default([]),
}).loose();

const settingsSchemaSchema = z.object({
    header: z.string().default(''),
    footer: z.string().default(''),
    settings: z.array(settingSchema).default([]),
    sections: z.array(z.object({key: z.string(), title: z.string().default(''), settings: z.array(settingSchema).default([])}).loose()).default([]),
}).loose();

const manifestSchema = z.object({
    id: z.string(),
    name: z.string().default(''),
    settings_schema: settingsSchemaSchema.optional(),
}).loose();

export const pluginsResponseSchema = z.object({
    active: z.array(manifestSchema).default([]),
    inactive: z.array(manifestSchema).default([]),
}).loose();

export const configSchema = z.record(z.string(), z.unknown());

export type PluginSettingDef = z.infer<typeof settingSchema>;
export type PluginManifestForConsole = z.infer<typeof manifestSchema>;

// Sections are flattened with their titles; the host renders one page per plugin either way.
export function settingsOf(manifest: PluginManifestForConsole): Array<{section: string; setting: PluginSettingDef}> {
    const schema = manifest.settings_schema;
    if (!schema) {
        return [];
    }
    if (schema.sections.length > 0) {
        return schema.sections.flatMap((s) => s.settings.map((setting) => ({section: s.title, setting})));
    }
    return schema.settings.map((setting) => ({section: '', setting}));
}
