import type {Team, TeamMembership} from '@mattermost/types/teams';

import {EMPTY_STATE} from '../../domain/fold';
import {INITIAL_POLICY} from '../../domain/policy';
import {DEFAULT_LICENCES} from '../../domain/process';
import type {HistoryEntry, PolicyHistoryEntry, PolicyState, TrackerState} from '../../domain/tracker_state';

import {diffPolicies} from '../../domain/policy_diff';
import {draftFromPolicy, draftProblems, hasProblems, policyEventDraft, sameDraft} from './policy_draft';
import {teamChoices} from './my_teams';
import {policyRecords} from './policy_records';
import {canonicalSpdxId, knownSpdxIds} from './spdx';

const ALICE = 'a'.repeat(26);
const BOB = 'b'.repeat(26);

const configured: PolicyState = {
    configured: true,
    roles: {'core-committer': [ALICE], qa: [BOB], pm: [], integrations: [ALICE, BOB]},
    licences: ['MIT'],
    environments: {'ci-extensions': 'https://ci.example.com/', 'ci-extensions-release': 'https://rel.example.com/', community: 'https://community.example.com/'},
    githubEnterpriseUrl: null,
    notifications: {mentions: true, maxMentions: 10},
    integrationsChannel: 'integrations',
    stamp: {by: ALICE, at: 1, eventId: 'event-0001'},
};

describe('SPDX ids', () => {
    it('knows the common open source licences, in SPDX spelling, whatever the case typed', () => {
        expect(canonicalSpdxId('mit')).toBe('MIT');
        expect(canonicalSpdxId(' apache-2.0 ')).toBe('Apache-2.0');
        expect(canonicalSpdxId('gpl-3.0-or-later')).toBe('GPL-3.0-or-later');
        for (const id of DEFAULT_LICENCES) {
            expect(canonicalSpdxId(id)).toBe(id);
        }
    });

    it('refuses ids SPDX does not have, and stays a small list', () => {
        expect(canonicalSpdxId('FOO')).toBeNull();
        expect(canonicalSpdxId('Apache 2')).toBeNull();
        expect(canonicalSpdxId('')).toBeNull();
        expect(knownSpdxIds().length).toBeGreaterThanOrEqual(40);
        expect(knownSpdxIds().length).toBeLessThanOrEqual(60);
        expect(new Set(knownSpdxIds().map((id) => id.toLowerCase())).size).toBe(knownSpdxIds().length);
    });
});

describe('the policy draft', () => {
    it('starts from the process defaults before any policy exists', () => {
        const draft = draftFromPolicy(INITIAL_POLICY);
        expect(draft.roles).toEqual({'core-committer': [], qa: [], pm: [], integrations: []});
        expect(draft.licences).toEqual(DEFAULT_LICENCES);
        expect(draft.environments).toEqual({
            'ci-extensions': 'https://ci-extensions.azure.k8s.mattermost.com/',
            'ci-extensions-release': 'https://ci-extensions-release.azure.k8s.mattermost.com/',
            community: 'https://community.mattermost.com/',
        });
    });

    it('starts from the policy in force once there is one', () => {
        const draft = draftFromPolicy(configured);
        expect(draft.roles.qa).toEqual([BOB]);
        expect(draft.licences).toEqual(['MIT']);
        expect(draft.environments.community).toBe('https://community.example.com/');
        expect(sameDraft(draft, draftFromPolicy(configured))).toBe(true);
        expect(sameDraft(draft, {...draft, licences: ['MIT', 'ISC']})).toBe(false);
        expect(sameDraft(draft, {...draft, roles: {...draft.roles, pm: [ALICE]}})).toBe(false);
        expect(sameDraft(draft, {...draft, environments: {...draft.environments, community: 'https://x.example/'}})).toBe(false);
    });

    it('accepts only http(s) environment URLs and at least one licence', () => {
        const draft = draftFromPolicy(configured);
        expect(hasProblems(draftProblems(draft))).toBe(false);
        const bad = {...draft, licences: [], environments: {...draft.environments, 'ci-extensions': 'javascript:alert(1)', community: 'ftp://files.example.com/'}};
        expect(draftProblems(bad)).toEqual({environments: ['ci-extensions', 'community'], noLicences: true, githubEnterpriseUrl: false, maxMentions: false, integrationsChannel: false});
        expect(hasProblems(draftProblems(bad))).toBe(true);
        expect(draftProblems({...draft, environments: {...draft.environments, community: 'community.example.com'}}).environments).toEqual(['community']);
        // The GitHub Enterprise address is optional, and only an http(s) URL when given.
        expect(draftProblems({...draft, githubEnterpriseUrl: '  '}).githubEnterpriseUrl).toBe(false);
        expect(draftProblems({...draft, githubEnterpriseUrl: 'github.example.com'}).githubEnterpriseUrl).toBe(true);
        expect(hasProblems(draftProblems({...draft, githubEnterpriseUrl: 'javascript:alert(1)'}))).toBe(true);
        expect(sameDraft(draft, {...draft, githubEnterpriseUrl: 'https://github.example.com'})).toBe(false);
    });

    it('becomes exactly one policy.set event, with URLs trimmed', () => {
        const draft = draftFromPolicy(configured);
        const event = policyEventDraft({...draft, environments: {...draft.environments, community: '  https://c.example.com/  '}});
        expect(event).toEqual({
            type: 'policy.set',
            roles: {'core-committer': [ALICE], qa: [BOB], pm: [], integrations: [ALICE, BOB]},
            licences: ['MIT'],
            environments: {'ci-extensions': 'https://ci.example.com/', 'ci-extensions-release': 'https://rel.example.com/', community: 'https://c.example.com/'},
            notifications: {mentions: true, maxMentions: 10},
            integrationsChannel: 'integrations',
        });
    });

    it('carries the GitHub Enterprise address only when one is given, trimmed, and reads it back', () => {
        const draft = {...draftFromPolicy(configured), githubEnterpriseUrl: ' https://github.example.com '};
        const event = policyEventDraft(draft);
        expect(event).toMatchObject({githubEnterpriseUrl: 'https://github.example.com'});
        expect(policyEventDraft(draftFromPolicy(configured))).not.toHaveProperty('githubEnterpriseUrl');
        expect(draftFromPolicy({...configured, githubEnterpriseUrl: 'https://github.example.com'}).githubEnterpriseUrl).toBe('https://github.example.com');
    });
});

