// Whether a change is already in effect, so sending it again writes nothing. This is what makes a
// re-sent command safe after a failure whose post actually landed: once the session has read that
// post back, it no longer holds the failed event to retry, and a new event (new id) would record
// the change a second time. A change that is already in effect is answered without writing.
import type {EventDraft, TrackerState} from '../domain';

export interface AlreadyDone {
    readonly by: string;
    readonly at: number;
}

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
