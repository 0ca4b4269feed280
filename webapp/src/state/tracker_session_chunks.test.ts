// Recording a change is a chunk of its own (fetched on the first change a page records). When it
// cannot be downloaded, the change is refused with a message that says so, nothing is lost from
// the tracker, and the next change tries the download again.
import {createMemoryStorage} from '../storage/testing/memory/adapter';
import {MemoryMattermost} from '../storage/testing/memory/server';

import {reducer} from './reducer';
import {selectTracker} from './selectors';
import {registrationDraft} from './testing/drafts';
import {createTrackerSession} from './tracker_session';
import type {PluginOnboardState} from './types';

const TEAM = 'teamaaaaaaaaaaaaaaaaaaaaaa';
let failDownloads = 0;
let downloads = 0;

jest.mock('./session/writes', () => {
    downloads++;
    if (failDownloads > 0) {
        failDownloads--;
        throw new Error('Loading chunk writes failed.');
    }
    return jest.requireActual('./session/writes');
});

function newSession() {
    const server = new MemoryMattermost();
    const admin = server.addUser('admin', {systemAdmin: true});
    let slice: PluginOnboardState | undefined = reducer(undefined, {type: '@@INIT'});
    const session = createTrackerSession({
        store: {dispatch: (action) => {
            slice = reducer(slice, action);
        }},
        storage: createMemoryStorage(server, admin),
        currentUserId: () => admin,
        reportDelay: () => new Promise(() => undefined),
    });
    return {session, admin, view: () => selectTracker({'plugins-plugin-onboard': slice}, TEAM)};
}

it('fetches the recording part when a view that can record asks, before any change, and only once', async () => {
    jest.resetModules();
    downloads = 0;
    const {session} = newSession();
    expect(downloads).toBe(0);
    session.prepareWrites();
    session.prepareWrites();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(downloads).toBe(1);
});

it('refuses a change clearly when the recording chunk cannot be downloaded, and records it once the download works', async () => {
    jest.resetModules();
    const {session, admin, view} = newSession();
    expect(await session.setup(TEAM)).toMatchObject({ok: true});

    failDownloads = 1;
    const refused = await session.submit(TEAM, registrationDraft('github', [admin]));
    expect(refused).toEqual({ok: false, error: {
        message: 'Nothing was recorded: the part of Plugin Onboarding that records changes could not be downloaded. Check the connection and try again.',
        retryable: true,
    }});
    expect(view()).toMatchObject({status: 'ready', state: {pluginOrder: []}});

    jest.resetModules();
    const recorded = await session.submit(TEAM, registrationDraft('github', [admin]));
    expect(recorded).toMatchObject({ok: true});
    expect(view()).toMatchObject({state: {pluginOrder: ['github']}});
});
