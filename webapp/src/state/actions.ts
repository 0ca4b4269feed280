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

export type PluginOnboardAction = TrackerViewSet | PluginSelected;

export function pluginSelected(pluginId: string | null): PluginSelected {
    return {type: PLUGIN_SELECTED, pluginId};
}

export function trackerViewSet(teamId: string, view: TrackerView): TrackerViewSet {
    return {type: TRACKER_VIEW_SET, teamId, view};
}
