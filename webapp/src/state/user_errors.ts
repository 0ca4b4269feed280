// Storage failures as sentences a person can act on: which sentence of i18n/storage_error_words.ts
// an error calls for (who can fix a missing permission, how to recreate the tracker), and whether
// the change was kept.
import {storageErrorWords as w} from '../i18n/storage_error_words';
import {TRACKER_CHANNEL_NAME, isStorageError, type StorageError, type StorageOperation} from '../storage/port';

import type {UserError} from './types';

const CHANNEL = `~${TRACKER_CHANNEL_NAME}`;

function kept(operation: StorageOperation): string {
    return operation === 'append' ? w.keptUnsent : '';
}

function forbidden(operation: StorageOperation): string {
    switch (operation) {
    case 'create':
        return w.forbiddenCreate(CHANNEL);
    case 'join':
        return w.forbiddenJoin(CHANNEL);
    case 'append':
        return w.forbiddenAppend(CHANNEL);
    case 'members':
        return w.forbiddenMembers(CHANNEL);
    case 'users':
        return w.forbiddenUsers;
    default:
        return w.forbiddenRead(CHANNEL);
    }
}

function tooLarge(error: StorageError): string {
    if (error.status === 413) {
        return w.tooLargeRequest;
    }
    if (/props/.test(error.serverId)) {
        return w.tooLargeProps;
    }
    return w.tooLongMessage;
}

function invalid(error: StorageError): string {
    if (/can_not_post_to_deleted|deleted/.test(error.serverId)) {
        return w.archived;
    }
    if (/root_id/.test(error.serverId)) {
        return w.cardPostGone;
    }
    return w.notAccepted(error.serverId || `HTTP ${error.status}`);
}

function sentence(error: StorageError): string {
    switch (error.kind) {
    case 'unauthorized':
        return error.operation === 'append' ? w.sessionExpiredAppend : w.sessionExpired;
    case 'forbidden':
        return forbidden(error.operation);
    case 'not-found':
        return w.channelDeleted(CHANNEL);
    case 'too-large':
        return tooLarge(error);
    case 'rate-limited':
        return w.rateLimited(error.retryAfterMs === null ? w.aMoment : w.seconds(Math.max(1, Math.ceil(error.retryAfterMs / 1000))));
    case 'server':
        return w.serverFailed(error.status ? w.httpStatus(error.status) : '');
    case 'network':
        return w.unreachable;
    case 'invalid':
        return invalid(error);
    }
}

export function toUserError(error: unknown, operation: StorageOperation): UserError {
    if (!isStorageError(error)) {
        const detail = error instanceof Error ? error.message : String(error);
        return {message: `${w.somethingWentWrong(detail)}${kept(operation)}`, retryable: true};
    }
    const text = sentence(error);
    // A 401 on append records nothing, and its sentence already says so.
    const tail = error.kind === 'unauthorized' ? '' : kept(error.operation);
    return {message: text + tail, retryable: error.transient};
}
