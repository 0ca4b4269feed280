// What the session tells a person when the tracker channel is not where or what it should be: not
// found, renamed, archived, or a channel holding its name that cannot be trusted. The command shows
// these as they are; the panel has the same sentences in i18n/ (with a localised date).
import {TRACKER_CHANNEL_NAME} from '../storage/port';

import type {TrackerRefusal, UserError} from './types';

const SETUP = '/plugin-onboard setup';

function day(at: number): string {
    const date = new Date(at);
    return Number.isNaN(date.getTime()) ? 'an unknown date' : date.toISOString().slice(0, 10);
}

function refusal(message: string): UserError {
    return {message, retryable: false};
}

/** An ordinary user's write (or setup) when no tracker is found: nothing is created for them. */
export function noTrackerFound(): UserError {
    return refusal(`No tracker channel was found for this team. If one existed it may have been renamed or archived; ask a system admin to run ${SETUP}.`);
}

export function renamedNotice(name: string, displayName: string): string {
    return `The tracker channel was renamed to ~${name} (${displayName}). A system admin should rename it back to ${TRACKER_CHANNEL_NAME} so that new users find it.`;
}

export function archivedNotice(at: number): string {
    return `The tracker channel was archived on ${day(at)}. Nothing can be recorded until a system admin unarchives it (channel menu › Unarchive channel).`;
}

/** A write to an archived tracker, refused before anything is sent. */
export function archivedRefusal(at: number): UserError {
    return refusal(archivedNotice(at));
}

/** Setup found the tracker under another name (archived too, perhaps): say where instead of starting a second one. */
export function renamedTrackerFound(name: string, displayName: string, archivedAt: number, isSystemAdmin: boolean): UserError {
    if (!isSystemAdmin) {
        return refusal(archivedAt > 0 ? `${renamedNotice(name, displayName)} ${archivedNotice(archivedAt)}` : renamedNotice(name, displayName));
    }
    return refusal(archivedAt > 0 ?
        `The tracker is ~${name} (${displayName}), renamed and archived on ${day(archivedAt)}; unarchive it (channel menu › Unarchive channel) ` +
            `and rename it back to ${TRACKER_CHANNEL_NAME}, or run \`${SETUP} --new\` to start a new, empty one.` :
        `The tracker is ~${name} (${displayName}), renamed; rename it back to ${TRACKER_CHANNEL_NAME}, or run \`${SETUP} --new\` to start a new, empty one.`);
}

/** Setup found the tracker archived: it keeps its name, so a new one cannot take it until it is renamed. */
export function archivedTrackerFound(at: number, isSystemAdmin: boolean): UserError {
    return refusal(isSystemAdmin ?
        `${archivedNotice(at)} An archived channel keeps its name: to start a new, empty tracker instead, unarchive it, rename it, then run \`${SETUP} --new\`.` :
        archivedNotice(at));
}

/** A channel holds the tracker's name but is not one: what it is, and what a system admin should do. */
export function unusableChannel(reason: TrackerRefusal): UserError {
    const what = reason === 'private' ?
        `~${TRACKER_CHANNEL_NAME} is a private channel, so it cannot be the tracker (every team member must be able to read it).` :
        `~${TRACKER_CHANNEL_NAME} was not created by a system admin, so it is not trusted as the tracker.`;
    return refusal(`${what} A system admin should rename that channel (an archived channel keeps its name: unarchive it first), then run ${SETUP} again.`);
}
