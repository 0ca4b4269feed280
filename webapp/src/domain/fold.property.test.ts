// Properties of the fold over generated logs: it never throws, retries change nothing, outsiders
// change nothing, incremental folding equals folding from scratch, and arrival order does not matter.
import fc from 'fast-check';

import {EVENT_VERSION, type EventDraft} from './events';
import {fold, foldMore} from './fold';
import {Drafts} from './draft';
import {check} from './rules';
import {settleItem, settleStages} from './status';
import {OnboardEvent} from './events';
import {logEntry, type LogEntry} from './log';
import {ITEMS} from './process';
import {ITEM_KEYS, SLOT_KEYS, STAGE_KEYS, type ItemKey} from './process_types';
import {POLICY, Scenario, U} from './testing/scenario';
import {historyOf} from './history';

const RUNS = {numRuns: 500};
const INSIDERS = [U.author, U.coowner, U.cc1, U.cc2, U.cc3, U.qa1, U.qa2, U.pm1, U.integ1, U.admin];
const PLUGINS = ['github', 'jira', 'slack'];

const plugin = fc.constantFrom(...PLUGINS);
const item = fc.constantFrom(...ITEM_KEYS);
const fieldsOf = (key: ItemKey) => [...(ITEMS.find((def) => def.key === key)?.evidence.map((e) => e.key) ?? []), 'bogus'];
const substepsOf = (key: ItemKey) => [...(ITEMS.find((def) => def.key === key)?.substeps.map((s) => s.key) ?? []), 'bogus'];

/** Valid-looking drafts of every type, with values that pass and fail the rules. */
const draft: fc.Arbitrary<EventDraft> = fc.oneof(
    {weight: 4, arbitrary: fc.tuple(plugin, item).chain(([p, i]) => fc.record({
        type: fc.constant('evidence.set' as const), plugin: fc.constant(p), item: fc.constant(i),
        field: fc.constantFrom(...fieldsOf(i)), value: fc.constantFrom('https://e.com/x', 'MIT', 'GPL-3.0', 'Looks good', 'javascript:x'),
    }))},
    {weight: 4, arbitrary: fc.tuple(plugin, item, fc.boolean()).chain(([p, i, on]) => fc.record({
        type: fc.constant(on ? 'substep.checked' as const : 'substep.unchecked' as const), plugin: fc.constant(p), item: fc.constant(i), substep: fc.constantFrom(...substepsOf(i)),
    }))},
    {weight: 5, arbitrary: fc.record({
        type: fc.constant('signoff.given' as const), plugin, item, slot: fc.constantFrom(...SLOT_KEYS),
        substituteReason: fc.option(fc.constant('away'), {nil: undefined}),
    }).map(({substituteReason, ...rest}): EventDraft => (substituteReason === undefined ? rest : {...rest, substituteReason}))},
    {weight: 2, arbitrary: fc.record({type: fc.constant('signoff.withdrawn' as const), plugin, item, slot: fc.constantFrom(...SLOT_KEYS)})},
    {weight: 1, arbitrary: fc.tuple(plugin, item, fc.boolean()).chain(([p, i, whole]) => (whole ?
        fc.constant<EventDraft>({type: 'waived', plugin: p, item: i, reason: 'n/a'}) :
        fc.constantFrom(...substepsOf(i)).map((s): EventDraft => ({type: 'waived', plugin: p, item: i, substep: s, reason: 'n/a'}))))},
    {weight: 2, arbitrary: fc.record({type: fc.constant('release.set' as const), plugin, version: fc.constantFrom('v1.0.0', 'v1.1.0'), url: fc.constant('https://e.com/r')})},
    {weight: 3, arbitrary: fc.record({type: fc.constant('stage.deployed' as const), plugin, stage: fc.constantFrom(...STAGE_KEYS)})},
    {weight: 1, arbitrary: fc.record({type: fc.constant('plugin.archived' as const), plugin})},
    {weight: 1, arbitrary: fc.record({
        type: fc.constant('plugin.registered' as const), plugin, name: fc.constant('Name'), repoUrl: fc.constant('https://e.com/repo'),
        owners: fc.subarray([U.author, U.coowner]), thirdPartyService: fc.boolean(), mattermostOwned: fc.boolean(),
    })},
    {weight: 1, arbitrary: fc.subarray([U.qa1, U.qa2, U.cc1]).map((qa): EventDraft => ({...POLICY, roles: {'core-committer': [U.cc1, U.cc2], qa, pm: [U.pm1], integrations: [U.integ1]}}))},
);

