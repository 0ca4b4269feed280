import fc from 'fast-check';

import {draftIssue, draftIssues} from './draft_issues';
import {LIMITS, type EventDraft} from './events';

const USER = 'a'.repeat(26);
const EMOJI = '\u{1F600}';
const register = (over: Partial<Extract<EventDraft, {type: 'plugin.registered'}>>): EventDraft => ({
    type: 'plugin.registered', plugin: 'github', name: 'GitHub', repoUrl: 'https://example.com', owners: [], thirdPartyService: false, mattermostOwned: false, ...over,
});

describe('draftIssues: the event schema judges a draft and says which field it objects to', () => {
    it('accepts a valid draft', () => {
        expect(draftIssues(register({}))).toEqual([]);
        expect(draftIssue({type: 'signoff.given', plugin: 'github', item: 'qa-pass', slot: 'signoff'})).toBeNull();
    });

    it.each<[string, EventDraft, {field: string; problem: string; limit: number | null}]>([
        ['url', register({repoUrl: `https://example.com/${'x'.repeat(LIMITS.url)}`}), {field: 'repoUrl', problem: 'too-long', limit: LIMITS.url}],
        ['name', register({name: 'n'.repeat(LIMITS.name + 1)}), {field: 'name', problem: 'too-long', limit: LIMITS.name}],
        ['owners', register({owners: Array.from({length: LIMITS.owners + 1}, () => USER)}), {field: 'owners', problem: 'too-many', limit: LIMITS.owners}],
        ['note', {type: 'stage.deployed', plugin: 'github', stage: 'community', note: 'n'.repeat(LIMITS.note + 1)}, {field: 'note', problem: 'too-long', limit: LIMITS.note}],
        ['reason', {type: 'waived', plugin: 'github', item: 'qa-pass', reason: 'r'.repeat(LIMITS.reason + 1)}, {field: 'reason', problem: 'too-long', limit: LIMITS.reason}],
        ['evidence', {type: 'evidence.set', plugin: 'github', item: 'licence', field: 'spdx', value: 'e'.repeat(LIMITS.evidence + 1)}, {field: 'value', problem: 'too-long', limit: LIMITS.evidence}],
        ['roster', {type: 'integrity.accepted', posts: Array.from({length: LIMITS.roster + 1}, () => USER), reason: 'gone'}, {field: 'posts', problem: 'too-many', limit: LIMITS.roster}],
        ['empty reason', {type: 'waived', plugin: 'github', item: 'qa-pass', reason: ''}, {field: 'reason', problem: 'empty', limit: null}],
        ['invisible name', register({name: 'Git\u202eHub'}), {field: 'name', problem: 'invalid', limit: null}],
    ])('%s', (_what, draft, expected) => {
        expect(draftIssue(draft)).toMatchObject(expected);
    });

    it('counts code points, as the schema does: 2000 emoji are a 2000-character note', () => {
        expect(draftIssue({type: 'signoff.given', plugin: 'github', item: 'qa-pass', slot: 'signoff', note: EMOJI.repeat(LIMITS.note)})).toBeNull();
        expect(draftIssue({type: 'signoff.given', plugin: 'github', item: 'qa-pass', slot: 'signoff', note: EMOJI.repeat(LIMITS.note + 1)})).toMatchObject({field: 'note', problem: 'too-long'});
    });

    it('names each field once, in the schema\'s order', () => {
        const issues = draftIssues(register({plugin: 'x', name: 'n'.repeat(LIMITS.name + 1), repoUrl: 'javascript:alert(1)'}));
        expect(issues.map((issue) => issue.field)).toEqual(['plugin', 'name', 'repoUrl']);
    });

    it('never throws, whatever the draft holds', () => {
        fc.assert(fc.property(fc.string(), fc.string({unit: 'grapheme'}), fc.array(fc.string(), {maxLength: 30}), (plugin, note, owners) => {
            const issues = [
                ...draftIssues({type: 'signoff.given', plugin, item: 'qa-pass', slot: 'signoff', note}),
                ...draftIssues(register({plugin, name: note, owners})),
            ];
            return issues.every((issue) => typeof issue.field === 'string' && issue.detail !== '');
        }));
    });
});
