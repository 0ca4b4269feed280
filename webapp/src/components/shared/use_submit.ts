// Sends one event through the session and keeps the last refusal for the live region: preflight
// rejections never become pending events, so they would otherwise vanish silently.
import {useCallback, useMemo, useState} from 'react';

import type {EventDraft} from '../../domain/events';

import {useSession} from './app_context';

export interface Submitter {
    submit(draft: EventDraft): Promise<boolean>;
    error: string | null;
    busy: boolean;
}

export function useSubmit(teamId: string): Submitter {
    const session = useSession();
    const [error, setError] = useState<string | null>(null);
    const [busy, setBusy] = useState(false);
    const submit = useCallback(async (draft: EventDraft) => {
        setBusy(true);
        setError(null);
        try {
            const result = await session.submit(teamId, draft);
            if (!result.ok) {
                setError(result.rejection?.message ?? result.error.message);
            }
            return result.ok;
        } catch (e) {
            setError(e instanceof Error ? e.message : String(e));
            return false;
        } finally {
            setBusy(false);
        }
    }, [session, teamId]);
    // One object per state change, not per render: the plugin page's context depends on it.
    return useMemo(() => ({submit, error, busy}), [submit, error, busy]);
}
