// The fast path may only ever say what the schema says: whenever it accepts a payload, zod accepts
// it too and returns equal data (same keys, same order), and the fold's parser as a whole accepts
// exactly what OnboardEvent.safeParse accepts. Checked over valid, near-valid and arbitrary payloads.
import fc from 'fast-check';

import {certainEvent} from './event_fast_path';
import {parseEvent} from './event_parse';
import {
    EvidenceSet, LIMITS, OnboardEvent, PATTERNS, PluginArchived, PluginRegistered, PolicySet, ReleaseSet,
    SignOffGiven, SignOffWithdrawn, StageDeployed, SubStepChecked, SubStepUnchecked, Waived,
} from './events';
import {ITEM_KEYS, ROLE_KEYS, SLOT_KEYS, STAGE_KEYS} from './process_types';
import {makeRealisticLog} from './testing/realistic_log';

const RUNS = {numRuns: 10_000};

/** Every key of every object in the value, depth first, in order: equal data must agree on this too. */
function keyPaths(value: unknown, prefix = ''): string[] {
    if (typeof value !== 'object' || value === null) {
        return [];
    }
    return Object.keys(value).flatMap((key) => [`${prefix}${key}`, ...keyPaths(Reflect.get(value, key), `${prefix}${key}.`)]);
}

/** The fast path's promise for one payload; returns whether it answered. */
function agrees(payload: unknown): boolean {
    const fast = certainEvent(payload);
    const schema = OnboardEvent.safeParse(payload);
    if (fast !== undefined) {
        expect(schema.success).toBe(true);
        expect(fast).toStrictEqual(schema.data);
        expect(keyPaths(fast)).toEqual(keyPaths(schema.data));
    }
    // The fold's parser, fast path or not, answers exactly as the schema does.
    const parsed = parseEvent(payload);
    expect(parsed).toStrictEqual(schema.success ? schema.data : null);
    return fast !== undefined;
}

// Values that pass the schema's checks, kept short: the fast path must answer for all of these.
const eventId = fc.stringMatching(PATTERNS.eventId);
const pluginId = fc.stringMatching(PATTERNS.pluginId);
const key = fc.stringMatching(PATTERNS.key);
const userId = fc.stringMatching(PATTERNS.userId);
const version = fc.stringMatching(PATTERNS.version);
const spdx = fc.stringMatching(PATTERNS.spdx);
const url = fc.oneof(fc.webUrl({withQueryParameters: true, withFragments: true}), fc.constantFrom('https://github.com/x/y', 'http://localhost:8065/'));
const text = (min: 0 | 1) => fc.string({minLength: min, maxLength: 30, unit: fc.constantFrom('a', ' ', 'é', '😀', '\n', '*')});
const item = fc.constantFrom(...ITEM_KEYS);
const slot = fc.constantFrom(...SLOT_KEYS);
const stage = fc.constantFrom(...STAGE_KEYS);
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, {nil: undefined});

function withOptional(fields: Record<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

const onPlugin = {v: fc.constant(1), id: eventId, plugin: pluginId};

const valid: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
    fc.record({...onPlugin, type: fc.constant('plugin.registered'), name: text(1), repoUrl: url, owners: fc.array(userId, {maxLength: 4}), thirdPartyService: fc.boolean(), mattermostOwned: fc.boolean()}),
    fc.record({...onPlugin, type: fc.constant('evidence.set'), item, field: key, value: text(1)}),
    fc.record({...onPlugin, type: fc.constantFrom('substep.checked', 'substep.unchecked'), item, substep: key}),
    fc.record({...onPlugin, type: fc.constant('signoff.given'), item, slot, note: opt(text(0)), substituteReason: opt(text(1))}).map(withOptional),
    fc.record({...onPlugin, type: fc.constant('signoff.withdrawn'), item, slot, note: opt(text(0))}).map(withOptional),
    fc.record({...onPlugin, type: fc.constant('waived'), item, substep: opt(key), reason: text(1)}).map(withOptional),
    fc.record({...onPlugin, type: fc.constant('release.set'), version, url}),
    fc.record({...onPlugin, type: fc.constant('stage.deployed'), stage, note: opt(text(0))}).map(withOptional),
    fc.record({...onPlugin, type: fc.constant('plugin.archived'), reason: opt(text(0))}).map(withOptional),
    fc.record({
        v: fc.constant(1), id: eventId, type: fc.constant('policy.set'),
        roles: fc.record(Object.fromEntries(ROLE_KEYS.map((role) => [role, fc.array(userId, {maxLength: 3})]))),
        licences: fc.array(spdx, {minLength: 1, maxLength: 4}),
        environments: fc.record({'ci-extensions': url, 'ci-extensions-release': url, community: url}),
    }),
);

