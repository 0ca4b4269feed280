// Sends one event through the session and keeps the last refusal for the live region: preflight
// rejections never become pending events, so they would otherwise vanish silently.
import {useCallback, useMemo, useState} from 'react';

import type {EventDraft} from '../../domain/events';
import type {SubmitResult} from '../../state/tracker_session';

import {useSession} from './app_context';

export interface Submitter {
    submit(draft: EventDraft): Promise<boolean>;
    /** Sends a failed pending event again, with its own id (so it is never recorded twice). */
    resend(eventId: string): Promise<boolean>;
    error: string | null;
    busy: boolean;
}

export function useSubmit(teamId: string): Submitter {
    const session = useSession();
    const [error, setError] = useState<string | null>(null);
    const [busy, setBusy] = useState(false);
    const send = useCallback(async (attempt: () => Promise<SubmitResult>) => {
        setBusy(true);
        setError(null);
        try {
            const result = await attempt();
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
    }, []);
    const submit = useCallback((draft: EventDraft) => send(() => session.submit(teamId, draft)), [send, session, teamId]);
    const resend = useCallback((eventId: string) => send(() => session.retry(teamId, eventId)), [send, session, teamId]);
    // One object per state change, not per render: the plugin page's context depends on it.
    return useMemo(() => ({submit, resend, error, busy}), [submit, resend, error, busy]);
}
