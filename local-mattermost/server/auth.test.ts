// Login, sessions, CSRF and admin-only config, driven with the real Client4 and raw fetch.
import {Client4} from '@mattermost/client';

import {cookieLogin, loginAs, seededPlace, serverErrorOf, startFresh, type Running} from './test_support';

let running: Running;

beforeAll(async () => {
    running = await startFresh();
});
afterAll(async () => {
    await running.stop();
});

describe('login', () => {
    it('returns the user without a password, a Token header and the three session cookies', async () => {
        const res = await fetch(`${running.server.url}/api/v4/users/login`, {method: 'POST', body: JSON.stringify({login_id: 'alice', password: 'demo-password'})});
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe('application/json');
        expect(res.headers.get('token')).toMatch(/^[a-z0-9]{26}$/);
        const cookies = res.headers.getSetCookie();
        expect(cookies.find((c) => c.startsWith('MMAUTHTOKEN='))).toContain('HttpOnly');
        expect(cookies.some((c) => c.startsWith('MMUSERID='))).toBe(true);
        expect(cookies.some((c) => c.startsWith('MMCSRF='))).toBe(true);
        const body: unknown = await res.json();
        expect(body).toMatchObject({username: 'alice', roles: 'system_user'});
        expect(body).not.toHaveProperty('password');
    });

    it('logs in with Client4 and then knows the user', async () => {
        const client = await loginAs(running.server, 'bob');
        const me = await client.getMe();
        expect(me.username).toBe('bob');
        expect(me.first_name).not.toBe('');
    });

    it('rejects a wrong password with 401 and Mattermost\'s error id', async () => {
        const client = new Client4();
        client.setUrl(running.server.url);
        const err = await serverErrorOf(client.login('alice', 'wrong'));
        expect(err).toEqual({status_code: 401, server_error_id: 'api.user.login.invalid_credentials_email_username'});
    });

    it('answers 401 session_expired without a session and with a bad token, in the AppError shape', async () => {
        const res = await fetch(`${running.server.url}/api/v4/users/me`);
        expect(res.status).toBe(401);
        const body: unknown = await res.json();
        expect(body).toEqual({id: 'api.context.session_expired.app_error', message: expect.any(String), detailed_error: expect.any(String), request_id: expect.any(String), status_code: 401});
        const client = new Client4();
        client.setUrl(running.server.url);
        client.setToken('not-a-token');
        expect(await serverErrorOf(client.getMe())).toEqual({status_code: 401, server_error_id: 'api.context.session_expired.app_error'});
    });

    it('ends the session on logout', async () => {
        const client = await loginAs(running.server, 'carol-qa');
        await client.logout();
        const again = new Client4();
        again.setUrl(running.server.url);
        again.setToken(client.getToken());
        expect((await serverErrorOf(again.getMe())).status_code).toBe(401);
    });
});

describe('CSRF with cookie sessions', () => {
    it('rejects a cookie POST without X-CSRF-Token, accepts it with the MMCSRF value, and never asks bearer requests', async () => {
        const bearer = await loginAs(running.server, 'alice');
        const {townSquare} = await seededPlace(bearer);
        const session = await cookieLogin(running.server, 'alice');
        const url = `${running.server.url}/api/v4/posts`;
        const body = JSON.stringify({channel_id: townSquare.id, message: 'csrf probe'});

        const withoutToken = await fetch(url, {method: 'POST', body, headers: {Cookie: session.cookie, 'X-Requested-With': 'XMLHttpRequest'}});
        expect(withoutToken.status).toBe(401);
        expect(await withoutToken.json()).toMatchObject({id: 'api.context.session_expired.app_error'});

        const wrongToken = await fetch(url, {method: 'POST', body, headers: {Cookie: session.cookie, 'X-Requested-With': 'XMLHttpRequest', 'X-CSRF-Token': 'nope'}});
        expect(wrongToken.status).toBe(401);

        const withToken = await fetch(url, {method: 'POST', body, headers: {Cookie: session.cookie, 'X-Requested-With': 'XMLHttpRequest', 'X-CSRF-Token': session.csrf}});
        expect(withToken.status).toBe(201);

        const cookieGet = await fetch(`${running.server.url}/api/v4/users/me`, {headers: {Cookie: session.cookie}});
        expect(cookieGet.status).toBe(200);

        await expect(bearer.createPost({channel_id: townSquare.id, message: 'bearer needs no csrf'})).resolves.toMatchObject({message: 'bearer needs no csrf'});
    });

    it('Client4 with the cookie and setCSRF passes, as the webapp does', async () => {
        const session = await cookieLogin(running.server, 'bob');
        const client = new Client4();
        client.setUrl(running.server.url);
        client.setHeader('Cookie', session.cookie);
        const {townSquare} = await seededPlace(client);
        expect((await serverErrorOf(client.createPost({channel_id: townSquare.id, message: 'x'}))).status_code).toBe(401);
        client.setCSRF(session.csrf);
        await expect(client.createPost({channel_id: townSquare.id, message: 'with csrf'})).resolves.toMatchObject({user_id: session.userId});
    });

    it('accepts X-Requested-With alone only when strict CSRF is off', async () => {
        const lax = await startFresh({strictCsrf: false});
        try {
            const session = await cookieLogin(lax.server, 'alice');
            const res = await fetch(`${lax.server.url}/api/v4/users/me/preferences`, {
                method: 'PUT',
                headers: {Cookie: session.cookie, 'X-Requested-With': 'XMLHttpRequest'},
                body: JSON.stringify([{user_id: session.userId, category: 'pp_plugin-onboard', name: 'x', value: '1'}]),
            });
            expect(res.status).toBe(200);
            const bare = await fetch(`${lax.server.url}/api/v4/users/me/preferences`, {method: 'PUT', headers: {Cookie: session.cookie}, body: '[]'});
            expect(bare.status).toBe(401);
        } finally {
            await lax.stop();
        }
    });
});

