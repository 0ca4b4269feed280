// `/plugin-onboard handoff <plugin>`: the request for the Integrations team, drafted from the tracker,
// ready to copy into the team's integrations channel. A slash command's reply cannot fill in the
// message box of another channel (Mattermost gives plugins no way to set a draft), so the reply holds
// the text and the panel's button opens the channel with the text copied.
import {integrationsRequest} from '../domain/integrations_request';
import {ACTOR_NOUN} from '../domain/wording';
import type {PluginState, TrackerState} from '../domain/tracker_state';

import {code, escapeMarkdown} from './markdown';
import {TRIGGER} from './trigger';

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
            return `${title} is archived: there is nothing to ask the Integrations team.`;
        }
        const next = request.next.slice(0, 5).map((move) => `- ${move.what} (${ACTOR_NOUN[move.actor]})`);
        return [
            `Nothing waits on the Integrations team for ${title} yet, so there is no request to make.`,
            ...(next.length > 0 ? ['First:', ...next] : []),
            `See ${code(`${TRIGGER} status ${plugin.id}`)}.`,
        ].join('\n');
    }
    // The channel name is checked when the policy is saved ([a-z0-9_-]): it links as it is.
    const where = state.policy.configured ? '' : ' (the default: no policy names another yet)';
    return [
        `A request for the Integrations team about ${title}. Copy it, edit it as you like and post it in ~${request.channel}${where} ` +
            '(the Plugin Onboard panel\'s *Request in the integrations channel* opens that channel with it copied):',
        '',
        fenced(request.message),
    ].join('\n');
}
