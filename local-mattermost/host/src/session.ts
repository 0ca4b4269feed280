// Logs in with the real Client4 and fills the mattermost-redux entities a plugin may read
// (current user and profiles, current team and teams, channels, client config, theme preference)
// with mattermost-redux's own action types, as the webapp's bootstrap does.
import {ChannelTypes, GeneralTypes, PreferenceTypes, TeamTypes, UserTypes} from 'mattermost-redux/action_types';
import {Client4} from 'mattermost-redux/client';

import type {ServerChannel} from '@mattermost/types/channels';
import type {Team} from '@mattermost/types/teams';
import type {UserProfile} from '@mattermost/types/users';

import type {HostStore} from './store/configure';
import {themeByName, type ThemeName} from './theme';

export function setupClient(): void {
    Client4.setUrl(window.location.origin);

    // As the webapp: cookie auth only, so the server's CSRF check applies to every write.
    Client4.setAuthHeader = false;
    Client4.setIncludeCookies(true);
}

export async function login(username: string, password: string): Promise<UserProfile> {
    return Client4.login(username, password);
}

export async function logout(): Promise<void> {
    await Client4.logout();
}

export async function fetchMe(): Promise<UserProfile | null> {
    try {
        return await Client4.getMe();
    } catch {
        return null;
    }
}

export function isSystemAdmin(user: UserProfile | undefined): boolean {
    return Boolean(user?.roles.split(' ').includes('system_admin'));
}

// The sidebar lists the team's public channels plus the user's own; opening one the user is not in
// joins it, as the webapp does, because the server sends channel events only to members.
async function loadChannels(team: Team): Promise<{channels: ServerChannel[]; memberOf: Set<string>}> {
    const [open, mine] = await Promise.all([Client4.getChannels(team.id, 0, 200).catch(() => []), Client4.getMyChannels(team.id)]);
    const byId = new Map<string, ServerChannel>();
    [...open, ...mine].forEach((c) => byId.set(c.id, c));
    return {channels: [...byId.values()], memberOf: new Set(mine.map((c) => c.id))};
}

/**
 * The team's channels and the user's memberships, into the store as the webapp keeps them (plugins
 * read both). Run at start-up and again when the server says a channel appeared or the user joined one.
 */
export async function refreshChannels(store: HostStore, teamId: string): Promise<{channels: ServerChannel[]; memberOf: Set<string>}> {
    const team = await Client4.getTeam(teamId);
    const [loaded, members] = await Promise.all([loadChannels(team), Client4.getMyChannelMembers(teamId).catch(() => [])]);
    store.dispatch({type: ChannelTypes.RECEIVED_CHANNELS, teamId, data: loaded.channels});
    store.dispatch({type: ChannelTypes.RECEIVED_MY_CHANNEL_MEMBERS, data: members});
    return loaded;
}

export function dispatchTheme(store: HostStore, userId: string, name: ThemeName): void {
    store.dispatch({
        type: PreferenceTypes.RECEIVED_PREFERENCES,
        data: [{user_id: userId, category: 'theme', name: '', value: JSON.stringify(themeByName(name))}],
    });
}

export type SessionResult = {user: UserProfile; team: Team | undefined; channel: ServerChannel | undefined; memberOf: Set<string>};

export async function loadSession(store: HostStore, me: UserProfile, teamName: string, channelName: string, theme: ThemeName): Promise<SessionResult> {
    store.dispatch({type: UserTypes.RECEIVED_ME, data: me});
    dispatchTheme(store, me.id, theme);

    const config = await Client4.getClientConfig().catch(() => ({}));
    store.dispatch({type: GeneralTypes.CLIENT_CONFIG_RECEIVED, data: {SiteURL: window.location.origin, ...config}});

    const [teams, teamMembers] = await Promise.all([Client4.getMyTeams(), Client4.getMyTeamMembers()]);
    store.dispatch({type: TeamTypes.RECEIVED_TEAMS_LIST, data: teams});
    store.dispatch({type: TeamTypes.RECEIVED_MY_TEAM_MEMBERS, data: teamMembers});
    const team = teams.find((t) => t.name === teamName) ?? teams[0];
    if (!team) {
        return {user: me, team: undefined, channel: undefined, memberOf: new Set()};
    }
    store.dispatch({type: TeamTypes.SELECT_TEAM, data: team.id});

    const {channels, memberOf} = await refreshChannels(store, team.id);
    const channel = channels.find((c) => c.name === channelName) ?? channels.find((c) => c.name === 'town-square') ?? channels[0];
    return {user: me, team, channel, memberOf};
}

// Author names for posts: fetch the profiles the store does not have yet.
export async function ensureProfiles(store: HostStore, userIds: string[]): Promise<void> {
    const known = store.getState().entities.users.profiles;
    const missing = [...new Set(userIds)].filter((id) => id && !known[id]);
    if (missing.length === 0) {
        return;
    }
    try {
        const profiles = await Client4.getProfilesByIds(missing);
        store.dispatch({type: UserTypes.RECEIVED_PROFILES_LIST, data: profiles});
    } catch {
        // Unknown authors render by id; a failed lookup must not break the channel view.
    }
}
