// Keeps the plugin's slice told how many moves wait on the current user in each team whose tracker
// this page has read (the count main.js shows beside the panel's title and on the channel-header
// button). It counts what was read for other reasons and never reads anything itself.
import type {GlobalState} from '@mattermost/types/store';

import {movesFor} from '../domain/queries';
import {getCurrentUserId, isCurrentUserSystemAdmin} from '../host/host_state';
import type {HostStore} from '../host/registry';
import {waitingCountSet} from '../state/actions';
import {selectPluginState} from '../state/selectors';
import type {TrackerView} from '../state/types';

export function watchWaitingCount(store: HostStore<GlobalState>): () => void {
    let seen: Readonly<Record<string, TrackerView>> | null = null;
    let seenUser = '';
    let seenAdmin = false;
    const update = () => {
        const global = store.getState();
        const slice = selectPluginState(global);
        const userId = getCurrentUserId(global);
        const isAdmin = isCurrentUserSystemAdmin(global);
        if (slice.trackers === seen && userId === seenUser && isAdmin === seenAdmin) {
            return;
        }
        const sameUser = userId === seenUser && isAdmin === seenAdmin;
        const previous = seen;
        seen = slice.trackers;
        seenUser = userId;
        seenAdmin = isAdmin;
        for (const [teamId, view] of Object.entries(slice.trackers)) {
            const before = previous?.[teamId];
            // A view can turn ready holding the state it was loading with: only a ready one counted before can be skipped.
            if (view.status !== 'ready' || (sameUser && before?.status === 'ready' && before.state === view.state)) {
                continue;
            }
            const count = movesFor(view.state, userId, isAdmin).length;
            if (slice.waiting[teamId] !== count) {
                store.dispatch(waitingCountSet(teamId, count));
            }
        }
    };
    update();
    return store.subscribe(update);
}
