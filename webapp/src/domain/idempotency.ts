// Never recording a change twice: the one home of the rule, which the command and the panel both
// ask before writing. The layers it rests on, from the bottom:
// - the fold drops an event whose id it has already applied (fold.ts; property-tested: duplicates
//   change nothing), so a post that lands twice counts once;
// - a failed event is re-sent with its own id and pending_post_id (storage/port.ts pendingPostId),
//   so the server returns the first post instead of creating a second, and the fold drops a copy;
// - and, here, what a client decides before writing a new event: a new draft gets a new id, which
//   would escape both, so a draft that matches an unsent event re-sends that event, and a change
//   already in effect (say, a failed append whose post did land and was read back) writes nothing.
import type {EventDraft, OnboardEvent} from './events';
import {canonicalJson} from './seal';
import type {TrackerState} from './tracker_state';

/** Same event content, ignoring the id, version and `seen` a draft does not have yet. */
export function sameContent(event: OnboardEvent, draft: EventDraft): boolean {
    const content: Partial<OnboardEvent> = {...event};
    delete content.id;
    delete content.v;
    delete content.seen;
    return canonicalJson(content) === canonicalJson(draft);
}

export interface AlreadyDone {
    readonly by: string;
    readonly at: number;
}

/** Whether the change is already in effect, so sending it again would write nothing new: who made it and when. */
export function alreadyInEffect(state: TrackerState, draft: EventDraft, userId: string): AlreadyDone | null {
    if (!('plugin' in draft)) {
        return null;
    }
    const plugin = state.plugins[draft.plugin];
    if (plugin === undefined) {
        return null;
    }
    switch (draft.type) {
    case 'plugin.registered':
        return plugin.registered.by === userId && plugin.repoUrl === draft.repoUrl && plugin.name === draft.name ? plugin.registered : null;
    case 'substep.checked': {
        const substep = plugin.items[draft.item].substeps.find((entry) => entry.key === draft.substep);
        return substep?.status === 'checked' && substep.stamp !== null ? substep.stamp : null;
    }
    case 'evidence.set': {
        const evidence = plugin.items[draft.item].evidence[draft.field];
        return evidence !== undefined && evidence.value === draft.value ? evidence : null;
    }
    case 'signoff.given': {
        const signOff = plugin.items[draft.item].signOffs[draft.slot];
        return signOff !== undefined && signOff.by === userId ? signOff : null;
    }
    case 'release.set':
        return plugin.release !== null && plugin.release.version === draft.version && plugin.release.url === draft.url ? plugin.release : null;
    case 'waived': {
        const item = plugin.items[draft.item];
        if (draft.substep === undefined) {
            return item.waiver;
        }
        const substep = item.substeps.find((entry) => entry.key === draft.substep);
        return substep?.status === 'not-applicable' && substep.stamp !== null ? substep.stamp : null;
    }
    default:
        // Unchecking, withdrawing and deploying are refused by the rules when there is nothing to undo or the stage is done.
        return null;
    }
}

/** An event this client has not yet seen land: being sent, or failed and kept for a retry. */
export interface UnsentEvent {
    readonly event: OnboardEvent;
    readonly status: 'sending' | 'failed';
}

export type WriteDecision =
    /** In effect already: write nothing, and say who made the change and when. */
    | {readonly kind: 'already'; readonly done: AlreadyDone}
    /** The same change is on its way: sending it again could record it twice. */
    | {readonly kind: 'in-flight'}
    /** The same change failed earlier: re-send that event, with its id, rather than a new one. */
    | {readonly kind: 'retry'; readonly eventId: string}
    | {readonly kind: 'write'};

export function decideWrite(state: TrackerState, unsent: readonly UnsentEvent[], draft: EventDraft, userId: string): WriteDecision {
    const done = alreadyInEffect(state, draft, userId);
    if (done !== null) {
        return {kind: 'already', done};
    }
    const earlier = unsent.find((pending) => sameContent(pending.event, draft));
    if (earlier === undefined) {
        return {kind: 'write'};
    }
    return earlier.status === 'sending' ? {kind: 'in-flight'} : {kind: 'retry', eventId: earlier.event.id};
}
