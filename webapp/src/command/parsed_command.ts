// What the parser hands to execution: typed, with every key already resolved to a stable key.
// Plugins stay as typed text: they are looked up in the tracker's state at execution.
import type {ItemKey, SlotKey, StageKey} from '../domain/process_types';

import type {SubcommandName} from './grammar';

export type ParsedCommand =
    | {readonly kind: 'help'; readonly topic: SubcommandName | null}
    | {
        readonly kind: 'add';
        readonly pluginId: string;
        readonly repoUrl: string;
        readonly name: string | null;
        /** Usernames without the @; empty means "the user who registers it". */
        readonly owners: readonly string[];
        readonly thirdPartyService: boolean;
        readonly mattermostOwned: boolean;
    }
    | {readonly kind: 'list'; readonly stage: StageKey | null; readonly mine: boolean; readonly waitingOnMe: boolean}
    | {readonly kind: 'status'; readonly plugin: string}
    | {readonly kind: 'check' | 'uncheck'; readonly plugin: string; readonly item: ItemKey; readonly substep: string}
    | {
        readonly kind: 'signoff';
        readonly plugin: string;
        readonly item: ItemKey;
        readonly slot: SlotKey;
        readonly note: string | null;
        readonly substituteReason: string | null;
    }
    | {readonly kind: 'withdraw'; readonly plugin: string; readonly item: ItemKey; readonly slot: SlotKey; readonly note: string | null}
    | {readonly kind: 'evidence'; readonly plugin: string; readonly item: ItemKey; readonly field: string; readonly value: string}
    | {readonly kind: 'waive'; readonly plugin: string; readonly item: ItemKey; readonly substep: string | null; readonly reason: string}
    | {readonly kind: 'release'; readonly plugin: string; readonly version: string; readonly url: string}
    | {readonly kind: 'deploy'; readonly plugin: string; readonly stage: StageKey; readonly note: string | null}
    | {readonly kind: 'history'; readonly plugin: string}
    | {readonly kind: 'check-repo'; readonly plugin: string}
    | {readonly kind: 'handoff'; readonly plugin: string}
    | {readonly kind: 'report'}
    | {readonly kind: 'mine'}
    | {readonly kind: 'integrity'}
    | {readonly kind: 'restore'}
    | {readonly kind: 'accept'; readonly posts: readonly string[]; readonly reason: string}
    | {readonly kind: 'open'; readonly plugin: string | null}
    /** fresh: `--new`, start a new, empty tracker instead of looking for a renamed one (system admins). */
    | {readonly kind: 'setup'; readonly fresh: boolean};

export interface ParseError {
    readonly kind: 'parse-error';
    /** Markdown: what is wrong, and the usage line of the command when one was recognised. */
    readonly message: string;
}

/** Every command but help: what only the tracker's state can answer (help is answered from the grammar alone). */
export type TrackerCommand = Exclude<ParsedCommand, {readonly kind: 'help'}>;
