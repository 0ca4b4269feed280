// What the lazily loaded chunk provides to the start-up bundle. Types only: importing this file
// costs main.js nothing.
import type {GlobalState} from '@mattermost/types/store';
import type {ComponentType} from 'react';

import type {HostStore, PluginRegistry, RhsRegistration, SlashCommandArgs, SlashCommandHookResult, WebSocketMessage} from '../mattermost/registry';

export interface AppDeps {
    pluginId: string;
    registry: PluginRegistry;
    store: HostStore<GlobalState>;
    rhs: RhsRegistration;
    siteUrl: string;
}

export interface App {
    RhsView: ComponentType;
    PostCard: ComponentType<{post: unknown}>;
    PolicySetting: ComponentType<never>;
    handleSlashCommand(message: string, args: SlashCommandArgs): Promise<SlashCommandHookResult>;
    handleWebSocketEvent(message: WebSocketMessage): void;
    handleReconnect(): void;
}
