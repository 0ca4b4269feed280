// Sends one event through the session and keeps the last refusal for the live region: preflight
// rejections never become pending events, so they would otherwise vanish silently.
import {useCallback, useEffect, useMemo, useState} from 'react';

import type {EventDraft} from '../../domain/events';
import type {Rejection} from '../../domain/tracker_state';
import type {SubmitResult} from '../../state/tracker_session';

import {useSession} from './app_context';

export interface Submitter {
    submit(draft: EventDraft): Promise<boolean>;
    /** Sends a failed pending event again, with its own id (so it is never recorded twice). */
    resend(eventId: string): Promise<boolean>;
    error: string | null;
    /** When the rules refused it (the log moved on since the page last read it): said as a first line and a list. */
    rejection: Rejection | null;
    busy: boolean;
}

export function useSubmit(teamId: string): Submitter {
    const session = useSession();
    // The part that records changes downloads while the page is read, not on the first click.
    useEffect(() => session.prepareWrites(), [session]);
    const [error, setError] = useState<string | null>(null);
    const [rejection, setRejection] = useState<Rejection | null>(null);
    const [busy, setBusy] = useState(false);
    const send = useCallback(async (attempt: () => Promise<SubmitResult>) => {
        setBusy(true);
        setError(null);
        setRejection(null);
        try {
            const result = await attempt();
            if (!result.ok) {
                setError(result.rejection?.message ?? result.error.message);
                setRejection(result.rejection ?? null);
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
    return useMemo(() => ({submit, resend, error, rejection, busy}), [submit, resend, error, rejection, busy]);
}
