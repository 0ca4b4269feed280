// `/plugin-onboard handoff <plugin>`: the request for the Integrations team, drafted from the tracker,
// ready to copy into the team's integrations channel. A slash command's reply cannot fill in the
// message box of another channel (Mattermost gives plugins no way to set a draft), so the reply holds
// the text and the panel's button opens the channel with the text copied.
import {integrationsRequest} from '../domain/integrations_request';
import {ACTOR_NOUN} from '../i18n/role_words';
import type {PluginState, TrackerState} from '../domain/tracker_state';

import {commandHandoffWords} from '../i18n/command_handoff_words';

import {code, escapeMarkdown} from './markdown';
import {TRIGGER} from './trigger';

const words = commandHandoffWords({code, trigger: TRIGGER});

/** A fenced block the text cannot close early, whatever runs of backticks it holds. */
function fenced(text: string): string {
    let fence = '```';
    while (text.includes(fence)) {
        fence += '`';
    }
    return `${fence}\n${text}\n${fence}`;
}

export function handoffReply(state: TrackerState, plugin: PluginState, name: (userId: string) => string): string {
    const title = `**${escapeMarkdown(plugin.name)}**`;
    const request = integrationsRequest(state, plugin, name);
    if (!request.ready) {
        if (request.reason === 'archived') {
            return words.archived(title);
        }
        const next = request.next.slice(0, 5).map((move) => `- ${move.what} (${ACTOR_NOUN[move.actor]})`);
        return [words.nothingAsked(title), ...(next.length > 0 ? [words.first, ...next] : []), words.seeStatus(plugin.id)].join('\n');
    }
    // The channel name is checked when the policy is saved ([a-z0-9_-]): it links as it is.
    return [words.drafted(title, request.channel, state.policy.configured ? '' : words.defaultChannel), '', fenced(request.message)].join('\n');
}
