// Puts a realistic tracker into the local Mattermost the way clients would: every event is a post
// made through the REST API (POST /api/v4/posts) by a logged-in seeded user, roots before their
// replies, so the server's create_at order keeps each plugin's history in the order the generator
// wrote it.
// - 'distinct' (a real tracker, written by people over months): one post after another, each in a
//   millisecond of its own, as a real tracker's posts almost always are.
// - 'ties' (the worst case): posts go in parallel across plugins, in order within a thread, so
//   hundreds share a millisecond and the server orders them afresh on every request.
import type {Client4} from '@mattermost/client';
import {z} from 'zod';

import {loginSeeded, seedTeam, seedUsers, type LocalMattermost} from '../local-mattermost/server';
import {EVENT_PROP, OnboardEvent, POST_TYPE} from '../webapp/src/domain/events';
import type {LogEntry} from '../webapp/src/domain/log';
import {eventMessage} from '../webapp/src/domain/messages';
import type {RealisticLog} from '../webapp/src/domain/testing/realistic_log';
import {createMattermostStorage} from '../webapp/src/storage/mattermost/adapter';
import {eventPostMessage} from '../webapp/src/storage/posts';
import {SINCE_OVERLAP_MS} from '../webapp/src/storage/read_log';

const CreatedPost = z.object({id: z.string(), create_at: z.number()});

export interface SeededTracker {
    readonly teamId: string;
    readonly channelId: string;
    readonly posted: number;
    readonly ms: number;
    /** How the events got there, for the report. */
    readonly how: string;
    /**
     * Posts one more entry of the same generated log as it was seeded (its thread is a seeded
     * plugin's, or one posted through this since), and answers the new post's id.
     */
    readonly post: (entry: LogEntry) => Promise<string>;
}

type Username = typeof seedUsers[number]['username'];

/**
 * The generator's people onto the eight seeded accounts (the local server cannot create users):
 * its admin to admin, each role to the seeded account for that role, plugin authors to alice or
 * bob, outsiders to bob. Committers share two accounts, so a few more sign-offs are refused than
 * in the generator's own log (one person cannot fill both review slots).
 */
function accountFor(fakeId: string, log: RealisticLog): Username {
    if (fakeId === log.admin) {
        return 'admin';
    }
    const committers = log.roster['core-committer'];
    const committerIndex = committers.indexOf(fakeId);
    if (committerIndex >= 0) {
        return committerIndex % 2 === 0 ? 'frank-core' : 'grace-core';
    }
    if (log.roster.qa.includes(fakeId)) {
        return 'carol-qa';
    }
    if (log.roster.pm.includes(fakeId)) {
        return 'dave-pm';
    }
    if (log.roster.integrations.includes(fakeId)) {
        return 'erin-integrations';
    }
    let hash = 0;
    for (const char of fakeId) {
        hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
    }
    return fakeId.startsWith('au') && hash % 2 === 0 ? 'alice' : 'bob';
}

/** The payload with every generator user id (roles, owners) replaced by the real account's id. */
function rewriteIds(value: unknown, realId: (fakeId: string) => string | undefined): unknown {
    if (typeof value === 'string') {
        return realId(value) ?? value;
    }
    if (Array.isArray(value)) {
        return value.map((item) => rewriteIds(item, realId));
    }
    if (typeof value === 'object' && value !== null) {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rewriteIds(item, realId)]));
    }
    return value;
}

export type SeedTimes = 'distinct' | 'ties';

