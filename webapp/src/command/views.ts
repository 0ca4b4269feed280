// Read-only replies: status, list, report and history, as short Markdown built from the state.
import {currentStage, missingForGate, moves, pathAhead, pluginHistory, stageProgress} from '../domain';
import {pluginChanges} from '../domain/history_changes';
import {effectLines, shortValue} from '../domain/messages';
import {ownersOf} from '../domain/people';
import {ROLE_LABELS, STAGES, stageDef} from '../domain/process';
import type {StageKey} from '../domain/process_types';
import type {PluginState, TrackerState} from '../domain/tracker_state';
import {whoseMove as turnsOf} from '../domain/turns';

import {cell, code, escapeMarkdown, link} from './markdown';
import {actorHolders, type NameOf} from './people';
import {since, utcDateTime} from './time';
import {TRIGGER} from './trigger';

/** Ephemeral posts share the post message limit (16383); stay well inside it. */
export const REPLY_BUDGET = 12_000;

const STAGE_MARK: Readonly<Record<string, string>> = {
    deployed: '✅',
    ready: '🟢',
    'in-progress': '🔵',
    'not-started': '⚪',
};

export function pluginTitle(plugin: PluginState): string {
    return `**${escapeMarkdown(plugin.name)}** (${code(plugin.id)})`;
}

function stageLine(plugin: PluginState, stage: StageKey, now: number, name: NameOf): string {
    const state = plugin.stages[stage];
    const def = stageDef(stage);
    const progress = stageProgress(plugin, stage);
    const mark = STAGE_MARK[state.status] ?? '';
    const deployed = state.deployment === null ? '' : `, deployed by ${name(state.deployment.by)} ${since(state.deployment.at, now)}`;
    return `- ${mark} ${def.label}: ${state.status.replace('-', ' ')}, ${progress.done}/${progress.total} item${progress.total === 1 ? '' : 's'}${deployed}`;
}

export function statusReply(state: TrackerState, plugin: PluginState, now: number, name: NameOf): string {
    const owners = ownersOf(plugin).map(name).join(', ');
    const release = plugin.release === null ? 'no release yet' : `release ${code(plugin.release.version)}`;
    const lines = [
        `${pluginTitle(plugin)} · ${link(plugin.repoUrl, 'repository')} · owners ${owners} · ${release}${plugin.archived === null ? '' : ' · **archived**'}`,
        ...STAGES.map((stage) => stageLine(plugin, stage.key, now, name)),
    ];
    const next = currentStage(plugin);
    if (next === null) {
        lines.push('', 'Every stage is deployed.');
        return lines.join('\n');
    }
    const missing = missingForGate(state, plugin, next);
    lines.push('', missing.length === 0 ?
        `**Ready to deploy to ${code(next)}.**` :
        `**Missing for ${code(next)}:**\n${missing.map((entry) => `- ${entry.message}`).join('\n')}`);
    const path = pathLines(state, plugin, name);
    if (path.length > 1) {
        lines.push('', '**Path ahead, in order:**', ...path);
    }
    const turns = turnsOf(state, plugin);
    if (turns.length > 0) {
        // One line per actor, longest waiting first, dated from when the move came to them: the missing list above has the details.
        lines.push('', '**Whose move:**', ...turns.map((turn) =>
            `- ${actorHolders(state.policy, plugin, turn.actor, name)}: ${turn.moves.length} open, waiting since ${since(turn.since, now)}`));
    }
    return lines.join('\n');
}

/** What must happen, in order, for the next deployment, each step with who can do it: "1. Deploy v1.0.1 to ci-extensions-release — Integrations team (@erin)". */
export function pathLines(state: TrackerState, plugin: PluginState, name: NameOf): string[] {
    // Steps are the process's own labels and versions (no user text).
    return pathAhead(state, plugin).map((step, index) => `${index + 1}. ${step.what} — ${actorHolders(state.policy, plugin, step.actor, name)}`);
}

/** "QA team, the owners" for a table cell: who has something to do on this plugin now. */
function whoseMove(plugin: PluginState, state: TrackerState): string {
    const actors = [...new Set(moves(state, plugin).map((move) => move.actor))];
    return actors.length === 0 ? '—' : actors.map((actor) => (actor === 'author' ? 'owners' : ROLE_LABELS[actor])).join(', ');
}