/** Strings at and around every limit, measured both in UTF-16 units and in code points. */
const awkward = fc.oneof(
    fc.constantFrom(...Object.values(LIMITS)).chain((limit) => fc.tuple(fc.integer({min: -1, max: 1}), fc.constantFrom('a', '😀', 'é')).map(([delta, unit]) => unit.repeat(Math.max(0, limit + delta)))),
    fc.constantFrom('😀'.repeat(1500), `${'😀'.repeat(1000)}a`, `https://e.com/${'😀'.repeat(1010)}`, `https://e.com/${'a'.repeat(2040)}`),
    fc.constantFrom('', ' ', 'x', 'https://', 'javascript:alert(1)', 'https://e.com', 'v1.0.0', 'MIT', 'basic-review', 'signoff', 'community', '__proto__', 'constructor'),
);

const KEYS = [...new Set([
    ...[PluginRegistered, EvidenceSet, SubStepChecked, SignOffGiven, SignOffWithdrawn, Waived, ReleaseSet, StageDeployed, PluginArchived, PolicySet].flatMap((schema) => Object.keys(schema.shape)),
    'extra', '__proto__',
])];

type Mutation = (payload: Record<string, unknown>) => unknown;

const edgeValue = fc.oneof(awkward, fc.anything(), fc.constant(undefined), userId, url);

/** A key of the payload itself (most edits are to fields that exist) or any key of any event. */
function someKey(payload: Record<string, unknown>, pick: number, anyKey: string | null): string {
    const own = Object.keys(payload);
    return anyKey ?? own[pick % own.length] ?? 'v';
}

function filled(length: number, value: string): string[] {
    return Array.from({length}, () => value);
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    {weight: 6, arbitrary: fc.tuple(fc.nat(), fc.option(fc.constantFrom(...KEYS), {nil: null}), edgeValue)
        .map(([pick, anyKey, value]): Mutation => (payload) => ({...payload, [someKey(payload, pick, anyKey)]: value}))},
    {weight: 2, arbitrary: fc.tuple(fc.nat(), fc.option(fc.constantFrom(...KEYS), {nil: null}))
        .map(([pick, anyKey]): Mutation => (payload) => {
            const name = someKey(payload, pick, anyKey);
            return Object.fromEntries(Object.entries(payload).filter(([k]) => k !== name));
        })},
    fc.constantFrom(1, 2, '1', 1.5, null).map((v): Mutation => (payload) => ({...payload, v})),
    fc.constantFrom('policy.set', 'plugin.registered', 'signoff.given', 'waived', 'bogus', '').map((type): Mutation => (payload) => ({...payload, type})),
    // Inside the nested objects and arrays of registrations and policies.
    {weight: 2, arbitrary: fc.tuple(fc.constantFrom('roles', 'environments', 'owners', 'licences'), fc.oneof(fc.constantFrom(...ROLE_KEYS, ...STAGE_KEYS, 'extra'), fc.nat({max: 3})), edgeValue)
        .map(([field, at, value]): Mutation => (payload) => {
            const inner: unknown = payload[field];
            if (Array.isArray(inner)) {
                const copy: unknown[] = [...inner];
                copy[typeof at === 'number' ? at : copy.length] = value;
                return {...payload, [field]: copy};
            }
            return typeof inner === 'object' && inner !== null ? {...payload, [field]: {...inner, [String(at)]: value}} : payload;
        })},
    // Arrays at and around their limits, everywhere arrays are.
    fc.tuple(fc.constantFrom(LIMITS.owners, LIMITS.roster, LIMITS.licences, 1), fc.integer({min: -1, max: 1}), fc.constantFrom(...ROLE_KEYS)).map(([limit, delta, role]): Mutation => (payload) => {
        const length = Math.max(0, limit + delta);
        const roles: unknown = payload.roles;
        return {
            ...payload,
            owners: filled(length, 'a'.repeat(26)),
            licences: filled(length, 'MIT'),
            ...(typeof roles === 'object' && roles !== null ? {roles: {...roles, [role]: filled(length, 'b'.repeat(26))}} : {}),
        };
    }),
    fc.constant<Mutation>((payload) => [payload]),
    // Arrays and null-prototype objects that carry every field of a valid event.
    fc.constant<Mutation>((payload) => Object.assign([], payload)),
    fc.constant<Mutation>((payload) => Object.assign(Object.create(null) as object, payload)),
);

const nearValid = fc.tuple(valid, fc.array(mutation, {minLength: 1, maxLength: 3})).map(([payload, mutations]) => mutations.reduce<unknown>(
    (current, mutate) => (typeof current === 'object' && current !== null && !Array.isArray(current) ? mutate({...current}) : current),
    payload,
));

const arbitrary = fc.oneof(
    fc.anything(),
    fc.dictionary(fc.constantFrom(...KEYS), fc.oneof(fc.anything(), awkward, eventId, pluginId, item, slot, stage)),
);

