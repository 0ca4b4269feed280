// The plugin's Redux slice, at state['plugins-plugin-onboard']: plain, serialisable data only.
// The session (tracker_session.ts) computes every value; the reducer just stores it.
import type {OnboardEvent} from '../domain/events';
import type {Rejection, TrackerState} from '../domain/tracker_state';
import type {UserSummary} from '../storage/port';

export type {UserSummary} from '../storage/port';

/**
 * 'missing': no tracker found (nothing is created until a system admin sets one up); 'unusable': a
 * channel holds the tracker's name but cannot be trusted as the tracker (see TrackerPlace.refused).
 */
export type TrackerStatus = 'idle' | 'loading' | 'ready' | 'missing' | 'unusable' | 'error';

/** Why a channel named like the tracker is not used as one. */
export type TrackerRefusal = 'private' | 'not-admin-created';

/** Where the tracker channel is, as the views explain it: renamed, archived, or not a tracker at all. */
export interface TrackerPlace {
    readonly name: string;
    readonly displayName: string;
    /** When it was archived (it stays readable and takes no posts); 0 while live. */
    readonly archivedAt: number;
    /** Set when the channel holding the tracker's name is refused as the tracker (status 'unusable'). */
    readonly refused: TrackerRefusal | null;
}

/** A sentence that says what happened and what to do. */
export interface UserError {
    readonly message: string;
    /** Whether trying again (the same action, unchanged) may succeed. */
    readonly retryable: boolean;
    /** When the rules refused it: what the message says, as a first line and a list where it lists things. */
    readonly rejection?: Rejection;
}

export interface PendingEvent {
    readonly event: OnboardEvent;
    readonly status: 'sending' | 'failed';
    readonly error: UserError | null;
}

export interface TrackerView {
    readonly status: TrackerStatus;
    readonly channelId: string | null;
    /** The tracker channel's name and whether it is archived; null when there is none. */
    readonly place: TrackerPlace | null;
    readonly state: TrackerState;
    readonly error: UserError | null;
    /** Optimistic: shown until the post comes back; a failed one waits for retry or discard. */
    readonly pending: readonly PendingEvent[];
    /** Authors, owners and role holders seen in the log. */
    readonly users: Readonly<Record<string, UserSummary>>;
}

export interface PluginOnboardState {
    readonly trackers: Readonly<Record<string, TrackerView>>;
    /** Which plugin the panel shows; null: the list. A view choice of this tab, kept with the rest so every view reads one store. */
    readonly selectedPlugin: string | null;
    /**
     * Per team, how many moves wait on the current user: set once its tracker has been read in this
     * page (never read for it), so the panel's title and the channel-header button can show it.
     */
    readonly waiting: Readonly<Record<string, number>>;
}

export const PLUGIN_STATE_KEY = 'plugins-plugin-onboard';
