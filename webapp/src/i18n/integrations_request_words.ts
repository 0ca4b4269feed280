// The request for the Integrations team that domain/integrations_request.ts drafts for an author to
// edit and post: the plugin, its repository, stage and release, what is done with links to its
// evidence, and what is asked. Markdown: everything people wrote is escaped here, and nobody is
// mentioned (the author decides whom to notify). The process's parts arrive in RequestProcess.
import {escapeMarkdown, markdownUrl} from '../domain/markdown';
import type {ItemDef, ItemKey, StageDef, StageKey} from '../domain/process_types';
import type {Move, PluginState} from '../domain/tracker_state';

/** The process definition (domain/process.ts) and which values are links. */
export interface RequestProcess {
    readonly stages: readonly StageDef[];
    item(key: ItemKey): ItemDef;
    stage(key: StageKey): StageDef;
    isHttpUrl(value: string): boolean;
}

function doneLines(plugin: PluginState, name: (userId: string) => string, process: RequestProcess): string[] {
    const lines: string[] = [];
    for (const stage of process.stages) {
        if (plugin.stages[stage.key].status === 'not-started') {
            continue;
        }
        if (plugin.stages[stage.key].status === 'deployed') {
            lines.push(`- Deployed to ${stage.environment.name}`);
        }
        for (const key of stage.items) {
            const item = plugin.items[key];
            const def = process.item(key);
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
                return value !== undefined && process.isHttpUrl(value) ? [`${escapeMarkdown(field.label)}: ${markdownUrl(value)}`] : [];
            });
            const details = [...(signers.length > 0 ? [`signed off by ${signers.join(', ')}`] : []), ...links];
            lines.push(`- ${def.label}${details.length > 0 ? ` — ${details.join('; ')}` : ''}`);
        }
    }
    return lines;
}

/**
 * The message: `stage` is the plugin's current stage (null before the first), `environment` its
 * server's URL when one is set, `asks` the moves waiting on the Integrations team.
 */
export function requestMessage(
    plugin: PluginState, stage: StageKey | null, environment: string | null, asks: readonly Move[], name: (userId: string) => string, process: RequestProcess,
): string {
    const release = plugin.release;
    const done = doneLines(plugin, name, process);
    return [
        `Hello Integrations team, a request for **${escapeMarkdown(plugin.name)}** (${escapeMarkdown(plugin.id)}):`,
        '',
        `- Repository: ${markdownUrl(plugin.repoUrl)}`,
        ...(stage === null ? [] : [`- Stage: ${process.stage(stage).label}${environment ? ` (${markdownUrl(environment)})` : ''}`]),
        ...(release ? [`- Release: ${escapeMarkdown(release.version)} ${markdownUrl(release.url)}`] : []),
        '',
        'Done so far:',
        ...(done.length > 0 ? done : ['- Nothing signed off yet']),
        '',
        'Could you please:',
        ...asks.map((move) => `- ${move.what}${move.item === null ? '' : ` (${process.item(move.item).label})`}`),
        '',
        'Its checklist is in ~plugin-onboarding. Thank you!',
    ].join('\n');
}
