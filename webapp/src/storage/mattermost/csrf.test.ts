// In the browser, Client4 reads the CSRF token from the MMCSRF cookie and the browser sends the
// session cookie. Here the cookie jar is played by a Cookie header and `document.cookie`; the
// local Mattermost runs with strict CSRF, so a cookie session without the header is refused.
import {Client4} from '@mattermost/client';

import {cookieLogin, seededPlace, loginAs, startFresh, type Running} from '../../../../local-mattermost/server/test_support';
import {registration} from '../testing/contract';
import {StorageError} from '../port';

import {createMattermostStorage} from './adapter';

let running: Running;

beforeEach(async () => {
    running = await startFresh({seed: true, strictCsrf: true});
});

afterEach(async () => {
    Reflect.deleteProperty(globalThis, 'document');
    await running.stop();
});

function browserClient(cookie: string): Client4 {
    const client = new Client4();
    client.setHeader('Cookie', cookie);
    return client;
}

it('the server refuses a cookie-session write without X-CSRF-Token', async () => {
    const session = await cookieLogin(running.server, 'alice');
    const team = (await seededPlace(await loginAs(running.server, 'alice'))).team;
    const response = await fetch(`${running.server.url}/api/v4/channels`, {
        method: 'POST',
        headers: {'Cookie': session.cookie, 'X-Requested-With': 'XMLHttpRequest', 'Content-Type': 'application/json'},
        body: JSON.stringify({team_id: team.id, name: 'plugin-onboarding', display_name: 'Plugin Onboarding', type: 'O'}),
    });
    expect(response.status).toBe(401);
});

it('the adapter\'s Client4 sends the CSRF token from the MMCSRF cookie, so its writes pass', async () => {
    const session = await cookieLogin(running.server, 'alice');
    const team = (await seededPlace(await loginAs(running.server, 'alice'))).team;
    Object.defineProperty(globalThis, 'document', {value: {cookie: `MMUSERID=${session.userId}; MMCSRF=${session.csrf}`}, configurable: true});
    const storage = createMattermostStorage({siteUrl: `${running.server.url}/`, currentUserId: () => session.userId, client: browserClient(session.cookie)});
    const channel = await storage.createTracker(team.id);
    await storage.ensureMember(channel.id);
    const entry = await storage.append(channel.id, registration(session.userId), {rootId: '', message: 'registered'});
    expect(entry.userId).toBe(session.userId);
});

it('without the MMCSRF cookie the same writes are refused as an expired session', async () => {
    const session = await cookieLogin(running.server, 'alice');
    const team = (await seededPlace(await loginAs(running.server, 'alice'))).team;
    const storage = createMattermostStorage({siteUrl: running.server.url, currentUserId: () => session.userId, client: browserClient(session.cookie)});
    // Reads need no CSRF token...
    expect(await storage.findTracker(team.id)).toBeNull();
    // ...writes do.
    await expect(storage.createTracker(team.id)).rejects.toMatchObject({kind: 'unauthorized', status: 401});
    await expect(storage.createTracker(team.id)).rejects.toBeInstanceOf(StorageError);
});
