// What the write and set-up use cases answer: the caller (command, panel, console) shows the error.
import type {OnboardEvent} from '../../domain/events';
import type {Rejection} from '../../domain/tracker_state';
import type {UserError} from '../types';

export type SubmitResult = {ok: true; event: OnboardEvent} | {ok: false; error: UserError; rejection?: Rejection};
export type SetupResult = {ok: true; channelId: string; created: boolean} | {ok: false; error: UserError};
