// The accessors read the webapp's state by hand to keep main.js small; these tests build that state
// with mattermost-redux's own store and reducers, so a shape change upstream fails here.
import type {Post} from '@mattermost/types/posts';
import type {UserProfile} from '@mattermost/types/users';
import configureStore from 'mattermost-redux/store';
import {ChannelTypes, GeneralTypes, PostTypes, TeamTypes, UserTypes} from 'mattermost-redux/action_types';
import {getPost} from 'mattermost-redux/selectors/entities/posts';
import {getCurrentUserId as reduxCurrentUserId} from 'mattermost-redux/selectors/entities/users';
import type {GlobalState} from '@mattermost/types/store';

import {ephemeralPost, showEphemeral} from './ephemeral';
import {getCurrentChannelId, getCurrentTeamId, getCurrentUserId, getSiteUrl, getUser, isChannelMember, isCurrentUserSystemAdmin, isSystemAdminUser, isTeamAdmin} from './host_state';

function makeStore() {
    return configureStore({appReducers: {}, getAppReducers: () => ({}), preloadedState: {}});
}

function user(id: string, roles: string): UserProfile {
    return {id, username: id, roles} as UserProfile; // test fixture: only the fields the reducers read
}

describe('host state accessors against the real mattermost-redux reducers', () => {
    it('read current user, team, channel and profiles', () => {
        const store = makeStore();
        store.dispatch({type: UserTypes.RECEIVED_ME, data: user('me0000000000000000000000aa', 'system_user system_admin')});
        store.dispatch({type: UserTypes.RECEIVED_PROFILE, data: user('bob000000000000000000000aa', 'system_user')});
        store.dispatch({type: TeamTypes.SELECT_TEAM, data: 'team00000000000000000000aa'});
        store.dispatch({type: ChannelTypes.SELECT_CHANNEL, data: 'chan00000000000000000000aa'});
        store.dispatch({type: TeamTypes.RECEIVED_MY_TEAM_MEMBER, data: {team_id: 'team00000000000000000000aa', user_id: 'me0000000000000000000000aa', roles: 'team_user team_admin', delete_at: 0}});
        store.dispatch({type: ChannelTypes.RECEIVED_MY_CHANNEL_MEMBER, data: {channel_id: 'chan00000000000000000000aa', user_id: 'me0000000000000000000000aa', roles: 'channel_user'}});
        const state = store.getState() as GlobalState;

        expect(getCurrentUserId(state)).toBe('me0000000000000000000000aa');
        expect(getCurrentUserId(state)).toBe(reduxCurrentUserId(state));
        expect(getCurrentTeamId(state)).toBe('team00000000000000000000aa');
        expect(getCurrentChannelId(state)).toBe('chan00000000000000000000aa');
        expect(getUser(state, 'bob000000000000000000000aa')?.username).toBe('bob000000000000000000000aa');
        expect(isCurrentUserSystemAdmin(state)).toBe(true);
        expect(isSystemAdminUser(getUser(state, 'bob000000000000000000000aa'))).toBe(false);
        expect(isTeamAdmin(state, 'team00000000000000000000aa')).toBe(true);
        expect(isTeamAdmin(state, 'other0000000000000000000aa')).toBe(false);
        expect(isChannelMember(state, 'chan00000000000000000000aa')).toBe(true);
        expect(isChannelMember(state, 'other0000000000000000000aa')).toBe(false);
    });

    it('site URL is the page origin plus the server subpath, from the webapp basename or the configured SiteURL', () => {
        const store = makeStore();
        const origin = {origin: 'https://chat.example.com'};
        expect(getSiteUrl(store.getState() as GlobalState, origin)).toBe('https://chat.example.com');
        store.dispatch({type: GeneralTypes.CLIENT_CONFIG_RECEIVED, data: {SiteURL: 'http://internal-name:8065/mattermost/'}});
        // The configured host is not where the browser is: requests go to the page origin, under the subpath.
        expect(getSiteUrl(store.getState() as GlobalState, origin)).toBe('https://chat.example.com/mattermost');
        expect(getSiteUrl(store.getState() as GlobalState, origin, '/team-chat')).toBe('https://chat.example.com/team-chat');
        store.dispatch({type: GeneralTypes.CLIENT_CONFIG_RECEIVED, data: {SiteURL: 'not a url'}});
        expect(getSiteUrl(store.getState() as GlobalState, origin)).toBe('https://chat.example.com');
    });

    it('an ephemeral reply lands in the real posts reducer as a system_ephemeral post', () => {
        const store = makeStore();
        // The webapp keeps new posts only for channels it has loaded, as when the user is viewing one.
        store.dispatch({type: PostTypes.RECEIVED_POSTS_IN_CHANNEL, channelId: 'chan00000000000000000000aa', data: {order: [], posts: {}}, recent: true});
        const post: Post = ephemeralPost({id: 'eph00000000000000000000aaa', userId: 'me0000000000000000000000aa', channelId: 'chan00000000000000000000aa', rootId: '', message: 'Recorded.', now: 1000});
        showEphemeral(store, post);
        const stored = getPost(store.getState() as GlobalState, 'eph00000000000000000000aaa');
        expect(stored?.type).toBe('system_ephemeral');
        expect(stored?.message).toBe('Recorded.');
        expect((store.getState() as GlobalState).entities.posts.postsInChannel['chan00000000000000000000aa']?.[0]?.order).toEqual(['eph00000000000000000000aaa']);
    });
});