export async function seedTracker(server: LocalMattermost, log: RealisticLog, entries: readonly LogEntry[], times: SeedTimes = 'distinct'): Promise<SeededTracker> {
    const started = performance.now();
    const clients = new Map<string, Client4>();
    const ids = new Map<string, string>();
    for (const user of seedUsers) {
        const {client, me} = await loginSeeded(server.url, user.username);
        clients.set(user.username, client);
        ids.set(user.username, me.id);
    }
    const adminClient = clients.get('admin');
    const adminId = ids.get('admin');
    if (!adminClient || !adminId) {
        throw new Error('the seeded admin account is missing');
    }
    const team = await adminClient.getTeamByName(seedTeam.name);
    const adminStorage = createMattermostStorage({siteUrl: server.url, currentUserId: () => adminId, client: adminClient});
    const channel = await adminStorage.createTracker(team.id);
    for (const user of seedUsers) {
        const client = clients.get(user.username);
        const id = ids.get(user.username);
        if (client && id) {
            await createMattermostStorage({siteUrl: server.url, currentUserId: () => id, client}).ensureMember(channel.id);
        }
    }

    const realId = (fakeId: string): string | undefined => (/^[a-z0-9]{26}$/.test(fakeId) ? ids.get(accountFor(fakeId, log)) : undefined);
    const names = (id: string): string => seedUsers.find((u) => ids.get(u.username) === id)?.username ?? id;
    const realPostIds = new Map<string, string>();

    let lastCreateAt = 0;
    const post = async (entry: LogEntry): Promise<string> => {
        const account = accountFor(entry.userId, log);
        const client = clients.get(account);
        if (!client) {
            throw new Error(`no session for ${account}`);
        }
        // The generator's posts have ids of its own, so what its events say they had seen names
        // nothing here: the seeded events say they saw nothing (as a client that had read nothing would).
        const rewritten = rewriteIds(entry.payload, realId);
        const payload = typeof rewritten === 'object' && rewritten !== null && 'seen' in rewritten ? {...rewritten, seen: {log: null}} : rewritten;
        const parsed = OnboardEvent.safeParse(payload);
        const rootId = entry.rootId === '' ? '' : realPostIds.get(entry.rootId);
        if (rootId === undefined) {
            throw new Error(`reply ${entry.postId} before its root ${entry.rootId}`);
        }
        // Client4.createPost's type is Mattermost's own post types only; the request is the same.
        const body = JSON.stringify({
            channel_id: channel.id,
            root_id: rootId,
            message: parsed.success ? eventPostMessage(eventMessage(parsed.data, names), parsed.data) : 'An unreadable plugin-onboard event.',
            type: POST_TYPE,
            props: {[EVENT_PROP]: payload},
        });
        const options = client.getOptions({method: 'post', body});
        const response = await fetch(client.getPostsRoute(), {method: 'POST', headers: options.headers, body});
        if (response.status !== 201) {
            throw new Error(`POST /api/v4/posts answered ${response.status}: ${await response.text()}`);
        }
        const created = CreatedPost.parse(await response.json());
        realPostIds.set(entry.postId, created.id);
        lastCreateAt = Math.max(lastCreateAt, created.create_at);
        return created.id;
    };

    // Windows of entries in log order; inside one, each thread (a plugin's root and its replies) is
    // posted in order, threads side by side.
    const WINDOW = 48;
    const bulk = entries.slice(0, -1);
    if (times === 'distinct') {
        for (const entry of bulk) {
            // The server stamps its clock (the same clock as ours): once it has moved past the last
            // stamp, the next post gets a millisecond of its own.
            while (Date.now() <= lastCreateAt) {
                await new Promise((resolve) => setTimeout(resolve, 0));
            }
            await post(entry);
        }
    }
    for (let start = 0; times === 'ties' && start < bulk.length; start += WINDOW) {
        const threads = new Map<string, LogEntry[]>();
        for (const entry of bulk.slice(start, start + WINDOW)) {
            const key = entry.rootId === '' ? entry.postId : entry.rootId;
            threads.set(key, [...threads.get(key) ?? [], entry]);
        }
        await Promise.all([...threads.values()].map(async (thread) => {
            for (const entry of thread) {
                await post(entry);
            }
        }));
    }
    // This seed writes hundreds of posts a second, which no real tracker sees. Left as is, the
    // overlap a `since` read asks for (SINCE_OVERLAP_MS) would hold over a thousand posts and every
    // incremental read would fall back to a full reload, so the last event comes a moment later.
    const last = entries[entries.length - 1];
    if (last) {
        await new Promise((resolve) => setTimeout(resolve, SINCE_OVERLAP_MS + 500));
        await post(last);
    }
    return {
        teamId: team.id,
        channelId: channel.id,
        posted: entries.length,
        ms: performance.now() - started,
        post,
        how: `posted through POST /api/v4/posts by the ${seedUsers.length} seeded accounts, ${times === 'distinct' ? 'one after another, each in a millisecond of its own' : 'threads in parallel (many posts share a millisecond)'}, the last event ${SINCE_OVERLAP_MS + 500} ms after the rest`,
    };
}
