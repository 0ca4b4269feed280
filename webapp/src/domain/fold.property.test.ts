// Properties of the fold over generated logs: it never throws, retries change nothing, outsiders
// change nothing, incremental folding equals folding from scratch, and arrival order does not matter.
import fc from 'fast-check';

import {EVENT_VERSION, type EventDraft} from './events';
import {fold, foldMore} from './fold';
import {WorkingCopies} from './working_copy';
import {check} from './rules';
import {settleItem, settleStages} from './status';
import {OnboardEvent} from './events';
import {logEntry, type LogEntry} from './log';
import {sealMessage} from './seal';
import {refTo} from './seen';
import {ITEMS} from './process';
import {ITEM_KEYS, SLOT_KEYS, STAGE_KEYS, type ItemKey} from './process_types';
import {POLICY, Scenario, U} from './testing/scenario';
import {LogWriter} from './testing/log_writer';
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
    readonly draft: EventDraft;
    readonly id: string;
}

/** The draft an event was made from (what a client composes). */
function draftOf(entry: LogEntry): EventDraft {
    const event = entry.event;
    if (!event) {
        throw new Error('the happy path holds only events');
    }
    const draft: Partial<typeof event> = {...event};
    delete draft.v;
    delete draft.id;
    delete draft.seen;
    return draft as EventDraft;
}

/** The steps written by honest clients, each having seen every post before it. */
function entriesOf(steps: readonly Step[]): LogEntry[] {
    const writer = new LogWriter(directory.isSystemAdmin);
    steps.forEach((step, index) => writer.append({postId: `p${String(index).padStart(25, '0')}`, userId: step.userId, createAt: 1000 + index * 10}, writer.event(step.draft, step.id)));
    return writer.entries;
}

