// Component tests render with the real pieces: mattermost-redux's store with our reducer registered
// where the webapp puts it, a real TrackerSession, and the in-memory Mattermost behind the storage
// port. Only the registry's showRhs is a spy.
import type {GlobalState} from '@mattermost/types/store';
import {render, type RenderResult} from '@testing-library/react';
import configureStore from 'mattermost-redux/store';
import React from 'react';
import {IntlProvider} from 'react-intl';
import {Provider} from 'react-redux';
import type {Store} from 'redux';

import type {EventDraft} from '../../../domain/events';
import {newEventId, pluginOfEvent, withId} from '../../../domain';
import {catalogues, messagesOf} from '../../../i18n';
import {reducer} from '../../../state/reducer';
import {createTrackerSession, type TrackerSession} from '../../../state/tracker_session';
import {createMemoryStorage} from '../../../storage/testing/memory/adapter';
import type {EventLogStorage} from '../../../storage/port';
import {MemoryMattermost} from '../../../storage/testing/memory/server';
import {AppProvider} from '../app_context';
import {neverReport} from '../../../state/testing/no_reports';

// jest's jsdom environment hides structuredClone, which the in-memory server uses to copy post props.
// Props travel as JSON to and from the real server, so a JSON round trip is the faithful copy.
if (typeof globalThis.structuredClone !== 'function') {
    globalThis.structuredClone = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
}

export const TEAM_ID = 'teamaaaaaaaaaaaaaaaaaaaaaa';
export const TEAM_NAME = 'contributors';

export interface Harness {
    server: MemoryMattermost;
    store: Store;
    session: TrackerSession;
    showRhs: jest.Mock;
    users: Record<string, string>;
    me: string;
    channelId(): string;
    /** Writes an event to the tracker as another user (as their own client would). */
    post(username: string, draft: EventDraft): Promise<{postId: string}>;
    render(ui: React.ReactElement): RenderResult;
    /** Connects the session to the server's websocket feed, so other users' posts arrive live. */
    live(): void;
    /** The tracker channel, created as a system admin does it (the first system admin of the cast); its id. */
    createTracker(): Promise<string>;
    /** Holds this user's appends until the returned release() is called, to see the pending state. */
    holdAppends(): () => void;
}

export function createHarness(options: {users: Record<string, {systemAdmin?: boolean}>; me: string}): Harness {
    // Posts in the same millisecond fold in post-id order, as on the real server; a clock that ticks
    // a minute per read keeps the scripted order, starting a few days back so times read naturally.
    let clock = Date.now() - 5 * 24 * 3600 * 1000;
    const server = new MemoryMattermost(() => (clock += 60_000));
    const users: Record<string, string> = {};
    for (const [username, flags] of Object.entries(options.users)) {
        users[username] = server.addUser(username, flags.systemAdmin === true ? {systemAdmin: true} : {});
    }
    const me = users[options.me] ?? '';
    const profiles = Object.fromEntries(server.allUsers().map((u) => [u.id, u]));
    // mattermost-redux deep-freezes state outside production with Object.prototype.__defineGetter__,
    // which the domain's null-prototype plugin records lack (reported to the domain owner); until
    // they change, build the store as the production webapp does.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    const store = configureStore({
        appReducers: {'plugins-plugin-onboard': reducer},
        getAppReducers: () => ({'plugins-plugin-onboard': reducer}),
        preloadedState: {
            entities: {
                users: {currentUserId: me, profiles},
                teams: {currentTeamId: TEAM_ID, teams: {[TEAM_ID]: {id: TEAM_ID, name: TEAM_NAME, display_name: 'Contributors'}}},
            },
        } as unknown as Partial<GlobalState>, // a partial tree: configureStore fills in the rest from the real reducers
    });
    process.env.NODE_ENV = nodeEnv;
    const storage = createMemoryStorage(server, me);
    let hold: Promise<void> = Promise.resolve();
    const held: EventLogStorage = {
        findTracker: (teamId) => storage.findTracker(teamId),
        channelById: (channelId) => storage.channelById(channelId),
        channelsWithTrackerPurpose: (teamId) => storage.channelsWithTrackerPurpose(teamId),
        holdsTrackerPosts: (channelId) => storage.holdsTrackerPosts(channelId),
        createTracker: (teamId) => storage.createTracker(teamId),
        ensureMember: (channelId) => storage.ensureMember(channelId),
        membersAmong: (channelId, userIds) => storage.membersAmong(channelId, userIds),
        addMember: (channelId, userId) => storage.addMember(channelId, userId),
        loadAll: (channelId, progress) => storage.loadAll(channelId, progress),
        loadSince: (channelId, cursor) => storage.loadSince(channelId, cursor),
        loadDeleted: (channelId) => storage.loadDeleted(channelId),
        append: async (channelId, event, appendOptions) => {
            await hold;
            return storage.append(channelId, event, appendOptions);
        },
        users: storage.users,
    };
    const retry = {attempts: 2, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0, sleep: () => Promise.resolve(), random: () => 0};
    const session = createTrackerSession({store, storage: held, currentUserId: () => me, retry, reportDelay: neverReport});
    const showRhs = jest.fn();
    let channel: string | null = null;
    const rootPosts = new Map<string, string>();

    // Only a channel a system admin created is trusted as the tracker, so one of the cast's admins makes it.
    const adminId = Object.entries(options.users).find(([, flags]) => flags.systemAdmin === true)?.[0];
    const ensureChannel = async () => {
        if (channel === null) {
            if (adminId === undefined) {
                throw new Error('the cast needs a system admin to create the tracker channel');
            }
            channel = (await createMemoryStorage(server, users[adminId] ?? '').createTracker(TEAM_ID)).id;
        }
        return channel;
    };

    return {
        server, store, session, showRhs, users, me,
        channelId: () => channel ?? '',
        async post(username, draft) {
            const userId = users[username] ?? username;
            const storage = createMemoryStorage(server, userId);
            const channelId = await ensureChannel();
            await storage.ensureMember(channelId);
            const event = withId(draft, newEventId());
            const about = pluginOfEvent(event);
            const rootId = about === null || event.type === 'plugin.registered' ? '' : rootPosts.get(about) ?? '';
            const entry = await storage.append(channelId, event, {rootId, message: `test: ${event.type}`});
            if (event.type === 'plugin.registered' && !rootPosts.has(event.plugin)) {
                rootPosts.set(event.plugin, entry.postId);
            }
            return {postId: entry.postId};
        },
        render(ui) {
            return render(
                <Provider store={store}>
                    <IntlProvider locale='en' messages={messagesOf(...catalogues)}>
                        <AppProvider session={session} showRhs={showRhs}>{ui}</AppProvider>
                    </IntlProvider>
                </Provider>,
            );
        },
        holdAppends() {
            let release: () => void = () => undefined;
            hold = new Promise<void>((resolve) => {
                release = resolve;
            });
            return () => release();
        },
        live() {
            server.subscribe(me, (message) => session.handleWebSocketEvent(message));
        },
        createTracker: ensureChannel,
    };
}
