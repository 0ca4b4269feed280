// A cold open reads the tracker while it is still being judged: the request that looks up who
// created the channel (only a system admin's channel is the tracker) and the pages go out side by
// side by side, and the authors are asked for beside the catch-up. What is read early is used only for
// the channel the judgement accepts. Sessions run over the in-memory Mattermost.
import {withId} from '../../domain/new_event';
import type {EventLogStorage, UserSummary} from '../../storage/port';
import {TRACKER_PURPOSE} from '../../storage/port';
import {createMemoryStorage} from '../../storage/testing/memory/adapter';
import {MemoryMattermost} from '../../storage/testing/memory/server';
import {reducer} from '../reducer';
import {selectTracker} from '../selectors';
import {registrationDraft} from '../testing/drafts';
import {neverReport} from '../testing/no_reports';
import {createTrackerSession} from '../tracker_session';
import type {PluginOnboardState, TrackerView} from '../types';

const TEAM = 'teamaaaaaaaaaaaaaaaaaaaaaa';
const instant = {attempts: 2, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0, random: () => 0, sleep: async () => undefined};

/** Until `ready()` holds, or a number of turns of the event loop has passed. */
async function turnsUntil(ready: () => boolean): Promise<void> {
    for (let turn = 0; turn < 100 && !ready(); turn++) {
        await new Promise((resolve) => setTimeout(resolve, 0));
    }
}

/**
 * A member's session whose profile look-ups wait until released; `calls` lists the requests in
 * the order they went out (a profile look-up names the ids it asked for).
 */
function heldSession(server: MemoryMattermost, userId: string) {
    const storage = createMemoryStorage(server, userId);
    const calls: string[] = [];
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
        release = resolve;
    });
    const byIds = async (ids: readonly string[]): Promise<UserSummary[]> => {
        calls.push(`byIds ${[...ids].sort().join(',')}`);
        await released;
        return storage.users.byIds(ids);
    };
    const held: EventLogStorage = {
        ...storage,
        loadAll: (channelId, progress) => {
            calls.push('loadAll');
            return storage.loadAll(channelId, progress);
        },
        users: {...storage.users, byIds},
    };
    let slice: PluginOnboardState = reducer(undefined, {type: '@@INIT'});
    const session = createTrackerSession({
        store: {dispatch: (action) => {
            slice = reducer(slice, action);
        }},
        storage: held, currentUserId: () => userId, retry: instant, reportDelay: neverReport,
        isMember: () => true,
    });
    const view = (): TrackerView => selectTracker({'plugins-plugin-onboard': slice}, TEAM);
    return {session, calls, release, view};
}

describe('a cold open reads while the tracker is judged', () => {
    it('reads the pages while the channel\'s creator is looked up, and shows the log once the creator is known to be a system admin', async () => {
        const server = new MemoryMattermost();
        const admin = server.addUser('admin', {systemAdmin: true});
        const alice = server.addUser('alice');
        const channel = await createMemoryStorage(server, admin).createTracker(TEAM);
        server.addMember(admin, channel.id, alice);
        await createMemoryStorage(server, alice).append(channel.id, withId(registrationDraft('github', [alice]), 'eventaaaaaaaaaaaaaaaaaaaaa'), {rootId: '', message: 'github'});
        const opening = heldSession(server, alice);
        const opened = opening.session.open(TEAM);
        await turnsUntil(() => opening.calls.includes(`byIds ${alice}`));
        // The creator's profile has not come back, and the log has been read already (its author
        // asked for as the catch-up went out).
        expect(opening.calls).toEqual([`byIds ${admin}`, 'loadAll', `byIds ${alice}`]);
        expect(opening.view().status).toBe('loading');
        opening.release();
        expect(await opened).toMatchObject({status: 'ready', channelId: channel.id});
        expect(opening.view().state.pluginOrder).toEqual(['github']);
        // Every profile was asked for once: the authors beside the catch-up, none again after it.
        expect(opening.calls.filter((call) => call.startsWith('byIds'))).toEqual([`byIds ${admin}`, `byIds ${alice}`]);
    });

    it('drops what it read from a channel that takes the tracker\'s name but was not made by a system admin', async () => {
        const server = new MemoryMattermost();
        server.addUser('admin', {systemAdmin: true});
        const bob = server.addUser('bob');
        const squat = server.createChannel(bob, {team_id: TEAM, name: 'plugin-onboarding', display_name: 'Plugin Onboarding', purpose: TRACKER_PURPOSE, type: 'O'});
        await createMemoryStorage(server, bob).append(squat.id, withId(registrationDraft('fake', [bob]), 'eventbbbbbbbbbbbbbbbbbbbbb'), {rootId: '', message: 'fake'});
        const opening = heldSession(server, bob);
        const opened = opening.session.open(TEAM);
        await turnsUntil(() => opening.calls.includes('loadAll'));
        expect(opening.calls).toContain('loadAll');
        opening.release();
        expect(await opened).toMatchObject({status: 'unusable', channelId: null, place: {refused: 'not-admin-created'}});
        expect(opening.view().state.pluginOrder).toEqual([]);
        expect(opening.view().status).toBe('unusable');
    });
});
