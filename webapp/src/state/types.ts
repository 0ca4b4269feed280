// The plugin's Redux slice, at state['plugins-plugin-onboard']: plain, serialisable data only.
// The session (tracker_session.ts) computes every value; the reducer just stores it.
import type {OnboardEvent} from '../domain/events';
import type {TrackerState} from '../domain/tracker_state';
import type {UserSummary} from '../storage/port';

export type {UserSummary} from '../storage/port';

export type TrackerStatus = 'idle' | 'loading' | 'ready' | 'missing' | 'error';

/** A sentence that says what happened and what to do. */
export interface UserError {
    readonly message: string;
    /** Whether trying again (the same action, unchanged) may succeed. */
    readonly retryable: boolean;
}

export interface PendingEvent {
    readonly event: OnboardEvent;
    readonly status: 'sending' | 'failed';
    readonly error: UserError | null;
}

export interface TrackerView {
    readonly status: TrackerStatus;
    readonly channelId: string | null;
    readonly state: TrackerState;
    readonly error: UserError | null;
    /** Optimistic: shown until the post comes back; a failed one waits for retry or discard. */
    readonly pending: readonly PendingEvent[];
    /** Authors, owners and role holders seen in the log. */
    readonly users: Readonly<Record<string, UserSummary>>;
}

export interface PluginOnboardState {
    readonly trackers: Readonly<Record<string, TrackerView>>;
}

export const PLUGIN_STATE_KEY = 'plugins-plugin-onboard';
