// Slash commands, config and licence: the admin-facing routes the plugin touches.
import type {ClientConfig, ClientLicense} from '@mattermost/types/config';
import type {AutocompleteSuggestion} from '@mattermost/types/integrations';
import {z} from 'zod';

import type {LocalApp} from './app';
import {AppError, notFound, permissionError} from './errors';
import {ok, param, readJson, route, serverVersion, type AuthedCtx, type Route} from './http';
import {newId} from './ids';
import {hasTeamPermission} from './permissions';
import {maxMessageRunes} from './posts';
import {configRecord, type CommandRecord, type ConfigRecord} from './records';
import {wireCommand} from './wire';

const executeBody = z.object({channel_id: z.string(), command: z.string(), team_id: z.string().optional(), root_id: z.string().optional()});
const commandBody = z.object({
    team_id: z.string(),
    trigger: z.string(),
    method: z.enum(['P', 'G']).default('P'),
    url: z.string(),
    username: z.string().default(''),
    icon_url: z.string().default(''),
    auto_complete: z.boolean().default(false),
    auto_complete_desc: z.string().default(''),
    auto_complete_hint: z.string().default(''),
    display_name: z.string().default(''),
    description: z.string().default(''),
});

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function deepMerge(base: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {...base};
    for (const [key, value] of Object.entries(patch)) {
        const current = out[key];
        out[key] = isObject(current) && isObject(value) ? deepMerge(current, value) : value;
    }
    return out;
}

const defaultConfig: ConfigRecord = {
    ServiceSettings: {SiteURL: '', EnableCommands: true, EnableCustomEmoji: false, MaximumPayloadSizeBytes: 300000},
    TeamSettings: {SiteName: 'Local Mattermost'},
    PluginSettings: {Enable: true, EnableUploads: false, Plugins: {}, PluginStates: {}},
};

const storedEnableCommands = z.object({ServiceSettings: z.object({EnableCommands: z.boolean()})});

