import {OnboardEvent} from './events';
import {escapeMarkdown, markdownUrl} from './markdown';
import {eventMessage, summarize} from './messages';
import {newEventId, withId} from './new_event';
import {Scenario, U} from './testing/scenario';

const names = (id: string) => ({[U.author]: 'alice', [U.qa1]: 'carol-qa', [U.coowner]: 'bob'}[id] ?? 'unknown');

const registered = withId({type: 'plugin.registered', plugin: 'github', name: 'GitHub', repoUrl: 'https://github.com/mattermost/mattermost-plugin-github', owners: [U.author, U.coowner], thirdPartyService: true, mattermostOwned: false}, 'evt000000001');

describe('eventMessage', () => {
    it('reads alone: who registered which plugin, for what, with the repo', () => {
        expect(eventMessage(registered, names, {authorId: U.author})).toBe(
            '@alice registered plugin **GitHub** (`github`) for the Community server process. Owners: @alice, @bob. It uses a third-party service. Repo: https://github.com/mattermost/mattermost-plugin-github');
    });

    it('names the owners without notifying them when the team turned mentions off', () => {
        expect(eventMessage(registered, names, {authorId: U.author, mentionOwners: false})).toContain('Owners: @\u200dalice, @\u200dbob.');
    });

    it('names the item and the plugin of a sign-off', () => {
        const event = withId({type: 'signoff.given', plugin: 'github', item: 'qa-pass', slot: 'signoff'}, 'evt000000002');
        expect(eventMessage(event, names, {authorId: U.qa1, pluginName: 'GitHub'})).toBe('@carol-qa signed off **QA pass** for **GitHub** (`github`).');
        expect(eventMessage(event, names)).toBe('Signed off **QA pass** for `github`.');
    });

    it('escapes Markdown in names and notes so they cannot become links, images, HTML or mentions', () => {
        const event = withId({type: 'signoff.given', plugin: 'github', item: 'complete-review', slot: 'security', note: '[click](javascript:alert(1)) <img src=x> @channel\n# heading'}, 'evt000000003');
        const message = eventMessage(event, names, {pluginName: '**Evil** ![x](https://e.com/x.png)'});
        expect(message).not.toMatch(/(?<!\\)\[click\]/);
        expect(message).not.toMatch(/(?<!\\)<img/);
        expect(message).not.toContain('@channel');
        expect(message).not.toMatch(/\n#/);
        expect(message).toContain('\\*\\*Evil\\*\\*');
        expect(message).toContain('(Security reviewer)');
    });

    it('prints only http(s) URLs as links', () => {
        expect(markdownUrl('javascript:alert(1)')).toBe('javascript\\:alert\\(1\\)');
        expect(markdownUrl('https://e.com/a_(b)*')).toBe('https://e.com/a%5F%28b%29%2A');
        const evidence = withId({type: 'evidence.set', plugin: 'github', item: 'qa-pass', field: 'qa-notes', value: 'see https://e.com [x](y)'}, 'evt000000004');
        expect(eventMessage(evidence, names)).toContain('\\[x\\]\\(y\\)');
    });

    it('has a message for every event type', () => {
        const drafts: OnboardEvent[] = [
            registered,
            withId({type: 'evidence.set', plugin: 'github', item: 'basic-review', field: 'introduction-post', value: 'https://e.com/p'}, 'e0000001'),
            withId({type: 'substep.checked', plugin: 'github', item: 'qa-pass', substep: 'setup-docs'}, 'e0000002'),
            withId({type: 'substep.unchecked', plugin: 'github', item: 'qa-pass', substep: 'setup-docs'}, 'e0000003'),
            withId({type: 'signoff.withdrawn', plugin: 'github', item: 'qa-pass', slot: 'signoff'}, 'e0000004'),
            withId({type: 'waived', plugin: 'github', item: 'qa-pass', reason: 'n/a'}, 'e0000005'),
            withId({type: 'release.set', plugin: 'github', version: 'v1.2.0', url: 'https://e.com/r'}, 'e0000006'),
            withId({type: 'stage.deployed', plugin: 'github', stage: 'community'}, 'e0000007'),
            withId({type: 'plugin.archived', plugin: 'github'}, 'e0000008'),
            withId({type: 'policy.set', roles: {'core-committer': [], qa: [U.qa1], pm: [], integrations: []}, licences: ['MIT'], environments: {'ci-extensions': 'https://a.com', 'ci-extensions-release': 'https://b.com', community: 'https://c.com'}}, 'e0000009'),
        ];
        const messages = drafts.map((event) => eventMessage(event, names, {authorId: U.author}));
        expect(messages.every((message) => message.startsWith('@alice '))).toBe(true);
        expect(new Set(messages).size).toBe(messages.length);
        expect(messages[6]).toBe('@alice set the release of `github` to **v1\\.2\\.0**: https://e.com/r');
        expect(messages[7]).toBe('@alice deployed `github` to **community\\.mattermost\\.com**.');
    });
});

describe('evidence read from GitHub', () => {
    const read = withId({type: 'evidence.set', plugin: 'github', item: 'licence', field: 'spdx', value: 'MIT', source: {kind: 'github', url: 'https://github.com/o/r', readAt: Date.UTC(2026, 11, 7, 12, 30)}}, 'e0000010');

    it('says where and when it was read, in the post and in the history line', () => {
        expect(eventMessage(read, names, {authorId: U.author})).toBe('@alice recorded *Licence \\(SPDX id\\)* for **Has a compatible licence** on `github`: MIT (read from https://github.com/o/r at 2026-12-07 12:30 UTC)');
        expect(summarize(read)).toBe('recorded Licence (SPDX id) for Has a compatible licence: MIT, read from GitHub');
    });

    it('is folded with its source; a source that is not an http(s) URL is refused by the schema', () => {
        const scenario = new Scenario();
        scenario.policy().register('github');
        scenario.post(U.author, {type: 'evidence.set', plugin: 'github', item: 'licence', field: 'spdx', value: 'MIT', source: {kind: 'github', url: 'https://github.com/o/r', readAt: 5}});
        expect(scenario.state().plugins['github']?.items.licence.evidence['spdx']).toMatchObject({value: 'MIT', source: {kind: 'github', url: 'https://github.com/o/r', readAt: 5}});
        expect(OnboardEvent.safeParse({...read, source: {kind: 'github', url: 'javascript:alert(1)', readAt: 5}}).success).toBe(false);
    });
});

describe('summarize', () => {
    it('is a short plain line', () => {
        expect(summarize(withId({type: 'signoff.given', plugin: 'github', item: 'qa-pass', slot: 'signoff'}, 'e1234567'))).toBe('signed off QA pass');
        expect(summarize(withId({type: 'release.set', plugin: 'github', version: 'v1.2.0', url: 'https://e.com/r'}, 'e1234567'))).toBe('set release v1.2.0');
        expect(summarize(registered)).toBe('registered github');
    });
});

describe('escapeMarkdown', () => {
    it('escapes every Markdown special and folds newlines', () => {
        expect(escapeMarkdown('a*b_c`d[e](f)<g>\nh')).toBe('a\\*b\\_c\\`d\\[e\\]\\(f\\)\\<g\\> h');
    });
});

describe('newEventId', () => {
    it('is 26 characters of [A-Za-z0-9_-], different each time, deterministic for a given random source', () => {
        expect(newEventId()).toMatch(/^[A-Za-z0-9_-]{26}$/);
        expect(newEventId()).not.toBe(newEventId());
        expect(newEventId(() => 0)).toBe('A'.repeat(26));
        expect(newEventId(() => 0.999999)).toBe('-'.repeat(26));
    });

    it('withId adds the version and id', () => {
        expect(withId({type: 'plugin.archived', plugin: 'github'}, 'abcdefgh')).toEqual({type: 'plugin.archived', plugin: 'github', v: 4, id: 'abcdefgh', seen: {log: null}});
    });
});