function progressText(plugin: PluginState): {stage: string; progress: string} {
    const stage = currentStage(plugin);
    if (stage === null) {
        return {stage: 'all deployed', progress: '—'};
    }
    const progress = stageProgress(plugin, stage);
    return {stage, progress: `${progress.done}/${progress.total}`};
}

export function listReply(state: TrackerState, plugins: readonly PluginState[], filters: string): string {
    if (plugins.length === 0) {
        return `No tracked plugins${filters}. Start tracking one with ${code(`${TRIGGER} add <plugin-id> <repo-url>`)}.`;
    }
    const lines = [`**${plugins.length} plugin${plugins.length === 1 ? '' : 's'}${filters}:**`];
    for (const plugin of plugins) {
        const {stage, progress} = progressText(plugin);
        lines.push(`- ${pluginTitle(plugin)} — ${stage === 'all deployed' ? stage : `${code(stage)} ${progress}`} · next: ${whoseMove(plugin, state)}`);
    }
    return fitLines(lines, 'Open the panel or use `list --stage` to see fewer.');
}

export function reportReply(state: TrackerState, plugins: readonly PluginState[]): string {
    if (plugins.length === 0) {
        return `No plugins are tracked in this team yet. Start with ${code(`${TRIGGER} add <plugin-id> <repo-url>`)}.`;
    }
    const lines = ['| Plugin | Stage | Progress | Blocked by | Whose move |', '|:--|:--|:--|:--|:--|'];
    for (const plugin of plugins) {
        const {stage, progress} = progressText(plugin);
        const next = currentStage(plugin);
        const missing = next === null ? [] : missingForGate(state, plugin, next);
        const [first, ...more] = missing;
        const blocked = first === undefined ? (next === null ? '—' : 'nothing: ready to deploy') : `${cell(first.message)}${more.length > 0 ? ` (+${more.length} more)` : ''}`;
        lines.push(`| ${cell(plugin.name)} (${code(plugin.id)}) | ${stage === 'all deployed' ? stage : code(stage)} | ${progress} | ${blocked} | ${whoseMove(plugin, state)} |`);
    }
    return fitLines(lines, 'The report is cut short here; `list --stage <stage>` shows fewer at a time.');
}

export function historyReply(state: TrackerState, plugin: PluginState, name: NameOf): string {
    const entries = pluginHistory(state, plugin.id);
    const changes = pluginChanges(state, plugin.id);
    const lines = entries.map((entry) => {
        // A refusal that lists things (what a gate still needed) is its first line, then a nested list.
        const list = entry.rejection?.list;
        const verdict = entry.rejection === null ? '✓' : list === undefined ?
            `✗ rejected: ${escapeMarkdown(entry.rejection.message)}` :
            `✗ rejected: ${escapeMarkdown(list.lead)}${list.items.map((item) => `\n  - ${escapeMarkdown(item)}`).join('')}`;
        const change = changes.get(entry.postId);
        const was = change === undefined || change.previous === null ? '' : ` (was ${escapeMarkdown(shortValue(change.previous))})`;
        const reopened = change?.effect ? effectLines(change.effect, change.event, name).map((line) => `\n  - reopened ${line}`).join('') : '';
        return `- ${utcDateTime(entry.at)} · ${name(entry.by)} · ${escapeMarkdown(entry.summary)}${was} · ${verdict}${reopened}`;
    });
    const rejected = entries.filter((entry) => entry.rejection !== null).length;
    const header = `History of ${pluginTitle(plugin)}: ${entries.length} event${entries.length === 1 ? '' : 's'} posted to the tracker, ${rejected} of them refused by the rules. ` +
        'A change refused before it was sent (by the command or the panel) was never posted, so it is not an event and is not listed.';
    // Newest last, as in the channel; when too long, keep the newest.
    const kept: string[] = [];
    let size = header.length;
    for (let i = lines.length - 1; i >= 0; i--) {
        const line = lines[i] ?? '';
        if (size + line.length + 1 > REPLY_BUDGET) {
            kept.unshift(`- … ${i + 1} earlier event${i === 0 ? '' : 's'} not shown (the tracker channel's thread has them all).`);
            break;
        }
        kept.unshift(line);
        size += line.length + 1;
    }
    return [header, ...kept].join('\n');
}

function fitLines(lines: readonly string[], more: string): string {
    const kept: string[] = [];
    let size = 0;
    for (const line of lines) {
        if (size + line.length + 1 > REPLY_BUDGET) {
            kept.push('', more);
            break;
        }
        kept.push(line);
        size += line.length + 1;
    }
    return kept.join('\n');
}
