// The people the session knows: the profiles the views show, and the fold's answer to "is this
// author a system admin?". The fold must answer at once, so an author whose profile has not arrived
// yet counts as a non-admin; if they later turn out to be one, their policy events were wrongly
// ignored and everything folded so far must be folded again.
import type {Directory} from '../../domain/log';
import type {UserSummary, UsersPort} from '../../storage/port';

export interface UserDirectory {
    /** What the fold asks; remembers whom it had to guess about. */
    readonly forFold: Directory;
    known(): Readonly<Record<string, UserSummary>>;
    /**
     * Fetches the profiles not held yet; true when any arrived. Failures are tolerated: names fall
     * back to ids and a later sync asks again.
     */
    learn(ids: readonly string[]): Promise<boolean>;
    isAdmin(userId: string): Promise<boolean>;
    /** The username for a readable message, or the id while the profile is unknown. */
    username(userId: string): string;
}

/** `adminLearnt` runs when an author the fold took for a non-admin turns out to be an admin. */
export function createUserDirectory(port: Pick<UsersPort, 'byIds'>, adminLearnt: () => void): UserDirectory {
    let users: Record<string, UserSummary> = {};
    const assumed = new Set<string>();
    /**
     * Ids the server was asked for and did not return (a user removed for good, or an id that
     * never was one, e.g. an owner named in a forged event): asked once, not again on every event.
     * Mattermost never reuses a user id, so the answer cannot change.
     */
    const missing = new Set<string>();
    /** Ids asked for and not answered yet: an overlapping learn waits for that answer instead of asking again. */
    const inFlight = new Map<string, Promise<boolean>>();

    const forFold: Directory = {
        isSystemAdmin: (userId) => {
            const user = users[userId];
            if (!user) {
                assumed.add(userId);
                return false;
            }
            return user.isSystemAdmin;
        },
    };

    async function learn(ids: readonly string[]): Promise<boolean> {
        const wanted = [...new Set(ids)].filter((id) => id && !users[id] && !missing.has(id));
        const waiting = [...new Set(wanted.map((id) => inFlight.get(id)).filter((p) => p !== undefined))];
        const unknown = wanted.filter((id) => !inFlight.has(id));
        if (unknown.length === 0) {
            return (await Promise.all(waiting)).some(Boolean);
        }
        const asking = ask(unknown);
        unknown.forEach((id) => inFlight.set(id, asking));
        try {
            return (await Promise.all([asking, ...waiting])).some(Boolean);
        } finally {
            unknown.forEach((id) => inFlight.delete(id));
        }
    }

    async function ask(unknown: readonly string[]): Promise<boolean> {
        let found: UserSummary[];
        try {
            found = await port.byIds(unknown);
        } catch {
            // Not an answer: a later sync asks again.
            return false;
        }
        const returned = new Set(found.map((user) => user.id));
        unknown.filter((id) => !returned.has(id)).forEach((id) => missing.add(id));
        if (found.length === 0) {
            return false;
        }
        const next = {...users};
        let adminFound = false;
        for (const user of found) {
            next[user.id] = user;
            if (user.isSystemAdmin && assumed.has(user.id)) {
                adminFound = true;
            }
            assumed.delete(user.id);
        }
        // A new object, so a view's `users` changes identity exactly when someone was learnt.
        users = next;
        if (adminFound) {
            adminLearnt();
        }
        return true;
    }

    async function isAdmin(userId: string): Promise<boolean> {
        await learn([userId]);
        return users[userId]?.isSystemAdmin ?? false;
    }

    return {
        forFold,
        known: () => users,
        learn,
        isAdmin,
        username: (userId) => users[userId]?.username ?? userId,
    };
}
