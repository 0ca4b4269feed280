// Registered with registry.registerReducer; ships in main.js, so it imports types only and stays tiny.
import {TRACKER_VIEW_SET, type TrackerViewSet} from './actions';
import type {PluginOnboardState} from './types';

const INITIAL: PluginOnboardState = {trackers: {}};

function isTrackerViewSet(action: {type?: unknown}): action is TrackerViewSet {
    return action.type === TRACKER_VIEW_SET;
}

export function reducer(state: PluginOnboardState | undefined, action: {type: string}): PluginOnboardState {
    const current = state ?? INITIAL;
    if (!isTrackerViewSet(action) || current.trackers[action.teamId] === action.view) {
        return current;
    }
    return {...current, trackers: {...current.trackers, [action.teamId]: action.view}};
}
