// Users, login and preferences.
import {z} from 'zod';

import type {LocalApp} from './app';
import {clearedCookies, createSession, sessionCookies, tokenFromRequest} from './auth';
import {AppError, permissionError} from './errors';
import {ok, param, readJson, route, type AuthedCtx, type Route} from './http';
import {checkPassword} from './ids';
import type {PreferenceRecord, UserRecord} from './records';
import {wirePreference, wireTeam, wireTeamMember, wireUser, type WireUser} from './wire';

// Mattermost resolves "me" in a user id segment to the session's user.
export function userIdParam(ctx: AuthedCtx, name = 'user_id'): string {
    const id = param(ctx, name);
    return id === 'me' ? ctx.auth.user.id : id;
}

// The {user_id} of a route that reads or changes a user's own data: others' need a system admin.
export function ownUserIdParam(app: LocalApp, ctx: AuthedCtx): string {
    const userId = userIdParam(ctx);
    if (userId !== ctx.auth.user.id && !app.isSystemAdmin(ctx.auth.user.id)) {
        throw permissionError('edit_other_users');
    }
    return userId;
}

const loginBody = z.object({login_id: z.string(), password: z.string()});
const idList = z.array(z.string());
const preferenceList = z.array(z.object({user_id: z.string(), category: z.string(), name: z.string(), value: z.string()}));

const byteLength = (s: string): number => Buffer.byteLength(s, 'utf8');
const runes = (s: string): number => [...s].length;

function matchesTerm(user: UserRecord, term: string): boolean {
    if (term === '') {
        return true;
    }
    return [user.username, user.first_name, user.last_name, user.nickname, `${user.first_name} ${user.last_name}`]
        .some((field) => field.toLowerCase().startsWith(term));
}

