// Shapes of what plugins register, stored in redux under state.plugins as the webapp stores them.
import type React from 'react';

import type {Channel, ChannelMembership} from '@mattermost/types/channels';

// Plugin components receive whatever props the webapp passes; the host cannot type them more narrowly.
export type PluginElementType = React.ElementType;

export type ChannelAction = (channel: Channel | undefined, member: ChannelMembership | undefined) => void;

export type SlashCommandArgs = {channel_id: string; team_id: string; root_id: string};
export type SlashCommandHook = (message: string, args: SlashCommandArgs) => unknown;

export type RhsComponent = {id: string; pluginId: string; component: PluginElementType; title: React.ReactNode};
export type AppBarItem = {id: string; pluginId: string; iconUrl: string | undefined; tooltipText: React.ReactNode; action: (() => void) | ChannelAction | undefined; rhsComponentId: string | undefined};
export type ChannelHeaderButton = {id: string; pluginId: string; icon: React.ReactNode; action: ChannelAction | undefined; dropdownText: React.ReactNode; tooltipText: React.ReactNode};
export type SlashCommandHookEntry = {id: string; pluginId: string; hook: SlashCommandHook};
export type RootComponent = {id: string; pluginId: string; component: PluginElementType};
export type PostTypeComponent = {id: string; pluginId: string; type: string; component: PluginElementType};
export type AdminCustomSetting = {pluginId: string; key: string; component: PluginElementType; options: {showTitle: boolean}};
export type TranslationSource = (locale: string) => Record<string, string> | undefined;

export type PluginComponents = {
    RightHandSidebarComponent: RhsComponent[];
    AppBar: AppBarItem[];
    ChannelHeaderButton: ChannelHeaderButton[];
    SlashCommandWillBePosted: SlashCommandHookEntry[];
    Root: RootComponent[];
};

export type PluginsState = {
    components: PluginComponents;
    postTypes: Record<string, PostTypeComponent>;
    adminConsoleCustomComponents: Record<string, Record<string, AdminCustomSetting>>;
    translationSources: Record<string, TranslationSource>;
};

export type RhsState = {rhsState: 'plugin' | null; pluggableId: string};
