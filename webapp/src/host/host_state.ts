// Plain typed reads of the webapp's Redux state. mattermost-redux's selectors would add ~17 KB to
// the start-up bundle for four property reads; these are checked against the real reducers' shape
// by host_state.test.ts, which builds the state with mattermost-redux itself.
import type {GlobalState} from '@mattermost/types/store';
import type {UserProfile} from '@mattermost/types/users';

export function getCurrentUserId(state: GlobalState): string {
    return state.entities.users.currentUserId;
}

export function getCurrentTeamId(state: GlobalState): string {
    return state.entities.teams.currentTeamId;
}

/** The team's URL name, as channel links use it; '' when the webapp has not loaded the team. */
export function getTeamName(state: GlobalState, teamId: string): string {
    return state.entities.teams.teams[teamId]?.name ?? '';
}

export function getCurrentChannelId(state: GlobalState): string {
    return state.entities.channels.currentChannelId;
}

/** The webapp loads the user's channel memberships for the team at start-up and keeps them current. */
export function isChannelMember(state: GlobalState, channelId: string): boolean {
    return Object.prototype.hasOwnProperty.call(state.entities.channels.myMembers, channelId);
}

export function getUser(state: GlobalState, userId: string): UserProfile | undefined {
    return state.entities.users.profiles[userId];
}

export function isSystemAdminUser(user: Pick<UserProfile, 'roles'> | undefined): boolean {
    return hasRole(user?.roles, 'system_admin');
}

export function isTeamAdmin(state: GlobalState, teamId: string): boolean {
    const member = state.entities.teams.myMembers[teamId];
    return hasRole(member?.roles, 'team_admin') || member?.scheme_admin === true;
}

export function isCurrentUserSystemAdmin(state: GlobalState): boolean {
    return isSystemAdminUser(getUser(state, getCurrentUserId(state)));
}

/**
 * Where this server is, as the page reaches it: the page's own origin plus the server's subpath.
 * The configured SiteURL's host may differ from the one in the address bar (an alias, a proxy, a
 * typo), and requests to it would be cross-origin and fail; the webapp itself does the same.
 */
export function getSiteUrl(state: GlobalState, location: Pick<Location, 'origin'>, basename?: string): string {
    const path = basename ?? subpathOf(state.entities.general.config.SiteURL ?? '');
    return `${location.origin}${path}`.replace(/\/+$/, '');
}

function subpathOf(siteUrl: string): string {
    try {
        return new URL(siteUrl).pathname;
    } catch {
        return '';
    }
}

function hasRole(roles: string | undefined, role: string): boolean {
    return (roles ?? '').split(' ').includes(role);
}
