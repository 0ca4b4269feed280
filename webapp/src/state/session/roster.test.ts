import type {EventLogStorage} from '../../storage/port';
import {createMemoryStorage} from '../../storage/testing/memory/adapter';
import {MemoryMattermost} from '../../storage/testing/memory/server';

import {membershipsOf} from './membership_cache';
import {addRosterMembers} from './roster';

function world() {
    const server = new MemoryMattermost();
    const admin = server.addUser('admin', {systemAdmin: true});
    const frank = server.addUser('frank-core');
    const grace = server.addUser('grace-core');
    const henry = server.addUser('henry-gone');
    const teamId = server.newId();
    const storage = createMemoryStorage(server, admin);
    const calls: string[] = [];
    const counted: Pick<EventLogStorage, 'membersAmong' | 'addMember'> = {
        membersAmong: (channelId, ids) => {
            calls.push('membersAmong');
            return storage.membersAmong(channelId, ids);
        },
        addMember: (channelId, id) => {
            calls.push(`add ${id}`);
            return storage.addMember(channelId, id);
        },
    };
    return {server, admin, frank, grace, henry, teamId, storage, counted, calls};
}

describe('addRosterMembers', () => {
    it('reads the membership once, adds only those missing, and says who could not be added and why', async () => {
        const w = world();
        const channel = await w.storage.createTracker(w.teamId);
        await w.storage.addMember(channel.id, w.frank);
        w.server.leaveTeam(w.teamId, w.henry);
        const result = await addRosterMembers(w.counted, channel.id, [w.frank, w.grace, w.henry, w.grace, 'nosuchuser0000000000000000']);
        expect(result).toEqual({
            added: [w.grace],
            notAdded: [{userId: w.henry, reason: 'not-on-team'}, {userId: 'nosuchuser0000000000000000', reason: 'no-account'}],
            error: null,
        });
        expect(w.calls).toEqual(['membersAmong', `add ${w.grace}`, `add ${w.henry}`, 'add nosuchuser0000000000000000']);
        expect(w.server.isMember(channel.id, w.grace)).toBe(true);
    });

    it('reports a refused add as forbidden and a failed read as an error, adding nobody', async () => {
        const w = world();
        const channel = await w.storage.createTracker(w.teamId);
        const asFrank = createMemoryStorage(w.server, w.frank);
        expect(await addRosterMembers(asFrank, channel.id, [w.grace])).toEqual({added: [], notAdded: [{userId: w.grace, reason: 'forbidden'}], error: null});
        w.server.fail('members', {status: 0});
        const failed = await addRosterMembers(w.storage, channel.id, [w.grace]);
        expect(failed.added).toEqual([]);
        expect(failed.error?.retryable).toBe(true);
        expect(w.server.isMember(channel.id, w.grace)).toBe(false);
    });
});

describe('the page\'s membership cache', () => {
    it('reads once per team and roster however many places ask, learns who was added, and reads again after a failure or without a tracker', async () => {
        const w = world();
        const channel = await w.storage.createTracker(w.teamId);
        const cache = membershipsOf({});
        const read = (ids: string[]) => () => w.counted.membersAmong(channel.id, ids).then((found) => new Set(found));
        const [first, second] = await Promise.all([
            cache.members(w.teamId, [w.frank, w.admin], read([w.frank, w.admin])),
            cache.members(w.teamId, [w.admin, w.frank], read([w.admin, w.frank])),
        ]);
        expect([...first ?? []]).toEqual([w.admin]);
        expect(second).toBe(first);
        expect(w.calls).toEqual(['membersAmong']);
        cache.learn(w.teamId, [w.frank]);
        expect([...await cache.members(w.teamId, [w.frank, w.admin], read([w.frank, w.admin])) ?? []].sort()).toEqual([w.admin, w.frank].sort());
        expect(w.calls).toEqual(['membersAmong']);

        w.server.fail('members', {status: 500});
        await expect(cache.members(w.teamId, [w.grace], read([w.grace]))).rejects.toMatchObject({kind: 'server'});
        expect([...await cache.members(w.teamId, [w.grace], read([w.grace])) ?? []]).toEqual([]);
        expect(await cache.members('otherteam', [w.grace], () => Promise.resolve(null))).toBeNull();
        expect(await cache.members('otherteam', [w.grace], read([w.grace]))).toEqual(new Set());
        expect(w.calls.filter((call) => call === 'membersAmong')).toHaveLength(4);
        // Each session has its own.
        expect(membershipsOf({})).not.toBe(cache);
    });
});
