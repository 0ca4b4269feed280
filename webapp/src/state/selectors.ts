// Reads of the plugin's slice. selectTracker returns one stable EMPTY_VIEW for teams not opened yet,
// so components using it with useSelector do not re-render on every store change.
import {EMPTY_STATE} from '../domain/fold';

import {PLUGIN_STATE_KEY, type PluginOnboardState, type TrackerView} from './types';

export const EMPTY_VIEW: TrackerView = {status: 'idle', channelId: null, place: null, state: EMPTY_STATE, error: null, pending: [], users: {}};

const EMPTY_PLUGIN_STATE: PluginOnboardState = {trackers: {}, selectedPlugin: null, waiting: {}};

function isPluginState(value: unknown): value is PluginOnboardState {
    return typeof value === 'object' && value !== null && 'trackers' in value;
}

/** The slice registered by registry.registerReducer; typed loosely on input because the host's GlobalState does not know it. */
export function selectPluginState(globalState: object): PluginOnboardState {
    const slice: unknown = (globalState as Record<string, unknown>)[PLUGIN_STATE_KEY];
    return isPluginState(slice) ? slice : EMPTY_PLUGIN_STATE;
}

export function selectTracker(globalState: object, teamId: string): TrackerView {
    return selectPluginState(globalState).trackers[teamId] ?? EMPTY_VIEW;
}

/** Which plugin the panel shows (null: the list). */
export function selectSelectedPlugin(globalState: object): string | null {
    return selectPluginState(globalState).selectedPlugin ?? null;
}
