// What the lazily loaded chunks provide to the start-up bundle. Types only: importing this file
// costs main.js nothing. Each first use loads the shared core chunk (session, storage, zod,
// domain) plus the one chunk it needs: the panel (rhs), the channel cards, the command, or the
// System Console page.
import type {CommandArgs} from '@mattermost/types/integrations';
import type {GlobalState} from '@mattermost/types/store';
import type {ComponentType} from 'react';

import type {HostStore, PluginRegistry, RhsRegistration, SlashCommandHookResult, WebSocketMessage} from '../host/registry';

export interface AppDeps {
    pluginId: string;
    registry: PluginRegistry;
    store: HostStore<GlobalState>;
    rhs: RhsRegistration;
    siteUrl: string;
}

/** The live part every chunk shares: what websocket and reconnect events are handed to. */
export interface LiveSync {
    handleWebSocketEvent(message: WebSocketMessage): void;
    handleReconnect(): void;
}

export interface RhsChunk {
    live: LiveSync;
    RhsView: ComponentType;
}

export interface CardsChunk {
    live: LiveSync;
    PostCard: ComponentType<{post: unknown}>;
}

export interface AdminChunk {
    live: LiveSync;
    PolicySetting: ComponentType<never>;
}

export interface CommandChunk {
    live: LiveSync;
    handleSlashCommand(message: string, args: CommandArgs): Promise<SlashCommandHookResult>;
}

export interface ChunkModule<C> {
    create(deps: AppDeps): C;
}

export interface ChunkImports {
    rhs(): Promise<ChunkModule<RhsChunk>>;
    cards(): Promise<ChunkModule<CardsChunk>>;
    admin(): Promise<ChunkModule<AdminChunk>>;
    command(): Promise<ChunkModule<CommandChunk>>;
}
