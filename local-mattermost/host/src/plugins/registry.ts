// The PluginRegistry handed to plugin.initialize, with the webapp's semantics for the methods a
// plugin like ours uses. Any other method is recorded in window.__hostReport and shown in a red
// banner: silently ignoring it would let a plugin pass here and break in a real Mattermost.
import React from 'react';
import type {Reducer} from 'redux';

import {report} from '../host_report';
import {HostActionTypes} from '../store/action_types';
import {registerPluginReducer, type HostStore} from '../store/configure';
import type {ComponentAction} from '../store/host_reducers';
import type {ChannelAction, PluginElementType, SlashCommandHook, TranslationSource} from '../store/plugin_types';
import {hideRHSPlugin, showRHSPlugin, toggleRHSPlugin} from '../store/rhs_actions';

import {normalizeArgs} from './re_arg';
import {registerEventHandler, registerReconnect, unregisterEventHandler, unregisterReconnect, type SocketMessage} from './socket_handlers';

export function generateId(): string {
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
    let id = '';
    const bytes = crypto.getRandomValues(new Uint8Array(26));
    bytes.forEach((b) => {
        id += alphabet[b % alphabet.length];
    });
    return id;
}

class RegistryArgumentError extends Error {}

// What React can render as a component: a function or class, or a memo/forwardRef/lazy/context object.
function isValidElementType(value: unknown): boolean {
    return typeof value === 'function' || (typeof value === 'object' && value !== null && '$$typeof' in value && !React.isValidElement(value));
}

function requireComponent(method: string, name: string, value: unknown): PluginElementType {
    if (typeof value !== 'string' && isValidElementType(value)) {
        return value as PluginElementType;
    }
    throw new RegistryArgumentError(`${method}: ${name} is not a React component`);
}

function requireFunction<F>(method: string, name: string, value: unknown): F {
    if (typeof value !== 'function') {
        throw new RegistryArgumentError(`${method}: ${name} is not a function`);
    }
    return value as F;
}

function optionalFunction<F>(method: string, name: string, value: unknown): F | undefined {
    return value === undefined || value === null ? undefined : requireFunction<F>(method, name, value);
}

function requireString(method: string, name: string, value: unknown): string {
    if (typeof value !== 'string' || value === '') {
        throw new RegistryArgumentError(`${method}: ${name} must be a non-empty string`);
    }
    return value;
}

// As the webapp's resolveReactElement: a component type given where an element is expected is rendered.
function resolveReactElement(value: unknown): React.ReactNode {
    if (value && !React.isValidElement(value) && typeof value !== 'string' && isValidElementType(value)) {
        return React.createElement(value as PluginElementType);
    }
    if (value === undefined || value === null || typeof value === 'string' || typeof value === 'number' || React.isValidElement(value)) {
        return value;
    }
    return String(value);
}

