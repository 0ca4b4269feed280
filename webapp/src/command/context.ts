// What executing a command needs from its surroundings. The session is typed as the part of the
// state layer's TrackerSession the command uses, so tests and the lead's glue can hand in the real
// one (a test checks that it fits).
import type {EventDraft, OnboardEvent} from '../domain/events';
import type {Rejection, TrackerState} from '../domain/tracker_state';
import type {UserSummary} from '../storage/port';

export interface CommandUserError {
    readonly message: string;
    readonly retryable: boolean;
}

export interface CommandPendingEvent {
    readonly event: OnboardEvent;
    readonly status: 'sending' | 'failed';
}

export interface CommandTrackerView {
    readonly status: 'idle' | 'loading' | 'ready' | 'missing' | 'error';
    readonly state: TrackerState;
    readonly error: CommandUserError | null;
    readonly pending: readonly CommandPendingEvent[];
    readonly users: Readonly<Record<string, UserSummary>>;
}

export type SubmitResult = {ok: true; event: OnboardEvent} | {ok: false; error: CommandUserError; rejection?: Rejection};

export interface CommandSession {
    open(teamId: string): Promise<CommandTrackerView>;
    setup(teamId: string): Promise<{ok: true; channelId: string; created: boolean} | {ok: false; error: CommandUserError}>;
    submit(teamId: string, draft: EventDraft): Promise<SubmitResult>;
    retry(teamId: string, eventId: string): Promise<SubmitResult>;
    readonly users: {
        byUsername(usernames: readonly string[]): Promise<UserSummary[]>;
        byIds(ids: readonly string[]): Promise<UserSummary[]>;
    };
}

export interface CommandContext {
    readonly teamId: string;
    readonly channelId: string;
    readonly rootId: string;
    readonly userId: string;
    readonly isSystemAdmin: boolean;
    readonly isTeamAdmin: boolean;
    readonly session: CommandSession;
    openRhs(pluginId: string | null): void;
    registerAutocomplete(teamId: string): Promise<{ok: true} | {ok: false; message: string}>;
    /** Clock for "since when"; Date.now when absent. */
    readonly now?: () => number;
}

/** 'reply': an ephemeral post, the command is consumed. 'error': shown under the textbox, the text stays to be fixed. */
export type CommandOutcome = {kind: 'reply'; markdown: string} | {kind: 'error'; message: string};

export function reply(markdown: string): CommandOutcome {
    return {kind: 'reply', markdown};
}

export function failure(message: string): CommandOutcome {
    return {kind: 'error', message};
}
