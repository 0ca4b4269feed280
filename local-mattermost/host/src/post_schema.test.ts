import {parsePostJson} from './post_schema';

describe('parsePostJson', () => {
    test('fills the fields the server omits', () => {
        const post = parsePostJson(JSON.stringify({id: 'p1', create_at: 5, user_id: 'u1', channel_id: 'c1', message: 'hi'}));
        expect(post).toMatchObject({id: 'p1', channel_id: 'c1', message: 'hi', root_id: '', type: '', props: {}, metadata: {}, delete_at: 0});
    });

    test('keeps custom props and type', () => {
        const post = parsePostJson(JSON.stringify({id: 'p1', create_at: 5, user_id: 'u1', channel_id: 'c1', type: 'custom_x', props: {a: 1}}));
        expect(post?.type).toBe('custom_x');
        expect(post?.props).toEqual({a: 1});
    });

    test('rejects what is not a post', () => {
        expect(parsePostJson('{"id":"p1"}')).toBeNull();
        expect(parsePostJson('not json')).toBeNull();
        expect(parsePostJson({id: 'p1'})).toBeNull();
    });
});
