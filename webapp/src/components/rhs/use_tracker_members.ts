// Who of the team's rosters is in the tracker channel, for the places the panel names role holders.
// Read when such a place is first shown, never at start-up; every place shares the one request.
import {useEffect, useMemo, useState} from 'react';

import type {PolicyState} from '../../domain/tracker_state';
import {membershipsOf} from '../../state/session/membership_cache';
import {useSession} from '../shared/app_context';

/** The roster members who are in the tracker channel; null until known (or when it cannot be read). */
export function useTrackerMembers(teamId: string, policy: PolicyState): ReadonlySet<string> | null {
    const session = useSession();
    const roster = useMemo(() => [...new Set(Object.values(policy.roles).flat())].sort(), [policy.roles]);
    const key = roster.join(',');
    const [known, setKnown] = useState<{key: string; members: ReadonlySet<string>} | null>(null);
    useEffect(() => {
        if (!policy.configured || roster.length === 0) {
            return undefined;
        }
        let live = true;
        membershipsOf(session).members(teamId, roster, () => session.trackerMembers(teamId, roster)).then((members) => {
            if (live && members) {
                setKnown({key, members});
            }
        }, () => {
            // Unknown membership marks nobody: a failed read must not call everyone unreachable.
        });
        return () => {
            live = false;
        };
    }, [session, teamId, key, roster, policy.configured]);
    return known !== null && known.key === key ? known.members : null;
}
