// Who of a roster is in the tracker channel, as the panel marks it: kept apart from adding people
// (roster.ts, a system admin's rare act, loaded when a policy is saved).
import type {EventLogStorage} from '../../storage/port';

type MembershipStorage = Pick<EventLogStorage, 'membersAmong'>;

/**
 * Who of a roster is in the channel, read once per channel and roster for the page: every place the
 * panel names role holders shares the one request. A save that added people updates it.
 */
export class MembershipCache {
    private readonly reads = new Map<string, Promise<ReadonlySet<string>>>();

    constructor(private readonly storage: MembershipStorage) {}

    private static key(channelId: string, userIds: readonly string[]): string {
        return `${channelId}:${[...new Set(userIds)].sort().join(',')}`;
    }

    members(channelId: string, userIds: readonly string[]): Promise<ReadonlySet<string>> {
        const key = MembershipCache.key(channelId, userIds);
        let read = this.reads.get(key);
        if (read === undefined) {
            read = this.storage.membersAmong(channelId, [...new Set(userIds)]).then((ids) => new Set(ids));
            this.reads.set(key, read);
            // A failed read is asked again next time rather than remembered.
            read.catch(() => this.reads.delete(key));
        }
        return read;
    }

    /** People now known to be members (just added): every roster read of the channel includes them. */
    learn(channelId: string, userIds: readonly string[]): void {
        for (const [key, read] of [...this.reads]) {
            if (key.startsWith(`${channelId}:`)) {
                this.reads.set(key, read.then((members) => new Set([...members, ...userIds])));
            }
        }
    }
}
