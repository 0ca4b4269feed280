// Who of a roster is in the tracker channel, as a plugin's page marks it: read once per team and
// roster for the page, however many places name role holders, and told who a saved policy added. It
// lives with its users (the page's chunk, the roster chunk), not in the session every open loads.

type Members = ReadonlySet<string>;

class MembershipCache {
    private readonly reads = new Map<string, Promise<Members | null>>();

    private static key(teamId: string, userIds: readonly string[]): string {
        return `${teamId}:${[...new Set(userIds)].sort().join(',')}`;
    }

    /** The members among userIds, read with `read` the first time this team and roster are asked for. */
    members(teamId: string, userIds: readonly string[], read: () => Promise<Members | null>): Promise<Members | null> {
        const key = MembershipCache.key(teamId, userIds);
        let answer = this.reads.get(key);
        if (answer === undefined) {
            answer = read();
            this.reads.set(key, answer);
            // A failed read (or no tracker yet) is asked again next time rather than remembered.
            answer.then((members) => members === null && this.reads.delete(key), () => this.reads.delete(key));
        }
        return answer;
    }

    /** People now known to be members (just added): every roster read of the team includes them. */
    learn(teamId: string, userIds: readonly string[]): void {
        for (const [key, answer] of [...this.reads]) {
            if (key.startsWith(`${teamId}:`)) {
                this.reads.set(key, answer.then((members) => members && new Set([...members, ...userIds])));
            }
        }
    }
}

const caches = new WeakMap<object, MembershipCache>();

/** The cache of one tracker session (each signed-in page has one; tests make many). */
export function membershipsOf(session: object): MembershipCache {
    let cache = caches.get(session);
    if (cache === undefined) {
        cache = new MembershipCache();
        caches.set(session, cache);
    }
    return cache;
}
