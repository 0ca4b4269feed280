// Puts /plugin-onboard into the server's slash-command autocomplete for a team. A command the
// webapp hook consumes never reaches the server, so it never shows up in autocomplete unless a
// custom command with that trigger is registered (needs manage_slash_commands: team admins).
// Its URL is never called from the webapp; on mobile, where plugins do not run, the server tries it and fails.
import type {Client4 as Client4Type} from '@mattermost/client';
import {Client4} from './client4';
import {z} from 'zod/mini';

import {StorageError} from '../port';

import {request} from './http';

export const TRIGGER = 'plugin-onboard';

const CommandSchema = z.object({trigger: z.string()});
const CommandsSchema = z.array(CommandSchema);

export type RegistrationResult = {ok: true} | {ok: false; message: string};

function origin(siteUrl: string): string {
    const trimmed = siteUrl.replace(/\/+$/, '');
    if (trimmed) {
        return trimmed;
    }
    return typeof location === 'undefined' ? '' : location.origin;
}

export async function registerAutocomplete(teamId: string, siteUrl: string, client: Client4Type = Client4): Promise<RegistrationResult> {
    const http = {client, timeoutMs: 15000};
    client.setUrl(siteUrl.replace(/\/+$/, ''));
    try {
        const existing = await request(http, 'commands', 'get', `${client.getTeamRoute(teamId)}/commands/autocomplete`, CommandsSchema);
        if (existing.some((command) => command.trigger === TRIGGER)) {
            return {ok: true};
        }
        await request(http, 'commands', 'post', client.getCommandsRoute(), CommandSchema, {
            team_id: teamId,
            trigger: TRIGGER,
            method: 'P',
            url: `${origin(siteUrl)}/plugins/plugin-onboard/command`,
            auto_complete: true,
            auto_complete_hint: '[status|register|check|evidence|signoff|deploy|help] ...',
            auto_complete_desc: 'Track plugins through the Community server onboarding process',
            display_name: 'Plugin Onboarding',
            description: 'Handled by the plugin-onboard plugin in the browser.',
        });
        return {ok: true};
    } catch (error) {
        if (error instanceof StorageError && error.status === 400 && /duplicate_trigger/.test(error.serverId)) {
            return {ok: true};
        }
        if (error instanceof StorageError && error.kind === 'forbidden') {
            return {ok: false, message: 'You may not manage slash commands in this team (the manage_slash_commands permission is missing), so /plugin-onboard was not added to autocomplete. A team admin can run `/plugin-onboard setup` to add it.'};
        }
        const detail = error instanceof Error ? error.message : String(error);
        return {ok: false, message: `/plugin-onboard could not be added to autocomplete (${detail}). Try again later.`};
    }
}
