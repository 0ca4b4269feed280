// Whose move it is on each plugin, and since when. The clock of a move starts when the move came to
// its actor (a role, or the owners) and restarts whenever it leaves them and comes back: a review
// that waited a week for the author and then an hour for a core committer has waited an hour on
// the core committers. The folded state holds only where things stand now, so "since when" is read
// by replaying the accepted events, after the fold and only when asked: the fold stays as fast as it
// was, and a state that only grew since the last question replays only what is new.
import {applyPluginEvent} from './apply';
import type {WorkingPlugin} from './working_copy';
import {isPluginEvent} from './events';
import type {LogEntry} from './log';
import {getPlugin} from './plugin_records';
import {newPlugin} from './plugin_init';
import {INITIAL_POLICY, policyOf} from './policy';
import {actsAs, mayMake, movesUnder} from './queries';
import type {Actor} from './process_types';
import type {Move, PluginState, PolicyState, TrackerState} from './tracker_state';

/** Per actor holding a move on the plugin: when the move came to them. */
export type Hands = Readonly<Partial<Record<Actor, number>>>;

/** One actor's share of a plugin's open work. */
export interface Turn {
    readonly actor: Actor;
    readonly since: number;
    readonly moves: readonly Move[];
}

interface Replay {
    /** The entries replayed so far and whether each was accepted: a later state must agree on them to go on from here. */
    readonly entries: LogEntry[];
    readonly accepted: boolean[];
    policy: PolicyState;
    readonly drafts: Map<string, WorkingPlugin>;
    /** Replaced, never changed in place, so a map handed out for an earlier state stays true. */
    readonly hands: Map<string, Hands>;
}

function handsAfter(previous: Hands, policy: PolicyState, plugin: PluginState, at: number): Hands {
    const actors = new Set(movesUnder(policy, plugin).map((move) => move.actor));
    let changed = false;
    const next: Partial<Record<Actor, number>> = {};
    for (const actor of actors) {
        const since = previous[actor];
        next[actor] = since ?? at;
        changed ||= since === undefined;
    }
    changed ||= Object.keys(previous).length !== actors.size;
    return changed ? next : previous;
}

function settle(replay: Replay, plugin: WorkingPlugin, at: number): void {
    const previous = replay.hands.get(plugin.id) ?? {};
    const next = handsAfter(previous, replay.policy, plugin, at);
    if (next !== previous) {
        replay.hands.set(plugin.id, next);
    }
}

function step(replay: Replay, entry: LogEntry, accepted: boolean): void {
    replay.entries.push(entry);
    replay.accepted.push(accepted);
    const event = entry.event;
    if (!accepted || !event) {
        return;
    }
    const stamp = {by: entry.userId, at: entry.createAt, eventId: event.id};
    if (event.type === 'policy.set') {
        // The allow-list decides whether a licence is still the author's to change.
        replay.policy = policyOf(event, stamp);
        for (const draft of replay.drafts.values()) {
            settle(replay, draft, entry.createAt);
        }
        return;
    }
    if (!isPluginEvent(event)) {
        return;
    }
    if (event.type === 'plugin.registered') {
        const draft = newPlugin(event, stamp, entry.rootId || entry.postId);
        replay.drafts.set(event.plugin, draft);
        settle(replay, draft, entry.createAt);
        return;
    }
    const draft = replay.drafts.get(event.plugin);
    if (draft) {
        applyPluginEvent(draft, event, stamp);
        settle(replay, draft, entry.createAt);
    }
}

/** Whether the state's log starts with what the replay read, each post judged the same. */
function continues(replay: Replay, state: TrackerState): boolean {
    const {entries, accepted} = replay;
    if (state.log.length < entries.length) {
        return false;
    }
    for (let i = 0; i < entries.length; i++) {
        if (state.log[i] !== entries[i] || (state.verdicts[i] === null) !== accepted[i]) {
            return false;
        }
    }
    return true;
}

let latest: Replay | null = null;
const answers = new WeakMap<TrackerState, ReadonlyMap<string, Hands>>();

/** Per plugin, who holds a move and since when. Made once per state. */
export function handsOf(state: TrackerState): ReadonlyMap<string, Hands> {
    const known = answers.get(state);
    if (known) {
        return known;
    }
    let replay = latest;
    if (!replay || !continues(replay, state)) {
        replay = {entries: [], accepted: [], policy: INITIAL_POLICY, drafts: new Map(), hands: new Map()};
    }
    for (let i = replay.entries.length; i < state.log.length; i++) {
        const entry = state.log[i];
        if (entry) {
            step(replay, entry, state.verdicts[i] === null);
        }
    }
    latest = replay;
    const answer = new Map(replay.hands);
    answers.set(state, answer);
    return answer;
}

/** Whose move it is on the plugin, one line per actor, longest waiting first. */
export function whoseMove(state: TrackerState, plugin: PluginState): Turn[] {
    return turnsOf(state.policy, plugin, handsOf(state).get(plugin.id));
}

/**
 * whoseMove from its parts: the policy, the plugin and its hands (handsOf). Each stays the same
 * object while the plugin's turns do not change, so a view of one plugin can be memoised on them.
 */
export function turnsOf(policy: PolicyState, plugin: PluginState, handsOfPlugin: Hands | undefined): Turn[] {
    const hands = handsOfPlugin ?? {};
    const byActor = new Map<Actor, Move[]>();
    for (const move of movesUnder(policy, plugin)) {
        byActor.set(move.actor, [...(byActor.get(move.actor) ?? []), move]);
    }
    return [...byActor].map(([actor, moves]) => {
        const since = hands[actor] ?? plugin.registered.at;
        return {actor, since, moves: moves.map((move) => ({...move, since}))};
    }).sort((a, b) => a.since - b.since || a.actor.localeCompare(b.actor));
}

/** How long the plugin has waited on anyone: the oldest open turn, or null when nothing is open. */
export function waitingSince(state: TrackerState, plugin: PluginState): number | null {
    return whoseMove(state, plugin)[0]?.since ?? null;
}

/**
 * "Waiting on me": every move across live plugins that this user may make, each dated from when
 * it came to their side, oldest first.
 */
export function waitingOn(state: TrackerState, userId: string, isSystemAdmin: boolean): Move[] {
    const result: Move[] = [];
    for (const id of state.pluginOrder) {
        const plugin = getPlugin(state.plugins, id);
        if (!plugin) {
            continue;
        }
        for (const turn of whoseMove(state, plugin)) {
            for (const move of turn.moves) {
                if (actsAs(state.policy, move.actor, plugin, userId, isSystemAdmin) && mayMake(plugin, move, userId)) {
                    result.push(move);
                }
            }
        }
    }
    // Stable: equal times keep the tracker's order.
    return result.sort((a, b) => a.since - b.since);
}
