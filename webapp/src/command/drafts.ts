// The event a change command writes, from what the parser read and what execution resolved (the
// plugin's id, the owners' user ids). The parser builds the same draft with stand-ins for what only
// execution can resolve, so the event schema judges everything typed before anything is loaded.
import {STAND_IN_PLUGIN_ID, STAND_IN_USER_ID} from '../domain/draft_issues';
import {LIMITS, type EventDraft} from '../domain/events';

import type {ParsedCommand} from './parsed_command';

export type ChangeCommand = Extract<ParsedCommand, {kind: 'check' | 'uncheck' | 'signoff' | 'withdraw' | 'evidence' | 'waive' | 'release' | 'deploy'}>;
type AddCommand = Extract<ParsedCommand, {kind: 'add'}>;

export function draftFor(parsed: ChangeCommand, plugin: string): EventDraft {
    switch (parsed.kind) {
    case 'check':
        return {type: 'substep.checked', plugin, item: parsed.item, substep: parsed.substep};
    case 'uncheck':
        return {type: 'substep.unchecked', plugin, item: parsed.item, substep: parsed.substep};
    case 'signoff':
        return {
            type: 'signoff.given', plugin, item: parsed.item, slot: parsed.slot,
            ...(parsed.note === null ? {} : {note: parsed.note}),
            ...(parsed.substituteReason === null ? {} : {substituteReason: parsed.substituteReason}),
        };
    case 'withdraw':
        return {type: 'signoff.withdrawn', plugin, item: parsed.item, slot: parsed.slot, ...(parsed.note === null ? {} : {note: parsed.note})};
    case 'evidence':
        return {type: 'evidence.set', plugin, item: parsed.item, field: parsed.field, value: parsed.value};
    case 'waive':
        return {type: 'waived', plugin, item: parsed.item, reason: parsed.reason, ...(parsed.substep === null ? {} : {substep: parsed.substep})};
    case 'release':
        return {type: 'release.set', plugin, version: parsed.version, url: parsed.url};
    case 'deploy':
        return {type: 'stage.deployed', plugin, stage: parsed.stage, ...(parsed.note === null ? {} : {note: parsed.note})};
    }
}

/** Registration: without --name the id is the name, cut to the longest name the schema takes. */
export function registrationDraft(parsed: AddCommand, owners: readonly string[]): EventDraft {
    return {
        type: 'plugin.registered',
        plugin: parsed.pluginId,
        name: parsed.name ?? [...parsed.pluginId].slice(0, LIMITS.name).join(''),
        repoUrl: parsed.repoUrl,
        owners: [...owners],
        thirdPartyService: parsed.thirdPartyService,
        mattermostOwned: parsed.mattermostOwned,
    };
}

/** The draft a parsed command would write, with stand-ins for what execution resolves; null for commands that write no event. */
export function standInDraft(parsed: ParsedCommand): EventDraft | null {
    switch (parsed.kind) {
    case 'add':
        return registrationDraft(parsed, parsed.owners.map(() => STAND_IN_USER_ID));
    case 'accept':
        // The session writes one event per LIMITS.roster posts; the first is this one.
        return {type: 'integrity.accepted', posts: parsed.posts.slice(0, LIMITS.roster), reason: parsed.reason};
    case 'check':
    case 'uncheck':
    case 'signoff':
    case 'withdraw':
    case 'evidence':
    case 'waive':
    case 'release':
    case 'deploy':
        return draftFor(parsed, STAND_IN_PLUGIN_ID);
    default:
        return null;
    }
}
