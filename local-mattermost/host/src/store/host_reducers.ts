// The webapp-side reducers the host adds next to mattermost-redux's entities: the RHS view state
// and the registry of plugin components (state.plugins), keyed the way the webapp keys them.
import {combineReducers, type Reducer, type UnknownAction} from 'redux';

import {HostActionTypes, RHS_STATE_PLUGIN} from './action_types';
import type {AdminCustomSetting, PluginComponents, PluginsState, PostTypeComponent, RhsState, TranslationSource} from './plugin_types';

// Host actions carry functions and React nodes, which are created only by this host's registry,
// so their payloads are read through these helpers rather than parsed.
export type ComponentAction = {type: typeof HostActionTypes.RECEIVED_PLUGIN_COMPONENT; name: keyof PluginComponents; data: PluginComponents[keyof PluginComponents][number]};
export type PostComponentAction = {type: typeof HostActionTypes.RECEIVED_PLUGIN_POST_COMPONENT; data: PostTypeComponent};
export type AdminSettingAction = {type: typeof HostActionTypes.RECEIVED_ADMIN_CONSOLE_CUSTOM_COMPONENT; data: AdminCustomSetting};
export type TranslationsAction = {type: typeof HostActionTypes.RECEIVED_PLUGIN_TRANSLATIONS_SOURCE; pluginId: string; source: TranslationSource};
export type RemovedAction = {type: typeof HostActionTypes.REMOVED_PLUGIN_COMPONENT | typeof HostActionTypes.REMOVED_PLUGIN_POST_COMPONENT; id: string};
export type RemovedPluginAction = {type: typeof HostActionTypes.REMOVED_WEBAPP_PLUGIN; pluginId: string};
export type RhsAction = {type: typeof HostActionTypes.UPDATE_RHS_STATE; state: typeof RHS_STATE_PLUGIN | null; pluggableId?: string};

export type HostAction = ComponentAction | PostComponentAction | AdminSettingAction | TranslationsAction | RemovedAction | RemovedPluginAction | RhsAction;

const HOST_TYPES = new Set<string>(Object.values(HostActionTypes));

function asHostAction(action: UnknownAction): HostAction | null {
    return HOST_TYPES.has(action.type) ? (action as unknown as HostAction) : null;
}

const emptyComponents: PluginComponents = {RightHandSidebarComponent: [], AppBar: [], ChannelHeaderButton: [], SlashCommandWillBePosted: [], Root: []};

function removeFromComponents(state: PluginComponents, keep: (item: {id: string; pluginId: string}) => boolean): PluginComponents {
    return {
        RightHandSidebarComponent: state.RightHandSidebarComponent.filter(keep),
        AppBar: state.AppBar.filter(keep),
        ChannelHeaderButton: state.ChannelHeaderButton.filter(keep),
        SlashCommandWillBePosted: state.SlashCommandWillBePosted.filter(keep),
        Root: state.Root.filter(keep),
    };
}

const components: Reducer<PluginComponents, UnknownAction> = (state = emptyComponents, raw) => {
    const action = asHostAction(raw);
    switch (action?.type) {
    case HostActionTypes.RECEIVED_PLUGIN_COMPONENT:
        return {...state, [action.name]: [...state[action.name], action.data]};
    case HostActionTypes.REMOVED_PLUGIN_COMPONENT:
        return removeFromComponents(state, (item) => item.id !== action.id);
    case HostActionTypes.REMOVED_WEBAPP_PLUGIN:
        return removeFromComponents(state, (item) => item.pluginId !== action.pluginId);
    default:
        return state;
    }
};

const postTypes: Reducer<Record<string, PostTypeComponent>, UnknownAction> = (state = {}, raw) => {
    const action = asHostAction(raw);
    switch (action?.type) {
    case HostActionTypes.RECEIVED_PLUGIN_POST_COMPONENT:
        return {...state, [action.data.type]: action.data};
    case HostActionTypes.REMOVED_PLUGIN_POST_COMPONENT:
        return Object.fromEntries(Object.entries(state).filter(([, c]) => c.id !== action.id));
    case HostActionTypes.REMOVED_WEBAPP_PLUGIN:
        return Object.fromEntries(Object.entries(state).filter(([, c]) => c.pluginId !== action.pluginId));
    default:
        return state;
    }
};

const adminConsoleCustomComponents: Reducer<Record<string, Record<string, AdminCustomSetting>>, UnknownAction> = (state = {}, raw) => {
    const action = asHostAction(raw);
    switch (action?.type) {
    case HostActionTypes.RECEIVED_ADMIN_CONSOLE_CUSTOM_COMPONENT:
        return {...state, [action.data.pluginId]: {...state[action.data.pluginId], [action.data.key]: action.data}};
    case HostActionTypes.REMOVED_WEBAPP_PLUGIN:
        return Object.fromEntries(Object.entries(state).filter(([pluginId]) => pluginId !== action.pluginId));
    default:
        return state;
    }
};

const translationSources: Reducer<Record<string, TranslationSource>, UnknownAction> = (state = {}, raw) => {
    const action = asHostAction(raw);
    switch (action?.type) {
    case HostActionTypes.RECEIVED_PLUGIN_TRANSLATIONS_SOURCE:
        return {...state, [action.pluginId]: action.source};
    case HostActionTypes.REMOVED_WEBAPP_PLUGIN:
        return Object.fromEntries(Object.entries(state).filter(([pluginId]) => pluginId !== action.pluginId));
    default:
        return state;
    }
};

export const pluginsReducer: Reducer<PluginsState, UnknownAction> = combineReducers({components, postTypes, adminConsoleCustomComponents, translationSources});

const closedRhs: RhsState = {rhsState: null, pluggableId: ''};

const rhs: Reducer<RhsState, UnknownAction> = (state = closedRhs, raw) => {
    const action = asHostAction(raw);
    if (action?.type !== HostActionTypes.UPDATE_RHS_STATE) {
        return state;
    }
    if (action.state === RHS_STATE_PLUGIN && action.pluggableId) {
        return {rhsState: RHS_STATE_PLUGIN, pluggableId: action.pluggableId};
    }
    return closedRhs;
};

export const viewsReducer = combineReducers({rhs});
