// Events: the only thing ever written to the tracker channel. Each post of type POST_TYPE carries
// one event in props[EVENT_PROP], sealed by the last line of its message (seal.ts). The schema is
// versioned: an event of another version is kept in the history but rejected, never guessed at.
// Version 2 (plugin-onboard 0.2) added the seal and `seen`; version 1 was never released.
// Version 3 changed what a new release reopens and what the release QA needs (rule_versions.ts):
// the same shapes, so both are read, and each event is judged by the rules of its own version.
// Version 4 added the PM/UX review's walk-through notes and communication decision (rule_versions.ts).
import * as schemaWords from '../i18n/schema_words';

import {z} from 'zod/mini';

import {ITEM_KEYS, SLOT_KEYS, STAGE_KEYS} from './process_types';

export const POST_TYPE = 'custom_plugin_onboard';
export const EVENT_PROP = 'onboard_event';
export const EVENT_VERSION = 4;
/** The versions this client reads: each event keeps the meaning the rules of its version gave it. */
export const READABLE_VERSIONS: readonly number[] = [2, 3, 4];

/**
 * The patterns and limits of the schemas below, named so that the forms, the command parser and
 * the history read the very same values; the schemas stay the definition of validity.
 */
export const PATTERNS = {
    /** Mattermost ids (users and posts): 26 lowercase base32 characters. */
    userId: /^[a-z0-9]{26}$/,
    /** Client-generated so that a retry re-sends the same id and the fold drops the copy. */
    eventId: /^[A-Za-z0-9_-]{8,64}$/,
    /** Plugin ids follow the manifest rule: 3–190 characters of [a-zA-Z0-9-_.]. */
    pluginId: /^[a-zA-Z0-9._-]{3,190}$/,
    /** Sub-step and evidence field keys. */
    key: /^[a-z0-9-]{1,64}$/,
    version: /^v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/,
    spdx: /^[A-Za-z0-9][A-Za-z0-9.+-]{0,63}$/,
    /** A channel's URL name, as Mattermost allows it (model/channel.go: 1–64 of a-z, 0-9, - and _). */
    channelName: /^[a-z0-9_-]{1,64}$/,
} as const;

/** Upper bounds: string lengths (in code points, as zod counts them) and array lengths. */
export const LIMITS = {url: 2048, name: 120, note: 2000, reason: 2000, evidence: 4000, owners: 20, roster: 500, licences: 100} as const;

export const USER_ID = z.string().check(z.regex(PATTERNS.userId));
export const EVENT_ID = z.string().check(z.regex(PATTERNS.eventId));
export const PLUGIN_ID = z.string().check(z.regex(PATTERNS.pluginId));
const POST_ID = USER_ID;

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

export const HTTP_URL = z.string().check(z.maxLength(LIMITS.url), z.refine(isHttpUrl, schemaWords.notHttpUrl));
/**
 * Characters that make text read differently from what it is: bidirectional overrides and
 * isolates (a name that displays reversed), zero-width characters (two names that look alike but
 * differ) and other invisible format characters.
 */
export const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\u00ad\u061c\u180e]/;
const NAME = z.string().check(z.minLength(1), z.maxLength(LIMITS.name), z.refine((value) => !INVISIBLE.test(value), schemaWords.invisibleCharacters));
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

/**
 * A post the author's client had folded when it wrote an event: which post, when, by whom and
 * what it was. Named by the later event, a post that is gone from the log is a gap every client
 * sees the same way, and can say what went missing.
 */
export const PostRef = z.object({
    post: POST_ID,
    at: z.number().check(z.int(), z.nonnegative()),
    by: USER_ID,
    type: z.string().check(z.regex(/^[a-z]{1,20}\.[a-z]{1,20}$/)),
    plugin: z.optional(PLUGIN_ID),
});
export type PostRef = z.infer<typeof PostRef>;

/** The newest post of a part of the log (the whole tracker, or one plugin's thread) and how many posts up to it. */
const Checkpoint = z.object({last: PostRef, count: z.number().check(z.int(), z.positive())});
export type Checkpoint = z.infer<typeof Checkpoint>;

/**
 * What the author's client had folded when it wrote the event: the whole log, the plugin's thread
 * (plugin events), and the policy post in force. Written by every client, checked by every client
 * (integrity.ts): a named post that is missing, or fewer posts than named, means posts were
 * deleted after this client saw them.
 */
export const Seen = z.object({
    log: z.nullable(Checkpoint),
    thread: z.optional(Checkpoint),
    policy: z.optional(PostRef),
});
export type Seen = z.infer<typeof Seen>;

const base = {v: z.union([z.literal(2), z.literal(3), z.literal(EVENT_VERSION)]), id: EVENT_ID, seen: Seen};
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

