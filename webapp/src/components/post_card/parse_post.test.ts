import {parsePost} from './parse_post';

const registration = {
    v: 2, id: 'evt_registration_0001', seen: {log: null}, type: 'plugin.registered', plugin: 'github', name: 'GitHub',
    repoUrl: 'https://github.com/mattermost/mattermost-plugin-github', owners: [], thirdPartyService: true, mattermostOwned: true,
};

describe('parsePost', () => {
    it('reads a well-formed event from the post props', () => {
        const parsed = parsePost({id: 'p1', message: 'registered', props: {onboard_event: registration}});
        expect(parsed.kind).toBe('event');
        expect(parsed.kind === 'event' && parsed.event.type).toBe('plugin.registered');
    });

    it.each([
        ['no props', {id: 'p1', message: 'hello'}],
        ['null props', {id: 'p1', message: 'hello', props: null}],
        ['a string event', {id: 'p1', message: 'hello', props: {onboard_event: 'plugin.registered'}}],
        ['a javascript: repo url', {id: 'p1', message: 'hello', props: {onboard_event: {...registration, repoUrl: 'javascript:alert(1)'}}}],
        ['an unknown type', {id: 'p1', message: 'hello', props: {onboard_event: {...registration, type: 'plugin.exploded'}}}],
    ])('treats %s as unreadable and keeps the message', (_name, post) => {
        expect(parsePost(post)).toEqual({kind: 'unreadable', postId: 'p1', message: 'hello'});
    });

    it('survives a value that is not a post at all', () => {
        expect(parsePost(42)).toEqual({kind: 'unreadable', postId: '', message: ''});
        expect(parsePost({message: 7})).toEqual({kind: 'unreadable', postId: '', message: ''});
    });
});
