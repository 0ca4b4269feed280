// The System Console page with the real store, session, fold and in-memory Mattermost.
import {act, screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import {EVENT_PROP, OnboardEvent, POST_TYPE} from '../../domain/events';
import {newEventId, withId} from '../../domain/new_event';
import {policyDraft} from '../../state/testing/drafts';
import {TRACKER_CHANNEL_NAME} from '../../storage/port';
import {createMemoryStorage} from '../../storage/testing/memory/adapter';
import {MemoryMattermost} from '../../storage/testing/memory/server';
import {selectTracker} from '../../state/selectors';

import {type Browser, consoleProps, consoleRecorder, openBrowser, renderPolicySetting} from './testing/kit';

const TEAM = {id: 'team0000000000000000000001', name: 'Contributors'};
const OTHER_TEAM = {id: 'team0000000000000000000002', name: 'Staff'};

interface World {
    server: MemoryMattermost;
    adminId: string;
    bobId: string;
    aliceId: string;
    browsers: Browser[];
}

let world: World;

beforeEach(() => {
    const server = new MemoryMattermost();
    world = {
        server,
        adminId: server.addUser('admin', {systemAdmin: true}),
        bobId: server.addUser('bob', {firstName: 'Bob'}),
        aliceId: server.addUser('alice', {firstName: 'Alice'}),
        browsers: [],
    };
});

afterEach(() => {
    world.browsers.forEach((browser) => browser.stop());
});

function browserOf(userId: string, username: string, teams = [TEAM]): Browser {
    const browser = openBrowser(world.server, userId, username, teams, TEAM.id);
    world.browsers.push(browser);
    return browser;
}

async function createTracker(teamId = TEAM.id): Promise<string> {
    const storage = createMemoryStorage(world.server, world.adminId);
    const channel = await storage.createTracker(teamId);
    return channel.id;
}

function trackerEvents(channelId: string): Array<{userId: string; event: OnboardEvent}> {
    return world.server.channelPosts(channelId, world.adminId)
        .filter((post) => post.type === POST_TYPE && post.delete_at === 0)
        .reverse()
        .map((post) => ({userId: post.user_id, event: OnboardEvent.parse(post.props?.[EVENT_PROP])}));
}

function clearAppendFaults(): void {
    while (world.server.takeFault('append') !== null) {
        // drop the faults the session's retries did not use
    }
}

async function addToRole(role: string, username: string): Promise<void> {
    const user = userEvent.setup();
    const box = screen.getByRole('combobox', {name: `Add to ${role}`});
    await user.type(box, username);
    await user.keyboard('{Escape}{Enter}');
    await waitFor(() => expect(within(screen.getByRole('list', {name: role})).getByText('@' + username)).toBeInTheDocument());
}

describe('the tracker policy page', () => {
    it('shows a missing tracker and creates it on request', async () => {
        const user = userEvent.setup();
        const admin = browserOf(world.adminId, 'admin');
        renderPolicySetting(admin, consoleProps(consoleRecorder()));

        expect(await screen.findByText(/This team has no tracker channel yet/)).toBeInTheDocument();
        expect(world.server.channelByName(TEAM.id, TRACKER_CHANNEL_NAME)).toBeNull();

        await user.click(screen.getByRole('button', {name: 'Create tracker channel'}));

        expect(await screen.findByText('The tracker channel exists.')).toBeInTheDocument();
        expect(world.server.channelByName(TEAM.id, TRACKER_CHANNEL_NAME)).not.toBeNull();
        expect(screen.getByRole('note')).toHaveTextContent('role-restricted sign-offs (reviews, QA, PM/UX, CI and deployments) are open to system admins only');
        expect(screen.getByText('0 events in the log')).toBeInTheDocument();
    });

    it('explains a renamed and archived tracker, and a channel holding the name that is not the tracker', async () => {
        const channelId = await createTracker();
        // The old tracker holds the plugin's posts: that is how setup recognises it under another name.
        await createMemoryStorage(world.server, world.adminId).append(channelId, withId(policyDraft({qa: [world.bobId]}), newEventId()), {rootId: '', message: 'policy'});
        world.server.patchChannel(world.adminId, channelId, {name: 'old-plugins', display_name: 'Old plugins'});
        world.server.archiveChannel(channelId);
        world.server.createChannel(world.bobId, {team_id: TEAM.id, name: TRACKER_CHANNEL_NAME, display_name: 'Plugin Onboarding', purpose: '', type: 'O'});
        const admin = browserOf(world.adminId, 'admin');
        renderPolicySetting(admin, consoleProps(consoleRecorder()));
        // The admin's browser never used the old tracker: the channel holding the name is judged, and refused.
        const alert = await screen.findByRole('alert');
        expect(alert).toHaveTextContent('~plugin-onboarding was not created by a system admin, so it is not trusted as the tracker.');
        expect(alert).toHaveTextContent('Rename that channel (an archived channel keeps its name: unarchive it first), then create the tracker here or run /plugin-onboard setup.');
        expect(screen.queryByRole('button', {name: 'Create tracker channel'})).not.toBeInTheDocument();

        // Renamed out of the way, the setup finds the old tracker instead of creating a second one.
        world.server.patchChannel(world.bobId, world.server.channelByName(TEAM.id, TRACKER_CHANNEL_NAME)?.id ?? '', {name: 'bobs-channel'});
        await act(async () => {
            await admin.session.setup(TEAM.id);
        });
        expect(await screen.findByText(/^The tracker channel was renamed to ~old-plugins \(Old plugins\)\. Rename it back to plugin-onboarding/)).toBeInTheDocument();
        expect(screen.getByText(/^The tracker channel was archived on .+\. Nothing can be recorded until you unarchive it \(channel menu › Unarchive channel\)\.$/)).toBeInTheDocument();
        expect(world.server.allChannels().map((channel) => channel.name).sort()).toEqual(['bobs-channel', 'old-plugins']);
        expect(screen.queryByText('The tracker channel exists.')).toBeInTheDocument();
    });

    it('saves the edits as exactly one policy event authored by the admin, through the console\'s Save', async () => {
        const channelId = await createTracker();
        const admin = browserOf(world.adminId, 'admin');
        const recorder = consoleRecorder();
        renderPolicySetting(admin, consoleProps(recorder));
        await screen.findByText('The tracker channel exists.');
        expect(recorder.saveActions).toHaveLength(1);
        expect(recorder.setSaveNeeded).not.toHaveBeenCalled();

        await addToRole('QA team', 'bob');
        await addToRole('Core committers', 'alice');
        expect(recorder.setSaveNeeded).toHaveBeenCalled();
        expect(screen.getByRole('status', {name: ''})).toHaveTextContent('You have unsaved policy changes.');
        expect(trackerEvents(channelId)).toHaveLength(0);

        let results: Array<{error?: {message: string}}> = [];
        await act(async () => {
            results = await recorder.save();
        });
        expect(results).toEqual([{}]);

        const events = trackerEvents(channelId);
        expect(events).toHaveLength(1);
        expect(events[0]?.userId).toBe(world.adminId);
        expect(events[0]?.event).toMatchObject({
            type: 'policy.set',
            roles: {'core-committer': [world.aliceId], qa: [world.bobId], pm: [], integrations: []},
            licences: ['Apache-2.0', 'MIT', 'BSD-2-Clause', 'BSD-3-Clause'],
        });

        await waitFor(() => expect(selectTracker(admin.store.getState(), TEAM.id).state.policy.roles.qa).toEqual([world.bobId]));
        await waitFor(() => expect(screen.queryByText(/You have unsaved policy changes/)).toBeNull());
        expect(screen.queryByRole('note')).toBeNull();
        const history = screen.getByRole('list', {name: 'Change history'});
        expect(history).toHaveTextContent('Added @bob to QA team');
        expect(history).toHaveTextContent('Added @alice to Core committers');

        // Saving again with nothing changed appends nothing.
        await act(async () => {
            await recorder.save();
        });
        expect(trackerEvents(channelId)).toHaveLength(1);
    });

    it('adds the saved roster to the tracker channel, and says who was added and who could not be and why, keeping the policy', async () => {
        const channelId = await createTracker();
        const carolId = world.server.addUser('carol', {firstName: 'Carol'});
        world.server.leaveTeam(TEAM.id, carolId);
        const admin = browserOf(world.adminId, 'admin');
        const recorder = consoleRecorder();
        renderPolicySetting(admin, consoleProps(recorder));
        await screen.findByText('The tracker channel exists.');
        await addToRole('QA team', 'bob');
        await addToRole('Core committers', 'carol');
        await addToRole('Core committers', 'admin');
        expect(world.server.isMember(channelId, world.bobId)).toBe(false);

        let results: Array<{error?: {message: string}}> = [];
        await act(async () => {
            results = await recorder.save();
        });
        expect(results).toEqual([{}]);
        expect(trackerEvents(channelId)).toHaveLength(1);
        expect(world.server.isMember(channelId, world.bobId)).toBe(true);
        expect(world.server.isMember(channelId, carolId)).toBe(false);
        expect(await screen.findByText('Added to the tracker channel, so that its mentions notify them: @bob.')).toHaveAttribute('role', 'status');
        expect(screen.getByRole('alert')).toHaveTextContent('Could not add @carol to the tracker channel: they are not a member of this team. Add them to the team, then save again.');
    });

    it('shows what each policy change made while the page is open changed', async () => {
        const user = userEvent.setup();
        await createTracker();
        const admin = browserOf(world.adminId, 'admin');
        const recorder = consoleRecorder();
        renderPolicySetting(admin, consoleProps(recorder));
        await screen.findByText('The tracker channel exists.');

        await addToRole('QA team', 'bob');
        await act(async () => {
            await recorder.save();
        });
        await waitFor(() => expect(screen.queryByText(/You have unsaved policy changes/)).toBeNull());

        await user.click(screen.getByRole('button', {name: 'Remove @bob from QA team'}));
        await user.type(screen.getByRole('textbox', {name: 'Add licence (SPDX id)'}), 'isc{Enter}');
        await act(async () => {
            await recorder.save();
        });
        await waitFor(() => expect(selectTracker(admin.store.getState(), TEAM.id).state.policyHistory).toHaveLength(2));

        const entries = within(screen.getByRole('list', {name: 'Change history'})).getAllByRole('listitem').filter((li) => li.parentElement?.getAttribute('aria-label') === 'Change history');
        expect(entries).toHaveLength(2);
        expect(entries[0]).toHaveTextContent('Removed @bob from QA team');
        expect(entries[0]).toHaveTextContent('Allowed licence ISC');
        expect(entries[0]).not.toHaveTextContent('Added @bob');
        expect(entries[1]).toHaveTextContent('Added @bob to QA team');
        const inForce = screen.getByRole('region', {name: 'Policy in force'});
        expect(inForce).toHaveTextContent('Apache-2.0, MIT, BSD-2-Clause, BSD-3-Clause, ISC');
        expect(inForce).toHaveTextContent('Set by @admin');
    });

    it('is read-only when the console disables it', async () => {
        await createTracker();
        const admin = browserOf(world.adminId, 'admin');
        renderPolicySetting(admin, consoleProps(consoleRecorder(), {disabled: true}));
        await screen.findByText('The tracker channel exists.');
        expect(screen.getByRole('combobox', {name: 'Add to QA team'})).toBeDisabled();
        expect(screen.getByRole('textbox', {name: 'Add licence (SPDX id)'})).toBeDisabled();
        expect(screen.getByRole('textbox', {name: 'community.mattermost.com URL'})).toBeDisabled();
        expect(screen.getByRole('button', {name: 'Remove licence MIT'})).toBeDisabled();
    });

    it('keeps the edits and returns the error when the append fails', async () => {
        const channelId = await createTracker();
        const admin = browserOf(world.adminId, 'admin');
        const recorder = consoleRecorder();
        renderPolicySetting(admin, consoleProps(recorder));
        await screen.findByText('The tracker channel exists.');
        await addToRole('QA team', 'bob');

        world.server.fail('append', {status: 403, serverId: 'api.context.permissions.app_error'}, 10);
        let results: Array<{error?: {message: string}}> = [];
        await act(async () => {
            results = await recorder.save();
        });
        expect(results).toHaveLength(1);
        expect(results[0]?.error?.message).toMatch(/^The policy for Contributors was not saved: /);
        expect(screen.getByRole('alert')).toHaveTextContent('The policy for Contributors was not saved');
        expect(within(screen.getByRole('list', {name: 'QA team'})).getByText('@bob')).toBeInTheDocument();
        expect(screen.getByText(/You have unsaved policy changes/)).toBeInTheDocument();
        expect(trackerEvents(channelId)).toHaveLength(0);
        const failed = selectTracker(admin.store.getState(), TEAM.id).pending;
        expect(failed.map((p) => p.status)).toEqual(['failed']);

        clearAppendFaults();
        // Save again once the server accepts: the same event is sent (never a second copy), and the page follows the log.
        await act(async () => {
            results = await recorder.save();
        });
        expect(results).toEqual([{}]);
        const events = trackerEvents(channelId);
        expect(events).toHaveLength(1);
        expect(events[0]?.event.id).toBe(failed[0]?.event.id);
        await waitFor(() => expect(screen.queryByText(/You have unsaved policy changes/)).toBeNull());
        expect(screen.queryByRole('alert')).toBeNull();
        expect(selectTracker(admin.store.getState(), TEAM.id).pending).toEqual([]);
    });

    it('replaces a failed send when the edits change before the next Save', async () => {
        const channelId = await createTracker();
        const admin = browserOf(world.adminId, 'admin');
        const recorder = consoleRecorder();
        renderPolicySetting(admin, consoleProps(recorder));
        await screen.findByText('The tracker channel exists.');
        await addToRole('QA team', 'bob');
        world.server.fail('append', {status: 403, serverId: 'api.context.permissions.app_error'}, 10);
        await act(async () => {
            await recorder.save();
        });
        clearAppendFaults();
        await addToRole('PM/UX', 'alice');
        await act(async () => {
            await recorder.save();
        });
        const events = trackerEvents(channelId);
        expect(events).toHaveLength(1);
        expect(events[0]?.event).toMatchObject({roles: {qa: [world.bobId], pm: [world.aliceId]}});
        await waitFor(() => expect(selectTracker(admin.store.getState(), TEAM.id).pending).toEqual([]));
    });

    it('refuses to save invalid environment URLs and says which field is wrong', async () => {
        const user = userEvent.setup();
        const channelId = await createTracker();
        const admin = browserOf(world.adminId, 'admin');
        const recorder = consoleRecorder();
        renderPolicySetting(admin, consoleProps(recorder));
        await screen.findByText('The tracker channel exists.');

        const field = screen.getByRole('textbox', {name: 'community.mattermost.com URL'});
        await user.clear(field);
        await user.type(field, 'javascript:alert(1)');
        expect(field).toHaveAttribute('aria-invalid', 'true');
        expect(field).toHaveAccessibleDescription('Enter an http:// or https:// URL.');
        expect(recorder.setSaveNeeded).toHaveBeenCalled();

        let results: Array<{error?: {message: string}}> = [];
        await act(async () => {
            results = await recorder.save();
        });
        expect(results[0]?.error?.message).toBe('The policy for Contributors was not saved: fix the fields marked in red first.');
        expect(trackerEvents(channelId)).toHaveLength(0);
    });

    it('saves the team\'s GitHub Enterprise address, refuses one that is not an http(s) URL, and lists the change', async () => {
        const user = userEvent.setup();
        const channelId = await createTracker();
        const admin = browserOf(world.adminId, 'admin');
        const recorder = consoleRecorder();
        renderPolicySetting(admin, consoleProps(recorder));
        await screen.findByText('The tracker channel exists.');

        const field = screen.getByRole('textbox', {name: 'GitHub Enterprise Server URL'});
        await user.type(field, 'github.example.com');
        expect(field).toHaveAttribute('aria-invalid', 'true');
        expect(field).toHaveAccessibleDescription('Enter an http(s) URL, or leave it empty.');
        let results: Array<{error?: {message: string}}> = [];
        await act(async () => {
            results = await recorder.save();
        });
        expect(results[0]?.error?.message).toMatch(/fix the fields marked in red first/);
        expect(trackerEvents(channelId)).toHaveLength(0);

        await user.clear(field);
        await user.type(field, 'https://github.example.com');
        expect(field).toHaveAttribute('aria-invalid', 'false');
        await act(async () => {
            results = await recorder.save();
        });
        expect(results).toEqual([{}]);
        expect(trackerEvents(channelId)[0]?.event).toMatchObject({type: 'policy.set', githubEnterpriseUrl: 'https://github.example.com'});
        await waitFor(() => expect(selectTracker(admin.store.getState(), TEAM.id).state.policy.githubEnterpriseUrl).toBe('https://github.example.com'));
        expect(screen.getByRole('list', {name: 'Change history'})).toHaveTextContent('GitHub Enterprise: none → https://github.example.com');
    });

    it('ignores a forged policy event posted by a non-admin, and shows it rejected', async () => {
        const channelId = await createTracker();
        const bobStorage = createMemoryStorage(world.server, world.bobId);
        await bobStorage.ensureMember(channelId);
        await bobStorage.append(channelId, {
            v: 2, id: 'forged-policy-0001', seen: {log: null}, type: 'policy.set',
            roles: {'core-committer': [world.bobId], qa: [world.bobId], pm: [world.bobId], integrations: [world.bobId]},
            licences: ['MIT'],
            environments: {'ci-extensions': 'https://evil.example.com/', 'ci-extensions-release': 'https://evil.example.com/', community: 'https://evil.example.com/'},
        }, {rootId: '', message: 'policy'});

        const admin = browserOf(world.adminId, 'admin');
        renderPolicySetting(admin, consoleProps(consoleRecorder()));
        await screen.findByText('The tracker channel exists.');

        const policy = selectTracker(admin.store.getState(), TEAM.id).state.policy;
        expect(policy.configured).toBe(false);
        expect(policy.roles.qa).toEqual([]);
        expect(screen.getByRole('note')).toHaveTextContent('open to system admins only');
        const history = screen.getByRole('list', {name: 'Change history'});
        expect(within(history).getByText(/^Rejected: /)).toBeInTheDocument();
        expect(history).toHaveTextContent('@bob');
        expect(screen.getByText('1 event in the log')).toBeInTheDocument();
        expect(screen.getByText('1 rejected event')).toBeInTheDocument();
        expect(screen.getByRole('textbox', {name: 'ci-extensions URL'})).toHaveValue('https://ci-extensions.azure.k8s.mattermost.com/');
    });

    it('sets policy per team, with a team picker when the admin is in several', async () => {
        const user = userEvent.setup();
        await createTracker(TEAM.id);
        const otherChannel = await createTracker(OTHER_TEAM.id);
        const admin = browserOf(world.adminId, 'admin', [TEAM, OTHER_TEAM]);
        const recorder = consoleRecorder();
        renderPolicySetting(admin, consoleProps(recorder));

        const picker = await screen.findByRole('combobox', {name: 'Team'});
        expect(picker).toHaveValue(TEAM.id);
        await user.selectOptions(picker, OTHER_TEAM.id);
        await waitFor(() => expect(selectTracker(admin.store.getState(), OTHER_TEAM.id).status).toBe('ready'));
        await screen.findByText('The tracker channel exists.');
        await addToRole('PM/UX', 'alice');

        await act(async () => {
            await recorder.save();
        });
        const events = trackerEvents(otherChannel);
        expect(events).toHaveLength(1);
        expect(events[0]?.event).toMatchObject({type: 'policy.set', roles: {pm: [world.aliceId]}});
        expect(world.server.channelPosts(world.server.channelByName(TEAM.id, TRACKER_CHANNEL_NAME)?.id ?? '', world.adminId)).toHaveLength(0);
    });

    it('unregisters the same save action it registered when it goes away', async () => {
        await createTracker();
        const admin = browserOf(world.adminId, 'admin');
        const recorder = consoleRecorder();
        const view = renderPolicySetting(admin, consoleProps(recorder));
        await screen.findByText('The tracker channel exists.');
        const registered = recorder.saveActions[0];
        view.unmount();
        expect(recorder.unRegistered).toEqual([registered]);
        expect(recorder.saveActions).toEqual([]);
    });
});