describe('config', () => {
    it('is admin-only, keeps plugin settings, and the client config carries none', async () => {
        const alice = await loginAs(running.server, 'alice');
        expect(await serverErrorOf(alice.getConfig())).toEqual({status_code: 403, server_error_id: 'api.context.permissions.app_error'});

        const admin = await loginAs(running.server, 'admin');
        const config = await admin.getConfig();
        const updated = await admin.updateConfig({...config, PluginSettings: {...config.PluginSettings, Plugins: {'plugin-onboard': {trackerchannel: 'plugin-onboarding'}}}});
        expect(updated.PluginSettings.Plugins).toEqual({'plugin-onboard': {trackerchannel: 'plugin-onboarding'}});
        expect((await admin.getConfig()).PluginSettings.Plugins['plugin-onboard']).toEqual({trackerchannel: 'plugin-onboarding'});
        expect(await serverErrorOf(alice.updateConfig(config))).toMatchObject({status_code: 403});

        const clientConfig = await alice.getClientConfig();
        expect(clientConfig.MaxPostSize).toBe('16383');
        expect(JSON.stringify(clientConfig)).not.toContain('trackerchannel');
        expect(await alice.getClientLicenseOld()).toEqual({IsLicensed: 'false'});
    });
});

describe('preferences', () => {
    it('are per user, with Mattermost\'s size limits', async () => {
        const alice = await loginAs(running.server, 'alice');
        const bob = await loginAs(running.server, 'bob');
        const me = await alice.getMe();
        await alice.savePreferences(me.id, [{user_id: me.id, category: 'pp_plugin-onboard', name: 'view', value: 'compact'}]);
        expect(await alice.getMyPreferences()).toEqual(expect.arrayContaining([{user_id: me.id, category: 'pp_plugin-onboard', name: 'view', value: 'compact'}]));
        expect((await serverErrorOf(bob.getUserPreferences(me.id))).status_code).toBe(403);
        expect(await serverErrorOf(alice.savePreferences(me.id, [{user_id: me.id, category: 'c'.repeat(33), name: 'n', value: 'v'}])))
            .toEqual({status_code: 400, server_error_id: 'model.preference.is_valid.category.app_error'});
        expect(await serverErrorOf(alice.savePreferences(me.id, [{user_id: me.id, category: 'c', name: 'n'.repeat(33), value: 'v'}])))
            .toEqual({status_code: 400, server_error_id: 'model.preference.is_valid.name.app_error'});
        await alice.savePreferences(me.id, [{user_id: me.id, category: 'c', name: 'n', value: 'é'.repeat(20000)}]);
        expect(await serverErrorOf(alice.savePreferences(me.id, [{user_id: me.id, category: 'c', name: 'n', value: 'v'.repeat(20001)}])))
            .toEqual({status_code: 400, server_error_id: 'model.preference.is_valid.value.app_error'});
    });
});
