// Puts /plugin-onboard into the server's slash-command autocomplete for a team. A command the
// webapp hook consumes never reaches the server, so it never shows up in autocomplete unless a
// custom command with that trigger is registered (needs manage_slash_commands: team admins).
// Its URL is never called from the webapp; on mobile, where plugins do not run, the server tries it and fails.
import {z} from 'zod/mini';

import {StorageError} from '../port';

import {webappClient, type ApiClient} from './api_client';
import {request} from './http';

/** What the custom command says in autocomplete; the command layer's grammar supplies it (one table). */
export interface AutocompleteEntry {
    /** Without the slash. */
    readonly trigger: string;
    readonly hint: string;
    readonly description: string;
}

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

export async function registerAutocomplete(teamId: string, siteUrl: string, entry: AutocompleteEntry, client: ApiClient = webappClient()): Promise<RegistrationResult> {
    const http = {client, timeoutMs: 15000};
    client.setUrl(siteUrl.replace(/\/+$/, ''));
    try {
        const existing = await request(http, 'commands', 'get', `${client.getTeamRoute(teamId)}/commands/autocomplete`, CommandsSchema);
        if (existing.some((command) => command.trigger === entry.trigger)) {
            return {ok: true};
        }
        await request(http, 'commands', 'post', client.getCommandsRoute(), CommandSchema, {
            team_id: teamId,
            trigger: entry.trigger,
            method: 'P',
            url: `${origin(siteUrl)}/plugins/plugin-onboard/command`,
            auto_complete: true,
            auto_complete_hint: entry.hint,
            auto_complete_desc: entry.description,
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
        // The server's own words (an HTTP status, an error id) mean nothing to the person running setup.
        const why = error instanceof StorageError && error.kind === 'network' ? 'the server could not be reached' : 'the server did not accept it';
        return {ok: false, message: `/${entry.trigger} could not be added to autocomplete (${why}). Try again later.`};
    }
}
