import fc from 'fast-check';

import type {EventDraft} from './events';
import {fold} from './fold';
import {handOff, handOffLine, type HandOff} from './handoff';
import {withId} from './new_event';
import {movesFor} from './queries';
import {directory, draft, INSIDERS, logs} from './testing/arbitraries';
import {POLICY, Scenario, U} from './testing/scenario';
import type {TrackerState} from './tracker_state';

/** Who the next event, written by `by`, hands work to: actor → people. */
function handedTo(state: TrackerState, by: string, next: EventDraft): Record<string, string[]> | null {
    const found = handOff(state, withId(next, 'evtnext0001'), {userId: by, isSystemAdmin: by === U.admin}, 9_000_000_000);
    return found === null ? null : Object.fromEntries(found.groups.map((group) => [group.actor, [...group.people]]));
}

type OnGithub<T> = T extends unknown ? Omit<T, 'plugin'> : never;
/** A step on github, written without repeating the plugin. */
const github = (draft: OnGithub<Exclude<EventDraft, {type: 'policy.set' | `integrity.${string}`}>>): EventDraft => ({...draft, plugin: 'github'}) as EventDraft;

describe('handOff, at each hand-off of the seed\'s process', () => {
    it('registration hands the author\'s steps to the other owners, not to the one registering', () => {
        const s = new Scenario().policy();
        expect(handedTo(s.state(), U.author, {
            type: 'plugin.registered', plugin: 'github', name: 'GitHub', repoUrl: 'https://github.com/x/y', owners: [U.author, U.coowner], thirdPartyService: false, mattermostOwned: false,
        })).toEqual({author: [U.coowner]});
    });

    it('the basic review, once ready, goes to every core committer, and only to them', () => {
        const s = new Scenario().policy().register().evidence('basic-review', 'introduction-post', 'https://e.com/i').check('basic-review', 'introduction');
        expect(handedTo(s.state(), U.author, github({type: 'substep.checked', item: 'basic-review', substep: 'review-pr'}))).toEqual({'core-committer': [U.cc1, U.cc2, U.cc3]});
    });

    it('a step that leaves others with what they already had names nobody', () => {
        const s = new Scenario().policy().register().basicReviewReady();
        expect(handedTo(s.state(), U.cc1, github({type: 'signoff.given', item: 'basic-review', slot: 'signoff'}))).toBeNull();
        expect(handedTo(s.state(), U.author, github({type: 'evidence.set', item: 'ci-master', field: 'master-build-url', value: 'https://e.com/m'}))).toBeNull();
    });

    it('a CI request and a licence go to the Integrations team; a met gate hands them the deployment', () => {
        const s = new Scenario().policy().register().basicReviewReady().signOff('basic-review', U.cc1)
            .evidence('ci-master', 'master-build-url', 'https://e.com/m').evidence('ci-master', 'ci-request', 'https://e.com/c').check('ci-master', 'master-build-url');
        expect(handedTo(s.state(), U.author, github({type: 'substep.checked', item: 'ci-master', substep: 'ci-request'}))).toEqual({integrations: [U.integ1]});
        s.check('ci-master', 'ci-request').signOff('ci-master', U.integ1).evidence('licence', 'spdx', 'MIT');
        // The deployment is the Integrations team's; the one who signed is not told what they just made possible.
        expect(handedTo(s.state(), U.integ1, github({type: 'signoff.given', item: 'licence', slot: 'signoff'}))).toEqual({integrations: []});
        const other = new Scenario().policy().register().stage1Done();
        expect(handedTo(other.state(), U.integ1, github({type: 'stage.deployed', stage: 'ci-extensions'}))).toEqual(expect.objectContaining({author: [U.author]}));
    });

    it('deploying to ci-extensions opens stage two for the owners, the core committers, QA and PM/UX', () => {
        const s = new Scenario().policy().register().stage1Done();
        const handed = handedTo(s.state(), U.integ1, github({type: 'stage.deployed', stage: 'ci-extensions'}));
        expect(handed).toEqual({author: [U.author], 'core-committer': [U.cc1, U.cc2, U.cc3], qa: [U.qa1, U.qa2], pm: [U.pm1]});
    });

    it('deploying to ci-extensions-release lets QA start on the release, and nobody else', () => {
        const s = new Scenario().policy().register().stage1Done().deploy('ci-extensions').stage2Done();
        expect(handedTo(s.state(), U.integ1, github({type: 'stage.deployed', stage: 'ci-extensions-release'}))).toEqual({qa: [U.qa1, U.qa2]});
    });

    it('the last deployment hands nothing to anyone', () => {
        const s = new Scenario().policy().register().stage1Done().deploy('ci-extensions').stage2Done().deploy('ci-extensions-release')
            .evidence('release-qa', 'qa-notes', 'ok', U.qa1).signOff('release-qa', U.qa1);
        expect(handedTo(s.state(), U.integ1, github({type: 'stage.deployed', stage: 'community'}))).toBeNull();
    });

    it('a reopened sub-step goes back to the owners', () => {
        const s = new Scenario().policy().register('github', {owners: [U.author, U.coowner]}).basicReviewReady();
        expect(handedTo(s.state(), U.cc1, github({type: 'substep.unchecked', item: 'basic-review', substep: 'review-pr'}))).toEqual({author: [U.author, U.coowner]});
    });

    it('a withdrawn sign-off goes back to the role, without the one withdrawing', () => {
        const s = new Scenario().policy().register().basicReviewReady().signOff('basic-review', U.cc1);
        expect(handedTo(s.state(), U.cc1, github({type: 'signoff.withdrawn', item: 'basic-review', slot: 'signoff'}))).toEqual({'core-committer': [U.cc2, U.cc3]});
    });

    it('does not name a core committer who owns the plugin for its review, nor anyone for a refused event', () => {
        const s = new Scenario().policy().register('github', {owners: [U.author, U.cc2]}).evidence('basic-review', 'introduction-post', 'https://e.com/i').check('basic-review', 'introduction');
        expect(handedTo(s.state(), U.author, github({type: 'substep.checked', item: 'basic-review', substep: 'review-pr'}))).toEqual({'core-committer': [U.cc1, U.cc3]});
        expect(handedTo(s.state(), U.outsider, github({type: 'substep.checked', item: 'basic-review', substep: 'review-pr'}))).toBeNull();
    });

    it('names no one for a policy, and no roster before there is a policy', () => {
        const s = new Scenario().policy();
        expect(handOff(s.state(), withId(POLICY, 'evtpol00001'), {userId: U.admin, isSystemAdmin: true}, 1)).toBeNull();
        const bare = new Scenario().register().evidence('basic-review', 'introduction-post', 'https://e.com/i').check('basic-review', 'introduction');
        expect(handedTo(bare.state(), U.author, github({type: 'substep.checked', item: 'basic-review', substep: 'review-pr'}))).toEqual({'core-committer': []});
    });
});

