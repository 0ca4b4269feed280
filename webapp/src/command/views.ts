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
import {viewWords as w} from './words';

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
    const deployed = state.deployment === null ? '' : w.deployedBy(name(state.deployment.by), since(state.deployment.at, now));
    return w.stageLine(mark, def.label, state.status.replace('-', ' '), progress.done, progress.total, deployed);
}

export function statusReply(state: TrackerState, plugin: PluginState, now: number, name: NameOf): string {
    const owners = ownersOf(plugin).map(name).join(', ');
    const release = plugin.release === null ? w.noRelease : w.release(plugin.release.version);
    const lines = [
        w.statusHead(pluginTitle(plugin), link(plugin.repoUrl, w.repository), owners, release, plugin.archived !== null),
        ...STAGES.map((stage) => stageLine(plugin, stage.key, now, name)),
    ];
    const next = currentStage(plugin);
    if (next === null) {
        lines.push('', w.everyStageDeployed);
        return lines.join('\n');
    }
    const missing = missingForGate(state, plugin, next);
    lines.push('', missing.length === 0 ? w.readyToDeploy(next) : w.missingFor(next, missing.map((entry) => entry.message)));
    const path = pathLines(state, plugin, name);
    if (path.length > 1) {
        lines.push('', w.pathAhead, ...path);
    }
    const turns = turnsOf(state, plugin);
    if (turns.length > 0) {
        // One line per actor, longest waiting first, dated from when the move came to them: the missing list above has the details.
        lines.push('', w.whoseMove, ...turns.map((turn) => w.turnLine(actorHolders(state.policy, plugin, turn.actor, name), turn.moves.length, since(turn.since, now))));
    }
    return lines.join('\n');
}

/** What must happen, in order, for the next deployment, each step with who can do it: "1. Deploy v1.0.1 to ci-extensions-release — Integrations team (@erin)". */
export function pathLines(state: TrackerState, plugin: PluginState, name: NameOf): string[] {
    // Steps are the process's own labels and versions (no user text).
    return pathAhead(state, plugin).map((step, index) => w.pathLine(index + 1, step.what, actorHolders(state.policy, plugin, step.actor, name)));
}

/** "QA team, the owners" for a table cell: who has something to do on this plugin now. */
function whoseMove(plugin: PluginState, state: TrackerState): string {
    const actors = [...new Set(moves(state, plugin).map((move) => move.actor))];
    return actors.length === 0 ? '—' : actors.map((actor) => (actor === 'author' ? w.ownersActor : ROLE_LABELS[actor])).join(', ');
}

function progressText(plugin: PluginState): {stage: string; progress: string} {
    const stage = currentStage(plugin);
    if (stage === null) {
        return {stage: w.allDeployed, progress: '—'};
    }
    const progress = stageProgress(plugin, stage);
    return {stage, progress: `${progress.done}/${progress.total}`};
}

export function listReply(state: TrackerState, plugins: readonly PluginState[], filters: string): string {
    if (plugins.length === 0) {
        return w.noTrackedPlugins(filters);
    }
    const lines = [w.listHead(plugins.length, filters)];
    for (const plugin of plugins) {
        const {stage, progress} = progressText(plugin);
        lines.push(w.listLine(pluginTitle(plugin), stage === w.allDeployed ? stage : `${code(stage)} ${progress}`, whoseMove(plugin, state)));
    }
    return fitLines(lines, w.listMore);
}

export function reportReply(state: TrackerState, plugins: readonly PluginState[]): string {
    if (plugins.length === 0) {
        return w.noPluginsYet;
    }
    const lines = [...w.reportHead];
    for (const plugin of plugins) {
        const {stage, progress} = progressText(plugin);
        const next = currentStage(plugin);
        const missing = next === null ? [] : missingForGate(state, plugin, next);
        const [first, ...more] = missing;
        const blocked = first === undefined ? (next === null ? '—' : w.readyNothingBlocks) : `${cell(first.message)}${more.length > 0 ? w.moreMissing(more.length) : ''}`;
        lines.push(`| ${cell(plugin.name)} (${code(plugin.id)}) | ${stage === w.allDeployed ? stage : code(stage)} | ${progress} | ${blocked} | ${whoseMove(plugin, state)} |`);
    }
    return fitLines(lines, w.reportMore);
}

export function historyReply(state: TrackerState, plugin: PluginState, name: NameOf): string {
    const entries = pluginHistory(state, plugin.id);
    const changes = pluginChanges(state, plugin.id);
    const lines = entries.map((entry) => {
        // A refusal that lists things (what a gate still needed) is its first line, then a nested list.
        const list = entry.rejection?.list;
        const verdict = entry.rejection === null ? w.accepted : list === undefined ?
            w.rejected(escapeMarkdown(entry.rejection.message)) :
            `${w.rejected(escapeMarkdown(list.lead))}${list.items.map((item) => `\n  - ${escapeMarkdown(item)}`).join('')}`;
        const change = changes.get(entry.postId);
        const was = change === undefined || change.previous === null ? '' : w.was(escapeMarkdown(shortValue(change.previous)));
        const reopened = change?.effect ? effectLines(change.effect, change.event, name).map(w.reopened).join('') : '';
        return `- ${utcDateTime(entry.at)} · ${name(entry.by)} · ${escapeMarkdown(entry.summary)}${was} · ${verdict}${reopened}`;
    });
    const rejected = entries.filter((entry) => entry.rejection !== null).length;
    const header = w.historyHead(pluginTitle(plugin), entries.length, rejected);
    // Newest last, as in the channel; when too long, keep the newest.
    const kept: string[] = [];
    let size = header.length;
    for (let i = lines.length - 1; i >= 0; i--) {
        const line = lines[i] ?? '';
        if (size + line.length + 1 > REPLY_BUDGET) {
            kept.unshift(w.historyEarlier(i + 1));
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
