// The hand-off post: the seed asks authors to "make a request in the Integrations and Apps channel"
// for CI and deployments. This drafts that request from the tracker — the plugin, its repository, the
// stage, what is done with links to its evidence, and what is asked — for the author to edit and send.
// Everything people wrote is escaped, and nobody is mentioned: the author decides whom to notify.
import {isHttpUrl} from './events';
import {escapeMarkdown, markdownUrl} from './markdown';
import {itemDef, stageDef, STAGES} from './process';
import {currentStage, moves} from './queries';
import type {Move, PluginState, TrackerState} from './tracker_state';

export type IntegrationsRequest =
    /** Something waits on the Integrations team: the drafted message, and the channel to post it in. */
    | {readonly ready: true; readonly channel: string; readonly message: string; readonly asks: readonly Move[]}
    /** Nothing to ask of them yet: what comes first, and whose move it is. */
    | {readonly ready: false; readonly reason: 'archived' | 'nothing-asked'; readonly next: readonly Move[]};

function doneLines(plugin: PluginState, name: (userId: string) => string): string[] {
    const lines: string[] = [];
    for (const stage of STAGES) {
        if (plugin.stages[stage.key].status === 'not-started') {
            continue;
        }
        if (plugin.stages[stage.key].status === 'deployed') {
            lines.push(`- Deployed to ${stage.environment.name}`);
        }
        for (const key of stage.items) {
            const item = plugin.items[key];
            const def = itemDef(key);
            if (item.status === 'not-applicable') {
                lines.push(`- ${def.label}: not applicable${item.waiver ? ` (${escapeMarkdown(item.waiver.reason)})` : ''}`);
                continue;
            }
            if (item.status !== 'done') {
                continue;
            }
            // Named, not mentioned: whoever signed is not notified by someone else's request.
            const signers = Object.values(item.signOffs).map((signOff) => escapeMarkdown(name(signOff.by).replace(/^@/, '')));
            const links = def.evidence.flatMap((field) => {
                const value = item.evidence[field.key]?.value;
                return value !== undefined && isHttpUrl(value) ? [`${escapeMarkdown(field.label)}: ${markdownUrl(value)}`] : [];
            });
            const details = [...(signers.length > 0 ? [`signed off by ${signers.join(', ')}`] : []), ...links];
            lines.push(`- ${def.label}${details.length > 0 ? ` — ${details.join('; ')}` : ''}`);
        }
    }
    return lines;
}

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
    const release = plugin.release;
    const done = doneLines(plugin, name);
    const message = [
        `Hello Integrations team, a request for **${escapeMarkdown(plugin.name)}** (${escapeMarkdown(plugin.id)}):`,
        '',
        `- Repository: ${markdownUrl(plugin.repoUrl)}`,
        ...(stage === null ? [] : [`- Stage: ${stageDef(stage).label}${environment ? ` (${markdownUrl(environment)})` : ''}`]),
        ...(release ? [`- Release: ${escapeMarkdown(release.version)} ${markdownUrl(release.url)}`] : []),
        '',
        'Done so far:',
        ...(done.length > 0 ? done : ['- Nothing signed off yet']),
        '',
        'Could you please:',
        ...asks.map((move) => `- ${move.what}${move.item === null ? '' : ` (${itemDef(move.item).label})`}`),
        '',
        'Its checklist is in ~plugin-onboarding. Thank you!',
    ].join('\n');
    return {ready: true, channel: state.policy.integrationsChannel, message, asks};
}
