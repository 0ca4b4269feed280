import type {OnboardEvent} from './events';
import {withId} from './new_event';
import {policyMessage} from './policy_message';
import {U} from './testing/scenario';

const names = (id: string) => ({[U.author]: 'alice', [U.qa1]: 'carol-qa', [U.coowner]: 'bob'}[id] ?? 'unknown');

describe('a policy post says what changed', () => {
    const environments = {'ci-extensions': 'https://a.com/', 'ci-extensions-release': 'https://b.com/', community: 'https://c.com/'};
    type Content = {roles: Record<'core-committer' | 'qa' | 'pm' | 'integrations', string[]>; licences: string[]; environments: typeof environments};
    const first: Content = {roles: {'core-committer': [], qa: [U.qa1], pm: [], integrations: []}, licences: ['MIT'], environments};
    const asPolicy = (event: OnboardEvent): OnboardEvent & {type: 'policy.set'} => {
        if (event.type !== 'policy.set') {
            throw new Error('not a policy');
        }
        return event;
    };
    const policy = (content: Content & {notifications?: {mentions: boolean; maxMentions: number}; integrationsChannel?: string; githubEnterpriseUrl?: string}) =>
        asPolicy(withId({type: 'policy.set', ...content}, 'evt000000010'));

    it('the first policy: who holds each role and the licences, as a list', () => {
        expect(policyMessage(policy(first), names, {authorId: U.author, previousPolicy: null})).toBe([
            '@alice set the plugin onboarding policy:',
            '- Core committers: no one',
            '- QA team: @carol-qa',
            '- PM/UX: no one',
            '- Integrations team: no one',
            '- Licences: MIT',
        ].join('\n'));
    });

    it('a later policy: only what changed, and nothing when nothing did', () => {
        const next: Content = {...first, roles: {...first.roles, qa: [U.coowner], pm: [U.qa1]}, licences: ['MIT', 'ISC'], environments: {...environments, community: 'https://d.com/'}};
        expect(policyMessage(policy(next), names, {authorId: U.author, previousPolicy: first})).toBe([
            '@alice changed the plugin onboarding policy:',
            '- added @bob to QA team',
            '- removed @carol-qa from QA team',
            '- added @carol-qa to PM/UX',
            '- allowed the licence ISC',
            '- set the community\\.mattermost\\.com URL to https://d.com/',
        ].join('\n'));
        expect(policyMessage(policy(first), names, {authorId: U.author, previousPolicy: first})).toBe('@alice saved the plugin onboarding policy without changes.');
        const enterprise = policy({...first, githubEnterpriseUrl: 'https://github.example.com/'});
        expect(policyMessage(enterprise, names, {authorId: U.author, previousPolicy: first})).toBe('@alice changed the plugin onboarding policy:\n- set the GitHub Enterprise Server to https://github.example.com/');
        const quiet = policy({...first, notifications: {mentions: false, maxMentions: 10}, integrationsChannel: 'ci-requests'});
        expect(policyMessage(quiet, names, {authorId: U.author, previousPolicy: first})).toBe([
            '@alice changed the plugin onboarding policy:',
            '- posts no longer mention the people a step waits on',
            '- set the integrations channel to ~ci-requests',
        ].join('\n'));
    });
});

