// The part of Mattermost's plugin registry this plugin uses (webapp/channels/src/plugins/registry.ts),
// typed narrowly so a misuse fails to compile. Positional arguments: every server version accepts them.
import type {CommandArgs} from '@mattermost/types/integrations';
import type {ComponentType, ReactNode} from 'react';
import type {Reducer} from 'redux';

/** An action object or thunk the webapp's store understands; we only ever pass it back to dispatch. */
export type HostAction = unknown;


export type SlashCommandHookResult =
    | {message: string; args: CommandArgs}
    | {error: {message: string}}
    | Record<string, never>;

export type SlashCommandHook = (message: string, args: CommandArgs) => Promise<SlashCommandHookResult>;

/** A websocket message as the webapp hands it to plugin handlers; its data is outside input. */
export interface WebSocketMessage {
    event: string;
    data: unknown;
    broadcast?: unknown;
    seq?: number;
}

export interface RhsRegistration {
    id: string;
    showRHSPlugin: HostAction;
    hideRHSPlugin: HostAction;
    toggleRHSPlugin: HostAction;
}

export interface PluginRegistry {
    registerReducer(reducer: Reducer): void;
    registerTranslations(getTranslationsForLocale: (locale: string) => Record<string, string>): void;
    registerRightHandSidebarComponent(component: ComponentType, title: ReactNode): RhsRegistration;
    /** App Bar, server 7.0+. Optional so older or trimmed hosts fall back to the channel header. */
    registerAppBarComponent?: (iconUrl: string, action: () => void, tooltipText: ReactNode) => string;
    registerChannelHeaderButtonAction(icon: ReactNode, action: () => void, dropdownText: ReactNode, tooltipText: ReactNode): string;
    registerPostTypeComponent(type: string, component: ComponentType<{post: unknown}>): string;
    registerSlashCommandWillBePostedHook(hook: SlashCommandHook): string;
    registerWebSocketEventHandler(event: string, handler: (message: WebSocketMessage) => void): void;
    unregisterWebSocketEventHandler(event: string): void;
    registerReconnectHandler(handler: () => void): void;
    unregisterReconnectHandler(): void;
    registerAdminConsoleCustomSetting(key: string, component: ComponentType<never>, options: {showTitle: boolean}): void;
    unregisterComponent(componentId: string): void;
    unregisterPostTypeComponent(componentId: string): void;
}

export interface HostStore<S> {
    dispatch(action: HostAction): unknown;
    getState(): S;
    subscribe(listener: () => void): () => void;
}
