import {currentStage, findPlugin, missingForGate, moves, movesFor, rolesOf, stageProgress} from './queries';
import type {PluginState, TrackerState} from './tracker_state';
import {Scenario, U} from './testing/scenario';

function github(state: TrackerState): PluginState {
    const plugin = state.plugins.github;
    if (!plugin) {
        throw new Error('github is not registered');
    }
    return plugin;
}

describe('stageProgress', () => {
    it('counts done items over applicable items only', () => {
        const s = new Scenario().policy().register().basicReviewReady().signOff('basic-review', U.cc1);
        expect(stageProgress(github(s.state()), 'ci-extensions')).toEqual({done: 1, total: 3});
        s.post(U.admin, {type: 'waived', plugin: 'github', item: 'licence', reason: 'internal'});
        expect(stageProgress(github(s.state()), 'ci-extensions')).toEqual({done: 1, total: 2});
    });
});

describe('currentStage', () => {
    it('is the first stage not deployed, and null once all are', () => {
        const s = new Scenario().policy().register();
        expect(currentStage(github(s.state()))).toBe('ci-extensions');
        s.stage1Done().deploy('ci-extensions');
        expect(currentStage(github(s.state()))).toBe('ci-extensions-release');
        const done = new Scenario().policy().register().throughCommunity();
        expect(currentStage(github(done.state()))).toBeNull();
    });
});

describe('missingForGate', () => {
    it('says what is missing and whose move it is', () => {
        const state = new Scenario().policy().register().state();
        const missing = missingForGate(state, github(state), 'ci-extensions');
        expect(missing.map((m) => m.message)).toEqual(expect.arrayContaining([
            'Basic Code Review passed: evidence \'Introduction post\' from the author',
            'Basic Code Review passed: sign-off by a core committer',
            'Has a compatible licence: sign-off by the Integrations team',
        ]));
        expect(missing.find((m) => m.message.startsWith('Basic Code Review passed: evidence'))?.actor).toBe('author');
    });

    it('names the QA team for QA pass and the previous stage when it is not deployed', () => {
        const state = new Scenario().policy().register().state();
        const missing = missingForGate(state, github(state), 'ci-extensions-release');
        expect(missing[0]).toEqual({item: null, stage: 'ci-extensions-release', actor: 'integrations', message: 'previous stage ci-extensions is not deployed'});
        expect(missing.map((m) => m.message)).toContain('QA pass: sign-off by the QA team');
    });

    it('is empty exactly when the deployment would be accepted', () => {
        const s = new Scenario().policy().register().stage1Done();
        const state = s.state();
        expect(missingForGate(state, github(state), 'ci-extensions')).toEqual([]);
        s.deploy('ci-extensions');
        expect(s.last().rejection).toBeNull();
    });

    it('follows the licence allow-list in force', () => {
        const state = new Scenario().policy().register().evidence('licence', 'spdx', 'GPL-3.0').state();
        expect(missingForGate(state, github(state), 'ci-extensions').map((m) => m.message).join('\n')).toMatch(/'GPL-3.0' is not on it/);
    });
});

describe('moves', () => {
    it('gives the author the evidence and sub-steps, and holds the sign-off back until they are done', () => {
        const s = new Scenario().policy().register();
        const first = moves(s.state(), github(s.state())).filter((move) => move.item === 'basic-review');
        expect(first.map((move) => [move.actor, move.kind])).toEqual([['author', 'evidence'], ['author', 'substep'], ['author', 'substep']]);
        s.basicReviewReady();
        const then = moves(s.state(), github(s.state())).filter((move) => move.item === 'basic-review');
        expect(then).toEqual([{pluginId: 'github', stage: 'ci-extensions', item: 'basic-review', actor: 'core-committer', what: 'Sign off', since: s.entries[1]?.createAt, kind: 'signoff', slot: 'signoff'}]);
    });

    it('offers the deployment to the deployer once the stage is ready, and nothing on later stages before', () => {
        const state = new Scenario().policy().register().stage1Done().state();
        const open = moves(state, github(state));
        expect(open).toEqual([expect.objectContaining({kind: 'deploy', actor: 'integrations', item: null, stage: 'ci-extensions'})]);
    });

    it('has none for an archived plugin', () => {
        const s = new Scenario().policy().register();
        s.post(U.author, {type: 'plugin.archived', plugin: 'github'});
        expect(moves(s.state(), github(s.state()))).toEqual([]);
    });
});

describe('movesFor', () => {
    const s = new Scenario().policy().register().register('jira', {owners: [U.coowner]}).basicReviewReady();

    it('gives a core committer the sign-offs waiting on core committers', () => {
        expect(movesFor(s.state(), U.cc1, false).map((move) => [move.pluginId, move.item, move.kind])).toEqual([['github', 'basic-review', 'signoff']]);
    });

    it('gives an owner only their own plugin\'s author moves', () => {
        const mine = movesFor(s.state(), U.coowner, false);
        expect(mine.length).toBeGreaterThan(0);
        expect(mine.every((move) => move.pluginId === 'jira' && move.actor === 'author')).toBe(true);
    });

    it('does not offer an owner the sign-off of their own plugin', () => {
        const owned = new Scenario().policy().register('github', {owners: [U.cc1]}).evidence('basic-review', 'introduction-post', 'https://e.com/i', U.cc1)
            .check('basic-review', 'introduction', U.cc1).check('basic-review', 'review-pr', U.cc1);
        expect(movesFor(owned.state(), U.cc1, false).filter((move) => move.kind === 'signoff')).toEqual([]);
    });

    it('gives a system admin every role\'s moves before policy, none of the roles after', () => {
        const before = new Scenario().register().basicReviewReady();
        expect(movesFor(before.state(), U.admin, true).map((move) => move.kind)).toContain('signoff');
        expect(movesFor(s.state(), U.admin, true)).toEqual([]);
    });

    it('gives an outsider nothing', () => {
        expect(movesFor(s.state(), U.outsider, false)).toEqual([]);
    });
});

describe('rolesOf', () => {
    it('lists the rosters a user is on', () => {
        const state = new Scenario().policy().state();
        expect(rolesOf(state.policy, U.qa1)).toEqual(['qa']);
        expect(rolesOf(state.policy, U.outsider)).toEqual([]);
    });
});

describe('findPlugin', () => {
    const state = new Scenario().policy().register('github').register('gitlab').register('jira').state();

    it.each([
        ['an exact id', 'github', 'github'],
        ['an id in another case', 'JIRA', 'jira'],
        ['a unique name prefix', 'GitH', 'github'],
    ])('finds by %s', (_name, query, id) => {
        expect(findPlugin(state, query)?.id).toBe(id);
    });

    it('finds nothing for an ambiguous prefix, an unknown name, or an inherited property name', () => {
        const named = new Scenario().policy().register('alpha').state();
        expect(findPlugin(state, 'Git')).toBeNull();
        expect(findPlugin(named, 'zzz')).toBeNull();
        expect(findPlugin(named, 'constructor')).toBeNull();
        expect(findPlugin(named, '__proto__')).toBeNull();
    });
});
