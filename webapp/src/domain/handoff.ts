// Who an event hands work to: the people for whom it makes a step actionable that was not before
// (the role's roster members, or the plugin's owners), so its post can mention exactly them and
// Mattermost's own notifications reach them. Nobody is named twice, the writer is never named,
// and nobody is named when nothing new waits on them.
import * as say from '../i18n/handoff_words';

import {applyPluginEvent} from './apply';
import type {Author} from './author';
import {WorkingCopies} from './working_copy';
import {isPluginEvent, type OnboardEvent, type PluginEvent} from './events';
import {itemName} from './gates';
import {markdownUrl, mention} from './markdown';
import {ownersOf} from './people';
import {itemDef} from './process';
import {newPlugin} from './plugin_init';
import {mayMake, movesUnder} from './queries';
import {check} from './rules';
import type {Actor} from './process_types';
import type {Move, PluginState, PolicyState, TrackerState} from './tracker_state';

/** One actor's new work, and the people it reaches. */
export interface HandOffGroup {
    readonly actor: Actor;
    /** The new moves' short imperatives, e.g. "Sign off". */
    readonly moves: readonly Move[];
    /** Who may make them, in roster (or owner) order; none already named in an earlier group. */
    readonly people: readonly string[];
}

export interface HandOff {
    readonly pluginId: string;
    readonly groups: readonly HandOffGroup[];
}

function moveKey(move: Move): string {
    return `${move.stage}|${move.item ?? ''}|${move.kind}|${move.slot ?? ''}|${move.ref ?? ''}`;
}

function candidates(policy: PolicyState, plugin: PluginState, actor: Actor): readonly string[] {
    if (actor === 'author') {
        return ownersOf(plugin);
    }
    // Before a policy, only system admins act for the roles, and there is no list of them to name.
    return policy.configured ? policy.roles[actor] : [];
}

/** The plugin as it would be once the event is applied (a private copy: the state is not touched). */
function after(state: TrackerState, event: PluginEvent, author: Author, at: number): PluginState | null {
    const stamp = {by: author.userId, at, eventId: event.id};
    if (event.type === 'plugin.registered') {
        return newPlugin(event, stamp, '');
    }
    const plugin = state.plugins[event.plugin];
    if (!plugin) {
        return null;
    }
    const draft = new WorkingCopies().writable(plugin);
    applyPluginEvent(draft, event, stamp);
    return draft;
}

/**
 * What the event, written by `author` at `at`, hands to whom; null when it would be refused or
 * hands nothing new to anyone. Policy and integrity events hand nothing: they change who may act,
 * not what waits.
 */
export function handOff(state: TrackerState, event: OnboardEvent, author: Author, at: number): HandOff | null {
    if (event.type === 'policy.set' || !isPluginEvent(event) || check(state, event, author) !== null) {
        return null;
    }
    const next = after(state, event, author, at);
    if (!next) {
        return null;
    }
    const before = state.plugins[event.plugin];
    const known = new Set((before ? movesUnder(state.policy, before) : []).map(moveKey));
    const fresh = movesUnder(state.policy, next).filter((move) => !known.has(moveKey(move)));
    const byActor = new Map<Actor, Move[]>();
    for (const move of fresh) {
        byActor.set(move.actor, [...(byActor.get(move.actor) ?? []), move]);
    }
    const named = new Set<string>([author.userId]);
    const groups: HandOffGroup[] = [];
    for (const [actor, moves] of byActor) {
        const people = candidates(state.policy, next, actor).filter((userId) => {
            if (named.has(userId) || !moves.some((move) => mayMake(next, move, userId))) {
                return false;
            }
            named.add(userId);
            return true;
        });
        groups.push({actor, moves, people});
    }
    return groups.length === 0 ? null : {pluginId: event.plugin, groups};
}

/** How a team's policy lets posts notify people: whether to mention at all, and how many at most. */
export interface MentionPolicy {
    readonly mentions: boolean;
    readonly maxMentions: number;
}

function steps(moves: readonly Move[]): string[] {
    // The process's own words (item names, evidence labels), never user text: nothing to escape.
    const lines = moves.map((move) => (move.item === null ? move.what : say.itemStep(itemName(itemDef(move.item)), move.what)));
    return [...new Set(lines)];
}

/**
 * The line added to an event's post message: who the next step waits on and what it is, e.g.
 * "Next: @frank-core, @grace-core (the core committers) — Basic Code Review passed: Sign off". People
 * are mentioned only when the policy allows and there are no more than its cap in the post; past
 * the cap each role is named instead, with a link to the plugin's card, which opens the panel.
 */
export function handOffLine(handOff: HandOff, username: (userId: string) => string, policy: MentionPolicy, cardUrl: string | null): string {
    const total = handOff.groups.reduce((sum, group) => sum + group.people.length, 0);
    const mentionPeople = policy.mentions && total <= policy.maxMentions;
    const parts = handOff.groups.map((group) => {
        let who = say.WHO[group.actor];
        if (mentionPeople && group.people.length > 0) {
            who = say.mentioned(group.people.map((userId) => mention(username(userId))), who);
        } else if (policy.mentions && group.people.length > 0) {
            who = say.counted(who, group.people.length, cardUrl ? markdownUrl(cardUrl) : null);
        }
        return say.group(who, steps(group.moves));
    });
    return say.next(parts);
}
