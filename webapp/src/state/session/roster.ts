// Roster members in the tracker channel. Mattermost notifies of a mention only those who are members
// of the channel (others give the author a "did not get notified" prompt), so a system admin's saved
// policy adds every roster member who is not yet in, and the panel marks those who still are not.
import {isStorageError, type EventLogStorage} from '../../storage/port';
import type {UserError} from '../types';
import {toUserError} from '../user_errors';

import {membershipsOf} from './membership_cache';
import type {Sync} from './sync';
import type {TeamRegistry} from './team';
import {sessionWords} from '../../i18n/session_words';

/** Why someone could not be added, in terms a system admin can act on. */
export type NotAddedReason =
    | 'not-on-team' //  not a member of the tracker's team (never was, or left it)
    | 'no-account' //   the account is gone
    | 'forbidden' //    this user may not add people to the channel
    | 'failed'; //      anything else (network, server): trying again may help

export interface RosterAddition {
    /** Added now. */
    readonly added: readonly string[];
    readonly notAdded: ReadonlyArray<{readonly userId: string; readonly reason: NotAddedReason}>;
    /** The membership could not even be read (nothing was tried); null otherwise. */
    readonly error: UserError | null;
}

type MembershipStorage = Pick<EventLogStorage, 'membersAmong' | 'addMember'>;

function reasonOf(error: unknown): NotAddedReason {
    if (!isStorageError(error)) {
        return 'failed';
    }
    // app/channel.go AddUserToChannel: no team membership (404) or one that was left (400).
    if (error.serverId === 'app.team.get_member.missing.app_error' || error.serverId === 'api.channel.add_user.to.channel.failed.deleted.app_error') {
        return 'not-on-team';
    }
    if (error.kind === 'not-found') {
        return 'no-account';
    }
    return error.kind === 'forbidden' ? 'forbidden' : 'failed';
}

/** Adds each of userIds who is not a member of the channel yet: one read, then one request per person missing. */
export async function addRosterMembers(storage: MembershipStorage, channelId: string, userIds: readonly string[]): Promise<RosterAddition> {
    const wanted = [...new Set(userIds)];
    let members: ReadonlySet<string>;
    try {
        members = new Set(await storage.membersAmong(channelId, wanted));
    } catch (error) {
        return {added: [], notAdded: [], error: toUserError(error, 'members')};
    }
    const added: string[] = [];
    const notAdded: Array<{userId: string; reason: NotAddedReason}> = [];
    for (const userId of wanted.filter((id) => !members.has(id))) {
        try {
            await storage.addMember(channelId, userId);
            added.push(userId);
        } catch (error) {
            notAdded.push({userId, reason: reasonOf(error)});
        }
    }
    return {added, notAdded, error: null};
}

export interface RosterDeps {
    readonly storage: MembershipStorage;
    readonly registry: Pick<TeamRegistry, 'team'>;
    readonly sync: Pick<Sync, 'open'>;
    /** The session whose page marks role holders: told who was added, so the marks need no new request. */
    readonly session: object;
}

const NO_TRACKER: UserError = {message: sessionWords.noTrackerToAddTo, retryable: false};

/** addRosterMembers on the team's tracker channel (opened first when it is not yet). */
export async function addToTracker(deps: RosterDeps, teamId: string, userIds: readonly string[]): Promise<RosterAddition> {
    const t = deps.registry.team(teamId);
    if (t.channelId === null) {
        await deps.sync.open(teamId);
    }
    const channelId = t.channelId;
    if (channelId === null) {
        return {added: [], notAdded: [], error: NO_TRACKER};
    }
    const result = await addRosterMembers(deps.storage, channelId, userIds);
    membershipsOf(deps.session).learn(teamId, result.added);
    return result;
}
