import fc from 'fast-check';

import {fold, foldMore} from './fold';
import type {Actor} from './process_types';
import {moves, movesFor} from './queries';
import {LogWriter} from './testing/log_writer';
import {directory, draft, logs} from './testing/arbitraries';
import {POLICY, Scenario, U} from './testing/scenario';
import type {PluginState, TrackerState} from './tracker_state';
import {handsOf, waitingOn, whoseMove} from './turns';

function github(state: TrackerState): PluginState {
    const plugin = state.plugins.github;
    if (!plugin) {
        throw new Error('github is not registered');
    }
    return plugin;
}

function timeOf(s: Scenario, index: number): number {
    const entry = s.entries.at(index);
    if (!entry) {
        throw new Error(`no entry ${index}`);
    }
    return entry.createAt;
}

describe('whoseMove', () => {
    it('dates each actor from when the move came to them, longest waiting first', () => {
        const s = new Scenario().policy().register();
        const registered = timeOf(s, -1);
        expect(whoseMove(s.state(), github(s.state())).map((turn) => [turn.actor, turn.since])).toEqual([['author', registered]]);
        s.basicReviewReady();
        const ready = timeOf(s, -1);
        const turns = whoseMove(s.state(), github(s.state()));
        // The author still has the CI and licence items, so their clock runs on from the registration.
        expect(turns.map((turn) => [turn.actor, turn.since])).toEqual([['author', registered], ['core-committer', ready]]);
        expect(turns[1]?.moves.map((move) => [move.item, move.kind, move.since])).toEqual([['basic-review', 'signoff', ready]]);
    });

    it('restarts the clock when the move leaves an actor and comes back', () => {
        const s = new Scenario().policy().register().stage1Done();
        // The licence's evidence gave the Integrations team its sign-off; signing it left them the deployment: the same hands.
        const licenceEvidence = timeOf(s, -2);
        expect(whoseMove(s.state(), github(s.state())).map((turn) => [turn.actor, turn.since])).toEqual([['integrations', licenceEvidence]]);
        // The deployment opens stage two: the core committers, who signed the basic review long before, wait from now.
        s.deploy('ci-extensions');
        const deployed = timeOf(s, -1);
        const after = whoseMove(s.state(), github(s.state()));
        expect(after.every((turn) => turn.since === deployed)).toBe(true);
        expect(after.map((turn) => turn.actor).sort()).toEqual(['author', 'core-committer', 'pm', 'qa']);
    });

    it('gives a withdrawn sign-off back to the role, dated from the withdrawal', () => {
        const s = new Scenario().policy().register().basicReviewReady().signOff('basic-review', U.cc1);
        s.post(U.cc1, {type: 'signoff.withdrawn', plugin: 'github', item: 'basic-review', slot: 'signoff'});
        const withdrawn = timeOf(s, -1);
        const core = whoseMove(s.state(), github(s.state())).find((turn) => turn.actor === 'core-committer');
        expect(core?.since).toBe(withdrawn);
    });

    it('hands a licence back to the core committers when the allow-list admits it', () => {
        const s = new Scenario().policy().register().evidence('licence', 'spdx', 'GPL-3.0');
        const integrationsBefore = whoseMove(s.state(), github(s.state())).find((turn) => turn.actor === 'integrations');
        expect(integrationsBefore).toBeUndefined();
        s.post(U.admin, {...POLICY, licences: [...POLICY.licences, 'GPL-3.0']});
        const allowed = timeOf(s, -1);
        expect(whoseMove(s.state(), github(s.state())).find((turn) => turn.actor === 'integrations')?.since).toBe(allowed);
    });

    it('has nothing for an archived or finished plugin', () => {
        const done = new Scenario().policy().register().throughCommunity();
        expect(whoseMove(done.state(), github(done.state()))).toEqual([]);
        const archived = new Scenario().policy().register();
        archived.post(U.author, {type: 'plugin.archived', plugin: 'github'});
        expect(whoseMove(archived.state(), github(archived.state()))).toEqual([]);
    });
});