export function createRegistry(pluginId: string, store: HostStore): Record<string, unknown> {
    const addComponent = (name: ComponentAction['name'], data: ComponentAction['data']) => {
        store.dispatch({type: HostActionTypes.RECEIVED_PLUGIN_COMPONENT, name, data});
        return data.id;
    };

    const registerRightHandSidebarComponent = (...args: unknown[]) => {
        const m = 'registerRightHandSidebarComponent';
        const {component, title} = normalizeArgs(['component', 'title'], args);
        const id = generateId();
        addComponent('RightHandSidebarComponent', {id, pluginId, component: requireComponent(m, 'component', component), title: resolveReactElement(title)});
        return {id, showRHSPlugin: showRHSPlugin(id), hideRHSPlugin: hideRHSPlugin(id), toggleRHSPlugin: toggleRHSPlugin(id)};
    };

    const known: Record<string, unknown> = {
        id: pluginId,
        supports: {globalAppBar: true, globalRhs: true},

        registerRootComponent: (...args: unknown[]) => {
            const {component} = normalizeArgs(['component'], args);
            return addComponent('Root', {id: generateId(), pluginId, component: requireComponent('registerRootComponent', 'component', component)});
        },

        registerRightHandSidebarComponent,

        registerAppBarComponent: (...args: unknown[]) => {
            const m = 'registerAppBarComponent';
            const a = normalizeArgs(['iconUrl', 'action', 'tooltipText', 'supportedProductIds', 'rhsComponent', 'rhsTitle'], args);
            const id = generateId();
            const iconUrl = a.iconUrl === undefined ? undefined : requireString(m, 'iconUrl', a.iconUrl);
            if (a.rhsComponent) {
                const rhs = registerRightHandSidebarComponent({component: a.rhsComponent, title: a.rhsTitle});
                addComponent('AppBar', {id, pluginId, iconUrl, tooltipText: resolveReactElement(a.tooltipText), action: () => store.dispatch(rhs.toggleRHSPlugin), rhsComponentId: rhs.id});
                return {id, rhsComponent: rhs};
            }
            addComponent('AppBar', {id, pluginId, iconUrl, tooltipText: resolveReactElement(a.tooltipText), action: optionalFunction<ChannelAction>(m, 'action', a.action), rhsComponentId: undefined});
            return id;
        },

        registerChannelHeaderButtonAction: (...args: unknown[]) => {
            const a = normalizeArgs(['icon', 'action', 'dropdownText', 'tooltipText'], args);
            return addComponent('ChannelHeaderButton', {
                id: generateId(),
                pluginId,
                icon: resolveReactElement(a.icon),
                action: optionalFunction<ChannelAction>('registerChannelHeaderButtonAction', 'action', a.action),
                dropdownText: resolveReactElement(a.dropdownText),
                tooltipText: resolveReactElement(a.tooltipText),
            });
        },

        registerPostTypeComponent: (...args: unknown[]) => {
            const m = 'registerPostTypeComponent';
            const {type, component} = normalizeArgs(['type', 'component'], args);
            const id = generateId();
            store.dispatch({type: HostActionTypes.RECEIVED_PLUGIN_POST_COMPONENT, data: {id, pluginId, type: requireString(m, 'type', type), component: requireComponent(m, 'component', component)}});
            return id;
        },

        registerSlashCommandWillBePostedHook: (...args: unknown[]) => {
            const {hook} = normalizeArgs(['hook'], args);
            return addComponent('SlashCommandWillBePosted', {id: generateId(), pluginId, hook: requireFunction<SlashCommandHook>('registerSlashCommandWillBePostedHook', 'hook', hook)});
        },

        registerWebSocketEventHandler: (...args: unknown[]) => {
            const m = 'registerWebSocketEventHandler';
            const {event, handler} = normalizeArgs(['event', 'handler'], args);
            registerEventHandler(pluginId, requireString(m, 'event', event), requireFunction<(msg: SocketMessage) => void>(m, 'handler', handler));
        },

        unregisterWebSocketEventHandler: (...args: unknown[]) => {
            const {event} = normalizeArgs(['event'], args);
            unregisterEventHandler(pluginId, requireString('unregisterWebSocketEventHandler', 'event', event));
        },

        registerReconnectHandler: (...args: unknown[]) => {
            const {handler} = normalizeArgs(['handler'], args);
            registerReconnect(pluginId, requireFunction<() => void>('registerReconnectHandler', 'handler', handler));
        },

        unregisterReconnectHandler: () => {
            unregisterReconnect(pluginId);
        },

        registerReducer: (...args: unknown[]) => {
            const {reducer} = normalizeArgs(['reducer'], args);
            registerPluginReducer(pluginId, requireFunction<Reducer>('registerReducer', 'reducer', reducer));
        },

        registerTranslations: (...args: unknown[]) => {
            const {getTranslationsForLocale} = normalizeArgs(['getTranslationsForLocale'], args);
            const source = requireFunction<TranslationSource>('registerTranslations', 'getTranslationsForLocale', getTranslationsForLocale);
            store.dispatch({type: HostActionTypes.RECEIVED_PLUGIN_TRANSLATIONS_SOURCE, pluginId, source});
        },

        registerAdminConsoleCustomSetting: (...args: unknown[]) => {
            const m = 'registerAdminConsoleCustomSetting';
            const a = normalizeArgs(['key', 'component', 'options'], args);
            const showTitle = typeof a.options === 'object' && a.options !== null && 'showTitle' in a.options && a.options.showTitle === true;

            // The webapp keys custom settings by the lower-cased manifest key.
            const key = requireString(m, 'key', a.key).toLowerCase();
            store.dispatch({type: HostActionTypes.RECEIVED_ADMIN_CONSOLE_CUSTOM_COMPONENT, data: {pluginId, key, component: requireComponent(m, 'component', a.component), options: {showTitle}}});
        },

        unregisterComponent: (...args: unknown[]) => {
            const {componentId} = normalizeArgs(['componentId'], args);
            store.dispatch({type: HostActionTypes.REMOVED_PLUGIN_COMPONENT, id: requireString('unregisterComponent', 'componentId', componentId)});
        },

        unregisterPostTypeComponent: (...args: unknown[]) => {
            const {componentId} = normalizeArgs(['componentId'], args);
            store.dispatch({type: HostActionTypes.REMOVED_PLUGIN_POST_COMPONENT, id: requireString('unregisterPostTypeComponent', 'componentId', componentId)});
        },
    };

    return new Proxy(known, {
        get(target, prop) {
            if (typeof prop !== 'string' || prop in target) {
                return Reflect.get(target, prop);
            }

            // Promise-resolution and serialisation probes are not registry calls.
            if (prop === 'then' || prop === 'toJSON') {
                return undefined;
            }
            return () => {
                report((r) => {
                    r.unknownRegistryCalls.push(prop);
                });
                return generateId();
            };
        },
    });
}
