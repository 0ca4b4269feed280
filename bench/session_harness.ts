// The real TrackerSession over the real Mattermost adapter, Client4 and fetch, against a local
// Mattermost holding a seeded tracker, with every request counted. Sessions share one browser's
// localStorage, as page loads do: what it remembers of the tracker survives a reload.
import type {Client4} from '@mattermost/client';
import {legacy_createStore as createStore, combineReducers} from 'redux';

import {loginSeeded} from '../local-mattermost/server';
import {reducer} from '../webapp/src/state/reducer';
import {createTrackerMemory} from '../webapp/src/state/session/tracker_memory';
import {createTrackerSession, type TrackerSession, type TrackerSessionDeps} from '../webapp/src/state/tracker_session';
import {createMattermostStorage, PAGE_SIZE} from '../webapp/src/storage/mattermost/adapter';
import type {EventLogStorage} from '../webapp/src/storage/port';

import type {RequestCounter} from './request_counter';
import type {SeededTracker} from './seed_tracker';

export interface Opened {
    readonly ms: number;
    readonly requests: string[];
}

export interface SessionHarness {
    readonly client: Client4;
    readonly userId: string;
    readonly storage: EventLogStorage;
    /** A new session, as a new page load; `extra` adds to (or replaces) what it is made with. */
    newSession(extra?: Partial<TrackerSessionDeps>): TrackerSession;
    /** open() until settled(), timed, with the requests it made; throws unless the tracker is ready. */
    open(session: TrackerSession): Promise<Opened>;
    /** The posts the channel holds, read page by page (untimed, uncounted). */
    channelPosts(): Promise<number>;
}

export async function sessionHarness(url: string, seeded: Pick<SeededTracker, 'teamId' | 'channelId'>, username: string, counter: RequestCounter): Promise<SessionHarness> {
    const {client, me} = await loginSeeded(url, username);
    const storage = createMattermostStorage({siteUrl: url, currentUserId: () => me.id, client});
    // The webapp loads the user's channel memberships for the team when it starts, before anyone
    // opens the panel; the plugin reads them from its store. Fetch them the same way, untimed.
    const memberships = new Set((await client.getMyChannelMembers(seeded.teamId)).map((m) => m.channel_id));
    const localStorage = new Map<string, string>();
    const memory = createTrackerMemory({
        getItem: (key) => localStorage.get(key) ?? null,
        setItem: (key, value) => void localStorage.set(key, value),
        removeItem: (key) => void localStorage.delete(key),
    }, () => me.id);
    counter.take();
    return {
        client,
        userId: me.id,
        storage,
        newSession: (extra = {}) => {
            const store = createStore(combineReducers({'plugins-plugin-onboard': reducer}));
            return createTrackerSession({store, storage, currentUserId: () => me.id, isMember: (channelId) => memberships.has(channelId), memory, ...extra});
        },
        open: async (session) => {
            counter.take();
            const start = performance.now();
            const view = await session.open(seeded.teamId);
            await session.settled();
            const ms = performance.now() - start;
            if (view.status !== 'ready') {
                throw new Error(`the tracker opened as '${view.status}': ${view.error?.message ?? ''}`);
            }
            return {ms, requests: counter.take()};
        },
        channelPosts: async () => {
            let count = 0;
            for (let page = 0; ; page++) {
                const list = await client.getPosts(seeded.channelId, page, PAGE_SIZE);
                count += list.order.length;
                if (list.order.length < PAGE_SIZE) {
                    counter.take();
                    return count;
                }
            }
        },
    };
}

/** Page requests among `requests`. */
export function pageRequests(requests: readonly string[]): number {
    return requests.filter((r) => r.includes('/posts?page=')).length;
}
