// The UI asks the fold's own rule whether an action would be accepted, so a button is enabled exactly
// when the fold would accept its event — the two cannot disagree.
import {check, withId, type Author} from '../../domain';
import type {EventDraft} from '../../domain/events';
import type {Rejection, TrackerState} from '../../domain/tracker_state';

/** Valid for EVENT_ID and never produced by newEventId() (which makes 26 characters). */
const PREFLIGHT_ID = 'preflight-check';

export function preflight(state: TrackerState, draft: EventDraft, author: Author): Rejection | null {
    return check(state, withId(draft, PREFLIGHT_ID), author);
}
