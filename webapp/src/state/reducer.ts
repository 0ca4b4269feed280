// Registered with registry.registerReducer; ships in main.js, so it imports types only and stays tiny.
import {PLUGIN_SELECTED, TRACKER_VIEW_SET, WAITING_COUNT_SET, type PluginOnboardAction} from './actions';
import type {PluginOnboardState} from './types';

const INITIAL: PluginOnboardState = {trackers: {}, selectedPlugin: null, waiting: {}};

/** The host's store hands every reducer every action: ours are told apart by their type. */
function isOurs(action: {type?: unknown}): action is PluginOnboardAction {
    return action.type === TRACKER_VIEW_SET || action.type === PLUGIN_SELECTED || action.type === WAITING_COUNT_SET;
}

export function reducer(state: PluginOnboardState | undefined, action: {type: string}): PluginOnboardState {
    const current = state ?? INITIAL;
    if (!isOurs(action)) {
        return current;
    }
    switch (action.type) {
    case TRACKER_VIEW_SET:
        return current.trackers[action.teamId] === action.view ? current : {...current, trackers: {...current.trackers, [action.teamId]: action.view}};
    case PLUGIN_SELECTED:
        return current.selectedPlugin === action.pluginId ? current : {...current, selectedPlugin: action.pluginId};
    case WAITING_COUNT_SET:
        return current.waiting[action.teamId] === action.count ? current : {...current, waiting: {...current.waiting, [action.teamId]: action.count}};
    }
}
