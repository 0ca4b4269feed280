// Session lookup and CSRF, in the order Mattermost's web/handlers.go applies them: the
// MMAUTHTOKEN cookie wins over an Authorization header, and only cookie sessions need the
// X-CSRF-Token header on non-GET requests.
import type {IncomingMessage} from 'node:http';

import type {LocalApp} from './app';
import {AppError, sessionExpired} from './errors';
import type {Auth} from './http';
import {parseCookies} from './http';
import {newId} from './ids';
import type {SessionRecord, UserRecord} from './records';

export const sessionLengthMs = 30 * 24 * 60 * 60 * 1000;

type TokenLocation = 'cookie' | 'header' | 'none';

export function tokenFromRequest(req: IncomingMessage): {token: string; location: TokenLocation} {
    const cookie = parseCookies(req.headers.cookie).get('MMAUTHTOKEN');
    if (cookie !== undefined && cookie !== '') {
        return {token: cookie, location: 'cookie'};
    }
    const header = req.headers.authorization ?? '';
    if (header.length > 6 && header.slice(0, 6).toUpperCase() === 'BEARER') {
        return {token: header.slice(7), location: 'header'};
    }
    if (header.length > 5 && header.slice(0, 5).toLowerCase() === 'token') {
        return {token: header.slice(6), location: 'header'};
    }
    return {token: '', location: 'none'};
}

// Returns the session, undefined when none was presented, or throws when one was presented
// but is invalid or fails the CSRF check.
export function authenticate(app: LocalApp, req: IncomingMessage, strictCsrf: boolean): Auth | undefined {
    const {token, location} = tokenFromRequest(req);
    if (location === 'none') {
        return undefined;
    }
    const session = app.sessionByToken(token);
    const user = session === undefined ? undefined : app.user(session.user_id);
    if (session === undefined || user === undefined || user.delete_at !== 0) {
        throw sessionExpired('invalid or expired token');
    }
    if (location === 'cookie' && req.method !== 'GET') {
        checkCsrf(req, session, strictCsrf);
    }
    return {session, user};
}

function checkCsrf(req: IncomingMessage, session: SessionRecord, strictCsrf: boolean): void {
    const header = req.headers['x-csrf-token'];
    if (header === session.csrf) {
        return;
    }
    // Without strict enforcement Mattermost still accepts the legacy X-Requested-With header alone.
    if (!strictCsrf && req.headers['x-requested-with'] === 'XMLHttpRequest') {
        return;
    }
    throw new AppError(401, 'api.context.session_expired.app_error', 'Invalid or expired session, please login again.', 'Appears to be a CSRF attempt');
}

export function createSession(app: LocalApp, user: UserRecord): SessionRecord {
    const now = Date.now();
    const session: SessionRecord = {id: newId(), token: newId(), user_id: user.id, csrf: newId(), create_at: now, expires_at: now + sessionLengthMs};
    app.store.put('sessions', session.token, session);
    return session;
}

export function sessionCookies(session: SessionRecord): string[] {
    const maxAge = Math.floor(sessionLengthMs / 1000);
    const common = `Path=/; Max-Age=${maxAge}; SameSite=Lax`;
    return [
        `MMAUTHTOKEN=${session.token}; ${common}; HttpOnly`,
        `MMUSERID=${session.user_id}; ${common}`,
        `MMCSRF=${session.csrf}; ${common}`,
    ];
}

export function clearedCookies(): string[] {
    return ['MMAUTHTOKEN', 'MMUSERID', 'MMCSRF'].map((name) => `${name}=; Path=/; Max-Age=0`);
}