describe('waitingOn', () => {
    it('lists what the user may do across plugins, oldest first, dated by whose move it is', () => {
        const s = new Scenario().policy().register().register('jira').basicReviewReady('jira').basicReviewReady();
        const state = s.state();
        const mine = waitingOn(state, U.cc1, false);
        expect(mine.map((move) => [move.pluginId, move.item, move.kind])).toEqual([['jira', 'basic-review', 'signoff'], ['github', 'basic-review', 'signoff']]);
        expect(mine[0]?.since).toBeLessThan(mine[1]?.since ?? 0);
        // The same moves as movesFor, only dated and ordered.
        expect(new Set(mine.map((move) => `${move.pluginId}/${move.item}/${move.slot}`))).toEqual(new Set(movesFor(state, U.cc1, false).map((move) => `${move.pluginId}/${move.item}/${move.slot}`)));
    });

    it('names the field or sub-step each evidence and sub-step move is about', () => {
        const state = new Scenario().policy().register().state();
        const first = waitingOn(state, U.author, false).filter((move) => move.item === 'basic-review');
        expect(first.map((move) => [move.kind, move.ref])).toEqual([['evidence', 'introduction-post'], ['substep', 'introduction'], ['substep', 'make-pr']]);
    });

    it('is empty for an outsider', () => {
        expect(waitingOn(new Scenario().policy().register().basicReviewReady().state(), U.outsider, false)).toEqual([]);
    });
});

// --- properties over generated logs ---

function actorsNow(state: TrackerState, id: string): Set<Actor> {
    const found = state.plugins[id];
    return new Set(found ? moves(state, found).map((move) => move.actor) : []);
}

const RUNS = {numRuns: 200};

describe('whose move, over any log', () => {
    it('names exactly the actors that have moves, each dated by an accepted event of the log', () => {
        fc.assert(fc.property(logs, (entries) => {
            const state = fold(entries, directory);
            const accepted = new Set(state.log.filter((_, i) => state.verdicts[i] === null).map((entry) => entry.createAt));
            for (const id of state.pluginOrder) {
                const hands = handsOf(state).get(id) ?? {};
                expect(new Set(Object.keys(hands))).toEqual(actorsNow(state, id));
                for (const since of Object.values(hands)) {
                    expect(accepted.has(since)).toBe(true);
                }
            }
        }), RUNS);
    });

    it('keeps an actor\'s clock while they keep a move, and starts it at the event that gave them one', () => {
        fc.assert(fc.property(logs, (entries) => {
            let before = fold([], directory);
            for (const entry of entries) {
                const after = foldMore(before, [entry], directory);
                for (const id of after.pluginOrder) {
                    const was = handsOf(before).get(id) ?? {};
                    const is = handsOf(after).get(id) ?? {};
                    for (const [actor, since] of Object.entries(is)) {
                        const previous = (was as Record<string, number>)[actor];
                        expect(since).toBe(previous ?? entry.createAt);
                    }
                }
                before = after;
            }
        }), {numRuns: 60});
    });

    it('answers the same asked once of the whole log or after every step, and changes for no repeat or outsider', () => {
        fc.assert(fc.property(logs, fc.array(draft, {maxLength: 5}), (entries, outsiderDrafts) => {
            let step = fold([], directory);
            for (const entry of entries) {
                step = foldMore(step, [entry], directory);
                handsOf(step);
            }
            const whole = fold(entries, directory);
            // An unrelated state first, so the whole log is replayed from the start.
            handsOf(fold([], directory));
            expect(handsOf(whole)).toEqual(handsOf(step));

            const writer = new LogWriter(directory.isSystemAdmin);
            entries.forEach((entry) => writer.append({postId: entry.postId, userId: entry.userId, createAt: entry.createAt, rootId: entry.rootId}, entry.payload));
            outsiderDrafts.forEach((d, index) => writer.append({postId: `q${String(index).padStart(25, '0')}`, userId: U.outsider, createAt: 900_000 + index}, writer.event(d, `out${String(index).padStart(6, '0')}`)));
            const repeated = entries.at(-1);
            const withNoise = fold(repeated ? [...writer.entries, {...repeated, postId: 'zzzz', createAt: 999_999}] : writer.entries, directory);
            expect(handsOf(withNoise)).toEqual(handsOf(whole));
        }), {numRuns: 100});
    });
});
