// The server's rules for plugin.json (server/public/model/manifest.go IsValid and the bundle
// checks), applied before we package, so a bad manifest fails here and not on upload.
import fs from 'node:fs';
import path from 'node:path';

import {z} from 'zod';

const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const SETTING_TYPES = ['bool', 'dropdown', 'generated', 'radio', 'text', 'longtext', 'number', 'username', 'custom'] as const;

const Setting = z.object({
    key: z.string().min(1),
    display_name: z.string().optional(),
    type: z.enum(SETTING_TYPES),
    help_text: z.string().optional(),
    default: z.unknown().optional(),
    options: z.array(z.object({display_name: z.string(), value: z.string()})).optional(),
});

export const Manifest = z.object({
    id: z.string().regex(/^[a-zA-Z0-9-_.]{3,190}$/, 'id must be 3–190 characters of a-z, A-Z, 0-9, - _ .'),
    name: z.string().min(1, 'name is required'),
    description: z.string().optional(),
    version: z.string().regex(SEMVER, 'version must be semver'),
    min_server_version: z.string().regex(SEMVER, 'min_server_version must be semver'),
    icon_path: z.string().endsWith('.svg', 'icon_path must be an SVG'),
    webapp: z.object({bundle_path: z.string().min(1)}),
    server: z.never({error: 'this plugin has no server part (no Go)'}).optional(),
    settings_schema: z.object({
        header: z.string().optional(),
        footer: z.string().optional(),
        settings: z.array(Setting),
    }).optional(),
}).loose();

export type Manifest = z.infer<typeof Manifest>;

/** Every problem with the manifest in `root`, as sentences; empty when it is valid. */
export function manifestProblems(raw: unknown, root: string): string[] {
    const parsed = Manifest.safeParse(raw);
    if (!parsed.success) {
        return parsed.error.issues.map((issue) => `${issue.path.join('.') || 'plugin.json'}: ${issue.message}`);
    }
    const problems: string[] = [];
    const manifest = parsed.data;
    if (manifest.id.length > 29) {
        // registerUserSettings stores under pp_<id>, and preference categories are at most 32 bytes.
        problems.push('id: must be at most 29 characters (user settings live under pp_<id>, 32 bytes at most)');
    }
    for (const [field, rel] of [['webapp.bundle_path', manifest.webapp.bundle_path], ['icon_path', manifest.icon_path]] as const) {
        if (path.isAbsolute(rel) || rel.split(/[\\/]/).includes('..')) {
            problems.push(`${field}: must be a relative path inside the bundle`);
        } else if (!fs.existsSync(path.join(root, rel))) {
            problems.push(`${field}: ${rel} does not exist (run make build)`);
        }
    }
    const keys = new Set<string>();
    for (const setting of manifest.settings_schema?.settings ?? []) {
        if (keys.has(setting.key.toLowerCase())) {
            problems.push(`settings_schema: duplicate key ${setting.key} (keys are stored lowercased)`);
        }
        keys.add(setting.key.toLowerCase());
        if ((setting.type === 'dropdown' || setting.type === 'radio') && !setting.options?.length) {
            problems.push(`settings_schema: ${setting.key} needs options`);
        }
    }
    return problems;
}