const base = {v: 1, id: 'abcdefgh01', plugin: 'github'};
/** One payload of each event type with every optional field present. */
const FULL: [{shape: object}, Record<string, unknown>][] = [
    [PluginRegistered, {...base, type: 'plugin.registered', name: 'GitHub', repoUrl: 'https://e.com', owners: [], thirdPartyService: false, mattermostOwned: true}],
    [EvidenceSet, {...base, type: 'evidence.set', item: 'licence', field: 'spdx', value: 'MIT'}],
    [SubStepChecked, {...base, type: 'substep.checked', item: 'qa-pass', substep: 'setup-docs'}],
    [SubStepUnchecked, {...base, type: 'substep.unchecked', item: 'qa-pass', substep: 'setup-docs'}],
    [SignOffGiven, {...base, type: 'signoff.given', item: 'complete-review', slot: 'reviewer', note: 'ok', substituteReason: 'away'}],
    [SignOffWithdrawn, {...base, type: 'signoff.withdrawn', item: 'qa-pass', slot: 'signoff', note: 'oops'}],
    [Waived, {...base, type: 'waived', item: 'qa-pass', substep: 'test-account', reason: 'n/a'}],
    [ReleaseSet, {...base, type: 'release.set', version: 'v1.0.0', url: 'https://e.com/r'}],
    [StageDeployed, {...base, type: 'stage.deployed', stage: 'community', note: 'done'}],
    [PluginArchived, {...base, type: 'plugin.archived', reason: 'gone'}],
    [PolicySet, {v: 1, id: 'abcdefgh01', type: 'policy.set', roles: {'core-committer': [], qa: [], pm: [], integrations: []}, licences: ['MIT'], environments: {'ci-extensions': 'https://a.com', 'ci-extensions-release': 'https://b.com', community: 'https://c.com'}}],
];

/** Strings of every length at and around every limit, in one- and two-unit characters. */
const EDGE_STRINGS = ['', ...Object.values(LIMITS).flatMap((limit) => [limit - 1, limit, limit + 1].flatMap((length) => ['a', 'é', '😀'].map((unit) => unit.repeat(length)))),
    ...[LIMITS.url - 20, LIMITS.url - 14, LIMITS.url - 13, LIMITS.url - 12].flatMap((length) => [`https://e.com/${'a'.repeat(length)}`, `https://e.com/${'😀'.repeat(length)}`])];

/** Arrays of valid elements of every length at and around every limit. */
const EDGE_ARRAYS = Object.values(LIMITS).flatMap((limit) => [limit - 1, limit, limit + 1]).flatMap((length) => [filled(length, 'a'.repeat(26)), filled(length, 'MIT')]);

describe('the fast path agrees with the event schema', () => {
    it('answers for every plainly valid payload, with exactly what zod returns', () => {
        fc.assert(fc.property(valid, (payload) => {
            expect(agrees(payload)).toBe(true);
        }), RUNS);
    });

    it('accepts nothing zod rejects and returns what zod returns, near the edges of validity', () => {
        let answered = 0;
        fc.assert(fc.property(nearValid, (payload) => {
            answered += agrees(payload) ? 1 : 0;
        }), RUNS);
        // The mutations leave some payloads valid: the fast path must still be exercised here.
        expect(answered).toBeGreaterThan(RUNS.numRuns / 20);
    });

    it('accepts nothing zod rejects, whatever the payload', () => {
        fc.assert(fc.property(arbitrary, (payload) => {
            agrees(payload);
        }), RUNS);
    });

    it('returns every key of every event schema, so a field added to a schema cannot be dropped', () => {
        const options: readonly object[] = OnboardEvent.def.options;
        expect(options.every((option) => FULL.some(([schema]) => schema === option))).toBe(true);
        for (const [schema, payload] of FULL) {
            expect(Object.keys(payload)).toEqual(Object.keys(schema.shape));
            expect(Object.keys(certainEvent(payload) ?? {})).toEqual(Object.keys(schema.shape));
        }
    });

    it('agrees at and around every limit of every field, nested ones included', () => {
        for (const [, payload] of FULL) {
            for (const [field, value] of Object.entries(payload)) {
                const edges: unknown[] = Array.isArray(value) ? [...EDGE_ARRAYS, [...value, 'x'], Object.assign([], {0: 'a'.repeat(26)})] : [...EDGE_STRINGS, undefined];
                for (const edge of edges) {
                    agrees({...payload, [field]: edge});
                }
                if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
                    agrees({...payload, [field]: Object.assign([], value)});
                    for (const inner of Object.keys(value)) {
                        for (const edge of [...EDGE_ARRAYS, ...EDGE_STRINGS, undefined]) {
                            agrees({...payload, [field]: {...value, [inner]: edge}});
                        }
                    }
                }
            }
            expect(agrees(payload)).toBe(true);
        }
    });

    it('answers for every readable event of a realistic log', () => {
        const log = makeRealisticLog(3000, 3);
        const readable = log.entries.filter((entry) => OnboardEvent.safeParse(entry.payload).success);
        expect(readable.length).toBeGreaterThan(2900);
        for (const entry of readable) {
            expect(agrees(entry.payload)).toBe(true);
        }
    });
});
