import {EVENT_VERSION} from './events';
import {fold} from './fold';
import {historyEntryFor, historyOf, pluginHistory, rejectedHistory} from './history';
import {pluginChanges} from './history_changes';
import {shortValue} from './messages';
import {Scenario, U} from './testing/scenario';

/** Two plugins, a refused sign-off, an unreadable post that names a plugin, and junk that names none. */
function mixedLog(): Scenario {
    const scenario = new Scenario().policy().register().register('jira');
    scenario.signOff('basic-review', U.outsider, 'signoff', {}, 'jira');
    scenario.raw(U.author, {v: EVENT_VERSION, id: 'broken00001', type: 'signoff.given', plugin: 'github'});
    scenario.raw(U.author, 'not an event');
    scenario.evidence('licence', 'spdx', 'MIT');
    return scenario;
}

describe('history lines', () => {
    it('say what each post was, who posted it, when, and the verdict, in server order', () => {
        const scenario = mixedLog();
        const lines = historyOf(scenario.state());
        expect(lines.map((line) => line.summary)).toEqual([
            'set the onboarding policy', 'registered github', 'registered jira', 'signed off Basic Code Review passed',
            'unreadable signoff.given event', 'unreadable post', 'recorded Licence (SPDX id) for Has a compatible licence: MIT',
        ]);
        expect(lines.map((line) => line.rejection?.code ?? 'accepted')).toEqual(['accepted', 'accepted', 'accepted', 'not-permitted', 'malformed', 'malformed', 'accepted']);
        expect(lines.map((line) => line.postId)).toEqual(scenario.entries.map((entry) => entry.postId));
        expect(lines[3]).toMatchObject({by: U.outsider, at: scenario.entries[3]?.createAt, type: 'signoff.given', pluginId: 'jira'});
        expect(lines[4]).toMatchObject({eventId: 'broken00001', type: 'signoff.given', pluginId: 'github'});
        expect(lines[5]).toMatchObject({eventId: null, type: null, pluginId: null});
    });

    it('are made once per state for the whole log', () => {
        const state = mixedLog().state();
        expect(historyOf(state)).toBe(historyOf(state));
    });

    it('of one plugin include its unreadable posts and nothing about other plugins', () => {
        const state = mixedLog().state();
        expect(pluginHistory(state, 'github').map((line) => line.summary)).toEqual(['registered github', 'unreadable signoff.given event', 'recorded Licence (SPDX id) for Has a compatible licence: MIT']);
        expect(pluginHistory(state, 'jira').map((line) => line.rejection?.code ?? 'accepted')).toEqual(['accepted', 'not-permitted']);
        expect(pluginHistory(state, 'nothing')).toEqual([]);
    });

    it('of refused posts keep their order, and the newest n when asked for n', () => {
        const state = mixedLog().state();
        const all = rejectedHistory(state);
        expect(all.map((line) => line.summary)).toEqual(['signed off Basic Code Review passed', 'unreadable signoff.given event', 'unreadable post']);
        expect(rejectedHistory(state, 2)).toEqual(all.slice(1));
        expect(rejectedHistory(state, 0)).toEqual([]);
        expect(all).toHaveLength(state.rejectedCount);
    });

    it('are found by post id, or not at all for a post the log does not hold', () => {
        const scenario = mixedLog();
        const state = scenario.state();
        const refused = scenario.entries[3];
        expect(historyEntryFor(state, refused?.postId ?? '')?.rejection?.code).toBe('not-permitted');
        expect(historyEntryFor(state, 'missing')).toBeNull();
        expect(historyEntryFor(fold([], scenario.directory), refused?.postId ?? '')).toBeNull();
    });
});

describe('what an accepted event changed besides itself', () => {
    it('names the value an evidence event replaced, so GPL-3.0 and MIT entries read differently', () => {
        const s = new Scenario().policy().register().evidence('licence', 'spdx', 'MIT').evidence('licence', 'spdx', 'GPL-3.0');
        const state = s.state();
        const lines = pluginHistory(state, 'github');
        expect(lines.slice(-2).map((line) => line.summary)).toEqual([
            'recorded Licence (SPDX id) for Has a compatible licence: MIT',
            'recorded Licence (SPDX id) for Has a compatible licence: GPL-3.0',
        ]);
        const changes = pluginChanges(state, 'github');
        expect(changes.get(lines.at(-1)?.postId ?? '')).toMatchObject({previous: 'MIT', effect: null});
        expect(changes.has(lines.at(-2)?.postId ?? '')).toBe(false);
    });

    it('names the sign-offs and stages a release reopened, as they were then', () => {
        const s = new Scenario().policy().register().throughCommunity().release('v1.1.0');
        const state = s.state();
        const release = pluginHistory(state, 'github').at(-1);
        const change = pluginChanges(state, 'github').get(release?.postId ?? '');
        expect(change?.effect?.reopened.map((r) => [r.item, r.slot, r.signOff.by, r.signOff.release])).toEqual([['release-qa', 'signoff', U.qa1, 'v1.0.0']]);
        expect(change?.effect?.stages).toEqual([{stage: 'community', from: 'deployed', to: 'in-progress', release: 'v1.0.0'}]);
    });

    it('shortens long values to their first line', () => {
        expect(shortValue('one\ntwo')).toBe('one…');
        expect(shortValue('x'.repeat(100))).toBe(`${'x'.repeat(79)}…`);
        expect(shortValue('MIT')).toBe('MIT');
    });
});