/**
 * Where a value was read, when the writer's client read it rather than a person typing it: GitHub's
 * page of what was read, and when (the panel's repository checks). The writer's claim, shown as such.
 */
const EvidenceSource = z.object({kind: z.literal('github'), url: HTTP_URL, readAt: z.number().check(z.int(), z.nonnegative())});
export const EvidenceSet = z.object({...onPlugin, type: z.literal('evidence.set'), item: ITEM, field: FIELD_KEY, value: EVIDENCE_VALUE, source: z.optional(EvidenceSource)});
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
    /** The team's GitHub Enterprise Server (e.g. https://github.example.com): its repositories are checked there too. */
    githubEnterpriseUrl: z.optional(HTTP_URL),
    /** Whether event posts mention the people a step now waits on, and at most how many per post (absent: on, 10). */
    notifications: z.optional(z.object({mentions: z.boolean(), maxMentions: z.number().check(z.int(), z.minimum(1), z.maximum(50))})),
    /** The channel where authors ask for CI and deployments (the seed's "Integrations and Apps"); absent: integrations. */
    integrationsChannel: z.optional(z.string().check(z.regex(PATTERNS.channelName))),
});

/** Mattermost caps a post's props at 800,000 characters; this keeps a restoring post well inside it. */
export const MAX_RESTORED = 100;

/**
 * A post of the tracker as the server kept it after its deletion or before its rewrite (read by a
 * system admin with include_deleted): restored, the fold reads it in its original place.
 */
const RestoredPost = z.object({
    post: POST_ID,
    by: USER_ID,
    at: z.number().check(z.int(), z.nonnegative()),
    root: z.string().check(z.regex(/^(?:[a-z0-9]{26})?$/)),
    message: z.string().check(z.maxLength(16383)),
    payload: z.unknown(),
});
export type RestoredPost = z.infer<typeof RestoredPost>;

/** A system admin re-posts deleted or rewritten posts from the server's own copies. */
export const IntegrityRestored = z.object({
    ...base,
    type: z.literal('integrity.restored'),
    posts: z.array(RestoredPost).check(z.minLength(1), z.maxLength(MAX_RESTORED)),
});

/** A system admin accepts that named posts are lost (or confirms a policy): what waited on them goes ahead. */
export const IntegrityAccepted = z.object({
    ...base,
    type: z.literal('integrity.accepted'),
    posts: z.array(POST_ID).check(z.minLength(1), z.maxLength(LIMITS.roster)),
    reason: REASON,
});

/** A client saw a tracker post deleted (a websocket event or the server's `since` answer) and says so in the log. */
export const IntegrityReported = z.object({
    ...base,
    type: z.literal('integrity.reported'),
    deleted: PostRef,
    /** Who deleted it, when the server said (it tells system admins only). */
    deletedBy: z.optional(USER_ID),
});

export const OnboardEvent = z.discriminatedUnion('type', [
    PluginRegistered, EvidenceSet, SubStepChecked, SubStepUnchecked, SignOffGiven, SignOffWithdrawn,
    Waived, ReleaseSet, StageDeployed, PluginArchived, PolicySet, IntegrityRestored, IntegrityAccepted, IntegrityReported,
]);
export type OnboardEvent = z.infer<typeof OnboardEvent>;
export type EventType = OnboardEvent['type'];
export type EventOf<T extends EventType> = Extract<OnboardEvent, {type: T}>;
/** What a client composes: the id, version and what its client had seen are added when it is appended. */
export type EventDraft = OnboardEvent extends infer E ? E extends OnboardEvent ? Omit<E, 'id' | 'v' | 'seen'> : never : never;

export type PolicyEvent = EventOf<'policy.set'>;
export type IntegrityEvent = EventOf<'integrity.restored' | 'integrity.accepted' | 'integrity.reported'>;
/** Events about the tracker itself rather than one plugin. */
export type TrackerEvent = PolicyEvent | IntegrityEvent;
export type PluginEvent = Exclude<OnboardEvent, TrackerEvent>;

/** Whether an event is about one plugin (and so belongs in its thread). */
export function isPluginEvent(event: OnboardEvent): event is PluginEvent {
    return event.type !== 'policy.set' && !event.type.startsWith('integrity.');
}

/** The plugin an event is about, or null for tracker events. */
export function pluginOfEvent(event: OnboardEvent): string | null {
    return isPluginEvent(event) ? event.plugin : null;
}

/** Just enough of an event to report what it was, when the whole does not parse. */
export const EventEnvelope = z.object({v: z.number(), id: z.optional(z.string()), type: z.optional(z.string()), plugin: z.optional(z.string())});
export type EventEnvelope = z.infer<typeof EventEnvelope>;
