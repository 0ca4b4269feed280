// Questions the UI and the slash command ask of the folded state: how far along, what is missing,
// whose move it is.
import {deployTo} from '../i18n/move_words';

import {deployGaps, itemGaps, itemName, previousStage} from './gates';
import {isOwner, isOwnerOrRegistrant} from './people';
import {getPlugin} from './plugin_records';
import {holdsRole} from './policy';
import {itemDef, stageDef, STAGES} from './process';
import type {Actor, StageKey} from './process_types';
import type {Missing, Move, PluginState, PolicyState, TrackerState} from './tracker_state';

export {rolesOf} from './policy';

/** Done and total counted over the stage's applicable items (not-applicable ones drop out). */
export function stageProgress(plugin: PluginState, stage: StageKey): {done: number; total: number} {
    let done = 0;
    let total = 0;
    for (const key of stageDef(stage).items) {
        const status = plugin.items[key].status;
        if (status !== 'not-applicable') {
            total++;
            if (status === 'done') {
                done++;
            }
        }
    }
    return {done, total};
}

/** The first stage not deployed; null when all are. */
export function currentStage(plugin: PluginState): StageKey | null {
    return STAGES.find((stage) => plugin.stages[stage.key].status !== 'deployed')?.key ?? null;
}

/** What stands between the stage and its deployment, each line saying whose move it is; [] when the gate is met. */
export function missingForGate(state: TrackerState, plugin: PluginState, stage: StageKey): Missing[] {
    if (plugin.stages[stage].status === 'deployed') {
        return [];
    }
    return deployGaps(state.policy, plugin, stage);
}

/** One thing that must happen on the way to the plugin's next deployment, and whose move it is. */
export interface Step {
    readonly actor: Actor;
    readonly what: string;
}

/**
 * What must happen, in order, for the plugin's next deployment: a deployment another item waits
 * on first (the release on ci-extensions-release before its QA), then each item's open work in
 * checklist order (what comes before its sign-off, then the sign-off), then the deployment itself.
 */
export function pathAhead(state: TrackerState, plugin: PluginState): Step[] {
    const stage = currentStage(plugin);
    if (stage === null || plugin.archived) {
        return [];
    }
    const first: Step[] = [];
    const then: Step[] = [];
    for (const key of stageDef(stage).items) {
        for (const gap of itemGaps(state.policy, plugin, plugin.items[key])) {
            (gap.kind === 'deploy' ? first : then).push({actor: gap.actor, what: gap.kind === 'deploy' ? gap.todo : `${itemName(itemDef(key))}: ${gap.todo}`});
        }
    }
    const def = stageDef(stage);
    const release = def.environment.builds === 'master' || !plugin.release ? '' : ` ${plugin.release.version}`;
    return [...first, ...then, {actor: def.deployedBy, what: `Deploy${release} to ${def.environment.name}`}];
}

/** A stage is open for work when it is not deployed and the stage before it is. */
function openStages(plugin: PluginState): StageKey[] {
    return STAGES.filter((stage) => {
        const before = previousStage(stage.key);
        return plugin.stages[stage.key].status !== 'deployed' && (!before || plugin.stages[before].status === 'deployed');
    }).map((stage) => stage.key);
}

function readySince(plugin: PluginState, stage: StageKey): number {
    let since = plugin.registered.at;
    const before = previousStage(stage);
    const deployment = before ? plugin.stages[before].deployment : null;
    if (deployment) {
        since = Math.max(since, deployment.at);
    }
    for (const key of stageDef(stage).items) {
        const item = plugin.items[key];
        for (const signOff of Object.values(item.signOffs)) {
            since = Math.max(since, signOff?.at ?? since);
        }
        since = Math.max(since, item.waiver?.at ?? since);
    }
    return since;
}

/**
 * Every open piece of work on the plugin's open stages, and whose move it is. A sign-off is listed
 * only once nothing else blocks it, so the move sits with whoever can actually act.
 */
export function moves(state: TrackerState, plugin: PluginState): Move[] {
    return movesUnder(state.policy, plugin);
}

/** moves() under a given policy (turns.ts replays the policies in force one after another). */
export function movesUnder(policy: PolicyState, plugin: PluginState): Move[] {
    if (plugin.archived) {
        return [];
    }
    const result: Move[] = [];
    for (const stage of openStages(plugin)) {
        for (const key of stageDef(stage).items) {
            const item = plugin.items[key];
            const gaps = itemGaps(policy, plugin, item);
            const blocked = gaps.some((gap) => gap.kind !== 'signoff');
            for (const gap of gaps) {
                if (gap.kind === 'signoff' && blocked) {
                    continue;
                }
                result.push({pluginId: plugin.id, stage, item: key, actor: gap.actor, what: gap.todo, since: item.openSince, kind: gap.kind, ...(gap.slot ? {slot: gap.slot.key} : {}), ...(gap.ref === undefined ? {} : {ref: gap.ref})});
            }
        }
        if (plugin.stages[stage].status === 'ready') {
            const def = stageDef(stage);
            result.push({pluginId: plugin.id, stage, item: null, actor: def.deployedBy, what: deployTo(def.environment.name), since: readySince(plugin, stage), kind: 'deploy'});
        }
    }
    return result;
}

export function actsAs(policy: PolicyState, actor: Actor, plugin: PluginState, userId: string, isSystemAdmin: boolean): boolean {
    if (actor === 'author') {
        return isOwnerOrRegistrant(plugin, userId);
    }
    return holdsRole(policy, actor, {userId, isSystemAdmin});
}

/** Whether the rules would let this user make the move (owners may not sign off their own reviews; two distinct reviewers). */
export function mayMake(plugin: PluginState, move: Move, userId: string): boolean {
    if (move.kind !== 'signoff' || move.item === null) {
        return true;
    }
    if (!itemDef(move.item).ownersMaySignOff && isOwner(plugin, userId)) {
        return false;
    }
    const signOffs = plugin.items[move.item].signOffs;
    return !Object.values(signOffs).some((signOff) => signOff?.by === userId);
}

/** "Waiting on me": the moves across all live plugins whose actor is a role the user holds, or the author of a plugin they own. */
export function movesFor(state: TrackerState, userId: string, isSystemAdmin: boolean): Move[] {
    const result: Move[] = [];
    for (const id of state.pluginOrder) {
        const plugin = getPlugin(state.plugins, id);
        if (!plugin) {
            continue;
        }
        for (const move of moves(state, plugin)) {
            if (actsAs(state.policy, move.actor, plugin, userId, isSystemAdmin) && mayMake(plugin, move, userId)) {
                result.push(move);
            }
        }
    }
    return result;
}

/** By id (exact, then case-insensitive) or by a name prefix that fits exactly one plugin. */
export function findPlugin(state: TrackerState, query: string): PluginState | null {
    const wanted = query.trim();
    if (!wanted) {
        return null;
    }
    const exact = getPlugin(state.plugins, wanted);
    if (exact) {
        return exact;
    }
    const lower = wanted.toLowerCase();
    const plugins = state.pluginOrder.map((id) => getPlugin(state.plugins, id)).filter((plugin): plugin is PluginState => plugin !== undefined);
    const byId = plugins.find((plugin) => plugin.id.toLowerCase() === lower);
    if (byId) {
        return byId;
    }
    const byName = plugins.filter((plugin) => plugin.name.toLowerCase() === lower);
    if (byName.length === 1) {
        return byName[0] ?? null;
    }
    const byPrefix = plugins.filter((plugin) => plugin.name.toLowerCase().startsWith(lower));
    return byPrefix.length === 1 ? byPrefix[0] ?? null : null;
}
