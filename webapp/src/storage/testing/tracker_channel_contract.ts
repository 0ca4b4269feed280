// What both adapters must answer about channels, so the session can tell the tracker from a channel
// that only looks like it and find it again after a member renamed or archived it. Run against the
// in-memory adapter (testing/memory/memory.test.ts) and the local Mattermost (mattermost/mattermost.test.ts).
import {failureOf, registration, type ContractHarness, type ContractUser} from './contract';
import {TRACKER_CHANNEL_NAME, TRACKER_PURPOSE} from '../port';

export interface ChannelContractHarness extends ContractHarness {
    /** POST /channels as the user; the channel's id. */
    createChannel(as: ContractUser, init: {name: string; displayName: string; purpose: string; type: 'O' | 'P'}): Promise<string>;
    /** PUT /channels/{id}/patch: what any member of a public channel may do. */
    renameChannel(as: ContractUser, channelId: string, name: string, displayName: string): Promise<void>;
    /** DELETE /channels/{id}: archive. */
    archiveChannel(as: ContractUser, channelId: string): Promise<void>;
    /** DELETE /teams/{id}/members/{user}: a team admin removes the user from the team (and so its channels). */
    removeFromTeam(user: ContractUser): Promise<void>;
}

export function trackerChannelContract(name: string, setup: () => Promise<ChannelContractHarness>): void {
    describe(`EventLogStorage contract, the tracker channel: ${name}`, () => {
        let h: ChannelContractHarness;
        beforeEach(async () => {
            h = await setup();
        });
        afterEach(async () => {
            await h.close();
        });

        it('createTracker makes a public channel with the tracker\'s purpose and records who made it', async () => {
            const made = await h.admin.storage.createTracker(h.teamId);
            expect(made).toMatchObject({name: TRACKER_CHANNEL_NAME, isPublic: true, creatorId: h.admin.userId, purpose: TRACKER_PURPOSE, deleteAt: 0});
            expect(await h.alice.storage.findTracker(h.teamId)).toEqual(made);
        });

        it('findTracker also finds the tracker archived, and channelById finds it under a new name', async () => {
            const made = await h.admin.storage.createTracker(h.teamId);
            await h.alice.storage.ensureMember(made.id);
            await h.renameChannel(h.alice, made.id, 'renamed-tracker', 'Renamed');
            expect(await h.bob.storage.findTracker(h.teamId)).toBeNull();
            expect(await h.bob.storage.channelById(made.id)).toMatchObject({id: made.id, name: 'renamed-tracker', displayName: 'Renamed', deleteAt: 0});
            await h.renameChannel(h.alice, made.id, TRACKER_CHANNEL_NAME, 'Plugin Onboarding');
            await h.archiveChannel(h.alice, made.id);
            const archived = await h.bob.storage.findTracker(h.teamId);
            expect(archived).toMatchObject({id: made.id, creatorId: h.admin.userId});
            expect(archived?.deleteAt).toBeGreaterThan(0);
            expect((await h.bob.storage.channelById(made.id))?.deleteAt).toBe(archived?.deleteAt);
            // Archived channels stay readable.
            expect((await h.bob.storage.loadAll(made.id)).entries).toEqual([]);
        });

        it('a private channel holding the name is shown for what it is to those who can see it, and is missing to others', async () => {
            const id = await h.createChannel(h.bob, {name: TRACKER_CHANNEL_NAME, displayName: 'Plugin Onboarding', purpose: '', type: 'P'});
            expect(await h.bob.storage.findTracker(h.teamId)).toMatchObject({id, isPublic: false, creatorId: h.bob.userId});
            expect(await h.admin.storage.findTracker(h.teamId)).toMatchObject({id, isPublic: false});
            expect(await h.alice.storage.findTracker(h.teamId)).toBeNull();
            expect(await h.alice.storage.channelById(id)).toBeNull();
        });

        it('channelById answers null for a channel that does not exist', async () => {
            expect(await h.alice.storage.channelById('nosuchchannel0000000000000')).toBeNull();
        });

        it('lists the team\'s public channels with the tracker\'s purpose, live ones first then archived ones', async () => {
            const made = await h.admin.storage.createTracker(h.teamId);
            await h.admin.storage.ensureMember(made.id);
            await h.renameChannel(h.admin, made.id, 'renamed-tracker', 'Renamed');
            const retired = await h.createChannel(h.admin, {name: 'old-tracker', displayName: 'Old', purpose: TRACKER_PURPOSE, type: 'O'});
            await h.archiveChannel(h.admin, retired);
            await h.createChannel(h.admin, {name: 'other-purpose', displayName: 'Other', purpose: 'chat', type: 'O'});
            await h.createChannel(h.admin, {name: 'private-copy', displayName: 'Private', purpose: TRACKER_PURPOSE, type: 'P'});
            const found = await h.alice.storage.channelsWithTrackerPurpose(h.teamId);
            expect(found.map((channel) => [channel.id, channel.deleteAt > 0])).toEqual([[made.id, false], [retired, true]]);
        });

        it('holdsTrackerPosts tells a channel with the plugin\'s posts from one without', async () => {
            const made = await h.admin.storage.createTracker(h.teamId);
            await h.admin.storage.ensureMember(made.id);
            await h.postChat(h.admin, made.id, 'hello');
            expect(await h.alice.storage.holdsTrackerPosts(made.id)).toBe(false);
            await h.admin.storage.append(made.id, registration(h.admin.userId), {rootId: '', message: 'registered'});
            expect(await h.alice.storage.holdsTrackerPosts(made.id)).toBe(true);
        });

        it('membersAmong answers which users are in the channel; members add others, non-members may not', async () => {
            const made = await h.admin.storage.createTracker(h.teamId);
            await h.admin.storage.ensureMember(made.id);
            const everyone = [h.admin.userId, h.alice.userId, h.bob.userId];
            expect(await h.alice.storage.membersAmong(made.id, everyone)).toEqual([h.admin.userId]);
            expect(await h.alice.storage.membersAmong(made.id, [])).toEqual([]);
            const refused = await failureOf(h.alice.storage.addMember(made.id, h.bob.userId));
            expect(refused).toMatchObject({kind: 'forbidden', status: 403, operation: 'members'});
            await h.admin.storage.addMember(made.id, h.alice.userId);
            await h.admin.storage.addMember(made.id, h.alice.userId);
            // Now a member, alice may add others too (manage_public_channel_members is a channel member's).
            await h.alice.storage.addMember(made.id, h.bob.userId);
            expect((await h.bob.storage.membersAmong(made.id, everyone)).sort()).toEqual([...everyone].sort());
        });

        it('addMember refuses someone who is no longer on the channel\'s team, with the server\'s reason', async () => {
            const made = await h.admin.storage.createTracker(h.teamId);
            await h.admin.storage.ensureMember(made.id);
            await h.removeFromTeam(h.bob);
            const refused = await failureOf(h.admin.storage.addMember(made.id, h.bob.userId));
            expect(refused).toMatchObject({kind: 'invalid', status: 400, serverId: 'api.channel.add_user.to.channel.failed.deleted.app_error'});
            const missing = await failureOf(h.admin.storage.addMember(made.id, 'nosuchuser0000000000000000'));
            expect(missing).toMatchObject({kind: 'not-found', status: 404});
            expect(await h.admin.storage.membersAmong(made.id, [h.bob.userId])).toEqual([]);
        });
    });
}