/** A log that gets deep into the process: a prefix of a happy path for two plugins, then random events. */
const HAPPY = new Scenario().policy().register().register('jira', {owners: [U.coowner]}).throughCommunity().throughCommunity('jira').entries;
const directory = new Scenario().directory;

interface Step {
    readonly userId: string;
    readonly payload: unknown;
}

function entriesOf(steps: readonly Step[]): LogEntry[] {
    return steps.map((step, index) => logEntry({postId: `p${String(index).padStart(25, '0')}`, userId: step.userId, createAt: 1000 + index * 10, editAt: 0, rootId: '', payload: step.payload}));
}

const stepsArb = fc.tuple(fc.nat({max: HAPPY.length}), fc.array(fc.tuple(fc.constantFrom(...INSIDERS), draft), {maxLength: 30})).map(([cut, extra]) => [
    ...HAPPY.slice(0, cut).map((entry) => ({userId: entry.userId, payload: entry.payload})),
    ...extra.map(([userId, d], index) => ({userId, payload: {...d, v: EVENT_VERSION, id: `gen${String(index).padStart(6, '0')}`}})),
]);

describe('fold properties', () => {
    it('never throws, and records every entry, whatever the posts hold', () => {
        const junk = fc.oneof(
            fc.anything(),
            fc.record({v: fc.oneof(fc.constant(1), fc.anything()), id: fc.oneof(fc.string(), fc.anything()), type: fc.oneof(fc.constantFrom('signoff.given', 'policy.set', 'plugin.registered'), fc.string()), plugin: fc.anything(), item: fc.anything(), slot: fc.anything()}, {requiredKeys: []}),
        );
        const entry = fc.record({
            postId: fc.string(), userId: fc.oneof(fc.constantFrom(...INSIDERS), fc.string()), createAt: fc.oneof(fc.integer(), fc.double()),
            editAt: fc.oneof(fc.constant(0), fc.integer(), fc.double()), rootId: fc.string(),
            payload: fc.oneof(junk, draft.map((d) => ({...d, v: 1, id: 'fixedid00001'}))),
        });
        fc.assert(fc.property(stepsArb, fc.array(entry.map(logEntry), {maxLength: 20}), (steps, extra) => {
            const entries = [...entriesOf(steps), ...extra];
            const state = fold(entries, directory);
            // Only the very same post (same time and post id) is folded once; everything else is recorded.
            const distinct = new Set(entries.map((e) => `${e.createAt}|${e.postId}`)).size;
            expect(historyOf(state).length).toBeGreaterThanOrEqual(distinct);
            expect(historyOf(state).length).toBeLessThanOrEqual(entries.length);
            expect(state.rejectedCount).toBe(historyOf(state).filter((h) => h.rejection).length);
            expect(state.verdicts).toHaveLength(state.log.length);
            // The fold's last-resort catch is for bugs only: no input may reach it.
            expect(state.verdicts.filter((v) => v?.message.includes('could not be processed'))).toEqual([]);
        }), RUNS);
    });

    it('changes nothing when any entry is delivered twice, except a duplicate rejection', () => {
        fc.assert(fc.property(stepsArb.filter((steps) => steps.length > 0), fc.nat(), fc.nat(), (steps, a, b) => {
            const entries = entriesOf(steps);
            const original = entries[a % entries.length] as LogEntry;
            const later = entries[(a % entries.length) + (b % (entries.length - (a % entries.length)))] as LogEntry;
            const copy: LogEntry = {...original, postId: `z${original.postId}`, createAt: later.createAt + 1};
            const once = fold(entries, directory);
            const twice = fold([...entries, copy], directory);
            expect(twice.plugins).toEqual(once.plugins);
            expect(twice.policy).toEqual(once.policy);
            expect(historyOf(twice).find((h) => h.postId === copy.postId)?.rejection?.code).toBe('duplicate');
            expect(historyOf(twice).filter((h) => h.postId !== copy.postId)).toEqual(historyOf(once));
        }), RUNS);
    });

    it('lets users outside every roster (and not admins) change no plugin and no policy', () => {
        // Registering is the one thing anyone may do, so outsiders' registrations are left out.
        const outsiderDraft = draft.filter((d) => d.type !== 'plugin.registered');
        fc.assert(fc.property(stepsArb, fc.array(fc.tuple(fc.nat(), outsiderDraft), {maxLength: 15}), (steps, intrusions) => {
            const insiders = entriesOf(steps);
            const outsiders: LogEntry[] = intrusions.map(([at, d], index) => logEntry({
                postId: `q${String(index).padStart(25, '0')}`, userId: U.outsider, createAt: 995 + (at % (insiders.length + 1)) * 10, editAt: 0, rootId: '',
                payload: {...d, v: EVENT_VERSION, id: `out${String(index).padStart(6, '0')}`},
            }));
            const without = fold(insiders, directory);
            const withOutsiders = fold([...insiders, ...outsiders], directory);
            expect(withOutsiders.plugins).toEqual(without.plugins);
            expect(withOutsiders.policy).toEqual(without.policy);
            expect(historyOf(withOutsiders).filter((h) => h.by === U.outsider).map((h) => h.rejection?.code)).not.toContain(undefined);
        }), RUNS);
    });

    it('folds incrementally to exactly the fold of the whole log', () => {
        fc.assert(fc.property(stepsArb, fc.array(fc.nat(), {maxLength: 4}), (steps, cuts) => {
            const entries = entriesOf(steps);
            const points = [...new Set(cuts.map((cut) => cut % (entries.length + 1)))].sort((x, y) => x - y);
            let state = fold(entries.slice(0, points[0] ?? entries.length), directory);
            const bounds = [...points, entries.length];
            for (let i = 0; i < bounds.length - 1; i++) {
                const before = JSON.stringify(state);
                const next = foldMore(state, entries.slice(bounds[i], bounds[i + 1]), directory);
                // Pure: the state it started from is exactly as it was.
                expect(JSON.stringify(state)).toBe(before);
                state = next;
            }
            expect(state).toEqual(fold(entries, directory));
        }), RUNS);
    });

    it('check() on the state before an event gives exactly the verdict the fold records for it', () => {
        fc.assert(fc.property(stepsArb, fc.constantFrom(...INSIDERS, U.outsider), draft, (steps, userId, d) => {
            const entries = entriesOf(steps);
            const state = fold(entries, directory);
            const event = OnboardEvent.parse({...d, v: EVENT_VERSION, id: 'checkme0001'});
            const verdict = check(state, event, {userId, isSystemAdmin: directory.isSystemAdmin(userId)});
            const folded = fold([...entries, ...entriesOf([...steps, {userId, payload: event}]).slice(-1)], directory);
            expect(historyOf(folded).at(-1)?.rejection ?? null).toEqual(verdict);
        }), RUNS);
    });

    it('leaves every status where settling it again from scratch would (statuses are never stale)', () => {
        // The fold settles only what an event can change (apply.ts); settling everything again must change nothing.
        fc.assert(fc.property(stepsArb, (steps) => {
            const state = fold(entriesOf(steps), directory);
            for (const id of state.pluginOrder) {
                const plugin = state.plugins[id];
                if (!plugin) {
                    throw new Error(`no plugin ${id}`);
                }
                const again = new Drafts().writable(plugin);
                for (const key of ITEM_KEYS) {
                    settleItem(again.items[key]);
                }
                settleStages(again, null);
                expect(ITEM_KEYS.map((key) => again.items[key].status)).toEqual(ITEM_KEYS.map((key) => plugin.items[key].status));
                expect(STAGE_KEYS.map((key) => again.stages[key].status)).toEqual(STAGE_KEYS.map((key) => plugin.stages[key].status));
            }
        }), RUNS);
    });

    it('does not depend on the order entries arrive in', () => {
        fc.assert(fc.property(stepsArb, fc.infiniteStream(fc.double({min: 0, max: 1, noNaN: true})), (steps, randoms) => {
            const entries = entriesOf(steps);
            const keys = entries.map(() => randoms.next().value as number);
            const shuffled = entries.map((entry, index) => ({entry, key: keys[index] ?? 0})).sort((x, y) => x.key - y.key).map(({entry}) => entry);
            expect(fold(shuffled, directory)).toEqual(fold(entries, directory));
        }), RUNS);
    });
});
