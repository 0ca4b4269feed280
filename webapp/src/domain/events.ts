// Events: the only thing ever written to the tracker channel. Each post of type POST_TYPE carries
// one event in props[EVENT_PROP]. The schema is versioned: v1 events are readable forever, and an
// event from a newer version is kept in the history but rejected, never guessed at.
import {z} from 'zod/mini';

import {ITEM_KEYS, SLOT_KEYS, STAGE_KEYS} from './process_types';

export const POST_TYPE = 'custom_plugin_onboard';
export const EVENT_PROP = 'onboard_event';
export const EVENT_VERSION = 1;

/**
 * The patterns and limits of the schemas below, named so that the forms, the command parser and
 * the history read the very same values; the schemas stay the definition of validity.
 */
export const PATTERNS = {
    /** Mattermost ids: 26 lowercase base32 characters. */
    userId: /^[a-z0-9]{26}$/,
    /** Client-generated so that a retry re-sends the same id and the fold drops the copy. */
    eventId: /^[A-Za-z0-9_-]{8,64}$/,
    /** Plugin ids follow the manifest rule: 3–190 characters of [a-zA-Z0-9-_.]. */
    pluginId: /^[a-zA-Z0-9._-]{3,190}$/,
    /** Sub-step and evidence field keys. */
    key: /^[a-z0-9-]{1,64}$/,
    version: /^v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/,
    spdx: /^[A-Za-z0-9][A-Za-z0-9.+-]{0,63}$/,
} as const;

/** Upper bounds: string lengths (in code points, as zod counts them) and array lengths. */
export const LIMITS = {url: 2048, name: 120, note: 2000, reason: 2000, evidence: 4000, owners: 20, roster: 500, licences: 100} as const;

export const USER_ID = z.string().check(z.regex(PATTERNS.userId));
export const EVENT_ID = z.string().check(z.regex(PATTERNS.eventId));
export const PLUGIN_ID = z.string().check(z.regex(PATTERNS.pluginId));

/**
 * URLs that the URL parser certainly accepts as http(s) with a host: a plain DNS name whose last
 * label starts with a letter (so it is never read as an IPv4 address), no "--" (so no punycode to
 * validate), no user info, a port of at most four digits, then printable ASCII (the parser never
 * fails after the host). Nearly every URL people paste looks like this, and the test costs a
 * fraction of parsing; everything else is parsed. events.test.ts checks the promise. Each part
 * can end only one way (labels end at a dot, hyphens sit between runs), so the test never
 * backtracks, whatever the input.
 */
