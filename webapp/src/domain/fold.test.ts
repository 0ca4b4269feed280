import {EMPTY_STATE, fold, foldMore} from './fold';
import type {LogEntry} from './log';
import {DEFAULT_LICENCES, STAGES} from './process';
import {POLICY, Scenario, U} from './testing/scenario';
import {historyOf} from './history';

describe('fold: the happy path through the whole process', () => {
    it('accepts every step of a plugin going all the way to the Community server', () => {
        const state = new Scenario().policy().register().throughCommunity().state();
        expect(historyOf(state).filter((entry) => entry.rejection)).toEqual([]);
        const plugin = state.plugins.github;
        expect(plugin && Object.values(plugin.stages).map((stage) => stage.status)).toEqual(['deployed', 'deployed', 'deployed']);
        expect(plugin && Object.values(plugin.items).map((item) => item.status)).toEqual(Array(8).fill('done'));
        expect(plugin?.stages.community.deployment?.release).toBe('v1.0.0');
    });

    it('keeps every entry in the history, in server order, whatever order they arrive in', () => {
        const scenario = new Scenario().policy().register().stage1Done();
        const state = fold([...scenario.entries].reverse(), scenario.directory);
        expect(historyOf(state).map((entry) => entry.postId)).toEqual(scenario.entries.map((entry) => entry.postId));
        expect(state.lastEntry).toEqual({createAt: scenario.entries.at(-1)?.createAt, postId: scenario.entries.at(-1)?.postId});
    });

    it('counts the same post delivered twice (same post id) once', () => {
        const scenario = new Scenario().policy().register();
        const entries = [...scenario.entries, scenario.entries[1]].filter((entry) => entry !== undefined);
        expect(historyOf(fold(entries, scenario.directory))).toHaveLength(2);
    });
});

describe('fold: policy', () => {
    it('starts unconfigured with empty rosters, the seed licences and each stage\'s default environment', () => {
        expect(EMPTY_STATE.policy).toEqual({
            configured: false,
            roles: {'core-committer': [], qa: [], pm: [], integrations: []},
            licences: DEFAULT_LICENCES,
            environments: Object.fromEntries(STAGES.map((stage) => [stage.key, stage.environment.defaultUrl])),
            githubEnterpriseUrl: null,
            // Posts mention the people a step now waits on, ten at most; authors ask in ~integrations, as the seed says.
            notifications: {mentions: true, maxMentions: 10},
            integrationsChannel: 'integrations',
            stamp: null,
        });
        expect(fold([], {isSystemAdmin: () => false})).toEqual(EMPTY_STATE);
    });

    it('replaces the policy when an admin sets it, and records it in the policy history', () => {
        const scenario = new Scenario().policy();
        scenario.post(U.outsider, POLICY);
        const state = scenario.state();
        expect(state.policy.configured).toBe(true);
        expect(state.policy.roles.qa).toEqual([U.qa1, U.qa2]);
        expect(state.policy.stamp?.by).toBe(U.admin);
        expect(state.policyHistory.map((entry) => entry.rejection?.code ?? 'accepted')).toEqual(['accepted', 'not-permitted']);
        // Each honoured policy keeps its content, so later readers can compare any two; refused ones none.
        expect(state.policyHistory[0]?.policy).toEqual(state.policy);
        expect(state.policyHistory[1]?.policy).toBeNull();
    });

    it('keeps the notification settings and the integrations channel a policy sets, and their defaults when it sets none', () => {
        const scenario = new Scenario().policy();
        expect(scenario.state().policy.notifications).toEqual({mentions: true, maxMentions: 10});
        scenario.post(U.admin, {...POLICY, notifications: {mentions: false, maxMentions: 3}, integrationsChannel: 'plugin-requests'});
        expect(scenario.state().policy).toMatchObject({notifications: {mentions: false, maxMentions: 3}, integrationsChannel: 'plugin-requests'});
        scenario.post(U.admin, {...POLICY, integrationsChannel: 'Not A Channel'});
        expect(scenario.last().rejection?.code).toBe('malformed');
    });
});

describe('foldMore', () => {
    it('equals the fold of the whole log and leaves the earlier state untouched', () => {
        const scenario = new Scenario().policy().register().stage1Done();
        const head = scenario.entries.slice(0, 5);
        const tail = scenario.entries.slice(5);
        const before = fold(head, scenario.directory);
        const snapshot = JSON.stringify(before);
        const after = foldMore(before, tail, scenario.directory);
        expect(after).toEqual(fold(scenario.entries, scenario.directory));
        expect(JSON.stringify(before)).toBe(snapshot);
        // Extending the old state again still sees its own event ids, not the newer ones.
        expect(foldMore(before, tail, scenario.directory)).toEqual(after);
    });

    it('still rejects a retry of an event folded in an earlier call', () => {
        const scenario = new Scenario().policy().register();
        const state = scenario.state();
        const original = scenario.entries[1];
        if (!original) {
            throw new Error('no registration entry');
        }
        const copy: LogEntry = {...original, postId: 'post9999999999999999999999', createAt: 9e12};
        const more = foldMore(foldMore(state, [], scenario.directory), [copy], scenario.directory);
        expect(historyOf(more).at(-1)?.rejection?.code).toBe('duplicate');
        expect(more.plugins).toEqual(state.plugins);
    });
});
