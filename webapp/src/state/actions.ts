// Actions carry values the session already computed; nothing here runs logic. Type-only imports:
// this file ships in main.js.
import type {TrackerView} from './types';

export const TRACKER_VIEW_SET = 'plugin-onboard/tracker-view-set';

// A type alias, not an interface, so it is assignable to redux's UnknownAction.
export type TrackerViewSet = {
    readonly type: typeof TRACKER_VIEW_SET;
    readonly teamId: string;
    readonly view: TrackerView;
};

export const PLUGIN_SELECTED = 'plugin-onboard/plugin-selected';

/** The panel shows one plugin's page (its id) or the list (null): the panel, a channel card and `/plugin-onboard open` choose it. */
export type PluginSelected = {
    readonly type: typeof PLUGIN_SELECTED;
    readonly pluginId: string | null;
};


export function pluginSelected(pluginId: string | null): PluginSelected {
    return {type: PLUGIN_SELECTED, pluginId};
}
export const WAITING_COUNT_SET = 'plugin-onboard/waiting-count-set';

/** How many moves wait on the current user in a team's tracker, once it has been read in this page. */
export type WaitingCountSet = {
    readonly type: typeof WAITING_COUNT_SET;
    readonly teamId: string;
    readonly count: number;
};

export type PluginOnboardAction = TrackerViewSet | PluginSelected | WaitingCountSet;

export function trackerViewSet(teamId: string, view: TrackerView): TrackerViewSet {
    return {type: TRACKER_VIEW_SET, teamId, view};
}

export function waitingCountSet(teamId: string, count: number): WaitingCountSet {
    return {type: WAITING_COUNT_SET, teamId, count};
}