export const CERTAIN_HTTP_URL = /^https?:\/\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\.)*[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?::[0-9]{1,4})?(?:[/?#][\x21-\x7e]*)?$/i;

export function isHttpUrl(value: string): boolean {
    return CERTAIN_HTTP_URL.test(value) || parsesAsHttpUrl(value);
}

/** The definition: written with an http(s) scheme, and read by the URL parser as http(s) with a host. */
export function parsesAsHttpUrl(value: string): boolean {
    if (!/^https?:\/\//i.test(value)) {
        return false;
    }
    try {
        const url = new URL(value);
        return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
    } catch {
        return false;
    }
}

export const HTTP_URL = z.string().check(z.maxLength(LIMITS.url), z.refine(isHttpUrl, 'must be an http(s) URL'));
const NAME = z.string().check(z.minLength(1), z.maxLength(LIMITS.name));
const NOTE = z.string().check(z.maxLength(LIMITS.note));
const REASON = z.string().check(z.minLength(1), z.maxLength(LIMITS.reason));
/** Evidence is checked against its field's kind (url, text, SPDX id) by the rules, which know the field. */
const EVIDENCE_VALUE = z.string().check(z.minLength(1), z.maxLength(LIMITS.evidence));
const SUBSTEP_KEY = z.string().check(z.regex(PATTERNS.key));
const FIELD_KEY = z.string().check(z.regex(PATTERNS.key));
const VERSION = z.string().check(z.regex(PATTERNS.version));
const SPDX_ID = z.string().check(z.regex(PATTERNS.spdx));

const ITEM = z.enum(ITEM_KEYS);
const STAGE = z.enum(STAGE_KEYS);
const SLOT = z.enum(SLOT_KEYS);

const base = {v: z.literal(EVENT_VERSION), id: EVENT_ID};
const onPlugin = {...base, plugin: PLUGIN_ID};

export const PluginRegistered = z.object({
    ...onPlugin,
    type: z.literal('plugin.registered'),
    name: NAME,
    repoUrl: HTTP_URL,
    owners: z.array(USER_ID).check(z.maxLength(LIMITS.owners)),
    thirdPartyService: z.boolean(),
    mattermostOwned: z.boolean(),
});

export const EvidenceSet = z.object({...onPlugin, type: z.literal('evidence.set'), item: ITEM, field: FIELD_KEY, value: EVIDENCE_VALUE});
export const SubStepChecked = z.object({...onPlugin, type: z.literal('substep.checked'), item: ITEM, substep: SUBSTEP_KEY});
export const SubStepUnchecked = z.object({...onPlugin, type: z.literal('substep.unchecked'), item: ITEM, substep: SUBSTEP_KEY});
export const SignOffGiven = z.object({
    ...onPlugin,
    type: z.literal('signoff.given'),
    item: ITEM,
    slot: SLOT,
    note: z.optional(NOTE),
    /** Set when the complete review goes ahead without the basic reviewer: why they were not available. */
    substituteReason: z.optional(REASON),
});
export const SignOffWithdrawn = z.object({...onPlugin, type: z.literal('signoff.withdrawn'), item: ITEM, slot: SLOT, note: z.optional(NOTE)});
export const Waived = z.object({...onPlugin, type: z.literal('waived'), item: ITEM, substep: z.optional(SUBSTEP_KEY), reason: REASON});
export const ReleaseSet = z.object({...onPlugin, type: z.literal('release.set'), version: VERSION, url: HTTP_URL});
export const StageDeployed = z.object({...onPlugin, type: z.literal('stage.deployed'), stage: STAGE, note: z.optional(NOTE)});
export const PluginArchived = z.object({...onPlugin, type: z.literal('plugin.archived'), reason: z.optional(NOTE)});

const ROSTER = z.array(USER_ID).check(z.maxLength(LIMITS.roster));
export const PolicySet = z.object({
    ...base,
    type: z.literal('policy.set'),
    roles: z.object({
        'core-committer': ROSTER,
        qa: ROSTER,
        pm: ROSTER,
        integrations: ROSTER,
    }),
    licences: z.array(SPDX_ID).check(z.minLength(1), z.maxLength(LIMITS.licences)),
    environments: z.object({
        'ci-extensions': HTTP_URL,
        'ci-extensions-release': HTTP_URL,
        community: HTTP_URL,
    }),
});

export const OnboardEvent = z.discriminatedUnion('type', [
    PluginRegistered, EvidenceSet, SubStepChecked, SubStepUnchecked, SignOffGiven, SignOffWithdrawn,
    Waived, ReleaseSet, StageDeployed, PluginArchived, PolicySet,
]);
export type OnboardEvent = z.infer<typeof OnboardEvent>;
export type EventType = OnboardEvent['type'];
export type EventOf<T extends EventType> = Extract<OnboardEvent, {type: T}>;
/** What a client composes: the id and version are added when it is appended. */
export type EventDraft = OnboardEvent extends infer E ? E extends OnboardEvent ? Omit<E, 'id' | 'v'> : never : never;

export type PolicyEvent = EventOf<'policy.set'>;
export type PluginEvent = Exclude<OnboardEvent, PolicyEvent>;

/** Just enough of an event to report what it was, when the whole does not parse. */
export const EventEnvelope = z.object({v: z.number(), id: z.optional(z.string()), type: z.optional(z.string()), plugin: z.optional(z.string())});
export type EventEnvelope = z.infer<typeof EventEnvelope>;