export function miscRoutes(app: LocalApp, opts: {siteUrl: () => string; pluginIds: () => string[]}): Route[] {
    // ServiceSettings.EnableCommands: what an admin saved, else the server's start option.
    const commandsEnabled = (): boolean => {
        const stored = storedEnableCommands.safeParse(app.store.get('config', 'config'));
        return stored.success ? stored.data.ServiceSettings.EnableCommands : app.settings.enableCommands;
    };
    const config = (): ConfigRecord => {
        const defaults = deepMerge(defaultConfig, {ServiceSettings: {EnableCommands: app.settings.enableCommands}});
        let merged = deepMerge(defaults, app.store.get('config', 'config') ?? {});
        const states: Record<string, unknown> = {};
        for (const id of opts.pluginIds()) {
            states[id] = {Enable: true};
        }
        merged = deepMerge(merged, {ServiceSettings: {SiteURL: opts.siteUrl()}, PluginSettings: {PluginStates: states}});
        return merged;
    };
    const requireAdmin = (ctx: AuthedCtx, permission: string) => {
        if (!app.isSystemAdmin(ctx.auth.user.id)) {
            throw permissionError(permission);
        }
    };
    const teamCommands = (teamId: string): CommandRecord[] => app.store.all('commands').filter((c) => c.team_id === teamId && c.delete_at === 0);
    const viewTeam = (ctx: AuthedCtx, teamId: string) => {
        if (!app.isTeamMember(teamId, ctx.auth.user.id) && !app.isSystemAdmin(ctx.auth.user.id)) {
            throw permissionError('view_team');
        }
    };

    return [
        route('GET', '/api/v4/config', (ctx) => {
            requireAdmin(ctx, 'sysconsole_read_*');
            return {json: config()};
        }),
        route('PUT', '/api/v4/config', async (ctx) => {
            requireAdmin(ctx, 'sysconsole_write_*');
            const body = await readJson(ctx, configRecord, 'config');
            app.store.put('config', 'config', body);
            return {json: config()};
        }),
        route('PUT', '/api/v4/config/patch', async (ctx) => {
            requireAdmin(ctx, 'sysconsole_write_*');
            const body = await readJson(ctx, configRecord, 'config');
            app.store.put('config', 'config', deepMerge(app.store.get('config', 'config') ?? {}, body));
            return {json: config()};
        }),
        route('GET', '/api/v4/config/client', () => {
            // The public client config carries no plugin settings.
            const client: Partial<ClientConfig> = {
                Version: serverVersion,
                BuildNumber: 'local',
                BuildHash: 'localhash',
                BuildDate: '',
                SiteName: 'Local Mattermost',
                SiteURL: opts.siteUrl(),
                MaxPostSize: String(maxMessageRunes),
                EnableCommands: String(commandsEnabled()),
                DiagnosticsEnabled: 'false',
                EnableCustomEmoji: 'false',
                FeatureFlagAppsEnabled: 'false',
            };
            return {json: client};
        }, 'public'),
        route('GET', '/api/v4/license/client', () => {
            const license: ClientLicense = {IsLicensed: 'false'};
            return {json: license};
        }, 'public'),
        route('POST', '/api/v4/commands/execute', async (ctx) => {
            const body = await readJson(ctx, executeBody, 'command_args');
            const channel = app.requireChannel(body.channel_id);
            if (!app.isChannelMember(channel.id, ctx.auth.user.id) && !app.isSystemAdmin(ctx.auth.user.id)) {
                throw permissionError('use_slash_commands');
            }
            // api4/command.go executeCommand: archived channels run no commands.
            if (channel.delete_at !== 0) {
                throw new AppError(400, 'api.command.execute_command.deleted.error', 'Cannot execute command in a deleted channel.');
            }
            const trigger = (body.command.trim().split(/\s+/)[0] ?? '').replace(/^\//, '').toLowerCase();
            const command = teamCommands(channel.team_id).find((c) => c.trigger === trigger);
            if (command === undefined) {
                throw new AppError(404, 'api.command.execute_command.not_found.app_error', `Command with a trigger of '/${trigger}' not found.`);
            }
            // This server makes no outgoing requests, so a registered command's URL is never reachable.
            throw new AppError(500, 'api.command.execute_command.failed.app_error', `Command with a trigger of '/${trigger}' failed.`, `no outgoing requests from the local server: ${command.url}`);
        }),
        route('POST', '/api/v4/commands', async (ctx) => {
            const body = await readJson(ctx, commandBody, 'command');
            // api4/command.go createCommand checks manage_own_slash_commands in the team (team and
            // system admins by role.go's defaults); then app/command.go CreateCommand answers 501
            // when EnableCommands is off.
            if (!hasTeamPermission(app, ctx.auth.user.id, body.team_id, 'manage_own_slash_commands')) {
                throw permissionError('manage_own_slash_commands');
            }
            if (!commandsEnabled()) {
                throw new AppError(501, 'api.command.disabled.app_error', 'Commands have been disabled by the system admin.');
            }
            const trigger = body.trigger.trim();
            if (trigger === '' || trigger.length > 128 || trigger.startsWith('/') || /\s/.test(trigger)) {
                throw new AppError(400, 'model.command.is_valid.trigger.app_error', 'Invalid trigger.');
            }
            if (!/^https?:\/\/\S+$/.test(body.url)) {
                throw new AppError(400, 'model.command.is_valid.url.app_error', 'Invalid URL.');
            }
            if (teamCommands(body.team_id).some((c) => c.trigger === trigger.toLowerCase())) {
                throw new AppError(400, 'api.command.duplicate_trigger.app_error', 'This trigger word is already in use. Please choose another word.');
            }
            const now = app.now();
            const record: CommandRecord = {...body, trigger: trigger.toLowerCase(), id: newId(), token: newId(), creator_id: ctx.auth.user.id, create_at: now, update_at: now, delete_at: 0};
            app.store.put('commands', record.id, record);
            return {status: 201, json: wireCommand(record, true)};
        }),
        route('GET', '/api/v4/commands', (ctx) => {
            const teamId = ctx.url.searchParams.get('team_id') ?? '';
            viewTeam(ctx, teamId);
            const admin = app.isTeamAdmin(teamId, ctx.auth.user.id);
            if (ctx.url.searchParams.get('custom_only') === 'true' && !admin) {
                throw permissionError('manage_slash_commands');
            }
            return {json: teamCommands(teamId).map((c) => wireCommand(c, admin || c.creator_id === ctx.auth.user.id))};
        }),
        route('DELETE', '/api/v4/commands/{command_id}', (ctx) => {
            const command = app.store.get('commands', param(ctx, 'command_id'));
            if (command === undefined || command.delete_at !== 0) {
                throw notFound('api.command.delete.app_error', 'Unable to delete command.');
            }
            if (!app.isTeamAdmin(command.team_id, ctx.auth.user.id)) {
                throw permissionError('manage_slash_commands');
            }
            app.store.put('commands', command.id, {...command, delete_at: app.now()});
            return {json: ok};
        }),
        route('GET', '/api/v4/teams/{team_id}/commands/autocomplete', (ctx) => {
            const teamId = param(ctx, 'team_id');
            viewTeam(ctx, teamId);
            return {json: teamCommands(teamId).filter((c) => c.auto_complete).map((c) => wireCommand(c, false))};
        }),
        route('GET', '/api/v4/teams/{team_id}/commands/autocomplete_suggestions', (ctx) => {
            const teamId = param(ctx, 'team_id');
            viewTeam(ctx, teamId);
            const input = (ctx.url.searchParams.get('user_input') ?? '').replace(/^\//, '').toLowerCase();
            const suggestions: AutocompleteSuggestion[] = teamCommands(teamId)
                .filter((c) => c.auto_complete && c.trigger.startsWith(input.split(' ')[0] ?? ''))
                .map((c) => ({Complete: c.trigger, Suggestion: `/${c.trigger}`, Hint: c.auto_complete_hint, Description: c.auto_complete_desc, IconData: ''}));
            return {json: suggestions};
        }),
    ];
}
