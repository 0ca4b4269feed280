import {StorageError, type StorageErrorKind, type StorageOperation} from '../storage/port';

import {toUserError} from './user_errors';

function error(kind: StorageErrorKind, operation: StorageOperation, status: number, serverId = '', retryAfterMs: number | null = null): StorageError {
    return new StorageError({kind, operation, status, serverId, retryAfterMs, message: 'x'});
}

describe('storage failures as sentences', () => {
    it.each([
        [error('unauthorized', 'append', 401), 'Your session has expired. Log in again; nothing was recorded.', false],
        [error('forbidden', 'create', 403), 'create_public_channel', false],
        [error('forbidden', 'append', 403), 'create_post', false],
        [error('forbidden', 'join', 403), 'join_public_channels', false],
        [error('not-found', 'append', 404), '/plugin-onboard setup', false],
        [error('too-large', 'append', 400, 'model.post.is_valid.message_length.app_error'), '16383 characters', false],
        [error('too-large', 'append', 400, 'model.post.is_valid.props.app_error'), '800000 characters', false],
        [error('too-large', 'append', 413), 'MaximumPayloadSizeBytes', false],
        [error('rate-limited', 'append', 429, '', 4200), 'Try again in 5 s', true],
        [error('server', 'load', 502), 'HTTP 502', true],
        [error('network', 'append', 0), 'could not be reached', true],
        [error('invalid', 'append', 400, 'api.post.create_post.can_not_post_to_deleted.error'), 'archived', false],
    ])('%#: says what happened and what to do', (failure, text, retryable) => {
        const sentence = toUserError(failure, failure.operation);
        expect(sentence.message).toContain(text);
        expect(sentence.retryable).toBe(retryable);
    });

    it('tells the user an unsent change is kept, except when nothing could be recorded at all', () => {
        expect(toUserError(error('server', 'append', 500), 'append').message).toContain('kept unsent');
        expect(toUserError(error('server', 'load', 500), 'load').message).not.toContain('kept unsent');
        expect(toUserError(error('unauthorized', 'append', 401), 'append').message).not.toContain('kept unsent');
    });
});
