// The message box's submit: slash commands go through the plugin hooks and then to
// POST /api/v4/commands/execute; anything else is a plain post. The outcome tells the box whether
// to clear (sent or consumed) or keep the text and show an error under it.
import {receivedNewPost} from 'mattermost-redux/actions/posts';
import {Client4} from 'mattermost-redux/client';

import type {CommandArgs} from '@mattermost/types/integrations';

import {generateId} from './plugins/registry';
import {normalizeCommand, runSlashCommandHooks} from './slash_hooks';
import type {HostStore} from './store/configure';

export type SubmitOutcome = {clear: true} | {clear: false; error: string};

function errorMessage(err: unknown): string {
    return err instanceof Error && err.message ? err.message : 'Something went wrong.';
}

async function submitCommand(store: HostStore, message: string, channelId: string, rootId: string): Promise<SubmitOutcome> {
    const state = store.getState();
    const args = {channel_id: channelId, team_id: state.entities.teams.currentTeamId, root_id: rootId};
    const outcome = await runSlashCommandHooks(state.plugins.components.SlashCommandWillBePosted, message, args);
    if (outcome.kind === 'error') {
        return {clear: false, error: outcome.message};
    }
    if (outcome.kind === 'consumed') {
        return {clear: true};
    }
    try {
        // A hook may drop the args; the webapp then sends the command without them, and so does the host.
        const sentArgs: CommandArgs | Record<string, never> = outcome.args ?? {};
        await Client4.executeCommand(normalizeCommand(outcome.message), sentArgs as CommandArgs);
        return {clear: true};
    } catch (err) {
        return {clear: false, error: errorMessage(err)};
    }
}

async function submitPost(store: HostStore, message: string, channelId: string, rootId: string): Promise<SubmitOutcome> {
    const userId = store.getState().entities.users.currentUserId;
    try {
        const created = await Client4.createPost({channel_id: channelId, message, root_id: rootId, user_id: userId, pending_post_id: `${userId}:${generateId()}`});
        store.dispatch(receivedNewPost(created, false));
        return {clear: true};
    } catch (err) {
        return {clear: false, error: errorMessage(err)};
    }
}

export async function submitMessage(store: HostStore, text: string, channelId: string, rootId = ''): Promise<SubmitOutcome> {
    const message = text.trim();
    if (!message) {
        return {clear: false, error: ''};
    }
    return message.startsWith('/') ? submitCommand(store, message, channelId, rootId) : submitPost(store, message, channelId, rootId);
}
