// The policy events of the log as the history list shows them: who, when, whether it was honoured,
// and for honoured ones the policy they put in force, so each can be compared with the one before.
import type {TrackerState} from '../../domain/tracker_state';

import {draftFromPolicy} from './policy_draft';
import type {PolicyRecord} from './policy_history';

export function policyRecords(state: TrackerState): PolicyRecord[] {
    return state.policyHistory.map((entry) => ({
        postId: entry.postId, by: entry.by, at: entry.at, summary: entry.summary, rejection: entry.rejection,
        policy: entry.policy ? draftFromPolicy(entry.policy) : null,
    }));
}
