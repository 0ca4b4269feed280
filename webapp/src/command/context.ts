// What executing a command needs from its surroundings. The session is the part of the state
// layer's TrackerSession the command uses, so tests can hand in a narrower fake and
// lazy/command_entry.ts the real session.
import type {TrackerSession} from '../state/tracker_session';
import type {TrackerView} from '../state/types';
import type {UsersPort} from '../storage/port';

export type {SubmitResult} from '../state/tracker_session';

export type CommandTrackerView = TrackerView;

export type CommandSession = Pick<TrackerSession, 'open' | 'setup' | 'submit' | 'retry' | 'restore' | 'accept'> & {
    readonly users: Pick<UsersPort, 'byIds' | 'byUsernames'>;
};

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
