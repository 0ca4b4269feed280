// Creating a team's missing tracker channel, for the panel and the System Console alike. No reload
// afterwards: setup() loads the new tracker and publishes it, and the views follow its status.
import {useCallback, useState} from 'react';

import {useSession} from './app_context';

export interface TrackerCreation {
    readonly create: () => Promise<void>;
    readonly busy: boolean;
    /** Why the last attempt failed, as a sentence for the user; null before one or after success. */
    readonly error: string | null;
}

export function useCreateTracker(teamId: string): TrackerCreation {
    const session = useSession();
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState<string | null>(null);
    const create = useCallback(async () => {
        setBusy(true);
        setError(null);
        const result = await session.setup(teamId);
        setBusy(false);
        if (!result.ok) {
            setError(result.error.message);
        }
    }, [session, teamId]);
    return {create, busy, error};
}
