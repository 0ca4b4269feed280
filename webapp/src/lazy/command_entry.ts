// /plugin-onboard: loaded on the first command. Replies are ephemeral posts; errors stay under the
// textbox with the user's text kept, as the webapp does for a hook's {error}.
import type {CommandArgs} from '@mattermost/types/integrations';

import {failure, type CommandContext, type CommandOutcome} from '../command/context';
import {AUTOCOMPLETE_DESCRIPTION, AUTOCOMPLETE_HINT} from '../command/grammar';
import {runSlashCommand} from '../command/run';
import {TRIGGER} from '../command/trigger';
import {ephemeralPost, newPostId, showEphemeral} from '../host/ephemeral';
import {getCurrentTeamId, getCurrentUserId, isCurrentUserSystemAdmin, isTeamAdmin} from '../host/host_state';
import {markdownToPlainText} from '../host/plain_text';
import type {SlashCommandHookResult} from '../host/registry';

import type {AppDeps, CommandChunk} from './app_types';
import {getCore, type Core} from './core';

export function create(deps: AppDeps): CommandChunk {
    const core = getCore(deps);
    return {live: core.live, handleSlashCommand: (message, args) => handleSlashCommand(message, args, core)};
}

export async function handleSlashCommand(message: string, args: CommandArgs, core: Core): Promise<SlashCommandHookResult> {
    const {store, siteUrl} = core.deps;
    const state = store.getState();
    const userId = getCurrentUserId(state);
    const teamId = args.team_id || getCurrentTeamId(state);
    const rootId = args.root_id ?? '';
    const ctx: CommandContext = {
        teamId,
        channelId: args.channel_id,
        rootId,
        userId,
        isSystemAdmin: isCurrentUserSystemAdmin(state),
        isTeamAdmin: isTeamAdmin(state, teamId),
        session: core.session,
        openRhs: core.openRhs,
        // Only `setup` uses it, and rarely: its own small chunk, fetched then.
        registerAutocomplete: async (team) => {
            const {registerAutocomplete} = await import(/* webpackChunkName: "setup" */ '../storage/mattermost/slash_command_registration');
            return registerAutocomplete(team, siteUrl, {trigger: TRIGGER.slice(1), hint: AUTOCOMPLETE_HINT, description: AUTOCOMPLETE_DESCRIPTION});
        },
    };
    let outcome: CommandOutcome | null;
    try {
        outcome = await runSlashCommand(message, ctx);
    } catch (error) {
        // The command layer is total by design; this guards the hook, which must never reject.
        outcome = failure(`Plugin Onboarding hit an unexpected error (${error instanceof Error ? error.message : String(error)}). Nothing was recorded; send the command again.`);
    }
    if (outcome === null) {
        return {message, args};
    }
    if (outcome.kind === 'error') {
        return {error: {message: markdownToPlainText(refusalLabel(outcome.message, (markdown) => showEphemeral(store, ephemeralPost({
            id: newPostId(), userId, channelId: args.channel_id, rootId, message: markdown, now: Date.now(),
        }))))}};
    }
    showEphemeral(store, ephemeralPost({id: newPostId(), userId, channelId: args.channel_id, rootId, message: outcome.markdown, now: Date.now()}));
    return {};
}

/**
 * The webapp shows a hook's {error} as one line of plain text under the box (MessageSubmitError), so
 * a refusal of several lines (a list of what is missing, who holds a role, what to type instead)
 * would run together there. Such a refusal is shown whole as a reply only this user sees, where its
 * Markdown list renders, and the line under the box is its first line, pointing there. The typed
 * command stays in the box either way.
 */
export function refusalLabel(markdown: string, reply: (markdown: string) => void): string {
    const [first = '', ...rest] = markdown.split('\n').filter((line) => line.trim() !== '');
    if (rest.length === 0) {
        return markdown;
    }
    reply(markdown);
    return `${first.trim().replace(/[.:;,]+$/, '')}: see the reply above.`;
}
