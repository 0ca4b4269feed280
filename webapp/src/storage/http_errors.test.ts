import {errorFromResponse, kindOfStatus, retryAfterMs} from './http_errors';

const headers = (values: Record<string, string>) => ({get: (name: string) => values[name] ?? null});

describe('HTTP failures as StorageError', () => {
    it('reads Retry-After as seconds or as a date, else Mattermost\'s X-Ratelimit-Reset', () => {
        expect(retryAfterMs(headers({'Retry-After': '3'}))).toBe(3000);
        expect(retryAfterMs(headers({'Retry-After': new Date(10_000).toUTCString()}), 4_000)).toBe(6000);
        expect(retryAfterMs(headers({'X-Ratelimit-Reset': '2'}))).toBe(2000);
        expect(retryAfterMs(headers({}))).toBeNull();
    });

    it('tells size limits apart from other 400s', () => {
        expect(kindOfStatus(400, 'model.post.is_valid.message_length.app_error')).toBe('too-large');
        expect(kindOfStatus(400, 'model.post.is_valid.props.app_error')).toBe('too-large');
        expect(kindOfStatus(400, 'api.post.create_post.root_id.app_error')).toBe('invalid');
        expect(kindOfStatus(413, '')).toBe('too-large');
    });

    it('keeps the server id and the wait of a 429', () => {
        const error = errorFromResponse('append', 429, headers({'Retry-After': '5'}), 'limit exceeded');
        expect(error).toMatchObject({kind: 'rate-limited', status: 429, retryAfterMs: 5000, operation: 'append'});
        expect(error.transient).toBe(true);
        const denied = errorFromResponse('create', 403, headers({}), {id: 'api.context.permissions.app_error', message: 'no'});
        expect(denied).toMatchObject({kind: 'forbidden', serverId: 'api.context.permissions.app_error'});
        expect(denied.transient).toBe(false);
    });
});
