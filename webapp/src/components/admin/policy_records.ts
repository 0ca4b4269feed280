// The policy events of the log as the history list shows them. The folded state keeps, for each
// policy event, who wrote it, when and whether it was honoured, but the content only of the policy
// in force. So the page remembers every policy it has seen in force (`seen`, by event id): changes
// made while it is open show their full difference; older events show their summary.
import type {TrackerState} from '../../domain/tracker_state';

import {draftFromPolicy, type PolicyDraft} from './policy_draft';
import type {PolicyRecord} from './policy_history';

export function policyRecords(state: TrackerState, seen: ReadonlyMap<string, PolicyDraft>): PolicyRecord[] {
    const inForceEventId = state.policy.stamp?.eventId ?? null;
    return state.policyHistory.map((entry) => {
        let policy: PolicyDraft | null = null;
        if (entry.rejection === null && entry.eventId !== null) {
            policy = entry.eventId === inForceEventId ? draftFromPolicy(state.policy) : seen.get(entry.eventId) ?? null;
        }
        return {postId: entry.postId, by: entry.by, at: entry.at, summary: entry.summary, rejection: entry.rejection, policy};
    });
}
