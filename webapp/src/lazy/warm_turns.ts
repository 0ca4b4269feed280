// Whose move and since when (domain/turns.ts) is read by replaying the log, once per page load and
// then only what is new. The panel's list asks it for every row on its first render; rather than
// pay the replay then, it is done in idle time once a team's tracker turns ready, so opening the
// panel finds it made. Nothing is read for it: it folds what the page already holds.
import type {GlobalState} from '@mattermost/types/store';

import {handsOf} from '../domain/turns';
import type {TrackerState} from '../domain/tracker_state';
import type {HostStore} from '../host/registry';
import {selectPluginState} from '../state/selectors';

type Idle = (run: () => void) => void;

/** requestIdleCallback where the browser has it (a timeout keeps it from waiting forever), else a timer. */
function browserIdle(run: () => void): void {
    if (typeof window.requestIdleCallback === 'function') {
        window.requestIdleCallback(run, {timeout: 2000});
    } else {
        setTimeout(run, 0);
    }
}

export function warmTurns(store: HostStore<GlobalState>, idle: Idle = browserIdle): () => void {
    const warmed = new WeakSet<TrackerState>();
    const queued = new WeakSet<TrackerState>();
    const update = () => {
        for (const view of Object.values(selectPluginState(store.getState()).trackers)) {
            const state = view.state;
            if (view.status !== 'ready' || warmed.has(state) || queued.has(state)) {
                continue;
            }
            queued.add(state);
            idle(() => {
                handsOf(state);
                warmed.add(state);
            });
        }
    };
    update();
    return store.subscribe(update);
}