describe('handOffLine', () => {
    const names = (id: string) => ({[U.cc1]: 'frank-core', [U.cc2]: 'grace-core', [U.author]: 'alice'}[id] ?? '');
    const handed: HandOff = {pluginId: 'github', groups: [
        {actor: 'core-committer', moves: [{pluginId: 'github', stage: 'ci-extensions', item: 'basic-review', kind: 'signoff', slot: 'signoff', actor: 'core-committer', what: 'Sign off', since: 1}], people: [U.cc1, U.cc2]},
        {actor: 'author', moves: [{pluginId: 'github', stage: 'ci-extensions', item: null, kind: 'deploy', actor: 'author', what: 'Deploy to ci-extensions', since: 1}], people: [U.author]},
    ]};

    it('mentions each person once, with their role and the step', () => {
        expect(handOffLine(handed, names, {mentions: true, maxMentions: 10}, null)).toBe('Next: @frank-core, @grace-core (the core committers) — Basic Code Review passed: Sign off · @alice (the owners) — Deploy to ci-extensions');
    });

    it('names roles instead of people past the cap, with a link to the plugin\'s card', () => {
        expect(handOffLine(handed, names, {mentions: true, maxMentions: 2}, 'https://chat.example.com/team/pl/abc')).toBe('Next: the core committers (2 people, see https://chat.example.com/team/pl/abc) — Basic Code Review passed: Sign off · the owners (1 person, see https://chat.example.com/team/pl/abc) — Deploy to ci-extensions');
    });

    it('points to the panel when there is no card link', () => {
        expect(handOffLine(handed, names, {mentions: true, maxMentions: 1}, null)).toMatch(/^Next: the core committers \(2 people, see the Plugin Onboarding panel\)/);
    });

    it('mentions nobody when the policy turns mentions off', () => {
        expect(handOffLine(handed, names, {mentions: false, maxMentions: 10}, null)).not.toContain('@');
    });
});

describe('handOff over any log', () => {
    it('names only people the event newly gives a move they may make, never the writer, nobody twice, and never throws', () => {
        fc.assert(fc.property(logs, fc.constantFrom(...INSIDERS), draft, (entries, by, next) => {
            const before = fold(entries, directory);
            const event = withId(next, 'evtprop0001');
            const found = handOff(before, event, {userId: by, isSystemAdmin: directory.isSystemAdmin(by)}, 9_000_000_000);
            if (found === null) {
                return;
            }
            const people = found.groups.flatMap((group) => group.people);
            expect(new Set(people).size).toBe(people.length);
            expect(people).not.toContain(by);
            const s = new Scenario();
            s.rewrite(() => [...entries]);
            s.post(by, next, {id: 'evtprop0001'});
            const after = s.state();
            const key = (m: {pluginId: string; item: string | null; kind: string; slot?: string; ref?: string; stage: string}) => `${m.pluginId}|${m.stage}|${m.item}|${m.kind}|${m.slot}|${m.ref}`;
            for (const userId of people) {
                const had = new Set(movesFor(before, userId, directory.isSystemAdmin(userId)).map(key));
                const has = movesFor(after, userId, directory.isSystemAdmin(userId)).filter((move) => move.pluginId === found.pluginId).map(key);
                expect(has.some((k) => !had.has(k))).toBe(true);
            }
        }), {numRuns: 200});
    });
});