export function userRoutes(app: LocalApp): Route[] {
    const wire = (ctx: AuthedCtx, user: UserRecord): WireUser => wireUser(user, user.id === ctx.auth.user.id);

    return [
        route('GET', '/api/v4/system/ping', () => ({json: {status: 'OK', ActiveSearchBackend: 'database'}}), 'public'),
        route('POST', '/api/v4/users/login', async (ctx) => {
            const body = await readJson(ctx, loginBody, 'login');
            const user = app.userByLogin(body.login_id);
            if (user === undefined || user.delete_at !== 0 || !checkPassword(body.password, user.password_hash)) {
                throw new AppError(401, 'api.user.login.invalid_credentials_email_username', 'Enter a valid email or username and/or password.');
            }
            const session = createSession(app, user);
            return {json: wireUser(user, true), headers: {Token: session.token, 'Set-Cookie': sessionCookies(session)}};
        }, 'public'),
        route('POST', '/api/v4/users/logout', (ctx) => {
            const {token, location} = tokenFromRequest(ctx.req);
            if (location !== 'none' && app.sessionByToken(token) !== undefined) {
                app.store.remove('sessions', token);
            }
            return {json: ok, headers: {'Set-Cookie': clearedCookies()}};
        }, 'public'),
        route('POST', '/api/v4/users/ids', async (ctx) => {
            const ids = await readJson(ctx, idList, 'user_ids');
            return {json: ids.map((id) => app.user(id)).filter((u): u is UserRecord => u !== undefined).map((u) => wire(ctx, u))};
        }),
        route('POST', '/api/v4/users/usernames', async (ctx) => {
            const names = await readJson(ctx, idList, 'usernames');
            return {json: names.map((n) => app.userByUsername(n)).filter((u): u is UserRecord => u !== undefined).map((u) => wire(ctx, u))};
        }),
        route('GET', '/api/v4/users/autocomplete', (ctx) => {
            const term = (ctx.url.searchParams.get('name') ?? '').toLowerCase().replace(/^@/, '');
            const teamId = ctx.url.searchParams.get('in_team') ?? '';
            const channelId = ctx.url.searchParams.get('in_channel') ?? '';
            const limit = Math.min(Number(ctx.url.searchParams.get('limit') ?? '100') || 100, 100);
            const candidates = app.store.all('users')
                .filter((u) => u.delete_at === 0 && matchesTerm(u, term))
                .filter((u) => teamId === '' || app.isTeamMember(teamId, u.id))
                .sort((a, b) => a.username.localeCompare(b.username));
            if (channelId === '') {
                return {json: {users: candidates.slice(0, limit).map((u) => wire(ctx, u))}};
            }
            const channel = app.requireChannel(channelId);
            if (!app.canReadChannel(channel, ctx.auth.user.id)) {
                throw permissionError('read_channel');
            }
            const inChannel = candidates.filter((u) => app.isChannelMember(channelId, u.id));
            const outOfChannel = candidates.filter((u) => !app.isChannelMember(channelId, u.id) && app.isTeamMember(channel.team_id, u.id));
            return {json: {users: inChannel.slice(0, limit).map((u) => wire(ctx, u)), out_of_channel: outOfChannel.slice(0, limit).map((u) => wire(ctx, u))}};
        }),
        route('GET', '/api/v4/users/{user_id}', (ctx) => ({json: wire(ctx, app.requireUser(userIdParam(ctx)))})),
        route('GET', '/api/v4/users/{user_id}/teams', (ctx) => {
            const userId = ownUserIdParam(app, ctx);
            const teams = app.store.all('team_members').filter((m) => m.user_id === userId && (m.delete_at ?? 0) === 0).map((m) => app.team(m.team_id));
            return {json: teams.filter((t) => t !== undefined).map(wireTeam)};
        }),
        route('GET', '/api/v4/users/{user_id}/teams/members', (ctx) => {
            const userId = ownUserIdParam(app, ctx);
            return {json: app.store.all('team_members').filter((m) => m.user_id === userId).map(wireTeamMember)};
        }),
        route('GET', '/api/v4/users/{user_id}/preferences', (ctx) => {
            const userId = ownUserIdParam(app, ctx);
            return {json: app.store.all('preferences').filter((p) => p.user_id === userId).map(wirePreference)};
        }),
        route('GET', '/api/v4/users/{user_id}/preferences/{category}', (ctx) => {
            const userId = ownUserIdParam(app, ctx);
            const category = param(ctx, 'category');
            return {json: app.store.all('preferences').filter((p) => p.user_id === userId && p.category === category).map(wirePreference)};
        }),
        route('PUT', '/api/v4/users/{user_id}/preferences', async (ctx) => {
            const userId = ownUserIdParam(app, ctx);
            const prefs = await readJson(ctx, preferenceList, 'preferences');
            prefs.forEach(checkPreference(userId));
            for (const pref of prefs) {
                const record: PreferenceRecord = {...pref, user_id: userId};
                app.store.put('preferences', `${userId}:${pref.category}:${pref.name}`, record);
            }
            return {json: ok};
        }),
        route('POST', '/api/v4/users/{user_id}/preferences/delete', async (ctx) => {
            const userId = ownUserIdParam(app, ctx);
            const prefs = await readJson(ctx, preferenceList, 'preferences');
            prefs.forEach(checkPreference(userId));
            for (const pref of prefs) {
                app.store.remove('preferences', `${userId}:${pref.category}:${pref.name}`);
            }
            return {json: ok};
        }),
    ];
}

// model/preference.go IsValid: category and name at most 32 bytes, value at most 20000 runes.
function checkPreference(userId: string): (pref: {user_id: string; category: string; name: string; value: string}) => void {
    return (pref) => {
        if (pref.user_id !== userId) {
            throw new AppError(403, 'api.preference.update_preferences.set_details.app_error', 'Unable to set preferences for other user.');
        }
        if (pref.category === '' || byteLength(pref.category) > 32) {
            throw new AppError(400, 'model.preference.is_valid.category.app_error', 'Invalid category.');
        }
        if (pref.name === '' || byteLength(pref.name) > 32) {
            throw new AppError(400, 'model.preference.is_valid.name.app_error', 'Invalid name.');
        }
        if (runes(pref.value) > 20000) {
            throw new AppError(400, 'model.preference.is_valid.value.app_error', 'Value is too long.');
        }
    };
}
