// The hand-off post: the seed asks authors to "make a request in the Integrations and Apps channel"
// for CI and deployments. This drafts that request from the tracker — the plugin, its repository, the
// stage, what is done with links to its evidence, and what is asked — for the author to edit and send.
// Everything people wrote is escaped, and nobody is mentioned: the author decides whom to notify.
// The words are i18n/integrations_request_words.ts's; this decides whether there is a request to make.
import {requestMessage, type RequestProcess} from '../i18n/integrations_request_words';

import {isHttpUrl} from './events';
import {itemDef, stageDef, STAGES} from './process';
import {currentStage, moves} from './queries';
import type {Move, PluginState, TrackerState} from './tracker_state';

const PROCESS: RequestProcess = {stages: STAGES, item: itemDef, stage: stageDef, isHttpUrl};

export type IntegrationsRequest =
    /** Something waits on the Integrations team: the drafted message, and the channel to post it in. */
    | {readonly ready: true; readonly channel: string; readonly message: string; readonly asks: readonly Move[]}
    /** Nothing to ask of them yet: what comes first, and whose move it is. */
    | {readonly ready: false; readonly reason: 'archived' | 'nothing-asked'; readonly next: readonly Move[]};

/** The request for the Integrations team, or why there is none to make yet. `name` gives a user's name (never a mention). */
export function integrationsRequest(state: TrackerState, plugin: PluginState, name: (userId: string) => string): IntegrationsRequest {
    const open = moves(state, plugin);
    if (plugin.archived) {
        return {ready: false, reason: 'archived', next: []};
    }
    const asks = open.filter((move) => move.actor === 'integrations');
    if (asks.length === 0) {
        return {ready: false, reason: 'nothing-asked', next: open};
    }
    const stage = currentStage(plugin);
    const environment = stage === null ? null : state.policy.environments[stage] || stageDef(stage).environment.defaultUrl;
    const message = requestMessage(plugin, stage, environment, asks, name, PROCESS);
    return {ready: true, channel: state.policy.integrationsChannel, message, asks};
}
