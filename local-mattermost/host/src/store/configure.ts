// The store is mattermost-redux's own configureStore (entities reducers, thunk, reducer registry), so
// registry.registerReducer lands at state['plugins-<id>'] exactly as in the webapp.
import configureStore from 'mattermost-redux/store';
import reducerRegistry from 'mattermost-redux/store/reducer_registry';
import type {Reducer, Store, UnknownAction} from 'redux';

import type {GlobalState} from '@mattermost/types/store';

import {pluginsReducer, viewsReducer} from './host_reducers';
import type {PluginsState, RhsState} from './plugin_types';

export type HostState = GlobalState & {
    views: {rhs: RhsState};
    plugins: PluginsState;
};

// Thunks are supported by mattermost-redux's middleware; this is the dispatch the host uses.
export type HostDispatch = <R>(action: UnknownAction | ((dispatch: HostDispatch, getState: () => HostState) => R)) => R;

export type HostStore = Store<HostState> & {dispatch: HostDispatch};

export function createHostStore(): HostStore {
    const appReducers: Record<string, Reducer> = {plugins: pluginsReducer, views: viewsReducer};
    const store: unknown = configureStore({appReducers, getAppReducers: () => appReducers, preloadedState: {}});
    return store as HostStore;
}

export function registerPluginReducer(pluginId: string, reducer: Reducer): void {
    reducerRegistry.register('plugins-' + pluginId, reducer);
}
