import fc from 'fast-check';

import {fold} from '../domain/fold';
import {EVENT_VERSION} from '../domain/events';
import {logEntry, type Directory, type LogEntry} from '../domain/log';
import {sealMessage} from '../domain/seal';

import {TeamLog} from './team_log';

const ALICE = 'aaaaaaaaaaaaaaaaaaaaaaaaaa';
const BOB = 'bbbbbbbbbbbbbbbbbbbbbbbbbb';
const directory: Directory = {isSystemAdmin: () => false};

/** A log where order matters: registrations, then evidence that overwrites itself, some of it by a non-owner. */
function makeLog(times: readonly number[]): LogEntry[] {
    return times.map((createAt, i) => {
        const plugin = `plugin-${i % 3}`;
        const payload = i < 3 ?
            {v: EVENT_VERSION, id: `registration${i}`, seen: {log: null}, type: 'plugin.registered', plugin, name: plugin, repoUrl: 'https://example.com/x', owners: [ALICE], thirdPartyService: false, mattermostOwned: false} :
            {v: EVENT_VERSION, id: `evidence${i}`, seen: {log: null}, type: 'evidence.set', plugin, item: 'basic-review', field: 'introduction-post', value: `https://example.com/${i}`};
        const rootId = i < 3 ? '' : `post${String(i % 3).padStart(4, '0')}`;
        const message = sealMessage(payload.type, {type: payload.type, plugin}, payload);
        return logEntry({postId: `post${String(i).padStart(4, '0')}`, userId: i % 5 === 4 ? BOB : ALICE, createAt, editAt: 0, rootId, payload, message});
    });
}

describe('TeamLog', () => {
    it('ends equal to fold(log) whatever order and batches the entries arrive in, with repeats, edits and deletions', () => {
        fc.assert(fc.property(
            fc.array(fc.integer({min: 1, max: 50}), {minLength: 4, maxLength: 30}),
            fc.array(fc.nat(), {minLength: 60, maxLength: 60}),
            fc.integer({min: 1, max: 5}),
            (times, shuffle, batch) => {
                const log = makeLog(times);
                const order = log.map((entry, i) => ({entry, key: shuffle[i] ?? 0})).sort((a, b) => a.key - b.key).map((x) => x.entry);
                const team = new TeamLog();
                team.replace([], 0, directory);
                for (let i = 0; i < order.length; i += batch) {
                    // Every batch also repeats the previous one, as `since` overlap and websocket duplicates do.
                    team.merge([...order.slice(Math.max(0, i - batch), i + batch)], [], null, directory);
                }
                expect(team.state).toEqual(fold(log, directory));

                const edited = {...log[log.length - 1] as LogEntry, editAt: 99};
                const deleted = log[3]?.postId ?? '';
                team.merge([edited], [deleted], null, directory);
                const expected = log.map((e) => (e.postId === edited.postId ? edited : e)).filter((e) => e.postId !== deleted);
                expect(team.state).toEqual(fold(expected, directory));
            },
        ), {numRuns: 150});
    });

    it('folds entries arriving in order incrementally and keeps the same state object for repeats', () => {
        const log = makeLog([1, 2, 3, 4, 5]);
        const team = new TeamLog();
        team.replace(log.slice(0, 3), 3, directory);
        expect(team.merge(log.slice(3), [], null, directory)).toBe(true);
        const state = team.state;
        expect(team.merge(log, [], 10, directory)).toBe(false);
        expect(team.state).toBe(state);
        expect(team.cursor).toBe(10);
        expect(team.replace(log, 10, directory)).toBe(false);
    });
});
