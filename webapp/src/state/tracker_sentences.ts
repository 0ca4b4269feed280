// What the session tells a person when the tracker channel is not where or what it should be: the
// sentences live in i18n/tracker_channel_words.ts; this picks one and makes it a refusal.
import {trackerChannelWords as words} from '../i18n/tracker_channel_words';
import {TRACKER_CHANNEL_NAME} from '../storage/port';

import type {TrackerRefusal, UserError} from './types';

function day(at: number): string {
    const date = new Date(at);
    return Number.isNaN(date.getTime()) ? words.unknownDay : date.toISOString().slice(0, 10);
}

function refusal(message: string): UserError {
    return {message, retryable: false};
}

/** An ordinary user's write (or setup) when no tracker is found: nothing is created for them. */
export function noTrackerFound(): UserError {
    return refusal(words.noTrackerFound);
}

export function renamedNotice(name: string, displayName: string): string {
    return words.renamed(name, displayName, TRACKER_CHANNEL_NAME);
}

export function archivedNotice(at: number): string {
    return words.archived(day(at));
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
        words.renamedAndArchivedForAdmin(name, displayName, day(archivedAt), TRACKER_CHANNEL_NAME) :
        words.renamedForAdmin(name, displayName, TRACKER_CHANNEL_NAME));
}

/** Setup found the tracker archived: it keeps its name, so a new one cannot take it until it is renamed. */
export function archivedTrackerFound(at: number, isSystemAdmin: boolean): UserError {
    return refusal(isSystemAdmin ? `${archivedNotice(at)}${words.archivedKeepsName}` : archivedNotice(at));
}

/** A channel holds the tracker's name but is not one: what it is, and what a system admin should do. */
export function unusableChannel(reason: TrackerRefusal): UserError {
    const what = reason === 'private' ? words.privateChannel(TRACKER_CHANNEL_NAME) : words.notAdminCreated(TRACKER_CHANNEL_NAME);
    return refusal(`${what}${words.renameThenSetup}`);
}
