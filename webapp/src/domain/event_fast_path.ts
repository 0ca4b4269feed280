// A fast way past the event schema for the payloads that are plainly valid. Running the zod schema
// costs about a microsecond per event, most of a fold's budget; nearly every post in a tracker
// holds a well-formed event, and for those this reaches the same answer in a fraction of that.
//
// It only ever says "certainly valid, and here is exactly what OnboardEvent.safeParse returns" or
// "not sure": anything unusual (a rejected value, a string near a limit that zod measures in code
// points, an optional key present but undefined) is left to zod, which stays the one definition of
// validity. event_fast_path.test.ts checks that promise against the schema with generated payloads.
import {EVENT_VERSION, isHttpUrl, LIMITS, PATTERNS, type EventOf, type OnboardEvent} from './events';
import {ITEM_KEYS, ROLE_KEYS, SLOT_KEYS, STAGE_KEYS, type ItemKey, type SlotKey, type StageKey} from './process_types';

type Fields = {readonly [key: string]: unknown};

/** zod's notion of an object: not null, not an array. */
function isFields(value: unknown): value is Fields {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ITEMS: ReadonlySet<unknown> = new Set(ITEM_KEYS);
const SLOTS: ReadonlySet<unknown> = new Set(SLOT_KEYS);
const STAGES: ReadonlySet<unknown> = new Set(STAGE_KEYS);

function isItem(value: unknown): value is ItemKey {
    return ITEMS.has(value);
}

function isSlot(value: unknown): value is SlotKey {
    return SLOTS.has(value);
}

function isStage(value: unknown): value is StageKey {
    return STAGES.has(value);
}

function matches(value: unknown, pattern: RegExp): value is string {
    return typeof value === 'string' && pattern.test(value);
}

/**
 * At most `max` code points: certain when the UTF-16 length is within it (a code point is one or
 * two units); longer strings are left to zod. Any non-empty string has at least one code point.
 */
function text(value: unknown, min: 0 | 1, max: number): value is string {
    return typeof value === 'string' && value.length >= min && value.length <= max;
}

function url(value: unknown): value is string {
    return text(value, 0, LIMITS.url) && isHttpUrl(value);
}

/** A new array of the strings, or null when one is not certainly valid (zod copies arrays too). */
function strings(value: unknown, pattern: RegExp, min: number, max: number): string[] | null {
    if (!Array.isArray(value) || value.length < min || value.length > max) {
        return null;
    }
    const copy: string[] = [];
    for (let i = 0; i < value.length; i++) {
        const element: unknown = value[i];
        if (!matches(element, pattern)) {
            return null;
        }
        copy.push(element);
    }
    return copy;
}

/** Marks an optional key that is absent. A present key with an unsure value makes the whole event unsure. */
const ABSENT = 0;
const UNSURE = 1;

function optionalText(fields: Fields, key: string, min: 0 | 1, max: number): string | typeof ABSENT | typeof UNSURE {
    if (!(key in fields)) {
        return ABSENT;
    }
    const value = fields[key];
    return text(value, min, max) ? value : UNSURE;
}

function registered(fields: Fields, v: typeof EVENT_VERSION, id: string, plugin: string): EventOf<'plugin.registered'> | undefined {
    const {name, repoUrl, thirdPartyService, mattermostOwned} = fields;
    const owners = strings(fields.owners, PATTERNS.userId, 0, LIMITS.owners);
    if (!text(name, 1, LIMITS.name) || !url(repoUrl) || owners === null || typeof thirdPartyService !== 'boolean' || typeof mattermostOwned !== 'boolean') {
        return undefined;
    }
    return {v, id, plugin, type: 'plugin.registered', name, repoUrl, owners, thirdPartyService, mattermostOwned};
}

function signOffGiven(fields: Fields, v: typeof EVENT_VERSION, id: string, plugin: string): EventOf<'signoff.given'> | undefined {
    const {item, slot} = fields;
    const note = optionalText(fields, 'note', 0, LIMITS.note);
    const substituteReason = optionalText(fields, 'substituteReason', 1, LIMITS.reason);
    if (!isItem(item) || !isSlot(slot) || note === UNSURE || substituteReason === UNSURE) {
        return undefined;
    }
    const event: EventOf<'signoff.given'> = {v, id, plugin, type: 'signoff.given', item, slot};
    if (note !== ABSENT) {
        event.note = note;
    }
    if (substituteReason !== ABSENT) {
        event.substituteReason = substituteReason;
    }
    return event;
}

function signOffWithdrawn(fields: Fields, v: typeof EVENT_VERSION, id: string, plugin: string): EventOf<'signoff.withdrawn'> | undefined {
    const {item, slot} = fields;
    const note = optionalText(fields, 'note', 0, LIMITS.note);
    if (!isItem(item) || !isSlot(slot) || note === UNSURE) {
        return undefined;
    }
    return note === ABSENT ? {v, id, plugin, type: 'signoff.withdrawn', item, slot} : {v, id, plugin, type: 'signoff.withdrawn', item, slot, note};
}

function waived(fields: Fields, v: typeof EVENT_VERSION, id: string, plugin: string): EventOf<'waived'> | undefined {
    const {item, reason} = fields;
    let substep: string | typeof ABSENT = ABSENT;
    if ('substep' in fields) {
        const value = fields.substep;
        if (!matches(value, PATTERNS.key)) {
            return undefined;
        }
        substep = value;
    }
    if (!isItem(item) || !text(reason, 1, LIMITS.reason)) {
        return undefined;
    }
    // Keys in the schema's order, as zod returns them.
    return substep === ABSENT ? {v, id, plugin, type: 'waived', item, reason} : {v, id, plugin, type: 'waived', item, substep, reason};
}

function stageDeployed(fields: Fields, v: typeof EVENT_VERSION, id: string, plugin: string): EventOf<'stage.deployed'> | undefined {
    const stage = fields.stage;
    const note = optionalText(fields, 'note', 0, LIMITS.note);
    if (!isStage(stage) || note === UNSURE) {
        return undefined;
    }
    return note === ABSENT ? {v, id, plugin, type: 'stage.deployed', stage} : {v, id, plugin, type: 'stage.deployed', stage, note};
}

function archived(fields: Fields, v: typeof EVENT_VERSION, id: string, plugin: string): EventOf<'plugin.archived'> | undefined {
    const reason = optionalText(fields, 'reason', 0, LIMITS.note);
    if (reason === UNSURE) {
        return undefined;
    }
    return reason === ABSENT ? {v, id, plugin, type: 'plugin.archived'} : {v, id, plugin, type: 'plugin.archived', reason};
}

function pluginEvent(fields: Fields, type: unknown, v: typeof EVENT_VERSION, id: string): OnboardEvent | undefined {
    const plugin = fields.plugin;
    if (!matches(plugin, PATTERNS.pluginId)) {
        return undefined;
    }
    switch (type) {
    case 'substep.checked':
    case 'substep.unchecked': {
        const {item, substep} = fields;
        return isItem(item) && matches(substep, PATTERNS.key) ? {v, id, plugin, type, item, substep} : undefined;
    }
    case 'evidence.set': {
        const {item, field, value} = fields;
        return isItem(item) && matches(field, PATTERNS.key) && text(value, 1, LIMITS.evidence) ? {v, id, plugin, type, item, field, value} : undefined;
    }
    case 'signoff.given': return signOffGiven(fields, v, id, plugin);
    case 'signoff.withdrawn': return signOffWithdrawn(fields, v, id, plugin);
    case 'stage.deployed': return stageDeployed(fields, v, id, plugin);
    case 'release.set': {
        const {version, url: releaseUrl} = fields;
        return matches(version, PATTERNS.version) && url(releaseUrl) ? {v, id, plugin, type, version, url: releaseUrl} : undefined;
    }
    case 'plugin.registered': return registered(fields, v, id, plugin);
    case 'waived': return waived(fields, v, id, plugin);
    case 'plugin.archived': return archived(fields, v, id, plugin);
    default: return undefined;
    }
}

function policySet(fields: Fields, v: typeof EVENT_VERSION, id: string): EventOf<'policy.set'> | undefined {
    const {roles, environments} = fields;
    if (!isFields(roles) || !isFields(environments)) {
        return undefined;
    }
    const rosters: string[][] = [];
    for (const role of ROLE_KEYS) {
        const roster = strings(roles[role], PATTERNS.userId, 0, LIMITS.roster);
        if (roster === null) {
            return undefined;
        }
        rosters.push(roster);
    }
    const [committers, qa, pm, integrations] = rosters;
    const licences = strings(fields.licences, PATTERNS.spdx, 1, LIMITS.licences);
    const ciExtensions = environments['ci-extensions'];
    const ciExtensionsRelease = environments['ci-extensions-release'];
    const community = environments.community;
    if (!committers || !qa || !pm || !integrations || licences === null || !url(ciExtensions) || !url(ciExtensionsRelease) || !url(community)) {
        return undefined;
    }
    return {
        v, id, type: 'policy.set',
        roles: {'core-committer': committers, qa, pm, integrations},
        licences,
        environments: {'ci-extensions': ciExtensions, 'ci-extensions-release': ciExtensionsRelease, community},
    };
}

/** The event exactly as OnboardEvent.safeParse would return it, or undefined when only zod can tell. */
export function certainEvent(payload: unknown): OnboardEvent | undefined {
    if (!isFields(payload)) {
        return undefined;
    }
    const {v, id, type} = payload;
    if (v !== EVENT_VERSION || !matches(id, PATTERNS.eventId)) {
        return undefined;
    }
    return type === 'policy.set' ? policySet(payload, v, id) : pluginEvent(payload, type, v, id);
}
