// Usernames for the user ids in the state, and who holds a role: replies name people, not ids.
import {mention} from '../domain/markdown';
import {ownersOf} from '../domain/people';
import {ROLE_LABELS} from '../domain/process';
import type {Actor, RoleKey} from '../domain/process_types';
import type {PluginState, PolicyState} from '../domain/tracker_state';

import type {CommandContext, CommandTrackerView} from './context';
import {viewWords} from './words';

/** "@alice", or "a user" when the id is unknown: for replies. */
export type NameOf = (userId: string) => string;

export interface Names {
    readonly name: NameOf;
    /** The bare username, '' when unknown: what the domain's eventMessage expects. */
    readonly username: (userId: string) => string;
}

export const ROLES_WHERE = viewWords.rolesWhere;

/** Looks up the ids the view's directory lacks in one request; a failed lookup degrades to "a user". */
export async function loadNames(ctx: CommandContext, view: CommandTrackerView, ids: Iterable<string>): Promise<Names> {
    const known = new Map<string, string>();
    for (const user of Object.values(view.users)) {
        known.set(user.id, user.username);
    }
    const missing = [...new Set(ids)].filter((id) => !known.has(id));
    if (missing.length > 0) {
        try {
            for (const user of await ctx.session.users.byIds(missing)) {
                known.set(user.id, user.username);
            }
        } catch {
            // Names are decoration here; the reply still says what happened.
        }
    }
    return {
        name: (userId) => {
            const username = known.get(userId);
            return username === undefined ? viewWords.aUser : mention(username);
        },
        username: (userId) => known.get(userId) ?? '',
    };
}

/** Every user id a plugin's state refers to, so one lookup names them all. */
export function idsIn(plugin: PluginState, policy: PolicyState): string[] {
    const ids = new Set<string>([plugin.registered.by, ...plugin.owners]);
    for (const role of Object.values(policy.roles)) {
        role.forEach((id) => ids.add(id));
    }
    for (const item of Object.values(plugin.items)) {
        Object.values(item.signOffs).forEach((signOff) => ids.add(signOff.by));
    }
    return [...ids];
}

/** "QA team (@carol-qa)", "system admins (no roles set yet)". */
export function roleHolders(policy: PolicyState, role: RoleKey, name: NameOf): string {
    if (!policy.configured) {
        return viewWords.onlyAdminsUntilRoles(ROLE_LABELS[role], ROLES_WHERE);
    }
    const holders = policy.roles[role];
    if (holders.length === 0) {
        return viewWords.noOneYet(ROLE_LABELS[role], ROLES_WHERE);
    }
    return viewWords.holders(ROLE_LABELS[role], holders.map(name));
}

export function actorHolders(policy: PolicyState, plugin: PluginState, actor: Actor, name: NameOf): string {
    if (actor === 'author') {
        return viewWords.theOwners(ownersOf(plugin).map(name));
    }
    return roleHolders(policy, actor, name);
}