const stepsArb = fc.tuple(fc.nat({max: HAPPY.length}), fc.array(fc.tuple(fc.constantFrom(...INSIDERS), draft), {maxLength: 30})).map(([cut, extra]): Step[] => [
    ...HAPPY.slice(0, cut).map((entry) => ({userId: entry.userId, draft: draftOf(entry), id: entry.event?.id ?? 'missing00'})),
    ...extra.map(([userId, d], index) => ({userId, draft: d, id: `gen${String(index).padStart(6, '0')}`})),
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
            payload: fc.oneof(junk, draft.map((d) => ({...d, v: EVENT_VERSION, id: 'fixedid00001', seen: {log: null}}))),
            message: fc.oneof(fc.string(), fc.constant('x\n\n[plugin-onboard]: #signoff.given~github~AAAAAAAAAAAAAAAAAAAAAA')),
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

    it('lets users outside every roster (and not admins) change no plugin, no policy and no mark, whatever they claim to have seen', () => {
        // Registering is the one thing anyone may do, so outsiders' registrations are left out.
        const outsiderDraft = draft.filter((d) => d.type !== 'plugin.registered');
        const fakeRef = fc.record({
            post: fc.constantFrom('nopost0000000000000000000a', 'nopost0000000000000000000b'), at: fc.nat({max: 2000}), by: fc.constantFrom(U.author, U.admin, U.cc1),
            type: fc.constantFrom('plugin.registered', 'policy.set', 'signoff.given'), plugin: fc.constantFrom('github', 'jira'),
        });
        const forgedSeen = fc.record({
            log: fc.option(fc.record({last: fakeRef, count: fc.integer({min: 1, max: 500})}), {nil: null}),
            thread: fc.option(fc.record({last: fakeRef, count: fc.integer({min: 1, max: 500})}), {nil: undefined}),
            policy: fc.option(fakeRef, {nil: undefined}),
        }).map(({thread, policy, ...rest}) => ({...rest, ...(thread ? {thread} : {}), ...(policy ? {policy} : {})}));
        const report = fakeRef.map((deleted): EventDraft => ({type: 'integrity.reported', deleted}));
        const seal = fc.constantFrom('valid', 'broken', 'none');
        fc.assert(fc.property(stepsArb, fc.array(fc.tuple(fc.nat(), fc.oneof(outsiderDraft, report), forgedSeen, seal, fc.boolean()), {maxLength: 15}), (steps, intrusions) => {
            const insiders = entriesOf(steps);
            const roots = insiders.filter((entry) => entry.rootId === '').map((entry) => entry.postId);
            const outsiders: LogEntry[] = intrusions.map(([at, d, seen, sealed, inThread], index) => {
                const payload = {...d, v: EVENT_VERSION, id: `out${String(index).padStart(6, '0')}`, seen};
                const sealedMessage = sealMessage('x', {type: d.type, plugin: 'plugin' in d ? d.plugin : ''}, payload);
                const message = sealed === 'valid' ? sealedMessage : sealed === 'broken' ? sealMessage('x', {type: d.type}, {tampered: true}) : 'no seal';
                return logEntry({
                    postId: `q${String(index).padStart(25, '0')}`, userId: U.outsider, createAt: 995 + (at % (insiders.length + 1)) * 10, editAt: 0,
                    rootId: inThread ? roots[at % Math.max(1, roots.length)] ?? '' : '', payload, message,
                });
            });
            const without = fold(insiders, directory);
            const withOutsiders = fold([...insiders, ...outsiders], directory);
            expect(withOutsiders.plugins).toEqual(without.plugins);
            expect(withOutsiders.policy).toEqual(without.policy);
            expect(withOutsiders.integrity).toEqual(without.integrity);
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
            const event = OnboardEvent.parse({...d, v: EVENT_VERSION, id: 'checkme0001', seen: {log: null}});
            const verdict = check(state, event, {userId, isSystemAdmin: directory.isSystemAdmin(userId)});
            const folded = fold([...entries, ...entriesOf([...steps, {userId, draft: d, id: 'checkme0001'}]).slice(-1)], directory);
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
                const again = new WorkingCopies().writable(plugin);
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

describe('fold properties under what a real Mattermost lets non-admins do', () => {
    type Attack = {kind: 'props' | 'message' | 'delete'; target: number; with: EventDraft};
    const attack: fc.Arbitrary<Attack> = fc.record({kind: fc.constantFrom('props', 'message', 'delete'), target: fc.nat(), with: draft});
    /** Honest steps, with attacks on earlier posts between them (by their authors, or a team admin deleting). */
    const script = fc.tuple(stepsArb, fc.array(fc.tuple(fc.nat(), attack), {maxLength: 4}));

    /** What a client watching live reports when a post goes: Mattermost announces only a thread's root. */
    function report(entry: LogEntry): EventDraft {
        const deleted = refTo(entry);
        if (!deleted) {
            throw new Error('every post of these logs can be named');
        }
        return {type: 'integrity.reported', deleted};
    }

    /** Writes the script: the attacked log, and the same log with every attack undone (what the tracker showed before). */
    function play(steps: readonly Step[], attacks: readonly (readonly [number, Attack])[]): {attacked: LogEntry[]; honest: LogEntry[]} {
        const admin = directory.isSystemAdmin;
        let writer = new LogWriter(admin);
        const originals = new Map<string, LogEntry>();
        let posts = 0;
        let time = 1000;
        const write = (userId: string, payload: unknown): void => {
            time += 10;
            writer.append({postId: `p${String(posts++).padStart(25, '0')}`, userId, createAt: time}, payload);
        };
        steps.forEach((step, index) => {
            write(step.userId, writer.event(step.draft, step.id));
            for (const [at, hit] of attacks) {
                if (at % (steps.length + 1) !== index) {
                    continue;
                }
                const victims = writer.entries.filter((entry) => !directory.isSystemAdmin(entry.userId));
                const victim = victims[hit.target % Math.max(1, victims.length)];
                if (!victim) {
                    continue;
                }
                originals.set(victim.postId, originals.get(victim.postId) ?? victim);
                let entries = writer.entries;
                if (hit.kind === 'delete') {
                    const gone = entries.filter((entry) => entry.postId === victim.postId || entry.rootId === victim.postId);
                    gone.forEach((entry) => originals.set(entry.postId, originals.get(entry.postId) ?? entry));
                    entries = entries.filter((entry) => !gone.includes(entry));
                    writer = LogWriter.from(entries, admin);
                    // A client that was open saw the root go, and reports it.
                    write(U.admin, writer.event(report(victim), `report${String(posts).padStart(6, '0')}`));
                    continue;
                }
                entries = entries.map((entry) => {
                    if (entry.postId !== victim.postId) {
                        return entry;
                    }
                    if (hit.kind === 'message') {
                        return {...entry, editAt: entry.createAt + 1};
                    }
                    const payload = {...hit.with, v: EVENT_VERSION, id: entry.claimedId ?? 'rewritten1', seen: {log: null}};
                    return logEntry({...entry, payload, message: sealMessage('x', {type: entry.seal?.type ?? 'unreadable.post', plugin: entry.seal?.plugin ?? ''}, entry.payload)});
                });
                writer = LogWriter.from(entries, admin);
            }
        });
        const attacked = writer.entries;
        const present = new Set(attacked.map((entry) => entry.postId));
        const honest = [...attacked.map((entry) => originals.get(entry.postId) ?? entry), ...[...originals.values()].filter((entry) => !present.has(entry.postId))];
        // The reports are about the attacks: without them there is nothing to report.
        return {attacked, honest: honest.filter((entry) => entry.event?.type !== 'integrity.reported')};
    }

    const statuses = (state: ReturnType<typeof fold>, id: string) => {
        const plugin = state.plugins[id];
        return plugin ? {owners: plugin.owners, registered: plugin.registered, items: ITEM_KEYS.map((key) => [plugin.items[key].status, plugin.items[key].signOffs]), stages: STAGE_KEYS.map((key) => plugin.stages[key].status)} : null;
    };

    it('every client agrees, whatever order and however incrementally it read the log', () => {
        fc.assert(fc.property(script, fc.infiniteStream(fc.double({min: 0, max: 1, noNaN: true})), fc.nat(), ([steps, attacks], randoms, cut) => {
            const {attacked} = play(steps, attacks);
            const whole = fold(attacked, directory);
            const keys = attacked.map(() => randoms.next().value as number);
            const shuffled = attacked.map((entry, i) => ({entry, key: keys[i] ?? 0})).sort((x, y) => x.key - y.key).map(({entry}) => entry);
            expect(fold(shuffled, directory)).toEqual(whole);
            const at = cut % (attacked.length + 1);
            expect(foldMore(fold(attacked.slice(0, at), directory), attacked.slice(at), directory)).toEqual(whole);
        }), {numRuns: 200});
    });

    it('no plugin\'s state differs from what it was without the attacks unless a mark shows it', () => {
        fc.assert(fc.property(script, ([steps, attacks]) => {
            const {attacked, honest} = play(steps, attacks);
            const before = fold(honest, directory);
            const after = fold(attacked, directory);
            const open = after.integrity.marks.filter((mark) => mark.accepted === null);
            for (const id of new Set([...before.pluginOrder, ...after.pluginOrder])) {
                if (JSON.stringify(statuses(before, id)) === JSON.stringify(statuses(after, id))) {
                    continue;
                }
                const shown = open.some((mark) => mark.scope !== 'plugin' || mark.plugin?.toLowerCase() === id.toLowerCase());
                expect({plugin: id, shown}).toEqual({plugin: id, shown: true});
            }
        }), {numRuns: 300});
    });
});
