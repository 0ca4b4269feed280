// What the write and set-up use cases answer: the caller (command, panel, console) shows the error.
import type {OnboardEvent} from '../../domain/events';
import type {Rejection} from '../../domain/tracker_state';
import type {UserError} from '../types';

export type SubmitResult = {ok: true; event: OnboardEvent} | {ok: false; error: UserError; rejection?: Rejection};
export type SetupResult =
    | {ok: true; channelId: string; created: boolean}
    /** `found`: the tracker was found (renamed or archived) and is shown, though setup refuses with where it is. */
    | {ok: false; error: UserError; found?: string};

export interface SetupOptions {
    /** `/plugin-onboard setup --new`: start a new, empty tracker instead of looking for a renamed one. */
    readonly fresh?: boolean;
}
