// Storage failures as sentences a person can act on: what happened, whether their change was kept,
// and what to do next (who can fix a missing permission, how to recreate the tracker).
import {TRACKER_CHANNEL_NAME, isStorageError, type StorageError, type StorageOperation} from '../storage/port';

import type {UserError} from './types';

const CHANNEL = `~${TRACKER_CHANNEL_NAME}`;
const SETUP = '`/plugin-onboard setup` (or Set up in the Plugin Onboarding panel)';

function kept(operation: StorageOperation): string {
    return operation === 'append' ? ' Your change is kept unsent: retry or discard it.' : '';
}

function forbidden(operation: StorageOperation): string {
    switch (operation) {
    case 'create':
        return `You may not create public channels in this team (the create_public_channel permission is missing), so the tracker channel ${CHANNEL} ` +
            `could not be created. Only a system admin sets the tracker up, with ${SETUP}.`;
    case 'join':
        return `You may not join ${CHANNEL} (the join_public_channels permission is missing). Ask a team admin to add you to the channel.`;
    case 'append':
        return `You may not post in ${CHANNEL} (the create_post permission is missing, or you were removed from the channel). ` +
            'Ask a team admin to add you to the channel.';
    case 'members':
        return `You may not add people to ${CHANNEL} (the manage_public_channel_members permission is missing: only its members and system admins have it).`;
    case 'users':
        return 'You may not look up users in this team (the view_members permission is missing). Ask a team admin.';
    default:
        return `You may not read ${CHANNEL} (the read_channel permission is missing). Ask a team admin to add you to the channel.`;
    }
}

function tooLarge(error: StorageError): string {
    if (error.status === 413) {
        return 'This change is larger than the server accepts in one request (its maximum request size, ServiceSettings.MaximumPayloadSizeBytes). ' +
            'Shorten the note or evidence and try again.';
    }
    if (/props/.test(error.serverId)) {
        return 'This change is too large to record: a post\'s data may hold at most 800000 characters. Shorten the note or evidence and try again.';
    }
    return 'This change is too long to record: a post\'s message may hold at most 16383 characters. Shorten the note or evidence and try again.';
}

function invalid(error: StorageError): string {
    if (/can_not_post_to_deleted|deleted/.test(error.serverId)) {
        return 'The tracker channel is archived. Nothing can be recorded until a system admin unarchives it (channel menu › Unarchive channel).';
    }
    if (/root_id/.test(error.serverId)) {
        return 'This plugin\'s card post (the root of its thread) is gone from the tracker channel, so nothing more can be recorded in its thread.';
    }
    // The server's error id helps whoever reads the server logs, not the person here: it goes last.
    return `The server did not accept this. If it keeps happening, give a system admin this code: ${error.serverId || `HTTP ${error.status}`}.`;
}

function sentence(error: StorageError): string {
    switch (error.kind) {
    case 'unauthorized':
        return error.operation === 'append' ?
            'Your session has expired. Log in again; nothing was recorded.' :
            'Your session has expired. Log in again to see the tracker.';
    case 'forbidden':
        return forbidden(error.operation);
    case 'not-found':
        return `The tracker channel ${CHANNEL} no longer exists (it was deleted). A system admin can run ${SETUP} to create a new one.`;
    case 'too-large':
        return tooLarge(error);
    case 'rate-limited': {
        const wait = error.retryAfterMs === null ? 'a moment' : `${Math.max(1, Math.ceil(error.retryAfterMs / 1000))} s`;
        return `The server is limiting requests right now (HTTP 429). Try again in ${wait}.`;
    }
    case 'server':
        return `The server could not do this right now${error.status ? ` (HTTP ${error.status})` : ''}. Try again in a moment.`;
    case 'network':
        return 'The server could not be reached (offline, or no answer in time). Try again when the connection is back.';
    case 'invalid':
        return invalid(error);
    }
}

export function toUserError(error: unknown, operation: StorageOperation): UserError {
    if (!isStorageError(error)) {
        const detail = error instanceof Error ? error.message : String(error);
        return {message: `Something went wrong (${detail}).${kept(operation)}`, retryable: true};
    }
    const text = sentence(error);
    // A 401 on append records nothing, and its sentence already says so.
    const tail = error.kind === 'unauthorized' ? '' : kept(error.operation);
    return {message: text + tail, retryable: error.transient};
}
