// What the lazily loaded chunks provide to the start-up bundle. Types only: importing this file
// costs main.js nothing. Each first use loads the shared core chunk (session, storage, zod,
// domain) plus the one chunk it needs: the panel (rhs), the channel cards, or the System Console
// page. The command first loads only its grammar (with the event schemas it validates against),
// and the core with the rest of the command once a command needs the tracker.
import type {CommandArgs} from '@mattermost/types/integrations';
import type {GlobalState} from '@mattermost/types/store';
import type {ComponentType} from 'react';

import type {CommandOutcome} from '../command/context';
import type {TrackerCommand} from '../command/parsed_command';
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

/**
 * The command's first step: it answers help and mistyped commands from the grammar alone, and its
 * live sync exists only once a command has read the tracker (CommandRun, a chunk of its own).
 */
export interface CommandChunk {
    readonly live: LiveSync | null;
    handleSlashCommand(message: string, args: CommandArgs): Promise<SlashCommandHookResult>;
}

/** What the first step hands a command that needs the tracker to: the session and the rest of the command. */
export interface CommandRun {
    live: LiveSync;
    execute(command: TrackerCommand, args: CommandArgs): Promise<CommandOutcome>;
}

export interface CommandRunModule {
    create(deps: AppDeps): CommandRun;
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