describe('the notification settings and the integrations channel in a draft', () => {
    it('start from the policy in force, are always written, and are checked', () => {
        const draft = draftFromPolicy({...configured, notifications: {mentions: false, maxMentions: 4}, integrationsChannel: 'plugin-requests'});
        expect(draft).toMatchObject({mentions: false, maxMentions: '4', integrationsChannel: 'plugin-requests'});
        expect(policyEventDraft(draft)).toMatchObject({notifications: {mentions: false, maxMentions: 4}, integrationsChannel: 'plugin-requests'});
        expect(draftProblems({...draft, maxMentions: '0'}).maxMentions).toBe(true);
        expect(draftProblems({...draft, maxMentions: '51'}).maxMentions).toBe(true);
        expect(draftProblems({...draft, maxMentions: '2.5'}).maxMentions).toBe(true);
        expect(draftProblems({...draft, integrationsChannel: 'Integrations and Apps'}).integrationsChannel).toBe(true);
        expect(hasProblems(draftProblems(draft))).toBe(false);
        expect(sameDraft(draft, {...draft, mentions: true})).toBe(false);
    });
});

describe('the difference between two policies', () => {
    it('names every roster, licence and URL change', () => {
        const before = draftFromPolicy(configured);
        const after = {
            ...before,
            roles: {...before.roles, qa: [ALICE], pm: [BOB]},
            licences: ['MIT', 'ISC'],
            environments: {...before.environments, community: 'https://new.example.com/'},
            githubEnterpriseUrl: 'https://github.example.com',
        };
        expect(diffPolicies(before, after)).toEqual([
            {kind: 'role-added', role: 'qa', userId: ALICE},
            {kind: 'role-removed', role: 'qa', userId: BOB},
            {kind: 'role-added', role: 'pm', userId: BOB},
            {kind: 'licence-added', licence: 'ISC'},
            {kind: 'environment-changed', stage: 'community', from: 'https://community.example.com/', to: 'https://new.example.com/'},
            {kind: 'github-changed', from: '', to: 'https://github.example.com'},
        ]);
        expect(diffPolicies(after, before)).toContainEqual({kind: 'licence-removed', licence: 'ISC'});
        expect(diffPolicies(before, before)).toEqual([]);
    });
});

describe('the policy records of the history', () => {
    const entry = (n: number, rejection: HistoryEntry['rejection'], policy: PolicyState | null): PolicyHistoryEntry => ({
        postId: `p${n}`, eventId: `event-000${n}`, type: 'policy.set', pluginId: null, by: ALICE, at: n, summary: 'set the onboarding policy', rejection, policy,
    });

    it('carries the content of every honoured policy, not of rejected ones', () => {
        const older = {...configured, licences: ['ISC'], stamp: {by: ALICE, at: 1, eventId: 'event-0001'}};
        const current = {...configured, stamp: {by: ALICE, at: 3, eventId: 'event-0003'}};
        const state: TrackerState = {
            ...EMPTY_STATE,
            policy: current,
            policyHistory: [entry(1, null, older), entry(2, {code: 'not-permitted', message: 'no'}, null), entry(3, null, current)],
        };
        const records = policyRecords(state);
        expect(records.map((record) => record.postId)).toEqual(['p1', 'p2', 'p3']);
        expect(records[0]?.policy).toEqual(draftFromPolicy(older));
        expect(records[1]?.policy).toBeNull();
        expect(records[1]?.rejection?.message).toBe('no');
        expect(records[2]?.policy).toEqual(draftFromPolicy(current));
    });
});

describe('the teams the admin can pick', () => {
    const team = (id: string, name: string, deleteAt = 0): Team => ({id, name: name.toLowerCase(), display_name: name, delete_at: deleteAt} as Team); // fixture: the fields read
    const member = (teamId: string): TeamMembership => ({team_id: teamId} as TeamMembership);
    const teams = {t1: team('t1', 'Staff'), t2: team('t2', 'Contributors'), t3: team('t3', 'Other'), t4: team('t4', 'Gone', 5)};

    it('are the teams the admin is a member of, live ones only, by name', () => {
        expect(teamChoices(teams, {t1: member('t1'), t2: member('t2'), t4: member('t4')})).toEqual([{id: 't2', name: 'Contributors'}, {id: 't1', name: 'Staff'}]);
    });

    it('are the loaded teams when no memberships were loaded', () => {
        expect(teamChoices(teams, {}).map((choice) => choice.id)).toEqual(['t2', 't3', 't1']);
    });
});
