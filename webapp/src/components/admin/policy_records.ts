// The policy events of the log as the history list shows them. The folded state keeps, for each
// policy event, who wrote it, when, and whether it was honoured — but the content only of the one in
// force; earlier events show their summary until the domain keeps each policy's content.
import type {TrackerState} from '../../domain/tracker_state';

import {draftFromPolicy} from './policy_draft';
import type {PolicyRecord} from './policy_history';

export function policyRecords(state: TrackerState): PolicyRecord[] {
    const inForceEventId = state.policy.stamp?.eventId ?? null;
    return state.policyHistory.map((entry) => ({
        postId: entry.postId,
        by: entry.by,
        at: entry.at,
        summary: entry.summary,
        rejection: entry.rejection,
        policy: entry.rejection === null && entry.eventId !== null && entry.eventId === inForceEventId ? draftFromPolicy(state.policy) : null,
    }));
}
