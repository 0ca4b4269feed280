
// Generated logs for property tests of the queries: a prefix of the happy path for two plugins,
// then events of every kind from people in every role, written by honest clients.
import fc from 'fast-check';

import type {EventDraft} from '../events';
import type {LogEntry} from '../log';
import {ITEMS} from '../process';
import {ITEM_KEYS, SLOT_KEYS, STAGE_KEYS, type ItemKey} from '../process_types';

import {LogWriter} from './log_writer';
import {POLICY, Scenario, U} from './scenario';

export const INSIDERS = [U.author, U.coowner, U.cc1, U.cc2, U.qa1, U.pm1, U.integ1, U.admin];
const PLUGINS = ['github', 'jira'];
const plugin = fc.constantFrom(...PLUGINS);
const fieldsOf = (key: ItemKey) => ITEMS.find((def) => def.key === key)?.evidence.map((e) => e.key) ?? [];
const substepsOf = (key: ItemKey) => ITEMS.find((def) => def.key === key)?.substeps.map((s) => s.key) ?? [];
const itemWith = (has: (key: ItemKey) => string[]) => fc.constantFrom(...ITEM_KEYS.filter((key) => has(key).length > 0));

export const draft: fc.Arbitrary<EventDraft> = fc.oneof(
    itemWith(fieldsOf).chain((i) => fc.record({
        type: fc.constant('evidence.set' as const), plugin, item: fc.constant(i), field: fc.constantFrom(...fieldsOf(i)), value: fc.constantFrom('https://e.com/x', 'MIT', 'GPL-3.0'),
    })),
    fc.tuple(itemWith(substepsOf), fc.boolean()).chain(([i, on]) => fc.record({
        type: fc.constant(on ? 'substep.checked' as const : 'substep.unchecked' as const), plugin, item: fc.constant(i), substep: fc.constantFrom(...substepsOf(i)),
    })),
    fc.record({type: fc.constant('signoff.given' as const), plugin, item: fc.constantFrom(...ITEM_KEYS), slot: fc.constantFrom(...SLOT_KEYS)}),
    fc.record({type: fc.constant('signoff.withdrawn' as const), plugin, item: fc.constantFrom(...ITEM_KEYS), slot: fc.constantFrom(...SLOT_KEYS)}),
    fc.record({type: fc.constant('release.set' as const), plugin, version: fc.constantFrom('v1.0.0', 'v1.1.0'), url: fc.constant('https://e.com/r')}),
    fc.record({type: fc.constant('stage.deployed' as const), plugin, stage: fc.constantFrom(...STAGE_KEYS)}),
    fc.record({type: fc.constant('plugin.archived' as const), plugin}),
    fc.subarray(['MIT', 'GPL-3.0']).map((licences): EventDraft => ({...POLICY, licences})),
);

const HAPPY = new Scenario().policy().register().register('jira', {owners: [U.coowner]}).throughCommunity().throughCommunity('jira').entries;
export const directory = new Scenario().directory;

export const logs = fc.tuple(fc.nat({max: HAPPY.length}), fc.array(fc.tuple(fc.constantFrom(...INSIDERS), draft), {maxLength: 25})).map(([cut, extra]): LogEntry[] => {
    const writer = new LogWriter(directory.isSystemAdmin);
    const steps: [string, EventDraft, string][] = [
        ...HAPPY.slice(0, cut).flatMap((entry): [string, EventDraft, string][] => (entry.event ? [[entry.userId, withoutEnvelope(entry.event), entry.event.id]] : [])),
        ...extra.map(([userId, d], index): [string, EventDraft, string] => [userId, d, `gen${String(index).padStart(6, '0')}`]),
    ];
    steps.forEach(([userId, d, id], index) => writer.append({postId: `p${String(index).padStart(25, '0')}`, userId, createAt: 1000 + index * 10}, writer.event(d, id)));
    return writer.entries;
});

function withoutEnvelope(event: NonNullable<LogEntry['event']>): EventDraft {
    const draft: Partial<typeof event> = {...event};
    delete draft.v;
    delete draft.id;
    delete draft.seen;
    return draft as EventDraft;
}

